import { wholeReport, type StreamingFormatter } from './result.js';

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request. */
export const githubStream: StreamingFormatter = {
  file(result) {
    const file = escapeProperty(result.filePath);
    return result.diagnostics
      .map((d) => {
        const properties = `file=${file},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.ruleId)}`;
        return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}\n`;
      })
      .join('');
  },
  end: () => '',
};

export const github = wholeReport(githubStream);
