// The web extension's entry (vscode.dev, github.dev): the analysis runs in a web worker.
import * as vscode from 'vscode';
import { NO_AUTHOR_SOURCES } from '../core';
import { webWorkerChannel } from './analysis/webChannel';
import { activateWith, type PostmortemApi } from './extension';

export function activate(context: vscode.ExtensionContext): PostmortemApi | undefined {
  const worker = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js');
  const channel = webWorkerChannel(worker.toString(true));
  return activateWith(context, channel, NO_AUTHOR_SOURCES);
}

export function deactivate(): void {}
