// The Markdown document a view of one postmortem shows, with its latest analysis: the Sections and
// Related Postmortems views follow the active editor the same way.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { DiagnosticsController } from '../diagnostics';

/** A document shown; a new object for each document shown, so that an answer can tell whether its question is old. */
export interface Shown {
  readonly document: vscode.TextDocument;
  /** Undefined until its first analysis arrives. */
  analysis: Analysis | undefined;
}

/**
 * Follows the active editor's Markdown document (focus in a panel, such as Output or a terminal, or in a non-text
 * editor keeps it shown), every analysis of it, and its closing; calls `changed` when another document (or none) is
 * shown, and when an analysis of the one shown arrives.
 */
export class ShownAnalysis implements vscode.Disposable {
  private shown: Shown | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: AnalysisService,
    diagnostics: DiagnosticsController,
    private readonly changed: () => void,
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      diagnostics.onDidAnalyze(({ document, result }) => {
        if (document === this.shown?.document) this.analyzed(result.analysis);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.shown?.document) this.show(undefined);
      }),
    ];
  }

  /** The document shown and its analysis. */
  get current(): Shown | undefined {
    return this.shown;
  }

  /** The document shown, once its analysis says it is a postmortem. */
  get postmortem(): vscode.TextDocument | undefined {
    return this.shown?.analysis?.isPostmortem ? this.shown.document : undefined;
  }

  /** Shows the active editor's document, as a view starts. */
  followActiveEditor(): void {
    this.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.viewColumn === undefined) return;
    const { document } = editor;
    if (document === this.shown?.document) return;
    this.show(document.languageId === 'markdown' ? document : undefined);
  }

  private show(document: vscode.TextDocument | undefined): void {
    if (!document && !this.shown) return;
    const shown = document && { document, analysis: undefined };
    this.shown = shown;
    this.changed();
    if (shown)
      this.service.analysisOf(shown.document).then(
        (result) => {
          if (this.shown === shown && shown.analysis === undefined) this.analyzed(result.analysis);
        },
        () => undefined,
      );
  }

  private analyzed(analysis: Analysis): void {
    if (!this.shown) return;
    this.shown.analysis = analysis;
    this.changed();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
