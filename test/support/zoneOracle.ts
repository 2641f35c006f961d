// Generated timelines whose true instants are known, for checking the tool's instants against an
// independent oracle: luxon (not the library the tool uses) gives each instant's wall time and
// offset in its zone. Documents give their zone the ways authors do (front matter, heading,
// "All times are in ...", configuration, a table column, abbreviations, offsets in every form, bare,
// bracketed or after a bold time), dates or weekdays before the times, around the clock changes of
// several years. Deterministic: the same seed, the same documents.
import { DateTime } from 'luxon';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The oracle's own names for each zone's seasons: standard, then daylight (none where it has no DST). */
const ZONES: readonly {
  readonly id: string;
  readonly standard: string;
  readonly daylight?: string;
  readonly generic?: string;
  /** The zone as a word (`Pacific`) and as a POSIX TZ string (`PST8PDT`), where authors write them. */
  readonly word?: string;
  readonly posix?: string;
}[] = [
  { id: 'UTC', standard: 'UTC' },
  { id: 'America/Los_Angeles', standard: 'PST', daylight: 'PDT', generic: 'PT', word: 'Pacific', posix: 'PST8PDT' },
  { id: 'America/New_York', standard: 'EST', daylight: 'EDT', generic: 'ET', word: 'Eastern', posix: 'EST5EDT' },
  { id: 'America/Chicago', standard: 'CST', daylight: 'CDT', generic: 'CT', word: 'Central', posix: 'CST6CDT' },
  { id: 'America/Denver', standard: 'MST', daylight: 'MDT', generic: 'MT', word: 'Mountain', posix: 'MST7MDT' },
  { id: 'America/St_Johns', standard: 'NST', daylight: 'NDT' },
  { id: 'Europe/London', standard: 'GMT', daylight: 'BST' },
  { id: 'Europe/Dublin', standard: 'GMT', daylight: 'IST' },
  { id: 'Europe/Berlin', standard: 'CET', daylight: 'CEST' },
  { id: 'Europe/Athens', standard: 'EET', daylight: 'EEST' },
  { id: 'Asia/Kolkata', standard: 'IST' },
  { id: 'Asia/Kathmandu', standard: 'NPT' },
  { id: 'Asia/Shanghai', standard: 'CST' },
  { id: 'Asia/Tokyo', standard: 'JST' },
  { id: 'Australia/Sydney', standard: 'AEST', daylight: 'AEDT' },
  { id: 'Australia/Lord_Howe', standard: 'LHST', daylight: 'LHDT' },
  { id: 'Pacific/Auckland', standard: 'NZST', daylight: 'NZDT' },
  { id: 'Pacific/Chatham', standard: 'CHAST', daylight: 'CHADT' },
  { id: 'America/Argentina/Buenos_Aires', standard: 'ART' },
  { id: 'America/Halifax', standard: 'AST', daylight: 'ADT', word: 'Atlantic' },
  { id: 'Asia/Dubai', standard: 'GST' },
  { id: 'Asia/Karachi', standard: 'PKT' },
  { id: 'Asia/Bangkok', standard: 'ICT' },
  { id: 'Asia/Jakarta', standard: 'WIB' },
  { id: 'Africa/Lagos', standard: 'WAT' },
  { id: 'Africa/Johannesburg', standard: 'SAST' },
  { id: 'Africa/Nairobi', standard: 'EAT' },
];

/** A zone whose abbreviation the oracle knows and the tool need not: it must say so, not guess. 1 document in 200. */
const RARELY_KNOWN: (typeof ZONES)[number] = { id: 'Asia/Yangon', standard: 'MMT' };

/** Abbreviations that name other zones too: an author needs the document's zone to be understood. */
const AMBIGUOUS = new Set(['CST', 'IST', 'BST', 'GST', 'AST']);

export type ZoneStyle = 'front-matter' | 'heading' | 'line' | 'config' | 'column' | 'abbreviation' | 'offset';
const STYLES: readonly ZoneStyle[] = ['front-matter', 'heading', 'line', 'config', 'column', 'abbreviation', 'offset'];

export interface OracleEntry {
  /** The true instant, or undefined where no reader can know it (an ambiguous abbreviation and no document zone). */
  readonly expected: number | undefined;
  /**
   * Where the text does not settle the instant, every instant it can mean: a repeated wall time is
   * either occurrence unless the entry before it is already past the first.
   */
  readonly readings?: readonly number[];
  /** Written with an abbreviation chosen as one the tool's table lacks: refused with a finding, counted apart. */
  readonly outsideTable?: boolean;
  /** Where the wall time is one a clock change skipped or repeated: the tool must say so. */
  readonly doubtful: boolean;
  readonly kind: string;
}

export interface OracleDocument {
  readonly text: string;
  readonly configZone: string | undefined;
  readonly style: ZoneStyle;
  readonly zone: string;
  readonly entries: readonly OracleEntry[];
}

/** mulberry32: a small seeded generator, so the suite is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function offsetAt(zone: string, instant: number): number {
  return DateTime.fromMillis(instant, { zone }).offset;
}

/** The instants in a year at which the zone's offset changes, to the minute. */
function transitions(zone: string, year: number): number[] {
  const found: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    if (offsetAt(zone, day) === offsetAt(zone, day + DAY)) continue;
    let low = day;
    let high = day + DAY;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, middle) === offsetAt(zone, day)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  return found;
}

const transitionCache = new Map<string, number[]>();
function transitionsOf(zone: string): number[] {
  if (!transitionCache.has(zone))
    transitionCache.set(
      zone,
      [2021, 2022, 2023, 2024, 2025].flatMap((year) => transitions(zone, year)),
    );
  return transitionCache.get(zone)!;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** An offset the ways authors write it: `UTC+1`, `UTC+5:30`, `GMT+01:00`, `+0530`, `(UTC-4)`, `-04:00`. */
function offsetText(minutes: number, form: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  const short = `${hours}${rest ? `:${two(rest)}` : ''}`;
  const long = `${two(hours)}:${two(rest)}`;
  return [
    `UTC${sign}${short}`,
    `GMT${sign}${long}`,
    `${sign}${two(hours)}${two(rest)}`,
    `(UTC${sign}${short})`,
    `${sign}${long}`,
    `UTC${sign}${long}`,
  ][form]!;
}

const WORDS = [
  'Deploy 4812 started',
  'Error rate alert fired',
  'On-call paged',
  'Rolled back the deploy',
  'Queue drained',
  'Status page updated',
  'Replica lag recovered',
];

interface Planned {
  readonly instant: number;
  /** A wall time written directly (in a clock change's gap), with the instant RFC 5545 gives it. */
  readonly gapWall?: DateTime;
}

/** Entries every 5 to 100 minutes; near a clock change one in three documents, one wall time in the gap. */
function plan(next: () => number, zone: string): Planned[] {
  const changes = transitionsOf(zone);
  const nearChange = changes.length > 0 && next() < 0.6;
  const year = 2021 + Math.floor(next() * 5);
  const start = nearChange
    ? pick(next, changes) - Math.floor(next() * 8 * HOUR)
    : Date.UTC(year, 0, 1) + Math.floor(next() * 364 * DAY);
  const planned: Planned[] = [];
  let instant = Math.floor(start / MINUTE) * MINUTE;
  const count = 6 + Math.floor(next() * 10);
  for (let i = 0; i < count; i++) {
    planned.push({ instant });
    instant += (5 + Math.floor(next() * 95)) * MINUTE;
  }
  const change = changes.find((at) => at > planned[0]!.instant && at < instant);
  if (change !== undefined && offsetAt(zone, change) > offsetAt(zone, change - HOUR) && next() < 0.5) {
    // The clocks skipped from the old offset's wall time at `change`: a time in between never happened.
    const before = offsetAt(zone, change - HOUR);
    const skipped = offsetAt(zone, change) - before;
    const wall = DateTime.fromMillis(change + before * MINUTE + Math.floor(skipped / 2) * MINUTE, { zone: 'UTC' });
    const index = planned.findIndex((entry) => entry.instant >= change);
    planned.splice(index, 0, { instant: change + Math.floor(skipped / 2) * MINUTE, gapWall: wall });
  }
  return planned;
}

/** The other instant that shows the same wall time in the zone (in the hour a clock change repeats), if any. */
function repeatedAt(zone: string, instant: number): number | undefined {
  const wall = DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const shift = [-HOUR, HOUR, -30 * MINUTE, 30 * MINUTE].find(
    (candidate) => DateTime.fromMillis(instant + candidate, { zone }).toFormat('yyyy-MM-dd HH:mm') === wall,
  );
  return shift === undefined ? undefined : instant + shift;
}

function abbreviationOf(
  zone: { readonly id: string; readonly standard: string; readonly daylight?: string },
  instant: number,
): string {
  return DateTime.fromMillis(instant, { zone: zone.id }).isInDST && zone.daylight ? zone.daylight : zone.standard;
}

/** One generated postmortem. */
export function oracleDocument(seed: number): OracleDocument {
  const next = random(seed);
  const zone = next() < 0.005 ? RARELY_KNOWN : pick(next, ZONES);
  const style = zone === RARELY_KNOWN ? 'abbreviation' : pick(next, STYLES);
  const planned = plan(next, zone.id);
  const datedEntries = next() < 0.25;
  const dateLines = !datedEntries && style !== 'column' && next() < 0.2;
  // `Wednesday 16:58`: the day of the week instead of the date.
  const weekdays = !datedEntries && next() < 0.1;
  const offsetForm = Math.floor(next() * 6);
  const separator = pick(next, [' ', ' - ', ': ', ' — ']);
  const bold = next() < 0.2;
  // The zone after the time, as some authors write it: in brackets or parentheses, after the time's closing markup.
  const enclosure =
    next() < 0.15
      ? pick(next, [
          ['[', ']'],
          ['(', ')'],
        ] as const)
      : undefined;
  const boldClock = next() < 0.1;
  // Forms drawn from a second generator, so that the documents of the first stay as they were: the zone
  // as a word (`14:05 Pacific:`), a POSIX TZ string (`PST8PDT`) or Zulu (`14:05 Z`), and the military
  // compact clock (`1405Z`, `1405 UTC`).
  const forms = random(seed ^ 0x9e3779b9);
  const zoneForm =
    zone.id === 'UTC'
      ? pick(forms, ['abbreviation', 'zulu'] as const)
      : pick(forms, ['abbreviation', 'abbreviation', 'abbreviation', 'word', 'posix'] as const);
  const wordTime = forms() < 0.3;
  const military = forms() < 0.15 && (style === 'abbreviation' || style === 'offset') && zone !== RARELY_KNOWN;
  /** A word or POSIX string names the region's clocks, daylight saving time included, not one offset. */
  const regional =
    style === 'abbreviation'
      ? zoneForm === 'word'
        ? zone.word
        : zoneForm === 'posix'
          ? zone.posix
          : undefined
      : undefined;
  // Authors who write an abbreviation on every line mostly name the zone in the front matter too.
  const declared =
    style === 'front-matter' || (style === 'abbreviation' && next() < 0.7) || (style === 'offset' && next() < 0.3);
  const firstDay = DateTime.fromMillis(planned[0]!.instant, { zone: zone.id }).toFormat('yyyy-MM-dd');
  const front = [
    '---',
    'type: postmortem',
    `date: ${firstDay}`,
    ...(declared ? [`timezone: ${zone.id}`] : []),
    '---',
    '# Outage',
    '',
  ];
  const named =
    zone.generic && next() < 0.4
      ? zone.generic
      : zone.id === 'UTC' || (!zone.daylight && !AMBIGUOUS.has(zone.standard) && next() < 0.4)
        ? zone.standard
        : zone.id;
  const heading = style === 'heading' ? `## Timeline (all times ${named})` : '## Timeline';
  const lines: string[] = [...front, heading, ''];
  if (style === 'line') lines.push(`All times are in ${named}.`, '');
  if (style === 'column') lines.push(`| Time (${named}) | Event |`, '| --- | --- |');

  const entries: OracleEntry[] = [];
  let lastDay = firstDay;
  // A zone written on every line names one offset: no wall time is skipped or repeated in it.
  const fixedOffsets = (style === 'abbreviation' && !regional) || style === 'offset';
  planned.forEach((entry, index) => {
    const gapWall = fixedOffsets ? undefined : entry.gapWall;
    const local = gapWall ?? DateTime.fromMillis(entry.instant, { zone: zone.id });
    const day = local.toFormat('yyyy-MM-dd');
    if (dateLines && day !== lastDay) lines.push('', `**${day}**`, '');
    lastDay = day;
    const date = datedEntries ? `${day} ` : weekdays ? `${local.toFormat('cccc')} ` : '';
    const clock = `${date}${local.toFormat(military ? 'HHmm' : 'HH:mm')}`;
    let time = boldClock ? `**${clock}**` : clock;
    const withZone = (written: string) =>
      enclosure && !written.startsWith('(') ? ` ${enclosure[0]}${written}${enclosure[1]}` : ` ${written}`;
    let expected: number | undefined = entry.instant;
    let readings: number[] | undefined;
    let outsideTable = false;
    let doubtful = gapWall !== undefined;
    let kind = gapWall ? 'nonexistent wall time' : style;
    if (style === 'abbreviation') {
      const abbreviation = abbreviationOf(zone, entry.instant);
      const word = zoneForm === 'word' ? zone.word : undefined;
      const written =
        (word && (wordTime ? `${word} time` : word)) ??
        regional ??
        (zoneForm === 'zulu' && zone.id === 'UTC' ? 'Z' : abbreviation);
      time += military && written === 'Z' && !enclosure && !boldClock ? written : withZone(written);
      // `14:05 Pacific Deploy 4812 started`: the word may begin the description; only the document's zone settles it.
      const wordBeforeWords = word && !wordTime && separator === ' ' && !enclosure && !(bold && !boldClock);
      if (wordBeforeWords && !declared) {
        expected = undefined;
        kind = 'zone word before words, no document zone';
      } else if (regional) {
        if (!gapWall) kind = word ? 'zone word' : 'POSIX TZ string';
      } else if (written === 'Z') {
        kind = 'Zulu';
      } else if (AMBIGUOUS.has(abbreviation) && !declared) {
        expected = undefined;
        kind = 'ambiguous abbreviation, no document zone';
      } else if (zone === RARELY_KNOWN) {
        kind = 'abbreviation outside the table';
        outsideTable = true;
      }
      if (!regional) doubtful = false;
    } else if (style === 'offset') {
      time += withZone(offsetText(offsetAt(zone.id, entry.instant), offsetForm));
      doubtful = false;
    }
    if (!fixedOffsets && !gapWall && expected !== undefined && repeatedAt(zone.id, entry.instant) !== undefined) {
      const other = repeatedAt(zone.id, entry.instant)!;
      const first = Math.min(other, entry.instant);
      // Settled when it is the second occurrence and the entry before it, itself settled, is past the first.
      const before = entries[index - 1];
      const settled =
        entry.instant !== first && before?.readings === undefined && (before?.expected ?? -Infinity) > first;
      if (!settled) readings = [first, Math.max(other, entry.instant)];
      doubtful = true;
      kind = settled ? 'repeated wall time, order settles it' : 'repeated wall time';
    }
    const description = WORDS[index % WORDS.length]!;
    lines.push(
      style === 'column'
        ? `| ${time} | ${description} |`
        : `- ${bold && !boldClock ? `**${time}**` : time}${separator}${description}`,
    );
    entries.push({
      expected,
      ...(readings ? { readings } : {}),
      ...(outsideTable ? { outsideTable } : {}),
      doubtful,
      kind,
    });
  });
  lines.push('', '## Root Cause', '', 'A connection pool ran out.', '');
  return {
    text: lines.join('\n'),
    configZone: style === 'config' ? zone.id : undefined,
    style,
    zone: zone.id,
    entries,
  };
}
