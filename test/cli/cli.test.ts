import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempProject } from '../helpers/cli.js';

const BAD_WEEKDAY = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Sunday, January 20, 2024.\n';
const DEBRIS = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council met.\n\nLeave a Reply\n';
const CLEAN = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Saturday, January 20, 2024.\n';

describe('newslint CLI', () => {
  const dir = tempProject({ 'bad.txt': BAD_WEEKDAY, 'debris.txt': DEBRIS, 'clean.txt': CLEAN, 'notes/skip.json': '{}' });

  it('prints stylish output and exits 1 on errors', () => {
    const run = runCli(['bad.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('bad.txt\n');
    expect(run.stdout).toMatch(/ {2}5:26 {2}error {2}January 20, 2024 was a Saturday, not a Sunday\. {2}date-weekday-mismatch\n/);
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info)');
  });

  it('exits 0 with warnings only, and 1 when they exceed --max-warnings', () => {
    expect(runCli(['debris.txt'], { cwd: dir }).status).toBe(0);
    const strict = runCli(['debris.txt', '--max-warnings', '0'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('too many warnings (1)');
  });

  it('prints nothing and exits 0 for a clean file', () => {
    const run = runCli(['clean.txt'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('recurses into directories, only into article files', () => {
    const run = runCli(['.', '-f', 'unix'], { cwd: dir });
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'bad.txt:5:26: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]',
      'debris.txt:7:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]',
    ]);
  });

  it('expands globs and honours .lintignore', () => {
    const project = tempProject({ 'a.txt': DEBRIS, 'drafts/b.txt': DEBRIS, '.lintignore': 'drafts/\n' });
    const run = runCli(['**/*.txt', '-f', 'unix'], { cwd: project });
    expect(run.stdout).toContain('a.txt:7:1');
    expect(run.stdout).not.toContain('drafts');
  });

  it('writes json with numeric severities and counts', () => {
    const run = runCli(['bad.txt', 'debris.txt', '-f', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout);
    expect(results[0]).toMatchObject({ filePath: 'bad.txt', errorCount: 1, warningCount: 0, infoCount: 0, publicationDate: '2024-01-10' });
    expect(results[0].messages[0]).toMatchObject({ ruleId: 'date-weekday-mismatch', severity: 2, line: 5, column: 26, endLine: 5, endColumn: 32 });
    expect(results[0].messages[0].suggestions[0].fix.text).toBe('Saturday');
    expect(results[1].messages[0]).toMatchObject({ ruleId: 'scrape-debris', severity: 1, fix: { range: [53, 67], text: '' } });
  });

  it('writes GitHub workflow commands', () => {
    const run = runCli(['bad.txt', 'debris.txt', '-f', 'github'], { cwd: dir });
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      '::error file=bad.txt,line=5,col=26,endLine=5,endColumn=32,title=date-weekday-mismatch::January 20, 2024 was a Saturday, not a Sunday.',
      '::warning file=debris.txt,line=7,col=1,endLine=7,endColumn=14,title=scrape-debris::Page debris (comment form): "Leave a Reply" is not article text.',
    ]);
  });

  it('--quiet reports errors only', () => {
    const run = runCli(['.', '--quiet', '-f', 'unix'], { cwd: dir });
    expect(run.stdout).not.toContain('scrape-debris');
    expect(run.stdout).toContain('date-weekday-mismatch');
  });

  it('lints standard input, with --stdin-filename choosing the format', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'story.md', '-f', 'unix'], { input: '# Title\n\n**Leave a Reply**\n' });
    expect(run.stdout).toBe('story.md:3:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]\n');
  });

  it('--date overrides the dateline for year-less dates', () => {
    const text = 'Headline\n\nThe board met on Monday, February 27, to approve it.\n';
    expect(runCli(['--stdin'], { input: text }).status).toBe(0);
    const run = runCli(['--stdin', '--date', '2024-03-05', '-f', 'unix'], { input: text });
    expect(run.stdout).toContain('<stdin>:3:18: February 27, 2024 was a Tuesday, not a Monday');
  });

  it('--fix removes debris lines atomically and keeps the BOM and CRLF', () => {
    const project = tempProject({ 'story.txt': '\uFEFFHeadline\r\n\r\nThe story.\r\n\r\nLeave a Reply\r\nMore text.\r\n' });
    const run = runCli(['story.txt', '--fix'], { cwd: project });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe('\uFEFFHeadline\r\n\r\nThe story.\r\n\r\nMore text.\r\n');
  });

  it('--fix-dry-run shows the output without writing', () => {
    const project = tempProject({ 'story.txt': DEBRIS });
    const run = runCli(['story.txt', '--fix-dry-run', '-f', 'json'], { cwd: project });
    expect(JSON.parse(run.stdout)[0].output).toBe('Budget Vote Set\n\nJanuary 10, 2024\n\nThe council met.\n\n');
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(DEBRIS);
  });

  it('--print-config prints the rules that apply to a file', () => {
    const project = tempProject({ '.lintrc.json': '{ "rules": { "scrape-debris": "error" } }' });
    const config = JSON.parse(runCli(['--print-config', 'x.txt'], { cwd: project }).stdout);
    expect(config.configFile).toBe(path.join(project, '.lintrc.json'));
    expect(config.rules['scrape-debris']).toBe('error');
  });

  it('--list-rules lists every rule with its docs page', () => {
    const run = runCli(['--list-rules']);
    expect(run.stdout).toMatch(/^rule +default +category/);
    expect(run.stdout).toMatch(/date-weekday-mismatch +error +dates +recommended .*docs\/rules\/date-weekday-mismatch\.md/);
  });

  it('prints --version and --help', () => {
    const version = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')).version;
    expect(runCli(['--version']).stdout).toBe(`${version}\n`);
    expect(runCli(['--help']).stdout).toMatch(/^Usage: newslint/);
  });

  it('colours stylish output only when asked', () => {
    expect(runCli(['bad.txt'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(['bad.txt', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('writes the report to --output-file', () => {
    const project = tempProject({ 'a.txt': DEBRIS });
    const run = runCli(['a.txt', '-f', 'unix', '-o', 'report.txt'], { cwd: project });
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(project, 'report.txt'), 'utf8')).toContain('a.txt:7:1');
  });
});

describe('bad input', () => {
  it('a missing file: one line, exit 2, other files still linted', () => {
    const dir = tempProject({ 'bad.txt': BAD_WEEKDAY });
    const run = runCli(['missing.txt', 'bad.txt', '-f', 'unix'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newslint: missing.txt: no such file or directory\n');
    expect(run.stdout).toContain('bad.txt:5:26');
  });

  it('a glob that matches nothing exits 2', () => {
    const run = runCli(['nothing/**/*.md'], { cwd: tempProject({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newslint: no files match the pattern "nothing/**/*.md"\n');
  });

  it('a binary file is skipped with a message', () => {
    const dir = tempProject({ 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
    const run = runCli(['image.txt'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: 'newslint: image.txt: skipped, binary file\n' });
  });

  it('invalid UTF-8 is read with replacement characters and one warning', () => {
    const bytes = Buffer.concat([Buffer.from('Headline\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' owners met.\n')]);
    const run = runCli(['latin1.txt', '-f', 'unix'], { cwd: tempProject({ 'latin1.txt': bytes }) });
    expect(run.stdout).toBe('latin1.txt:3:4: The file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters. [warning/invalid-utf8]\n');
    expect(run.status).toBe(0);
  });

  it('a file above maxFileSize is refused with exit 2', () => {
    const dir = tempProject({ '.lintrc.json': '{ "maxFileSize": 1000 }', 'big.txt': 'x'.repeat(2 * 1024 * 1024), 'small.txt': CLEAN });
    const run = runCli(['big.txt', 'small.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newslint: big.txt: refused: 2.0 MB is larger than maxFileSize (1000 bytes)\n');
  });

  it('an empty file is clean', () => {
    expect(runCli(['empty.txt'], { cwd: tempProject({ 'empty.txt': '' }) })).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('a bad config names the file and the key, exit 2', () => {
    const dir = tempProject({ '.lintrc.json': '{ "rules": { "date-weekday-mismatc": "error" } }', 'a.txt': CLEAN });
    const run = runCli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newslint: ${path.join(dir, '.lintrc.json')}: rules: unknown rule "date-weekday-mismatc" (did you mean "date-weekday-mismatch"?)\n`);
  });

  it('unknown options and formats exit 2', () => {
    expect(runCli(['--frobnicate']).status).toBe(2);
    const run = runCli(['-f', 'xml', 'x.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^newslint: unknown format "xml"/);
  });

  it('a bad --date exits 2', () => {
    const run = runCli(['--date', '2024-02-30', '--stdin'], { input: 'x' });
    expect(run).toMatchObject({ status: 2, stderr: 'newslint: --date expects a date as YYYY-MM-DD, got "2024-02-30"\nRun "newslint --help" for usage.\n' });
  });
});
