import * as vscode from 'vscode';
import { totalProblems, type IndexedPostmortem } from '../workspace/indexedPostmortem';
import { countOf, themeIcon, workspacePath } from './presentation';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { onHostThread } from '../hostTime';

const FILTERED_CONTEXT_KEY = 'postmortem.postmortems.filtered';
/** The filter's value for postmortems whose front matter gives no status. */
const NO_STATUS = '';

const statusKey = (status: string | undefined): string => status?.toLowerCase() ?? NO_STATUS;

/** A date as a sortable `YYYY-MM-DD...` string; empty when it is no date. */
function dateKey(date: string | undefined): string {
  if (!date) return '';
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
  const time = Date.parse(date);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/** Newest first; undated last; by title on the same date. */
function newestFirst(postmortems: readonly IndexedPostmortem[]): IndexedPostmortem[] {
  const keyed = postmortems.map((postmortem) => ({ postmortem, date: dateKey(postmortem.date) }));
  keyed.sort((a, b) =>
    a.date < b.date
      ? 1
      : a.date > b.date
        ? -1
        : a.postmortem.title < b.postmortem.title
          ? -1
          : a.postmortem.title > b.postmortem.title
            ? 1
            : 0,
  );
  return keyed.map(({ postmortem }) => postmortem);
}

/**
 * Every postmortem in the workspace, newest first, with its date, severity, status and problem count; filterable by
 * status.
 */
export class PostmortemsProvider implements vscode.TreeDataProvider<IndexedPostmortem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  private filter: ReadonlySet<string> | undefined;
  /** The postmortems shown, computed once per change of the index or the filter. */
  private sorted: IndexedPostmortem[] | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.refresh());
  }

  private refresh(): void {
    this.sorted = undefined;
    this.changed.fire();
  }

  /** The statuses shown (`NO_STATUS` for none), or undefined when every postmortem is. */
  get statusFilter(): readonly string[] | undefined {
    return this.filter && [...this.filter];
  }

  setStatusFilter(statuses: readonly string[] | undefined): void {
    this.filter = statuses && statuses.length > 0 ? new Set(statuses.map((status) => status.toLowerCase())) : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, this.filter !== undefined);
    this.refresh();
  }

  /**
   * The statuses to filter by: those the configurations allow and those the postmortems use, with how many have each.
   */
  statusChoices(): { readonly status: string; readonly count: number }[] {
    const counts = new Map<string, number>();
    const names = new Map<string, string>();
    for (const postmortem of this.index.postmortems) {
      for (const value of postmortem.statusValues)
        if (!names.has(value.toLowerCase())) names.set(value.toLowerCase(), value);
      const key = statusKey(postmortem.status);
      if (!names.has(key)) names.set(key, postmortem.status ?? NO_STATUS);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...names.entries()].map(([key, status]) => ({ status, count: counts.get(key) ?? 0 }));
  }

  /** The postmortems shown: the filter applied, newest first. */
  shown(): IndexedPostmortem[] {
    const filter = this.filter;
    this.sorted ??= onHostThread(() =>
      newestFirst(this.index.postmortems.filter((postmortem) => !filter || filter.has(statusKey(postmortem.status)))),
    );
    return this.sorted;
  }

  getChildren(node?: IndexedPostmortem): IndexedPostmortem[] {
    if (node) return [];
    this.index.start();
    return [...this.shown()];
  }

  getTreeItem(postmortem: IndexedPostmortem): vscode.TreeItem {
    const problems = totalProblems(postmortem.problems);
    const item = new vscode.TreeItem(postmortem.title, vscode.TreeItemCollapsibleState.None);
    const facts = [
      postmortem.date,
      postmortem.severity,
      postmortem.status,
      problems > 0 ? countOf(problems, 'problem') : undefined,
    ].filter(Boolean);
    item.description = facts.join(' \u00b7 ');
    item.iconPath =
      postmortem.problems.error > 0
        ? themeIcon('report', 'error')
        : postmortem.problems.warning > 0
          ? themeIcon('report', 'warning')
          : themeIcon('report');
    item.contextValue = 'postmortem';
    item.resourceUri = postmortem.uri;
    item.accessibilityInformation = { label: [postmortem.title, ...facts].join(', ') };
    item.command = { title: 'Open Postmortem', command: 'vscode.open', arguments: [postmortem.uri] };
    item.id = postmortem.uri.toString();
    return item;
  }

  /** Tooltips are built when a person hovers, not for every postmortem shown. */
  resolveTreeItem(item: vscode.TreeItem, postmortem: IndexedPostmortem): vscode.TreeItem {
    const open = postmortem.actionItems.filter((action) => action.status === 'open').length;
    const { error, warning, info } = postmortem.problems;
    item.tooltip = new vscode.MarkdownString()
      .appendText(postmortem.id ? `${postmortem.id}: ${postmortem.title}` : postmortem.title)
      .appendMarkdown('\n\n')
      .appendText(
        [
          `date ${postmortem.date ?? 'not given'}`,
          `severity ${postmortem.severity ?? 'not given'}`,
          `status ${postmortem.status ?? 'not given'}`,
        ].join(' \u00b7 '),
      )
      .appendMarkdown('\n\n')
      .appendText(
        `${countOf(error, 'error')}, ${countOf(warning, 'warning')}, ${info} ` +
          `info \u00b7 ${open} of ` +
          `${countOf(postmortem.actionItems.length, 'action item')} open` +
          `${open === 0 && postmortem.actionItems.length > 0 ? ', all closed' : ''}`,
      )
      .appendMarkdown('\n\n')
      .appendText(workspacePath(postmortem.uri));
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * Asks for the statuses to show, the current ones picked; undefined when the pick is dismissed, or when there is no
 * postmortem to filter (said instead of an empty list).
 */
export async function pickStatuses(provider: PostmortemsProvider): Promise<string[] | undefined> {
  const current = new Set(provider.statusFilter ?? []);
  const choices = provider.statusChoices();
  if (choices.length === 0) {
    void vscode.window.showInformationMessage('No postmortems in this workspace yet, so none to filter by status.');
    return undefined;
  }
  const items = choices.map(({ status, count }) => ({
    label: status === NO_STATUS ? '(no status)' : status,
    description: countOf(count, 'postmortem'),
    picked: current.has(status.toLowerCase()),
    status,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Show Postmortems with Status',
    placeHolder: 'Pick the statuses to show; none shows every postmortem',
    canPickMany: true,
  });
  return picked?.map((item) => item.status);
}

/** The view's description and message for the filter: which statuses, and why the list is empty. */
export function filterDescription(provider: PostmortemsProvider): {
  readonly description: string | undefined;
  readonly message: string | undefined;
} {
  const filter = provider.statusFilter;
  if (!filter) return { description: undefined, message: undefined };
  const names = filter.map((status) => (status === NO_STATUS ? 'no status' : status)).join(', ');
  const shown = provider.shown().length;
  return {
    description: `status: ${names}`,
    message: shown === 0 ? `No postmortem has status ${names}. Clear the filter to see every postmortem.` : undefined,
  };
}
