// The desktop extension's entry: the analysis runs in a worker thread.
import type * as vscode from 'vscode';
import { workerThreadChannel } from './analysis/nodeChannel';
import { activateWith, type PostmortemApi } from './extension';

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  return activateWith(context, workerThreadChannel(context.asAbsolutePath('dist/analysisWorker.js')));
}

export function deactivate(): void {}
