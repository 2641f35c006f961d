import type { List } from 'mdast';
import { parseTimestamp } from '../model/time';
import type { PostmortemDocument, TimelineEntry } from '../model/types';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'timeline-timestamp',
  defaultSeverity: 'error',
  description:
    'A timeline entry whose time does not parse or is impossible, such as 13:06 PM or 25:00, ' +
    'or that has no time among timed entries, or a timeline whose steps have no time at all (info)',
  fixable: true,
  check(document) {
    const impossible = document.timeline.filter((entry) => entry.invalid !== undefined).map(finding);
    const untimed = document.timeline.filter((entry) => entry.missingTime).map((entry) => missingTime(document, entry));
    return [...impossible, ...untimed, ...document.timeline.flatMap(ambiguousDate), ...untimedSteps(document)];
  },
};

/**
 * A timeline section that lists its steps with no time at all ("1. The JSON was merged." over "2. Users reported
 * failures."): nothing of it is on the timeline, and the times to detect, mitigate and resolve cannot be told. Said
 * once, on the first step's line.
 */
function untimedSteps(document: PostmortemDocument): RuleFinding[] {
  if (document.timeline.length > 0) return [];
  for (const section of document.sections) {
    if (section.ownKind !== 'timeline') continue;
    const steps = section.nodes.find((node): node is List => node.type === 'list' && node.children.length >= 2);
    const first = steps?.children[0]?.position;
    if (first?.start.offset === undefined || first.end.offset === undefined) continue;
    return [
      {
        message: 'No timeline step has a time, so none can be placed: write when each happened (~14:30 if approximate)',
        range: firstLineOf(document, first.start.offset, first.end.offset),
        severity: 'info',
      },
    ];
  }
  return [];
}

/** A bullet or row with no time among timed ones, on its first line: it is in the timeline, but nowhere on it. */
function missingTime(document: PostmortemDocument, entry: TimelineEntry): RuleFinding {
  return {
    message: entry.timeText
      ? `No time in "${entry.timeText}", so the entry cannot be placed on the timeline`
      : 'Timeline entry has no time, so it cannot be placed: write when it happened (~14:30 if approximate)',
    range: firstLineOf(document, entry.timeRange.start.offset, entry.range.end.offset),
    severity: 'info',
  };
}

/** The range from `start` to the end of its line, or to `end` when that comes first. */
function firstLineOf(document: PostmortemDocument, start: number, end: number) {
  const lineBreak = document.text.slice(start, end).search(/[\r\n]/);
  return document.rangeOf(start, lineBreak >= 0 ? start + lineBreak : end);
}

const ISO_DATE = /`(\d{4}-\d{2}-\d{2})`/g;

/** A date in digits that reads both ways (`02/07/2024`), with each reading written as `YYYY-MM-DD` to choose from. */
function ambiguousDate({ doubt }: TimelineEntry): RuleFinding[] {
  if (doubt?.kind !== 'ambiguous-date') return [];
  const { start, end } = doubt.range;
  const suggestions = [...doubt.message.matchAll(ISO_DATE)].map(([, date]) => ({
    title: `Write the date as ${date}`,
    edits: [{ start: start.offset, end: end.offset, newText: date! }],
  }));
  return [{ message: doubt.message, range: doubt.range, severity: 'warning', suggestions }];
}

function finding(entry: TimelineEntry): RuleFinding {
  const parsed = parseTimestamp(entry.timeText, {
    compact: entry.style === 'table',
    wholeCell: entry.style === 'table',
  });
  if (!parsed || parsed.unparseable) {
    return {
      message: `Unparseable time "${entry.timeText}": write a time such as 14:32, 2:32 PM or 2025-01-05 14:32`,
      range: entry.timeRange,
    };
  }
  const what = parsed.date?.invalid ? 'date' : 'time';
  const message = `Impossible ${what} "${entry.timeText}": ${entry.invalid}`;
  const suggestion = parsed.suggestion;
  if (suggestion === undefined) return { message, range: entry.timeRange };
  return {
    message,
    range: entry.timeRange,
    fix: {
      title: `Replace "${entry.timeText}" with "${suggestion}"`,
      edits: [{ start: entry.timeRange.start.offset, end: entry.timeRange.end.offset, newText: suggestion }],
    },
  };
}
