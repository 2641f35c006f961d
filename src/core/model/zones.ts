// Time zones as postmortems write them: abbreviations, UTC offsets and IANA names. The arithmetic of
// IANA zones is Temporal's (a wall time that does not exist or happens twice is resolved as RFC 5545
// says, "compatible"); abbreviations name a fixed offset (PDT is always UTC-7) because an author who
// writes PDT means daylight time, whatever the date says.
import { Temporal } from 'temporal-polyfill';
import { firstAtStarts } from './firstMatch';
import { NOT_ZONES, ZONE_ABBREVIATIONS, type ZoneAbbreviation } from './zoneAbbreviations';
import { POSIX_ZONES, ZONE_WORDS } from './zoneNames';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A wall time that the zone's clocks skipped (`nonexistent`) or showed twice (`repeated`). */
export interface ClockChange {
  readonly kind: 'nonexistent' | 'repeated';
  /** The offsets before and after the change, in minutes east of UTC. */
  readonly before: number;
  readonly after: number;
}

export interface Resolution {
  readonly instant: number;
  /** Set when the wall time falls in a clock change: `instant` is the RFC 5545 "compatible" one. */
  readonly clockChange: ClockChange | undefined;
}

export interface Zone {
  /** Canonical name: `UTC`, an IANA name such as `America/Los_Angeles`, or an offset such as `+02:00`. */
  readonly id: string;
  /** For an abbreviation of one season (CEST), the IANA zone of the region that uses it. */
  readonly region?: string;
  /** Minutes east of UTC at an instant (milliseconds since the epoch). */
  offsetAt(instant: number): number;
  /** The instant at which the zone's clocks show `wallClock` (a date and time read as if in UTC). */
  resolve(wallClock: number): Resolution;
}

/** Spelled-out names, matched case-insensitively. */
const LONG_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:coordinated universal time|universal time)/i, 'UTC'],
  [/^pacific(?: (?:standard|daylight))? time/i, 'America/Los_Angeles'],
  [/^mountain(?: (?:standard|daylight))? time/i, 'America/Denver'],
  [/^central(?: (?:standard|daylight))? time/i, 'America/Chicago'],
  [/^eastern(?: (?:standard|daylight))? time/i, 'America/New_York'],
  [/^central european(?: (?:standard|summer))? time/i, 'Europe/Berlin'],
  [/^british summer time/i, 'Europe/London'],
];

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

function fixed(id: string, minutes: number, region?: string): Zone {
  return {
    id,
    region,
    offsetAt: () => minutes,
    resolve: (wallClock) => ({ instant: wallClock - minutes * MINUTE, clockChange: undefined }),
  };
}

export const UTC_ZONE: Zone = fixed('UTC', 0);

function fixedZone(minutes: number): Zone {
  return minutes === 0 ? UTC_ZONE : fixed(formatOffset(minutes), minutes);
}

const NOT_ZONE_WORDS = new Set(NOT_ZONES.flatMap((entry) => entry.words.split(' ')));
const ABBREVIATIONS = new Set(ZONE_ABBREVIATIONS.map((entry) => entry.abbreviation));
/** Every meaning of each abbreviation, as zones; made on first use, as the generic ones (PT) load zone data. */
const meaningsByAbbreviation = new Map<string, readonly Zone[]>();

function abbreviationZone(entry: ZoneAbbreviation): Zone | undefined {
  if (entry.zone !== undefined) return ianaZone(entry.zone);
  const offset = entry.offset ?? 0;
  return offset === 0 && entry.region === undefined ? UTC_ZONE : fixed(formatOffset(offset), offset, entry.region);
}

/** The zones an abbreviation names: one, several for the ambiguous ones (IST), none for a word. */
function abbreviationMeanings(abbreviation: string): readonly Zone[] {
  if (!ABBREVIATIONS.has(abbreviation)) return [];
  let meanings = meaningsByAbbreviation.get(abbreviation);
  if (!meanings) {
    meanings = ZONE_ABBREVIATIONS.filter((entry) => entry.abbreviation === abbreviation).flatMap(
      (entry) => abbreviationZone(entry) ?? [],
    );
    meaningsByAbbreviation.set(abbreviation, meanings);
  }
  return meanings;
}

/** The table's entry for an abbreviation read as the zone `zoneId` (`IST` read as +05:30: India's). */
function abbreviationEntry(abbreviation: string, zoneId: string | undefined): ZoneAbbreviation | undefined {
  const region = abbreviationMeanings(abbreviation).find((zone) => zone.id === zoneId)?.region;
  return ZONE_ABBREVIATIONS.find((entry) => entry.abbreviation === abbreviation && entry.region === region);
}

const GEOGRAPHIC = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

const ianaZones = new Map<string, Zone | undefined>();

/** An IANA zone such as `Europe/Berlin` or `US/Pacific`; undefined when the zone database does not know it. */
function ianaZone(name: string): Zone | undefined {
  const key = name.toLowerCase();
  if (ianaZones.has(key)) return ianaZones.get(key);
  let zone: Zone | undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    // Intl canonicalises links (US/Pacific -> America/Los_Angeles) but also modern names to old
    // ones (Asia/Kolkata -> Asia/Calcutta): keep a name that is already in the Area/City form.
    const id = resolved.toLowerCase() === key || !GEOGRAPHIC.test(name) ? resolved : name;
    zone = temporalZone(Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(id).timeZoneId);
  } catch {
    zone = undefined;
  }
  if (ianaZones.size < 1000) ianaZones.set(key, zone);
  return zone;
}

function offsetOf(id: string, instant: number): number {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(id).offsetNanoseconds / (MINUTE * 1e6);
}

/**
 * A zone whose offsets come from the zone database. Most days have one offset from start to end:
 * it is kept per day, so that only the days around a clock change take Temporal's full resolution.
 */
function temporalZone(id: string): Zone {
  const steadyDays = new Map<number, number | undefined>();
  const steadyOffset = (day: number): number | undefined => {
    if (steadyDays.has(day)) return steadyDays.get(day);
    // From the earliest instant the day can start (UTC+14) to the latest it can end (UTC-12).
    const first = offsetOf(id, day - 14 * HOUR);
    const steady = first === offsetOf(id, day + DAY + 12 * HOUR) ? first : undefined;
    if (steadyDays.size > 2000) steadyDays.clear();
    steadyDays.set(day, steady);
    return steady;
  };
  return {
    id,
    offsetAt: (instant) => offsetOf(id, instant),
    resolve(wallClock) {
      const offset = steadyOffset(Math.floor(wallClock / DAY) * DAY);
      return offset === undefined
        ? resolveAroundChange(id, wallClock)
        : { instant: wallClock - offset * MINUTE, clockChange: undefined };
    },
  };
}

function resolveAroundChange(id: string, wallClock: number): Resolution {
  const date = new Date(wallClock);
  const plain = new Temporal.PlainDateTime(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  const earlier = plain.toZonedDateTime(id, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(id, { disambiguation: 'later' });
  if (earlier.epochMilliseconds === later.epochMilliseconds)
    return { instant: earlier.epochMilliseconds, clockChange: undefined };
  const compatible = plain.toZonedDateTime(id, { disambiguation: 'compatible' });
  const repeated = earlier.toPlainDateTime().equals(plain);
  const minutes = (zoned: Temporal.ZonedDateTime) => zoned.offsetNanoseconds / (MINUTE * 1e6);
  const clockChange: ClockChange = {
    kind: repeated ? 'repeated' : 'nonexistent',
    before: minutes(earlier),
    after: minutes(later),
  };
  return { instant: compatible.epochMilliseconds, clockChange };
}

const SIGNED = '[+\\-\\u2212]';
/** What may come before an offset's sign: `UTC`, `GMT`, `UT`, `UTC/GMT`. */
const OFFSET_PREFIX = '(?:(?:UTC|GMT)\\/(?:UTC|GMT)|UTC|GMT|UT)';
/** `UTC+2`, `GMT-04:00`, `+0530`; after `UTC` or `GMT` also `UTC + 2` and `UTC/GMT+2`. */
const OFFSET = new RegExp(
  `^(?:(${OFFSET_PREFIX})(?:\\s?(?=${SIGNED}\\d)|\\s(?=\\+\\s\\d)))?(${SIGNED})\\s?(\\d{1,2})(?::?(\\d{2}))?$`,
  'i',
);
const IANA = /^[A-Za-z][A-Za-z_]{1,30}(?:\/[A-Za-z0-9_+-]{1,30}){1,2}$/;

/** What a zone's text says: a zone, several it could be (`IST`), or why it is none. */
export interface ZoneReading {
  readonly zone: Zone | undefined;
  /** Every zone an ambiguous abbreviation names, for the document's zone to decide among. */
  readonly meanings: readonly Zone[];
  /** Why the text names no zone although it is written as one (`UTC+15`). */
  readonly problem: string | undefined;
}

/** Whether the text is written as a zone: one, several, or one that is not (`UTC+15`), to be reported. */
export function writtenAsZone(read: ZoneReading): boolean {
  return read.zone !== undefined || read.meanings.length > 0 || read.problem !== undefined;
}

function reading(zone: Zone | undefined, meanings: readonly Zone[] = [], problem?: string): ZoneReading {
  return { zone, meanings, problem };
}

/**
 * A zone written on its own: `UTC`, `PDT`, `GMT+2`, `UTC-7`, `UTC+05:30`, `+02:00`, `Europe/Berlin`,
 * `PDT (UTC-7)` (the offset in parentheses wins), `Pacific Time`.
 */
export function readZone(text: string): ZoneReading {
  const trimmed = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (trimmed.length === 0 || trimmed.length > 60) return reading(undefined);
  const named = IANA.test(trimmed) ? ianaZone(trimmed) : undefined;
  if (named) return reading(named);
  const both = /^([A-Z]{1,5})\s*(?:\((.+)\)|(?:\/|,)\s*(.+))$/.exec(trimmed);
  if (both) return readBoth(both[1]!, both[2] ?? both[3]!, both[2] !== undefined, trimmed);
  const abbreviation = /^([A-Z]{1,5}) [Tt]ime$/.exec(trimmed)?.[1] ?? trimmed;
  const meanings = abbreviationMeanings(
    /^(?:utc|gmt)$/i.test(abbreviation) ? abbreviation.toUpperCase() : abbreviation,
  );
  if (meanings.length > 0) return meanings.length === 1 ? reading(meanings[0]) : reading(undefined, meanings);
  const offset = OFFSET.exec(trimmed);
  if (offset) return offsetReading(offset[1], offset[2]!, offset[3]!, offset[4], trimmed);
  if (IANA.test(trimmed)) return reading(ianaZone(trimmed));
  for (const [pattern, name] of LONG_NAMES) {
    if (pattern.test(trimmed) && pattern.exec(trimmed)![0].length === trimmed.length)
      return reading(ianaZone(name) ?? UTC_ZONE);
  }
  const bare = trimmed.replace(/ time$/i, '').toLowerCase();
  const word = ZONE_WORDS.find((entry) => entry.word.toLowerCase() === bare);
  if (word) return reading(ianaZone(word.zone));
  return POSIX.test(trimmed) ? posixReading(trimmed) : reading(undefined);
}

/** A POSIX TZ string: an abbreviation, its offset west of UTC, and an optional daylight abbreviation. */
const POSIX = /^([A-Z]{3,5})([+-]?)(\d{1,2})(?::(\d{2}))?([A-Z]{3,5})?$/;

/**
 * `EST5EDT` (one of the table's: its region), `EST5` or `JST-9` (the abbreviation's offset when
 * the number says it), a daylight part the table does not know (`CET-1CEST`, a finding), or none.
 */
function posixReading(written: string): ZoneReading {
  const known = POSIX_ZONES.find((entry) => entry.name === written);
  if (known) return reading(ianaZone(known.zone));
  const [, standard, sign, hours, minutes, daylight] = POSIX.exec(written)!;
  if (daylight !== undefined)
    return reading(
      undefined,
      [],
      `${written} is a POSIX TZ string whose daylight saving rules are not written: ` +
        'write the IANA zone (such as Europe/Berlin) or the offset',
    );
  const meanings = abbreviationMeanings(standard!);
  if (meanings.length === 0) return reading(undefined);
  const west = (Number(hours) * 60 + Number(minutes ?? 0)) * (sign === '-' ? -1 : 1);
  const meaning = meanings.find((zone) => zone.offsetAt(0) === -west);
  if (meaning) return reading(meaning);
  return reading(
    undefined,
    [],
    `${written} says ${standard} is UTC${formatOffset(-west)}, ` +
      `but ${standard} is UTC${formatOffset(meanings[0]!.offsetAt(0))}: ` +
      'write the abbreviation or the offset',
  );
}

/**
 * An abbreviation and a second zone: `PST/PDT` or `GMT/BST`, the two seasons of one region, are that
 * region's zone; `PDT (UTC-7)`, `PDT/UTC-7` and `CEST, UTC+2` are the offset; `CET (CEST)` the zone in
 * parentheses; two other zones (`PDT/EDT`) are none.
 */
function readBoth(first: string, second: string, parenthesised: boolean, written: string): ZoneReading {
  const seasons = ZONE_ABBREVIATIONS.find(
    (entry) =>
      entry.region !== undefined &&
      ((entry.abbreviation === first && entry.other === second) ||
        (entry.abbreviation === second && entry.other === first)),
  );
  const region = seasons && ianaZone(seasons.region!);
  if (region) return reading(region);
  const other = readZone(second);
  if (other.zone && (parenthesised || OFFSET.test(second.trim()))) return other;
  if (parenthesised || !writtenAsZone(other)) return readZone(first);
  return reading(undefined, [], `${written} names two zones: write one, such as ${first}`);
}

/** The zone `text` names surely, or undefined (an ambiguous abbreviation names none surely). */
export function parseZone(text: string): Zone | undefined {
  return readZone(text).zone;
}

function offsetReading(
  prefix: string | undefined,
  sign: string,
  hours: string,
  minutes: string | undefined,
  written: string,
): ZoneReading {
  // A bare offset needs two-digit hours (`+02`, `+0200`); `UTC+2` may use one.
  if (prefix === undefined && hours.length !== 2) return reading(undefined);
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  // Zones today are offset by whole hours, or by 30 or 45 minutes more (India, Nepal, Chatham).
  if (![0, 15, 30, 45].includes(Number(minutes ?? 0)) || total > 14 * 60 || (sign !== '+' && total > 12 * 60)) {
    return reading(undefined, [], `${written} is not a UTC offset (they run from UTC-12:00 to UTC+14:00)`);
  }
  return reading(fixedZone(sign === '+' ? total : -total));
}

export interface ZoneMatch extends ZoneReading {
  /** Offsets of the zone's text in the scanned string. */
  readonly start: number;
  readonly end: number;
  /** The abbreviation as written, when it was one. */
  readonly abbreviation: string | undefined;
}

/** An offset ends where no digit follows, nor a colon and a digit: `UTC+1:` and `+00:00:` end before their colon. */
const OFFSET_END = '(?!\\d|:\\d)';
const PREFIXED_OFFSET = `${OFFSET_PREFIX}(?:\\s?${SIGNED}|\\s\\+\\s)\\d{1,2}(?::?\\d{2})?`;

const ZONE_AT = new RegExp(
  [
    `(?<offset>${PREFIXED_OFFSET}|${SIGNED}\\d{2}(?::?\\d{2})?)${OFFSET_END}`,
    '(?<iana>[A-Za-z][A-Za-z_]{1,30}(?:\\/[A-Za-z0-9_+\\-]{1,30}){1,2})',
    '(?<long>(?:coordinated universal|universal|pacific|mountain|central european|central|eastern|british summer)' +
      '(?: (?:standard|daylight|summer))? time)(?![A-Za-z])',
    `(?<abbreviation>[A-Za-z]{1,5})(?<paren>\\s?\\((?:UTC|GMT)\\s?${SIGNED}\\d{1,2}(?::?\\d{2})?\\))?(?![A-Za-z0-9])`,
  ].join('|'),
  'iy',
);

/** `UTC+123`, `GMT-1:5`: an offset begun and not finished, never read as UTC. */
const BROKEN_OFFSET = new RegExp(`(?:UTC|GMT)\\s?${SIGNED}\\d(?:[\\d:]*\\d)?`, 'iy');

/** `EST5EDT`, `PST8PDT`, `JST-9`: a POSIX TZ string, read by `posixReading`. */
const POSIX_AT = /[A-Z]{3,5}[+-]?\d{1,2}(?::\d{2})?(?:[A-Z]{3,5})?(?![A-Za-z0-9])/y;

/** Upper-case letters shaped like a zone abbreviation (`NPT`, `LHDT`), for those the table does not know. */
const ABBREVIATION_SHAPE = /[A-Z]{1,4}(?:ST|DT|T)(?![A-Za-z0-9])/y;

function matchAt(read: ZoneReading, start: number, written: string, abbreviation?: string): ZoneMatch {
  return { ...read, start, end: start + written.length, abbreviation };
}

/**
 * A zone written at `position` in `text`, such as the `UTC` of `14:32 UTC`; undefined when none is.
 * With `unknown`, letters shaped like an abbreviation that no table knows (`09:30 XST`) are a match
 * with a problem and no zone, so that they are reported rather than read as the document's zone.
 */
export function zoneAt(text: string, position: number, unknown = false): ZoneMatch | undefined {
  BROKEN_OFFSET.lastIndex = position;
  const broken = BROKEN_OFFSET.exec(text);
  ZONE_AT.lastIndex = position;
  const match = ZONE_AT.exec(text);
  const groups = match?.groups;
  if (broken && (!match || match[0].length < broken[0].length)) {
    return matchAt(
      reading(undefined, [], `${broken[0]} is not a UTC offset: write one such as UTC+1 or UTC+05:30`),
      position,
      broken[0],
    );
  }
  // `EST5EDT`, and `PST-8`, which is not PST and a range or an offset after it.
  const posix = posixAt(text, position);
  if (posix && (!match || match[0].length < posix.end - position)) return posix;
  if (!match || !groups) return unknown ? unknownAbbreviation(text, position) : undefined;
  const letters = groups.abbreviation;
  let abbreviation: string | undefined;
  if (letters !== undefined) {
    // The pattern is case-insensitive for `utc` and `Pacific Time`; other abbreviations are
    // zones only in upper case (`IST`, not `ist`), and a lone `Z` only right after a time.
    const upper = letters.toUpperCase();
    const known = ABBREVIATIONS.has(letters) || upper === 'UTC' || upper === 'GMT';
    if (!known) return unknown ? unknownAbbreviation(text, position) : undefined;
    // After a blank, `Z` is Zulu only when punctuation or a blank follows it (`14:05 Z:`), not `Z-axis`.
    if (upper === 'Z' && /\s/.test(text[position - 1] ?? '') && !/^(?:$|[\s:;,.)\]*_|])/.test(text[position + 1] ?? ''))
      return undefined;
    abbreviation = ABBREVIATIONS.has(letters) ? letters : upper;
  }
  let written = match[0];
  let read = readZone(written);
  if (!writtenAsZone(read) && groups.iana !== undefined) {
    // `PST/PDT`: not an IANA name, but its first half is a zone.
    written = groups.iana.slice(0, groups.iana.indexOf('/'));
    read = ABBREVIATIONS.has(written) ? readZone(written) : read;
    abbreviation = read.zone ? written : undefined;
  }
  if (!writtenAsZone(read)) return undefined;
  return matchAt(read, position, written, abbreviation);
}

function posixAt(text: string, position: number): ZoneMatch | undefined {
  POSIX_AT.lastIndex = position;
  const written = POSIX_AT.exec(text)?.[0];
  const read = written === undefined ? undefined : posixReading(written);
  return read && writtenAsZone(read) ? matchAt(read, position, written!) : undefined;
}

const ZONE_WORD_AT = new RegExp(
  `(${ZONE_WORDS.map((entry) => entry.word).join('|')})(?![A-Za-z0-9])(?<time> [Tt]ime(?![A-Za-z0-9]))?`,
  'y',
);

/**
 * A zone word (`Pacific`, `Eastern`, `Alaska time`) written at `position`, capitalised, as its
 * region's zone; `named` when followed by `time`, which makes it surely a zone.
 */
export function zoneWordAt(text: string, position: number): { match: ZoneMatch; named: boolean } | undefined {
  ZONE_WORD_AT.lastIndex = position;
  const found = ZONE_WORD_AT.exec(text);
  const entry = found && ZONE_WORDS.find((candidate) => candidate.word === found[1]);
  const zone = entry && ianaZone(entry.zone);
  return zone
    ? { match: matchAt(reading(zone), position, found![0]), named: found!.groups!.time !== undefined }
    : undefined;
}

function unknownAbbreviation(text: string, position: number): ZoneMatch | undefined {
  ABBREVIATION_SHAPE.lastIndex = position;
  const letters = ABBREVIATION_SHAPE.exec(text)?.[0];
  if (letters === undefined || NOT_ZONE_WORDS.has(letters)) return undefined;
  const problem =
    `${letters} is a time zone abbreviation this tool does not know: ` +
    'write the offset (such as UTC+05:45) or the IANA zone (such as Asia/Kathmandu)';
  return matchAt(reading(undefined, [], problem), position, letters, letters);
}

const MENTION_START = /(?:^|[\s([,;:])(?=[A-Za-z+\-\u2212])/g;

/**
 * The first zone a sentence or heading names, such as the `PST` of `Timeline (all times PST)` or
 * the `GMT+2` of `All times in GMT+2`. Reads at most the first 400 characters.
 */
export function findZoneMention(text: string): ZoneMatch | undefined {
  return firstAtStarts(text, 400, MENTION_START, (head, position) => {
    const found = zoneAt(head, position);
    if (!found || found.abbreviation === 'Z' || found.problem !== undefined) return undefined;
    return /^(?:$|[\s).,;:\]/])/.test(head.slice(found.end, found.end + 1)) ? found : undefined;
  });
}

/**
 * The meaning of an ambiguous abbreviation that fits one of the zones the document gives (`IST` in a
 * document whose zone is Asia/Kolkata or +05:30), or undefined when none or several fit.
 */
export function decideMeaning(meanings: readonly Zone[], context: readonly Zone[], instant: number): Zone | undefined {
  // A bare offset (`+05:30`) fits the meaning with that offset; a region only its own abbreviations.
  const fits = meanings.filter((meaning) =>
    context.some(
      (zone) =>
        regionOf(zone) === meaning.region ||
        (/^[+-]/.test(zone.id) && zone.offsetAt(instant) === meaning.offsetAt(instant)),
    ),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** `IST` could be India (UTC+05:30), Ireland (UTC+01:00) or Israel (UTC+02:00). */
export function describeMeanings(abbreviation: string, meanings: readonly Zone[]): string {
  const names = meanings.map((zone) => `${zone.region ?? zone.id} (UTC${zone.id})`);
  return `${abbreviation} could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * When an abbreviation names standard time in its region's summer (PST in July) or daylight time
 * in its winter, the offset the region actually used that day; otherwise undefined.
 */
export function seasonMismatch(
  abbreviation: string,
  zoneId: string | undefined,
  instant: number,
): { expected: string; offset: number } | undefined {
  const entry = abbreviationEntry(abbreviation, zoneId);
  if (!entry?.region || entry.other === undefined || entry.offset === undefined) return undefined;
  const actual = ianaZone(entry.region)?.offsetAt(instant);
  return actual === undefined || actual === entry.offset ? undefined : { expected: entry.other, offset: actual };
}

/** The IANA zone a zone's clocks follow: its own name, or the region of an abbreviation's season. */
function regionOf(zone: Zone): string {
  return zone.region ?? zone.id;
}

/** The region of a zone as written (`CEST`, read as +02:00: Europe/Berlin); the zone's id when it has none. */
export function writtenRegion(written: string | undefined, zoneId: string): string {
  const meaning = written === undefined ? undefined : abbreviationMeanings(written).find((zone) => zone.id === zoneId);
  return meaning ? regionOf(meaning) : zoneId;
}

/** The abbreviation the table gives a region's clocks at an offset (Europe/Berlin at +02:00: CEST), if one. */
export function abbreviationFor(zone: Zone, offset: number): string | undefined {
  const region = regionOf(zone);
  return ZONE_ABBREVIATIONS.find((entry) => entry.region === region && entry.offset === offset)?.abbreviation;
}
