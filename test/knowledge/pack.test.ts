import { readFileSync } from 'node:fs';
import { ConfigError } from '../../src/config/validate.js';
import { Ajv } from '../helpers/ajv.js';
import { validatePack } from '../../src/knowledge/pack.js';
import { compileKnowledge } from '../../src/knowledge/compile.js';
import { personNameKey, significantNameTokens } from '../../src/knowledge/person-names.js';
import { aliasForms, canonicalRolePhrase, canonicalRoleText } from '../../src/knowledge/role-phrases.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/knowledge.schema.json', import.meta.url), 'utf8'));
const role = { id: 'harbor-master', name: 'Harbor Master of Northport', aliases: ['Northport harbor master'], organization: 'Port of Northport', group: 'test' };
const tenure = { role: 'harbor-master', start: '2015-04', end: '2019-06-30', source: 'Fictional tenure for the tests.' };
const person = { id: 'oren', name: 'Oren Castellano', variants: [], tenures: [tenure] };
const pack = (extra: Record<string, unknown> = {}) => ({ name: 'p', verifiedThrough: '2025-01', roles: [role], people: [person], ...extra });

describe('validatePack', () => {
  it('accepts the documented format', () => {
    expect(validatePack('p.json', pack({ $schema: 'x' }))).toMatchObject({ name: 'p', roles: [role], people: [person] });
  });

  it('accepts the default pack and the test packs, as the JSON Schema does', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const file of ['rules/data/knowledge/default-pack.json', 'test/fixtures/knowledge/harbor-pack.json', 'test/fixtures/knowledge/harbor-override.json']) {
      const data = JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
      expect(validatePack(file, data).name).toBe(data.name);
      expect(validate(data)).toBe(true);
    }
  });

  it.each([
    [{ verifiedThrough: '2025-01-31' }, 'verifiedThrough: expected a month YYYY-MM, got "2025-01-31"'],
    [{ colour: 'blue' }, 'colour: unknown key (expected one of name, verifiedThrough, roles, people, $schema)'],
    [{ people: undefined }, 'people: missing (required)'],
    [{ roles: [{ ...role, alias: ['x'] }] }, 'roles[0].alias: unknown key (expected one of id, name, aliases, organization, group)'],
    [{ roles: [{ ...role, group: undefined }] }, 'roles[0].group: missing (required)'],
    [{ roles: [{ ...role, id: 'Harbor Master' }] }, 'roles[0].id: expected a lowercase kebab-case id, got "Harbor Master"'],
    [{ roles: [{ ...role, aliases: ['harbor master', 'harbor master'] }] }, 'roles[0].aliases[1]: duplicate "harbor master"'],
    [{ roles: [role, role] }, 'roles[1].id: duplicate id "harbor-master"'],
    [{ people: [{ ...person, tenures: [{ ...tenure, start: '2015-13' }] }] }, 'people[0].tenures[0].start: expected a date YYYY-MM-DD or YYYY-MM, got "2015-13"'],
    [{ people: [{ ...person, tenures: [{ ...tenure, start: '2019-05', end: '2019-04-30' }] }] }, 'people[0].tenures[0].end: 2019-04-30 is before the start 2019-05'],
    [{ people: [{ ...person, tenures: [{ ...tenure, acting: 'yes' }] }] }, 'people[0].tenures[0].acting: expected true or false, got "yes"'],
    [{ people: [{ ...person, tenures: [{ ...tenure, source: 'wiki' }] }] }, 'people[0].tenures[0].source: expected a string of at least 10 characters, got "wiki"'],
    [{ people: [{ ...person, tenures: [] }] }, 'people[0].tenures: expected at least one tenure, got an array'],
    [{ people: [{ ...person, variants: 'Oren' }] }, 'people[0].variants: expected an array of strings, got "Oren"'],
  ])('rejects %j naming the key', (change, message) => {
    expect(() => validatePack('p.json', pack(change))).toThrow(new ConfigError('p.json', message));
  });

  it('rejects a tenure in a role no pack defines', () => {
    const broken = validatePack('p.json', pack({ people: [{ ...person, tenures: [{ ...tenure, role: 'mayor' }] }] }));
    expect(() => compileKnowledge([{ file: 'p.json', pack: broken }])).toThrow('p.json: people[0].tenures[0].role: unknown role "mayor"');
  });
});

describe('person names', () => {
  it('drop ranks, titles, middle initials and suffixes', () => {
    expect(significantNameTokens('Marine Gen. Michael E. Langley')).toEqual(['michael', 'langley']);
    expect(significantNameTokens('Lt. Gen. Jonas P. Whitfield Jr.')).toEqual(['jonas', 'whitfield']);
    expect(personNameKey('Lloyd J. Austin III')).toBe('lloyd austin');
    expect(personNameKey('Colonel Wayne Marotto')).toBe('wayne marotto');
  });

  it('keep joined initials, particles out of the key, hyphens and diacritics folded', () => {
    expect(personNameKey('J. D. Vance')).toBe('jd vance');
    expect(personNameKey('Ursula von der Leyen')).toBe('ursula leyen');
    expect(personNameKey('José Núñez-Ortiz')).toBe('jose nunez-ortiz');
    expect(personNameKey('Gen. Kurilla')).toBe('kurilla');
    expect(personNameKey('Gen.')).toBe('gen');
  });
});

describe('role phrases', () => {
  it('spell US, spokespeople, Defence and filler words one way, mapping back to the source', () => {
    expect(canonicalRolePhrase('spokeswoman for the U.S.-led military coalition')).toBe('spokesman for the us-led coalition');
    expect(canonicalRolePhrase('United States Defence Secretary')).toBe('us defense secretary');
    const canonical = canonicalRoleText('the U.S. envoy');
    expect(canonical.text).toBe('the us envoy');
    expect(canonical.toSource(4, 6)).toEqual([4, 8]);
    expect(canonical.toSource(7, 12)).toEqual([9, 14]);
    expect(canonicalRoleText('the harbor master').toSource(4, 17)).toEqual([4, 17]);
  });

  it('write "X of Y" also as "Y X", "Y\'s X" and with or without "the"', () => {
    expect(aliasForms('commander of US Central Command')).toEqual([
      'commander of us central command',
      'us central command commander',
      "us central command's commander",
      'commander of the us central command',
    ]);
    expect(aliasForms('Pentagon press secretary')).toEqual([
      'pentagon press secretary',
      "pentagon's press secretary",
      'press secretary of pentagon',
      'press secretary of the pentagon',
    ]);
    expect(aliasForms('Northport harbor master')).toEqual(['northport harbor master']);
  });
});
