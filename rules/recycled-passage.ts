import path from 'node:path';
import type { Rule } from '../src/types.js';
import { daysBetween, formatDate } from '../src/text/calendar.js';
import { archiveReader, type ArchiveMatch } from '../src/archive/archive.js';
import { articlePassages } from '../src/archive/passages.js';
import { resolveStoredPath } from '../src/archive/indexer.js';

function shown(archiveFile: string, stored: string): string {
  const absolute = resolveStoredPath(archiveFile, stored);
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : absolute;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

const rule: Rule = {
  meta: {
    id: 'recycled-passage',
    description: 'A sentence or quotation that already ran in an archived article published long before this one.',
    category: 'stale',
    severity: 'warn',
    // Silent unless an archive is configured (or .newslint/archive.db exists), so it costs nothing by default.
    recommended: true,
    fixable: false,
    docs: 'docs/rules/recycled-passage.md',
    options: {
      minAgeDays: {
        type: 'integer',
        description: 'Report only matches from articles published at least this many days before this one.',
        default: 180,
        minimum: 0,
      },
      minSimilarity: {
        type: 'number',
        description: 'Least share of 3-word sequences (Jaccard) an archived passage must have in common with this one.',
        default: 0.7,
        minimum: 0.5,
        maximum: 1,
      },
      boilerplateFiles: {
        type: 'integer',
        description: 'Text found in this many archived articles or more is boilerplate, not a recycled passage.',
        default: 10,
        minimum: 2,
      },
    },
  },
  check({ article, options, settings, report }) {
    const archiveFile = settings.archive?.db;
    const date = article.publication?.date;
    if (!archiveFile || !date) return;
    const minAgeDays = options.minAgeDays as number;
    const minSimilarity = options.minSimilarity as number;
    const boilerplateFiles = options.boilerplateFiles as number;
    const archive = archiveReader(archiveFile);
    const own = article.filePath ? path.resolve(article.filePath) : undefined;
    const reported: [number, number][] = [];
    for (const passage of articlePassages(article)) {
      if (reported.some(([start, end]) => start <= passage.start && passage.end <= end)) continue;
      const matches = archive.lookup(passage.words, minSimilarity).filter((match) => resolveStoredPath(archiveFile, match.file.path) !== own);
      if (new Set(matches.map((match) => match.file.id)).size >= boilerplateFiles) continue;
      const old = matches.filter((match) => daysBetween(match.file.date, date) >= minAgeDays);
      if (old.length === 0) continue;
      // The earliest appearance is the likely origin.
      old.sort((a, b) => a.file.date.localeCompare(b.file.date) || b.similarity - a.similarity);
      const first = old[0]!;
      const others = new Set(old.map((match: ArchiveMatch) => match.file.id)).size - 1;
      const overlap = first.identical ? 'identical text' : `${Math.round(first.similarity * 100)}% of its 3-word sequences shared with "${excerpt(first.text)}"`;
      const age = daysBetween(first.file.date, date);
      report({
        message:
          `This ${passage.kind} ran in ${shown(archiveFile, first.file.path)} on ${formatDate(first.file.date)}, ` +
          `${age.toLocaleString('en-US')} days earlier (${overlap})${others > 0 ? `; also in ${others} more archived article${others > 1 ? 's' : ''}` : ''}.`,
        start: passage.start,
        end: passage.end,
      });
      reported.push([passage.start, passage.end]);
    }
  },
};

export default rule;
