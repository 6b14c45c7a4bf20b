import { runCli, tempProject } from '../helpers/cli.js';

/** A plugin with one rule that flags the word "very", reporting through the sentence view as built-in rules do. */
const GOOD_PLUGIN = `
export const rules = [
  {
    meta: { id: 'desk/no-very', description: 'Flags "very".', severity: 'warn' },
    check({ article, report }) {
      for (const sentence of article.sentences) {
        const index = sentence.text.indexOf('very');
        if (index < 0) continue;
        const [start, end] = sentence.view.range(index, index + 4);
        report({ message: 'Avoid "very".', start, end });
      }
    },
  },
];
`;

/** The same plugin written as CommonJS, whose rules arrive as the default export. */
const COMMONJS_PLUGIN = `
module.exports = {
  rules: [
    {
      meta: { id: 'legacy/no-really', severity: 'info' },
      check({ article, report }) {
        const index = article.text.indexOf('really');
        if (index >= 0) report({ message: 'Avoid "really".', start: index, end: index + 6 });
      },
    },
  ],
};
`;

/** Rules that misbehave on purpose: one throws, one never returns when the article says HANG. */
const FAULTY_PLUGIN = `
export const rules = [
  {
    meta: { id: 'faulty/throws', severity: 'warn' },
    check({ article }) {
      if (article.text.includes('THROW')) throw new Error('cannot cope');
    },
  },
  {
    meta: { id: 'faulty/hangs', severity: 'warn' },
    check({ article }) {
      if (article.text.includes('HANG')) for (;;);
    },
  },
];
`;

const config = (plugins: string[], rules: Record<string, string>) => JSON.stringify({ plugins, rules });

describe('plugins', () => {
  it('run their rules where the config turns them on, in the main thread and in worker threads', () => {
    const dir = tempProject({
      'rules/desk.mjs': GOOD_PLUGIN,
      'rules/legacy.js': COMMONJS_PLUGIN,
      '.lintrc.json': config(['./rules/desk.mjs', './rules/legacy.js'], { 'desk/no-very': 'warn', 'legacy/no-really': 'info' }),
      'a.txt': 'Headline\n\nThe vote was very close.\n',
      'b.txt': 'Headline\n\nIt really was.\n',
    });
    const expected = ['a.txt:3:14: Avoid "very". [warning/desk/no-very]', 'b.txt:3:4: Avoid "really". [info/legacy/no-really]'];
    for (const concurrency of ['off', '2']) {
      const run = runCli(['.', '-f', 'unix', '--concurrency', concurrency], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n').filter(Boolean)).toEqual(expected);
      expect(run.status).toBe(0);
    }
  });

  it('are listed by --list-rules', () => {
    const dir = tempProject({ 'desk.mjs': GOOD_PLUGIN, '.lintrc.json': JSON.stringify({ plugins: ['./desk.mjs'] }) });
    const run = runCli(['--list-rules'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^desk\/no-very +warn +core +all +article +Flags "very"\.$/m);
    expect(run.stdout).toMatch(/^date-weekday-mismatch +error /m);
  });

  it('do not run rules that the config leaves off', () => {
    const dir = tempProject({
      'desk.mjs': GOOD_PLUGIN,
      '.lintrc.json': JSON.stringify({ plugins: ['./desk.mjs'] }),
      'a.txt': 'Headline\n\nThe vote was very close.\n',
    });
    expect(runCli(['a.txt'], { cwd: dir })).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('are named in one line and exit 2 when they cannot be loaded', () => {
    const cases: [Record<string, string>, string[], RegExp][] = [
      [{ 'broken.mjs': 'throw new Error("boom");' }, ['./broken.mjs'], /\.lintrc\.json: plugin "\.\/broken\.mjs" failed to load: boom$/],
      [{ 'syntax.mjs': 'export const rules = [;' }, ['./syntax.mjs'], /plugin "\.\/syntax\.mjs" failed to load: SyntaxError: /],
      [{}, ['./missing.js'], /\.lintrc\.json: plugin "\.\/missing\.js" not found \(no file .*missing\.js\)$/],
      [{}, ['newslint-plugin-nowhere'], /plugin "newslint-plugin-nowhere" not found \(no such package installed from /],
      [{ 'empty.mjs': 'export const nothing = 1;' }, ['./empty.mjs'], /plugin "\.\/empty\.mjs" does not export \{ rules: \[\.\.\.\] \}$/],
      [
        { 'bare.mjs': 'export const rules = [{ meta: { id: "no-very" }, check() {} }];' },
        ['./bare.mjs'],
        /plugin "\.\/bare\.mjs": rule id "no-very" must be namespaced, like "bare\/no-very"$/,
      ],
      [
        { 'one.mjs': GOOD_PLUGIN, 'two.mjs': GOOD_PLUGIN },
        ['./one.mjs', './two.mjs'],
        /plugin "\.\/two\.mjs": rule "desk\/no-very" is already defined by plugin "\.\/one\.mjs"$/,
      ],
    ];
    for (const [files, plugins, message] of cases) {
      const dir = tempProject({ ...files, '.lintrc.json': config(plugins, {}), 'a.txt': 'Headline\n\nText.\n' });
      const run = runCli(['a.txt'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^newslint: /);
      expect(lines[0]).toMatch(message);
    }
  });

  it('must be listed for their rules to be configured', () => {
    const dir = tempProject({ '.lintrc.json': config([], { 'desk/no-very': 'warn' }), 'a.txt': 'Headline\n\nText.\n' });
    const run = runCli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/rules: unknown rule "desk\/no-very"/);
  });

  it('is an option of --print-config and of an extended config', () => {
    const dir = tempProject({
      'base/desk.mjs': GOOD_PLUGIN,
      'base/.lintrc.json': config(['./desk.mjs'], {}),
      '.lintrc.json': JSON.stringify({ extends: ['./base/.lintrc.json'], rules: { 'desk/no-very': 'error' } }),
      'a.txt': 'Headline\n\nThe vote was very close.\n',
    });
    const printed = JSON.parse(runCli(['--print-config', 'a.txt'], { cwd: dir }).stdout);
    expect(printed.rules['desk/no-very']).toBe('error');
    const run = runCli(['a.txt', '-f', 'unix'], { cwd: dir });
    expect(run.stdout).toBe('a.txt:3:14: Avoid "very". [error/desk/no-very]\n');
    expect(run.status).toBe(1);
  });
});

describe('fault isolation', () => {
  const project = () =>
    tempProject({
      'faulty.mjs': FAULTY_PLUGIN,
      '.lintrc.json': config(['./faulty.mjs'], { 'faulty/throws': 'warn', 'faulty/hangs': 'warn', 'scrape-debris': 'warn' }),
      'a.txt': 'Headline\n\nFine.\n\nLeave a Reply\n',
      'b.txt': 'Headline\n\nTHROW\n\nLeave a Reply\n',
      'c.txt': 'Headline\n\nHANG\n\nLeave a Reply\n',
      'd.txt': 'Headline\n\nFine too.\n\nLeave a Reply\n',
    });

  it('reports a rule that throws as an internal error of that file and lints the rest', () => {
    const run = runCli(['a.txt', 'b.txt', 'd.txt', '-f', 'unix'], { cwd: project() });
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'a.txt:5:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]',
      'b.txt:1:1: Rule "faulty/throws" failed: cannot cope [error/internal-error]',
      'b.txt:5:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]',
      'd.txt:5:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]',
    ]);
    expect(run.status).toBe(2);
  });

  it('stops a worker stuck on one file after the file time budget, reports that file and goes on', () => {
    const run = runCli(['.', '-f', 'json', '--concurrency', '2', '--file-timeout', '1'], { cwd: project() });
    expect(run.status).toBe(2);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results.map((result) => result.filePath)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(results[2]!.messages).toEqual([
      expect.objectContaining({ ruleId: 'internal-error', message: 'Linting took longer than 1 s, the time budget of one file; it was stopped.' }),
    ]);
    for (const index of [0, 3]) expect(results[index]!.messages.map((m) => m.ruleId)).toEqual(['scrape-debris']);
    expect(results[1]!.messages.map((m) => m.ruleId)).toEqual(['internal-error', 'scrape-debris']);
  });
});
