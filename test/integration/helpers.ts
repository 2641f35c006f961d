import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'postmortem-tools.postmortem';

/** The extension's test API, activating it; fails saying why where the extension host gave none. */
export async function testApi(): Promise<PostmortemApi> {
  const api = await vscode.extensions.getExtension<PostmortemApi | undefined>(EXTENSION_ID)?.activate();
  assert.ok(api, `${EXTENSION_ID} gave no test API: run its tests through test/run.ts, which asks for it`);
  return api;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Polls until the condition holds, failing with what it waited for. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Reverts every document with unsaved changes, each shown first (revert acts on the active editor). A dirty document
 * left behind makes a later "close all editors" ask to save it, and the answer may save what a test edited.
 */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
