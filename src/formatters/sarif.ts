import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './result.js';
import { docsUrl } from '../package-root.js';
import { version } from '../version.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

function artifactUri(filePath: string): string {
  if (filePath === '<stdin>' || filePath.startsWith('<')) return filePath.replace(/[<>]/g, '');
  return path.isAbsolute(filePath) ? pathToFileURL(filePath).href : filePath.split(path.sep).map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, for code-scanning dashboards. */
export const sarif: Formatter = (results, { rules }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newslint',
            version: version(),
            informationUri: docsUrl('README.md'),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: docsUrl(rule.docs),
              help: { text: `${rule.description} See ${rule.docs}.` },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, fixable: rule.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.filePath) },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
            ...(d.related
              ? {
                  relatedLocations: d.related.map((related, id) => ({
                    id,
                    message: { text: related.message },
                    physicalLocation: {
                      artifactLocation: { uri: artifactUri(related.filePath ?? result.filePath) },
                      region: { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn },
                    },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
