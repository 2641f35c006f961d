import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import { FIX_ALL_KIND, PostmortemCodeActions } from './codeActions';
import { OwnerDirectory, PostmortemCompletions } from './completion';
import { DiagnosticsController } from './diagnostics';
import { takeLongestHostWork } from './hostTime';
import { PostmortemHovers } from './hovers';
import { PostmortemStatus, type ActiveEditorState } from './statusBar';
import { registerViews, type ViewsApi } from './views/index';

/** What the extension exposes to other extensions and to its integration tests. */
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
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const started = performance.now();
  const service = new AnalysisService(context.asAbsolutePath('dist/analysisWorker.js'));
  const diagnostics = new DiagnosticsController(service);
  const status = new PostmortemStatus(diagnostics);
  const owners = new OwnerDirectory(diagnostics);
  const views = registerViews(context, service, diagnostics);
  context.subscriptions.push(
    views.disposable,
    service,
    diagnostics,
    status,
    owners,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PostmortemCodeActions(service, diagnostics), PostmortemCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new PostmortemHovers(service)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new PostmortemCompletions(service, diagnostics, owners), ...PostmortemCompletions.triggerCharacters),
    vscode.commands.registerCommand('postmortem.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), FIX_ALL_KIND.value);
      const fixAll = actions?.find((action) => action.kind?.value === FIX_ALL_KIND.value && action.edit);
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else void vscode.window.showInformationMessage('No auto-fixable postmortem problems in this file.');
    }),
  );
  return { activeEditorState: () => status.activeEditorState, service, diagnostics, activationMs: performance.now() - started, takeLongestHostWork, views: views.api };
}

export function deactivate(): void {}
