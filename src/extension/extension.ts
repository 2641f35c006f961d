import * as vscode from 'vscode';
import type { AuthorSources } from '../core';
import { AnalysisService } from './analysis/analysisService';
import type { StartChannel } from './analysis/channel';
import { FIX_ALL_KIND, PostmortemCodeActions } from './codeActions';
import { registerCommands } from './commands/index';
import { PostmortemCompletions } from './completion';
import { OwnerDirectory } from './ownerDirectory';
import { DiagnosticsController } from './diagnostics';
import { takeLongestHostWork } from './hostTime';
import { PostmortemHovers } from './hovers';
import { RelatedPostmortems } from './related/relatedPostmortems';
import { registerRelatedView, type RelatedViewApi } from './related/relatedView';
import { RelatedInStep, type RelatedPrompt } from './related/relatedInStep';
import { lastShownMetrics, registerMetricsCommand } from './metrics/metricsPanel';
import { setIssueHandOff } from './tracker/createIssue';
import { PostmortemStatus, type ActiveEditorState } from './statusBar';
import { TIMELINE_VIEW_TYPE, TimelineEditorProvider, type TimelinePanel } from './timeline/timelineEditor';
import { exposesTestApi } from './testApi';
import { registerViews, type ViewsApi } from './views/index';

/**
 * What the extension exposes to its own tests (integration, VSIX, editor benchmark), and to nothing else: it promises
 * other extensions no API, so that its insides may change.
 */
export interface PostmortemApi {
  /** The editor the context key and status bar item were last set for, and what they say. */
  activeEditorState(): ActiveEditorState;
  readonly service: AnalysisService;
  readonly diagnostics: DiagnosticsController;
  /** Milliseconds spent in `activate()`. */
  readonly activationMs: number;
  /** The longest stretch of this extension's synchronous work on the host thread since the last call. */
  takeLongestHostWork(): number;
  readonly views: ViewsApi;
  readonly related: RelatedViewApi & {
    /** Replaces the question before `related:` is kept in step (tests); undefined asks a person again. */
    setRelatedPrompt(prompt: RelatedPrompt | undefined): void;
    /** How long a save waits to read the id in its file before taking the one known (tests). */
    setSaveReadLimit(ms: number | undefined): void;
  };
  /** The open timeline editors of a document. */
  timelinePanels(uri: vscode.Uri): TimelinePanel[];
  /** The numbers the Show Metrics panel was last sent. */
  lastShownMetrics: typeof lastShownMetrics;
  /** Replaces the browser and input box of Create Issue for Action Item (tests). */
  setIssueHandOff: typeof setIssueHandOff;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Activates the extension, the analysis running behind `channel`; the desktop and the web differ
 * only there and in what they can ask about the author of a new postmortem.
 */
export function activateWith(
  context: vscode.ExtensionContext,
  channel: StartChannel,
  authorSources: AuthorSources,
): PostmortemApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Postmortem', { log: true });
  const service = new AnalysisService(channel, log);
  const diagnostics = new DiagnosticsController(service);
  const status = new PostmortemStatus(diagnostics);
  const owners = new OwnerDirectory(diagnostics);
  const views = registerViews(context, service, diagnostics, owners);
  const related = new RelatedPostmortems(service, views.api);
  const relatedView = registerRelatedView(service, diagnostics, views.api, related);
  const relatedInStep = new RelatedInStep(service, views.api, log);
  const timelineEditors = new TimelineEditorProvider(context.extensionUri, service, log);
  context.subscriptions.push(
    log,
    registerCommands(context.extensionUri, service, views.api, authorSources),
    registerMetricsCommand(context.extensionUri, views.api, log),
    vscode.window.registerCustomEditorProvider(TIMELINE_VIEW_TYPE, timelineEditors, {
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('postmortem.openTimelineEditor', (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) return undefined;
      return vscode.commands.executeCommand('vscode.openWith', target, TIMELINE_VIEW_TYPE, vscode.ViewColumn.Beside);
    }),
    views.disposable,
    relatedView.disposable,
    relatedInStep,
    // related-not-found needs every postmortem of the workspace: a document that lists related ones starts the index.
    diagnostics.onDidAnalyze(({ result }) => {
      if (result.analysis.frontMatter?.['related'] !== undefined) void views.api.indexed();
    }),
    views.api.onDidChangePostmortemNames(() => diagnostics.recheckRelated()),
    service,
    diagnostics,
    status,
    owners,
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      new PostmortemCodeActions(service, diagnostics),
      PostmortemCodeActions.metadata,
    ),
    vscode.languages.registerHoverProvider(MARKDOWN, new PostmortemHovers(service, related)),
    vscode.languages.registerCompletionItemProvider(
      MARKDOWN,
      new PostmortemCompletions(service, diagnostics, owners, related),
      ...PostmortemCompletions.triggerCharacters,
    ),
    vscode.commands.registerCommand('postmortem.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const actions = await fixAllActions(editor.document.uri);
      const fixAll = actions?.find((action) => action.kind?.value === FIX_ALL_KIND.value && action.edit);
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else void vscode.window.showInformationMessage('No auto-fixable postmortem problems in this file.');
    }),
  );
  // A web worker extension host has no `process`.
  const environment = typeof process === 'undefined' ? undefined : process.env;
  if (!exposesTestApi(context.extensionMode === vscode.ExtensionMode.Test, environment)) return undefined;
  return {
    activeEditorState: () => status.activeEditorState,
    service,
    diagnostics,
    activationMs: performance.now() - started,
    takeLongestHostWork,
    views: views.api,
    related: {
      ...relatedView.api,
      setRelatedPrompt: (prompt) => relatedInStep.setPrompt(prompt),
      setSaveReadLimit: (ms) => relatedInStep.setSaveReadLimit(ms),
    },
    timelinePanels: (uri) => timelineEditors.panelsOf(uri),
    lastShownMetrics,
    setIssueHandOff,
  };
}

/** How many times fix-all asks again when VS Code cancels its question because the document changed meanwhile. */
const FIX_ALL_ATTEMPTS = 3;

/** The fix-all code actions of a document, asked again when an edit or a new analysis cancels the question. */
async function fixAllActions(uri: vscode.Uri): Promise<vscode.CodeAction[] | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        new vscode.Range(0, 0, 0, 0),
        FIX_ALL_KIND.value,
      );
    } catch (error) {
      const canceled = error instanceof Error && (error.name === 'Canceled' || error.message === 'Canceled');
      if (!canceled || attempt >= FIX_ALL_ATTEMPTS) throw error;
    }
  }
}
