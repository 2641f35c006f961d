// Numbers across a workspace's postmortems, for Show Metrics and `postmortem metrics`.
import type { Analysis } from './analysis/analyze';
import { followThrough, isOverdue, type FollowedItem, type FollowThrough } from './followThrough/followThrough';
import type { Metrics } from './model/types';
import { recurringCauses, type RecurringCause } from './related/recurring';
import type { CauseSentence } from './related/causes';
import { median, percentile } from './util/stats';

export { percentile } from './util/stats';

export type DurationName = keyof Metrics;
export const DURATION_NAMES: readonly DurationName[] = ['timeToDetect', 'timeToMitigate', 'timeToResolve'];

/** Over the postmortems that have the duration (`n` of them); milliseconds, undefined when n is 0. */
interface DurationStats {
  readonly n: number;
  readonly median: number | undefined;
  readonly p90: number | undefined;
}

export interface ActionItemCounts {
  readonly total: number;
  readonly open: number;
  readonly done: number;
  /** Open, with no owner. */
  readonly unowned: number;
  /** Open, with a due date before today. */
  readonly overdue: number;
}

export interface RecurringValue {
  readonly name: string;
  /** How many postmortems name it. */
  readonly count: number;
}

export interface PostmortemRow {
  readonly path: string;
  readonly title: string | undefined;
  readonly id: string | undefined;
  readonly date: string | undefined;
  readonly severity: string;
  readonly status: string;
  readonly metrics: Metrics;
  readonly actionItems: ActionItemCounts;
  /** Whether every action item of the postmortem is done (true when it has none). */
  readonly allClosed: boolean;
}

export interface WorkspaceMetrics {
  /** How many postmortems. */
  readonly count: number;
  /** `severity` and `status` values (`unknown` when missing), keys sorted by name with `unknown` last. */
  readonly bySeverity: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly durations: Readonly<Record<DurationName, DurationStats>>;
  readonly actionItems: ActionItemCounts;
  /** Front matter `tags` and `services` named by two postmortems or more, most frequent first, then by name. */
  readonly recurringTags: readonly RecurringValue[];
  readonly recurringServices: readonly RecurringValue[];
  /** Pairs of cause words that two postmortems or more say, in other sentences: the causes that come back. */
  readonly recurringCauses: readonly RecurringCause[];
  /** Open, done and overdue items and the days done ones took: over all items, per owner and per team. */
  readonly followThrough: FollowThrough;
  /** One row per postmortem, the latest date first (undated last), then by path. */
  readonly rows: readonly PostmortemRow[];
}

const UNKNOWN = 'unknown';

/**
 * What the metrics read of one postmortem; the extension's workspace index keeps these fields, the CLI takes them from
 * each analysis.
 */
export interface PostmortemFacts {
  readonly title: string | undefined;
  /** Front matter values, or a metadata table's without front matter, as one line of text (see `frontMatterText`). */
  readonly id: string | undefined;
  readonly date: string | undefined;
  readonly severity: string | undefined;
  readonly status: string | undefined;
  /** `tags` and `services` (front matter or metadata table), each value once. */
  readonly tags: readonly string[];
  readonly services: readonly string[];
  readonly metrics: Metrics;
  readonly actionItems: readonly FollowedItem[];
  /** Its cause sentences and their terms. */
  readonly causes: readonly CauseSentence[];
}

/** One postmortem as `workspaceMetrics` takes it: its facts and the path its row names. */
export interface MetricsInput extends PostmortemFacts {
  readonly path: string;
}

export function postmortemFacts(analysis: Analysis): PostmortemFacts {
  const field = (key: string): unknown => analysis.frontMatter?.[key] ?? analysis.metadataTable[key];
  return {
    title: analysis.title,
    id: frontMatterText(field('id')),
    date: frontMatterText(field('date')),
    severity: frontMatterText(field('severity')),
    status: frontMatterText(field('status')),
    tags: frontMatterList(field('tags')),
    services: frontMatterList(field('services')),
    metrics: analysis.metrics,
    actionItems: analysis.actionItems,
    causes: analysis.causes,
  };
}

/**
 * Pure and deterministic: the same postmortems and `today` (`YYYY-MM-DD`) give the same numbers.
 * Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
 * ceil(p / 100 * n), so the median of an even count is the lower of the two middle values, and
 * every figure is a duration some postmortem actually had. A negative duration (milestones out of
 * order) is a mistake in the timeline, not a measurement, and is left out.
 */
export function workspaceMetrics(postmortems: readonly MetricsInput[], today: string): WorkspaceMetrics {
  const rows = postmortems.map((postmortem) => postmortemRow(postmortem, today));
  const durations = Object.fromEntries(
    DURATION_NAMES.map((name) => [
      name,
      durationStats(
        rows.map((row) => row.metrics[name]).filter((value): value is number => value !== undefined && value >= 0),
      ),
    ]),
  ) as Record<DurationName, DurationStats>;
  const sum = (key: keyof ActionItemCounts) => rows.reduce((total, row) => total + row.actionItems[key], 0);
  return {
    count: rows.length,
    bySeverity: countBy(rows.map((row) => row.severity)),
    byStatus: countBy(rows.map((row) => row.status)),
    durations,
    actionItems: {
      total: sum('total'),
      open: sum('open'),
      done: sum('done'),
      unowned: sum('unowned'),
      overdue: sum('overdue'),
    },
    recurringTags: recurring(postmortems.map((postmortem) => postmortem.tags)),
    recurringServices: recurring(postmortems.map((postmortem) => postmortem.services)),
    recurringCauses: recurringCauses(postmortems),
    followThrough: followThrough(postmortems, today),
    rows: rows.sort(byDateThenPath),
  };
}

function postmortemRow(postmortem: MetricsInput, today: string): PostmortemRow {
  const open = postmortem.actionItems.filter((item) => item.status === 'open');
  return {
    path: postmortem.path,
    title: postmortem.title,
    id: postmortem.id,
    date: postmortem.date,
    severity: postmortem.severity ?? UNKNOWN,
    status: postmortem.status ?? UNKNOWN,
    metrics: postmortem.metrics,
    actionItems: {
      total: postmortem.actionItems.length,
      open: open.length,
      done: postmortem.actionItems.length - open.length,
      unowned: open.filter((item) => item.owners.length === 0).length,
      overdue: open.filter((item) => isOverdue(item, today)).length,
    },
    allClosed: open.length === 0,
  };
}

function durationStats(values: readonly number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: median(sorted), p90: percentile(sorted, 90) };
}

/**
 * A front matter value as one line of text (at most 200 characters), if it is a plain value; a date as `YYYY-MM-DD`.
 */
export function frontMatterText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text.slice(0, 200);
}

/** A list (`[database, dns]`) or a comma-separated text (`database, dns`); each value once. */
export function frontMatterList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return [...new Set(items.map(frontMatterText).filter((item): item is string => item !== undefined))];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function countBy(values: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => Number(a === UNKNOWN) - Number(b === UNKNOWN) || compareText(a, b));
  return Object.fromEntries(keys.map((key) => [key, counts.get(key)!]));
}

/**
 * Values named by two postmortems or more; `Database` and `database` count as one, shown in the spelling most used
 * (then the first by code point).
 */
function recurring(lists: readonly (readonly string[])[]): RecurringValue[] {
  const spellingsByKey = new Map<string, Map<string, number>>();
  for (const list of lists) {
    for (const [key, spelling] of new Map(list.map((item) => [item.toLowerCase(), item]))) {
      const spellings = spellingsByKey.get(key) ?? new Map<string, number>();
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
      spellingsByKey.set(key, spellings);
    }
  }
  const values = [...spellingsByKey.values()].map((spellings) => {
    const [name] = [...spellings].sort(([a, aCount], [b, bCount]) => bCount - aCount || compareText(a, b))[0]!;
    return { name, count: [...spellings.values()].reduce((total, count) => total + count, 0) };
  });
  return values.filter((value) => value.count >= 2).sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}

function byDateThenPath(a: PostmortemRow, b: PostmortemRow): number {
  if (a.date !== b.date) return a.date === undefined ? 1 : b.date === undefined ? -1 : compareText(b.date, a.date);
  return compareText(a.path, b.path);
}
