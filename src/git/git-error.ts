/** git failed or is missing; the message is git's own first line. */
export class GitError extends Error {}
