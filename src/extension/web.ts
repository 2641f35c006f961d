// The web extension's entry (vscode.dev, github.dev): the analysis runs in a web worker.
import * as vscode from 'vscode';
import { webWorkerChannel } from './analysis/webChannel';
import { activateWith, type PostmortemApi } from './extension';

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  return activateWith(context, webWorkerChannel(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js').toString(true)));
}

export function deactivate(): void {}
