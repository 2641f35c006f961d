// The zone a document's times are in, and the text of a timeline entry stamped now in it.
import type { FrontMatter, PostmortemDocument } from '../model/types';
import { parseZone } from '../model/zones';
import { type TimeFormat, defaultFormat, formatOf, formatTime, wallTimeAt } from './timeFormat';

/** The parts of an analysis that tell a new entry's time format and zone. */
interface TimelineInput extends Pick<PostmortemDocument, 'timeline'> {
  readonly frontMatter: FrontMatter['data'];
}

/** The front matter's valid `timezone`, else the zone most entries were read in. */
export function documentZone(analysis: TimelineInput): string | null {
  const declared = analysis.frontMatter?.['timezone'];
  const zone = typeof declared === 'string' ? parseZone(declared) : undefined;
  if (zone) return zone.id;
  const counts = new Map<string, number>();
  for (const entry of analysis.timeline)
    if (entry.zone !== undefined) counts.set(entry.zone, (counts.get(entry.zone) ?? 0) + 1);
  let best: string | null = null;
  for (const [candidate, count] of counts) if (best === null || count > counts.get(best)!) best = candidate;
  return best;
}

/**
 * The format of a timeline's first entry: `14:32 UTC`, with the front matter's `timezone` as written when it is valid.
 */
export function firstEntryFormat(frontMatter: TimelineInput['frontMatter']): TimeFormat {
  const declared = frontMatter?.['timezone'];
  return defaultFormat(typeof declared === 'string' && parseZone(declared) ? declared.trim() : 'UTC');
}

export interface NowEntry {
  /** `- 14:32 UTC`: a list entry with no description yet. */
  readonly line: string;
  /** The zone the time is written in. */
  readonly zone: string;
}

/**
 * A timeline entry for `now` (milliseconds since the epoch), its time written as the document's
 * last entry writes one (`14:32`, `2:32 PM`, `2025-01-05 14:32 CET`) in that entry's zone (the
 * document's when the entry has none), or as a first entry when there is none.
 */
export function nowEntry(analysis: TimelineInput, now: number): NowEntry {
  const last = analysis.timeline[analysis.timeline.length - 1];
  const sampled = last && formatOf(last);
  const format = sampled
    ? { ...sampled, zone: sampled.zone ?? parseZone(documentZone(analysis) ?? 'UTC') }
    : firstEntryFormat(analysis.frontMatter);
  return { line: `- ${formatTime(wallTimeAt(now, format), format)}`, zone: format.zone?.id ?? 'UTC' };
}
