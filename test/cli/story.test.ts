import { runCli, tempProject } from '../helpers/cli.js';
import { FLOOD, PIER, readStory } from '../helpers/story.js';

/** A fixture story's files for a temporary project, under `into`. */
function storyFiles(story: string, files: readonly string[], into = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(readStory(story, files)).map(([file, text]) => [`${into}${file}`, text]));
}

describe('newslint --story', () => {
  const pier = tempProject(storyFiles('pier-collapse', PIER));

  it('puts each cross-article finding in the file with the minority value (unix, github)', () => {
    const unix = runCli(['--story', ...PIER, '-f', 'unix'], { cwd: pier });
    expect(unix.status).toBe(0);
    expect(unix.stdout.split('\n').filter(Boolean)).toEqual([
      'radio.txt:5:91: "Ilse Vandenbosh" is written "Ilse Vandenbosch" in wire.txt:5, blog.md:8 and digest.txt:7. [info/story-name]',
      'blog.md:10:25: "34 workers on the pier" conflicts with "31 workers on the pier" in wire.txt:7, radio.txt:7 and digest.txt:5. [warning/story-count]',
      'blog.md:12:1: "The steel frame gave way without…" is attributed to Piet Okafor here but to Ilse Vandenbosch in wire.txt:7, radio.txt:9 and digest.txt:7. [info/story-attribution]',
    ]);
    const github = runCli(['--story', ...PIER, '-f', 'github'], { cwd: pier });
    expect(github.stdout.split('\n')[1]).toBe(
      '::warning file=blog.md,line=10,col=25,endLine=10,endColumn=47,title=story-count::"34 workers on the pier" conflicts with "31 workers on the pier" in wire.txt:7, radio.txt:7 and digest.txt:5.',
    );
  });

  it('writes the other files as related locations in json', () => {
    const results = JSON.parse(runCli(['--story', ...PIER, '-f', 'json'], { cwd: pier }).stdout);
    expect(results.map((result: { filePath: string }) => result.filePath)).toEqual(PIER);
    const [count] = results[2].messages;
    expect(count).toMatchObject({ ruleId: 'story-count', severity: 1, line: 10, column: 25, endLine: 10, endColumn: 47 });
    expect(count.related).toEqual([
      { message: '"31 workers on the pier" is stated here.', filePath: 'wire.txt', line: 7, column: 18, endLine: 7, endColumn: 40 },
      { message: '"31 workers on the pier" is stated here.', filePath: 'radio.txt', line: 7, column: 19, endLine: 7, endColumn: 41 },
      { message: '"31 workers on the pier" is stated here.', filePath: 'digest.txt', line: 5, column: 72, endLine: 5, endColumn: 94 },
    ]);
    expect(results[1]).toMatchObject({ warningCount: 0, infoCount: 1 });
  });

  it('writes the other files as SARIF relatedLocations', () => {
    const log = JSON.parse(runCli(['--story', ...PIER, '-f', 'sarif'], { cwd: pier }).stdout);
    const run = log.runs[0];
    const names = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(names).toEqual(expect.arrayContaining(['story-count', 'story-name', 'story-attribution']));
    const count = run.results.find((result: { ruleId: string }) => result.ruleId === 'story-count');
    expect(count.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'blog.md' }, region: { startLine: 10, startColumn: 25, endLine: 10, endColumn: 47 } });
    expect(count.relatedLocations.map((related: { physicalLocation: unknown }) => related.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'wire.txt' }, region: { startLine: 7, startColumn: 18, endLine: 7, endColumn: 40 } },
      { artifactLocation: { uri: 'radio.txt' }, region: { startLine: 7, startColumn: 19, endLine: 7, endColumn: 41 } },
      { artifactLocation: { uri: 'digest.txt' }, region: { startLine: 5, startColumn: 72, endLine: 5, endColumn: 94 } },
    ]);
    expect(count.relatedLocations[0]).toMatchObject({ id: 0, message: { text: '"31 workers on the pier" is stated here.' } });
  });

  it('prints a summary table of the story after the findings in stylish', () => {
    const { stdout } = runCli(['--story', ...PIER], { cwd: pier });
    const table = stdout.slice(stdout.indexOf('Story of'), stdout.indexOf('✖'));
    expect(table.split('\n')).toEqual([
      'Story of 4 articles',
      '  [1] wire.txt',
      '  [2] radio.txt',
      '  [3] blog.md',
      '  [4] digest.txt',
      '     kind         fact                            [1]               [2]                [3]               [4]',
      '  ≠  count        workers on the pier             31                31                 ≠ 34              31',
      '     count        accidents at the North Pier     14                14                 14                —',
      '  ≠  name         Ilse Vandenbosch                Ilse Vandenbosch  ≠ Ilse Vandenbosh  Ilse Vandenbosch  Ilse Vandenbosch',
      '  ≠  attribution  "The steel frame gave way wit…  Ilse Vandenbosch  Ilse Vandenbosh    ≠ Piet Okafor     Ilse Vandenbosch',
      '  ≠ marks a value most of the other articles do not share (3 of 4 facts disagree).',
      '',
      '',
    ]);
    expect(stdout).toContain('✖ 3 problems (0 errors, 1 warning, 2 info)');
  });

  it('colours the disagreeing values only when colour is on, and marks them either way', () => {
    const plain = runCli(['--story', ...PIER], { cwd: pier }).stdout;
    expect(plain).not.toContain('\u001b[');
    const coloured = runCli(['--story', ...PIER], { cwd: pier, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('  \u001b[33m≠ 34            \u001b[39m  31');
  });

  it('finds nothing across articles that agree, and says so in the table', () => {
    const flood = tempProject(storyFiles('clean-flood-relief', FLOOD));
    const run = runCli(['--story', ...FLOOD], { cwd: flood });
    expect(run.status).toBe(0);
    const table = run.stdout.slice(run.stdout.indexOf('Story of'), run.stdout.indexOf('✖'));
    expect(table.split('\n')).toEqual([
      'Story of 4 articles',
      '  [1] wire.txt',
      '  [2] news.md',
      '  [3] radio.txt',
      '  [4] digest.txt',
      '    kind         fact                            [1]                      [2]                      [3]                      [4]',
      '    event-date   flood on Cardew water plant     Saturday, June 15, 2024  Saturday, June 15, 2024  Saturday, June 15, 2024  Saturday',
      '    count        residents in Lorne district     About 1,200              1,200                    More than 1,100          Roughly 1,200',
      '    attribution  "We moved everyone out before…  Tomasz Wieczorek         Tomasz Wieczorek         Wieczorek                Tomasz Wieczorek',
      '  The articles agree on all 3 facts they share.',
      '',
      '',
    ]);
    // The undated article gets its own info from missing-dateline, and nothing from the story rules.
    const json = JSON.parse(runCli(['--story', ...FLOOD, '-f', 'json'], { cwd: flood }).stdout);
    expect(json.flatMap((result: { messages: { ruleId: string }[] }) => result.messages.map((message) => message.ruleId))).toEqual(['missing-dateline']);
  });

  it('without --story the same files are only linted one by one', () => {
    const run = runCli([...PIER, '-f', 'unix'], { cwd: pier });
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });

  it('refuses fewer than two articles and standard input', () => {
    expect(runCli(['--story', 'wire.txt'], { cwd: pier })).toMatchObject({
      status: 2,
      stderr: 'newslint: --story needs at least two articles to compare\n',
    });
    expect(runCli(['--story', '--stdin'], { cwd: pier, input: 'x' })).toMatchObject({
      status: 2,
      stderr: 'newslint: --story compares files: it cannot be used with --stdin\n',
    });
  });

  it('lists the story rules with their scope', () => {
    const { stdout } = runCli(['--list-rules']);
    expect(stdout).toMatch(/^rule +default +category +preset +scope +fix/);
    expect(stdout).toMatch(/\nstory-count +warn +consistency +recommended +story +Articles of one story give .*docs\/rules\/story-count\.md\n/);
    expect(stdout).toMatch(/\ncount-conflict +warn +consistency +recommended +article +/);
  });

  it('links a finding to the other file\'s section in the HTML report and shows the story table', () => {
    const html = runCli(['--story', ...PIER, '-f', 'html'], { cwd: pier }).stdout;
    expect(html).toContain('<a href="#a0">wire.txt, line 7, col 18</a>: &quot;31 workers on the pier&quot; is stated here.');
    expect(html).toContain('<h2 id="story-0-title">Story of 4 articles</h2>');
    expect(html).toContain('<td class="dissent"><span aria-label="disagrees">≠</span> 34</td>');
  });
});

describe('"stories" groups in .lintrc.json', () => {
  const config = (rules: Record<string, string> = {}) => JSON.stringify({ stories: [['desk/pier/*']], rules });

  it('compares the files of a group when they are linted, each group on its own', () => {
    const project = tempProject({
      '.lintrc.json': config(),
      ...storyFiles('pier-collapse', PIER, 'desk/pier/'),
      ...storyFiles('clean-flood-relief', ['news.md'], 'desk/other/'),
    });
    const run = runCli(['desk', '-f', 'unix'], { cwd: project });
    expect(run.stdout.split('\n').filter(Boolean).map((line) => line.replace(/: .*\[/, ' ['))).toEqual([
      'desk/pier/blog.md:10:25 [warning/story-count]',
      'desk/pier/blog.md:12:1 [info/story-attribution]',
      'desk/pier/radio.txt:5:91 [info/story-name]',
    ]);
    // The files of a group come in the order they are found: directories are read in sorted order.
    expect(run.stdout).toContain('conflicts with "31 workers on the pier" in digest.txt:5, radio.txt:7 and wire.txt:7.');
  });

  it('only files being linted take part, in argument order (a tie goes against the later one)', () => {
    const project = tempProject({ '.lintrc.json': config(), ...storyFiles('pier-collapse', PIER, 'desk/pier/') });
    expect(runCli(['desk/pier/blog.md', '-f', 'unix'], { cwd: project }).stdout).toBe('');
    const two = runCli(['desk/pier/wire.txt', 'desk/pier/blog.md', '-f', 'unix'], { cwd: project }).stdout;
    expect(two.split('\n').filter(Boolean)).toEqual([
      'desk/pier/blog.md:10:25: "34 workers on the pier" conflicts with "31 workers on the pier" in wire.txt:7. [warning/story-count]',
      'desk/pier/blog.md:12:1: "The steel frame gave way without…" is attributed to Piet Okafor here but to Ilse Vandenbosch in wire.txt:7. [info/story-attribution]',
    ]);
  });

  it('takes severities from "rules"', () => {
    const project = tempProject({
      '.lintrc.json': config({ 'story-count': 'error', 'story-name': 'off', 'story-attribution': 'off' }),
      ...storyFiles('pier-collapse', PIER, 'desk/pier/'),
    });
    const run = runCli(['desk', '-f', 'unix'], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'desk/pier/blog.md:10:25: "34 workers on the pier" conflicts with "31 workers on the pier" in digest.txt:5, radio.txt:7 and wire.txt:7. [error/story-count]',
    ]);
  });
});
