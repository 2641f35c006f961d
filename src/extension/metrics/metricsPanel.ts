// Show Metrics: one webview panel with the numbers of the workspace's postmortems, computed by the
// core's `workspaceMetrics` from the workspace index (no file is parsed again), and computed again
// when the index changes or the page asks.
import * as vscode from 'vscode';
import {
  readMetricsMessage,
  today,
  workspaceMetrics,
  type MetricsHostMessage,
  type WorkspaceMetrics,
  errorMessage,
} from '../../core';
import type { ViewsApi } from '../views/index';
import { loadWebviewPage } from '../webviewPage';

const METRICS_VIEW_TYPE = 'postmortem.metrics';
const SHOW_METRICS_COMMAND = 'postmortem.showMetrics';

let openPanel: MetricsPanel | undefined;
let lastShown: WorkspaceMetrics | undefined;

/** The numbers the panel was last sent, for integration tests. */
export function lastShownMetrics(): WorkspaceMetrics | undefined {
  return lastShown;
}

/** Opens the metrics panel, or reveals it and computes its numbers again. */
function showMetrics(extensionUri: vscode.Uri, views: ViewsApi, log: vscode.LogOutputChannel): Promise<void> {
  if (openPanel) {
    openPanel.reveal();
  } else {
    const panel = new MetricsPanel(extensionUri, views, log);
    openPanel = panel;
    panel.onDidDispose(() => {
      if (openPanel === panel) openPanel = undefined;
    });
  }
  return openPanel.refresh();
}

export function registerMetricsCommand(
  extensionUri: vscode.Uri,
  views: ViewsApi,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_METRICS_COMMAND, () => showMetrics(extensionUri, views, log)),
    { dispose: () => openPanel?.dispose() },
  );
}

class MetricsPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  /** The file of each row's path, as last sent. */
  private uris = new Map<string, vscode.Uri>();
  /** Bumped by every refresh, so that an older computation finishing late is dropped. */
  private generation = 0;
  private disposed = false;

  constructor(
    extensionUri: vscode.Uri,
    private readonly views: ViewsApi,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.panel = vscode.window.createWebviewPanel(METRICS_VIEW_TYPE, 'Postmortem Metrics', vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    const { webview } = this.panel;
    loadWebviewPage(webview, extensionUri, 'metrics', 'Postmortem Metrics');
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      views.onDidChangeIndex(() => void this.refresh()),
      this.panel.onDidDispose(() => {
        this.disposed = true;
        for (const disposable of this.disposables) disposable.dispose();
      }),
    );
  }

  readonly onDidDispose = (listener: () => void): vscode.Disposable => this.panel.onDidDispose(listener);

  reveal(): void {
    this.panel.reveal();
  }

  dispose(): void {
    this.panel.dispose();
  }

  /** Computes the numbers from the index and sends them to the page. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      const postmortems = await this.views.indexedPostmortems();
      if (generation !== this.generation || this.disposed) return;
      // Index entries go in as they are; the path names the row on the page and in `open`.
      const inputs = postmortems.map((postmortem) => ({
        ...postmortem,
        path: vscode.workspace.asRelativePath(postmortem.uri),
      }));
      const metrics = workspaceMetrics(inputs, today());
      this.uris = new Map(inputs.map((input) => [input.path, input.uri]));
      lastShown = metrics;
      const message: MetricsHostMessage = { type: 'metrics', metrics };
      await this.panel.webview.postMessage(message);
    } catch (error) {
      this.log.error(`Show Metrics: ${errorMessage(error)}`);
    }
  }

  private async receive(raw: unknown): Promise<void> {
    const read = readMetricsMessage(raw);
    if ('invalid' in read)
      return this.log.warn(`Show Metrics: ignored a malformed message from the webview: ${read.invalid}`);
    const { message } = read;
    if (message.type !== 'open') return this.refresh();
    const uri = this.uris.get(message.path);
    if (!uri)
      return this.log.warn(
        `Show Metrics: ignored a request to open ` +
          `${JSON.stringify(message.path)}, which is not one of the postmortems shown`,
      );
    try {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
    } catch (error) {
      this.log.error(`Show Metrics: could not open ${message.path}: ${errorMessage(error)}`);
    }
  }
}
