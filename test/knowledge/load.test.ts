import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compiledPack, compilePackFile, DEFAULT_PACK, DEFAULT_PACK_COMPILED } from '../../src/knowledge/load.js';
import { compileKnowledge } from '../../src/knowledge/compile.js';
import { readPack } from '../../src/knowledge/pack.js';

const role = { id: 'harbor-master', name: 'Harbor Master of Northport', aliases: ['Northport harbor master'], organization: 'Port of Northport', group: 'test' };
const tenure = { role: 'harbor-master', start: '2015-04', end: '2019-06-30', source: 'Fictional tenure for the tests.' };
const packWith = (name: string) => ({ name: 'p', verifiedThrough: '2025-01', roles: [role], people: [{ id: 'oren', name, variants: [], tenures: [tenure] }] });

describe('compiledPack', () => {
  let dir: string;
  let packFile: string;
  let compiledFile: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newslint-knowledge-'));
    packFile = path.join(dir, 'pack.json');
    compiledFile = path.join(dir, 'pack.compiled.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the compiled file while it was compiled from the pack as it is', () => {
    writeFileSync(packFile, JSON.stringify(packWith('Oren Castellano')));
    const compiled = compilePackFile(packFile);
    compiled.knowledge.people[0]!.surname = 'FromCompiledFile';
    writeFileSync(compiledFile, JSON.stringify(compiled));
    expect(compiledPack(packFile, compiledFile).people[0]!.surname).toBe('FromCompiledFile');
  });

  it('compiles the pack anew once the pack has changed', () => {
    writeFileSync(packFile, JSON.stringify(packWith('Oren Castellano')));
    writeFileSync(compiledFile, JSON.stringify(compilePackFile(packFile)));
    writeFileSync(packFile, JSON.stringify(packWith('Oren Vidal')));
    const { people } = compiledPack(packFile, compiledFile);
    expect(people[0]).toMatchObject({ surname: 'Vidal', nameKeys: ['oren vidal'], surnameKeys: ['vidal'] });
  });

  it('compiles the pack when there is no compiled file or it is not JSON', () => {
    writeFileSync(packFile, JSON.stringify(packWith('Oren Castellano')));
    expect(compiledPack(packFile, compiledFile).people[0]!.surname).toBe('Castellano');
    writeFileSync(compiledFile, '{ not json');
    expect(compiledPack(packFile, compiledFile).aliases.map(([phrase]) => phrase)).toContain('northport harbor master');
  });

  it('the build compiled the default pack exactly as compiling it now does', () => {
    if (!existsSync(DEFAULT_PACK_COMPILED)) throw new Error(`${DEFAULT_PACK_COMPILED} is missing: run the build first`);
    expect(compiledPack(DEFAULT_PACK, DEFAULT_PACK_COMPILED)).toEqual(compileKnowledge([{ file: DEFAULT_PACK, pack: readPack(DEFAULT_PACK) }]));
  });
});
