import { formatDate, dateOfWallClock } from '../model/dates';
import { type TimelineGroup, timelineGroups } from '../model/timeline';
import type { PostmortemDocument, Range, TimelineEntry } from '../model/types';
import { seasonMismatch } from '../model/zones';
import type { Fix, Rule, RuleFinding } from './types';

export const rule: Rule = {
  id: 'timeline-timezone',
  defaultSeverity: 'warning',
  description: 'Timeline times with no time zone in scope, or with different zones in one timeline',
  fixable: true,
  check(document) {
    const findings: RuleFinding[] = [];
    for (const group of timelineGroups(document)) {
      const timed = group.entries.filter((entry) => entry.wallClock !== undefined);
      const missing = missingZones(document, group, timed);
      if (missing) findings.push(missing);
      const mixed = mixedZones(timed);
      if (mixed) findings.push(mixed);
      findings.push(...wrongSeason(timed));
    }
    return findings;
  },
};

function entries(count: number): string {
  return `${count} timeline ${count === 1 ? 'entry' : 'entries'}`;
}

/** One finding per timeline, on its heading, for the times that have no zone at all. */
function missingZones(document: PostmortemDocument, group: TimelineGroup, timed: readonly TimelineEntry[]): RuleFinding | undefined {
  const zoneless = timed.filter((entry) => entry.zone === undefined);
  if (zoneless.length === 0) return undefined;
  const hint = 'name it in the heading ("Timeline (all times UTC)"), in a line such as "All times in UTC", or as `timezone:` in the front matter';
  const written = new Set(timed.filter((entry) => entry.zoneSource === 'entry' && entry.zoneText).map((entry) => entry.zoneText!));
  if (zoneless.length === timed.length) {
    const subject = timed.length === 1 ? 'the timeline entry' : `the ${entries(timed.length)}`;
    return { message: `No time zone for ${subject} in "${group.section.title}": ${hint}`, range: group.section.headingRange };
  }
  const others = [...written].join(', ');
  const message = `${entries(zoneless.length)} of ${timed.length} in "${group.section.title}" ${zoneless.length === 1 ? 'has' : 'have'} no time zone${others ? ` (the others say ${others})` : ''}: ${hint}`;
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
  return { title: `Add "(all times ${zone})" to the heading`, edits: [{ start: offset, end: offset, newText: ` (all times ${zone})` }] };
}

/** Different zones in one timeline: one finding, on the first entry whose zone differs from the first. */
function mixedZones(timed: readonly TimelineEntry[]): RuleFinding | undefined {
  const zoned = timed.filter((entry) => entry.zone !== undefined);
  const first = zoned[0];
  const odd = zoned.find((entry) => entry.zone !== first?.zone);
  if (!first || !odd) return undefined;
  const describe = (entry: TimelineEntry) => (entry.zoneText && entry.zoneText !== entry.zone ? `${entry.zoneText} (${entry.zone})` : entry.zone);
  return {
    message: `Mixed time zones in one timeline: ${odd.timeText.trim()} is in ${describe(odd)}, ${first.timeText.trim()} in ${describe(first)}; write every time in one zone`,
    range: odd.zoneSource === 'entry' && odd.zoneRange ? odd.zoneRange : odd.timeRange,
  };
}

/** `PST` on a summer date (or `PDT` in winter): the region was on the other offset that day. */
function wrongSeason(timed: readonly TimelineEntry[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const reported = new Set<string>();
  for (const entry of timed) {
    const written = entry.zoneText;
    if (entry.instant === undefined || entry.wallClock === undefined || !written || reported.has(written)) continue;
    const mismatch = seasonMismatch(written, entry.instant);
    if (!mismatch) continue;
    reported.add(written);
    findings.push({
      severity: 'info',
      message: `${written} is not the zone in use on ${formatDate(dateOfWallClock(entry.wallClock))}: that day the region was on ${mismatch.expected}; the times are read as ${written}, UTC${entry.zone}`,
      range: entry.zoneRange ?? entry.timeRange,
    });
  }
  return findings;
}
