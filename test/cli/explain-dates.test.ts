import { rmSync } from 'node:fs';
import { runCli, tempProject } from '../helpers/cli.js';

const run = (args: string[], cwd: string, input?: string) => runCli(args, { cwd, input });

describe('newslint --explain-dates', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempProject({
      'story.txt':
        'Missile strike on base\n\nJanuary 21, 2024\n\nAn attack on the base on Saturday wounded four soldiers.\n\nThe army will respond on Tuesday, between 1 p.m. and 3 p.m.\n',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each date expression with the date it resolves to and why', () => {
    const { status, stdout, stderr } = run(['--explain-dates', 'story.txt'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'story.txt',
      '  publication date: Sunday, January 21, 2024 (from the dateline on line 3)',
      '  3:1   January 21, 2024  Sunday, January 21, 2024    dateline: day, month and year as written',
      '  5:26  Saturday          Saturday, January 20, 2024  weekday: past tense ("wounded"): the most recent Saturday on or before the publication date',
      '  7:26  Tuesday           Tuesday, January 23, 2024   weekday: future tense ("will"): the next Tuesday on or after the publication date',
      '  7:43  1 p.m.            -                           time: a time of day only: no date',
      '  7:54  3 p.m.            -                           time: a time of day only: no date',
      '',
    ]);
  });

  it('resolves against --date, and reads standard input', () => {
    const { status, stdout } = run(['--explain-dates', '--date', '2024-01-28', '--stdin'], dir, 'The base was hit on Saturday.');
    expect(status).toBe(0);
    expect(stdout).toBe(
      '<stdin>\n' +
        '  publication date: Sunday, January 28, 2024 (given by --date)\n' +
        '  1:21  Saturday  Saturday, January 27, 2024  weekday: past tense ("was"): the most recent Saturday on or before the publication date\n',
    );
  });

  it('says when there is no publication date', () => {
    const { stdout } = run(['--explain-dates', '--stdin'], dir, 'The base was hit on Saturday.');
    expect(stdout.split('\n')[1]).toBe('  publication date: none found (no dateline, front matter date or --date); relative dates stay unresolved');
  });

  it('exits 2 for a file it cannot read', () => {
    const { status, stderr } = run(['--explain-dates', 'missing.txt'], dir);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.txt');
  });
});
