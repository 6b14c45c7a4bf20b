/** A subcommand runs with the arguments after its name and returns the exit code. */
export type Subcommand = (argv: string[]) => Promise<number> | number;

/**
 * Subcommands, each loaded only when used so the plain lint path never pays for them.
 * The first argument selects one; anything else is a normal lint run.
 */
export const subcommands: Record<string, () => Promise<Subcommand>> = {
  'install-hook': async () => (await import('./hook-commands.js')).installHookCommand,
  'uninstall-hook': async () => (await import('./hook-commands.js')).uninstallHookCommand,
  lsp: async () => (await import('../lsp/server.js')).languageServerCommand,
  knowledge: async () => (await import('./knowledge-command.js')).knowledgeCommand,
  archive: async () => (await import('./archive-command.js')).archiveCommand,
};
