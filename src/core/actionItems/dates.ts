// Due dates as people write them: any calendar date with a year (2025-03-01, 3/15/2025, March 1,
// 2025, 1st March 2025; see `../dates`), Q2 2024, H1 2025, March 2025.
import { MONTH, dateAt as calendarDateAt, daysInMonth, formatDate, monthOfName } from '../model/dates';
import { isBlankAt } from '../model/text';

const QUARTER = /(?:q([1-4])\s*[-/ ]?\s*((?:19|20)\d{2})|((?:19|20)\d{2})\s*[-/ ]?\s*q([1-4]))(?![\w])/iy;
const HALF = /h([12])\s*[-/ ]?\s*((?:19|20)\d{2})(?![\w])/iy;
const MONTH_YEAR = new RegExp(`${MONTH}\\s+((?:19|20)\\d{2})(?![\\w])`, 'iy');

/** A written date keyword, then a date: "due 2025-03-01", "by end of Q2 2024", "(target: Q4 2025 - Q1 2026)". */
const DUE_LABEL = new RegExp(
  String.raw`(?<![\w-])(?:due(?:\s+(?:date|by|on))?|deadline|eta|target(?:\s+date)?|by` +
    String.raw`|before|until|no\s+later\s+than)\s*[:=]?\s*(?:the\s+)?(?:end\s+of\s+` +
    String.raw`(?:the\s+)?)?`,
  'gi',
);
const RANGE_SEPARATOR = /\s*(?:-|\u2013|\u2014|to|through|until|,|\/)\s*/iy;

/** Every date has a digit and ends with one: text without a digit holds none. */
const DIGIT = /\d/;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return formatDate({ year, month, day });
}

export interface DateAt {
  /** YYYY-MM-DD; a quarter, half or month reads as its last day. */
  readonly date: string;
  readonly end: number;
}

/** Reads a date that starts exactly at `at` in `text`. */
export function dateAt(text: string, at: number): DateAt | undefined {
  const calendar = calendarDateAt(text, at);
  if (calendar && !calendar.invalid && !calendar.needsTime && calendar.date.year !== undefined) {
    const date = isoDate(calendar.date.year, calendar.date.month, calendar.date.day);
    if (date) return { date, end: calendar.end };
  }
  const attempt = (pattern: RegExp, read: (match: RegExpExecArray) => string | undefined): DateAt | undefined => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return undefined;
    const date = read(match);
    return date ? { date, end: at + match[0].length } : undefined;
  };
  return (
    attempt(QUARTER, (m) => {
      const quarter = Number(m[1] ?? m[4]);
      const year = Number(m[2] ?? m[3]);
      return isoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
    }) ??
    attempt(HALF, (m) => isoDate(Number(m[2]), Number(m[1]) * 6, Number(m[1]) === 1 ? 30 : 31)) ??
    attempt(MONTH_YEAR, (m) => {
      const year = Number(m[2]);
      const month = monthOfName(m[1]!);
      return isoDate(year, month, daysInMonth(year, month));
    })
  );
}

export interface DueMatch {
  readonly date: string;
  /** Relative to the text searched: the keyword and the date. */
  readonly start: number;
  readonly end: number;
}

/** A date, or a range of dates ("Q4 2025 - Q1 2026"), at `at`: the latest of them and where they end. */
function datesAt(text: string, at: number): DateAt | undefined {
  let found = dateAt(text, at);
  if (!found) return undefined;
  let { date: latest, end } = found;
  for (;;) {
    RANGE_SEPARATOR.lastIndex = end;
    const separator = RANGE_SEPARATOR.exec(text);
    found = separator ? dateAt(text, end + separator[0].length) : undefined;
    if (!found) return { date: latest, end };
    if (found.date > latest) latest = found.date;
    end = found.end;
  }
}

/** A due date introduced by a keyword ("due", "by", "deadline", "ETA", "target"). */
export function labelledDue(text: string): DueMatch | undefined {
  if (!DIGIT.test(text)) return undefined;
  for (const label of text.matchAll(DUE_LABEL)) {
    const found = datesAt(text, label.index + label[0].length);
    if (found) return { date: found.date, start: label.index, end: found.end };
  }
  return undefined;
}

/**
 * A parenthesis that holds only dates, optionally after "target" or "due": "(2025-03-01)",
 * "(Q4 2025 - Q1 2026)", "(Target: Q4 2025 - Q1 2026)". A range reads as its latest date.
 */
export function parenthesisedDue(text: string): DueMatch | undefined {
  if (!DIGIT.test(text)) return undefined;
  let open = text.indexOf('(');
  let close = -1;
  while (open >= 0) {
    if (close < open) close = text.indexOf(')', open);
    if (close < 0) return undefined;
    if (close - open <= 80) {
      const found = datesPart(text, open + 1, close);
      if (found)
        return found.whole
          ? { date: found.date, start: open, end: close + 1 }
          : { date: found.date, start: found.start, end: found.end };
    }
    open = text.indexOf('(', open + 1);
  }
  return undefined;
}

const PAREN_LEAD = /\s*(?:(?:target(?:ed)?|due|eta|by|planned|expected)\s*[:=]?\s*)?/iy;

/**
 * The comma-separated part of a parenthesis (start to end, relative) that holds only dates: all of
 * "(Q2 2024)", or "2025-03-01" in "(@alice, 2025-03-01)".
 */
function datesPart(
  text: string,
  start: number,
  end: number,
): { date: string; start: number; end: number; whole: boolean } | undefined {
  let partStart = start;
  while (partStart <= end) {
    const comma = text.indexOf(',', partStart);
    const partEnd = comma < 0 || comma > end ? end : comma;
    PAREN_LEAD.lastIndex = partStart;
    const lead = PAREN_LEAD.exec(text);
    const found = datesAt(text, partStart + (lead ? lead[0].length : 0));
    if (found && found.end <= partEnd && /^\s*$/.test(text.slice(found.end, partEnd))) {
      const whole = partStart === start && partEnd === end;
      return { date: found.date, start: partStart, end: partEnd, whole };
    }
    partStart = partEnd + 1;
  }
  return undefined;
}

/** A date that ends the text after a separator: "Add an alert \u2014 @alice \u2014 2025-03-01". */
export function trailingDue(text: string): DueMatch | undefined {
  const end = text.trimEnd().replace(/[.;]$/, '').length;
  if (!DIGIT.test(text[end - 1] ?? '')) return undefined;
  for (let at = Math.max(0, end - 40); at < end; at++) {
    if (!isBlankAt(text, at - 1)) continue;
    const found = datesAt(text, at);
    if (!found || found.end !== end) continue;
    let separator = at - 1;
    while (separator > 0 && isBlankAt(text, separator)) separator--;
    if (/[\u2014\u2013,;|-]/.test(text[separator] ?? '')) return { date: found.date, start: separator, end };
  }
  return undefined;
}

/** The latest date anywhere in a short text, such as a Due cell ("2025-03-01", "Mar 1, 2025"). */
export function dateIn(text: string): string | undefined {
  const bounded = text.slice(0, 200);
  if (!DIGIT.test(bounded)) return undefined;
  for (let at = 0; at < bounded.length; at++) {
    if (at > 0 && /\w/.test(bounded[at - 1]!)) continue;
    const found = dateAt(bounded, at);
    if (found) return found.date;
  }
  return undefined;
}
