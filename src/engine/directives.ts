import type { LineIndex } from '../text/line-index.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: string[];
  line: number;
  start: number;
  end: number;
}

// The rule list cannot contain ">", which keeps the scan linear on lines full of "-->".
const DIRECTIVE = /^[ \t]*<!--[ \t]*newslint-(disable-next-line|disable|enable)\b([^\r\n>]*)-->[ \t]*$/gm;

/** Directive comments, each alone on its line. */
export function findDirectives(text: string, lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('newslint-')) return directives;
  for (const match of text.matchAll(DIRECTIVE)) {
    const rules = match[2]!
      .split(',')
      .map((rule) => rule.trim())
      .filter(Boolean);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules,
      line: lines.point(match.index).line,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return directives;
}

/** Decides, per line and rule, whether directives silence a diagnostic. */
export class DirectiveFilter {
  private readonly ranges: { rules: string[]; from: number; to: number }[] = [];

  constructor(directives: Directive[]) {
    const open = new Map<string, number>();
    const ALL = '*';
    for (const directive of directives) {
      const keys = directive.rules.length > 0 ? directive.rules : [ALL];
      if (directive.kind === 'disable-next-line') {
        this.ranges.push({ rules: directive.rules, from: directive.line + 1, to: directive.line + 1 });
      } else if (directive.kind === 'disable') {
        for (const key of keys) if (!open.has(key)) open.set(key, directive.line);
      } else if (directive.rules.length === 0) {
        for (const [key, from] of open) this.push(key, from, directive.line);
        open.clear();
      } else {
        for (const key of keys) {
          const from = open.get(key);
          if (from !== undefined) this.push(key, from, directive.line);
          open.delete(key);
        }
      }
    }
    for (const [key, from] of open) this.push(key, from, Number.POSITIVE_INFINITY);
  }

  private push(key: string, from: number, to: number): void {
    this.ranges.push({ rules: key === '*' ? [] : [key], from, to });
  }

  silences(ruleId: string, line: number): boolean {
    return this.ranges.some(
      (range) => line >= range.from && line <= range.to && (range.rules.length === 0 || range.rules.includes(ruleId)),
    );
  }
}
