import { SEVERITY_WORD, wholeReport, type StreamingFormatter } from './result.js';

/** One grep-friendly line per problem: `path:line:col: message [severity/rule-id]`. */
export const unixStream: StreamingFormatter = {
  file: (result) =>
    result.diagnostics.map((d) => `${result.filePath}:${d.line}:${d.column}: ${d.message} [${SEVERITY_WORD[d.severity]}/${d.ruleId}]\n`).join(''),
  end: () => '',
};

export const unix = wholeReport(unixStream);
