// Keeps `related:` in step: when a postmortem's saved id changes, or a postmortem file (or a folder
// of them) is renamed, the postmortems whose `related:` names it by the old id or path are offered
// the edit: one WorkspaceEdit over every file, open or not, that the person can undo.
import * as vscode from 'vscode';
import { documentId, movedEntries, type MovedEntry, type TextEdit } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import { toWorkspaceEdit } from '../convert';
import type { IndexedPostmortem, ViewsApi } from '../views/index';
import { relatedValue } from './relatedPostmortems';

/** Asks whether to apply the change; replaced in tests. */
export type RelatedPrompt = (message: string, action: string) => Thenable<boolean>;

const askPerson: RelatedPrompt = (message, action) =>
  vscode.window.showInformationMessage(message, action).then((chosen) => chosen === action);

/** The entries of some postmortems' `related:` to write anew. */
type Changes = ReadonlyMap<IndexedPostmortem, readonly MovedEntry[]>;

export class RelatedInStep implements vscode.Disposable {
  /**
   * Each document's id in its file just before a save: what the save changes. Read from the file, not remembered
   * from when the document was opened, since the file may have been replaced meanwhile (deleted and written again).
   */
  private readonly idsOnDisk = new Map<string, string | undefined>();
  private readonly disposables: vscode.Disposable[];
  private prompt: RelatedPrompt = askPerson;

  constructor(
    private readonly service: AnalysisService,
    private readonly views: ViewsApi,
  ) {
    this.disposables = [
      vscode.workspace.onWillSaveTextDocument((event) => {
        if (event.document.languageId === 'markdown') event.waitUntil(this.readIdOnDisk(event.document.uri));
      }),
      vscode.workspace.onDidSaveTextDocument((document) => void this.saved(document)),
      vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files)),
    ];
  }

  /** Replaces the question (tests); without one, a person is asked again. */
  setPrompt(prompt: RelatedPrompt | undefined): void {
    this.prompt = prompt ?? askPerson;
  }

  private async readIdOnDisk(uri: vscode.Uri): Promise<void> {
    try {
      this.idsOnDisk.set(uri.toString(), documentId(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    } catch {
      // A new file: no id changes.
      this.idsOnDisk.delete(uri.toString());
    }
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const before = this.idsOnDisk.get(key);
    this.idsOnDisk.delete(key);
    const after = documentId(document.getText());
    if (before === undefined || after === undefined || before === after) return;
    if (!(await this.service.analysisOf(document)).analysis.isPostmortem) return;
    const listing = (await this.views.indexedPostmortems()).filter((postmortem) => postmortem.related.includes(before));
    await this.offer(before, after, new Map(listing.map((postmortem) => [postmortem, [{ from: before, to: after }]])));
  }

  /** A file or folder renamed: the entries naming it (or a file under it) by path, as written, from any postmortem. */
  private async renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const changes = new Map<IndexedPostmortem, readonly MovedEntry[]>();
      for (const postmortem of await this.views.indexedPostmortems()) {
        const folder = vscode.workspace.getWorkspaceFolder(postmortem.uri)?.uri.toString();
        const moved = movedEntries(
          postmortem.related,
          postmortem.uri.toString(),
          folder,
          oldUri.toString(),
          newUri.toString(),
        );
        if (moved.length > 0) changes.set(postmortem, moved);
      }
      await this.offer(
        relatedValue({ uri: oldUri, id: undefined }),
        relatedValue({ uri: newUri, id: undefined }),
        changes,
      );
    }
  }

  /** Asks whether to write `to` in place of `from` (as the changes write it in each list), and writes it. */
  private async offer(from: string, to: string, changes: Changes): Promise<void> {
    const listing: IndexedPostmortem[] = [];
    // Only files still there: a deleted postmortem's document may stay open a while after its tab closed.
    for (const postmortem of changes.keys()) if (await exists(postmortem.uri)) listing.push(postmortem);
    if (listing.length === 0) return;
    const count = listing.length === 1 ? '1 postmortem lists' : `${listing.length} postmortems list`;
    if (!(await this.prompt(`${count} "${from}" in related:. Write "${to}" there instead?`, 'Update related:'))) return;
    const edit = new vscode.WorkspaceEdit();
    const documents: vscode.TextDocument[] = [];
    for (const postmortem of listing) {
      const document = await vscode.workspace.openTextDocument(postmortem.uri);
      const edits: TextEdit[] = [];
      for (const replaceRelated of changes.get(postmortem) ?? []) {
        const result = await this.service.editsOf(document, { replaceRelated });
        if ('edits' in result) edits.push(...result.edits);
      }
      if (edits.length === 0) continue;
      for (const [uri, textEdits] of toWorkspaceEdit(document, edits).entries()) edit.set(uri, textEdits);
      // Files that were not open, or had no unsaved change, are saved; the edit stays in the undo history.
      if (!document.isDirty) documents.push(document);
    }
    if (await vscode.workspace.applyEdit(edit)) await Promise.all(documents.map((document) => document.save()));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

const exists = (uri: vscode.Uri): Thenable<boolean> =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
