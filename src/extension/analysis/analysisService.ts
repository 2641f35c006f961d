import * as vscode from 'vscode';
import {
  fromMessage,
  type AnalysisResult,
  type AnalyzeRequest,
  type EditRequest,
  type EditResult,
  type WorkerRequest,
} from './protocol';
import type { AnalysisChannel, StartChannel } from './channel';
import { ConfigLocator } from './configLocator';
import { onHostThread } from '../hostTime';

/** The analysis was not made because a newer version of the document was asked for. */
export class SupersededError extends Error {
  constructor() {
    super('a newer version of the document was analyzed instead');
  }
}

export interface DocumentAnalysis extends AnalysisResult {
  readonly configUri: vscode.Uri | undefined;
}

/**
 * Parses and lints postmortems in a worker thread, once per document version, and shares the
 * result between diagnostics, code actions, hovers and views. The worker starts on first use.
 */
export class AnalysisService implements vscode.Disposable {
  private worker: AnalysisChannel | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: AnalysisResult): void; reject(error: Error): void }>();
  private readonly versions = new Map<string, { version: number; result: Promise<DocumentAnalysis> }>();
  readonly configs = new ConfigLocator();

  constructor(
    private readonly startChannel: StartChannel,
    private readonly log?: vscode.LogOutputChannel,
  ) {}

  /** The analysis of the document's current version. */
  analysisOf(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    const key = document.uri.toString();
    const known = this.versions.get(key);
    if (known && known.version === document.version) return known.result;
    const result = this.analyzeText(
      document.uri,
      onHostThread(() => document.getText()),
    );
    this.versions.set(key, { version: document.version, result });
    result.catch(() => this.versions.delete(key));
    return result;
  }

  /** The analysis of a text that is not (or not only) an open document's, such as a file on disk. */
  async analyzeText(
    uri: vscode.Uri,
    text: string,
    options: Pick<AnalyzeRequest, 'transient' | 'edit'> = {},
  ): Promise<DocumentAnalysis> {
    const config = await this.configs.configFor(uri);
    const path = config
      ? relativePath(vscode.Uri.joinPath(config.uri, '..'), uri)
      : vscode.workspace.asRelativePath(uri, false);
    const extraDocumentGlobs = vscode.workspace
      .getConfiguration('postmortem')
      .get<string[]>('documentGlobs', [])
      .filter((glob) => typeof glob === 'string');
    const result = await this.send({
      uri: uri.toString(),
      text,
      path,
      configText: config?.text,
      extraDocumentGlobs,
      ...options,
    });
    return { ...result, configUri: config?.uri };
  }

  /** The edits the core builds for the document's current text, or why it refused. */
  async editsOf(document: vscode.TextDocument, request: EditRequest): Promise<EditResult> {
    const { edit } = await this.analyzeText(
      document.uri,
      onHostThread(() => document.getText()),
      { edit: request },
    );
    if (!edit) throw new Error('the analysis worker built no edit');
    return edit;
  }

  /** Forgets cached results, after a configuration change. */
  invalidate(): void {
    this.versions.clear();
    this.configs.invalidate();
  }

  forget(uri: vscode.Uri): void {
    this.versions.delete(uri.toString());
    this.post({ forget: uri.toString() });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('the analysis service stopped'));
    this.pending.clear();
  }

  private send(request: Omit<AnalyzeRequest, 'id'>): Promise<AnalysisResult> {
    const id = this.nextId++;
    return new Promise<AnalysisResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ id, ...request });
    });
  }

  private post(request: WorkerRequest): void {
    if (!this.worker) {
      if ('forget' in request) return;
      this.worker = this.startWorker();
    }
    this.worker.post(request);
  }

  private startWorker(): AnalysisChannel {
    return this.startChannel({
      message: (message) => {
        const response = onHostThread(() => fromMessage(message));
        const waiting = this.pending.get(response.id);
        if (!waiting) return;
        this.pending.delete(response.id);
        if ('error' in response) waiting.reject(new Error(response.error));
        else if ('superseded' in response) waiting.reject(new SupersededError());
        else waiting.resolve(response);
      },
      note: (message) => this.log?.info(message),
      error: (error) => {
        for (const { reject } of this.pending.values()) reject(error);
        this.pending.clear();
        this.worker = undefined;
      },
    });
  }
}

function relativePath(folder: vscode.Uri, file: vscode.Uri): string {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return file.path.startsWith(base) ? file.path.slice(base.length) : file.path;
}
