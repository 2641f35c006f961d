import * as vscode from 'vscode';
import { DEFAULT_DOCUMENT_TYPE_OPTIONS, DocumentTypeOptions, isPostmortem } from '../core/documentType';

const CONTEXT_KEY = 'postmortem.isPostmortem';

function documentTypeOptions(): DocumentTypeOptions {
  const extra = vscode.workspace.getConfiguration('postmortem').get<string[]>('documentGlobs', []);
  return {
    include: [...DEFAULT_DOCUMENT_TYPE_OPTIONS.include, ...extra.filter((glob) => typeof glob === 'string')],
    exclude: DEFAULT_DOCUMENT_TYPE_OPTIONS.exclude,
  };
}

/** The path the document-type globs see: relative to its workspace folder where it has one. */
function documentPath(document: vscode.TextDocument): string {
  return vscode.workspace.asRelativePath(document.uri, false);
}

export function isPostmortemDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && isPostmortem(documentPath(document), document.getText(), documentTypeOptions());
}

/** What the extension exposes to other extensions and to its integration tests. */
export interface PostmortemApi {
  /** The editor the context key and status bar item were last set for, and what they say. */
  activeEditorState(): { readonly uri: string | undefined; readonly isPostmortem: boolean };
}

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const statusItem = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
  statusItem.name = 'Postmortem';
  statusItem.text = '$(report) Postmortem';
  statusItem.tooltip = 'This Markdown file is a postmortem';
  statusItem.command = 'postmortem.showStatus';
  context.subscriptions.push(statusItem);

  let state: ReturnType<PostmortemApi['activeEditorState']> = { uri: undefined, isPostmortem: false };
  const refresh = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const active = document !== undefined && isPostmortemDocument(document);
    state = { uri: document?.uri.toString(), isPostmortem: active };
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, active);
    if (active) statusItem.show();
    else statusItem.hide();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('postmortem')) refresh();
    }),
    vscode.commands.registerCommand('postmortem.showStatus', () => {
      const document = vscode.window.activeTextEditor?.document;
      const name = document ? vscode.workspace.asRelativePath(document.uri) : 'This file';
      void vscode.window.showInformationMessage(`${name} is a postmortem.`);
    }),
  );
  refresh();
  return { activeEditorState: () => state };
}

export function deactivate(): void {}
