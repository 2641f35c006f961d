// Keeps `related:` in step: when a postmortem's saved id changes, or a postmortem file is renamed,
// the postmortems whose `related:` names it by the old id or path are offered the edit.
import * as vscode from 'vscode';
import { frontMatterText } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { DiagnosticsController } from '../diagnostics';
import { toWorkspaceEdit } from '../convert';
import type { IndexedPostmortem, ViewsApi } from '../views/index';
import { relatedValue } from './relatedPostmortems';

/** Asks whether to apply the change; replaced in tests. */
export type RelatedPrompt = (message: string, action: string) => Thenable<boolean>;

const askPerson: RelatedPrompt = (message, action) =>
  vscode.window.showInformationMessage(message, action).then((chosen) => chosen === action);

export class RelatedInStep implements vscode.Disposable {
  /** Each postmortem's id as last saved (or read from disk). */
  private readonly savedIds = new Map<string, string | undefined>();
  private readonly disposables: vscode.Disposable[];
  private prompt: RelatedPrompt = askPerson;

  constructor(
    private readonly service: AnalysisService,
    diagnostics: DiagnosticsController,
    private readonly views: ViewsApi,
  ) {
    this.disposables = [
      diagnostics.onDidAnalyze(({ document, result }) => {
        const key = document.uri.toString();
        if (!result.analysis.isPostmortem) return;
        const id = idOf(result.analysis.frontMatter);
        // Known from the text as opened, before any change; after that only a save changes it.
        if (!this.savedIds.has(key) && !document.isDirty) this.savedIds.set(key, id);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => void this.saved(document)),
      vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files)),
    ];
  }

  /** Replaces the question (tests); without one, a person is asked again. */
  setPrompt(prompt: RelatedPrompt | undefined): void {
    this.prompt = prompt ?? askPerson;
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const known = this.savedIds.has(key);
    const before = this.savedIds.get(key);
    const { analysis } = await this.service.analysisOf(document);
    if (!analysis.isPostmortem) return;
    const after = idOf(analysis.frontMatter);
    this.savedIds.set(key, after);
    if (!known || before === undefined || after === undefined || before === after) return;
    await this.offer(before, after, (postmortem) => postmortem.related.includes(before));
  }

  private async renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      this.savedIds.set(newUri.toString(), this.savedIds.get(oldUri.toString()));
      this.savedIds.delete(oldUri.toString());
      const from = relatedValue({ uri: oldUri, id: undefined });
      const to = relatedValue({ uri: newUri, id: undefined });
      await this.offer(from, to, (postmortem) => postmortem.related.includes(from));
    }
  }

  /** Offers to write `to` in place of `from` in the `related:` of every postmortem that lists it. */
  private async offer(from: string, to: string, lists: (postmortem: IndexedPostmortem) => boolean): Promise<void> {
    const listing: IndexedPostmortem[] = [];
    // Only files still there: a deleted postmortem's document may stay open a while after its tab closed.
    for (const postmortem of (await this.views.indexedPostmortems()).filter(lists))
      if (await exists(postmortem.uri)) listing.push(postmortem);
    if (listing.length === 0) return;
    const count = listing.length === 1 ? '1 postmortem lists' : `${listing.length} postmortems list`;
    if (!(await this.prompt(`${count} "${from}" in related:. Write "${to}" there instead?`, 'Update related:'))) return;
    const edit = new vscode.WorkspaceEdit();
    const documents: vscode.TextDocument[] = [];
    for (const postmortem of listing) {
      const document = await vscode.workspace.openTextDocument(postmortem.uri);
      const result = await this.service.editsOf(document, { replaceRelated: { from, to } });
      if (!('edits' in result) || result.edits.length === 0) continue;
      for (const [uri, edits] of toWorkspaceEdit(document, result.edits).entries()) edit.set(uri, edits);
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

const idOf = (frontMatter: Readonly<Record<string, unknown>> | undefined): string | undefined =>
  frontMatterText(frontMatter?.['id']);
