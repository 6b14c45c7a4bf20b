import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../src/engine/lint.js';
import { codeActions, disableFix, type LintedDocument } from '../../src/lsp/code-actions.js';
import { docsLinks } from '../../src/lsp/diagnostics.js';
import { DocumentPositions } from '../../src/lsp/positions.js';
import { builtinRules } from '../../rules/index.js';

const docs = docsLinks(builtinRules);

function linted(text: string, filePath = '/news/story.txt'): LintedDocument {
  const result = lint(text, { filePath });
  return { uri: 'file:///news/story.txt', version: 3, text, diagnostics: result.diagnostics, frontMatterEnd: result.article.frontMatter?.end };
}

function applyDisable(text: string, ruleId: string): string {
  const document = linted(text);
  const diagnostic = document.diagnostics.find((d) => d.ruleId === ruleId)!;
  const fix = disableFix(diagnostic, new DocumentPositions(text));
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe('DocumentPositions', () => {
  it('converts 1-based UTF-16 columns to 0-based LSP positions, shifting line 1 past a BOM', () => {
    expect(new DocumentPositions('ab\ncd').position(2, 2)).toEqual({ line: 1, character: 1 });
    const withBom = new DocumentPositions('\uFEFFab\r\ncd');
    expect(withBom.position(1, 1)).toEqual({ line: 0, character: 1 });
    expect(withBom.at(4)).toEqual({ line: 1, character: 0 });
  });
});

describe('disable directive', () => {
  it('goes on its own line above, with the line\'s indentation and line break', () => {
    const text = 'Council passes budget\r\n\r\n\tMembers met on Sunday, January 20, 2024.\r\n';
    expect(applyDisable(text, 'date-weekday-mismatch')).toBe(
      'Council passes budget\r\n\r\n\t<!-- newslint-disable-next-line date-weekday-mismatch -->\r\n\tMembers met on Sunday, January 20, 2024.\r\n',
    );
  });

  it('joins a directive that is already there for another rule', () => {
    const text = 'Council passes budget\n\n  <!-- newslint-disable-next-line scrape-debris -->\n  Members met on Sunday, January 20, 2024.\n';
    const disabled = applyDisable(text, 'date-weekday-mismatch');
    expect(disabled).toBe('Council passes budget\n\n  <!-- newslint-disable-next-line scrape-debris, date-weekday-mismatch -->\n  Members met on Sunday, January 20, 2024.\n');
    expect(lint(disabled, { filePath: '/news/story.txt' }).diagnostics).toEqual([]);
  });

  it('is not offered inside YAML front matter, where a comment would break it', () => {
    const text = '---\ndate: Sunday, January 20, 2024\n---\n\nMembers met on Sunday, January 20, 2024.\n';
    const document = linted(text, '/news/story.md');
    const weekday = document.diagnostics.find((d) => d.ruleId === 'date-weekday-mismatch')!;
    expect(weekday.line).toBe(5);
    // A finding in the front matter, as a rule that checks the front-matter date would report it.
    document.diagnostics.push({ ...weekday, line: 2, column: 7, endLine: 2, endColumn: 13, start: 10, end: 16, suggestions: undefined });
    const titles = (line: number, character: number) =>
      codeActions(document, { start: { line, character }, end: { line, character } }, { docs, documentChanges: false }).map((action) => action.title);
    expect(titles(4, 17)).toEqual(['Replace "Sunday" with "Saturday"', 'Disable date-weekday-mismatch for this line']);
    expect(titles(1, 8)).toEqual([]);
  });
});

describe('codeActions', () => {
  const text = 'Council passes budget\n\nMembers met on Sunday, January 20, 2024.\nLeave a Reply\n';

  it('returns plain changes when the client takes no versioned edits', () => {
    const [replace] = codeActions(linted(text), { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, { docs, documentChanges: false });
    expect(replace!.edit).toEqual({
      changes: { 'file:///news/story.txt': [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 21 } }, newText: 'Saturday' }] },
    });
  });

  it('pins versioned edits to the linted version', () => {
    const [replace] = codeActions(linted(text), { start: { line: 2, character: 21 }, end: { line: 2, character: 21 } }, { docs, documentChanges: true });
    const [change] = replace!.edit!.documentChanges as TextDocumentEdit[];
    expect(change!.textDocument).toEqual({ uri: 'file:///news/story.txt', version: 3 });
  });

  it('keeps to the kinds the client asked for', () => {
    const document = linted(text);
    const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } };
    expect(codeActions(document, range, { docs, documentChanges: false, only: ['source.organizeImports'] })).toEqual([]);
    const fixAll = codeActions(document, range, { docs, documentChanges: false, only: ['source.fixAll.newslint'] });
    expect(fixAll.map((action) => action.kind)).toEqual(['source.fixAll.newslint']);
    const edits = fixAll[0]!.edit!.changes!['file:///news/story.txt']!;
    expect(TextDocument.applyEdits(TextDocument.create('file:///news/story.txt', 'plaintext', 3, text), edits)).toBe(
      'Council passes budget\n\nMembers met on Sunday, January 20, 2024.\n',
    );
  });
});
