// The Postmortem view container: Sections of the active postmortem, Action items and Postmortems
// of the workspace, and their commands. Contributions are in ./contributes.json.
import * as vscode from 'vscode';
import { sectionKindTitle, type SectionKind } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { DiagnosticsController } from '../diagnostics';
import type { OwnerDirectory } from '../ownerDirectory';
import { ActionItemsProvider, type ActionItemNode, type ActionItemsNode } from './actionItemsView';
import { assignOwner, insertSection, lastOfferedOwners, markDone } from './editCommands';
import type { IndexedPostmortem } from '../workspace/indexedPostmortem';
import { PostmortemsProvider, filterDescription, pickStatuses } from './postmortemsView';
import { REVEAL_COMMAND, revealRange } from './presentation';
import { SectionsProvider, type SectionNode } from './sectionsView';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { CREATE_ISSUE_COMMAND, createIssue } from '../tracker/createIssue';

export type { ActionItemsNode, IndexedPostmortem, SectionNode };

/** What the views expose on the extension's API, for integration tests. */
export interface ViewsApi {
  readonly sections: vscode.TreeDataProvider<SectionNode>;
  readonly actionItems: vscode.TreeDataProvider<ActionItemsNode>;
  readonly postmortems: vscode.TreeDataProvider<IndexedPostmortem>;
  /** Starts the workspace index if it has not started, and resolves when it has read every file found. */
  indexed(): Promise<void>;
  /** The postmortems of the workspace, once every file found has been read. */
  indexedPostmortems(): Promise<readonly IndexedPostmortem[]>;
  /** The postmortems of the workspace once the index has taken in the renamed files (whatever it heard before). */
  indexedAfterRenames(
    files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[],
  ): Promise<readonly IndexedPostmortem[]>;
  /** Fired, debounced, when the index's postmortems changed. */
  readonly onDidChangeIndex: vscode.Event<void>;
  /** Fired when, with every file read, a postmortem was added or removed or its id changed. */
  readonly onDidChangePostmortemNames: vscode.Event<void>;
  /** The owners Assign Owner last offered, in the order shown. */
  lastOfferedOwners(): readonly string[] | undefined;
}

const VIEW_IDS = {
  sections: 'postmortem.sections',
  actionItems: 'postmortem.actionItems',
  postmortems: 'postmortem.postmortems',
} as const;

export function registerViews(
  context: vscode.ExtensionContext,
  service: AnalysisService,
  diagnostics: DiagnosticsController,
  owners: OwnerDirectory,
): { disposable: vscode.Disposable; api: ViewsApi } {
  const index = new WorkspaceIndex(service, diagnostics);
  const sections = new SectionsProvider(service, diagnostics);
  const actionItems = new ActionItemsProvider(index, context.workspaceState);
  const postmortems = new PostmortemsProvider(index);
  const sectionsView = vscode.window.createTreeView(VIEW_IDS.sections, {
    treeDataProvider: sections,
    showCollapseAll: true,
  });
  const actionItemsView = vscode.window.createTreeView(VIEW_IDS.actionItems, {
    treeDataProvider: actionItems,
    showCollapseAll: true,
  });
  const postmortemsView = vscode.window.createTreeView(VIEW_IDS.postmortems, { treeDataProvider: postmortems });

  // The index starts when a view that shows it is first visible, never on the activation path.
  const startWhenVisible = (view: vscode.TreeView<unknown>): vscode.Disposable => {
    if (view.visible) setTimeout(() => index.start(), 0);
    return view.onDidChangeVisibility(({ visible }) => visible && index.start());
  };
  const showFilter = (): void => {
    const { description, message } = filterDescription(postmortems);
    postmortemsView.description = description;
    postmortemsView.message = message;
  };
  const itemOf = (node: ActionItemsNode | undefined): ActionItemNode['item'] | undefined =>
    node?.type === 'item' ? node.item : undefined;

  const disposable = vscode.Disposable.from(
    index,
    sections,
    actionItems,
    postmortems,
    sectionsView,
    actionItemsView,
    postmortemsView,
    startWhenVisible(actionItemsView),
    startWhenVisible(postmortemsView),
    sections.onDidChangeTreeData(
      () => (sectionsView.description = sections.document && vscode.workspace.asRelativePath(sections.document.uri)),
    ),
    postmortems.onDidChangeTreeData(showFilter),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, range: vscode.Range) => revealRange(uri, range)),
    vscode.commands.registerCommand('postmortem.insertSection', async (node?: SectionNode) => {
      const document = sections.document;
      if (!document) return false;
      const kind = node?.type === 'missing' ? node.kind : await pickMissingSection(sections);
      return kind ? insertSection(service, document, kind) : false;
    }),
    vscode.commands.registerCommand('postmortem.assignOwner', (node?: ActionItemsNode, owner?: string) =>
      assignOwner(service, owners, itemOf(node), owner),
    ),
    vscode.commands.registerCommand('postmortem.markDone', (node?: ActionItemsNode) => markDone(service, itemOf(node))),
    vscode.commands.registerCommand(CREATE_ISSUE_COMMAND, (node?: ActionItemsNode) =>
      createIssue(service, itemOf(node)),
    ),
    vscode.commands.registerCommand('postmortem.actionItems.showDone', () => actionItems.setShowingDone(true)),
    vscode.commands.registerCommand('postmortem.actionItems.hideDone', () => actionItems.setShowingDone(false)),
    vscode.commands.registerCommand('postmortem.postmortems.filterByStatus', async (statuses?: readonly string[]) => {
      if (statuses) return postmortems.setStatusFilter(statuses);
      // The statuses offered are those of the postmortems found: wait for the search for them.
      index.start();
      await index.whenIdle();
      const chosen = await pickStatuses(postmortems);
      if (chosen) postmortems.setStatusFilter(chosen);
    }),
    vscode.commands.registerCommand('postmortem.postmortems.clearFilter', () => postmortems.setStatusFilter(undefined)),
    vscode.commands.registerCommand('postmortem.views.refresh', () => index.rescan()),
  );
  const api: ViewsApi = {
    sections,
    actionItems,
    postmortems,
    indexed: () => {
      index.start();
      return index.whenIdle();
    },
    indexedPostmortems: async () => {
      await api.indexed();
      return index.postmortems;
    },
    indexedAfterRenames: async (files) => {
      index.start();
      index.renamed(files);
      await api.indexed();
      // A file may be read before the file system shows it at its new path, under load: read once more what the index
      // does not hold where it is now.
      const held = new Set(index.postmortems.map((postmortem) => postmortem.uri.toString()));
      const unread = files.filter(({ newUri }) => !held.has(newUri.toString()));
      if (unread.length > 0) index.renamed(unread);
      return api.indexedPostmortems();
    },
    onDidChangeIndex: index.onDidChange,
    onDidChangePostmortemNames: index.onDidChangeNames,
    lastOfferedOwners,
  };
  return { disposable, api };
}

async function pickMissingSection(sections: SectionsProvider): Promise<SectionKind | undefined> {
  const missing = sections.missingSections;
  if (missing.length === 0) {
    void vscode.window.showInformationMessage('This postmortem has every required section.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    missing.map((node) => ({ label: sectionKindTitle(node.kind), sectionKind: node.kind })),
    { title: 'Insert Section', placeHolder: 'The required section to insert from the template' },
  );
  return picked?.sectionKind;
}
