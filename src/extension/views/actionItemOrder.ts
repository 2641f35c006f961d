// How the Action items view orders items, as plain data: one group per owner (unowned first, then
// owners alphabetically); in each, overdue items, then open ones, then done ones, by due date.

export interface OrderableItem {
  readonly owners: readonly string[];
  readonly due: string | undefined;
  readonly status: 'open' | 'done';
  readonly text: string;
}

export interface OwnerGroup<T extends OrderableItem> {
  /** Undefined for the items nobody owns. */
  readonly owner: string | undefined;
  readonly items: readonly T[];
  readonly open: number;
  readonly overdue: number;
}

/** An open item whose due date (`YYYY-MM-DD`) is before `today`. */
export function isOverdue(item: OrderableItem, today: string): boolean {
  return item.status === 'open' && item.due !== undefined && item.due < today;
}

const ownerKey = (owner: string): string => owner.replace(/^@/, '');

function compareOwners(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return ownerKey(a).localeCompare(ownerKey(b), undefined, { sensitivity: 'base' }) || a.localeCompare(b);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function itemRank(item: OrderableItem, today: string): number {
  if (item.status === 'done') return 2;
  return isOverdue(item, today) ? 0 : 1;
}

/**
 * One group per owner, unowned first, then owners alphabetically; an item with several owners is in
 * each owner's group; done items only with `includeDone`. Items keep their order: `orderItems`
 * sorts a group when it is shown, so that a collapsed group of thousands costs nothing.
 */
export function groupByOwner<T extends OrderableItem>(items: readonly T[], today: string, includeDone: boolean): OwnerGroup<T>[] {
  const byOwner = new Map<string | undefined, { items: T[]; open: number; overdue: number }>();
  for (const item of items) {
    if (item.status === 'done' && !includeDone) continue;
    const overdue = isOverdue(item, today) ? 1 : 0;
    for (const owner of item.owners.length > 0 ? item.owners : [undefined]) {
      let group = byOwner.get(owner);
      if (!group) byOwner.set(owner, (group = { items: [], open: 0, overdue: 0 }));
      group.items.push(item);
      if (item.status === 'open') group.open++;
      group.overdue += overdue;
    }
  }
  return [...byOwner.entries()].sort(([a], [b]) => compareOwners(a, b)).map(([owner, group]) => ({ owner, ...group }));
}

/** Overdue items first, then open ones, then done ones; each by due date (none last), then by text. */
export function orderItems<T extends OrderableItem>(items: readonly T[], today: string): T[] {
  const keyed = items.map((item) => ({ item, rank: itemRank(item, today), due: item.due ?? '9999' }));
  // Plain comparisons: a workspace may hold tens of thousands of items.
  keyed.sort((a, b) => a.rank - b.rank || compareText(a.due, b.due) || compareText(a.item.text, b.item.text));
  return keyed.map(({ item }) => item);
}
