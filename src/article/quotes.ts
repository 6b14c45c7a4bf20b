import type { Block, Quote } from './article.js';

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{—–\-:,;/]/u;

interface Open {
  mark: string;
  index: number;
}

const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»', '„': '“' };

function isOpening(text: string, index: number): boolean {
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = text[index + 1] ?? ' ';
  return (OPENING_CONTEXT.test(before) || index === 0) && !/\s/u.test(after);
}

/**
 * Quotations in one block, by a single left-to-right scan (linear time).
 * Single marks count only where they cannot be apostrophes; an unclosed double quotation runs to the block's end,
 * as news style leaves a quotation open when it continues in the next paragraph.
 */
export function findQuotes(block: Block): Quote[] {
  const text = block.text;
  const quotes: Quote[] = [];
  const stack: Open[] = [];
  const close = (open: Open, endIndex: number, closed: boolean) => {
    const [start, end] = block.view.range(open.index, endIndex);
    quotes.push({ start, end, text: text.slice(open.index + 1, closed ? endIndex - 1 : endIndex).trim(), block, closed });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!(c in CLOSER) && c !== '”' && c !== '’' && c !== '»') continue;
    const top = stack[stack.length - 1];
    if (top && CLOSER[top.mark] === c && (c !== "'" || !LETTER.test(text[i + 1] ?? ''))) {
      const previous = text[i - 1] ?? '';
      if (c === "'" || c === '’') {
        if (/\s/u.test(previous)) continue;
      }
      stack.pop();
      close(top, i + 1, true);
      continue;
    }
    if (c === '”' || c === '»') continue;
    if (c === '’') continue;
    if ((c === "'" || c === '‘') && (!isOpening(text, i) || !LETTER.test(text[i + 1] ?? ''))) continue;
    if (c === '"' && !isOpening(text, i)) continue;
    if (stack.length >= 2) continue;
    stack.push({ mark: c, index: i });
  }
  for (const open of stack) {
    if (open.mark === '"' || open.mark === '“') close(open, text.length, false);
  }
  return quotes.sort((a, b) => a.start - b.start);
}
