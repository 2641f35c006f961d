// What the views share in how they look: icons in the Problems panel's colours, counted nouns.
import * as vscode from 'vscode';

/** Opens a document and selects a range in it, revealed in the middle of the editor. */
export const REVEAL_COMMAND = 'postmortem.revealRange';

const TONES = {
  passed: 'testing.iconPassed',
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  info: 'problemsInfoIcon.foreground',
} as const;

export function themeIcon(id: string, tone?: keyof typeof TONES): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, tone && new vscode.ThemeColor(TONES[tone]));
}

/** `1 problem`, `3 problems`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The file's path in its workspace folder, for descriptions and tooltips. */
export function workspacePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(
    uri,
    vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1,
  );
}

export async function revealRange(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}
