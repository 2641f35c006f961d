// Timeline entries marked by something other than a time of day or a date: an offset from a moment the
// timeline names (`T+5m`, `T+0`, `+00:12`, `[+1 hrs]`, `+2 business days`), or a month, in the timeline of
// something that went on for months (`Jul 2024`, `March 2025`). Each is an entry: it counts and keeps its
// place, but has no time of day, so it resolves to no instant and is never out of order.
import { MONTH } from '../model/dates';
import { NO_TIME, type Timestamp } from '../model/time';

/** Markup and an opening bracket before the mark (`**T+5m**`, `\[+1 hrs]`, `(+00:12)`). */
const LEAD = String.raw`[ \t*_\x60]*\\?[[(]?[ \t]*`;
const UNIT = '(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)';
/** `T+5m`, `T+0`, `T-30`, `T + 1h`. */
const FROM_T = String.raw`T ?[+\u2212-] ?\d{1,4}(?:[.,:]\d{1,2})*(?: ?${UNIT})?`;
/** `+00:12`, `+1:05:30`. */
const CLOCK_OFFSET = String.raw`\+ ?\d{1,3}(?::\d{2}){1,2}`;
/** `+5m`, `+1 hrs`, `+6.5 hrs`, `+2 business days`: a unit, perhaps after one word. */
const UNIT_OFFSET = String.raw`\+ ?\d{1,4}(?:[.,]\d{1,2})? ?(?:[a-z]{2,12} )?${UNIT}`;
const OFFSET = new RegExp(String.raw`^${LEAD}(${FROM_T}|${CLOCK_OFFSET}|${UNIT_OFFSET})(?![\w+])`, 'i');
/** `Jul 2024`, `March, 2025`: then the end of the text, a separator or a closing mark, never a day or a time. */
const MONTH_YEAR = new RegExp(String.raw`^${LEAD}(${MONTH},? \d{4})(?=[ \t]*(?:$|[-\u2013\u2014:|*_\x60\])]))`, 'i');
/** Closing markup and a separator after the mark, before the entry's text. */
const TRAILER = /^[*_`\])]*[ \t]*(?:[-\u2013\u2014:;|,.]{1,3}[ \t]*)?[*_]*[ \t]*/;

/** Which mark an entry opens with instead of a time of day; `none` for a bullet or row among timed ones with none. */
export type UntimedMark = 'offset' | 'month' | 'label' | 'none';

/** Why an entry opening with a mark resolves to no instant, for the person reading its time. */
export const UNTIMED_REASONS: Readonly<Record<UntimedMark, string>> = {
  offset: 'an offset from another moment, not a time of day',
  month: 'only a month, no day or time',
  label: 'a label, not a date or time',
  none: 'no time written',
};

/** `**Before the incident**:`: a bold phrase of a few words opening the text, a colon after it or inside. */
const BOLD_LABEL = /^[ \t]*(\*\*|__)([^*_\n]{1,60}?)\1[ \t]*:?[ \t]*/;

/**
 * The bold label that begins `text` ("**Before the incident**: The attacker ..."), as a timestamp with no date or
 * time: in a list whose entries open with bold stamps, a bullet under a label is an entry too.
 */
export function boldLabelAt(text: string): Timestamp | undefined {
  const found = BOLD_LABEL.exec(text.slice(0, 120));
  if (!found) return undefined;
  const [whole, marker, label] = found as unknown as [string, string, string];
  const colonAfter = whole.trimEnd().endsWith(':');
  if (!colonAfter && !label.trimEnd().endsWith(':')) return undefined;
  const start = whole.indexOf(marker);
  return { ...NO_TIME, start, end: start + marker.length * 2 + label.length, rest: whole.length };
}

/** The offset or month that begins `text`, as a timestamp with no date or time, and which it is. */
export function untimedMarkAt(text: string): { readonly timestamp: Timestamp; readonly mark: UntimedMark } | undefined {
  const head = text.slice(0, 120);
  const offset = OFFSET.exec(head);
  const found = offset ?? MONTH_YEAR.exec(head);
  if (!found) return undefined;
  const end = found[0].length;
  const start = end - found[1]!.length;
  const rest = end + (TRAILER.exec(head.slice(end))?.[0].length ?? 0);
  return { timestamp: { ...NO_TIME, start, end, rest }, mark: offset ? 'offset' : 'month' };
}
