import path from 'node:path';
import { ConfigLoader } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/validate.js';
import { builtinRules } from '../../rules/index.js';
import { tempProject } from '../helpers/cli.js';

function loaderIn(files: Record<string, string>) {
  const dir = tempProject(files);
  return { dir, loader: new ConfigLoader(builtinRules) };
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('.lintrc.json', () => {
  it('defaults to newslint:recommended without a config file', () => {
    const { dir, loader } = loaderIn({ 'a.txt': '' });
    const config = loader.resolve(path.join(dir, 'a.txt'));
    expect(config.file).toBeUndefined();
    expect(config.rules.get('scrape-debris')).toEqual({ severity: 'warn', options: {} });
  });

  it('uses the nearest config walking up and applies rules over the preset', () => {
    const { dir, loader } = loaderIn({
      '.lintrc.json': JSON.stringify({ rules: { 'scrape-debris': 'error' } }),
      'desk/.lintrc.json': JSON.stringify({ extends: ['newslint:recommended'], rules: { 'scrape-debris': 'off' } }),
      'desk/story.txt': '',
      'other/story.txt': '',
    });
    expect(loader.resolve(path.join(dir, 'desk/story.txt')).rules.get('scrape-debris')?.severity).toBe('off');
    expect(loader.resolve(path.join(dir, 'other/story.txt')).rules.get('scrape-debris')?.severity).toBe('error');
  });

  it('applies overrides by glob relative to the config file', () => {
    const { dir, loader } = loaderIn({
      '.lintrc.json': JSON.stringify({ overrides: [{ files: ['opinion/**'], rules: { 'date-weekday-mismatch': 'warn' } }] }),
    });
    expect(loader.resolve(path.join(dir, 'opinion/col.md')).rules.get('date-weekday-mismatch')?.severity).toBe('warn');
    expect(loader.resolve(path.join(dir, 'news/story.md')).rules.get('date-weekday-mismatch')?.severity).toBe('error');
  });

  it('extends relative config files and detects cycles', () => {
    const { dir, loader } = loaderIn({
      'base.json': JSON.stringify({ rules: { 'scrape-debris': 'info' } }),
      '.lintrc.json': JSON.stringify({ extends: ['./base.json'] }),
      'loop/.lintrc.json': JSON.stringify({ extends: ['./other.json'] }),
      'loop/other.json': JSON.stringify({ extends: ['./.lintrc.json'] }),
    });
    expect(loader.resolve(path.join(dir, 'x.txt')).rules.get('scrape-debris')?.severity).toBe('info');
    expect(configError(() => loader.resolve(path.join(dir, 'loop/x.txt'))).detail).toMatch(/^extends: circular reference/);
  });

  it('newslint:all switches on rules that recommended leaves off', () => {
    const { dir, loader } = loaderIn({ '.lintrc.json': JSON.stringify({ extends: 'newslint:all' }) });
    const rules = loader.resolve(path.join(dir, 'x.txt')).rules;
    expect([...rules.keys()].sort()).toEqual(builtinRules.map((rule) => rule.meta.id).sort());
  });

  it.each([
    ['{ "rules": { "scrape-debris": "warning" } }', 'rules["scrape-debris"]: invalid severity "warning" (expected "off", "info", "warn" or "error")'],
    ['{ "rules": { "scrape-debri": "warn" } }', 'rules: unknown rule "scrape-debri" (did you mean "scrape-debris"?)'],
    ['{ "rulez": {} }', 'unknown key "rulez" (did you mean "rules"?)'],
    ['{ "rules": { "scrape-debris": ["warn", { "depth": 2 }] } }', 'rules["scrape-debris"][1]: unknown option "depth" (this rule takes no options)'],
    ['{ "extends": ["newslint:strict"] }', 'extends: unknown preset "newslint:strict" (expected "newslint:recommended" or "newslint:all")'],
    ['{ "overrides": [{ "rules": {} }] }', 'overrides[0].files: expected an array of strings, got undefined'],
    ['[]', 'expected a JSON object at the top level, got an array'],
  ])('rejects %s', (json, detail) => {
    const { dir, loader } = loaderIn({ '.lintrc.json': json });
    const error = configError(() => loader.resolve(path.join(dir, 'x.txt')));
    expect(error.file).toBe(path.join(dir, '.lintrc.json'));
    expect(error.detail).toBe(detail);
  });

  it('names the line and column of invalid JSON', () => {
    const { dir, loader } = loaderIn({ '.lintrc.json': '{\n  "rules": {\n    "scrape-debris": "warn",\n  }\n}' });
    const error = configError(() => loader.resolve(path.join(dir, 'x.txt')));
    expect(error.file).toBe(`${path.join(dir, '.lintrc.json')}:4:3`);
    expect(error.detail).toMatch(/^invalid JSON: /);
  });
});
