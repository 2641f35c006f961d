// The timeline: entries of the timeline sections with their instants and milestones, and the
// metrics time to detect / mitigate / resolve.
//
// The timeline pass reads the document once, in order, in three stages, each a module of this
// folder that hands its results to the next and is not called back: for each timeline section,
// its scope (`scope.ts`: the zone its heading or a line names, its incident date), then its entries
// (`scan.ts`, with `table.ts` for tables, each made a candidate by `candidate.ts`); then all the
// candidates are resolved to instants (`resolve.ts`, with `doubts.ts` for what cannot be read surely).
import type { ModelContext } from '../model/context';
import { statusUpdateTime } from '../model/statusUpdate';
import { TimelineScanner } from './scan';
import { resolveTimeline } from './resolve';
import { type SectionScope, documentZone, headingContent, headingNodes, sectionScope } from './scope';
import type { Milestone } from '../vocabulary/terms';
import type { Metrics, PostmortemDocument, Section, TimelineEntry } from '../model/types';

export function extractTimeline(context: ModelContext): TimelineEntry[] {
  if (!context.sections.some((section) => section.kind === 'timeline')) return [];
  const headings = headingNodes(context);
  const scopes = new Map<number, SectionScope>();
  const scanner = new TimelineScanner(context);
  context.sections.forEach((section, index) => {
    if (section.kind !== 'timeline') return;
    const headingNode = headings.get(section.headingRange.start.offset);
    const heading = headingContent(context, headingNode);
    const parent = section.parent === undefined ? undefined : scopes.get(section.parent);
    const scope = sectionScope(context, index, heading, parent);
    scopes.set(index, scope);
    // A group's outermost heading (`## Timeline`) is its title, never an entry; a status update's is its entry.
    const update = heading !== undefined && statusUpdateTime(heading.text) !== undefined;
    scanner.scanSection(section.nodes, headingNode, index === scope.group && !update ? undefined : heading, scope);
  });
  return resolveTimeline(context, scanner.events, documentZone(context));
}

/** Milliseconds from one entry to another: by instant, or by wall clock when both are in the same zone or none. */
export function elapsed(from: TimelineEntry, to: TimelineEntry): number | undefined {
  if (from.instant !== undefined && to.instant !== undefined) return to.instant - from.instant;
  if (from.wallClock !== undefined && to.wallClock !== undefined && from.zone === to.zone)
    return to.wallClock - from.wallClock;
  return undefined;
}

/** Each metric and the milestone it runs to from the start. */
const METRIC_MILESTONES: readonly (readonly [keyof Metrics, Milestone])[] = [
  ['timeToDetect', 'detected'],
  ['timeToMitigate', 'mitigated'],
  ['timeToResolve', 'resolved'],
];

/** Milliseconds from the start to `milestone`, or why they are not known, for the person who wrote the timeline. */
function span(entries: readonly TimelineEntry[], milestone: Milestone): number | string {
  const first = (marked: Milestone) => entries.find((entry) => entry.milestone === marked);
  const started = first('started');
  const reached = first(milestone);
  if (!started) return 'no entry is marked [started]';
  if (!reached) return `no entry is marked [${milestone}]`;
  return elapsed(started, reached) ?? `the times of the [started] and [${milestone}] entries cannot be compared`;
}

export function computeMetrics(entries: readonly TimelineEntry[]): Metrics {
  const known = (milestone: Milestone) => {
    const found = span(entries, milestone);
    return typeof found === 'number' ? found : undefined;
  };
  return { timeToDetect: known('detected'), timeToMitigate: known('mitigated'), timeToResolve: known('resolved') };
}

/** Why each metric that is not known is not: the milestone to mark, or the time to fix. */
export function unknownMetrics(entries: readonly TimelineEntry[]): Partial<Record<keyof Metrics, string>> {
  const reasons: Partial<Record<keyof Metrics, string>> = {};
  for (const [name, milestone] of METRIC_MILESTONES) {
    const found = span(entries, milestone);
    if (typeof found === 'string') reasons[name] = found;
  }
  return reasons;
}

/** The entries of one timeline: an outermost timeline section with its subsections. */
export interface TimelineGroup {
  readonly section: Section;
  readonly entries: readonly TimelineEntry[];
}

/** The document's entries grouped by the outermost timeline section that holds them. */
export function timelineGroups(document: Pick<PostmortemDocument, 'sections' | 'timeline'>): TimelineGroup[] {
  const groups: { section: Section; entries: TimelineEntry[] }[] = [];
  const outermost = document.sections.filter(
    (section) =>
      section.kind === 'timeline' &&
      (section.parent === undefined || document.sections[section.parent]?.kind !== 'timeline'),
  );
  let current = 0;
  for (const entry of document.timeline) {
    const offset = entry.range.start.offset;
    while (current < outermost.length - 1 && outermost[current + 1]!.headingRange.start.offset <= offset) current++;
    const section = outermost[current];
    if (!section) continue;
    let group = groups[groups.length - 1];
    if (group?.section !== section) {
      group = { section, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}
