import { countOf, SEVERITY_NUMBER, type Formatter } from './result.js';

/** ESLint-compatible JSON, with info counted apart and 0 meaning info (newslint has no "off" in output). */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => {
      const counts = countOf(result.diagnostics);
      return {
        filePath: result.filePath,
        messages: result.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          severity: SEVERITY_NUMBER[d.severity],
          message: d.message,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          ...(d.fix ? { fix: d.fix } : {}),
          ...(d.suggestions ? { suggestions: d.suggestions } : {}),
          ...(d.related ? { related: d.related } : {}),
        })),
        errorCount: counts.error,
        warningCount: counts.warn,
        infoCount: counts.info,
        fixableCount: counts.fixable,
        ...(result.publicationDate ? { publicationDate: result.publicationDate } : {}),
        ...(result.output !== undefined ? { output: result.output } : {}),
      };
    }),
  ) + '\n';
