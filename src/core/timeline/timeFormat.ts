// How a document writes its times (`14:32`, `14:32 UTC`, `2025-01-05 14:32`, `2:32 PM`), read
// from an entry, and the text of a new time in that format: "now", or a time a person typed.
import { type CalendarDate, DAY, dateOfWallClock, formatDate, midnightOf, MONTH_NAMES } from '../model/dates';
import { millisecondsOfDay, parseTimestamp, timestampAt } from '../model/time';
import type { TimelineEntry } from '../model/types';
import { parseZone, UTC_ZONE, type Zone } from '../model/zones';
import { rewriteDate } from './writtenDate';

const MINUTE = 60_000;

export interface TimeFormat {
  /** The date written before the sample's time (`12-05 `, `Sep 27 2017, `) and the day it is; none without one. */
  readonly date: { readonly written: string; readonly day: CalendarDate } | undefined;
  readonly twelveHour: boolean;
  readonly padHour: boolean;
  /** Between the hour and the minutes: `:`, `.` (`08.48`), `h` (`14h32`, `14 h 32`), or none (`1432` in a table). */
  readonly separator: string;
  readonly seconds: boolean;
  /** `h` after the minutes (`14:05h`), or empty. */
  readonly hourMark: string;
  /** ` PM`, `pm`, ` p.m.`: the sample's, to be cased and spaced alike. */
  readonly meridiem: string;
  /** The zone as written after the time, with its separator (` UTC`), or empty. */
  readonly zoneSuffix: string;
  /** The zone times are read in, when known. */
  readonly zone: Zone | undefined;
  /** The sample's date, for times typed without one when the format writes dates. */
  readonly referenceDay: CalendarDate | undefined;
}

const MONTH_DAY = /^([A-Z][a-z]{2,8})\.? (\d{1,2})$/;
const CLOCK_STYLE = /^(\d{1,2})([:.]|[ \t]?h[ \t]?|)(\d{2})(:\d{2})?(h?)(\s?[ap]\.?m\.?)?$/i;

/**
 * The format of an entry's time text: its date as written, its clock's style and the zone after it
 * (a range's end is not copied); a time it does not recognise gives plain 24-hour `HH:MM`.
 */
export function formatOf(entry: Pick<TimelineEntry, 'timeText' | 'zone' | 'wallClock' | 'style'>): TimeFormat {
  const zone = entry.zone === undefined ? undefined : parseZone(entry.zone);
  const referenceDay = entry.wallClock === undefined ? undefined : dateOfWallClock(entry.wallClock);
  const text = entry.timeText;
  const sample = timestampAt(text, 0, { compact: entry.style === 'table', wholeCell: entry.style === 'table' });
  const clock = sample?.time ? CLOCK_STYLE.exec(text.slice(sample.clockStart, sample.clockEnd)) : null;
  if (!sample || !clock || sample.start !== 0) return { ...defaultFormat(''), zone, referenceDay };
  const [, hour, separator, , seconds, hourMark, meridiem] = clock;
  const beforeZone = sample.zone ? text.slice(0, sample.zone.start) : '';
  const blank = beforeZone.length - beforeZone.trimEnd().length;
  const written = sample.date && !sample.date.invalid ? text.slice(0, sample.clockStart) : undefined;
  let date = written !== undefined ? { written, day: sample.date!.date } : undefined;
  // A weekday (`Wednesday 16:58`) is kept, and rewritten when the day is known and changes.
  if (sample.weekday !== undefined)
    date = { written: text.slice(0, sample.clockStart), day: referenceDay ?? { year: undefined, month: 1, day: 1 } };
  return {
    date,
    twelveHour: meridiem !== undefined,
    padHour: hour!.length === 2,
    separator: separator!,
    seconds: seconds !== undefined,
    hourMark: hourMark!,
    meridiem: meridiem ?? '',
    // What follows the clock up to the zone's end (` UTC`, `] [UTC+2]`, ` hrs UTC`); after a range, the blank and zone.
    zoneSuffix: !sample.zone
      ? ''
      : text.slice(sample.range ? sample.zone.start - blank : sample.clockEnd, sample.zone.end),
    zone,
    referenceDay,
  };
}

/** `14:32 UTC`-style times, for a timeline with no entries yet; `zoneText` as the document names its zone. */
export function defaultFormat(zoneText: string): TimeFormat {
  const zone = zoneText === '' ? undefined : parseZone(zoneText);
  const zoneSuffix = zone ? ` ${zoneText}` : '';
  const clock = { twelveHour: false, padHour: true, separator: ':', seconds: false, hourMark: '', meridiem: '' };
  return { date: undefined, ...clock, zoneSuffix, zone, referenceDay: undefined };
}

/** A date cell's style (`2025-01-05`, `Jan 20`), or undefined for one this does not write. */
export function dateCellStyle(cell: string): 'iso' | 'month-day' | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return 'iso';
  const match = MONTH_DAY.exec(cell);
  return match && MONTH_NAMES.some((name) => name.startsWith(match[1]!)) ? 'month-day' : undefined;
}

export function formatCalendarDate(date: CalendarDate, style: 'iso' | 'month-day'): string {
  return style === 'iso' ? formatDate(date) : `${MONTH_NAMES[date.month - 1]!.slice(0, 3)} ${date.day}`;
}

/** A date and time of day on a zone's wall clock; the date is undefined when the time was typed without one. */
export interface WallTime {
  readonly day: CalendarDate | undefined;
  readonly msOfDay: number;
  /** The date was typed: it is written even where the entries carry no dates, unless it is the sample's. */
  readonly typedDate: boolean;
}

function wallTimeOf(wallClock: number, hasDay: boolean, typedDate: boolean): WallTime {
  return { day: hasDay ? dateOfWallClock(wallClock) : undefined, msOfDay: ((wallClock % DAY) + DAY) % DAY, typedDate };
}

/** The wall time in the format's zone at an instant. */
export function wallTimeAt(instant: number, format: TimeFormat): WallTime {
  const zone = format.zone ?? UTC_ZONE;
  return wallTimeOf(instant + zone.offsetAt(instant) * MINUTE, true, false);
}

/**
 * A typed time read for writing in `format`: converted to the format's zone when it names another
 * one. A string when it is written as typed (`~13:30`, a range), `{ invalid }` when it is no time.
 */
export function readTypedTime(typed: string, format: TimeFormat): WallTime | string | { readonly invalid: string } {
  const text = typed.replace(/\s+/g, ' ').trim();
  const timestamp = parseTimestamp(text);
  if (!timestamp?.time || timestamp.invalid || timestamp.unparseable || timestamp.date?.invalid) {
    return {
      invalid:
        `"${text}" is not a time: write one such as 14:32, 2:32 PM or 2025-01-05 14:32` +
        `${timestamp?.invalid ? ` (${timestamp.invalid})` : ''}`,
    };
  }
  if (timestamp.approximate) return text;
  const written = timestamp.date?.date;
  const reference = format.referenceDay ?? { year: 2000, month: 1, day: 1 };
  // A month and day typed without a year (`12-06 09:00`) are in the entry's year.
  const day = written ? { ...written, year: written.year ?? reference.year } : reference;
  const wallClock = midnightOf(day.year!, day.month, day.day) + millisecondsOfDay(timestamp.time);
  const from = timestamp.zone?.zone;
  const to = format.zone;
  const typedDate = written !== undefined;
  if (from && to && from.id !== to.id) return { ...wallTimeAt(from.resolve(wallClock).instant, format), typedDate };
  return wallTimeOf(wallClock, typedDate, typedDate);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The clock part of a time in the format: `14:32`, `2:32 PM`, `02:32:00 pm`, with the zone suffix. */
export function formatClock(msOfDay: number, format: TimeFormat): string {
  const total = Math.floor(msOfDay / 1000);
  const hour24 = Math.floor(total / 3600);
  const minute = Math.floor((total % 3600) / 60);
  const hour = format.twelveHour ? hour24 % 12 || 12 : hour24;
  const meridiem = format.twelveHour
    ? format.meridiem.replace(/[ap]/i, (letter) =>
        (hour24 < 12 ? 'a' : 'p')[letter === letter.toUpperCase() ? 'toUpperCase' : 'toLowerCase'](),
      )
    : '';
  const seconds = format.seconds ? `:${pad(total % 60)}` : '';
  const hours = format.padHour ? pad(hour) : String(hour);
  return `${hours}${format.separator}${pad(minute)}${seconds}${format.hourMark}${meridiem}${format.zoneSuffix}`;
}

function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return formatDate(a) === formatDate(b);
}

/**
 * The whole time text: the date before the clock as the sample writes it (another day in the same
 * notation), or an ISO date where the sample writes none and the time was typed on another day.
 */
export function formatTime(time: WallTime, format: TimeFormat): string {
  const reference = format.referenceDay;
  const day = time.day ?? reference;
  const typedDay = time.typedDate ? time.day : undefined;
  const otherDay = typedDay !== undefined && (reference === undefined || !sameDay(typedDay, reference));
  const written = format.date;
  let date = '';
  const anotherDay = day !== undefined && reference !== undefined && !sameDay(day, reference);
  if (written) date = anotherDay ? rewriteDate(written.written, written.day, day) : written.written;
  else if (otherDay) date = `${formatDate(typedDay)} `;
  return date + formatClock(time.msOfDay, format);
}
