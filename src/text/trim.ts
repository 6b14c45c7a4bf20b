/** Removes trailing characters that appear in `chars` — a loop, because /[…]+$/ backtracks quadratically on long runs. */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
