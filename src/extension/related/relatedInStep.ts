// Keeps `related:` in step: when a postmortem's saved id changes, or a postmortem file (or a folder
// of them) is renamed, the postmortems whose `related:` names it by the old id or path are offered
// the edit, and a moved postmortem's own paths to others are written from where it is now: one
// WorkspaceEdit over every file, open or not, that the person can undo.
import * as vscode from 'vscode';
import { documentId, frontMatterBlock, RelatedMove, type MovedEntry, errorMessage } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import { readText } from '../analysis/configLocator';
import { toWorkspaceEdit } from '../convert';
import type { ViewsApi } from '../views/index';
import { fileName, type IndexedPostmortem } from '../workspace/indexedPostmortem';
import { relatedValue } from './relatedPostmortems';

/**
 * Asks whether to apply the change (true when `action` is chosen), or, without an action, tells why a postmortem was
 * left as it was; replaced in tests.
 */
export type RelatedPrompt = (message: string, action?: string) => Thenable<boolean>;

const askPerson: RelatedPrompt = (message, action) =>
  action === undefined
    ? vscode.window.showWarningMessage(message).then(() => false)
    : vscode.window.showInformationMessage(message, action).then((chosen) => chosen === action);

/** A postmortem whose `related:` entries are to be written anew; `moved` when it is one of the files moved. */
interface Change {
  readonly uri: vscode.Uri;
  readonly entries: readonly MovedEntry[];
  readonly moved: boolean;
}

export class RelatedInStep implements vscode.Disposable {
  /**
   * Each document's id in its file just before a save: what the save changes. Read from the file when the save begins,
   * since the file may have been replaced meanwhile (deleted and written again); when that read is slow, the id the
   * document had when it was opened or last saved stands.
   */
  private readonly idsOnDisk = new Map<string, string | undefined>();
  private readonly disposables: vscode.Disposable[];
  private prompt: RelatedPrompt = askPerson;
  /** How long a save waits for the file's id before taking the one known from when the document was opened or saved. */
  private saveReadMs = 1_000;

  constructor(
    private readonly service: AnalysisService,
    private readonly views: ViewsApi,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.idsOnDisk.delete(document.uri.toString())),
      vscode.workspace.onWillSaveTextDocument((event) => {
        if (event.document.languageId === 'markdown') event.waitUntil(this.readIdOnDisk(event.document.uri));
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.logFailure(this.saved(document))),
      vscode.workspace.onDidRenameFiles((event) => this.logFailure(this.renamed(event.files))),
    ];
    for (const document of vscode.workspace.textDocuments) this.opened(document);
  }

  /** Replaces the question (tests); without one, a person is asked again. */
  setPrompt(prompt: RelatedPrompt | undefined): void {
    this.prompt = prompt ?? askPerson;
  }

  /** Replaces how long a save waits for the file's id (tests); without one, the default. */
  setSaveReadLimit(ms: number | undefined): void {
    this.saveReadMs = ms ?? 1_000;
  }

  /** Work that failed for a reason nobody foresaw is told in the Postmortem log, not lost. */
  private logFailure(work: Promise<void>): void {
    work.catch((error: unknown) => this.log.error(`related: not kept in step: ${errorMessage(error)}`));
  }

  private opened(document: vscode.TextDocument): void {
    if (document.languageId === 'markdown' && !document.isDirty)
      this.idsOnDisk.set(document.uri.toString(), documentId(document.getText()));
  }

  /**
   * Gives up after `saveReadMs`, well within the 1.5 s VS Code allows a save listener: one that overruns a few
   * times is ignored for the rest of the session, and a read finished after the save would see the new text.
   */
  private async readIdOnDisk(uri: vscode.Uri): Promise<void> {
    let late = false;
    const read = vscode.workspace.fs.readFile(uri).then(
      (bytes) => {
        if (!late) this.idsOnDisk.set(uri.toString(), documentId(new TextDecoder().decode(bytes)));
      },
      () => {
        // A new file: no id changes.
        if (!late) this.idsOnDisk.delete(uri.toString());
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        late = true;
        resolve();
      }, this.saveReadMs);
    });
    await Promise.race([read, deadline]);
    clearTimeout(timer);
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const before = this.idsOnDisk.get(key);
    const after = documentId(document.getText());
    this.idsOnDisk.set(key, after);
    if (before === undefined || after === undefined || before === after) return;
    if (!(await this.service.analysisOf(document)).analysis.isPostmortem) return;
    const postmortems = await this.views.indexedPostmortems();
    const listing = postmortems.filter((postmortem) => postmortem.related.includes(before));
    await this.offer(
      listing.map((postmortem) => ({ uri: postmortem.uri, entries: [{ from: before, to: after }], moved: false })),
      (changes) => `${listCount(changes.length)} "${before}" in related:. Write "${after}" there instead?`,
    );
    await this.tellUnread(postmortems, [before], `write "${after}" there for "${before}"`);
  }

  /**
   * Files or folders renamed: the entries naming them (or a file under them) by path, as written, in any postmortem;
   * and in a postmortem that moved, the entries naming others by a path from its old folder.
   */
  private async renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    const postmortems = await this.views.indexedAfterRenames(files);
    const move = new RelatedMove(
      files.map(({ oldUri, newUri }) => ({ from: oldUri.toString(), to: newUri.toString() })),
      postmortems.map((postmortem) => postmortem.uri.toString()),
    );
    // The index may hold a moved postmortem where it was, where it is, or both for a while.
    const changes = new Map<string, Change>();
    for (const postmortem of postmortems) {
      const uri = postmortem.uri.toString();
      const at = move.after(uri);
      if (changes.has(at)) continue;
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(at))?.uri.toString();
      const entries = move.entries(postmortem.related, uri, folder);
      if (entries.length > 0) changes.set(at, { uri: vscode.Uri.parse(at), entries, moved: move.before(uri) !== at });
    }
    const named = files.map(({ oldUri, newUri }) => ({
      from: relatedValue({ uri: oldUri, id: undefined }),
      to: relatedValue({ uri: newUri, id: undefined }),
    }));
    await this.offer([...changes.values()], (kept) => moveQuestion(named, kept));
    const names = files.map(({ oldUri }) => fileName(oldUri));
    await this.tellUnread(postmortems, names, 'write the new paths there for the moved files');
  }

  /**
   * Tells the person of the postmortems whose front matter cannot be read but names one of `names`: whether their
   * `related:` lists what changed is not known, so they are left as they are.
   */
  private async tellUnread(
    postmortems: readonly IndexedPostmortem[],
    names: readonly string[],
    remedy: string,
  ): Promise<void> {
    const unread: string[] = [];
    for (const postmortem of postmortems) {
      if (!postmortem.relatedUnread) continue;
      const frontMatter = frontMatterBlock(await readText(postmortem.uri).catch(() => ''));
      if (names.some((name) => frontMatter.includes(name)))
        unread.push(`"${relatedValue({ uri: postmortem.uri, id: undefined })}"`);
    }
    if (unread.length > 0)
      void this.prompt(
        `related: not checked in ${unread.join(', ')}: the front matter has errors. Fix them, then ${remedy}.`,
      );
  }

  /** Asks `question` about the changes to files still there, and writes them. */
  private async offer(changes: readonly Change[], question: (kept: readonly Change[]) => string): Promise<void> {
    const kept: Change[] = [];
    // Only files still there: a deleted postmortem's document may stay open a while after its tab closed.
    for (const change of changes) if (await exists(change.uri)) kept.push(change);
    if (kept.length === 0) return;
    if (!(await this.prompt(question(kept), 'Update related:'))) return;
    const edit = new vscode.WorkspaceEdit();
    const documents: vscode.TextDocument[] = [];
    const refused: string[] = [];
    for (const change of kept) {
      const document = await vscode.workspace.openTextDocument(change.uri);
      const result = await this.service.editsOf(document, { replaceRelated: change.entries });
      // Front matter with errors, or that would not read back as it should, is left as it is, and the person told.
      if ('refused' in result) refused.push(`"${relatedValue({ uri: change.uri, id: undefined })}": ${result.refused}`);
      if (!('edits' in result) || result.edits.length === 0) continue;
      for (const [uri, textEdits] of toWorkspaceEdit(document, result.edits).entries()) edit.set(uri, textEdits);
      // Files that were not open, or had no unsaved change, are saved; the edit stays in the undo history.
      if (!document.isDirty) documents.push(document);
    }
    if (refused.length > 0) void this.prompt(`related: left as it was in ${refused.join('; in ')}`);
    if (edit.size === 0) return;
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

const listCount = (count: number): string => (count === 1 ? '1 postmortem lists' : `${count} postmortems list`);

/** The question about `changes` after the files `named` moved, each by its path in the workspace. */
function moveQuestion(
  named: readonly { readonly from: string; readonly to: string }[],
  changes: readonly Change[],
): string {
  const listing = changes.filter((change) => !change.moved).length;
  const moved = changes.length - listing;
  const [only] = named;
  if (moved === 0 && named.length === 1 && only)
    return `${listCount(listing)} "${only.from}" in related:. Write "${only.to}" there instead?`;
  const files = named.length === 1 && only ? `"${only.from}"` : `${named.length} moved files`;
  const own =
    moved === 1
      ? `${named.length === 1 ? 'the' : '1'} moved postmortem lists others in related: by paths from its old folder`
      : `${moved} moved postmortems list others in related: by paths from their old folders`;
  const said = [...(listing > 0 ? [`${listCount(listing)} ${files} in related:`] : []), ...(moved > 0 ? [own] : [])];
  const sentence = said.join(', and ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Write the paths from where the files are now?`;
}
