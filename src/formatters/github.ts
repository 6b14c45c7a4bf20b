import type { Formatter } from './result.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request. */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(result.filePath);
    for (const d of result.diagnostics) {
      const properties = `file=${file},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.ruleId)}`;
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
