import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { findDirectives } from '../engine/directives.js';
import { applyFixes } from '../engine/fix.js';
import type { Diagnostic, Fix } from '../types.js';
import { toLspDiagnostic } from './diagnostics.js';
import { DocumentPositions, rangesTouch } from './positions.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newslint`;

/** A document as it was linted: the diagnostics belong to exactly this text and version. */
export interface LintedDocument {
  uri: string;
  version: number;
  text: string;
  diagnostics: Diagnostic[];
  /** Offset where YAML front matter ends; a directive comment cannot go inside it. */
  frontMatterEnd?: number;
}

export interface CodeActionOptions {
  /** The kinds the client asked for (CodeActionContext.only). */
  only?: string[];
  /** Rule id -> docs link; only rules get a "Disable" action (not internal or config errors). */
  docs: ReadonlyMap<string, string>;
  /** The client accepts versioned edits (workspace.workspaceEdit.documentChanges). */
  documentChanges: boolean;
}

function wants(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/** Quick fixes for the diagnostics that touch `range`, plus "Fix all" for the whole document. */
export function codeActions(document: LintedDocument, range: Range, options: CodeActionOptions): CodeAction[] {
  const positions = new DocumentPositions(document.text);
  const edit = (fixes: Fix[]): WorkspaceEdit => {
    const edits: TextEdit[] = fixes.map((fix) => ({ range: positions.range(fix.range[0], fix.range[1]), newText: fix.text }));
    return options.documentChanges
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits } };
  };
  const actions: CodeAction[] = [];
  const quickFixes = wants(CodeActionKind.QuickFix, options.only);
  const disabled = new Set<string>();
  let fixableHere = false;
  for (const diagnostic of quickFixes ? document.diagnostics : []) {
    const shown = toLspDiagnostic(diagnostic, positions, document.uri, options.docs);
    if (!rangesTouch(shown.range, range)) continue;
    const quickFix = (title: string, fixes: Fix[]): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [shown], edit: edit(fixes) });
    if (diagnostic.fix) {
      fixableHere = true;
      actions.push({ ...quickFix(`Fix this ${diagnostic.ruleId} problem`, [diagnostic.fix]), isPreferred: true });
    }
    for (const suggestion of diagnostic.suggestions ?? []) actions.push(quickFix(suggestion.desc, [suggestion.fix]));
    const line = `${diagnostic.ruleId}:${diagnostic.line}`;
    if (options.docs.has(diagnostic.ruleId) && !disabled.has(line) && !inFrontMatter(diagnostic, positions, document)) {
      disabled.add(line);
      actions.push(quickFix(`Disable ${diagnostic.ruleId} for this line`, [disableFix(diagnostic, positions)]));
    }
  }
  // One pass of non-overlapping fixes in source order, like the first pass of --fix.
  const fixAll = applyFixes(positions.text, document.diagnostics).applied;
  const title = 'Fix all auto-fixable problems';
  if (fixableHere && fixAll.length > 1) actions.push({ title, kind: CodeActionKind.QuickFix, edit: edit(fixAll) });
  if (options.only && wants(FIX_ALL_KIND, options.only) && fixAll.length > 0) actions.push({ title, kind: FIX_ALL_KIND, edit: edit(fixAll) });
  return actions;
}

function inFrontMatter(diagnostic: Diagnostic, positions: DocumentPositions, document: LintedDocument): boolean {
  return document.frontMatterEnd !== undefined && positions.lines.lineStart(diagnostic.line) < document.frontMatterEnd;
}

/**
 * A `<!-- newslint-disable-next-line rule -->` line above the diagnostic's first line, with that line's indentation;
 * when such a directive is already there, the rule joins its list instead.
 */
export function disableFix(diagnostic: Diagnostic, positions: DocumentPositions): Fix {
  const { text, lines } = positions;
  const existing = findDirectives(text, lines).find((directive) => directive.kind === 'disable-next-line' && directive.line === diagnostic.line - 1);
  if (existing && existing.rules.length > 0) {
    const indent = /^[ \t]*/.exec(text.slice(existing.start))![0];
    return { range: [existing.start, existing.end], text: `${indent}<!-- newslint-disable-next-line ${[...existing.rules, diagnostic.ruleId].join(', ')} -->` };
  }
  const start = lines.lineStart(diagnostic.line);
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(diagnostic.line)))![0];
  const lineBreak = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  return { range: [start, start], text: `${indent}<!-- newslint-disable-next-line ${diagnostic.ruleId} -->${lineBreak}` };
}
