import { ConfigError } from '../../src/config/validate.js';
import { validatePack } from '../../src/knowledge/pack.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { personNameKey, significantNameTokens } from '../../src/knowledge/person-names.js';
import { aliasForms, canonicalRolePhrase, canonicalRoleText } from '../../src/knowledge/role-phrases.js';

const role = { id: 'harbor-master', name: 'Harbor Master of Northport', aliases: ['Northport harbor master'] };
const person = { id: 'oren', name: 'Oren Castellano', tenures: [{ role: 'harbor-master', start: '2015-04', end: '2019-06-30' }] };
const pack = (extra: Record<string, unknown> = {}) => ({ name: 'p', verifiedThrough: '2025-01', roles: [role], people: [person], ...extra });

describe('validatePack', () => {
  it('accepts the documented format', () => {
    expect(validatePack('p.json', pack({ $schema: 'x', description: 'd' }))).toMatchObject({ name: 'p', roles: [role], people: [person] });
  });

  it.each([
    [{ verifiedThrough: 'January 2025' }, 'verifiedThrough: expected a date YYYY-MM-DD or YYYY-MM, got "January 2025"'],
    [{ colour: 'blue' }, 'colour: unknown key (expected one of $schema, name, description, verifiedThrough, roles, people)'],
    [{ roles: [{ ...role, alias: ['x'] }] }, 'roles[0].alias: unknown key (expected one of id, name, aliases, organization, group)'],
    [{ roles: [role, role] }, 'roles[1].id: duplicate id "harbor-master"'],
    [{ people: [{ ...person, tenures: [{ role: 'harbor-master', start: '2015-13' }] }] }, 'people[0].tenures[0].start: expected a date YYYY-MM-DD or YYYY-MM, got "2015-13"'],
    [{ people: [{ ...person, tenures: [{ role: 'harbor-master', start: '2019-05', end: '2019-04-30' }] }] }, 'people[0].tenures[0].end: 2019-04-30 is before the start 2019-05'],
    [{ people: [{ ...person, tenures: [{ role: 'harbor-master', start: '2019-05', acting: 'yes' }] }] }, 'people[0].tenures[0].acting: expected true or false, got "yes"'],
    [{ people: [{ ...person, variants: 'Oren' }] }, 'people[0].variants: expected an array of strings, got "Oren"'],
  ])('rejects %j naming the key', (change, message) => {
    expect(() => validatePack('p.json', pack(change))).toThrow(new ConfigError('p.json', message));
  });

  it('rejects a tenure in a role no pack defines', () => {
    const broken = validatePack('p.json', pack({ people: [{ ...person, tenures: [{ role: 'mayor', start: '2020-01' }] }] }));
    expect(() => new KnowledgeBase([{ file: 'p.json', pack: broken }])).toThrow('p.json: people[0].tenures[0].role: unknown role "mayor"');
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
    expect([canonical.starts[4], canonical.ends[5]]).toEqual([4, 8]);
  });

  it('write "X of Y" also as "Y X" and "Y\'s X", and add "us" to United States posts', () => {
    expect(aliasForms('commander of US Central Command', true)).toEqual(
      expect.arrayContaining(['commander of us central command', 'us central command commander', "us central command's commander"]),
    );
    expect(aliasForms('Pentagon press secretary', true)).toEqual(
      expect.arrayContaining(['pentagon press secretary', "pentagon's press secretary", 'press secretary of the pentagon', 'us pentagon press secretary']),
    );
    expect(aliasForms('Northport harbor master', false)).toEqual(['northport harbor master']);
  });
});
