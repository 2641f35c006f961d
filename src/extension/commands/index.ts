// The commands of templates, team sharing and timeline entries.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/analysisService';
import { toWorkspaceEdit } from '../convert';
import type { ViewsApi } from '../views/index';
import { newPostmortem, type NewPostmortemAnswers } from './newPostmortem';
import { saveAsTeamTemplate, saveSelectionAsTeamSnippet } from './teamSharing';
import type { AuthorSources, TeamSnippet } from '../../core';
import { errorMessage } from '../../core';

/** Appends an entry stamped now, in the document's zone and the entries' style, and puts the cursor after it. */
async function insertTimelineEntry(service: AnalysisService, editor: vscode.TextEditor | undefined): Promise<boolean> {
  if (!editor) return false;
  const { document } = editor;
  const version = document.version;
  const result = await service.editsOf(document, {
    timeline: { type: 'add', version, afterId: null, entry: { time: null, description: '', milestone: null } },
    now: Date.now(),
  });
  if ('refused' in result) {
    void vscode.window.showWarningMessage(result.refused);
    return false;
  }
  const edit = result.edits[0];
  if (
    !edit ||
    document.version !== version ||
    !(await vscode.workspace.applyEdit(toWorkspaceEdit(document, result.edits)))
  )
    return false;
  const end = document.positionAt(edit.start + edit.newText.trimEnd().length);
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(end, end));
  return true;
}

export function registerCommands(
  extensionUri: vscode.Uri,
  service: AnalysisService,
  views: ViewsApi,
  authorSources: AuthorSources,
): vscode.Disposable {
  const existingIds = async () =>
    (await views.indexedPostmortems()).flatMap((postmortem) => (postmortem.id ? [postmortem.id] : []));
  const failed = (what: string) => (error: unknown) => {
    void vscode.window.showErrorMessage(`${what}: ${errorMessage(error)}`);
    return undefined;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('postmortem.newPostmortem', (answers?: NewPostmortemAnswers) =>
      newPostmortem(extensionUri, service, existingIds, authorSources, answers).catch(failed('New Postmortem')),
    ),
    vscode.commands.registerCommand('postmortem.saveSelectionAsTeamSnippet', (snippet?: Omit<TeamSnippet, 'body'>) =>
      saveSelectionAsTeamSnippet(vscode.window.activeTextEditor, snippet).catch(
        failed('Save Selection as Team Snippet'),
      ),
    ),
    vscode.commands.registerCommand('postmortem.saveAsTeamTemplate', (name?: string) =>
      saveAsTeamTemplate(
        service,
        vscode.window.activeTextEditor?.document,
        typeof name === 'string' ? name : undefined,
      ).catch(failed('Save as Team Template')),
    ),
    vscode.commands.registerCommand('postmortem.insertTimelineEntry', () =>
      insertTimelineEntry(service, vscode.window.activeTextEditor).catch(failed('Insert Timeline Entry')),
    ),
  );
}
