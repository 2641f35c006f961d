// The timeline editor: a custom text editor whose webview shows the Timeline section as entries.
// The document stays the one source of truth: the webview sends intents, the analysis worker
// turns them into edits of the current text, and every change flows back as a new view.
import * as vscode from 'vscode';
import {
  readWebviewMessage,
  timelineView,
  type HostMessage,
  type TimelineIntent,
  type TimelineViewModel,
  errorMessage,
} from '../../core';
import { SupersededError, type AnalysisService } from '../analysis/analysisService';
import { toWorkspaceEdit } from '../convert';
import { loadWebviewPage } from '../webviewPage';

export const TIMELINE_VIEW_TYPE = 'postmortem.timeline';

/** How often an intent is prepared again when the document changes while it is being prepared. */
const ATTEMPTS = 3;

/** An open timeline editor, as integration tests drive it. */
export interface TimelinePanel {
  readonly document: vscode.TextDocument;
  /** Handles a message as if the webview had sent it; resolves when its edit, if any, is applied. */
  receive(message: unknown): Promise<void>;
  /** What the panel was last sent. */
  readonly lastState: TimelineViewModel | undefined;
  readonly lastRefusal: string | undefined;
}

export class TimelineEditorProvider implements vscode.CustomTextEditorProvider {
  private readonly sessions = new Set<TimelineSession>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: AnalysisService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    loadWebviewPage(panel.webview, this.extensionUri, 'timeline', 'Timeline');
    const session = new TimelineSession(document, panel, this.service, this.log);
    this.sessions.add(session);
    panel.onDidDispose(() => {
      this.sessions.delete(session);
      session.dispose();
    });
  }

  panelsOf(uri: vscode.Uri): TimelinePanel[] {
    return [...this.sessions].filter((session) => session.document.uri.toString() === uri.toString());
  }
}

/** One webview panel on one document. */
class TimelineSession implements TimelinePanel {
  private readonly disposables: vscode.Disposable[] = [];
  /** Intents are applied one after another, in the order they came. */
  private queue: Promise<void> = Promise.resolve();
  private shownVersion = -1;
  lastState: TimelineViewModel | undefined;
  lastRefusal: string | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
    private readonly service: AnalysisService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) void this.showCurrent();
      }),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) void this.showCurrent(true);
      }),
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private post(message: HostMessage): void {
    if (message.type === 'state') this.lastState = message.view;
    else this.lastRefusal = message.reason;
    void this.panel.webview.postMessage(message);
  }

  /** Sends the view of the document's current version, unless it was sent already. */
  private async showCurrent(force = false): Promise<void> {
    const version = this.document.version;
    if (version === this.shownVersion && !force) return;
    try {
      const { analysis } = await this.service.analysisOf(this.document);
      if (this.document.version !== version || this.document.isClosed) return;
      this.shownVersion = version;
      this.post({ type: 'state', view: timelineView(analysis, version) });
    } catch (error) {
      if (!(error instanceof SupersededError)) this.log.error(`Timeline editor: ${errorMessage(error)}`);
    }
  }

  receive(raw: unknown): Promise<void> {
    const read = readWebviewMessage(raw);
    if ('invalid' in read) {
      this.log.warn(`Timeline editor: ignored a malformed message from the webview: ${read.invalid}`);
      return Promise.resolve();
    }
    const { message } = read;
    switch (message.type) {
      case 'ready':
        return this.showCurrent(true);
      case 'undo':
      case 'redo':
        return this.enqueue(async () => {
          this.panel.reveal(undefined, false);
          await vscode.commands.executeCommand(message.type);
        });
      case 'reveal':
        return this.reveal(message.id);
      default:
        return this.enqueue(() => this.apply(message));
    }
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) => this.log.error(`Timeline editor: ${errorMessage(error)}`));
    return this.queue;
  }

  /** Builds the intent's edits against the current text and applies them while that text is still current. */
  private async apply(intent: TimelineIntent): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const version = this.document.version;
      const result = await this.service.editsOf(this.document, { timeline: intent, now: Date.now() });
      if ('refused' in result) {
        this.post({ type: 'refused', reason: result.refused });
        await this.showCurrent(true);
        return;
      }
      if (this.document.version !== version) continue;
      if (result.edits.length === 0) return;
      if (await vscode.workspace.applyEdit(toWorkspaceEdit(this.document, result.edits))) return;
    }
    this.post({
      type: 'refused',
      reason: 'The document kept changing while the change was prepared; nothing was changed. Try again.',
    });
    await this.showCurrent(true);
  }

  private async reveal(id: string): Promise<void> {
    const { analysis } = await this.service.analysisOf(this.document);
    const row = timelineView(analysis, this.document.version).rows.find((candidate) => candidate.id === id);
    if (!row) return;
    const position = new vscode.Position(row.line, 0);
    await vscode.window.showTextDocument(this.document, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
    });
  }
}
