// Calendar dates as postmortems write them: `2025-01-05`, `7/5/2023`, `01-10-2024`, `Sep 27 2017`,
// `Thursday, January 20th, 2022`, `19. April`, `26th August 2021`, `Jan 5`.
import { firstAtStarts } from './firstMatch';

export interface CalendarDate {
  /** Undefined when the text gives no year (`Jan 5`); the caller takes it from the context. */
  readonly year: number | undefined;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

/** A date with its year. */
export type DatedDay = CalendarDate & { readonly year: number };

export interface DateMatch {
  readonly date: CalendarDate;
  readonly start: number;
  readonly end: number;
  /** Why the date does not exist (`there is no February 30`), if it does not. */
  readonly invalid: string | undefined;
  /** Month and day only in digits (`03-26`): a date only when a time follows. */
  readonly needsTime: boolean;
  /**
   * The day-first reading of a date in digits read month first whose day and month may be either way round
   * (`02/07/2024`: February 7 or July 2; `12-06`), when it is another day.
   */
  readonly dayFirst: CalendarDate | undefined;
  /** How a date in digits with `/` or `-` shows its order by a number over 12: `26/05/2021` day first. */
  readonly order: DateOrder | undefined;
}

export type DateOrder = 'day-first' | 'month-first';

/** A day in milliseconds. */
export const DAY = 86_400_000;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The day of the week a word names, 0 for Sunday (`Wed`, `Thurs`, `Wednesday`); undefined for other words. */
export function weekdayOfName(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = lower.length < 3 ? -1 : WEEKDAY_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower));
  return index === -1 ? undefined : index;
}

/** The day of the week of a wall clock's date, 0 for Sunday. */
export function weekdayOf(wallClock: number): number {
  return new Date(Math.floor(wallClock / DAY) * DAY).getUTCDay();
}

export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s{1,3})?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR_AFTER = '(?:,?\\s{1,3}(\\d{4}))?';
/** Not inside a longer word or number; `-` may follow, as in the range `7/5/2023-7/6/2023`. */
const END = '(?!(?!T\\d)[A-Za-z0-9]|[.:/]\\d)';

/** Year first: 2025-01-05, 2025/01/05, 2025.01.05. */
const YEAR_FIRST = new RegExp(`${WEEKDAY}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${END}`, 'iy');
/** Year last, month first with `/` and `-` (US: 7/5/2023, 01-10-2024), day first with `.` (19.04.2018). */
const YEAR_LAST = new RegExp(`${WEEKDAY}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${END}`, 'iy');
/** Month and day only (03-26, 7/5): read only right before a time (`10-01 ~15:00` too), where nothing else is meant. */
const MONTH_DAY = /(\d{1,2})[-/](\d{1,2})(?=[T\s]\s{0,2}[~\u2248]?\d)/y;
/** A range's last day before the year both days share: the `–4` of `Nov 3–4, 2026`, read as its first day. */
const RANGE_END = `(?:\\s?[-\u2013]\\s?\\d{1,2}${ORDINAL})`;
const NAME_FIRST = new RegExp(
  `${WEEKDAY}${MONTH}\\s{1,3}(\\d{1,2})${ORDINAL}(?:${RANGE_END}?,?\\s{1,3}(\\d{4}))?${END}`,
  'iy',
);
const DAY_FIRST = new RegExp(
  `${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th|\\.)?${RANGE_END}?\\s{1,3}(?:of\\s)?${MONTH}${YEAR_AFTER}${END}`,
  'iy',
);

/**
 * A month's name between the day and the year with dashes, as logs and tickets write it: `July-25-2022`, `25-Jul-2022`,
 * `25-JUL-22`, `2022-Jul-25`. Always with the year: `Jul-25` alone may be July 2025.
 */
const NAME_DASHED = new RegExp(
  `${WEEKDAY}(?:${MONTH}-(\\d{1,2})-(\\d{4})|(\\d{1,2})-${MONTH}-(\\d{4}|\\d{2})|(\\d{4})-${MONTH}-(\\d{1,2}))${END}`,
  'iy',
);

export function monthOfName(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix) + 1;
}

function fullYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a year, month and day are not a date, or undefined when they are one. */
export function dateProblem(date: CalendarDate): string | undefined {
  if (date.month < 1 || date.month > 12) return `${date.month} is not a month (1-12)`;
  if (date.day < 1) return `${date.day} is not a day of the month`;
  if (date.day > daysInMonth(date.year, date.month)) {
    const name = MONTH_NAMES[date.month - 1]!;
    if (date.month === 2 && date.day === 29) return `${date.year} is not a leap year, so there is no February 29`;
    return `there is no ${name} ${date.day}: ${name} has ${daysInMonth(date.year, date.month)} days`;
  }
  return undefined;
}

function match(date: CalendarDate, start: number, end: number, needsTime = false): DateMatch {
  return { date, start, end, invalid: dateProblem(date), needsTime, dayFirst: undefined, order: undefined };
}

/**
 * Two numbers of a date in digits, the first read as the month: what they show of their order, and the other reading.
 */
function numericOrder(first: number, second: number, year: number | undefined): Pick<DateMatch, 'dayFirst' | 'order'> {
  const order = first > 12 && second <= 12 ? 'day-first' : second > 12 && first <= 12 ? 'month-first' : undefined;
  const either = first >= 1 && second >= 1 && first <= 12 && second <= 12 && first !== second;
  return { order, dayFirst: either ? { year, month: second, day: first } : undefined };
}

/** A date written at `position` in `text`, or undefined. */
export function dateAt(text: string, position: number): DateMatch | undefined {
  YEAR_FIRST.lastIndex = position;
  let found = YEAR_FIRST.exec(text);
  if (found)
    return match(
      { year: Number(found[1]), month: Number(found[3]), day: Number(found[4]) },
      position,
      YEAR_FIRST.lastIndex,
    );

  YEAR_LAST.lastIndex = position;
  found = YEAR_LAST.exec(text);
  if (found) {
    let first = Number(found[1]);
    let second = Number(found[3]);
    const dotted = found[2] === '.';
    const year = fullYear(found[4]!);
    const dayFirst = dotted ? second <= 12 || first > 12 : first > 12 && second <= 12;
    // Dots are written day first (`19.04.2018`); slashes and dashes either way round.
    const order = dotted ? {} : numericOrder(first, second, year);
    if (dayFirst) [first, second] = [second, first];
    return { ...match({ year, month: first, day: second }, position, YEAR_LAST.lastIndex), ...order };
  }

  NAME_FIRST.lastIndex = position;
  found = NAME_FIRST.exec(text);
  if (found) {
    const year = found[3] === undefined ? undefined : Number(found[3]);
    return match({ year, month: monthOfName(found[1]!), day: Number(found[2]) }, position, NAME_FIRST.lastIndex);
  }

  DAY_FIRST.lastIndex = position;
  found = DAY_FIRST.exec(text);
  if (found) {
    const year = found[3] === undefined ? undefined : Number(found[3]);
    return match({ year, month: monthOfName(found[2]!), day: Number(found[1]) }, position, DAY_FIRST.lastIndex);
  }

  NAME_DASHED.lastIndex = position;
  found = NAME_DASHED.exec(text);
  if (found) {
    const [month, day, year] = found[1]
      ? [found[1], found[2]!, found[3]!]
      : found[5]
        ? [found[5], found[4]!, found[6]!]
        : [found[8]!, found[9]!, found[7]!];
    return match(
      { year: fullYear(year), month: monthOfName(month), day: Number(day) },
      position,
      NAME_DASHED.lastIndex,
    );
  }

  MONTH_DAY.lastIndex = position;
  found = MONTH_DAY.exec(text);
  if (found) {
    const [first, second] = [Number(found[1]), Number(found[2])];
    // Month first (`03-26`) unless only the second number can be the month (`26-03`).
    const [month, day] = first > 12 && second <= 12 ? [second, first] : [first, second];
    const date = match({ year: undefined, month, day }, position, MONTH_DAY.lastIndex, true);
    return { ...date, ...numericOrder(first, second, undefined) };
  }
  return undefined;
}

const DATE_START = /(?:^|[^A-Za-z0-9])(?=[A-Za-z0-9])/g;

/** The first complete date (with a year) anywhere in the first 300 characters of `text`. */
export function findDate(text: string): CalendarDate | undefined {
  return firstAtStarts(text, 300, DATE_START, (head, position) => fullDateAt(head, position)?.date);
}

/** A date with its year written at `position`, one that exists and needs no time after it to be a date. */
function fullDateAt(text: string, position: number): DateMatch | undefined {
  const found = dateAt(text, position);
  return found && !found.invalid && !found.needsTime && found.date.year !== undefined ? found : undefined;
}

/**
 * Every complete date (with a year) in `text` that reads one way only: not `02/07/2024`, which may be February 7 or
 * July 2.
 */
export function unambiguousFullDates(text: string): CalendarDate[] {
  const dates: CalendarDate[] = [];
  const starts = new RegExp(DATE_START.source, 'g');
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const found = fullDateAt(text, start.index + start[0].length);
    if (start[0].length === 0) starts.lastIndex++;
    if (!found || found.dayFirst) continue;
    dates.push(found.date);
    starts.lastIndex = Math.max(starts.lastIndex, found.end);
  }
  return dates;
}

/** Midnight of a date, read as if in UTC, in milliseconds since the epoch. */
export function midnightOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function dateOfWallClock(wallClock: number): CalendarDate {
  const date = new Date(Math.floor(wallClock / DAY) * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatDate(date: CalendarDate): string {
  const year = date.year === undefined ? '' : `${String(date.year).padStart(4, '0')}-`;
  return `${year}${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
