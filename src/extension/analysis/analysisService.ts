import * as vscode from 'vscode';
import type { CauseProfile } from '../../core';
import {
  fromMessage,
  type AnalysisResult,
  type AnalyzeRequest,
  type EditRequest,
  type EditResult,
  type RelatedRequest,
  type RelatedResult,
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
  private readonly pending = new Map<number, { resolve(result: never): void; reject(error: Error): void }>();
  /** The causes the worker's related index holds, to give a restarted worker again. */
  private readonly indexedCauses = new Map<string, CauseProfile>();
  private indexedWorkspace = false;
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
    const config = await this.configs.configFor(uri, !options.transient);
    const path = config
      ? relativePath(vscode.Uri.joinPath(config.uri, '..'), uri)
      : vscode.workspace.asRelativePath(uri, false);
    const extraDocumentGlobs = vscode.workspace
      .getConfiguration('postmortem')
      .get<string[]>('documentGlobs', [])
      .filter((glob) => typeof glob === 'string');
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    const result = await this.request<AnalysisResult>({
      uri: uri.toString(),
      text,
      path,
      configText: config?.text,
      extraDocumentGlobs,
      ...(workspaceFolder && { workspaceFolder }),
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

  /** Keeps a workspace postmortem's causes in the worker's related index, or takes them out. */
  indexCauses(key: string, profile: CauseProfile | undefined): void {
    if (profile) this.indexedCauses.set(key, profile);
    else if (!this.indexedCauses.delete(key)) return;
    this.post({ indexCauses: key, ...(profile && { profile }) });
  }

  /** The workspace index has read every file: the worker knows every postmortem from now on. */
  workspaceIndexed(): void {
    if (this.indexedWorkspace) return;
    this.indexedWorkspace = true;
    this.post({ workspaceIndexed: true });
  }

  /** Forgets the analysis of the document's current version, so that the next is made afresh. */
  forgetVersion(uri: vscode.Uri): void {
    this.versions.delete(uri.toString());
  }

  /** The indexed postmortems whose causes say what `profile`'s say, best first, found in the worker. */
  related(profile: CauseProfile, limit: number): Promise<RelatedResult> {
    return this.request({ related: profile, limit });
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

  private request<Result>(request: Omit<AnalyzeRequest, 'id'> | Omit<RelatedRequest, 'id'>): Promise<Result> {
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ id, ...request });
    });
  }

  private post(request: WorkerRequest): void {
    if (!this.worker) {
      if ('forget' in request || 'indexCauses' in request || 'workspaceIndexed' in request) return;
      this.worker = this.startWorker();
      // A new worker (the last one broke) knows no causes yet.
      for (const [key, profile] of this.indexedCauses) this.worker.post({ indexCauses: key, profile });
      if (this.indexedWorkspace) this.worker.post({ workspaceIndexed: true });
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
        else waiting.resolve(response as never);
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
