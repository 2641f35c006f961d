import { elapsed, timelineGroups } from '../timeline/extract';
import { timelineEdits } from '../timeline/edits';
import type { PostmortemDocument, TimelineEntry } from '../model/types';
import type { Fix, RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'timeline-order',
  defaultSeverity: 'warning',
  description: 'Timeline entries out of chronological order (a timeline that crosses midnight is not)',
  fixable: true,
  check(document) {
    const findings: RuleFinding[] = [];
    let newestFirst = false;
    for (const group of timelineGroups(document)) {
      const timed = group.entries.filter((entry) => entry.wallClock !== undefined);
      const reversed = writtenNewestFirst(timed);
      newestFirst ||= reversed;
      findings.push(...(reversed ? outOfOrder([...timed].reverse(), NEWEST_FIRST) : outOfOrder(timed)));
    }
    const sort = findings.length > 0 && !newestFirst ? sortFix(document) : undefined;
    return sort ? findings.map((finding) => ({ ...finding, suggestions: [sort] })) : findings;
  },
};

/**
 * The timeline editor's sort, offered and never applied by fix-all: only the author knows whether the time or the
 * position is wrong. Only when every timed entry has an instant, as times with no date cannot be told from times on
 * the next day, and when the editor can move every entry's text whole.
 */
function sortFix(document: PostmortemDocument): Fix | undefined {
  if (document.timeline.some((entry) => entry.wallClock !== undefined && entry.instant === undefined)) return undefined;
  const result = timelineEdits(document, { type: 'sort', version: 0 }, 0);
  return 'refused' in result || result.edits.length === 0
    ? undefined
    : { title: 'Sort the timeline entries by time', edits: result.edits };
}

function shown(entry: TimelineEntry): string {
  return entry.timeText.replace(/\s+/g, ' ').trim();
}

/** Whether `later` does not come before `earlier`; true when they cannot be compared. */
function inOrder(earlier: TimelineEntry | undefined, later: TimelineEntry | undefined): boolean {
  if (!earlier || !later) return true;
  return (elapsed(earlier, later) ?? (later.wallClock ?? 0) - (earlier.wallClock ?? 0)) >= 0;
}

/**
 * A status page's log of updates, newest first (`08:53 Resolved`, `08:20 Monitoring`, `07:49 Investigating`): more
 * neighbours go back in time than forward, and at least two do.
 */
function writtenNewestFirst(entries: readonly TimelineEntry[]): boolean {
  let back = 0;
  let forward = 0;
  for (let i = 1; i < entries.length; i++) {
    if (!inOrder(entries[i - 1], entries[i])) back++;
    else if (!inOrder(entries[i], entries[i - 1])) forward++;
  }
  return back >= 2 && back > forward;
}

/** How a finding names the neighbours: in the order read, which is the document's, or the document's reversed. */
interface Wording {
  readonly before: string;
  readonly after: string;
  readonly suffix: string;
}

const OLDEST_FIRST: Wording = { before: 'before', after: 'after', suffix: '' };
const NEWEST_FIRST: Wording = { before: 'after', after: 'before', suffix: ', in a timeline written newest first' };

/**
 * Where two neighbours are out of order, the one to flag is the one whose removal restores the
 * order: in 22:40, 22:06, 22:07 it is 22:40, too late; in 14:29, 14:49, 14:43, 14:55 it is 14:43.
 */
function outOfOrder(entries: readonly TimelineEntry[], wording: Wording = OLDEST_FIRST): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1]!;
    const entry = entries[i]!;
    if (inOrder(before, entry)) continue;
    const entryFits = inOrder(before, entries[i + 1]);
    const beforeFits = inOrder(entries[i - 2], entry);
    if (!entryFits && beforeFits) {
      findings.push({
        message:
          `Timeline entry at ${shown(before)} is later than the entry ${wording.after} it ` +
          `(${shown(entry)})${wording.suffix}`,
        range: before.timeRange,
      });
    } else {
      findings.push({
        message:
          `Timeline entry at ${shown(entry)} is earlier than the entry ${wording.before} it ` +
          `(${shown(before)})${wording.suffix}`,
        range: entry.timeRange,
      });
    }
  }
  return findings;
}
