import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule, Rule, RuleMeta } from '../types.js';

/** A plugin that cannot be used; the message names the plugin as the config file wrote it. */
export class PluginError extends Error {}

/** A loaded plugin: how a config named it, the module file, and its rules. */
export interface Plugin {
  name: string;
  file: string;
  rules: Rule[];
}

/** Plugin rule ids carry a namespace ("my-desk/no-weasel"), so they can never collide with a built-in rule. */
const NAMESPACED_ID = /^[^\s/]+(?:\/[^\s/]+)*\/[^\s/]+$/;

function firstLine(error: unknown): string {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return message.split('\n')[0]!;
}

/** The module file of a plugin: a path relative to the config's folder, or a package installed where the config is. */
export function resolvePlugin(name: string, configDir: string): string {
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const file = path.resolve(configDir, name);
    if (!existsSync(file)) throw new PluginError(`plugin "${name}" not found (no file ${file})`);
    return file;
  }
  try {
    return createRequire(path.join(configDir, '.lintrc.json')).resolve(name);
  } catch {
    throw new PluginError(`plugin "${name}" not found (no such package installed from ${configDir})`);
  }
}

function checkRule(name: string, rule: unknown): Rule {
  const candidate = rule as Partial<Rule> | null;
  const id = candidate?.meta?.id;
  if (typeof id !== 'string' || typeof candidate?.check !== 'function') {
    throw new PluginError(`plugin "${name}": every rule needs meta.id and a check(context) function`);
  }
  if (!NAMESPACED_ID.test(id)) throw new PluginError(`plugin "${name}": rule id "${id}" must be namespaced, like "${path.basename(name).replace(/\.[cm]?js$/, '')}/${id}"`);
  const meta: RuleMeta = {
    description: '',
    category: 'core',
    severity: 'warn',
    fixable: false,
    docs: '',
    ...candidate.meta,
    id,
    // Presets hold built-in rules only: a plugin rule runs where a config turns it on.
    recommended: false,
  };
  if (!['error', 'warn', 'info'].includes(meta.severity)) throw new PluginError(`plugin "${name}": rule "${id}" has an invalid severity "${meta.severity}"`);
  return { meta, check: candidate.check.bind(candidate) };
}

export type ModuleImporter = (url: string) => Promise<unknown>;

let importModule: ModuleImporter = (url) => import(url);

/** Replaces the dynamic import used for plugins (see src/cli.ts). */
export function useModuleImporter(importer: ModuleImporter): void {
  importModule = importer;
}

const imported = new Map<string, Promise<Rule[]>>();

/** Imports a plugin module once per process and checks that it exports `{ rules: Rule[] }` (named or default). */
export function importPlugin(name: string, file: string): Promise<Rule[]> {
  let rules = imported.get(file);
  if (!rules) {
    rules = importModule(pathToFileURL(file).href).then(
      (loaded) => {
        const module = loaded as { rules?: unknown; default?: { rules?: unknown } };
        const list = module.rules ?? module.default?.rules;
        if (!Array.isArray(list)) throw new PluginError(`plugin "${name}" does not export { rules: [...] }`);
        return list.map((rule) => checkRule(name, rule));
      },
      (error: unknown) => {
        throw new PluginError(`plugin "${name}" failed to load: ${firstLine(error)}`);
      },
    );
    imported.set(file, rules);
  }
  return rules;
}

/** A plugin as the main thread loaded it, for a worker thread to load the same way. */
export interface PluginRef {
  name: string;
  file: string;
}

let workerRegistry: { key: string; rules: Promise<readonly Rule[]> } | undefined;

/**
 * The rules a worker thread lints with: the built-in ones and those of `plugins`, which the main thread has already
 * loaded and checked. Kept while the plugin list stays the same.
 */
export function registryWith(builtin: readonly Rule[], plugins: readonly PluginRef[]): Promise<readonly Rule[]> {
  const key = plugins.map((plugin) => plugin.file).join('\n');
  if (workerRegistry?.key !== key) {
    const loading = Promise.all(plugins.map((plugin) => importPlugin(plugin.name, plugin.file)));
    workerRegistry = { key, rules: loading.then((lists) => [...builtin, ...lists.flat()]) };
  }
  return workerRegistry.rules;
}

/** Adds plugin rules to a registry, refusing an id that another rule already has. */
export function registerPlugin(registry: Map<string, { rule: AnyRule; owner: string }>, plugin: Plugin): void {
  for (const rule of plugin.rules) {
    const existing = registry.get(rule.meta.id);
    if (existing && existing.rule !== rule) {
      throw new PluginError(`plugin "${plugin.name}": rule "${rule.meta.id}" is already defined by ${existing.owner}`);
    }
    registry.set(rule.meta.id, { rule, owner: `plugin "${plugin.name}"` });
  }
}
