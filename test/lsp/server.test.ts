import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, InitializeResult, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client.js';

// Spawns the built server (npm test builds dist/ first).
jest.setTimeout(30_000);

const WRONG_WEEKDAY = 'Council passes budget\n\nMembers met on Sunday, January 20, 2024, to approve the budget.\n';
const WEEKDAY_MESSAGE = 'January 20, 2024 was a Saturday, not a Sunday.';

let root: string;
let client: LspClient;
let initialized: InitializeResult;

const uriOf = (file: string) => pathToFileURL(path.join(root, file)).href;

beforeEach(async () => {
  root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'newslint-lsp-')));
  client = LspClient.start(root);
  initialized = await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'newsroom' }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await client.connection.sendNotification('initialized', {});
});

afterEach(() => {
  client.kill();
  rmSync(root, { recursive: true, force: true });
});

function open(file: string, text: string, languageId = 'plaintext', version = 1) {
  const uri = file.includes(':') ? file : uriOf(file);
  void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return uri;
}

function codeActions(uri: string, line: number, character: number, only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line, character }, end: { line, character } },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  });
}

/** Applies a code action's edit the way an editor would, after checking it targets the version it was made for. */
function apply(action: CodeAction, text: string, version: number): string {
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  expect(change!.textDocument.version).toBe(version);
  return TextDocument.applyEdits(TextDocument.create(change!.textDocument.uri, 'plaintext', version, text), change!.edits);
}

describe('newslint lsp --stdio', () => {
  it('initializes with its capabilities', () => {
    expect(initialized.serverInfo?.name).toBe('newslint');
    expect(initialized.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(initialized.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.newslint'] });
  });

  it('publishes diagnostics on open with exact ranges, rule id, source and docs link', async () => {
    const uri = open('story.txt', `${WRONG_WEEKDAY}Leave a Reply\n`);
    const published = await client.diagnostics(uri);
    expect(published.version).toBe(1);
    expect(published.diagnostics).toHaveLength(2);
    const [weekday, debris] = published.diagnostics;
    expect(weekday).toMatchObject({
      range: { start: { line: 2, character: 15 }, end: { line: 2, character: 21 } },
      severity: 1,
      code: 'date-weekday-mismatch',
      source: 'newslint',
      message: WEEKDAY_MESSAGE,
    });
    expect(weekday!.codeDescription!.href).toMatch(/^file:\/\/.*\/docs\/rules\/date-weekday-mismatch\.md$/);
    expect(debris).toMatchObject({ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 13 } }, severity: 2, code: 'scrape-debris' });
  });

  it('counts columns in UTF-16 code units, after a BOM and across CRLF line breaks', async () => {
    const uri = open('emoji.txt', 'Café 🎉 members met on Sunday, January 20, 2024, to approve it.');
    expect((await client.diagnostics(uri)).diagnostics[0]!.range).toEqual({ start: { line: 0, character: 23 }, end: { line: 0, character: 29 } });
    const withBom = open('bom.txt', '\uFEFFMembers met on Sunday, January 20, 2024.\r\nMembers met on Sunday, January 20, 2024.\r\n');
    expect((await client.diagnostics(withBom)).diagnostics.map((d) => d.range)).toEqual([
      { start: { line: 0, character: 16 }, end: { line: 0, character: 22 } },
      { start: { line: 1, character: 15 }, end: { line: 1, character: 21 } },
    ]);
  });

  it('maps Markdown through its markup', async () => {
    const uri = open('story.md', '# Council passes budget\n\nMembers met on **Sunday**, January 20, 2024, to approve the budget.\n', 'markdown');
    const [diagnostic] = (await client.diagnostics(uri)).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'date-weekday-mismatch', range: { start: { line: 2, character: 17 }, end: { line: 2, character: 23 } } });
  });

  it('offers the suggestion as a quick fix and re-lints the edited document', async () => {
    const uri = open('story.txt', WRONG_WEEKDAY);
    await client.diagnostics(uri);
    const actions = await codeActions(uri, 2, 18);
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Replace "Sunday" with "Saturday"', 'quickfix'],
      ['Disable date-weekday-mismatch for this line', 'quickfix'],
    ]);
    expect(actions[0]!.diagnostics![0]!.code).toBe('date-weekday-mismatch');
    const fixed = apply(actions[0]!, WRONG_WEEKDAY, 1);
    expect(fixed).toBe(WRONG_WEEKDAY.replace('Sunday', 'Saturday'));

    const [change] = (actions[0]!.edit!.documentChanges as TextDocumentEdit[])[0]!.edits;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: change!.range, text: change!.newText }],
    });
    expect(await client.diagnostics(uri)).toEqual({ uri, version: 2, diagnostics: [] });
  });

  it('re-lints after a full-text change and on save', async () => {
    const uri = open('story.txt', WRONG_WEEKDAY.replace('Sunday', 'Saturday'));
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: WRONG_WEEKDAY }] });
    const changed = await client.diagnostics(uri);
    expect(changed.version).toBe(2);
    expect(changed.diagnostics.map((d) => d.message)).toEqual([WEEKDAY_MESSAGE]);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.message)).toEqual([WEEKDAY_MESSAGE]);
  });

  it('disables a rule for one line with an indented directive', async () => {
    const text = 'Council passes budget\n\n    Members met on Sunday, January 20, 2024, to approve the budget.\n';
    const uri = open('story.txt', text);
    await client.diagnostics(uri);
    const disable = (await codeActions(uri, 2, 22)).find((action) => action.title === 'Disable date-weekday-mismatch for this line')!;
    const disabled = apply(disable, text, 1);
    expect(disabled).toBe(
      'Council passes budget\n\n    <!-- newslint-disable-next-line date-weekday-mismatch -->\n    Members met on Sunday, January 20, 2024, to approve the budget.\n',
    );
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: disabled }] });
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
  });

  it('fixes one problem or all of them', async () => {
    const text = 'Council passes budget\n\nMembers approved the budget.\nLeave a Reply\nBack to top\n';
    const uri = open('story.txt', text);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['scrape-debris', 'scrape-debris']);
    const actions = await codeActions(uri, 3, 0);
    expect(actions.map((action) => action.title)).toEqual([
      'Fix this scrape-debris problem',
      'Disable scrape-debris for this line',
      'Fix all auto-fixable problems',
    ]);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(apply(actions[0]!, text, 1)).toBe('Council passes budget\n\nMembers approved the budget.\nBack to top\n');
    expect(apply(actions[2]!, text, 1)).toBe('Council passes budget\n\nMembers approved the budget.\n');

    const onSave = await codeActions(uri, 0, 0, ['source.fixAll']);
    expect(onSave.map((action) => [action.title, action.kind])).toEqual([['Fix all auto-fixable problems', 'source.fixAll.newslint']]);
  });

  it('offers nothing for a position without a problem', async () => {
    const uri = open('story.txt', WRONG_WEEKDAY);
    await client.diagnostics(uri);
    expect(await codeActions(uri, 0, 3)).toEqual([]);
  });

  it('watches the config and re-lints open documents when it changes', async () => {
    const uri = open('story.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(uri)).diagnostics).toHaveLength(1);
    // The server asked for the watchers right after "initialized", before it published anything.
    expect(client.registrations.map((registration) => registration.method)).toEqual(['workspace/didChangeWatchedFiles']);
    expect(client.registrations[0]!.registerOptions).toEqual({ watchers: [{ globPattern: '**/.lintrc.json' }, { globPattern: '**/.lintignore' }] });
    writeFileSync(path.join(root, '.lintrc.json'), JSON.stringify({ rules: { 'date-weekday-mismatch': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.lintrc.json'), type: 1 }] });
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
  });

  it('notices a config edited on disk without a notification', async () => {
    const config = path.join(root, '.lintrc.json');
    writeFileSync(config, JSON.stringify({ rules: { 'date-weekday-mismatch': 'warn' } }));
    const uri = open('story.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(uri)).diagnostics[0]!.severity).toBe(2);
    writeFileSync(config, JSON.stringify({ rules: { 'date-weekday-mismatch': 'info' } }, null, 2));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await client.diagnostics(uri)).diagnostics[0]!.severity).toBe(3);
  });

  it('reports a broken config on the document instead of failing', async () => {
    writeFileSync(path.join(root, '.lintrc.json'), '{ "rules": { "date-weekday-mismatch": "loud" } }');
    const uri = open('story.txt', WRONG_WEEKDAY);
    const [diagnostic] = (await client.diagnostics(uri)).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'config-error', severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(diagnostic!.message).toMatch(/^newslint cannot use its configuration: .*\.lintrc\.json: /);
  });

  it('runs the rules of the plugins the config names', async () => {
    writeFileSync(
      path.join(root, 'desk.mjs'),
      `export const rules = [{ meta: { id: 'desk/no-very', severity: 'warn' }, check({ article, report }) {
        const at = article.text.indexOf('very'); if (at >= 0) report({ message: 'Avoid "very".', start: at, end: at + 4 });
      } }];`,
    );
    writeFileSync(path.join(root, '.lintrc.json'), JSON.stringify({ plugins: ['./desk.mjs'], rules: { 'desk/no-very': 'warn' } }));
    const published = await client.diagnostics(open('story.txt', 'Headline\n\nIt was very close.\n'));
    expect(published.diagnostics).toEqual([
      expect.objectContaining({ code: 'desk/no-very', message: 'Avoid "very".', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 11 } } }),
    ]);
  });

  it('keeps what a plugin rule prints off the protocol stream, on standard error', async () => {
    writeFileSync(
      path.join(root, 'chatty.mjs'),
      `export const rules = [{ meta: { id: 'chatty/logs', severity: 'info' }, check({ article }) {
        console.log('chatty saw ' + article.text.length + ' characters');
      } }];`,
    );
    writeFileSync(path.join(root, '.lintrc.json'), JSON.stringify({ plugins: ['./chatty.mjs'], rules: { 'chatty/logs': 'info' } }));
    const first = open('first.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(first)).diagnostics.map((d) => d.message)).toEqual([WEEKDAY_MESSAGE]);
    const second = open('second.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(second)).diagnostics.map((d) => d.message)).toEqual([WEEKDAY_MESSAGE]);
    expect(client.stderr.join('')).toContain(`chatty saw ${WRONG_WEEKDAY.length} characters`);
  });

  it('skips files named in .lintignore and lints untitled documents', async () => {
    writeFileSync(path.join(root, '.lintignore'), 'drafts/\n');
    const ignored = open('drafts/idea.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(ignored)).diagnostics).toEqual([]);
    const untitled = open('untitled:Untitled-1', WRONG_WEEKDAY, 'markdown');
    expect((await client.diagnostics(untitled)).diagnostics.map((d) => d.code)).toEqual(['date-weekday-mismatch']);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = open('story.txt', WRONG_WEEKDAY);
    await client.diagnostics(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await client.diagnostics(uri)).toEqual({ uri, diagnostics: [] });
  });

  it('survives malformed messages and bad requests', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    client.child.stdin!.write(frame('{"jsonrp}'));
    client.child.stdin!.write(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen"}'));
    client.child.stdin!.write(frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nowhere.txt"}}}'));
    await expect(client.connection.sendRequest('textDocument/codeAction', { range: null })).rejects.toThrow();
    const uri = open('story.txt', WRONG_WEEKDAY);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.message)).toEqual([WEEKDAY_MESSAGE]);
  });

  it('runs the story rules for an article of a "stories" group, citing the other files', async () => {
    const pier = (file: string) => readFileSync(path.join('test/fixtures/stories/pier-collapse', file), 'utf8');
    writeFileSync(path.join(root, '.lintrc.json'), JSON.stringify({ stories: [['pier/*']], rules: { 'story-name': 'off', 'story-attribution': 'off' } }));
    mkdirSync(path.join(root, 'pier'));
    for (const file of ['wire.txt', 'radio.txt', 'digest.txt']) writeFileSync(path.join(root, 'pier', file), pier(file));
    const uri = open('pier/blog.md', pier('blog.md'), 'markdown');
    const [count] = (await client.diagnostics(uri)).diagnostics;
    expect(count).toMatchObject({ code: 'story-count', severity: 2, range: { start: { line: 9, character: 24 }, end: { line: 9, character: 46 } } });
    expect(count!.message).toBe('"34 workers on the pier" conflicts with "31 workers on the pier" in digest.txt:5, radio.txt:7 and wire.txt:7.');
    expect(count!.relatedInformation).toEqual([
      { location: { uri: uriOf('pier/digest.txt'), range: { start: { line: 4, character: 71 }, end: { line: 4, character: 93 } } }, message: '"31 workers on the pier" is stated here.' },
      { location: { uri: uriOf('pier/radio.txt'), range: { start: { line: 6, character: 18 }, end: { line: 6, character: 40 } } }, message: '"31 workers on the pier" is stated here.' },
      { location: { uri: uriOf('pier/wire.txt'), range: { start: { line: 6, character: 17 }, end: { line: 6, character: 39 } } }, message: '"31 workers on the pier" is stated here.' },
    ]);

    // Editing another article of the story, open in the editor, re-lints this one against the edited text.
    const wire = open('pier/wire.txt', pier('wire.txt'));
    expect((await client.diagnostics(wire)).diagnostics).toEqual([]);
    const edited = pier('wire.txt').replace('31 workers', '40 workers');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: wire, version: 2 }, contentChanges: [{ text: edited }] });
    // Opening the other article re-lints this one too; wait for the run that saw the edit.
    let relinted = await client.diagnostics(uri);
    while (!relinted.diagnostics[0]?.message.includes('40 workers')) relinted = await client.diagnostics(uri);
    expect(relinted.diagnostics[0]!.message).toBe(
      '"34 workers on the pier" conflicts with "31 workers on the pier" in digest.txt:5 and radio.txt:7; "40 workers on the pier" in wire.txt:7.',
    );
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});
