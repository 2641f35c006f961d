import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import { FIX_ALL_KIND, PostmortemCodeActions } from './codeActions';
import { OwnerDirectory, PostmortemCompletions } from './completion';
import { DiagnosticsController } from './diagnostics';
import { PostmortemHovers } from './hovers';
import { PostmortemStatus, type ActiveEditorState } from './statusBar';

/** What the extension exposes to other extensions and to its integration tests. */
export interface PostmortemApi {
  /** The editor the context key and status bar item were last set for, and what they say. */
  activeEditorState(): ActiveEditorState;
  readonly service: AnalysisService;
  readonly diagnostics: DiagnosticsController;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const service = new AnalysisService(context.asAbsolutePath('dist/analysisWorker.js'));
  const diagnostics = new DiagnosticsController(service);
  const status = new PostmortemStatus(diagnostics);
  const owners = new OwnerDirectory(diagnostics);
  context.subscriptions.push(
    service,
    diagnostics,
    status,
    owners,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PostmortemCodeActions(service), PostmortemCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new PostmortemHovers(service)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new PostmortemCompletions(service, owners), ...PostmortemCompletions.triggerCharacters),
    vscode.commands.registerCommand('postmortem.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), FIX_ALL_KIND.value);
      const fixAll = actions?.find((action) => action.kind?.value === FIX_ALL_KIND.value && action.edit);
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else void vscode.window.showInformationMessage('No auto-fixable postmortem problems in this file.');
    }),
  );
  return { activeEditorState: () => status.activeEditorState, service, diagnostics };
}

export function deactivate(): void {}
