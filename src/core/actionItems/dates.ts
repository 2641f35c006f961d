// Due dates as people write them: any calendar date with a year (2025-03-01, 3/15/2025, March 1,
// 2025, 1st March 2025; see `../dates`), Q2 2024, H1 2025, March 2025; and, read by the postmortem's
// date, the same without a year (Nov 15, 15 November, Q4, end of October, Friday, end of the quarter).
import {
  MONTH,
  type DatedDay,
  dateAt as calendarDateAt,
  DAY,
  dateOfWallClock,
  daysInMonth,
  formatDate,
  midnightOf,
  monthOfName,
  weekdayOf,
  weekdayOfName,
} from '../model/dates';
import { isBlankAt } from '../model/text';
import { trailingStatusStart } from './status';
import { alternation, SCHEDULE_FIELDS } from './words';

const QUARTER = /(?:q([1-4])\s*[-/ ]?\s*((?:19|20)\d{2})|((?:19|20)\d{2})\s*[-/ ]?\s*q([1-4]))(?![\w])/iy;
const HALF = /h([12])\s*[-/ ]?\s*((?:19|20)\d{2})(?![\w])/iy;
const MONTH_YEAR = new RegExp(`${MONTH}\\s+((?:19|20)\\d{2})(?![\\w])`, 'iy');
const QUARTER_ONLY = /q([1-4])(?![\w])/iy;
/** A month or a weekday by its name alone: `October`, `Oct.`, `Friday`, `Fri`; not `Octopus`, not `Friday's`. */
const NAME_ONLY = /([a-z]{3,9})\.?(?![\w'\u2019])/iy;
const MONTH_NAME = new RegExp(`^${MONTH}$`, 'i');
/** What may stand before a date or a period: "end of Q2 2024", "the end of October", "end of the quarter". */
const END_OF = /(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?/iy;
const PERIOD = /(week|month|quarter|year)(?![\w])/iy;
/** A period named from the postmortem's date: "next week", "this quarter", "the next month". */
const RELATIVE_PERIOD = /(?:the\s+)?(next|this|coming)\s+(week|month|quarter|year)(?![\w])/iy;
/**
 * The end of a period as trackers and chat shorten it, read as "end of the ..." is: `EOW` the week's Friday, `EOM`
 * the month's last day, `EOQ` the quarter's, `EOY` the year's; in capitals, so no word is taken for one.
 */
const PERIOD_END_ABBREVIATIONS: Readonly<Record<string, string>> = {
  EOW: 'week',
  EOM: 'month',
  EOQ: 'quarter',
  EOY: 'year',
};
const PERIOD_END_ABBREVIATION = new RegExp(`(${Object.keys(PERIOD_END_ABBREVIATIONS).join('|')})(?![\\w])`, 'y');
/**
 * A month and day in digits with a slash and no year (`12/15`, `15/12`): a fraction too ("cut retries by 1/2"), so
 * a date only where a due date is asked for (`monthDay`), and only with a day over 12, which shows the order.
 */
const MONTH_DAY = /(\d{1,2})\/(\d{1,2})(?![\w/]|[.:-]\d)/y;

/**
 * A keyword, then a date: "due 2025-03-01", "by end of Q2 2024", "(target: Q4 2025 - Q1 2026)", "by Friday", "in Q1"
 * (a quarter or a half only: "in March" may tell when something happened); a noun may say it in a sentence: "Target is
 * 15th Nov", "The deadline will be Friday".
 */
const DUE_LABEL = new RegExp(
  String.raw`(?<![\w-])(?:(?:due\s+date|deadline|eta|target(?:\s+date)?)(?:\s+(?:is|will\s+be))?` +
    String.raw`|due(?:\s+(?:by|on))?|by|before|until|no\s+later\s+than|in(?=\s+(?:the\s+)?[QH]\d\b))` +
    String.raw`\s*[:=]?\s*(?:the\s+)?`,
  'gi',
);
const RANGE_SEPARATOR = /\s*(?:-|\u2013|\u2014|to|through|until|,|\/)\s*/iy;

/**
 * Text holds a date only if it has a digit, a month's or a weekday's name, "end of", a period's end shortened, or a
 * period named from the postmortem's date ("next week").
 */
const DATE_HINT = new RegExp(
  String.raw`\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end\s+of|EO[WMQY]` +
    String.raw`|(?:next|this|coming)\s`,
  'i',
);

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return formatDate({ year, month, day });
}

/** The first day on or after `anchor` that is this day of this month, or this month's last day (`day` undefined). */
function nextOnOrAfter(anchor: DatedDay, month: number, day: number | undefined): string | undefined {
  const from = formatDate(anchor);
  // February 29 comes back within eight years.
  for (let year = anchor.year; year <= anchor.year + 8; year++) {
    const date = isoDate(year, month, day ?? daysInMonth(year, month));
    if (date !== undefined && date >= from) return date;
  }
  return undefined;
}

/** The first such weekday after `anchor`: "by Friday" in a postmortem of Friday the 2nd is Friday the 9th. */
function nextWeekday(anchor: DatedDay, weekday: number): string {
  const midnight = midnightOf(anchor.year, anchor.month, anchor.day);
  const days = ((weekday - weekdayOf(midnight) + 6) % 7) + 1;
  return formatDate(dateOfWallClock(midnight + days * DAY));
}

/** The last day of the month, quarter or year that holds `anchor`; of a week, its Friday, the working week's end. */
function periodEnd(anchor: DatedDay, period: string): string | undefined {
  if (period === 'week')
    return weekdayOf(midnightOf(anchor.year, anchor.month, anchor.day)) === 5
      ? formatDate(anchor)
      : nextWeekday(anchor, 5);
  const month = period === 'year' ? 12 : period === 'quarter' ? Math.ceil(anchor.month / 3) * 3 : anchor.month;
  return isoDate(anchor.year, month, daysInMonth(anchor.year, month));
}

export interface DateAt {
  /**
   * YYYY-MM-DD; a quarter, half or month reads as its last day. Undefined when the text gives no year and there is
   * no postmortem date to read it by.
   */
  readonly date: string | undefined;
  readonly end: number;
}

/**
 * How a date may be written where it is read: `anchor` is the postmortem's date; `bare` allows the forms that have
 * no digit (a month's or a weekday's name alone, "end of the quarter"), which only a keyword or a Due column make
 * dates: "— May" is a person, "by May" a date.
 */
export interface DateReading {
  readonly anchor: DatedDay | undefined;
  readonly bare: boolean;
  /** Whether a month and day in digits alone (`12/15`) is a date: after "due" or a set-off "by", in a Due cell. */
  readonly monthDay?: boolean;
}

/** Reads a date that starts exactly at `at` in `text`, after "end of" if written. */
export function dateAt(text: string, at: number, reading: DateReading): DateAt | undefined {
  END_OF.lastIndex = at;
  const endOf = END_OF.exec(text);
  const from = endOf ? at + endOf[0].length : at;
  const found = datedAt(text, from) ?? yearlessAt(text, from, reading) ?? relativePeriodAt(text, from, reading);
  if (!found && !endOf && reading.bare) return periodEndAbbreviationAt(text, at, reading.anchor);
  if (found || !endOf || !reading.bare) return found;
  PERIOD.lastIndex = from;
  const period = PERIOD.exec(text);
  if (!period) return undefined;
  const date = reading.anchor ? periodEnd(reading.anchor, period[1]!.toLowerCase()) : undefined;
  return { date, end: PERIOD.lastIndex };
}

/** How far "next" moves the postmortem's date, in days or months, to a day of the period after the one it is in. */
const NEXT_PERIOD: Readonly<Record<string, { readonly days?: number; readonly months?: number }>> = {
  week: { days: 7 },
  month: { months: 1 },
  quarter: { months: 3 },
  year: { months: 12 },
};

/**
 * "next week", "this quarter", "(the) end of next month" at `at`: the end of that period, counted from the postmortem's
 * date (the Friday of a week, the last day of the others), as "end of the quarter" is read. Only where bare forms are.
 */
function relativePeriodAt(text: string, at: number, { anchor, bare }: DateReading): DateAt | undefined {
  if (!bare) return undefined;
  RELATIVE_PERIOD.lastIndex = at;
  const found = RELATIVE_PERIOD.exec(text);
  if (!found) return undefined;
  const period = found[2]!.toLowerCase();
  const end = RELATIVE_PERIOD.lastIndex;
  if (!anchor) return { date: undefined, end };
  if (found[1]!.toLowerCase() === 'this') return { date: periodEnd(anchor, period), end };
  const { days = 0, months = 0 } = NEXT_PERIOD[period]!;
  const shifted = dateOfWallClock(
    midnightOf(anchor.year, anchor.month + months, months > 0 ? 1 : anchor.day) + days * DAY,
  );
  return { date: periodEnd({ ...shifted, year: shifted.year! }, period), end };
}

/** `EOW`, `EOQ` at `at`: the end of the period that holds `anchor`. */
function periodEndAbbreviationAt(text: string, at: number, anchor: DatedDay | undefined): DateAt | undefined {
  PERIOD_END_ABBREVIATION.lastIndex = at;
  const found = PERIOD_END_ABBREVIATION.exec(text);
  if (!found) return undefined;
  return {
    date: anchor ? periodEnd(anchor, PERIOD_END_ABBREVIATIONS[found[1]!]!) : undefined,
    end: found.index + found[0].length,
  };
}

/** A date with its year at `at`. */
function datedAt(text: string, at: number): DateAt | undefined {
  const calendar = calendarDateAt(text, at);
  if (calendar && !calendar.invalid && !calendar.needsTime && calendar.date.year !== undefined) {
    const date = isoDate(calendar.date.year, calendar.date.month, calendar.date.day);
    if (date) return { date, end: calendar.end };
  }
  return (
    attempt(text, at, QUARTER, (m) => {
      const quarter = Number(m[1] ?? m[4]);
      const year = Number(m[2] ?? m[3]);
      return isoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
    }) ??
    attempt(text, at, HALF, (m) => isoDate(Number(m[2]), Number(m[1]) * 6, Number(m[1]) === 1 ? 30 : 31)) ??
    attempt(text, at, MONTH_YEAR, (m) => {
      const year = Number(m[2]);
      const month = monthOfName(m[1]!);
      return isoDate(year, month, daysInMonth(year, month));
    })
  );
}

/** A date without its year at `at`: a month and day (`Nov 15`), a quarter (`Q4`), a month or a weekday alone. */
function yearlessAt(text: string, at: number, { anchor, bare, monthDay }: DateReading): DateAt | undefined {
  const calendar = calendarDateAt(text, at);
  // `Feb 29` is a date some years; `Feb 30` none, nor is it February.
  if (calendar?.invalid) return undefined;
  if (calendar && !calendar.needsTime && calendar.date.year === undefined) {
    const { month, day } = calendar.date;
    return { date: anchor ? nextOnOrAfter(anchor, month, day) : undefined, end: calendar.end };
  }
  if (monthDay) {
    MONTH_DAY.lastIndex = at;
    const digits = MONTH_DAY.exec(text);
    if (digits) {
      const [first, second] = [Number(digits[1]), Number(digits[2])];
      // Only a number over 12 tells which is the day: `3/4` may be March 4 or 3 April.
      if (first > 12 === second > 12) return undefined;
      const [month, day] = first > 12 ? [second, first] : [first, second];
      // 2024 is a leap year: `2/29` is a date some years.
      if (isoDate(2024, month, day) === undefined) return undefined;
      return { date: anchor ? nextOnOrAfter(anchor, month, day) : undefined, end: MONTH_DAY.lastIndex };
    }
  }
  QUARTER_ONLY.lastIndex = at;
  const quarter = QUARTER_ONLY.exec(text);
  if (quarter) {
    const date = anchor ? nextOnOrAfter(anchor, Number(quarter[1]) * 3, undefined) : undefined;
    return { date, end: QUARTER_ONLY.lastIndex };
  }
  // A name alone is a date only when written as a name is, capitalised: "may" is a verb, "sat" and "sun" words.
  if (!bare || !/[A-Z]/.test(text[at] ?? '')) return undefined;
  NAME_ONLY.lastIndex = at;
  const name = NAME_ONLY.exec(text);
  if (!name) return undefined;
  const word = name[1]!;
  if (MONTH_NAME.test(word))
    return { date: anchor ? nextOnOrAfter(anchor, monthOfName(word), undefined) : undefined, end: NAME_ONLY.lastIndex };
  const weekday = weekdayOfName(word);
  if (weekday === undefined) return undefined;
  return { date: anchor ? nextWeekday(anchor, weekday) : undefined, end: NAME_ONLY.lastIndex };
}

function attempt(
  text: string,
  at: number,
  pattern: RegExp,
  read: (match: RegExpExecArray) => string | undefined,
): { date: string; end: number } | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const date = read(match);
  return date === undefined ? undefined : { date, end: at + match[0].length };
}

export interface DueMatch {
  /** YYYY-MM-DD, or undefined for a date without a year and no postmortem date to read it by. */
  readonly date: string | undefined;
  /** The date as written, without its keyword: "Nov 15", "end of the quarter". */
  readonly written: string;
  /** Relative to the text searched: the keyword and the date. */
  readonly start: number;
  readonly end: number;
}

/** A date, or a range of dates ("Q4 2025 - Q1 2026"), at `at`: the latest of them and where they end. */
function datesAt(text: string, at: number, reading: DateReading): DateAt | undefined {
  let found = dateAt(text, at, reading);
  if (!found) return undefined;
  let { date: latest, end } = found;
  // A name alone after a comma is more likely a person than the end of a range: "by Friday, May".
  const following = { ...reading, bare: false };
  for (;;) {
    RANGE_SEPARATOR.lastIndex = end;
    const separator = RANGE_SEPARATOR.exec(text);
    found = separator ? dateAt(text, end + separator[0].length, following) : undefined;
    if (!found) return { date: latest, end };
    if (latest !== undefined && (found.date === undefined || found.date > latest)) latest = found.date;
    end = found.end;
  }
}

function dueMatch(text: string, start: number, dateStart: number, found: DateAt, end = found.end): DueMatch {
  return { date: found.date, written: text.slice(dateStart, found.end).trim(), start, end };
}

/** Keywords that may tell by how much as well as by when ("cut retries by 1/2"), unless set off ("— by 12/15"). */
const AMOUNT_OR_TIME = /^(?:by|before|until)\b/i;
/** What sets off a keyword as a field of the item: the item's start, a dash, a comma, a bracket or a bar. */
const FIELD_START = /(?:^|[\u2014\u2013,;:(|]|\s-)\s*$/;

/** A due date introduced by a keyword ("due", "by", "deadline", "ETA", "target"). */
export function labelledDue(text: string, anchor: DatedDay | undefined): DueMatch | undefined {
  if (!DATE_HINT.test(text)) return undefined;
  for (const label of text.matchAll(DUE_LABEL)) {
    const dateStart = label.index + label[0].length;
    const monthDay = !AMOUNT_OR_TIME.test(label[0]) || FIELD_START.test(text.slice(0, label.index));
    const found = datesAt(text, dateStart, { anchor, bare: true, monthDay });
    if (found) return dueMatch(text, label.index, dateStart, found);
  }
  return undefined;
}

/** A word of when that names no day: `ASAP`, `next sprint`, `TBD` (a quarter alone names one, read by its year). */
const UNDATED = new RegExp(String.raw`(${alternation([SCHEDULE_FIELDS])})(?![\w-])`, 'iy');
/** A last field set off by a dash or a bracket: `— next sprint`, `(ASAP)`. */
const SET_OFF_UNDATED = new RegExp(String.raw`(?:\s[\u2014\u2013-]\s+|\()\s*(${UNDATED.source})\)?[\s.]*$`, 'i');

/**
 * When an item says it is due without a day: "due ASAP", "ETA: next sprint", "by next release", "— next sprint".
 * `TBD` counts only after a keyword: set off alone it may stand for the owner.
 */
export function undatedDue(text: string): string | undefined {
  for (const label of text.matchAll(DUE_LABEL)) {
    UNDATED.lastIndex = label.index + label[0].length;
    const word = UNDATED.exec(text);
    if (word) return word[1];
  }
  const setOff = SET_OFF_UNDATED.exec(text);
  return setOff && !/^tb[ad]$/i.test(setOff[1]!) ? setOff[1] : undefined;
}

/**
 * A parenthesis that holds only dates, optionally after "target" or "due": "(2025-03-01)",
 * "(Q4 2025 - Q1 2026)", "(Target: Q4 2025 - Q1 2026)". A range reads as its latest date.
 */
export function parenthesisedDue(text: string, anchor: DatedDay | undefined): DueMatch | undefined {
  if (!DATE_HINT.test(text)) return undefined;
  let open = text.indexOf('(');
  let close = -1;
  while (open >= 0) {
    if (close < open) close = text.indexOf(')', open);
    if (close < 0) return undefined;
    if (close - open <= 80) {
      const found = datesPart(text, open + 1, close, anchor);
      if (found) return found.whole ? { ...found, start: open, end: close + 1 } : found;
    }
    open = text.indexOf('(', open + 1);
  }
  return undefined;
}

const PAREN_LEAD = /\s*(?:(?:target(?:ed)?|due|eta|by|planned|expected)\s*[:=]?\s*)?/iy;

/**
 * The comma-separated part of a parenthesis (start to end, relative) that holds only dates: all of
 * "(Q2 2024)", or "2025-03-01" in "(@alice, 2025-03-01)". A name alone is a date only after a keyword: "(by Friday)".
 */
function datesPart(
  text: string,
  start: number,
  end: number,
  anchor: DatedDay | undefined,
): (DueMatch & { whole: boolean }) | undefined {
  let partStart = start;
  while (partStart <= end) {
    const comma = text.indexOf(',', partStart);
    const partEnd = comma < 0 || comma > end ? end : comma;
    PAREN_LEAD.lastIndex = partStart;
    const lead = PAREN_LEAD.exec(text)![0];
    const dateStart = partStart + lead.length;
    const keyword = lead.trim() !== '';
    const found = datesAt(text, dateStart, { anchor, bare: keyword, monthDay: keyword });
    if (found && found.end <= partEnd && /^\s*$/.test(text.slice(found.end, partEnd))) {
      const whole = partStart === start && partEnd === end;
      return { ...dueMatch(text, partStart, dateStart, found, partEnd), whole };
    }
    partStart = partEnd + 1;
  }
  return undefined;
}

/** What may stand between a separator and a trailing date: ", by Nov 15", "— due 2025-03-01". */
const TRAILING_LEAD = /([\u2014\u2013,;|/\u2192-])\s*(?:(?:due(?:\s+(?:by|on))?|by)\s+)?$/i;

/**
 * A date that ends the text after a separator: "Add an alert \u2014 @alice \u2014 2025-03-01", "\u2014 Marco, Nov 15",
 * "\u2014 Marco, by Nov 15", or before a closing status ("\u2014 2025-03-01 \u2014 done"). Without a digit only what no
 * person is called (see below): "\u2014 May" is a person.
 */
export function trailingDue(text: string, anchor: DatedDay | undefined): DueMatch | undefined {
  // A status may close the item after the date: "— @ann — 2026-12-01 — done".
  const end = text.slice(0, trailingStatusStart(text)).trimEnd().replace(/[.;]$/, '').length;
  const digit = DIGIT.test(text[end - 1] ?? '');
  for (let at = Math.max(0, end - 40); at < end; at++) {
    if (!isBlankAt(text, at - 1)) continue;
    // Without a digit, only what no person is called: "end of ..." ("— platform team, end of December"), a
    // weekday's name or a period's end shortened ("— JK — Fri", "— JK — EOW"); "— May" may be a person.
    if (!digit && !opensEndOf(text, at) && !opensUndatedDue(text, at)) continue;
    const found = datesAt(text, at, { anchor, bare: !digit });
    if (!found || found.end !== end) continue;
    const lead = TRAILING_LEAD.exec(text.slice(0, at));
    if (lead) return dueMatch(text, lead.index, at, found);
  }
  return undefined;
}

function opensEndOf(text: string, at: number): boolean {
  END_OF.lastIndex = at;
  return END_OF.test(text);
}

/** A weekday's name or a period's end shortened at `at`: `Fri`, `Friday`, `EOW`. */
function opensUndatedDue(text: string, at: number): boolean {
  PERIOD_END_ABBREVIATION.lastIndex = at;
  if (PERIOD_END_ABBREVIATION.test(text)) return true;
  NAME_ONLY.lastIndex = at;
  const name = NAME_ONLY.exec(text);
  return name !== null && /^[A-Z]/.test(name[1]!) && weekdayOfName(name[1]!) !== undefined;
}

/**
 * Whether a part of an owner's label is a date rather than an owner (`Owner: platform team, end of December`,
 * `Owner: Ana, Dec 10`); a name that a month opens is a person (`May Chen`).
 */
export function isWholeDate(text: string): boolean {
  return dateAt(text, 0, { anchor: undefined, bare: text.includes(' ') })?.end === text.length;
}

/** Every date written with a digit ends with one. */
const DIGIT = /\d/;

/**
 * The latest date anywhere in a short text, such as a Due cell ("2025-03-01", "Mar 1, 2025"); a name alone when it
 * opens the text ("Friday", "End of October").
 */
export function dateIn(text: string, anchor: DatedDay | undefined): DueMatch | undefined {
  const bounded = text.slice(0, 200);
  if (!DATE_HINT.test(bounded)) return undefined;
  const first = bounded.length - bounded.trimStart().length;
  for (let at = first; at < bounded.length; at++) {
    if (at > 0 && /\w/.test(bounded[at - 1]!)) continue;
    const found = dateAt(bounded, at, { anchor, bare: at === first, monthDay: at === first });
    if (found) return dueMatch(bounded, at, at, found);
  }
  return undefined;
}
