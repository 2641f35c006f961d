// The views' commands that change a postmortem: each edit is built by src/core against the
// document's current text and applied as a WorkspaceEdit on the lines it targets.
import * as vscode from 'vscode';
import {
  assignOwnerEdit,
  markDoneEdit,
  normalizeOwner,
  ownerProblem,
  sectionKindTitle,
  type ActionItem,
  type Analysis,
  type AnalyzedActionItem,
  type SectionKind,
  type TextEdit,
} from '../../core';
import { SupersededError, type AnalysisService, type DocumentAnalysis } from '../analysis/analysisService';
import type { OwnerDirectory } from '../ownerDirectory';
import { toWorkspaceEdit } from '../convert';
import type { IndexedActionItem } from '../workspace/indexedPostmortem';

/**
 * Applies an edit built against `version` of the document, and shows its first line; false when the document changed
 * meanwhile.
 */
export async function applyAndShow(
  document: vscode.TextDocument,
  version: number,
  edit: TextEdit,
  lineOffset = edit.start,
): Promise<boolean> {
  if (document.version !== version) return false;
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document, [edit])))) return false;
  const position = document.positionAt(lineOffset);
  const editor = await vscode.window.showTextDocument(document, {
    selection: new vscode.Range(position, position),
    preserveFocus: true,
    preview: true,
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/**
 * The item as the document's current analysis reads it: on the same line with the same words, else the same words
 * nearest to it.
 */
function currentItem(items: readonly AnalyzedActionItem[], shown: IndexedActionItem): AnalyzedActionItem | undefined {
  const same = items.filter((item) => item.text === shown.text);
  return (
    same.find((item) => item.range.start.line === shown.line) ??
    same.sort((a, b) => Math.abs(a.range.start.line - shown.line) - Math.abs(b.range.start.line - shown.line))[0]
  );
}

/** The analysis of the document's current version, asked again when a newer version superseded it. */
export async function resultOrNewer(
  service: AnalysisService,
  document: vscode.TextDocument,
): Promise<DocumentAnalysis> {
  for (;;) {
    try {
      return await service.analysisOf(document);
    } catch (error) {
      if (!(error instanceof SupersededError)) throw error;
    }
  }
}

async function analysisOrNewer(service: AnalysisService, document: vscode.TextDocument): Promise<Analysis> {
  return (await resultOrNewer(service, document)).analysis;
}

/**
 * Builds an edit of an action item against its document's current version and applies it, retrying once if the document
 * changes meanwhile.
 */
export async function editItem(
  service: AnalysisService,
  shown: IndexedActionItem,
  build: (text: string, item: ActionItem) => TextEdit | undefined,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(shown.uri);
  for (let attempt = 0; attempt < 2; attempt++) {
    const version = document.version;
    const analysis = await analysisOrNewer(service, document);
    const item = currentItem(analysis.actionItems, shown);
    if (!item) {
      void vscode.window.showWarningMessage(
        `The action item "${shown.text}" is no longer in ${vscode.workspace.asRelativePath(shown.uri)}.`,
      );
      return false;
    }
    if (item.writtenInHtml) {
      void vscode.window.showWarningMessage(
        `The action item "${shown.text}" is written in HTML; edit it in the text, so that the markup stays as written.`,
      );
      return false;
    }
    const edit = build(document.getText(), item);
    if (!edit) return true;
    const lineStart = document.offsetAt(new vscode.Position(item.range.start.line, 0));
    if (await applyAndShow(document, version, edit, lineStart)) return true;
  }
  void vscode.window.showWarningMessage('The postmortem changed while the edit was prepared; try again.');
  return false;
}

/** The owners Assign Owner last offered, in the order shown (for tests). */
let lastOffered: readonly string[] | undefined;
export const lastOfferedOwners = (): readonly string[] | undefined => lastOffered;

/**
 * "Assign Owner…": unless given the owner, offers the known owners (the team's, the document's own
 * people, CODEOWNERS, other postmortems': `knownOwners` in the core, as owner completion offers them)
 * or any name typed, and writes the one chosen into the item.
 */
export async function assignOwner(
  service: AnalysisService,
  directory: OwnerDirectory,
  item: IndexedActionItem | undefined,
  owner?: string,
): Promise<boolean> {
  if (!item) return false;
  const name = owner ?? (await pickOwner(item, await offeredOwners(service, directory, item)));
  if (name === undefined) return false;
  const problem = ownerProblem(name);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return false;
  }
  return editItem(service, item, (text, current) => assignOwnerEdit(text, current, normalizeOwner(name)));
}

async function offeredOwners(
  service: AnalysisService,
  directory: OwnerDirectory,
  item: IndexedActionItem,
): Promise<string[]> {
  try {
    const document = await vscode.workspace.openTextDocument(item.uri);
    return await directory.ownersFor(item.uri, await resultOrNewer(service, document));
  } catch {
    // Nothing known to offer: a name can still be typed.
    return [];
  }
}

/** A quick pick of the known owners, with what is typed offered first when it names someone else. */
function pickOwner(item: IndexedActionItem, known: readonly string[]): Promise<string | undefined> {
  lastOffered = known;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
  pick.title = 'Assign Owner';
  pick.placeholder = `Who owns "${item.text}"? Pick a known owner, or type a @handle, a person's name or a team`;
  pick.matchOnDescription = true;
  const current = new Set(item.owners.map((owner) => owner.toLowerCase()));
  const knownItems = known.map(
    (label): vscode.QuickPickItem => ({
      label,
      description: current.has(label.toLowerCase()) ? 'current owner' : undefined,
    }),
  );
  const showItems = (): void => {
    const typed = normalizeOwner(pick.value);
    const isKnown = known.some((owner) => owner.toLowerCase() === typed.toLowerCase());
    const typedItem: vscode.QuickPickItem[] =
      typed === '' || isKnown
        ? []
        : [{ label: typed, description: 'typed', detail: ownerProblem(typed), alwaysShow: true }];
    pick.items = [...typedItem, ...knownItems];
  };
  showItems();
  return new Promise((resolve) => {
    pick.onDidChangeValue(showItems);
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0]?.label ?? normalizeOwner(pick.value);
      if (chosen === '' || ownerProblem(chosen) !== undefined) return;
      resolve(chosen);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** "Mark Done": ticks the box, fills the Status cell or appends ` (done)`. */
export function markDone(service: AnalysisService, item: IndexedActionItem | undefined): Promise<boolean> {
  if (!item) return Promise.resolve(false);
  return editItem(service, item, markDoneEdit);
}

/** "Insert Section": inserts a missing section from the template where the template order puts it. */
export async function insertSection(
  service: AnalysisService,
  document: vscode.TextDocument,
  kind: SectionKind,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const version = document.version;
    const result = await service.editsOf(document, { insertSection: kind });
    if (!('edits' in result) || !result.edits[0]) break;
    const edit = result.edits[0];
    const heading = edit.newText.indexOf('#');
    if (await applyAndShow(document, version, edit, edit.start + Math.max(0, heading))) return true;
  }
  void vscode.window.showWarningMessage(
    `The postmortem changed while the ${sectionKindTitle(kind)} section was prepared; try again.`,
  );
  return false;
}
