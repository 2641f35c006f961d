// Timestamps at the start of a timeline entry: a date, a time of day, a zone, in the many ways
// postmortems write them (`14:32 UTC`, `2:32 PM`, `08.48`, `2025-01-05T14:32:00Z`,
// `Sep 27 2017 13:06`, `19. April, 11:00`, `~13:30-13:45`, `[03-26 23:04]`). Pure and linear:
// every pattern is anchored (sticky) and bounded.
import { type DateMatch, dateAt, weekdayOfName } from './dates';
import { remembered } from '../util/remembered';
import { type ZoneMatch, readZone, writtenAsZone, zoneAt, zoneWordAt } from './zones';

export interface ClockTime {
  /** 0 to 24 (24:00 is the end of the day). */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

interface ClockMatch {
  readonly time: ClockTime;
  readonly start: number;
  /** The end of the digits, before an `AM`/`PM`. */
  readonly digitsEnd: number;
  readonly end: number;
  readonly invalid: string | undefined;
  /** Replacement for `start..end` when the problem has an obvious fix. */
  readonly suggestion: string | undefined;
}

export interface Timestamp {
  /** Offsets in the scanned text of the timestamp as written (leading markup and `~` excluded). */
  readonly start: number;
  readonly end: number;
  /** Where the rest of the entry begins, after closing markup and a separator such as ` - `. */
  readonly rest: number;
  readonly date: DateMatch | undefined;
  readonly time: ClockTime | undefined;
  /** The day of the week written before the time with no date (`Wednesday 16:58`), 0 for Sunday. */
  readonly weekday: number | undefined;
  /** Where the time of day is written, its `AM`/`PM` included (a range's end not). */
  readonly clockStart: number;
  readonly clockEnd: number;
  readonly zone: ZoneMatch | undefined;
  /** `~13:30`, `approx. 13:30` or a range such as `13:30-13:45` (read as its start). */
  readonly approximate: boolean;
  /** A range such as `13:30-13:45`. */
  readonly range: boolean;
  /**
   * `03:00 -04:00` or `03:00-04:00`: the end reads as a negative UTC offset and as a range's end.
   * The timestamp reads it one way (`readAs`): spaced from the time, an offset; attached, a range.
   */
  readonly offsetOrRange: { readonly offset: ZoneMatch; readonly readAs: 'offset' | 'range' } | undefined;
  /**
   * `14:05 Pacific region failover`: a zone word (`Pacific`) with more words after it, which may be
   * the zone or the description's first word. The timestamp leaves it to the description.
   */
  readonly zoneOrWord: ZoneMatch | undefined;
  /** Why the date or time is impossible, such as `13 is not an hour on a 12-hour clock`. */
  readonly invalid: string | undefined;
  /** The timestamp's text corrected, when the correction is obvious (`13:06 PM` -> `13:06`). */
  readonly suggestion: string | undefined;
  /** A placeholder where a time should be (`[???]`, `??:??`): an entry, but no time. */
  readonly unparseable: boolean;
}

export interface ScanOptions {
  /** Also read `1432` as 14:32, as in a table's time column. */
  readonly compact?: boolean;
  /** The text is a table cell holding only the time, so a lone `?` or `TBD` is a placeholder. */
  readonly wholeCell?: boolean;
}

/**
 * Markup, a task box, a template's `{{` left around the time it was filled with, `at` and the words of an approximate
 * time (`around`, `~`) before a time.
 */
const LEAD = /(?:[ \t*_`([~\u2248]|\{\{|\[[ xX]\][ \t]|(?:at|approx(?:imately|\.)?|ca\.|circa|around|about)[ \t])*/iy;
const APPROXIMATE_LEAD = /[~\u2248]|approx|ca\.|circa|around|about/i;
const PLACEHOLDER_ANYWHERE = /(?:\?{1,2}|[xX]{1,2}|[hH]{1,2}|-{2}):(?:\?{2}|[xX]{2}|[mM]{2}|-{2})(?![A-Za-z0-9])/y;
const PLACEHOLDER_MARKED = /(?:\?{1,4}|TBD|TBC|N\/A)(?=[\])*_`]|$)/iy;
/** A date with letters or question marks for the part nobody knows: `2023-MM-DD`, `YYYY-MM-DD`, `2023-05-??`. */
const PLACEHOLDER_DATE = new RegExp(
  String.raw`(?:\d{4}|YYYY)-(?:\d{2}|MM|\?\?|XX)-(?:DD|\?\?|XX)(?![A-Za-z0-9])|(?:\d{4}` +
    String.raw`|YYYY)-(?:MM|\?\?|XX)-\d{2}(?![A-Za-z0-9])`,
  'y',
);

const COLON = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?/y;
const DOTTED = /(\d{2})\.(\d{2})/y;
/** `14h32`, and French typography's `14 h 32` (plain or no-break spaces on both sides of the h). */
const LETTER_H = /(\d{1,2})(?:h|[ \u00a0\u202f]h[ \u00a0\u202f])(\d{2})/y;
/** `14:05h`, `14.05h`: an `h` after the minutes, as Spanish, Portuguese and German writers add it. */
const HOUR_MARK = /h(?![A-Za-z0-9])/y;
const COMPACT = /(\d{2})(\d{2})/y;
/**
 * `1432: deploy`, `1324 : deploy`, `[1432](link): deploy`: four digits written as a time by the colon that follows
 * them.
 */
const COMPACT_LABEL = /(\d{2})(\d{2})(?=(?:\]\([^()\s]{0,300}\))?[ \t]?:(?!\d))/y;
const APPROXIMATE_MARK = /[~\u2248]/y;
const HOUR_ONLY = /(\d{1,2})(?=\s?[ap]\.?\s?m\.?(?![A-Za-z]))/iy;
const MERIDIEM = /\s?([ap])\.?\s?m\.?(?![A-Za-z])/iy;
/** `10:45a`, `12:29p`: a lower-case `a` or `p` right after the minutes, as some logs and chats shorten AM and PM. */
const SHORT_MERIDIEM = /([ap])(?![A-Za-z0-9])/y;
const DATE_TIME_SEPARATOR = /(?:T|,?[ \t]{1,4}(?:at[ \t]{1,3}|@[ \t]{0,3}|[-\u2013\u2014][ \t]{1,3})?|,)/iy;
const RANGE_SEPARATOR = /[ \t]{0,2}(?:[-\u2013\u2014]|to|until)[ \t]{0,2}/iy;
/** What joins a time to the day after it: `10:28 on May 18`. */
const DAY_AFTER_TIME = /[ \t]{1,2}on[ \t]{1,2}/iy;
/** A zone in parentheses or brackets (`(UTC+2)`, `[CEST]`); a bracket followed by `(` is a link's text. */
const ENCLOSED = /[ \t]{0,2}(?:\(([^()\n]{1,40})\)|\[([^[\]\n]{1,40})\](?!\())/y;
/** Between a time and its zone: closing markup (`**14:05**`, `[14:05]`), `hrs`, `in`, a comma; then a blank. */
const AFTER_CLOCK = /(?:[*_\]]{1,3}|[ \t](?:hrs?|hours|Uhr|in)\.?|,)(?=[ \t])/iy;
const SPACES = /[ \t]{1,2}/y;
/** A word before a time that may name the day of the week (`Wednesday 16:58`, `Wed, 09:15`, `Thu. at 08:00`). */
const WEEKDAY_LEAD = /((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})\.?,?[ \t]{1,3}(?:at[ \t]{1,3})?/iy;
// After the separator, a backtick opens a code span of the description: it is not markup to skip.
const TRAILER = /[ \t]*(?:\}\})?[*_`\])]*[ \t]*(?:[-\u2013\u2014:;|,.]{1,3}[ \t]*)?[*_]*[ \t]*/y;
/** `-04:00`, `-0400` right after a time, or after one blank: a negative offset, or a range's end. */
const NEGATIVE_OFFSET = /([ \t]?)(-\d{2}:?\d{2})(?!\d|:\d)/y;

/** A timestamp with nothing read yet: the fields that the placeholders and untimed bullets leave empty. */
export const NO_TIME: Timestamp = {
  start: 0,
  end: 0,
  rest: 0,
  date: undefined,
  time: undefined,
  weekday: undefined,
  clockStart: 0,
  clockEnd: 0,
  zone: undefined,
  approximate: false,
  range: false,
  offsetOrRange: undefined,
  zoneOrWord: undefined,
  invalid: undefined,
  suggestion: undefined,
  unparseable: false,
};

function sticky(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** Why an hour, minute and second are not a time of day, or undefined. */
function clockProblem(hour: number, minute: number, second: number, meridiem: string | undefined): string | undefined {
  if (meridiem !== undefined && (hour === 0 || hour > 12)) return `${hour} is not an hour on a 12-hour clock`;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return `${hour} is not an hour (00-23)`;
  if (minute > 59) return `${minute} is not a minute (00-59)`;
  if (second > 60) return `${second} is not a second (00-59)`;
  return undefined;
}

/** A clock time (`14:32`, `2:32 PM`, `08.48`, `14h32`, `14 h 32`, `1432` when `compact`) at `position`. */
function clockAt(text: string, position: number, options: ScanOptions): ClockMatch | undefined {
  let found = sticky(COLON, text, position) ?? sticky(DOTTED, text, position);
  const hourMark = found && sticky(HOUR_MARK, text, position + found[0].length);
  found ??= sticky(LETTER_H, text, position);
  if (!found && options.compact) found = sticky(COMPACT, text, position);
  if (!found) {
    // Four digits before a colon are a time only when they can be one: `1999:` is no time at all.
    const label = sticky(COMPACT_LABEL, text, position);
    if (label && clockProblem(Number(label[1]), Number(label[2]), 0, undefined) === undefined) found = label;
  }
  if (!found) {
    // `1405Z`, `1405 UTC`, `1405 Pacific:`: four digits are a time when a zone the tool knows is written after them.
    const military = sticky(COMPACT, text, position);
    const valid = military && clockProblem(Number(military[1]), Number(military[2]), 0, undefined) === undefined;
    const after = position + (military?.[0].length ?? 0);
    if (valid && (zoneAfter(text, after, false) ?? zoneWordAfter(text, after).zone)) found = military;
  }
  let hour: number;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  if (found) {
    hour = Number(found[1]);
    minute = Number(found[2]);
    if (found[3] !== undefined) second = Number(found[3]);
    if (found[4] !== undefined) millisecond = Math.floor(Number(`0.${found[4]}`) * 1000);
  } else {
    found = sticky(HOUR_ONLY, text, position);
    if (!found) return undefined;
    hour = Number(found[1]);
  }
  const digitsEnd = position + found[0].length + (hourMark?.[0].length ?? 0);
  const meridiemMatch =
    sticky(MERIDIEM, text, digitsEnd) ?? (found[0].includes(':') ? sticky(SHORT_MERIDIEM, text, digitsEnd) : null);
  const meridiem = meridiemMatch?.[1]?.toLowerCase();
  const end = digitsEnd + (meridiemMatch?.[0].length ?? 0);
  if (!boundaryAfter(text, end)) return undefined;
  const invalid = clockProblem(hour, minute, second, meridiem);
  let suggestion: string | undefined;
  if (invalid && meridiem === 'p' && hour > 12 && hour < 24) suggestion = text.slice(position, digitsEnd);
  else if (invalid && meridiem !== undefined && hour === 0 && found[0].includes(':'))
    suggestion = `12${text.slice(position + found[1]!.length, end)}`;
  if (meridiem === 'p' && hour < 12) hour += 12;
  else if (meridiem === 'a' && hour === 12) hour = 0;
  return { time: { hour, minute, second, millisecond }, start: position, digitsEnd, end, invalid, suggestion };
}

/** A time ends at a space, punctuation or a zone; not inside a longer number (`10.10.1.5`, `12.50%`). */
function boundaryAfter(text: string, position: number): boolean {
  const next = text.charCodeAt(position);
  if (Number.isNaN(next)) return true;
  const char = text[position]!;
  if (/[0-9%]/.test(char)) return false;
  if (/[.:,]/.test(char) && /[0-9]/.test(text[position + 1] ?? '')) return false;
  if (/[A-Za-z]/.test(char)) return zoneAt(text, position) !== undefined;
  return true;
}

/**
 * The zone written right after a time, or after a blank, in parentheses or in brackets, also after
 * the time's closing markup (`**14:05** (UTC+2)`), `hrs`, `in` or a comma; unknown abbreviations included.
 */
function zoneAfter(text: string, position: number, unknown = true): ZoneMatch | undefined {
  const attached = zoneAt(text, position, unknown);
  if (attached) return attached;
  const from = position + (sticky(AFTER_CLOCK, text, position)?.[0].length ?? 0);
  const spaced = sticky(SPACES, text, from);
  if (spaced) {
    const found = zoneAt(text, from + spaced[0].length, unknown);
    if (found) return found;
  }
  const enclosed = sticky(ENCLOSED, text, from);
  const inner = enclosed?.[1] ?? enclosed?.[2];
  if (!enclosed || inner === undefined) return undefined;
  // An abbreviation no table knows (`[WIB]`) is reported, as it is unenclosed.
  const unknownAbbreviation = zoneAt(inner, 0, unknown);
  const read = unknownAbbreviation && unknownAbbreviation.end === inner.length ? unknownAbbreviation : readZone(inner);
  if (!writtenAsZone(read)) return undefined;
  const start = from + enclosed[0].search(/[([]/);
  return { ...read, start, end: from + enclosed[0].length, abbreviation: undefined };
}

/** What follows a zone word that stands alone: the end, punctuation, closing markup, or a dash set off by blanks. */
const ALONE = /(?:$|[:;,.)\]|*_]|[ \t]+(?:$|[-\u2013\u2014|](?:[ \t]|$)))/y;

/**
 * A zone word after a time (`14:05 Pacific`, `14:05 hrs Eastern`): the zone when it stands alone or
 * is followed by `time`, else (`14:05 Pacific region failover`) maybe the description's first word.
 */
function zoneWordAfter(text: string, position: number): { zone?: ZoneMatch; zoneOrWord?: ZoneMatch } {
  const from = position + (sticky(AFTER_CLOCK, text, position)?.[0].length ?? 0);
  const spaced = sticky(SPACES, text, from);
  const found = spaced ? zoneWordAt(text, from + spaced[0].length) : undefined;
  if (!found) return {};
  return found.named || sticky(ALONE, text, found.match.end) ? { zone: found.match } : { zoneOrWord: found.match };
}

/** A dash between a time and a zone set off by it (`14:05 — UTC — rollback`). */
const DASH = /[ \t]{1,2}[-\u2013\u2014][ \t]{1,2}/y;

/** A zone the tool knows, set off by dashes or before a colon after the time; a word (`- MOST users`) is none. */
function dashedZone(text: string, position: number): ZoneMatch | undefined {
  const dash = sticky(DASH, text, position);
  const found = dash ? zoneAt(text, position + dash[0].length) : undefined;
  return found && /^[ \t]*(?:[-\u2013\u2014:|,.;]|$)/.test(text.slice(found.end, found.end + 4)) ? found : undefined;
}

interface NegativeOffset {
  readonly offset: ZoneMatch;
  /** The same text read as the end of a range, when it can be one. */
  readonly rangeEnd: ClockMatch | undefined;
  readonly spaced: boolean;
}

/** Minutes that UTC offsets have: `-04:00`, `-03:30`, `-09:45`; a range may end at any. */
const OFFSET_MINUTES = new Set([0, 30, 45]);

/**
 * A negative offset right after a time (`03:00 -04:00`), with the range end it could also be. It is
 * no range end when it is not after the start, and surely one when a zone follows it (`13:30-14:00 UTC`).
 */
function negativeOffsetAt(
  text: string,
  position: number,
  clock: ClockMatch,
  options: ScanOptions,
): NegativeOffset | undefined {
  const found = sticky(NEGATIVE_OFFSET, text, position);
  if (!found) return undefined;
  const offsetStart = position + found[1]!.length;
  const offset = zoneAt(text, offsetStart);
  if (!offset?.zone) return undefined;
  const rangeEnd = clockAt(text, offsetStart + 1, options);
  if (rangeEnd && zoneAfter(text, rangeEnd.end)) return undefined;
  const after = rangeEnd !== undefined && millisecondsOfDay(rangeEnd.time) > millisecondsOfDay(clock.time);
  const couldEnd = after && !rangeEnd.invalid;
  const offsetShaped = OFFSET_MINUTES.has(Math.abs(offset.zone.offsetAt(0)) % 60);
  if (couldEnd && !offsetShaped) return undefined;
  return { offset, rangeEnd: couldEnd ? rangeEnd : undefined, spaced: found[1] !== '' };
}

/** Only this many characters from the position are read. */
const HEAD_LENGTH = 240;

/** Timestamps at the start of texts, by the characters read, for each combination of options. */
const rememberedAtStart = [false, true].map((compact) =>
  [false, true].map((wholeCell) => remembered((head) => readTimestamp(head, 0, { compact, wholeCell }))),
);

/**
 * The timestamp that begins `text` at `position` (after markup such as `**`, `[`, `~`), or
 * undefined when the text does not begin with one. Only the first 240 characters are read.
 */
export function timestampAt(text: string, position = 0, options: ScanOptions = {}): Timestamp | undefined {
  if (position !== 0) return readTimestamp(text, position, options);
  const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
  return rememberedAtStart[options.compact ? 1 : 0]![options.wholeCell ? 1 : 0]!(head);
}

function readTimestamp(text: string, position: number, options: ScanOptions): Timestamp | undefined {
  const head = text.length - position > HEAD_LENGTH ? text.slice(0, position + HEAD_LENGTH) : text;
  const lead = sticky(LEAD, head, position)!;
  const start = position + lead[0].length;
  const approximateLead = APPROXIMATE_LEAD.test(lead[0]);
  const marked = /[[(*_`]$/.test(lead[0]) || (options.wholeCell === true && start === position);
  const placeholder =
    sticky(PLACEHOLDER_ANYWHERE, head, start) ??
    sticky(PLACEHOLDER_DATE, head, start) ??
    (marked ? sticky(PLACEHOLDER_MARKED, head, start) : null);
  if (placeholder) {
    const end = start + placeholder[0].length;
    return { ...NO_TIME, start, end, rest: restAfter(head, end), approximate: approximateLead, unparseable: true };
  }

  let date = dateAt(head, start);
  let clock: ClockMatch | undefined;
  let approximateTime = false;
  if (date) {
    const separator = sticky(DATE_TIME_SEPARATOR, head, date.end);
    // `2018-10-08 ~18:10`: the time after the date may be marked approximate.
    const mark = separator ? sticky(APPROXIMATE_MARK, head, date.end + separator[0].length) : null;
    clock = separator ? clockAt(head, date.end + separator[0].length + (mark?.[0].length ?? 0), options) : undefined;
    approximateTime = clock !== undefined && mark !== null;
    if (!clock && date.needsTime) date = undefined;
  }
  let weekday: number | undefined;
  if (!date) {
    const named = sticky(WEEKDAY_LEAD, head, start);
    weekday = named ? weekdayOfName(named[1]!) : undefined;
    clock = clockAt(head, start + (weekday === undefined ? 0 : named![0].length), options);
  }
  if (!date && !clock) return undefined;

  let end = clock?.end ?? date!.end;
  let approximate = approximateLead || approximateTime;
  let invalid = date?.invalid ?? clock?.invalid;
  let suggestion: string | undefined;
  if (clock && !date?.invalid && clock.invalid && clock.suggestion !== undefined) {
    suggestion = head.slice(start, clock.start) + clock.suggestion;
  }
  let range = false;
  let zone: ZoneMatch | undefined;
  let offsetOrRange: Timestamp['offsetOrRange'];
  let zoneOrWord: ZoneMatch | undefined;
  const negative = clock ? negativeOffsetAt(head, end, clock, options) : undefined;
  // After an ISO 8601 date and `T` (`2024-03-10T03:00-04:00`), it is the offset.
  const iso = date !== undefined && /t/i.test(head[date.end] ?? '');
  if (negative) {
    const readAs = negative.rangeEnd && !negative.spaced && !iso ? 'range' : 'offset';
    if (negative.rangeEnd && !iso) offsetOrRange = { offset: negative.offset, readAs };
    if (readAs === 'range') {
      range = true;
      approximate = true;
    } else {
      zone = negative.offset;
    }
    if (suggestion !== undefined) suggestion += head.slice(end, negative.offset.end);
    end = negative.offset.end;
  } else if (clock) {
    const separator = sticky(RANGE_SEPARATOR, head, end);
    const rangeEnd = separator ? clockAt(head, end + separator[0].length, options) : undefined;
    if (rangeEnd) {
      range = true;
      approximate = true;
      invalid ??= rangeEnd.invalid;
      if (suggestion !== undefined)
        suggestion +=
          head.slice(end, rangeEnd.start) + (rangeEnd.suggestion ?? head.slice(rangeEnd.start, rangeEnd.end));
      end = rangeEnd.end;
    }
    zone = zoneAfter(head, end) ?? dashedZone(head, end);
    if (!zone) ({ zone, zoneOrWord } = zoneWordAfter(head, end));
    if (zone) {
      if (suggestion !== undefined) suggestion += head.slice(end, zone.end);
      end = zone.end;
    }
  }
  // `10:28 on May 18, a regular build went out`: the day after the time.
  const on = clock && !date ? sticky(DAY_AFTER_TIME, head, end) : null;
  const dayAfter = on ? dateAt(head, end + on[0].length) : undefined;
  if (dayAfter && !dayAfter.invalid) {
    date = dayAfter;
    end = dayAfter.end;
  }
  if (!invalid) suggestion = undefined;
  const clockStart = clock?.start ?? end;
  const clockEnd = clock?.end ?? end;
  const rest = restAfter(head, end);
  const time = clock?.time;
  const reading = { zone, approximate, range, offsetOrRange, zoneOrWord, invalid, suggestion, unparseable: false };
  return { start, end, rest, date, time, weekday, clockStart, clockEnd, ...reading };
}

/** Where the rest of the entry begins after a timestamp that ends at `end`. */
function restAfter(text: string, end: number): number {
  const trailer = sticky(TRAILER, text, end);
  return end + (trailer?.[0].length ?? 0);
}

/** The timestamp that is the whole of `text` (surrounding spaces and markup allowed), or undefined. */
export function parseTimestamp(text: string, options: ScanOptions = {}): Timestamp | undefined {
  const found = timestampAt(text, 0, options);
  if (!found) return undefined;
  return /^[\s*_`\])}]*$/.test(text.slice(found.end)) ? found : undefined;
}

/** Milliseconds since midnight. */
export function millisecondsOfDay(time: ClockTime): number {
  return ((time.hour * 60 + time.minute) * 60 + time.second) * 1000 + time.millisecond;
}

/** A remark on the times after a date, no words of an entry: "2026-11-03 (all times US/Pacific)", "(times in UTC)". */
const TIMES_REMARK = /^\s*\((?:all\s+)?times?\b[^()\n]*\)/i;

/** Whether the timestamp is followed by more than markup: a date with text is an entry, alone a date line. */
export function hasTextAfter(text: string, timestamp: Timestamp): boolean {
  const after = text.slice(timestamp.rest, timestamp.rest + 200);
  return /[^\s*_`\])}(:;,.\-\u2013\u2014|]/.test(after.replace(TIMES_REMARK, ''));
}
