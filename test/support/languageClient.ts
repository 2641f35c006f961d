// A language client for tests and benchmarks: starts `node dist/cli.js lsp` and speaks JSON-RPC
// with it over its stdin and stdout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type FileEvent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowDocumentParams,
} from 'vscode-languageserver-protocol/node';
import { projectRoot } from './vscodeHost';

/** A small postmortem with an action item without owner and hindsight in its root cause. */
export const OUTAGE_POSTMORTEM = `---
title: Checkout outage
date: 2025-01-05
timezone: UTC
---
# Checkout outage

## Summary

The deploy of the checkout service went out with a smaller pool.

## Impact

Checkout failed for 30 minutes.

## Timeline

- 14:00 Deploy started [started]
- 14:10 Alerts fired [detected]
- 14:30 Rolled back [resolved]

## Root Cause

The pool size should have been checked before the deploy.

## Action Items

- [ ] Add a pool-size check to the deploy pipeline, due 2099-01-01
`;

export const fileUri = (path: string): string => pathToFileURL(path).toString();

/** The server started for a workspace folder, with the diagnostics it has published. */
export class LanguageClient {
  readonly connection: ProtocolConnection;
  readonly registrations: Registration[] = [];
  /** The documents the server asked the editor to show. */
  readonly shownDocuments: ShowDocumentParams[] = [];
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  /** What the server wrote to its standard error. */
  stderr = '';

  private constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(
      RegistrationRequest.type,
      ({ registrations }) => void this.registrations.push(...registrations),
    );
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.listen();
  }

  static async start(folder: string, initializationOptions?: unknown): Promise<LanguageClient> {
    const server = spawn(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: 'pipe' });
    const client = new LanguageClient(server);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: 'workspace' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { showDocument: { support: true } },
      },
      initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(path: string, text: string): Promise<string> {
    const uri = fileUri(path);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: path.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text },
    });
    return uri;
  }

  async replaceText(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async changeSettings(settings: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { postmortem: settings },
    });
  }

  async filesChanged(uris: readonly string[], type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: uris.map((uri): FileEvent => ({ uri, type })),
    });
  }

  /** How many diagnostics notifications have come so far: pass it to `diagnostics` to wait for later ones. */
  get mark(): number {
    return this.published.length;
  }

  /** The first diagnostics published for the document after `since` notifications that satisfy `accept`. */
  async diagnostics(
    uri: string,
    since: number,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 15_000,
  ): Promise<PublishDiagnosticsParams> {
    const from = since;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(from).find((params) => params.uri === uri && accept(params));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no matching diagnostics for ${uri} within ${timeoutMs} ms; ` +
            `last: ${JSON.stringify(this.published.filter((params) => params.uri === uri).at(-1))}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.server.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
