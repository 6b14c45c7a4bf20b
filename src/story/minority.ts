import path from 'node:path';

/**
 * Majority and minority among the articles of a story. Every story rule states the same question this way: each
 * article makes statements about one fact (a count, a spelling, a day, a speaker), any two statements from different
 * articles agree, conflict or cannot be compared, and the finding goes to the article whose value fewer articles hold.
 */

/** One article's statement about a fact; `article` is its position in the story (argument order). */
export interface Statement {
  article: number;
}

export type Relation = 'agree' | 'conflict' | undefined;

export interface Dissent<T extends Statement> {
  /** The statement that is in the minority. */
  statement: T;
  /** For each other article that contradicts it (and states nothing that agrees with it), its first such statement. */
  against: T[];
}

export interface Judgement<T extends Statement> {
  dissents: Dissent<T>[];
  /** Statements that were compared with at least one statement of another article. */
  compared: Set<T>;
}

/**
 * A statement's support is the number of articles that state something agreeing with it, its own included. It is in
 * the minority when a statement that contradicts it has more support, or as much support and an agreeing article
 * earlier in argument order: a tie goes against the value first stated later, so two articles that disagree get one
 * finding, in the second. Quadratic in the statements of one fact: callers pass at most a few statements per article.
 */
export function judge<T extends Statement>(statements: readonly T[], relate: (a: T, b: T) => Relation): Judgement<T> {
  const agreeing = statements.map((statement) => new Set([statement.article]));
  const conflicting: number[][] = statements.map(() => []);
  const compared = new Set<T>();
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const a = statements[i]!;
      const b = statements[j]!;
      if (a.article === b.article) continue;
      const relation = relate(a, b);
      if (relation === undefined) continue;
      compared.add(a).add(b);
      if (relation === 'agree') {
        agreeing[i]!.add(b.article);
        agreeing[j]!.add(a.article);
      } else {
        conflicting[i]!.push(j);
        conflicting[j]!.push(i);
      }
    }
  }
  const support = agreeing.map((articles) => articles.size);
  const first = agreeing.map((articles) => Math.min(...articles));
  const dissents: Dissent<T>[] = [];
  statements.forEach((statement, i) => {
    const seen = new Set<number>();
    const against = conflicting[i]!.filter((j) => {
      const article = statements[j]!.article;
      if (agreeing[i]!.has(article) || seen.has(article)) return false;
      seen.add(article);
      return true;
    });
    const outweighed = against.some((j) => support[j]! > support[i]! || (support[j] === support[i] && first[j]! < first[i]!));
    if (outweighed) dissents.push({ statement, against: against.map((j) => statements[j]!).sort((a, b) => a.article - b.article) });
  });
  return { dissents, compared };
}

/**
 * "b.txt:12": how a message in the article at `from` cites line `line` of the article at `to` (both as reports show
 * them). Articles side by side cite each other by name alone; others by the whole path.
 */
export function citation(from: string, to: string, line: number): string {
  const relative = path.relative(path.dirname(from), to);
  return `${relative.startsWith('..') || path.isAbsolute(relative) ? to : relative}:${line}`;
}

/** "x", "x and y", "x, y and z", "x, y, z and 2 more": a short list for a one-line message. */
export function listed(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `"57" in b.txt:12 and c.txt:4; "58" in d.txt:9`: what other articles write, each once with the places it is written. */
export function citedValues(items: readonly { text: string; place: string }[]): string {
  const places = new Map<string, string[]>();
  for (const { text, place } of items) places.set(text, [...(places.get(text) ?? []), place]);
  return [...places].map(([text, where]) => `${text} in ${listed(where)}`).join('; ');
}

/**
 * A row of the summary table: each article's value (its distinct values joined with " / ", undefined where it
 * states none) and the articles in the minority.
 */
export function tableRow<T extends Statement>(
  articleCount: number,
  statements: readonly T[],
  valueOf: (statement: T) => string,
  dissents: readonly Dissent<T>[],
): { values: (string | undefined)[]; disagreeing: number[] } {
  const values: string[][] = Array.from({ length: articleCount }, () => []);
  for (const statement of statements) {
    const own = values[statement.article]!;
    const value = valueOf(statement);
    if (!own.includes(value)) own.push(value);
  }
  return {
    values: values.map((own) => (own.length ? own.join(' / ') : undefined)),
    disagreeing: [...new Set(dissents.map((dissent) => dissent.statement.article))],
  };
}
