import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importWikidata, WikidataImportError } from '../../src/knowledge/wikidata-import.js';
import { validatePack } from '../../src/knowledge/pack.js';
import { Ajv } from '../helpers/ajv.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/knowledge.schema.json', import.meta.url), 'utf8'));
const results = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'knowledge', 'wikidata-results.json'), 'utf8'),
);

describe('importWikidata', () => {
  const { pack, skipped } = importWikidata(results, { name: 'lindenfeld', group: 'local', verifiedThrough: '2024-12' });

  it('turns positions into roles with their labels, aliases and organisation', () => {
    expect(pack.roles).toEqual([
      { id: 'mayor-of-lindenfeld', name: 'Mayor of Lindenfeld', aliases: ['Lindenfeld mayor'], organization: 'City of Lindenfeld', group: 'local' },
      // Without an organizationLabel, the post's label stands in.
      { id: 'governor-of-the-eastern-province', name: 'Governor of the Eastern Province', aliases: [], organization: 'Governor of the Eastern Province', group: 'local' },
    ]);
  });

  it('turns position-held statements into tenures at day or month precision, without duplicates', () => {
    const quist = pack.people.find((person) => person.id === 'amara-quist')!;
    expect(quist.variants).toEqual(['Amara J. Quist', 'A. Quist']);
    expect(quist.tenures).toEqual([
      { role: 'mayor-of-lindenfeld', start: '2016-05-12', end: '2020-11', source: 'Wikidata Q900001, position held (P39) Q800001' },
      { role: 'governor-of-the-eastern-province', start: '2021-02-01', source: 'Wikidata Q900001, position held (P39) Q800002' },
    ]);
    const ferreira = pack.people.find((person) => person.id === 'bruno-ferreira-laine')!;
    expect(ferreira).toEqual({
      id: 'bruno-ferreira-laine',
      name: 'Bruno Ferreira-Laine',
      variants: [],
      tenures: [{ role: 'mayor-of-lindenfeld', start: '2020-11-02', source: 'Wikidata Q900002, position held (P39) Q800001' }],
    });
  });

  it('skips rows it cannot date, saying why', () => {
    expect(skipped).toEqual([
      'row 5 (Cyril Odum, Governor of the Eastern Province): start 2009 is known only to the year',
      'row 6 (Dina Park, Governor of the Eastern Province): no start time (P580)',
    ]);
    expect(pack.people.map((person) => person.id)).toEqual(['amara-quist', 'bruno-ferreira-laine']);
  });

  it('produces a pack that newslint and the JSON Schema accept', () => {
    expect(validatePack('out.json', pack)).toMatchObject({ name: 'lindenfeld', verifiedThrough: '2024-12' });
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(pack)).toBe(true);
  });

  it('rejects input that is not a SPARQL JSON result', () => {
    expect(() => importWikidata({ rows: [] }, { name: 'x', group: 'local', verifiedThrough: '2024-12' })).toThrow(WikidataImportError);
  });
});
