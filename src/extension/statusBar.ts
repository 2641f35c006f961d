import * as vscode from 'vscode';
import type { AnalyzedDocument, DiagnosticsController } from './diagnostics';

const CONTEXT_KEY = 'postmortem.isPostmortem';

export interface ActiveEditorState {
  readonly uri: string | undefined;
  readonly isPostmortem: boolean;
}

/**
 * The status bar item and the `postmortem.isPostmortem` context key for the active editor: shown
 * with the document's error and warning counts while a postmortem is active; clicking it opens
 * the Sections view.
 */
export class PostmortemStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private state: ActiveEditorState = { uri: undefined, isPostmortem: false };

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Postmortem';
    this.item.command = 'postmortem.sections.focus';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.activeEditorChanged()),
      diagnostics.onDidAnalyze((analyzed) => this.analyzed(analyzed)),
    );
    this.activeEditorChanged();
  }

  get activeEditorState(): ActiveEditorState {
    return this.state;
  }

  private activeEditorChanged(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'markdown') {
      this.show({ uri: document?.uri.toString(), isPostmortem: false });
      return;
    }
    // A document analyzed already shows at once; another when its analysis comes.
    const known = this.diagnostics.currentAnalysis(document);
    if (known) this.show({ uri: document.uri.toString(), isPostmortem: known.analysis.isPostmortem });
    this.diagnostics.schedule(document, 0);
  }

  private analyzed({ document, result }: AnalyzedDocument): void {
    if (document !== vscode.window.activeTextEditor?.document) return;
    this.show({ uri: document.uri.toString(), isPostmortem: result.analysis.isPostmortem });
  }

  private show(state: ActiveEditorState): void {
    this.state = state;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, state.isPostmortem);
    if (!state.isPostmortem || !state.uri) {
      this.item.hide();
      return;
    }
    const counts = { errors: 0, warnings: 0 };
    for (const diagnostic of this.diagnostics.diagnosticsOf(vscode.Uri.parse(state.uri))) {
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    }
    this.item.text = `$(report) Postmortem $(error) ${counts.errors} $(warning) ${counts.warnings}`;
    const problems = `${counts.errors} error(s), ${counts.warnings} warning(s)`;
    this.item.tooltip = `Postmortem: ${problems}. Click to show the sections.`;
    this.item.accessibilityInformation = { label: `Postmortem, ${counts.errors} errors, ${counts.warnings} warnings` };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
