// The desktop extension's entry: the analysis runs in a worker thread.
import type * as vscode from 'vscode';
import { LOCAL_AUTHOR_SOURCES } from '../node/localAuthor';
import { workerThreadChannel } from './analysis/nodeChannel';
import { activateWith, type PostmortemApi } from './extension';

export function activate(context: vscode.ExtensionContext): PostmortemApi | undefined {
  const channel = workerThreadChannel(context.asAbsolutePath('dist/analysisWorker.js'));
  return activateWith(context, channel, LOCAL_AUTHOR_SOURCES);
}

export function deactivate(): void {}
