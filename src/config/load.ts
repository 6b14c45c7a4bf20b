import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { AnyRule, Rule, SeverityName, SharedSettings } from '../types.js';
import { ruleDefaults, type Preset, type RuleSettings } from '../engine/rule-settings.js';
import { ConfigError, validateConfig, type ConfigData, type RuleEntry } from './validate.js';
import { importPlugin, PluginError, registerPlugin, resolvePlugin, type Plugin, type PluginRef } from './plugins.js';

export const CONFIG_FILE_NAME = '.lintrc.json';
/** Where `newslint archive index` writes by default; used without configuration when it exists. */
export const DEFAULT_ARCHIVE = path.join('.newslint', 'archive.db');
const PRESETS: Record<string, Preset> = { 'newslint:recommended': 'recommended', 'newslint:all': 'all' };

type Layer =
  | { kind: 'preset'; preset: Preset }
  | { kind: 'rules'; rules: Record<string, RuleEntry> }
  | { kind: 'override'; dir: string; files: string[]; excludedFiles: string[]; rules: Record<string, RuleEntry> };

/** A config file with its `extends` chain flattened into layers applied in order. */
export interface LoadedConfig {
  file: string;
  dir: string;
  layers: Layer[];
  ignorePatterns: { dir: string; patterns: string[] }[];
  settings: SharedSettings;
  stories: { dir: string; patterns: string[] }[];
  maxFileSize?: number;
}

/** The effective configuration for one file. */
export interface FileConfig {
  rules: RuleSettings;
  settings: SharedSettings;
  /** The config file it came from, if any. */
  file?: string;
}

function jsonErrorPosition(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `:${line}:${column}`;
}

/** Reads one JSON config file without checking its shape, throwing a ConfigError that names it. */
function readConfigJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(`${file}${jsonErrorPosition(text, message)}`, `invalid JSON: ${message}`);
  }
  return data;
}

/** Reads and validates one JSON config file, throwing a ConfigError that names it. */
export function readConfigFile(file: string, registry: readonly AnyRule[]): ConfigData {
  return validateConfig(file, readConfigJson(file), registry);
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function toEntry(entry: RuleEntry): { severity: SeverityName; options?: Record<string, unknown> } {
  if (Array.isArray(entry)) return { severity: entry[0], options: entry[1] };
  return { severity: entry };
}

function applyRules(settings: RuleSettings, rules: Record<string, RuleEntry>): void {
  for (const [id, raw] of Object.entries(rules)) {
    const entry = toEntry(raw);
    const previous = settings.get(id);
    settings.set(id, { severity: entry.severity, options: entry.options ?? previous?.options ?? {} });
  }
}

/** The archive an index run left in `dir` (.newslint/archive.db), if there is one, as shared settings. */
function implicitSettings(dir: string): SharedSettings {
  const db = path.join(dir, DEFAULT_ARCHIVE);
  return existsSync(db) ? { archive: { db } } : {};
}

export class ConfigLoader {
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly nearest = new Map<string, string | null>();
  /** Config files whose plugins are loaded, with those plugins. */
  private readonly prepared = new Map<string, Plugin[]>();
  private readonly ruleIds = new Map<string, { rule: AnyRule; owner: string }>();
  private registry: readonly AnyRule[];
  /** Shared settings for files no config file governs. */
  private unconfigured?: SharedSettings;

  constructor(
    /** The built-in rules (of both kinds); presets are made of these. */
    private readonly builtin: readonly AnyRule[],
    /** A config file given with -c; when set, no other config file is searched. */
    private readonly explicitFile?: string,
  ) {
    this.registry = builtin;
    for (const rule of builtin) this.ruleIds.set(rule.meta.id, { rule, owner: 'a built-in rule' });
  }

  /** Every rule a config may name: the built-in ones, then those of the plugins loaded so far. */
  get rules(): readonly AnyRule[] {
    return this.registry;
  }

  /** The rules that read one article (the registry `lint()` takes): built-in and plugin ones, no story rules. */
  get articleRules(): readonly Rule[] {
    return this.registry.filter((rule): rule is Rule => rule.meta.scope !== 'story');
  }

  /** The plugins loaded so far, each once, in load order (a worker thread loads the same ones). */
  get plugins(): PluginRef[] {
    const byFile = new Map<string, PluginRef>();
    for (const { name, file } of [...this.prepared.values()].flat()) if (!byFile.has(file)) byFile.set(file, { name, file });
    return [...byFile.values()];
  }

  /**
   * Loads the plugins of the config that governs `dir` and of everything it extends. Plugins are ES modules, so this
   * is asynchronous; it must run before `resolve` or `configFor` reads that config, which then stays synchronous.
   */
  async prepare(dir: string): Promise<void> {
    const file = this.explicitFile ?? this.findNearest(path.resolve(dir));
    if (file) await this.preparePlugins(path.resolve(file), []);
  }

  private async preparePlugins(file: string, chain: string[]): Promise<void> {
    if (this.prepared.has(file) || chain.includes(file) || !existsSync(file)) return;
    const data = readConfigJson(file) as { extends?: unknown; plugins?: unknown } | null;
    const dir = path.dirname(file);
    for (const parent of stringList(data?.extends)) {
      if (!parent.startsWith('newslint:')) await this.preparePlugins(path.resolve(dir, parent), [...chain, file]);
    }
    const plugins: Plugin[] = [];
    try {
      for (const name of stringList(data?.plugins)) {
        const pluginFile = resolvePlugin(name, dir);
        const plugin = { name, file: pluginFile, rules: await importPlugin(name, pluginFile) };
        registerPlugin(this.ruleIds, plugin);
        plugins.push(plugin);
      }
    } catch (error) {
      if (error instanceof PluginError) throw new ConfigError(file, error.message);
      throw error;
    }
    this.prepared.set(file, plugins);
    this.registry = [...this.builtin, ...[...this.ruleIds.values()].map(({ rule }) => rule).filter((rule) => !this.builtin.includes(rule))];
  }

  /** Loads a config file and everything it extends. */
  load(file: string, chain: string[] = []): LoadedConfig {
    const absolute = path.resolve(file);
    const cached = this.loaded.get(absolute);
    if (cached) return cached;
    if (chain.includes(absolute)) {
      throw new ConfigError(absolute, `extends: circular reference (${[...chain, absolute].map((f) => path.basename(f)).join(' -> ')})`);
    }
    if (!existsSync(absolute)) throw new ConfigError(absolute, 'config file not found');
    const data = readConfigFile(absolute, this.registry);
    if (data.plugins?.length && !this.prepared.has(absolute)) {
      throw new ConfigError(absolute, 'plugins: not loaded yet (ConfigLoader.prepare must run for this folder first)');
    }
    const dir = path.dirname(absolute);
    const config: LoadedConfig = { file: absolute, dir, layers: [], ignorePatterns: [], settings: {}, stories: [] };
    const knowledge: string[] = [];
    for (const parent of data.extends ?? []) {
      const preset = PRESETS[parent];
      if (preset) {
        config.layers.push({ kind: 'preset', preset });
        continue;
      }
      if (parent.startsWith('newslint:')) {
        throw new ConfigError(absolute, `extends: unknown preset "${parent}" (expected ${Object.keys(PRESETS).map((p) => `"${p}"`).join(' or ')})`);
      }
      const base = this.load(path.resolve(dir, parent), [...chain, absolute]);
      config.layers.push(...base.layers);
      config.ignorePatterns.push(...base.ignorePatterns);
      config.stories.push(...base.stories);
      knowledge.push(...(base.settings.knowledge ?? []));
      if (base.settings.archive) config.settings.archive = base.settings.archive;
      if (base.maxFileSize !== undefined) config.maxFileSize = base.maxFileSize;
    }
    if (data.rules) config.layers.push({ kind: 'rules', rules: data.rules });
    for (const override of data.overrides ?? []) {
      config.layers.push({ kind: 'override', dir, files: override.files, excludedFiles: override.excludedFiles ?? [], rules: override.rules });
    }
    if (data.ignorePatterns) config.ignorePatterns.push({ dir, patterns: data.ignorePatterns });
    for (const group of data.stories ?? []) config.stories.push({ dir, patterns: group });
    knowledge.push(...(data.knowledge ?? []).map((pack) => path.resolve(dir, pack)));
    if (knowledge.length) config.settings.knowledge = knowledge;
    if (data.archive?.db) config.settings.archive = { db: path.resolve(dir, data.archive.db) };
    if (!config.settings.archive) Object.assign(config.settings, implicitSettings(dir));
    if (data.maxFileSize !== undefined) config.maxFileSize = data.maxFileSize;
    this.loaded.set(absolute, config);
    return config;
  }

  /** Every config file read so far, `extends` included. */
  loadedFiles(): string[] {
    return [...this.loaded.keys()];
  }

  /** The config that governs files in `dir`: the -c file, or the nearest .lintrc.json walking up. */
  configFor(dir: string): LoadedConfig | undefined {
    if (this.explicitFile) return this.load(this.explicitFile);
    const found = this.findNearest(path.resolve(dir));
    return found ? this.load(found) : undefined;
  }

  private findNearest(dir: string): string | null {
    const cached = this.nearest.get(dir);
    if (cached !== undefined) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const parent = path.dirname(dir);
    const found = existsSync(candidate) ? candidate : parent === dir ? null : this.findNearest(parent);
    this.nearest.set(dir, found);
    return found;
  }

  /** Rule settings and shared settings for one file. */
  resolve(filePath: string): FileConfig {
    const absolute = path.resolve(filePath);
    const config = this.configFor(path.dirname(absolute));
    if (!config) {
      this.unconfigured ??= implicitSettings(process.cwd());
      return { rules: ruleDefaults(this.builtin, 'recommended'), settings: this.unconfigured };
    }
    return { rules: settingsFor(config, absolute, this.builtin), settings: config.settings, file: config.file };
  }
}

/**
 * Applies a loaded config's layers for one file. With no preset in the chain, newslint:recommended is the base.
 * `builtin` are the rules presets are made of.
 */
export function settingsFor(config: LoadedConfig, absoluteFile: string, builtin: readonly AnyRule[]): RuleSettings {
  const hasPreset = config.layers.some((layer) => layer.kind === 'preset');
  const settings: RuleSettings = hasPreset ? new Map() : ruleDefaults(builtin, 'recommended');
  for (const layer of config.layers) {
    if (layer.kind === 'preset') {
      for (const [id, setting] of ruleDefaults(builtin, layer.preset)) settings.set(id, setting);
    } else if (layer.kind === 'rules') {
      applyRules(settings, layer.rules);
    } else {
      const relative = path.relative(layer.dir, absoluteFile).split(path.sep).join('/');
      const options = { dot: true, matchBase: false };
      const included = picomatch(layer.files, options)(relative);
      const excluded = layer.excludedFiles.length > 0 && picomatch(layer.excludedFiles, options)(relative);
      if (included && !excluded) applyRules(settings, layer.rules);
    }
  }
  return settings;
}
