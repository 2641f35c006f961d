// How a document writes its times (`14:32`, `14:32 UTC`, `2025-01-05 14:32`, `2:32 PM`), read
// from an entry, and the text of a new time in that format: "now", or a time a person typed.
import { type CalendarDate, dateOfWallClock, formatDate, midnightOf, MONTH_NAMES } from '../model/dates';
import { millisecondsOfDay, parseTimestamp } from '../model/time';
import type { TimelineEntry } from '../model/types';
import { instantIn, parseZone, UTC_ZONE, type Zone } from '../model/zones';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface TimeFormat {
  /** How a date before the time is written, or undefined when times carry none. */
  readonly date: { readonly style: 'iso' | 'month-day'; readonly separator: string } | undefined;
  readonly twelveHour: boolean;
  readonly padHour: boolean;
  readonly seconds: boolean;
  /** ` PM`, `pm`, ` p.m.`: the sample's, to be cased and spaced alike. */
  readonly meridiem: string;
  /** The zone as written after the time, with its separator (` UTC`), or empty. */
  readonly zoneSuffix: string;
  /** The zone times are read in, when known. */
  readonly zone: Zone | undefined;
  /** The sample's date, for times typed without one when the format writes dates. */
  readonly referenceDay: CalendarDate | undefined;
}

const SAMPLE = /^(?:(\d{4}-\d{2}-\d{2})([T ]+))?(\d{1,2}):(\d{2})(:\d{2})?(\s?[ap]\.?m\.?)?(.*)$/i;
const MONTH_DAY = /^([A-Z][a-z]{2,8})\.? (\d{1,2})$/;

/** The format of an entry's time text; a time it does not recognise gives plain 24-hour `HH:MM`. */
export function formatOf(entry: Pick<TimelineEntry, 'timeText' | 'zone' | 'wallClock'>): TimeFormat {
  const zone = entry.zone === undefined ? undefined : parseZone(entry.zone);
  const referenceDay = entry.wallClock === undefined ? undefined : dateOfWallClock(entry.wallClock);
  const match = SAMPLE.exec(entry.timeText);
  if (!match) return { ...defaultFormat(''), zone, referenceDay };
  const [, date, separator, hour, , seconds, meridiem, rest] = match;
  const suffix = rest !== undefined && rest.trim() !== '' && parseZone(rest.trim()) ? rest : '';
  return {
    date: date === undefined ? undefined : { style: 'iso', separator: separator! },
    twelveHour: meridiem !== undefined,
    padHour: hour!.length === 2,
    seconds: seconds !== undefined,
    meridiem: meridiem ?? '',
    zoneSuffix: suffix,
    zone,
    referenceDay,
  };
}

/** `14:32 UTC`-style times, for a timeline with no entries yet; `zoneText` as the document names its zone. */
export function defaultFormat(zoneText: string): TimeFormat {
  const zone = zoneText === '' ? undefined : parseZone(zoneText);
  return { date: undefined, twelveHour: false, padHour: true, seconds: false, meridiem: '', zoneSuffix: zone ? ` ${zoneText}` : '', zone, referenceDay: undefined };
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
    return { invalid: `"${text}" is not a time: write one such as 14:32, 2:32 PM or 2025-01-05 14:32${timestamp?.invalid ? ` (${timestamp.invalid})` : ''}` };
  }
  if (timestamp.approximate) return text;
  const written = timestamp.date?.date;
  const day = written && written.year !== undefined ? written : (format.referenceDay ?? { year: 2000, month: 1, day: 1 });
  const wallClock = midnightOf(day.year!, day.month, day.day) + millisecondsOfDay(timestamp.time);
  const from = timestamp.zone?.zone;
  const to = format.zone;
  const typedDate = written?.year !== undefined;
  if (from && to && from.id !== to.id) return { ...wallTimeAt(instantIn(wallClock, from), format), typedDate };
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
  const meridiem = format.twelveHour ? format.meridiem.replace(/[ap]/i, (letter) => (hour24 < 12 ? 'a' : 'p')[letter === letter.toUpperCase() ? 'toUpperCase' : 'toLowerCase']()) : '';
  return `${format.padHour ? pad(hour) : hour}:${pad(minute)}${format.seconds ? `:${pad(total % 60)}` : ''}${meridiem}${format.zoneSuffix}`;
}

/** The whole time text: the date before the clock when the format writes one and the time has or can take one. */
export function formatTime(time: WallTime, format: TimeFormat): string {
  const day = time.day ?? format.referenceDay;
  const reference = format.referenceDay;
  const otherDay = time.typedDate && time.day !== undefined && (reference === undefined || formatDate(time.day) !== formatDate(reference));
  const date = format.date && day ? `${formatCalendarDate(day, format.date.style)}${format.date.separator}` : otherDay ? `${formatDate(time.day!)} ` : '';
  return date + formatClock(time.msOfDay, format);
}
