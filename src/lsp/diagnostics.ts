import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { docsUrl } from '../package-root.js';
import type { AnyRule, Diagnostic, Severity } from '../types.js';
import type { DocumentPositions } from './positions.js';

export const SOURCE = 'newslint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Links each rule id to its documentation page. */
export function docsLinks(registry: readonly AnyRule[]): Map<string, string> {
  return new Map(registry.map((rule) => [rule.meta.id, docsUrl(rule.meta.docs)]));
}

/** One newslint diagnostic as the editor shows it: rule id as code, a link to its docs, the lines it cites. */
export function toLspDiagnostic(diagnostic: Diagnostic, positions: DocumentPositions, uri: string, docs: ReadonlyMap<string, string>): LspDiagnostic {
  const result: LspDiagnostic = {
    range: { start: positions.position(diagnostic.line, diagnostic.column), end: positions.position(diagnostic.endLine, diagnostic.endColumn) },
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.ruleId,
    source: SOURCE,
    message: diagnostic.message,
  };
  const href = docs.get(diagnostic.ruleId);
  if (href) result.codeDescription = { href };
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map((related) => {
      // Another file's text is not at hand, so its positions are converted without a BOM shift.
      const start = { line: related.line - 1, character: related.column - 1 };
      const end = { line: related.endLine - 1, character: related.endColumn - 1 };
      return related.filePath
        ? { location: { uri: pathToFileURL(related.filePath).href, range: { start, end } }, message: related.message }
        : {
            location: { uri, range: { start: positions.position(related.line, related.column), end: positions.position(related.endLine, related.endColumn) } },
            message: related.message,
          };
    });
  }
  return result;
}
