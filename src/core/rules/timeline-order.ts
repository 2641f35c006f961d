import { elapsed, timelineGroups } from '../timeline/extract';
import type { TimelineEntry } from '../model/types';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'timeline-order',
  defaultSeverity: 'warning',
  description: 'Timeline entries out of chronological order (a timeline that crosses midnight is not)',
  fixable: false,
  check(document) {
    const findings: RuleFinding[] = [];
    for (const group of timelineGroups(document))
      findings.push(...outOfOrder(group.entries.filter((entry) => entry.wallClock !== undefined)));
    return findings;
  },
};

function shown(entry: TimelineEntry): string {
  return entry.timeText.replace(/\s+/g, ' ').trim();
}

/** Whether `later` does not come before `earlier`; true when they cannot be compared. */
function inOrder(earlier: TimelineEntry | undefined, later: TimelineEntry | undefined): boolean {
  if (!earlier || !later) return true;
  return (elapsed(earlier, later) ?? (later.wallClock ?? 0) - (earlier.wallClock ?? 0)) >= 0;
}

/**
 * Where two neighbours are out of order, the one to flag is the one whose removal restores the
 * order: in 22:40, 22:06, 22:07 it is 22:40, too late; in 14:29, 14:49, 14:43, 14:55 it is 14:43.
 */
function outOfOrder(entries: readonly TimelineEntry[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1]!;
    const entry = entries[i]!;
    if (inOrder(before, entry)) continue;
    const entryFits = inOrder(before, entries[i + 1]);
    const beforeFits = inOrder(entries[i - 2], entry);
    if (!entryFits && beforeFits) {
      findings.push({
        message: `Timeline entry at ${shown(before)} is later than the entry after it (${shown(entry)})`,
        range: before.timeRange,
      });
    } else {
      findings.push({
        message: `Timeline entry at ${shown(entry)} is earlier than the entry before it (${shown(before)})`,
        range: entry.timeRange,
      });
    }
  }
  return findings;
}
