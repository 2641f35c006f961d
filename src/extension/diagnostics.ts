import * as vscode from 'vscode';
import { shownSeverity, type AnalyzedFinding, type SeverityOverrides, errorMessage } from '../core';
import { SupersededError, type AnalysisService, type DocumentAnalysis } from './analysis/analysisService';
import { toDiagnostic, toRange, toSeverity } from './convert';
import { onHostThread } from './hostTime';
import { readSettings } from './settings';

/** How long after the last keystroke a document is analyzed again. */
const TYPING_DELAY_MS = 250;
const CONFIG_FILE = /(^|\/)\.postmortem\.ya?ml$/;

export interface AnalyzedDocument {
  readonly document: vscode.TextDocument;
  readonly result: DocumentAnalysis;
}

interface AppliedAnalysis {
  readonly version: number;
  readonly result: DocumentAnalysis;
}

/**
 * Keeps the diagnostics of open Markdown documents in step with their text: shortly after typing
 * stops, at once on open and save; results for an older version are dropped; closing a document
 * or it ceasing to be a postmortem clears them. Also shows `.postmortem.yaml`'s own problems.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('postmortem');
  private readonly configCollection = vscode.languages.createDiagnosticCollection('postmortem-config');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly applied = new Map<string, AppliedAnalysis>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fired when a document's analysis has been applied (it matched the document's version). */
  readonly onDidAnalyze = this.analyzed.event;

  constructor(private readonly service: AnalysisService) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.postmortem.{yaml,yml}');
    this.disposables.push(
      this.collection,
      this.configCollection,
      this.analyzed,
      watcher,
      watcher.onDidChange(() => this.configurationChanged()),
      watcher.onDidCreate(() => this.configurationChanged()),
      watcher.onDidDelete((uri) => {
        this.configCollection.delete(uri);
        this.configurationChanged();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) =>
        onHostThread(() => {
          if (event.contentChanges.length === 0) return;
          if (CONFIG_FILE.test(event.document.uri.path)) this.configurationChanged(TYPING_DELAY_MS);
          else if (readSettings(event.document.uri).run === 'onType') this.schedule(event.document, TYPING_DELAY_MS);
        }),
      ),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      // A closed editor's document may stay loaded for a while; what the user closed is the tab.
      vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
        for (const tab of closed) {
          if (tab.input instanceof vscode.TabInputText && !isShownInATab(tab.input.uri))
            this.collection.delete(tab.input.uri);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('postmortem')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /**
   * The analysis behind the diagnostics shown for a document, when it is of the document's
   * current version (code actions must not apply edits computed for older text).
   */
  currentAnalysis(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const applied = this.applied.get(document.uri.toString());
    return applied?.version === document.version ? applied.result : undefined;
  }

  /** The analysis behind the diagnostics shown for a document, whatever its version. */
  lastAnalysis(document: vscode.TextDocument): DocumentAnalysis | undefined {
    return this.applied.get(document.uri.toString())?.result;
  }

  /** The diagnostics this controller shows for a document. */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Analyzes every open Markdown document again. */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Analyzes again the postmortems shown in tabs that list related ones: what their entries name may have changed. */
  recheckRelated(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.applied.get(document.uri.toString())?.result.analysis.frontMatter?.['related'] === undefined) continue;
      // A document whose tab was closed waits to be closed itself: analyzing it would keep it in the index.
      if (!isShownInATab(document.uri)) continue;
      this.service.forgetVersion(document.uri);
      this.schedule(document, 0);
    }
  }

  /** Analyzes the document after `delay` ms, replacing any analysis already scheduled for it. */
  schedule(document: vscode.TextDocument, delay: number): void {
    if (document.languageId !== 'markdown' || document.uri.scheme === 'git' || document.uri.scheme === 'output') return;
    if (!readSettings(document.uri).enable) {
      this.collection.delete(document.uri);
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyze(document);
      }, delay),
    );
  }

  private async analyze(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    let result: DocumentAnalysis;
    try {
      result = await this.service.analysisOf(document);
    } catch (error) {
      if (error instanceof SupersededError) return;
      console.error(`postmortem: could not analyze ${document.uri.toString()}: ` + `${errorMessage(error)}`);
      return;
    }
    const current = () => !document.isClosed && document.version === version;
    if (!current()) return;
    onHostThread(() => {
      const settings = readSettings(document.uri);
      this.apply(
        document,
        version,
        result,
        settings.enable && result.analysis.isPostmortem
          ? diagnosticsFor(result.analysis.findings, settings.rules)
          : undefined,
      );
    });
    // The views and the status bar follow in a turn of their own, so that other extensions and the
    // editor get a turn in between even for thousands of findings.
    await nextTurn();
    if (current()) onHostThread(() => this.analyzed.fire({ document, result }));
  }

  private apply(
    document: vscode.TextDocument,
    version: number,
    result: DocumentAnalysis,
    diagnostics: vscode.Diagnostic[] | undefined,
  ): void {
    this.applied.set(document.uri.toString(), { version, result });
    if (diagnostics) this.collection.set(document.uri, diagnostics);
    else this.collection.delete(document.uri);
    if (result.configUri) {
      const problems = result.configProblems.map((problem) => {
        const diagnostic = new vscode.Diagnostic(toRange(problem.range), problem.message, toSeverity(problem.severity));
        diagnostic.source = 'postmortem';
        return diagnostic;
      });
      this.configCollection.set(result.configUri, problems);
    }
  }

  private closed(document: vscode.TextDocument): void {
    clearTimeout(this.timers.get(document.uri.toString()));
    this.timers.delete(document.uri.toString());
    this.collection.delete(document.uri);
    this.applied.delete(document.uri.toString());
    this.service.forget(document.uri);
  }

  private configurationChanged(delay = 0): void {
    this.service.invalidate();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, delay);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function isShownInATab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()),
  );
}

/** The findings as diagnostics, with the user's personal severity overrides applied. */
function diagnosticsFor(findings: readonly AnalyzedFinding[], overrides: SeverityOverrides): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  for (const finding of findings) {
    const severity = shownSeverity(finding, overrides);
    if (severity) diagnostics.push(toDiagnostic(finding, severity));
  }
  return diagnostics;
}
