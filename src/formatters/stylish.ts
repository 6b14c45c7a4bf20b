import { createColors } from 'picocolors';
import { plural, SEVERITY_WORD, wholeReport, type StreamingFormatter } from './result.js';
import { storyTable } from './story-table.js';

/**
 * ESLint's default layout: a header per file, aligned `line:col  severity  message  rule-id` rows, one summary line;
 * with stories, a table per story of the facts its articles were compared on, before the summary line.
 */
export const stylishStream: StreamingFormatter = {
  file(result, { color }) {
    if (result.diagnostics.length === 0) return '';
    const c = createColors(color);
    const paint = { error: c.red, warn: c.yellow, info: c.blue };
    const rows = result.diagnostics.map((d) => [`${d.line}:${d.column}`, SEVERITY_WORD[d.severity], d.message, d.ruleId, d.severity] as const);
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
    const lines = [c.underline(result.filePath)];
    for (const [position, severity, message, ruleId, level] of rows) {
      lines.push(
        `  ${c.dim(position.padEnd(width[0]!))}  ${paint[level](severity.padEnd(width[1]!))}  ${message.padEnd(width[2]!)}  ${c.dim(ruleId)}`,
      );
    }
    return `${lines.join('\n')}\n\n`;
  },
  end(total, { color, stories = [] }) {
    const c = createColors(color);
    const lines: string[] = [];
    for (const story of stories) lines.push(...storyTable(story, c), '');
    const problems = total.error + total.warn + total.info;
    if (problems === 0) return lines.length ? `${lines.slice(0, -1).join('\n')}\n` : '';
    const summary = `✖ ${plural(problems, 'problem')} (${plural(total.error, 'error')}, ${plural(total.warn, 'warning')}, ${total.info} info)`;
    const tint = total.error > 0 ? c.red : total.warn > 0 ? c.yellow : c.blue;
    lines.push(c.bold(tint(summary)));
    if (total.fixable > 0) {
      lines.push(tint(`  ${total.fixable === 1 ? '1 problem is' : `${total.fixable} problems are`} fixable with the \`--fix\` option.`));
    }
    return `${lines.join('\n')}\n`;
  },
};

export const stylish = wholeReport(stylishStream);
