import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/validate.js';
import { loadKnowledge } from '../knowledge/load.js';
import { validatePack } from '../knowledge/pack.js';
import { importWikidata, WikidataImportError } from '../knowledge/wikidata-import.js';

export const KNOWLEDGE_HELP = `Usage: newslint knowledge <command>

Commands:
  import RESULTS.json [-o PACK.json] [--name NAME] [--group GROUP] [--verified-through YYYY-MM]
        convert a Wikidata SPARQL JSON result (position held P39, start P580, end P582) into a knowledge pack
  check PACK.json...
        validate newsroom packs together with the default pack

See docs/knowledge-packs.md for the pack format and the SPARQL query.
`;

function say(line: string): void {
  process.stderr.write(`newslint knowledge: ${line}\n`);
}

function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

function runImport(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      name: { type: 'string' },
      group: { type: 'string' },
      'verified-through': { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    say('import takes exactly one SPARQL JSON result file');
    return 2;
  }
  const verifiedThrough = values['verified-through'] ?? currentMonth();
  if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(verifiedThrough)) {
    say(`--verified-through: expected a month YYYY-MM, got "${verifiedThrough}"`);
    return 2;
  }
  const input = positionals[0]!;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    say(`${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  const { pack, skipped } = importWikidata(json, {
    name: values.name ?? path.basename(input).replace(/\.json$/i, ''),
    group: values.group ?? 'wikidata',
    verifiedThrough,
  });
  for (const reason of skipped) say(`skipped ${reason}`);
  // The output must be a pack newslint itself accepts.
  validatePack(values.output ?? '<output>', pack);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
  const tenures = pack.people.reduce((sum, person) => sum + person.tenures.length, 0);
  say(`${pack.roles.length} roles, ${pack.people.length} people, ${tenures} tenures${values.output ? ` written to ${values.output}` : ''}`);
  return 0;
}

function runCheck(argv: string[]): number {
  if (argv.length === 0) {
    say('check takes one or more pack files');
    return 2;
  }
  const knowledge = loadKnowledge(argv.map((file) => path.resolve(file)));
  const tenures = [...knowledge.people.values()].reduce((sum, person) => sum + person.tenures.length, 0);
  process.stdout.write(`ok: ${knowledge.roles.size} roles, ${knowledge.people.size} people, ${tenures} tenures (default pack included)\n`);
  return 0;
}

/** `newslint knowledge import|check`. */
export function knowledgeCommand(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'import') return runImport(rest);
    if (command === 'check') return runCheck(rest);
    if (command === '--help' || command === '-h') {
      process.stdout.write(KNOWLEDGE_HELP);
      return 0;
    }
    say(command ? `unknown command "${command}"` : 'missing command');
    process.stderr.write(KNOWLEDGE_HELP);
    return 2;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof WikidataImportError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      say((error as Error).message);
      return 2;
    }
    throw error;
  }
}
