// How a timeline entry's zone is decided when its text leaves room for doubt, and the words that
// tell the author which reading was taken and how to write the time so that only one is possible.
import { type CalendarDate, DAY, dateOfWallClock, formatDate, MONTH_NAMES } from '../model/dates';
import type { ZoneMention } from './mention';
import type { Range, TimeDoubt } from '../model/types';
import {
  type ClockChange,
  type Zone,
  abbreviationFor,
  decideMeaning,
  describeMeanings,
  formatOffset,
} from '../model/zones';

const MINUTE = 60_000;

/** The zone an entry's time is read in, or the doubt that leaves it with none. */
export interface DecidedZone {
  readonly zone: Zone | undefined;
  readonly doubt: Omit<TimeDoubt, 'range'> | undefined;
}

/**
 * The zone a mention names: itself, or for an ambiguous abbreviation (IST) the meaning that one of
 * the `context` zones (the document's, the section's) fits; unknown and unfitting ones name none.
 */
export function decideZone(mention: ZoneMention, context: readonly Zone[], wallClock: number): DecidedZone {
  if (mention.zone) return { zone: mention.zone, doubt: undefined };
  if (mention.problem !== undefined)
    return { zone: undefined, doubt: { kind: 'unknown-zone', message: mention.problem } };
  const decided = decideMeaning(mention.meanings, context, wallClock);
  if (decided) return { zone: decided, doubt: undefined };
  const example = mention.meanings[0]!;
  const message =
    `${describeMeanings(mention.text, mention.meanings)}: the time gets no instant. ` +
    `Name the zone as \`timezone: ${example.region ?? example.id}\` in the front matter, ` +
    `or write the offset (\`UTC${example.id}\`)`;
  return { zone: undefined, doubt: { kind: 'ambiguous-zone', message } };
}

function clockText(wallClock: number): string {
  const minutes = Math.floor((((wallClock % DAY) + DAY) % DAY) / MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `02:30 UTC+02:00 (CEST)`: a wall time with an offset, and the region's abbreviation for it when it has one. */
function withOffset(wallClock: number, offset: number, zone: Zone): string {
  const abbreviation = abbreviationFor(zone, offset);
  return `\`${clockText(wallClock)} UTC${formatOffset(offset)}\`${abbreviation ? ` (${abbreviation})` : ''}`;
}

/** What a wall time in a clock change was read as, and how to write the instant meant. */
export function clockChangeDoubt(
  change: ClockChange,
  zone: Zone,
  wallClock: number,
  instant: number,
): Omit<TimeDoubt, 'range'> {
  const day = formatDate(dateOfWallClock(wallClock));
  const direction = change.after > change.before ? 'forward' : 'back';
  const shift = `clocks went ${direction} from UTC${formatOffset(change.before)} to UTC${formatOffset(change.after)}`;
  const utc = `${clockText(instant)} UTC`;
  const [before, after] = [withOffset(wallClock, change.before, zone), withOffset(wallClock, change.after, zone)];
  if (change.kind === 'nonexistent') {
    const shown = instant + change.after * MINUTE;
    return {
      kind: 'nonexistent-time',
      message:
        `${clockText(wallClock)} did not happen on ${day} in ${zone.id} (${shift}): ` +
        `read as ${withOffset(shown, change.after, zone)}, ${utc}. ` +
        `Write the offset to say which instant, such as ${before}`,
    };
  }
  const which =
    instant === wallClock - change.before * MINUTE
      ? `the first, ${before}`
      : `the second, ${after}, as the entry before it is later than the first`;
  return {
    kind: 'repeated-time',
    message:
      `${clockText(wallClock)} happened twice on ${day} in ${zone.id} (${shift}): read as ${which}, ${utc}. ` +
      `Write the offset to say which: ${before} or ${after}`,
  };
}

/** `03:00 -04:00`, read one way without evidence for it. */
export function offsetOrRangeDoubt(
  timeText: string,
  offsetText: string,
  readAs: 'offset' | 'range',
): Omit<TimeDoubt, 'range'> {
  const time = timeText.slice(0, timeText.length - offsetText.length).trim();
  const end = offsetText.replace(/^-/, '');
  const message =
    readAs === 'offset'
      ? `"${timeText}" is read as ${time} at UTC${offsetText}; ` +
        `if ${end} ends a range, write \`${time}-${end}\` with the zone after it`
      : `"${timeText}" is read as the range ${time} to ${end}; if ${offsetText} is the zone, ` +
        `write \`${time} UTC${offsetText}\``;
  return { kind: 'offset-or-range', message };
}

export function withRange(doubt: Omit<TimeDoubt, 'range'> | undefined, range: Range): TimeDoubt | undefined {
  return doubt && { ...doubt, range };
}

/**
 * `14:05 Pacific region failover` read in `zone`, the timeline's: a doubt when reading `Pacific` as
 * the zone would give another instant (or, with no zone in scope, any instant).
 */
export function zoneOrWordDoubt(
  timeText: string,
  word: ZoneMention,
  zone: Zone | undefined,
  wallClock: number,
): Omit<TimeDoubt, 'range'> | undefined {
  const named = word.zone;
  if (!named || (zone && zone.resolve(wallClock).instant === named.resolve(wallClock).instant)) return undefined;
  const time = timeText.trim();
  const reading = zone ? `the time is read in ${zone.id}, the timeline's zone` : 'the time gets no instant';
  return {
    kind: 'zone-or-word',
    message:
      `"${word.text}" after ${time} may name ${word.text} time (${named.id}) or begin the description: ${reading}. ` +
      `If ${word.text} time is meant, write \`${time} ${word.text} time\`; if not, write the zone after the time`,
  };
}

function dayName(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]} ${date.day}`;
}

/**
 * A date in digits that reads both ways (`02/07/2024`), read month first as nothing decided it; `under` when the
 * date is a date line's above the entry rather than the entry's own.
 */
export function ambiguousDateDoubt(
  written: string,
  monthFirst: CalendarDate,
  dayFirst: CalendarDate,
  under: boolean,
): Omit<TimeDoubt, 'range'> {
  const where = under ? `The date "${written}" above this entry` : `"${written}"`;
  return {
    kind: 'ambiguous-date',
    message:
      `${where} may be ${dayName(monthFirst)} or ${dayName(dayFirst)}: read as ${dayName(monthFirst)} (month first), ` +
      `as no other date of the document and no day around it says which. ` +
      `Write it as \`${formatDate(monthFirst)}\` or \`${formatDate(dayFirst)}\``,
  };
}
