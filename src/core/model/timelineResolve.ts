// Turns the entries found in the text into instants: each time gets the date of the entry, of
// the date line before it or of the entry before it (rolled over midnight when the clock went
// back by hours), and the zone of the entry, its section, a line, its column, the front matter
// or the configuration.
import type { ModelContext } from './context';
import { type CalendarDate, dateOfWallClock, formatDate, midnightOf } from './dates';
import { millisecondsOfDay } from './time';
import type { EntryCandidate, TimelineEvent } from './timelineCandidate';
import { type ZoneMention, defaultDate, documentZone } from './timelineScope';
import type { TimelineEntry } from './types';
import { instantIn } from './zones';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A time-only entry this much earlier than the entry before it is on the next day. */
const ROLLOVER_GAP = 6 * HOUR;
/** Where times with no date are placed, so that they can still be ordered; a leap year. */
const UNDATED_YEAR = 2000;

interface Day {
  /** Midnight, read as if in UTC. */
  readonly midnight: number;
  readonly known: boolean;
  readonly yearKnown: boolean;
}

interface State {
  day: Day | undefined;
  /** A date line came after the previous entry: the next time is on that date, not rolled over. */
  explicit: boolean;
  /** The wall clock of the previous entry with a time, and its instant when its zone is known. */
  previous: number | undefined;
  previousInstant: number | undefined;
}

type ZoneSource = TimelineEntry['zoneSource'];

class TimelineResolver {
  private state: State = { day: undefined, explicit: true, previous: undefined, previousInstant: undefined };
  private group: number | undefined;
  private readonly documentZone: ReturnType<typeof documentZone>;
  readonly entries: TimelineEntry[] = [];

  constructor(private readonly context: ModelContext) {
    this.documentZone = documentZone(context);
  }

  add(event: TimelineEvent): void {
    if (event.scope.group !== this.group) this.startGroup(event.scope.group);
    if (event.kind === 'date') {
      this.state.day = this.dayOf(event.date, undefined);
      this.state.explicit = true;
    } else {
      this.entries.push(this.resolve(event));
    }
  }

  private startGroup(group: number): void {
    this.group = group;
    const section = this.context.sections[group];
    const date = section ? defaultDate(this.context, section) : undefined;
    this.state = { day: undefined, explicit: true, previous: undefined, previousInstant: undefined };
    if (date) this.state.day = this.dayOf(date, undefined);
  }

  /** A written date; one with no year takes the current one's, or the next year's when it would go back months. */
  private dayOf(date: CalendarDate, columnYear: number | undefined): Day {
    const current = this.state.day;
    const year = date.year ?? columnYear ?? (current?.yearKnown ? new Date(current.midnight).getUTCFullYear() : undefined);
    if (year === undefined) return { midnight: midnightOf(UNDATED_YEAR, date.month, date.day), known: true, yearKnown: false };
    let midnight = midnightOf(year, date.month, date.day);
    if (date.year === undefined && columnYear === undefined && current && midnight < current.midnight - 183 * DAY) {
      midnight = midnightOf(year + 1, date.month, date.day);
    }
    return { midnight, known: true, yearKnown: true };
  }

  private zoneOf(candidate: EntryCandidate): { mention: ZoneMention | undefined; source: ZoneSource } {
    if (candidate.zone) return { mention: candidate.zone, source: 'entry' };
    if (candidate.scope.headingZone) return { mention: candidate.scope.headingZone, source: 'section' };
    if (candidate.scope.lineZone) return { mention: candidate.scope.lineZone, source: 'line' };
    if (candidate.columnZone) return { mention: candidate.columnZone, source: 'column' };
    if (this.documentZone) return this.documentZone;
    return { mention: undefined, source: undefined };
  }

  private resolve(candidate: EntryCandidate): TimelineEntry {
    const { index, text } = this.context;
    const timeText = text.slice(candidate.timeStart, candidate.timeEnd);
    const { mention, source } = this.zoneOf(candidate);
    const writtenDay = candidate.date ? this.dayOf(candidate.date, candidate.columnYear) : undefined;
    let day: Day = writtenDay ?? this.state.day ?? { midnight: midnightOf(UNDATED_YEAR, 1, 1), known: false, yearKnown: false };
    let wallClock: number | undefined;
    let rolledOver = false;
    let invalid = candidate.invalid;
    let error: string | undefined;
    if (candidate.unparseable) {
      invalid = `"${timeText}" is not a time`;
      error = `unparseable time '${timeText}'`;
    } else if (invalid) {
      error = invalid;
      if (writtenDay) this.setDay(writtenDay, true);
    } else if (!candidate.time) {
      error = 'only a date, no time of day';
      // A bullet with no time under a date line is on that day, and leaves the day as it is.
      if (writtenDay) this.setDay(day, true);
    } else {
      wallClock = day.midnight + millisecondsOfDay(candidate.time);
      if (!writtenDay && !this.state.explicit && this.wentBack(wallClock, mention)) {
        day = { ...day, midnight: day.midnight + DAY };
        wallClock += DAY;
        rolledOver = true;
      }
      this.setDay(day, false);
      this.state.previous = wallClock;
      this.state.previousInstant = mention ? instantIn(wallClock, mention.zone) : undefined;
      const missing = [!day.known ? 'no date for this time' : !day.yearKnown ? 'no year for this date' : undefined, mention ? undefined : 'no time zone in scope'];
      error = missing.filter((reason) => reason !== undefined).join('; ') || undefined;
    }
    const instant = wallClock !== undefined && error === undefined && mention ? instantIn(wallClock, mention.zone) : undefined;
    return {
      id: `t${this.entries.length}`,
      range: index.rangeOf(candidate.start, candidate.end),
      style: candidate.style,
      timeText,
      timeRange: index.rangeOf(candidate.timeStart, candidate.timeEnd),
      description: candidate.description,
      day: dayText(day),
      instant,
      wallClock,
      zone: mention?.zone.id,
      zoneSource: mention ? source : undefined,
      zoneText: mention?.text,
      zoneRange: mention?.range,
      error,
      invalid,
      approximate: candidate.approximate,
      rolledOver,
      milestone: candidate.milestone,
    };
  }

  /** Whether a time went back by hours from the previous one: compared as instants when both zones are known. */
  private wentBack(wallClock: number, mention: ZoneMention | undefined): boolean {
    const { previous, previousInstant } = this.state;
    if (previousInstant !== undefined && mention) return instantIn(wallClock, mention.zone) < previousInstant - ROLLOVER_GAP;
    return previous !== undefined && wallClock < previous - ROLLOVER_GAP;
  }

  private setDay(day: Day, explicit: boolean): void {
    this.state.day = day;
    this.state.explicit = explicit;
  }
}

/** `YYYY-MM-DD`, or `MM-DD` for a day of an unknown year; undefined for no day. */
function dayText(day: Day): string | undefined {
  if (!day.known) return undefined;
  const date = dateOfWallClock(day.midnight);
  return formatDate(day.yearKnown ? date : { ...date, year: undefined });
}

/** The timeline entries, resolved in document order. */
export function resolveTimeline(context: ModelContext, events: readonly TimelineEvent[]): TimelineEntry[] {
  const resolver = new TimelineResolver(context);
  for (const event of events) resolver.add(event);
  return resolver.entries;
}
