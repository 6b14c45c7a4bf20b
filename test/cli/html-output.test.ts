import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { runCli, tempProject } from '../helpers/cli.js';

describe('--format html on the command line', () => {
  let dir: string;

  beforeEach(() => {
    dir = tempProject({
      'first.txt': 'Headline\n\nThe vote was held on Sunday, January 20, 2024, in the capital.\n',
      'second.md': '# Clean story\n\nNothing wrong here.\n',
    });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one page for several files to standard output, with the usual exit code', () => {
    const run = runCli(['--format', 'html', 'first.txt', 'second.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain('<td><a href="#a0">first.txt</a></td>');
    expect(run.stdout).toContain('<td><a href="#a1">second.md</a></td>');
    expect(run.stdout).toContain('title="1. Error (date-weekday-mismatch): January 20, 2024 was a Saturday, not a Sunday.">Sunday</mark>');
  });

  it('writes a page per file and an index with --output-dir', () => {
    const run = runCli(['--format', 'html', '--output-dir', 'report', 'first.txt', 'second.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(path.join(dir, 'report')).sort()).toEqual(['first.txt.html', 'index.html', 'second.md.html']);
    expect(readFileSync(path.join(dir, 'report/index.html'), 'utf8')).toContain('<td><a href="first.txt.html">first.txt</a></td>');
    expect(readFileSync(path.join(dir, 'report/second.md.html'), 'utf8')).toContain('<p class="clean">No problems found.</p>');
  });

  it('says so when the output directory cannot be written', () => {
    writeFileSync(path.join(dir, 'taken'), '');
    const run = runCli(['--format', 'html', '--output-dir', 'taken/report', 'first.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newslint: cannot write to taken/report: ENOTDIR\n');
  });

  it('lists html among the formats when the format is unknown', () => {
    const run = runCli(['--format', 'pdf', 'first.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newslint: unknown format "pdf" (expected stylish, json, unix, sarif, github, html)\n');
  });
});

describe('--output-dir arguments', () => {
  it('takes a directory for the html format', () => {
    expect(parseCliArgs(['--format', 'html', '--output-dir', 'out', 'a.txt'])).toMatchObject({ format: 'html', outputDir: 'out' });
  });

  it('refuses other formats and --output-file alongside', () => {
    expect(() => parseCliArgs(['--output-dir', 'out', 'a.txt'])).toThrow(new UsageError('--output-dir works with --format html only'));
    expect(() => parseCliArgs(['-f', 'html', '--output-dir', 'out', '-o', 'r.html', 'a.txt'])).toThrow(
      new UsageError('--output-dir and --output-file cannot be used together'),
    );
  });
});
