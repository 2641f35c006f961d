// Zones written as words and as POSIX TZ strings, each with what it names, why it is here and an
// example that runs as a test (test/unit/zoneNames.test.ts). A zone word (`Pacific`) is read as a
// zone right after a time when nothing but punctuation follows it (`14:05 Pacific: deploy`), in
// parentheses (`14:05 (Eastern)`) and as a whole `timezone:` value; followed by more words
// (`14:05 Pacific region failover`) it may be the description's first word, and a timeline in
// another zone is told so.

interface ZoneExample {
  /** A time written with the zone, the document's zone, and the instant it is. */
  readonly text: string;
  readonly documentZone?: string;
  readonly instant: string;
}

export interface ZoneWord {
  /** Capitalised as written; `pacific` in lower case is a word. */
  readonly word: string;
  /** The IANA zone whose clocks, daylight saving time included, the word names. */
  readonly zone: string;
  readonly note: string;
  readonly example: ZoneExample;
}

export const ZONE_WORDS: readonly ZoneWord[] = [
  {
    word: 'Pacific',
    zone: 'America/Los_Angeles',
    note: 'US and Canadian Pacific time, PST in winter and PDT in summer; also an ocean and a region (Asia Pacific).',
    example: { text: '2024-07-15 14:00 Pacific:', instant: '2024-07-15T21:00:00Z' },
  },
  {
    word: 'Mountain',
    zone: 'America/Denver',
    note: 'US and Canadian Mountain time with daylight saving time (Arizona keeps MST: write MST there).',
    example: { text: '2024-01-15 14:00 Mountain -', instant: '2024-01-15T21:00:00Z' },
  },
  {
    word: 'Central',
    zone: 'America/Chicago',
    note: 'US Central time, CST and CDT; Central European time is written `CET` or `Central European Time`.',
    example: { text: '2024-07-15 14:00 (Central)', instant: '2024-07-15T19:00:00Z' },
  },
  {
    word: 'Eastern',
    zone: 'America/New_York',
    note: 'US and Canadian Eastern time, EST in winter and EDT in summer.',
    example: { text: '2024-01-15 14:00 Eastern,', instant: '2024-01-15T19:00:00Z' },
  },
  {
    word: 'Atlantic',
    zone: 'America/Halifax',
    note: "Canada's Atlantic time, AST and ADT; also an ocean.",
    example: { text: '2024-07-15 14:00 Atlantic:', instant: '2024-07-15T17:00:00Z' },
  },
  {
    word: 'Alaska',
    zone: 'America/Anchorage',
    note: 'Alaska time, AKST and AKDT; also the state (an airline, a region) when more words follow.',
    example: { text: '2024-07-15 14:00 Alaska:', instant: '2024-07-15T22:00:00Z' },
  },
  {
    word: 'Hawaii',
    zone: 'Pacific/Honolulu',
    note: 'Hawaii time, UTC-10 all year; also the state when more words follow.',
    example: { text: '2024-07-15 14:00 Hawaii:', instant: '2024-07-16T00:00:00Z' },
  },
];

export interface PosixZone {
  /** As the POSIX `TZ` variable and the zone database write it. */
  readonly name: string;
  /** The IANA zone whose clocks it follows today. */
  readonly zone: string;
  readonly note: string;
  readonly example: ZoneExample;
}

/**
 * POSIX TZ strings with daylight saving time that the tool reads. Others with a daylight part
 * (`CET-1CEST`) are reported: without their rules the date of the change is a guess. One with no
 * daylight part (`EST5`, `JST-9`) is read when its abbreviation has the offset it says.
 */
export const POSIX_ZONES: readonly PosixZone[] = [
  {
    name: 'EST5EDT',
    zone: 'America/New_York',
    note: 'US Eastern time as the zone database names its US rules: UTC-5, EDT in summer.',
    example: { text: '2024-07-15 14:00 EST5EDT', instant: '2024-07-15T18:00:00Z' },
  },
  {
    name: 'CST6CDT',
    zone: 'America/Chicago',
    note: 'US Central time: UTC-6, CDT in summer.',
    example: { text: '2024-01-15 14:00 CST6CDT', instant: '2024-01-15T20:00:00Z' },
  },
  {
    name: 'MST7MDT',
    zone: 'America/Denver',
    note: 'US Mountain time: UTC-7, MDT in summer.',
    example: { text: '2024-07-15 14:00 MST7MDT', instant: '2024-07-15T20:00:00Z' },
  },
  {
    name: 'PST8PDT',
    zone: 'America/Los_Angeles',
    note: 'US Pacific time: UTC-8, PDT in summer.',
    example: { text: '2024-07-15 14:00 PST8PDT', instant: '2024-07-15T21:00:00Z' },
  },
];
