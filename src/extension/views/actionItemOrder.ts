// How the Action items view orders items, as plain data: one group per owner (unowned first, then
// owners alphabetically) and, when the configuration names teams, one per team; in each, overdue
// items, then open ones, then done ones, by due date.
import { daysStats, isOverdue, type DaysStats } from '../../core';

export { isOverdue } from '../../core';

export interface OrderableItem {
  readonly owners: readonly string[];
  readonly due: string | undefined;
  readonly status: 'open' | 'done';
  readonly text: string;
  /** The teams of its owners, from the configuration. */
  readonly teams?: readonly string[];
  /** Days from the incident to the item's completion, when both dates are known. */
  readonly daysToDone?: number | undefined;
}

/** Follow-through of a group: counted over all its items, the done ones included when they are hidden. */
export interface GroupCounts {
  readonly open: number;
  readonly overdue: number;
  readonly done: number;
  readonly daysToDone: DaysStats;
}

export interface OwnerGroup<T extends OrderableItem> extends GroupCounts {
  /** Undefined for the items nobody owns. */
  readonly owner: string | undefined;
  /** The items shown. */
  readonly items: readonly T[];
}

export interface TeamGroup<T extends OrderableItem> extends GroupCounts {
  readonly team: string;
  readonly items: readonly T[];
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

interface Collected<T> {
  readonly items: T[];
  open: number;
  overdue: number;
  done: number;
  readonly days: number[];
}

/**
 * Items by each of their keys, counted over all of them; done items listed only with `includeDone`; groups with nothing
 * listed left out.
 */
function collect<T extends OrderableItem, K>(
  items: readonly T[],
  keysOf: (item: T) => readonly K[],
  today: string,
  includeDone: boolean,
  compare: (a: K, b: K) => number,
): [K, Collected<T>][] {
  const byKey = new Map<K, Collected<T>>();
  for (const item of items) {
    const overdue = isOverdue(item, today) ? 1 : 0;
    for (const key of keysOf(item)) {
      let group = byKey.get(key);
      if (!group) {
        group = { items: [], open: 0, overdue: 0, done: 0, days: [] };
        byKey.set(key, group);
      }
      if (item.status === 'done') {
        group.done++;
        if (item.daysToDone !== undefined) group.days.push(item.daysToDone);
      } else group.open++;
      group.overdue += overdue;
      if (item.status === 'open' || includeDone) group.items.push(item);
    }
  }
  return [...byKey.entries()].filter(([, group]) => group.items.length > 0).sort(([a], [b]) => compare(a, b));
}

const counts = <T>({ open, overdue, done, days }: Collected<T>): GroupCounts => ({
  open,
  overdue,
  done,
  daysToDone: daysStats(days),
});

/**
 * One group per owner, unowned first, then owners alphabetically; an item with several owners is in
 * each owner's group; done items only with `includeDone`. Items keep their order: `orderItems`
 * sorts a group when it is shown, so that a collapsed group of thousands costs nothing.
 */
export function groupByOwner<T extends OrderableItem>(
  items: readonly T[],
  today: string,
  includeDone: boolean,
): OwnerGroup<T>[] {
  const keysOf = (item: T): readonly (string | undefined)[] => (item.owners.length > 0 ? item.owners : [undefined]);
  return collect(items, keysOf, today, includeDone, compareOwners).map(([owner, group]) => ({
    owner,
    items: group.items,
    ...counts(group),
  }));
}

/** One group per team that owns an item, alphabetically; as `groupByOwner` otherwise. */
export function groupByTeam<T extends OrderableItem>(
  items: readonly T[],
  today: string,
  includeDone: boolean,
): TeamGroup<T>[] {
  return collect(items, (item) => item.teams ?? [], today, includeDone, compareOwners).map(([team, group]) => ({
    team,
    items: group.items,
    ...counts(group),
  }));
}

/** Overdue items first, then open ones, then done ones; each by due date (none last), then by text. */
export function orderItems<T extends OrderableItem>(items: readonly T[], today: string): T[] {
  const keyed = items.map((item) => ({ item, rank: itemRank(item, today), due: item.due ?? '9999' }));
  // Plain comparisons: a workspace may hold tens of thousands of items.
  keyed.sort((a, b) => a.rank - b.rank || compareText(a.due, b.due) || compareText(a.item.text, b.item.text));
  return keyed.map(({ item }) => item);
}
