// Sharing with the team through the repository: "Save Selection as Team Snippet" writes into
// `.vscode/postmortem.code-snippets`, "Save as Team Template" into the configured templates folder.
import * as vscode from 'vscode';
import { addSnippet, slugify, templateFromPostmortem, type TeamSnippet } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import { folderConfig } from './newPostmortem';

const TEAM_SNIPPETS_FILE = ['.vscode', 'postmortem.code-snippets'] as const;

async function readIfThere(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

function workspaceFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder)
    void vscode.window.showWarningMessage(
      'Open the folder of the team repository first: team snippets and templates are saved in it.',
    );
  return folder;
}

async function askSnippet(selected: string): Promise<TeamSnippet | undefined> {
  const firstLine = selected
    .trim()
    .split(/\r?\n/)[0]!
    .replace(/^[#>*\-\s]+/, '');
  const name = await vscode.window.showInputBox({
    title: 'Team Snippet: Name',
    value: firstLine.slice(0, 60),
    validateInput: (value) => (value.trim() ? undefined : 'The snippet needs a name.'),
  });
  if (name === undefined) return undefined;
  const prefix = await vscode.window.showInputBox({
    title: 'Team Snippet: Prefix',
    prompt: 'What to type to get it, such as pm-sev1-comms',
    value: `pm-${slugify(name).slice(0, 20)}`,
    validateInput: (value) => (value.trim() && !/\s/.test(value.trim()) ? undefined : 'One word without spaces.'),
  });
  if (prefix === undefined) return undefined;
  return { name: name.trim(), prefix: prefix.trim(), body: selected, description: `Team snippet: ${name.trim()}` };
}

/**
 * Adds the selection to the workspace's team snippets (asking for a name and prefix unless given).
 * A duplicate prefix or an unreadable file is reported, and the file is left as it was.
 */
export async function saveSelectionAsTeamSnippet(
  editor: vscode.TextEditor | undefined,
  given?: Omit<TeamSnippet, 'body'>,
): Promise<vscode.Uri | undefined> {
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Select the text to share as a snippet first.');
    return undefined;
  }
  const folder = workspaceFolderOf(editor.document.uri);
  if (!folder) return undefined;
  const selected = editor.document.getText(editor.selection);
  const snippet = given ? { ...given, body: selected } : await askSnippet(selected);
  if (!snippet) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, ...TEAM_SNIPPETS_FILE);
  const result = addSnippet(await readIfThere(uri), snippet);
  if ('error' in result) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)}: ${result.error}`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  void vscode.window.showInformationMessage(
    `Saved "${snippet.name}" as a team snippet: type ${snippet.prefix} in a Markdown file and press Ctrl+Space.`,
  );
  return uri;
}

/** Saves the document as a template of the team's templates folder, never over an existing template. */
export async function saveAsTeamTemplate(
  service: AnalysisService,
  document: vscode.TextDocument | undefined,
  givenName?: string,
): Promise<vscode.Uri | undefined> {
  if (!document) return undefined;
  const folder = workspaceFolderOf(document.uri);
  if (!folder) return undefined;
  const { config, base } = await folderConfig(service, folder.uri);
  const templates = vscode.Uri.joinPath(base, config.templatesFolder);
  const existing = new Set<string>();
  try {
    for (const [name] of await vscode.workspace.fs.readDirectory(templates)) existing.add(name.toLowerCase());
  } catch {
    // No templates folder yet: it is created below.
  }
  const fileOf = (name: string) => `${slugify(name)}.md`;
  const name =
    givenName ??
    (await vscode.window.showInputBox({
      title: 'Save as Team Template: Name',
      prompt: `Saved in ${vscode.workspace.asRelativePath(templates)}; New Postmortem offers it`,
      validateInput: (value) =>
        !value.trim()
          ? 'The template needs a name.'
          : existing.has(fileOf(value))
            ? `${fileOf(value)} exists already; choose another name.`
            : undefined,
    }));
  if (name === undefined) return undefined;
  if (existing.has(fileOf(name))) {
    void vscode.window.showErrorMessage(
      `${vscode.workspace.asRelativePath(templates)}/${fileOf(name)} exists already; nothing was written.`,
    );
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(templates);
  const uri = vscode.Uri.joinPath(templates, fileOf(name));
  const source = vscode.workspace.asRelativePath(document.uri);
  await vscode.workspace.fs.writeFile(
    uri,
    new TextEncoder().encode(templateFromPostmortem(document.getText(), name.trim(), `saved from ${source}`)),
  );
  void vscode.window.showInformationMessage(
    `Saved ${vscode.workspace.asRelativePath(uri)}: New Postmortem now offers "${name.trim()}".`,
  );
  return uri;
}
