import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, type ArticleFormat } from '../article/parse.js';
import { ARTICLE_NAME } from '../cli/find-files.js';
import { ConfigError } from '../config/validate.js';
import { INTERNAL_ERROR } from '../engine/lint.js';
import type { Diagnostic, Severity } from '../types.js';
import { version } from '../version.js';
import { allRules } from '../../rules/index.js';
import { LintTimeoutError, WorkerPool } from '../worker/worker-pool.js';
import { codeActions, FIX_ALL_KIND, type LintedDocument } from './code-actions.js';
import { ConfigCache } from './config-cache.js';
import { docsLinks, toLspDiagnostic } from './diagnostics.js';
import type { LintOutcome, LintTask } from './lint-document.js';
import { DocumentPositions } from './positions.js';
import { Scheduler } from './scheduler.js';

const HELP = `Usage: newslint lsp --stdio

Runs the newslint language server on standard input and output (LSP 3.17). Editors start it to show
newslint's diagnostics and quick fixes in plain-text and Markdown documents.
`;

/** Typing pauses shorter than this do not trigger a lint. */
const CHANGE_DELAY_MS = 250;
const LINT_TIMEOUT_MS = 20_000;
/** Two documents lint side by side; the threads outlive a pause in typing. */
const MAX_THREADS = Math.max(2, Math.min(4, availableParallelism() - 1));
const IDLE_TIMEOUT_MS = 60_000;
const LANGUAGES = new Set(['plaintext', 'text', 'markdown']);
const CONFIG_ERROR = 'config-error';

export function languageServerCommand(argv: string[]): Promise<number> | number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!argv.includes('--stdio')) {
    process.stderr.write('newslint: the language server speaks over standard input and output only: run "newslint lsp --stdio"\n');
    return 2;
  }
  startServer();
  // The connection ends the process when the client sends "exit" or closes the stream.
  return new Promise<number>(() => {});
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure shown on the document's first character, so one broken document never goes silently unlinted. */
function problemDiagnostic(error: unknown): Diagnostic {
  const [ruleId, severity, message]: [string, Severity, string] =
    error instanceof ConfigError
      ? [CONFIG_ERROR, 'error', `newslint cannot use its configuration: ${error.message}`]
      : error instanceof LintTimeoutError
        ? [INTERNAL_ERROR, 'warn', `newslint gave up on this document: ${error.message}`]
        : [INTERNAL_ERROR, 'error', `newslint failed on this document: ${describe(error)}`];
  return { ruleId, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigCache(allRules);
  const docs = docsLinks(allRules);
  // Lints in worker threads: the server keeps answering while an article is linted, and an article that takes longer
  // than LINT_TIMEOUT_MS has its worker stopped instead of stalling everything.
  const pool = new WorkerPool({ minThreads: 1, maxThreads: MAX_THREADS, timeoutMs: LINT_TIMEOUT_MS, idleTimeout: IDLE_TIMEOUT_MS });
  /** The last published lint of each open document; code actions only act on it while its version is current. */
  const linted = new Map<string, LintedDocument>();
  let roots: string[] = [];
  let documentChanges = false;
  let watchFiles = false;

  const log = (message: string) => connection.console.error(`newslint: ${message}`);
  process.on('uncaughtException', (error) => log(`internal error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`internal error: ${describe(reason)}`));

  const isArticle = (document: TextDocument) => LANGUAGES.has(document.languageId) || ARTICLE_NAME.test(document.uri);
  const formatFor = (document: TextDocument, filePath: string | undefined): ArticleFormat =>
    document.languageId === 'markdown' ? 'markdown' : LANGUAGES.has(document.languageId) ? 'text' : formatOf(filePath);
  const rootOf = (filePath: string) =>
    roots.filter((root) => !path.relative(root, filePath).startsWith('..')).sort((a, b) => b.length - a.length)[0];

  /** The paths of the open documents that are files. */
  const openFiles = () => documents.keys().filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));

  /** The other articles of the file's story ("stories" in .lintrc.json): open ones as edited, the rest from disk. */
  function storyTask(filePath: string): LintTask['story'] {
    const members = configs.storyMembers(filePath, openFiles());
    if (members.length < 2) return undefined;
    const others = members
      .filter((member) => member !== filePath)
      .map((member) => {
        const open = documents.get(pathToFileURL(member).href);
        const maxFileSize = configs.maxFileSize(member);
        return { filePath: member, text: open?.getText(), format: formatOf(member), rules: configs.resolve(member).rules, maxFileSize };
      });
    return { position: members.indexOf(filePath), others };
  }

  /** Re-lints the other open articles of the file's story, whose cross-article findings may have changed. */
  function relintStoryOf(uri: string, delay: number): void {
    if (!uri.startsWith('file:')) return;
    const filePath = fileURLToPath(uri);
    let members: string[];
    try {
      members = configs.storyMembers(filePath, openFiles());
    } catch {
      return;
    }
    for (const member of members) {
      const other = pathToFileURL(member).href;
      if (other !== uri && documents.get(other)) scheduler.request(other, delay);
    }
  }

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document || !isArticle(document)) return;
    const { version: documentVersion } = document;
    const text = document.getText();
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    let outcome: LintOutcome;
    try {
      const root = filePath ? rootOf(filePath) : undefined;
      const configPath = filePath ?? path.join(roots[0] ?? process.cwd(), 'untitled.txt');
      await configs.prepare([...(root ? [root] : []), path.dirname(configPath)]);
      if (filePath && root && configs.ignored(filePath, root)) outcome = { diagnostics: [], internalError: false };
      else {
        const config = configs.resolve(configPath);
        const story = filePath ? storyTask(filePath) : undefined;
        const task = { text, filePath, format: formatFor(document, filePath), rules: config.rules, settings: config.settings, plugins: configs.plugins, story };
        outcome = await pool.run('lintDocument', task);
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) log(`${uri}: ${describe(error)}`);
      outcome = { diagnostics: [problemDiagnostic(error)], internalError: true };
    }
    // Edited or closed meanwhile: these results are stale and a newer run is already scheduled.
    if (documents.get(uri)?.version !== documentVersion) return;
    linted.set(uri, { uri, version: documentVersion, text, diagnostics: outcome.diagnostics, frontMatterEnd: outcome.frontMatterEnd });
    const positions = new DocumentPositions(text);
    await connection.sendDiagnostics({
      uri,
      version: documentVersion,
      diagnostics: outcome.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, positions, uri, docs)),
    });
  }

  const scheduler = new Scheduler(lintDocument, (uri, error) => log(`${uri}: ${describe(error)}`));

  connection.onInitialize((params: InitializeParams) => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'newslint', version: version() },
    };
  });

  connection.onInitialized(() => {
    if (!watchFiles) return;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.lintrc.json' }, { globPattern: '**/.lintignore' }] })
      .catch((error: unknown) => log(`cannot watch configuration files: ${describe(error)}`));
  });

  connection.onDidChangeWatchedFiles(() => {
    configs.invalidate();
    for (const document of documents.all()) scheduler.request(document.uri, 0);
  });

  documents.onDidOpen(({ document }) => scheduler.request(document.uri, 0));
  documents.onDidChangeContent(({ document }) => {
    scheduler.request(document.uri, CHANGE_DELAY_MS);
    relintStoryOf(document.uri, CHANGE_DELAY_MS);
  });
  documents.onDidSave(({ document }) => scheduler.request(document.uri, 0));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const last = linted.get(textDocument.uri);
    if (!last || documents.get(textDocument.uri)?.version !== last.version) return [];
    return codeActions(last, range, { only: context.only, docs, documentChanges });
  });

  connection.onShutdown(() => pool.destroy());

  documents.listen(connection);
  connection.listen();
}
