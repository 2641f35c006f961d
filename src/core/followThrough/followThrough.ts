// Follow-through: per owner and per team, how many action items are open, done and overdue, and
// how many days the done ones took from the incident's date to the date they were done.
import { DAY } from '../model/dates';
import { median, percentile } from '../util/stats';

/** What follow-through reads of one action item. */
export interface FollowedItem {
  readonly status: 'open' | 'done';
  readonly owners: readonly string[];
  /** YYYY-MM-DD. */
  readonly due: string | undefined;
  /** When a done item was done (YYYY-MM-DD), as its text says (see `completion.ts`). */
  readonly completedOn: string | undefined;
  /** The teams of its owners (see `teams.ts`). */
  readonly teams: readonly string[];
}

/** Over the done items with both an incident date and a completion date (`n` of them); whole days. */
export interface DaysStats {
  readonly n: number;
  readonly median: number | undefined;
  readonly p90: number | undefined;
}

export interface FollowThroughCounts {
  readonly open: number;
  readonly done: number;
  /** Open, with a due date before today. */
  readonly overdue: number;
  /** Days from the incident to the item's completion. */
  readonly daysToDone: DaysStats;
}

export interface FollowThroughGroup extends FollowThroughCounts {
  /** The owner as written, or the team as the configuration names it. */
  readonly name: string;
}

export interface FollowThrough {
  /** Every item. */
  readonly all: FollowThroughCounts;
  /** Every owner, alphabetically (`@` ignored); an item with two owners counts for both. */
  readonly byOwner: readonly FollowThroughGroup[];
  /** Every team of the configuration that owns an item, alphabetically. */
  readonly byTeam: readonly FollowThroughGroup[];
}

/** Whole days from one `YYYY-MM-DD` to another; undefined when either is missing or the second is earlier. */
export function daysBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
  return Number.isFinite(days) && days >= 0 ? days : undefined;
}

/** An open item whose due date (`YYYY-MM-DD`) is before `today`. */
export function isOverdue(item: Pick<FollowedItem, 'status' | 'due'>, today: string): boolean {
  return item.status === 'open' && item.due !== undefined && item.due < today;
}

export function daysStats(days: readonly number[]): DaysStats {
  const sorted = [...days].sort((a, b) => a - b);
  return { n: sorted.length, median: median(sorted), p90: percentile(sorted, 90) };
}

/** An item with the days it took (undefined when open, or a date is missing). */
interface TalliedItem extends Pick<FollowedItem, 'status' | 'due'> {
  readonly daysToDone: number | undefined;
}

/** The counts of a set of items. */
function tally(items: readonly TalliedItem[], today: string): FollowThroughCounts {
  let open = 0;
  let overdue = 0;
  const days: number[] = [];
  for (const item of items) {
    if (item.status === 'open') open++;
    if (isOverdue(item, today)) overdue++;
    if (item.status === 'done' && item.daysToDone !== undefined) days.push(item.daysToDone);
  }
  return { open, done: items.length - open, overdue, daysToDone: daysStats(days) };
}

const compareNames = (a: string, b: string): number =>
  a.replace(/^@/, '').localeCompare(b.replace(/^@/, ''), 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

function grouped(entries: readonly (readonly [readonly string[], TalliedItem])[], today: string): FollowThroughGroup[] {
  const byName = new Map<string, TalliedItem[]>();
  for (const [names, item] of entries) {
    for (const name of new Set(names)) {
      const items = byName.get(name) ?? [];
      items.push(item);
      byName.set(name, items);
    }
  }
  return [...byName.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, items]) => ({ name, ...tally(items, today) }));
}

/**
 * Follow-through across postmortems: each with its incident date and its items. Pure: the same input and `today` give
 * the same numbers.
 */
export function followThrough(
  postmortems: readonly { readonly date: string | undefined; readonly actionItems: readonly FollowedItem[] }[],
  today: string,
): FollowThrough {
  const entries = postmortems.flatMap((postmortem) =>
    postmortem.actionItems.map((item) => ({
      item,
      tallied: { status: item.status, due: item.due, daysToDone: daysBetween(postmortem.date, item.completedOn) },
    })),
  );
  return {
    all: tally(
      entries.map(({ tallied }) => tallied),
      today,
    ),
    byOwner: grouped(
      entries.map(({ item, tallied }) => [item.owners, tallied] as const),
      today,
    ),
    byTeam: grouped(
      entries.map(({ item, tallied }) => [item.teams, tallied] as const),
      today,
    ),
  };
}
