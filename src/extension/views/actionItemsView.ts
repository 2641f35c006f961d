import * as vscode from 'vscode';
import { today } from '../../core';
import {
  groupByOwner,
  groupByTeam,
  isOverdue,
  orderItems,
  type GroupCounts,
  type OwnerGroup,
  type TeamGroup,
} from './actionItemOrder';
import { fileName, type IndexedActionItem } from '../workspace/indexedPostmortem';
import { REVEAL_COMMAND, countOf, themeIcon, workspacePath } from './presentation';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { onHostThread } from '../hostTime';

export interface OwnerNode {
  readonly type: 'owner';
  readonly group: OwnerGroup<IndexedActionItem>;
}

/** A team of the configuration's `teams`, with the items its members own. */
export interface TeamNode {
  readonly type: 'team';
  readonly group: TeamGroup<IndexedActionItem>;
}

export interface ActionItemNode {
  readonly type: 'item';
  readonly item: IndexedActionItem;
  /** The owner group the node is shown in: an item with two owners is shown twice (and again under its team). */
  readonly owner: string | undefined;
  /** The team group the node is shown in, if any. */
  readonly team?: string;
}

export type ActionItemsNode = OwnerNode | TeamNode | ActionItemNode;

const SHOWING_DONE_CONTEXT_KEY = 'postmortem.actionItems.showingDone';
const SHOW_DONE_STATE = 'postmortem.actionItems.showDone';
/** Larger groups start collapsed, so that a big workspace does not render every item at once. */
const EXPANDED_GROUP_SIZE = 100;

/**
 * The action items of every postmortem in the workspace, by owner: unowned first, then the teams
 * of the configuration's `teams` (if any), then the owners; overdue and open before done. Each
 * group says how many of its items are open, overdue and done, and how many days done ones took.
 */
export class ActionItemsProvider implements vscode.TreeDataProvider<ActionItemsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** The groups shown, computed once per change of the index. */
  private groups: (OwnerNode | TeamNode)[] | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly state: vscode.Memento,
  ) {
    this.subscription = index.onDidChange(() => this.refresh());
    void vscode.commands.executeCommand('setContext', SHOWING_DONE_CONTEXT_KEY, this.showingDone);
  }

  get showingDone(): boolean {
    return this.state.get<boolean>(SHOW_DONE_STATE, true);
  }

  async setShowingDone(show: boolean): Promise<void> {
    await this.state.update(SHOW_DONE_STATE, show);
    await vscode.commands.executeCommand('setContext', SHOWING_DONE_CONTEXT_KEY, show);
    this.refresh();
  }

  private refresh(): void {
    this.groups = undefined;
    this.changed.fire();
  }

  getChildren(node?: ActionItemsNode): ActionItemsNode[] {
    if (node?.type === 'item') return [];
    if (node?.type === 'team')
      return onHostThread(() =>
        orderItems(node.group.items, today()).map(
          (item): ActionItemNode => ({ type: 'item', item, owner: undefined, team: node.group.team }),
        ),
      );
    if (node)
      return onHostThread(() =>
        orderItems(node.group.items, today()).map(
          (item): ActionItemNode => ({ type: 'item', item, owner: node.group.owner }),
        ),
      );
    this.index.start();
    this.groups ??= onHostThread(() => {
      const items = this.index.postmortems.flatMap((postmortem) => postmortem.actionItems);
      const owners = groupByOwner(items, today(), this.showingDone).map(
        (group): OwnerNode => ({ type: 'owner', group }),
      );
      const teams = groupByTeam(items, today(), this.showingDone).map((group): TeamNode => ({ type: 'team', group }));
      const unowned = owners[0]?.group.owner === undefined ? owners.slice(0, 1) : [];
      return [...unowned, ...teams, ...owners.slice(unowned.length)];
    });
    return this.groups;
  }

  getTreeItem(node: ActionItemsNode): vscode.TreeItem {
    return node.type === 'owner'
      ? ownerItem(node.group)
      : node.type === 'team'
        ? teamItem(node.group)
        : actionItem(node);
  }

  /** Tooltips are built when a person hovers, not for every item shown. */
  resolveTreeItem(item: vscode.TreeItem, node: ActionItemsNode): vscode.TreeItem {
    if (node.type === 'item') item.tooltip = itemTooltip(node.item);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * `2 open items, 1 overdue, 3 done in 12 days (median)`: the done ones' days from the incident, where their dates say.
 */
function followThroughText(group: GroupCounts): string {
  const days = group.daysToDone.median;
  const done =
    group.done > 0
      ? `${group.done} done${days === undefined ? '' : ` in ${countOf(Math.round(days), 'day')} (median)`}`
      : undefined;
  return [countOf(group.open, 'open item'), group.overdue > 0 ? `${group.overdue} overdue` : undefined, done]
    .filter(Boolean)
    .join(', ');
}

const groupState = (group: { readonly items: readonly unknown[] }) =>
  group.items.length <= EXPANDED_GROUP_SIZE
    ? vscode.TreeItemCollapsibleState.Expanded
    : vscode.TreeItemCollapsibleState.Collapsed;

function teamItem(group: TeamGroup<IndexedActionItem>): vscode.TreeItem {
  const item = new vscode.TreeItem(group.team, groupState(group));
  const counts = followThroughText(group);
  item.description = counts;
  item.iconPath = themeIcon('organization');
  item.contextValue = 'team';
  item.tooltip = `Team ${group.team}: ${counts}`;
  item.accessibilityInformation = { label: `Team ${group.team}, ${counts}` };
  item.id = `team:${group.team}`;
  return item;
}

function ownerItem(group: OwnerGroup<IndexedActionItem>): vscode.TreeItem {
  const name = group.owner ?? 'Unowned';
  const item = new vscode.TreeItem(name, groupState(group));
  const counts = followThroughText(group);
  item.description = counts;
  item.iconPath = group.owner === undefined ? themeIcon('question', 'warning') : themeIcon('person');
  item.contextValue = group.owner === undefined ? 'unowned' : 'owner';
  item.tooltip = group.owner === undefined ? `Action items nobody owns: ${counts}` : `${name}: ${counts}`;
  item.accessibilityInformation = { label: `${name}, ${counts}` };
  item.id = `owner:${group.owner ?? ''}`;
  return item;
}

const ownersText = (entry: IndexedActionItem): string => (entry.owners.length > 0 ? entry.owners.join(', ') : 'nobody');

function whenText(entry: IndexedActionItem, overdue: boolean): string {
  if (entry.status === 'done') return entry.completedOn ? `done ${entry.completedOn}` : 'done';
  if (overdue) return `overdue since ${entry.due}`;
  return entry.due ? `due ${entry.due}` : 'no due date';
}

function itemTooltip(entry: IndexedActionItem): vscode.MarkdownString {
  const when = whenText(entry, isOverdue(entry, today()));
  return new vscode.MarkdownString()
    .appendText(entry.text)
    .appendMarkdown('\n\n')
    .appendText(`Owner: ${ownersText(entry)} \u00b7 ${when}`)
    .appendMarkdown('\n\n')
    .appendText(`${workspacePath(entry.uri)}:${entry.line + 1}`);
}

function actionItem(node: ActionItemNode): vscode.TreeItem {
  const { item: entry } = node;
  const overdue = isOverdue(entry, today());
  const item = new vscode.TreeItem(entry.text || '(no text)', vscode.TreeItemCollapsibleState.None);
  const when = whenText(entry, overdue);
  item.description = `${when} \u00b7 ${fileName(entry.uri)}`;
  item.iconPath =
    entry.status === 'done'
      ? themeIcon('pass', 'passed')
      : overdue
        ? themeIcon('watch', 'error')
        : themeIcon('circle-large-outline');
  item.contextValue = entry.status === 'done' ? 'actionItem.done' : 'actionItem.open';
  const owners = ownersText(entry);
  item.accessibilityInformation = {
    label:
      `${entry.text}, ${entry.status === 'done' ? 'done' : 'open'}, ${when}, ` +
      `owner ${owners}, in ${fileName(entry.uri)}`,
  };
  const position = new vscode.Position(entry.line, 0);
  item.command = {
    title: 'Open Action Item',
    command: REVEAL_COMMAND,
    arguments: [entry.uri, new vscode.Range(position, position)],
  };
  const team = node.team === undefined ? '' : `team:${node.team}:`;
  item.id = `item:${team}${node.owner ?? ''}:${entry.uri.toString()}#${entry.line}:${entry.text}`;
  return item;
}
