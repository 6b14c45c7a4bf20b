/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing alternation of literal words or phrases, any space inside a phrase matching a run of white space. */
export function alternation(phrases: readonly string[]): string {
  return `(?:${phrases.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+')).join('|')})`;
}
