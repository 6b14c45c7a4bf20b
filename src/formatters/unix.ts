import { SEVERITY_WORD, type Formatter } from './result.js';

/** One grep-friendly line per problem: `path:line:col: message [severity/rule-id]`. */
export const unix: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      lines.push(`${result.filePath}:${d.line}:${d.column}: ${d.message} [${SEVERITY_WORD[d.severity]}/${d.ruleId}]`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
