import { formatDate, dateOfWallClock } from '../model/dates';
import { type TimelineGroup, timelineGroups } from '../timeline/extract';
import type { PostmortemDocument, Range, TimelineEntry } from '../model/types';
import { parseZone, seasonMismatch, writtenRegion } from '../model/zones';
import type { Fix, RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'timeline-timezone',
  defaultSeverity: 'warning',
  description:
    'Timeline times with no time zone in scope, an unknown or ambiguous zone, or different zones in one timeline',
  fixable: true,
  check(document) {
    const findings: RuleFinding[] = [];
    for (const group of timelineGroups(document)) {
      const timed = group.entries.filter((entry) => entry.wallClock !== undefined);
      const missing = missingZones(document, group, timed);
      if (missing) findings.push(missing);
      const mixed = mixedZones(timed);
      if (mixed) findings.push(mixed);
      findings.push(...wrongSeason(timed), ...zoneDoubts(group.entries));
    }
    return findings;
  },
};

function entries(count: number): string {
  return `${count} timeline ${count === 1 ? 'entry' : 'entries'}`;
}

/** One finding per timeline, on its heading, for the times that have no zone at all. */
function missingZones(
  document: PostmortemDocument,
  group: TimelineGroup,
  timed: readonly TimelineEntry[],
): RuleFinding | undefined {
  const zoneless = timed.filter((entry) => entry.zone === undefined && !ZONE_DOUBTS.has(entry.doubt?.kind ?? ''));
  if (zoneless.length === 0) return undefined;
  const hint =
    'name it in the heading ("Timeline (all times UTC)"), in a line such as "All times in ' +
    'UTC", or as `timezone:` in the front matter';
  const written = new Set(
    timed.filter((entry) => entry.zoneSource === 'entry' && entry.zoneText).map((entry) => entry.zoneText!),
  );
  if (zoneless.length === timed.length) {
    const subject = timed.length === 1 ? 'the timeline entry' : `the ${entries(timed.length)}`;
    return {
      message: `No time zone for ${subject} in "${group.section.title}": ${hint}`,
      range: group.section.headingRange,
    };
  }
  const others = [...written].join(', ');
  const message =
    `${entries(zoneless.length)} of ${timed.length} in "${group.section.title}" ` +
    `${zoneless.length === 1 ? 'has' : 'have'} no time zone${others ? ` (the others say ${others})` : ''}: ${hint}`;
  const fix = written.size === 1 ? headingZoneFix(document, group.section.headingRange, [...written][0]!) : undefined;
  return fix ? { message, range: group.section.headingRange, fix } : { message, range: group.section.headingRange };
}

/** Appends ` (all times X)` to the timeline's heading, before any closing hashes. */
function headingZoneFix(document: PostmortemDocument, heading: Range, zone: string): Fix | undefined {
  const start = heading.start.offset;
  const lineEnd = document.text.slice(start, heading.end.offset).search(/\r?\n|$/);
  const line = document.text.slice(start, start + lineEnd);
  const content = /^(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1] ?? line;
  if (/\(all times /i.test(content)) return undefined;
  const offset = start + content.length;
  return {
    title: `Add "(all times ${zone})" to the heading`,
    edits: [{ start: offset, end: offset, newText: ` (all times ${zone})` }],
  };
}

/** The region whose clocks an entry's zone follows: `CET` and `CEST` both Europe/Berlin's. */
function regionOfEntry(entry: TimelineEntry): string {
  return writtenRegion(entry.zoneText, entry.zone!);
}

/** Whether the region's clocks showed the entry's time: its offset at the entry's instant is the entry's. */
function fitsRegion(entry: TimelineEntry, region: string): boolean {
  if (regionOfEntry(entry) === region) return true;
  if (entry.instant === undefined || entry.wallClock === undefined) return false;
  return parseZone(region)?.offsetAt(entry.instant) === Math.round((entry.wallClock - entry.instant) / 60_000);
}

/**
 * Different zones in one timeline: one finding, on the first entry whose zone differs from the first.
 * Times written in one region's seasons (`23:30 CET`, then `03:00 CEST` after the clocks went
 * forward) are in one zone.
 */
function mixedZones(timed: readonly TimelineEntry[]): RuleFinding | undefined {
  const zoned = timed.filter((entry) => entry.zone !== undefined);
  const first = zoned[0];
  if (!first || zoned.every((entry) => entry.zone === first.zone)) return undefined;
  const regions = new Set(zoned.map(regionOfEntry));
  if ([...regions].some((region) => zoned.every((entry) => fitsRegion(entry, region)))) return undefined;
  // The first entry whose time the first one's region did not show: not `02:45 CET` after Europe/Berlin times.
  const odd = zoned.find((entry) => !fitsRegion(entry, regionOfEntry(first)))!;
  const describe = (entry: TimelineEntry) =>
    entry.zoneText && entry.zoneText !== entry.zone ? `${entry.zoneText} (${entry.zone})` : entry.zone;
  return {
    message:
      `Mixed time zones in one timeline: ${odd.timeText.trim()} is in ` +
      `${describe(odd)}, ${first.timeText.trim()} in ${describe(first)}; ` +
      `write every time in one zone`,
    range: odd.zoneSource === 'entry' && odd.zoneRange ? odd.zoneRange : odd.timeRange,
  };
}

const ZONE_DOUBTS = new Set(['unknown-zone', 'ambiguous-zone', 'offset-or-range', 'zone-or-word']);

/**
 * A zone the tool does not know, an abbreviation of several, an end read as offset or range, a zone
 * word that may begin the description: once per place.
 */
function zoneDoubts(entries: readonly TimelineEntry[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const reported = new Set<number>();
  for (const { doubt } of entries) {
    if (!doubt || !ZONE_DOUBTS.has(doubt.kind) || reported.has(doubt.range.start.offset)) continue;
    reported.add(doubt.range.start.offset);
    findings.push({ message: doubt.message, range: doubt.range });
  }
  return findings;
}

/** `PST` on a summer date (or `PDT` in winter): the region was on the other offset that day. */
function wrongSeason(timed: readonly TimelineEntry[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const reported = new Set<string>();
  for (const entry of timed) {
    const written = entry.zoneText;
    if (entry.instant === undefined || entry.wallClock === undefined || !written || reported.has(written)) continue;
    const mismatch = seasonMismatch(written, entry.zone, entry.instant);
    if (!mismatch) continue;
    reported.add(written);
    findings.push({
      severity: 'info',
      message:
        `${written} is not the zone in use on ` +
        `${formatDate(dateOfWallClock(entry.wallClock))}: that day the region ` +
        `was on ${mismatch.expected}; the times are read as ${written}, UTC${entry.zone}`,
      range: entry.zoneRange ?? entry.timeRange,
    });
  }
  return findings;
}
