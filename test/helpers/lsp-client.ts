import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams, Registration } from 'vscode-languageserver-protocol';
import { BIN } from './cli.js';

/** Drives `newslint lsp --stdio` (the built bin) over JSON-RPC, the way an editor does. */
export class LspClient {
  readonly registrations: Registration[] = [];
  readonly stderr: string[] = [];
  private readonly queues = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const waiter = this.waiting.get(params.uri);
      if (waiter) {
        this.waiting.delete(params.uri);
        waiter(params);
      } else this.queues.set(params.uri, [...(this.queues.get(params.uri) ?? []), params]);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onNotification('window/logMessage', () => {});
    connection.listen();
  }

  static start(cwd: string): LspClient {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspClient(child, connection);
  }

  /** The next diagnostics published for `uri`, in the order the server sent them. */
  diagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const queued = this.queues.get(uri)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.set(uri, resolve));
  }

  /** Sends shutdown and exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
