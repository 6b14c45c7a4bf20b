import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';
import { checkSync } from 'recheck';
import { ROOT } from '../helpers/cli.js';

/**
 * Every regular expression in src/ and rules/ is checked for catastrophic backtracking with recheck: the literals
 * found in the source, and every pattern built at run time with `new RegExp` (recorded while the modules load and
 * while a sample article is linted).
 */

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/** Files whose polynomial patterns only ever see short, bounded input, with the reason. */
const BOUNDED_INPUT: Record<string, string> = {
  'rules/scrape-debris.ts': 'patterns and trimming run on single lines of at most 280 characters',
  'src/article/dateline.ts': 'DATE_LINE runs on blocks of at most 80 characters; LEAD_DATELINE is anchored and its runs are bounded',
};

/** Long enough that quadratic backtracking takes seconds, while a linear scan takes milliseconds. */
const ATTACK_LENGTH = 50_000;
const CATASTROPHIC_MS = 1_000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

function literalPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const file of [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))]) {
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const record = node as Record<string, unknown>;
      if (record.type === 'RegExpLiteral') {
        patterns.push({ source: record.pattern as string, flags: record.flags as string, where: path.relative(ROOT, file) });
      }
      for (const [key, value] of Object.entries(record)) if (key !== 'span') visit(value);
    };
    visit(parseSync(readFileSync(file, 'utf8'), { syntax: 'typescript' }));
  }
  return patterns;
}

/** The project file that called `new RegExp`, or undefined when a dependency did. */
function projectCaller(stack: string): string | undefined {
  const frame = stack.split('\n').slice(2).find((line) => !line.includes('regex-audit.test'));
  const match = frame && /((?:src|rules)\/[^:)]+\.ts)/.exec(frame);
  return match && !frame.includes('node_modules') ? match[1] : undefined;
}

async function constructedPatterns(): Promise<Pattern[]> {
  const patterns: Pattern[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const [pattern, flags] = args;
      const where = projectCaller(new Error().stack ?? '');
      if (where) patterns.push({ source: typeof pattern === 'string' ? pattern : pattern.source, flags: flags ?? '', where: `${where} (new RegExp)` });
      return Reflect.construct(target, args);
    },
  });
  try {
    const { lint } = await import('../../src/engine/lint.js');
    const { ruleDefaults } = await import('../../src/engine/rule-settings.js');
    const { builtinRules } = await import('../../rules/index.js');
    const sample = readFileSync(path.join(ROOT, 'examples', 'council-budget-vote.txt'), 'utf8');
    lint(sample, { filePath: 'sample.txt', rules: ruleDefaults(builtinRules, 'all') });
    lint(sample, { filePath: 'sample.md', rules: ruleDefaults(builtinRules, 'all') });
  } finally {
    globalThis.RegExp = Original;
  }
  return patterns;
}

describe('regular expressions in src/ and rules/', () => {
  let patterns: Pattern[] = [];

  beforeAll(async () => {
    const all = [...literalPatterns(), ...(await constructedPatterns())];
    const seen = new Set<string>();
    patterns = all.filter((pattern) => {
      const key = `${pattern.flags}/${pattern.source}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

  it('finds the patterns it audits', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.some((pattern) => pattern.where.endsWith('(new RegExp)'))).toBe(true);
  });

  it('has no pattern with super-linear backtracking on unbounded input', () => {
    expect(Object.keys(BOUNDED_INPUT).every((file) => patterns.some((pattern) => pattern.where.startsWith(file)))).toBe(true);
    const slow: string[] = [];
    for (const pattern of patterns) {
      if (pattern.where.split(' ')[0]! in BOUNDED_INPUT) continue;
      const result = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (result.status !== 'vulnerable') continue;
      // recheck's model is conservative (it does not know V8 anchors "^" per line under /m): run its attack string,
      // scaled up, and keep only patterns that really take long on it.
      const { pumps, suffix } = result.attack;
      const unit = pumps.reduce((length, pump) => length + pump.prefix.length + pump.pump.length, 0) || 1;
      const times = Math.ceil(ATTACK_LENGTH / unit);
      const attack = pumps.map((pump) => pump.prefix + pump.pump.repeat(times)).join('') + suffix;
      const started = performance.now();
      [...attack.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
      const elapsed = performance.now() - started;
      if (elapsed > CATASTROPHIC_MS) {
        slow.push(`${pattern.where}: /${pattern.source}/${pattern.flags} is ${result.complexity.type}: ${Math.round(elapsed)} ms on a ${attack.length}-character attack`);
      }
    }
    expect(slow).toEqual([]);
  }, 180_000);
});
