import {
  DURATION_NAMES,
  humanDuration,
  isoDuration,
  postmortemFacts,
  today,
  workspaceMetrics,
  type ActionItemCounts,
  type DurationName,
  type FollowThroughCounts,
  type FollowThroughGroup,
  type RecurringCause,
  type RecurringValue,
  type WorkspaceMetrics,
} from '../core';
import type { Command } from './args';
import { ConfigResolver } from './config';
import type { CliIo } from './io';
import { analyzePostmortems, foundNone } from './postmortems';
import { alignColumns } from './table';

type MetricsCommand = Extract<Command, { name: 'metrics' }>;
type IsoDurations = Record<DurationName, string | null>;
/** Follow-through counts with `null` for a median or percentile there is none of. */
type FollowThroughJson = Omit<FollowThroughCounts, 'daysToDone'> & {
  name?: string;
  daysToDone: { n: number; median: number | null; p90: number | null };
};

function followThroughJson<T extends FollowThroughCounts>({
  daysToDone,
  ...counts
}: T): Omit<T, 'daysToDone'> & Pick<FollowThroughJson, 'daysToDone'> {
  return { ...counts, daysToDone: { n: daysToDone.n, median: daysToDone.median ?? null, p90: daysToDone.p90 ?? null } };
}

/** What `metrics --format json` prints (documented in docs/cli.md); other tools read it, so the field names stay. */
export interface MetricsReport {
  readonly today: string;
  readonly count: number;
  readonly bySeverity: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly durations: Readonly<Record<DurationName, { n: number; median: string | null; p90: string | null }>>;
  readonly actionItems: ActionItemCounts;
  readonly recurringTags: readonly RecurringValue[];
  readonly recurringServices: readonly RecurringValue[];
  /** Pairs of cause words two postmortems or more say (see `core/related/recurring.ts`). */
  readonly recurringCauses: readonly RecurringCause[];
  /**
   * Open, done and overdue items, and the days done ones took from the incident (median, p90), over all items, per
   * owner and per team.
   */
  readonly followThrough: {
    readonly all: FollowThroughJson;
    readonly byOwner: readonly FollowThroughJson[];
    readonly byTeam: readonly FollowThroughJson[];
  };
  readonly postmortems: readonly ({
    path: string;
    title: string | null;
    id: string | null;
    date: string | null;
    severity: string;
    status: string;
    actionItems: ActionItemCounts;
    /** Every action item is done. */
    allClosed: boolean;
  } & IsoDurations)[];
}

const LABELS: Readonly<Record<DurationName, string>> = {
  timeToDetect: 'Time to detect',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
};

const iso = (milliseconds: number | undefined) => (milliseconds === undefined ? null : isoDuration(milliseconds));
const human = (milliseconds: number | undefined) => (milliseconds === undefined ? '-' : humanDuration(milliseconds));
const durationsOf = (
  convert: (milliseconds: number | undefined) => string | null,
  values: Readonly<Record<DurationName, number | undefined>>,
) => Object.fromEntries(DURATION_NAMES.map((name) => [name, convert(values[name])])) as IsoDurations;

/**
 * `postmortem metrics`: 0, or 2 when an argument names nothing, a file cannot be read, the
 * configuration is invalid or the paths hold no postmortem (unless `--pass-with-no-postmortems`).
 */
export function runMetrics(command: MetricsCommand, io: CliIo): number {
  const configs = ConfigResolver.create(io, command.config);
  if (!configs) return 2;
  const { files, failed } = analyzePostmortems(command.paths, configs, io);
  const day = today();
  const metrics = workspaceMetrics(
    files.map(({ path, analysis }) => ({ path, ...postmortemFacts(analysis) })),
    day,
  );
  io.out(
    command.format === 'json' ? `${JSON.stringify(metricsReport(metrics, day), null, 2)}\n` : metricsTable(metrics),
  );
  if (failed || configs.hasErrors) return 2;
  return foundNone(files.length, command, io) ? 2 : 0;
}

function metricsReport(metrics: WorkspaceMetrics, day: string): MetricsReport {
  return {
    today: day,
    count: metrics.count,
    bySeverity: metrics.bySeverity,
    byStatus: metrics.byStatus,
    durations: Object.fromEntries(
      DURATION_NAMES.map((name) => {
        const { n, median, p90 } = metrics.durations[name];
        return [name, { n, median: iso(median), p90: iso(p90) }];
      }),
    ) as MetricsReport['durations'],
    actionItems: metrics.actionItems,
    recurringTags: metrics.recurringTags,
    recurringServices: metrics.recurringServices,
    recurringCauses: metrics.recurringCauses,
    followThrough: {
      all: followThroughJson(metrics.followThrough.all),
      byOwner: metrics.followThrough.byOwner.map(followThroughJson),
      byTeam: metrics.followThrough.byTeam.map(followThroughJson),
    },
    postmortems: metrics.rows.map((row) => ({
      path: row.path,
      title: row.title ?? null,
      id: row.id ?? null,
      date: row.date ?? null,
      severity: row.severity,
      status: row.status,
      ...durationsOf(iso, row.metrics),
      actionItems: row.actionItems,
      allClosed: row.allClosed,
    })),
  };
}

/** The text `metrics --format table` prints: totals, then one row per postmortem. */
function metricsTable(metrics: WorkspaceMetrics): string {
  const counts = (byValue: Readonly<Record<string, number>>) =>
    Object.entries(byValue)
      .map(([value, count]) => `${value} ${count}`)
      .join(', ') || '-';
  const recurring = (values: readonly RecurringValue[]) =>
    values.map(({ name, count }) => `${name} (${count})`).join(', ') || 'none';
  const { total, open, done, unowned, overdue } = metrics.actionItems;
  const durations = alignColumns(
    [
      ['', 'n', 'median', 'p90'],
      ...DURATION_NAMES.map((name) => [
        LABELS[name],
        String(metrics.durations[name].n),
        human(metrics.durations[name].median),
        human(metrics.durations[name].p90),
      ]),
    ],
    [1, 2, 3],
  );
  const rows = alignColumns(
    [
      [
        'Date',
        'Severity',
        'Status',
        'Detect',
        'Mitigate',
        'Resolve',
        'Open',
        'Done',
        'Unowned',
        'Overdue',
        'Closed',
        'Path',
        'Title',
      ],
      ...metrics.rows.map((row) => {
        const shown = durationsOf(human, row.metrics);
        const items = row.actionItems;
        const closed = items.total === 0 ? '-' : row.allClosed ? 'yes' : 'no';
        return [
          row.date ?? '-',
          row.severity,
          row.status,
          shown.timeToDetect!,
          shown.timeToMitigate!,
          shown.timeToResolve!,
          `${items.open}`,
          `${items.done}`,
          `${items.unowned}`,
          `${items.overdue}`,
          closed,
          row.path,
          row.title ?? '',
        ];
      }),
    ],
    [3, 4, 5, 6, 7, 8, 9],
  );
  const lines = [
    `Postmortems: ${metrics.count}`,
    `  by severity: ${counts(metrics.bySeverity)}`,
    `  by status:   ${counts(metrics.byStatus)}`,
    '',
    ...durations,
    '',
    `Action items: ${total}; open ${open}, done ${done}, unowned ${unowned}, overdue ${overdue}`,
    ...followThroughTable('Team', metrics.followThrough.byTeam),
    ...followThroughTable('Owner', metrics.followThrough.byOwner),
    '',
    `Recurring tags:     ${recurring(metrics.recurringTags)}`,
    `Recurring services: ${recurring(metrics.recurringServices)}`,
    `Recurring causes:   ${
      metrics.recurringCauses.map(({ phrase, count }) => `${phrase} (${count})`).join(', ') || 'none'
    }`,
    ...(metrics.rows.length > 0 ? ['', ...rows] : []),
  ];
  return `${lines.join('\n')}\n`;
}

const days = (value: number | undefined) => (value === undefined ? '-' : `${Math.round(value * 10) / 10}d`);

/**
 * Follow-through per team or per owner: open, done, overdue, and the days from the incident to done (median, p90, over
 * n items with both dates).
 */
function followThroughTable(label: string, groups: readonly FollowThroughGroup[]): string[] {
  if (groups.length === 0) return [];
  const rows = groups.map((group) => [
    group.name,
    `${group.open}`,
    `${group.done}`,
    `${group.overdue}`,
    days(group.daysToDone.median),
    days(group.daysToDone.p90),
    `${group.daysToDone.n}`,
  ]);
  return [
    '',
    ...alignColumns([[label, 'Open', 'Done', 'Overdue', 'Days to done', 'p90', 'n'], ...rows], [1, 2, 3, 4, 5, 6]),
  ];
}
