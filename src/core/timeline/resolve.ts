// The timeline pass's last stage: turns the entries found in the text into instants. Each time
// gets the date of the entry, of the date line before it or of the last entry read surely before
// it (rolled over midnight when the clock went back by hours), and the zone of the entry, its
// section, a line, its column, the front matter or the configuration. An entry read with doubt
// dates nothing after it.
import type { ModelContext } from '../model/context';
import {
  type CalendarDate,
  type DateOrder,
  dateOfWallClock,
  formatDate,
  midnightOf,
  WEEKDAY_NAMES,
  weekdayOf,
} from '../model/dates';
import { millisecondsOfDay } from '../model/time';
import type { EntryCandidate, TimelineEvent, WrittenDate } from './candidate';
import {
  type DecidedZone,
  ambiguousDateDoubt,
  clockChangeDoubt,
  decideZone,
  offsetOrRangeDoubt,
  withRange,
  zoneOrWordDoubt,
} from './doubts';
import type { ZoneMention } from './mention';
import { UNTIMED_REASONS } from './untimedMarks';
import type { DocumentZone, SectionScope } from './scope';
import type { TimeDoubt, TimelineEntry } from '../model/types';
import type { Resolution, Zone } from '../model/zones';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A time-only entry this much earlier than the entry before it is on the next day. */
const ROLLOVER_GAP = 6 * HOUR;
/** A date whose digits read both ways is the reading this near the day in scope... */
const NEAR = 31 * DAY;
/** ...when the other reading is this many times as far from it. */
const FARTHER = 3;

/** Whether a reading of a date this far from the day in scope is surely the one meant, the other being `other` away. */
function isNearer(distance: number, other: number): boolean {
  return distance <= NEAR && other > distance * FARTHER;
}
/** Where times with no date are placed, so that they can still be ordered; a leap year. */
const UNDATED_YEAR = 2000;

interface Day {
  /** Midnight, read as if in UTC. */
  readonly midnight: number;
  readonly known: boolean;
  readonly yearKnown: boolean;
}

/** The last entry read surely: its day, wall clock, and instant when its zone is known. */
interface SureEntry {
  readonly day: Day;
  readonly wallClock: number;
  readonly instant: number | undefined;
}

interface State {
  /** The day of the date line, entry or incident the next time-only entry follows. */
  day: Day | undefined;
  /** The last entry read surely since that day was set. */
  previous: SureEntry | undefined;
  /** The last entry with a time since then, read surely or not: the fallback when none was sure. */
  lastTimed: SureEntry | undefined;
  /** The doubt of the date line that set `day`, for the first entry it dates. */
  dateDoubt?: TimeDoubt | undefined;
}

/** A written date's day, and whether it was read surely. */
interface DateReading {
  readonly day: Day;
  readonly sure: boolean;
  /** The doubt of a date read unsurely, with the range of its text. */
  readonly doubt: TimeDoubt | undefined;
}

type ZoneSource = TimelineEntry['zoneSource'];

/** How a timeline writes the ends of times elsewhere: offsets (`-04:00`) and ranges (`13:30-13:45`). */
interface Notation {
  offsets: number;
  ranges: number;
}

const SIGNED_OFFSET = /^(?:UTC|GMT|UT)?\s?[+\-\u2212]\d/i;

/** The order the document's dates in digits show by a number over 12, when they all show the same one. */
function dateOrderOf(events: readonly TimelineEvent[]): DateOrder | undefined {
  const orders = new Set(events.flatMap((event) => (event.date?.order ? [event.date.order] : [])));
  return orders.size === 1 ? [...orders][0] : undefined;
}

/** How each timeline (by its group) writes the ends of times, from its entries. */
function notations(events: readonly TimelineEvent[]): Map<number, Notation> {
  const byGroup = new Map<number, Notation>();
  for (const event of events) {
    if (event.kind !== 'entry') continue;
    const notation = byGroup.get(event.scope.group) ?? { offsets: 0, ranges: 0 };
    byGroup.set(event.scope.group, notation);
    if (event.offsetOrRange) continue;
    if (event.range) notation.ranges++;
    if (event.zone && SIGNED_OFFSET.test(event.zone.text)) notation.offsets++;
  }
  return byGroup;
}

/**
 * The groups whose times of day mostly go back from one entry to the next within a day, at least twice: a
 * status page's log of updates, newest first. Entries with a date of their own and date lines start a day; a
 * step of more than the rollover gap may cross midnight either way and tells nothing.
 */
function newestFirstGroups(events: readonly TimelineEvent[]): ReadonlySet<number> {
  const steps = new Map<number, { back: number; forward: number }>();
  let previous: EntryCandidate | undefined;
  for (const event of events) {
    const sameGroup = previous !== undefined && previous.scope.group === event.scope.group;
    const time = event.kind === 'entry' && !event.date ? event.time : undefined;
    if (sameGroup && time && previous!.time) {
      const step = steps.get(event.scope.group) ?? { back: 0, forward: 0 };
      steps.set(event.scope.group, step);
      const change = millisecondsOfDay(time) - millisecondsOfDay(previous!.time);
      if (change < 0 && change >= -ROLLOVER_GAP) step.back++;
      else if (change > 0 && change <= ROLLOVER_GAP) step.forward++;
    }
    previous = event.kind === 'entry' && event.time ? event : undefined;
  }
  return new Set([...steps].flatMap(([group, { back, forward }]) => (back >= 2 && back > forward ? [group] : [])));
}

class TimelineResolver {
  private state: State = { day: undefined, previous: undefined, lastTimed: undefined };
  private group: number | undefined;
  private notation: Notation = { offsets: 0, ranges: 0 };
  private readonly notations: ReadonlyMap<number, Notation>;
  private readonly dateOrder: DateOrder | undefined;
  private readonly newestFirst: ReadonlySet<number>;
  /** The ambiguous dates (`YYYY-MM-DD` as read) already reported in this timeline: each is reported once. */
  private readonly reportedDates = new Set<string>();
  readonly entries: TimelineEntry[] = [];

  constructor(
    private readonly context: ModelContext,
    events: readonly TimelineEvent[],
    private readonly documentZone: DocumentZone | undefined,
  ) {
    this.notations = notations(events);
    this.dateOrder = dateOrderOf(events);
    this.newestFirst = newestFirstGroups(events);
  }

  add(event: TimelineEvent): void {
    if (event.scope.group !== this.group) this.startGroup(event.scope);
    if (event.kind === 'date') {
      const { day, doubt } = this.readDate(event.date, undefined, true);
      this.state = { day, previous: undefined, lastTimed: undefined, dateDoubt: doubt };
    } else {
      this.entries.push(this.resolve(event));
    }
  }

  private startGroup(scope: SectionScope): void {
    this.group = scope.group;
    this.reportedDates.clear();
    this.notation = this.notations.get(scope.group) ?? { offsets: 0, ranges: 0 };
    const date = scope.incidentDate;
    this.state = { day: date ? this.dayOf(date, undefined) : undefined, previous: undefined, lastTimed: undefined };
  }

  /** A written date; one with no year takes the current one's, or the next year's when it would go back months. */
  private dayOf(date: CalendarDate, columnYear: number | undefined): Day {
    const current = this.state.day;
    const year =
      date.year ?? columnYear ?? (current?.yearKnown ? new Date(current.midnight).getUTCFullYear() : undefined);
    if (year === undefined)
      return { midnight: midnightOf(UNDATED_YEAR, date.month, date.day), known: true, yearKnown: false };
    let midnight = midnightOf(year, date.month, date.day);
    if (date.year === undefined && columnYear === undefined && current && midnight < current.midnight - 183 * DAY) {
      midnight = midnightOf(year + 1, date.month, date.day);
    }
    return { midnight, known: true, yearKnown: true };
  }

  /**
   * The day of a written date whose digits may be either way round (`02/07/2024`): the reading the document's other
   * dates show (`26/05/2021`: day first), else the one much nearer the day in scope (`7/6/23` after July 5: July 6, not
   * June 7), else month first with a doubt (once per timeline and date; none when no year is known, as such a time
   * gets no instant anyway).
   */
  private readDate(written: WrittenDate, columnYear: number | undefined, dateLine = false): DateReading {
    const asWritten = this.dayOf(written.date, columnYear);
    if (!written.dayFirst || this.dateOrder === 'month-first') return { day: asWritten, sure: true, doubt: undefined };
    const dayFirst = this.dayOf(written.dayFirst, columnYear);
    if (this.dateOrder === 'day-first') return { day: dayFirst, sure: true, doubt: undefined };
    const current = this.state.day;
    if (current?.yearKnown) {
      const [fromWritten, fromDayFirst] = [asWritten, dayFirst].map((day) => Math.abs(day.midnight - current.midnight));
      if (isNearer(fromWritten!, fromDayFirst!)) return { day: asWritten, sure: true, doubt: undefined };
      if (isNearer(fromDayFirst!, fromWritten!)) return { day: dayFirst, sure: true, doubt: undefined };
    }
    const key = dayText(asWritten) ?? '';
    if (!asWritten.yearKnown || this.reportedDates.has(key)) return { day: asWritten, sure: false, doubt: undefined };
    this.reportedDates.add(key);
    const text = this.context.text.slice(written.start, written.end);
    const [monthFirstDate, dayFirstDate] = [asWritten, dayFirst].map((day) => dateOfWallClock(day.midnight));
    const doubt = withRange(
      ambiguousDateDoubt(text, monthFirstDate!, dayFirstDate!, dateLine),
      this.context.index.rangeOf(written.start, written.end),
    );
    return { day: asWritten, sure: false, doubt };
  }

  /** The zones the entry's scope gives apart from its own, to decide an ambiguous abbreviation. */
  private contextZones(candidate: EntryCandidate): Zone[] {
    const mentions = [
      candidate.scope.headingZone,
      candidate.scope.lineZone,
      candidate.columnZone,
      this.documentZone?.mention,
    ];
    return mentions.flatMap((mention) => (mention?.zone ? [mention.zone] : []));
  }

  private zoneOf(candidate: EntryCandidate): { mention: ZoneMention | undefined; source: ZoneSource } {
    if (candidate.zone) return { mention: candidate.zone, source: 'entry' };
    if (candidate.scope.headingZone) return { mention: candidate.scope.headingZone, source: 'section' };
    if (candidate.scope.lineZone) return { mention: candidate.scope.lineZone, source: 'line' };
    if (candidate.columnZone) return { mention: candidate.columnZone, source: 'column' };
    if (this.documentZone) return this.documentZone;
    return { mention: undefined, source: undefined };
  }

  /**
   * `03:00 -04:00` read as an offset or a range: the scope's zone having that offset, or the way the
   * timeline's other entries write (offsets or ranges, not both), decides; else the text's own way, in doubt.
   */
  private readOffsetOrRange(
    candidate: EntryCandidate,
    wallClock: number,
  ): { candidate: EntryCandidate; sure: boolean } {
    const both = candidate.offsetOrRange;
    if (!both?.offset.zone) return { candidate, sure: true };
    const offset = both.offset.zone.offsetAt(0);
    const { offsets, ranges } = this.notation;
    const declared = this.contextZones(candidate)[0];
    let readAs = both.readAs;
    let sure = true;
    if (declared && declared.offsetAt(wallClock - offset * MINUTE) === offset) readAs = 'offset';
    else if (offsets > 0 && ranges === 0) readAs = 'offset';
    else if (ranges > 0 && offsets === 0) readAs = 'range';
    else sure = readAs === 'range' && offsets === 0;
    const read =
      readAs === 'offset'
        ? { zone: both.offset, approximate: candidate.approximate, range: false }
        : { zone: undefined, approximate: true, range: true };
    return { candidate: { ...candidate, ...read }, sure };
  }

  /**
   * The day of a time with no date of its own: after the last sure entry (or, when none was sure
   * since the day was set, the last timed one), on its day in this entry's zone, rolled over when it
   * went back by hours; in a log written newest first, rolled back to the day before when it went
   * forward by hours, and not rolled over when it went back.
   */
  private dayAfterPrevious(time: number, zone: Zone | undefined): { day: Day; rolledOver: boolean } {
    const reference = this.state.previous ?? this.state.lastTimed;
    const current = this.state.day ?? { midnight: midnightOf(UNDATED_YEAR, 1, 1), known: false, yearKnown: false };
    if (!reference) return { day: current, rolledOver: false };
    const compareInstants = reference.instant !== undefined && zone !== undefined;
    const day = localDay(reference, zone);
    const wallClock = day.midnight + time;
    const change = compareInstants
      ? zone.resolve(wallClock).instant - reference.instant!
      : wallClock - reference.wallClock;
    const step = this.group !== undefined && this.newestFirst.has(this.group) ? -1 : 1;
    return change * step < -ROLLOVER_GAP
      ? { day: { ...day, midnight: day.midnight + step * DAY }, rolledOver: true }
      : { day, rolledOver: false };
  }

  /**
   * The day of a time written with a weekday and no date (`Wednesday 16:58`): the day in scope when
   * it is that weekday, else why not; after an entry, that entry's day or the first such day after
   * it. Undefined with no date in scope (the time has none either).
   */
  private dayOfWeekday(weekday: number, zone: Zone | undefined): Day | string | undefined {
    const reference = this.state.previous ?? this.state.lastTimed;
    const from = reference ? localDay(reference, zone) : this.state.day;
    if (!from?.yearKnown) return undefined;
    const actual = weekdayOf(from.midnight);
    if (!reference && actual !== weekday) {
      const date = formatDate(dateOfWallClock(from.midnight));
      const [is, isNot] = [WEEKDAY_NAMES[actual], WEEKDAY_NAMES[weekday]];
      return `${date}, the date in scope, is a ${is}, not a ${isNot}: write the date`;
    }
    return { ...from, midnight: from.midnight + ((weekday - actual + 7) % 7) * DAY };
  }

  /**
   * The instant of a wall time in a zone: RFC 5545's "compatible" one, except that a repeated wall
   * time whose first occurrence is before the last sure entry, and second is not, is the second.
   */
  private instantOf(zone: Zone, wallClock: number): Resolution {
    const resolution = zone.resolve(wallClock);
    const change = resolution.clockChange;
    const previous = this.state.previous?.instant;
    if (change?.kind !== 'repeated' || previous === undefined) return resolution;
    const second = wallClock - change.after * MINUTE;
    return resolution.instant < previous && second >= previous ? { ...resolution, instant: second } : resolution;
  }

  private resolve(written: EntryCandidate): TimelineEntry {
    const { index, text } = this.context;
    const timeText = text.slice(written.timeStart, written.timeEnd);
    const timeRange = index.rangeOf(written.timeStart, written.timeEnd);
    const dateReading = written.date && this.readDate(written.date, written.columnYear);
    const writtenDay = dateReading?.day;
    const roughWallClock =
      ((writtenDay ?? this.state.day)?.midnight ?? 0) + (written.time ? millisecondsOfDay(written.time) : 0);
    const { candidate, sure: offsetOrRangeSure } = this.readOffsetOrRange(written, roughWallClock);
    const { mention, source } = this.zoneOf(candidate);
    const decided: DecidedZone = mention
      ? decideZone(mention, this.contextZones(candidate), roughWallClock)
      : { zone: undefined, doubt: undefined };
    const zone = decided.zone;
    let doubt: TimeDoubt | undefined =
      withRange(decided.doubt, mention?.range ?? timeRange) ??
      dateReading?.doubt ??
      (writtenDay ? undefined : this.state.dateDoubt);
    this.state.dateDoubt = undefined;
    if (!offsetOrRangeSure && written.offsetOrRange) {
      doubt = withRange(
        offsetOrRangeDoubt(timeText, written.offsetOrRange.offset.text, candidate.range ? 'range' : 'offset'),
        timeRange,
      );
    }
    const word = candidate.zoneOrWord;
    const wordDoubt = word && zoneOrWordDoubt(timeText, word, zone, roughWallClock);
    if (wordDoubt) doubt = withRange(wordDoubt, word.range ?? timeRange);
    const readSurely = offsetOrRangeSure && !wordDoubt && dateReading?.sure !== false;

    let day: Day = writtenDay ??
      this.state.day ?? { midnight: midnightOf(UNDATED_YEAR, 1, 1), known: false, yearKnown: false };
    let wallClock: number | undefined;
    let instant: number | undefined;
    let resolved: number | undefined;
    let rolledOver = false;
    const onWeekday =
      writtenDay || !candidate.time || candidate.weekday === undefined
        ? undefined
        : this.dayOfWeekday(candidate.weekday, zone);
    let invalid = candidate.invalid ?? (typeof onWeekday === 'string' ? onWeekday : undefined);
    let error: string | undefined;
    if (candidate.unparseable) {
      invalid = `"${timeText}" is not a time`;
      error = `unparseable time '${timeText}'`;
    } else if (invalid) {
      error = invalid;
    } else if (!candidate.time) {
      error = candidate.untimed ? UNTIMED_REASONS[candidate.untimed] : 'only a date, no time of day';
    } else {
      if (typeof onWeekday === 'object') day = onWeekday;
      else if (!writtenDay) ({ day, rolledOver } = this.dayAfterPrevious(millisecondsOfDay(candidate.time), zone));
      wallClock = day.midnight + millisecondsOfDay(candidate.time);
      const resolution = zone && this.instantOf(zone, wallClock);
      if (resolution?.clockChange)
        doubt = withRange(clockChangeDoubt(resolution.clockChange, zone!, wallClock, resolution.instant), timeRange);
      const missing = [
        !day.known ? 'no date for this time' : !day.yearKnown ? 'no year for this date' : undefined,
        zone ? undefined : mention && decided.doubt ? decided.doubt.message : 'no time zone in scope',
      ];
      error = missing.filter((reason) => reason !== undefined).join('; ') || undefined;
      resolved = resolution?.instant;
      instant = error === undefined ? resolved : undefined;
    }
    const sure = readSurely && wallClock !== undefined && (!mention || zone !== undefined);
    const timed = wallClock === undefined ? undefined : { day, wallClock, instant: sure ? resolved : undefined };
    if (sure) this.state = { day, previous: timed, lastTimed: timed };
    // A date written with a time not read surely, or with none, still dates the entries after it.
    else if (writtenDay) this.state = { day: writtenDay, previous: undefined, lastTimed: timed };
    else this.state.lastTimed = timed ?? this.state.lastTimed;
    return {
      id: `t${this.entries.length}`,
      range: index.rangeOf(candidate.start, candidate.end),
      style: candidate.style,
      timeText,
      timeRange,
      description: candidate.description,
      day: dayText(day),
      instant,
      wallClock,
      zone: zone?.id,
      zoneSource: zone ? source : undefined,
      zoneText: zone ? mention?.text : undefined,
      zoneRange: zone ? mention?.range : undefined,
      error,
      invalid,
      approximate: candidate.approximate,
      rolledOver,
      milestone: candidate.milestone,
      ...(doubt ? { doubt } : {}),
      ...(candidate.missingTime ? { missingTime: true } : {}),
    };
  }
}

/** The day of an entry on the clocks of `zone`; its own day when either has no zone. */
function localDay(entry: SureEntry, zone: Zone | undefined): Day {
  const local =
    entry.instant !== undefined && zone !== undefined
      ? entry.instant + zone.offsetAt(entry.instant) * MINUTE
      : entry.wallClock;
  return { ...entry.day, midnight: Math.floor(local / DAY) * DAY };
}

/** `YYYY-MM-DD`, or `MM-DD` for a day of an unknown year; undefined for no day. */
function dayText(day: Day): string | undefined {
  if (!day.known) return undefined;
  const date = dateOfWallClock(day.midnight);
  return formatDate(day.yearKnown ? date : { ...date, year: undefined });
}

/** The timeline entries, resolved in document order, times with no zone of their own in `documentZone`. */
export function resolveTimeline(
  context: ModelContext,
  events: readonly TimelineEvent[],
  documentZone: DocumentZone | undefined,
): TimelineEntry[] {
  const resolver = new TimelineResolver(context, events, documentZone);
  for (const event of events) resolver.add(event);
  return resolver.entries;
}
