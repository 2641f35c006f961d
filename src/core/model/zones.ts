// Time zones as postmortems write them: abbreviations, UTC offsets and IANA names. IANA zones
// are resolved through Intl; abbreviations name a fixed offset (PDT is always UTC-7) because an
// author who writes PDT means daylight time, whatever the date says.
import { firstAtStarts } from './firstMatch';

const MINUTE = 60_000;

export interface Zone {
  /** Canonical name: `UTC`, an IANA name such as `America/Los_Angeles`, or an offset such as `+02:00`. */
  readonly id: string;
  /** Minutes east of UTC at an instant (milliseconds since the epoch). */
  offsetAt(instant: number): number;
}

interface Abbreviation {
  /** A fixed offset in minutes, or an IANA zone for the generic names (PT, ET). */
  readonly offset: number | string;
  /** The IANA zone whose standard or daylight time the abbreviation names, to check the season. */
  readonly region?: string;
  /** The abbreviation of the region's other season (PDT for PST). */
  readonly other?: string;
}

/**
 * Upper-case abbreviations only: lower-case `est` or `ist` are words, not zones. MST, AEST and
 * ACST have no season to check: Arizona, Queensland and the Northern Territory keep them all year.
 */
const ABBREVIATIONS: Readonly<Record<string, Abbreviation>> = {
  UTC: { offset: 0 },
  GMT: { offset: 0 },
  Z: { offset: 0 },
  PST: { offset: -480, region: 'America/Los_Angeles', other: 'PDT' },
  PDT: { offset: -420, region: 'America/Los_Angeles', other: 'PST' },
  MST: { offset: -420 },
  MDT: { offset: -360, region: 'America/Denver', other: 'MST' },
  CST: { offset: -360, region: 'America/Chicago', other: 'CDT' },
  CDT: { offset: -300, region: 'America/Chicago', other: 'CST' },
  EST: { offset: -300, region: 'America/New_York', other: 'EDT' },
  EDT: { offset: -240, region: 'America/New_York', other: 'EST' },
  AKST: { offset: -540, region: 'America/Anchorage', other: 'AKDT' },
  AKDT: { offset: -480, region: 'America/Anchorage', other: 'AKST' },
  HST: { offset: -600 },
  PT: { offset: 'America/Los_Angeles' },
  MT: { offset: 'America/Denver' },
  CT: { offset: 'America/Chicago' },
  ET: { offset: 'America/New_York' },
  WET: { offset: 0, region: 'Europe/Lisbon', other: 'WEST' },
  WEST: { offset: 60, region: 'Europe/Lisbon', other: 'WET' },
  BST: { offset: 60, region: 'Europe/London', other: 'GMT' },
  CET: { offset: 60, region: 'Europe/Berlin', other: 'CEST' },
  CEST: { offset: 120, region: 'Europe/Berlin', other: 'CET' },
  EET: { offset: 120, region: 'Europe/Athens', other: 'EEST' },
  EEST: { offset: 180, region: 'Europe/Athens', other: 'EET' },
  MSK: { offset: 180 },
  IST: { offset: 330 },
  SGT: { offset: 480 },
  HKT: { offset: 480 },
  JST: { offset: 540 },
  KST: { offset: 540 },
  AWST: { offset: 480 },
  ACST: { offset: 570 },
  ACDT: { offset: 630, region: 'Australia/Adelaide', other: 'ACST' },
  AEST: { offset: 600 },
  AEDT: { offset: 660, region: 'Australia/Sydney', other: 'AEST' },
  NZST: { offset: 720, region: 'Pacific/Auckland', other: 'NZDT' },
  NZDT: { offset: 780, region: 'Pacific/Auckland', other: 'NZST' },
};

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

export const UTC_ZONE: Zone = { id: 'UTC', offsetAt: () => 0 };

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

export function fixedZone(minutes: number): Zone {
  return minutes === 0 ? UTC_ZONE : { id: formatOffset(minutes), offsetAt: () => minutes };
}

const GEOGRAPHIC = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

const ianaZones = new Map<string, Zone | undefined>();

/** An IANA zone through Intl, such as `Europe/Berlin` or `US/Pacific`; undefined when Intl does not know it. */
export function ianaZone(name: string): Zone | undefined {
  const key = name.toLowerCase();
  if (ianaZones.has(key)) return ianaZones.get(key);
  let zone: Zone | undefined;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const resolved = format.resolvedOptions().timeZone;
    // Intl canonicalises links (US/Pacific -> America/Los_Angeles) but also modern names to old
    // ones (Asia/Kolkata -> Asia/Calcutta): keep a name that is already in the Area/City form.
    const id = resolved.toLowerCase() === key || !GEOGRAPHIC.test(name) ? resolved : name;
    zone = { id, offsetAt: (instant) => intlOffset(format, instant) };
  } catch {
    zone = undefined;
  }
  if (ianaZones.size < 1000) ianaZones.set(key, zone);
  return zone;
}

/** How `en-US` formats a date and time: `1/5/2025, 14:32:00`. */
const FORMATTED = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's wall clock at a date: its fields, read from the formatted text (much cheaper than parts) or else from the parts. */
function wallClockFields(format: Intl.DateTimeFormat, date: Date): Record<string, number> {
  const formatted = FORMATTED.exec(format.format(date));
  if (formatted) {
    const [, month, day, year, hour, minute, second] = formatted.map(Number);
    return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

function intlOffset(format: Intl.DateTimeFormat, instant: number): number {
  const date = new Date(Math.floor(instant / 1000) * 1000);
  if (Number.isNaN(date.getTime())) return 0;
  const fields = wallClockFields(format, date);
  const asUtc = Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  return Math.round((asUtc - date.getTime()) / MINUTE);
}

/** The instant at which a zone's clocks show `wallClock` (a date and time read as if in UTC). */
export function instantIn(wallClock: number, zone: Zone): number {
  const first = wallClock - zone.offsetAt(wallClock) * MINUTE;
  return wallClock - zone.offsetAt(first) * MINUTE;
}

const OFFSET = /^(?:(UTC|GMT|UT)\s?)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i;
const IANA = /^[A-Za-z][A-Za-z_]{1,30}(?:\/[A-Za-z0-9_+\-]{1,30}){1,2}$/;

/**
 * A zone written on its own: `UTC`, `PDT`, `GMT+2`, `UTC-7`, `UTC+05:30`, `+02:00`, `Europe/Berlin`,
 * `PDT (UTC-7)` (the offset in parentheses wins), `Pacific Time`.
 */
export function parseZone(text: string): Zone | undefined {
  // The common case, an abbreviation as written (`UTC`, `PDT`), reads the same without the steps below.
  const written = Object.hasOwn(ABBREVIATIONS, text) ? ABBREVIATIONS[text]! : undefined;
  if (written) return typeof written.offset === 'number' ? fixedZone(written.offset) : ianaZone(written.offset);
  const trimmed = text.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (trimmed.length === 0 || trimmed.length > 60) return undefined;
  const withOffset = /^([A-Z]{1,5})\s*\((.+)\)$/.exec(trimmed);
  if (withOffset) return parseZone(withOffset[2]!) ?? parseZone(withOffset[1]!);
  const abbreviation = ABBREVIATIONS[trimmed] ?? (/^(?:utc|gmt)$/i.test(trimmed) ? ABBREVIATIONS.UTC : undefined);
  if (abbreviation) return typeof abbreviation.offset === 'number' ? fixedZone(abbreviation.offset) : ianaZone(abbreviation.offset);
  const offset = OFFSET.exec(trimmed);
  if (offset) return offsetZone(offset[1], offset[2]!, offset[3]!, offset[4]);
  if (IANA.test(trimmed)) return ianaZone(trimmed);
  for (const [pattern, name] of LONG_NAMES) {
    if (pattern.test(trimmed) && pattern.exec(trimmed)![0].length === trimmed.length) return ianaZone(name) ?? UTC_ZONE;
  }
  return undefined;
}

function offsetZone(prefix: string | undefined, sign: string, hours: string, minutes: string | undefined): Zone | undefined {
  // A bare offset needs two-digit hours (`+02`, `+0200`); `UTC+2` may use one.
  if (prefix === undefined && hours.length !== 2) return undefined;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return undefined;
  return fixedZone(sign === '+' ? total : -total);
}

export interface ZoneMatch {
  readonly zone: Zone;
  /** Offsets of the zone's text in the scanned string. */
  readonly start: number;
  readonly end: number;
  /** The abbreviation as written, when it was one. */
  readonly abbreviation: string | undefined;
}

const ZONE_AT = new RegExp(
  [
    '(?<offset>(?:UTC|GMT|UT)\\s?[+\\-\\u2212]\\d{1,2}(?::?\\d{2})?|[+\\-\\u2212]\\d{2}(?::?\\d{2})?)(?![\\d:])',
    '(?<iana>[A-Za-z][A-Za-z_]{1,30}(?:\\/[A-Za-z0-9_+\\-]{1,30}){1,2})',
    '(?<long>(?:coordinated universal|universal|pacific|mountain|central european|central|eastern|british summer)(?: (?:standard|daylight|summer))? time)(?![A-Za-z])',
    '(?<abbreviation>[A-Za-z]{1,5})(?<paren>\\s?\\((?:UTC|GMT)\\s?[+\\-\\u2212]\\d{1,2}(?::?\\d{2})?\\))?(?![A-Za-z0-9])',
  ].join('|'),
  'iy',
);

/** A zone written at `position` in `text`, such as the `UTC` of `14:32 UTC`; undefined when none is. */
export function zoneAt(text: string, position: number): ZoneMatch | undefined {
  ZONE_AT.lastIndex = position;
  const match = ZONE_AT.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const letters = groups.abbreviation;
  let abbreviation: string | undefined;
  if (letters !== undefined) {
    // The pattern is case-insensitive for `utc` and `Pacific Time`; other abbreviations are
    // zones only in upper case (`IST`, not `ist`), and a lone `Z` only right after a time.
    const upper = letters.toUpperCase();
    const known = letters in ABBREVIATIONS || upper === 'UTC' || upper === 'GMT';
    if (!known || (upper === 'Z' && /\s/.test(text[position - 1] ?? ''))) return undefined;
    abbreviation = letters in ABBREVIATIONS ? letters : upper;
  }
  let written = match[0];
  let zone = parseZone(written);
  if (!zone && groups.iana !== undefined) {
    // `PST/PDT`: not an IANA name, but its first half is a zone.
    written = groups.iana.slice(0, groups.iana.indexOf('/'));
    zone = written in ABBREVIATIONS ? parseZone(written) : undefined;
    abbreviation = zone ? written : undefined;
  }
  return zone ? { zone, start: position, end: position + written.length, abbreviation } : undefined;
}

const MENTION_START = /(?:^|[\s(\[,;:])(?=[A-Za-z+\-\u2212])/g;

/**
 * The first zone a sentence or heading names, such as the `PST` of `Timeline (all times PST)` or
 * the `GMT+2` of `All times in GMT+2`. Reads at most the first 400 characters.
 */
export function findZoneMention(text: string): ZoneMatch | undefined {
  return firstAtStarts(text, 400, MENTION_START, (head, position) => {
    const found = zoneAt(head, position);
    return found && found.abbreviation !== 'Z' && /^(?:$|[\s).,;:\]/])/.test(head.slice(found.end, found.end + 1)) ? found : undefined;
  });
}

/**
 * When an abbreviation names standard time in its region's summer (PST in July) or daylight time
 * in its winter, the offset the region actually used that day; otherwise undefined.
 */
export function seasonMismatch(abbreviation: string, instant: number): { expected: string; offset: number } | undefined {
  const entry = ABBREVIATIONS[abbreviation];
  if (!entry?.region || entry.other === undefined || typeof entry.offset !== 'number') return undefined;
  const actual = ianaZone(entry.region)?.offsetAt(instant);
  return actual === undefined || actual === entry.offset ? undefined : { expected: entry.other, offset: actual };
}
