// Time zone abbreviations as postmortems write them after a time (`14:32 PDT`), each with what it
// names, why it is here and an example that runs as a test (test/unit/zoneAbbreviations.test.ts).
// An abbreviation listed more than once (IST, CST, BST) names different zones in different
// places: the document's zone decides which, and with none that fits the time gets no instant.

export interface ZoneAbbreviation {
  /** Upper case as written: lower-case `est` or `ist` are words, not zones. */
  readonly abbreviation: string;
  /** Minutes east of UTC: an abbreviation names one offset (PDT is UTC-7 whatever the date). */
  readonly offset?: number;
  /** For the generic names that follow daylight saving time (PT, ET): the IANA zone they name. */
  readonly zone?: string;
  /** The IANA zone whose standard or daylight time it names: its season is checked against it. */
  readonly region?: string;
  /** The abbreviation of the region's other season (PDT for PST), to say which was in use. */
  readonly other?: string;
  /** Where the abbreviation is used, and what else it could be taken for. */
  readonly note: string;
  /** A time written with the abbreviation, the document's zone when it takes one to decide, and the instant it is. */
  readonly example: { readonly text: string; readonly documentZone?: string; readonly instant: string };
}

export const ZONE_ABBREVIATIONS: readonly ZoneAbbreviation[] = [
  {
    abbreviation: 'UTC',
    offset: 0,
    note: 'Coordinated Universal Time.',
    example: { text: '2024-01-15 14:00 UTC', instant: '2024-01-15T14:00:00Z' },
  },
  {
    abbreviation: 'GMT',
    offset: 0,
    note: 'Greenwich Mean Time, the same offset as UTC.',
    example: { text: '2024-01-15 14:00 GMT', instant: '2024-01-15T14:00:00Z' },
  },
  {
    abbreviation: 'Z',
    offset: 0,
    note: 'ISO 8601 "Zulu", only right after a time (`14:00Z`).',
    example: { text: '2024-01-15T14:00Z', instant: '2024-01-15T14:00:00Z' },
  },
  {
    abbreviation: 'PST',
    offset: -480,
    region: 'America/Los_Angeles',
    other: 'PDT',
    note: 'US Pacific Standard Time, winter.',
    example: { text: '2024-01-15 14:00 PST', instant: '2024-01-15T22:00:00Z' },
  },
  {
    abbreviation: 'PDT',
    offset: -420,
    region: 'America/Los_Angeles',
    other: 'PST',
    note: 'US Pacific Daylight Time, summer.',
    example: { text: '2024-07-15 14:00 PDT', instant: '2024-07-15T21:00:00Z' },
  },
  {
    abbreviation: 'MST',
    offset: -420,
    note: 'US Mountain Standard Time; Arizona keeps it all year, so its season is not checked.',
    example: { text: '2024-07-15 14:00 MST', instant: '2024-07-15T21:00:00Z' },
  },
  {
    abbreviation: 'MDT',
    offset: -360,
    region: 'America/Denver',
    other: 'MST',
    note: 'US Mountain Daylight Time.',
    example: { text: '2024-07-15 14:00 MDT', instant: '2024-07-15T20:00:00Z' },
  },
  {
    abbreviation: 'CST',
    offset: -360,
    region: 'America/Chicago',
    other: 'CDT',
    note: "US Central Standard Time; also China and Cuba: decided by the document's zone.",
    example: { text: '2024-01-15 14:00 CST', documentZone: 'America/Chicago', instant: '2024-01-15T20:00:00Z' },
  },
  {
    abbreviation: 'CST',
    offset: 480,
    region: 'Asia/Shanghai',
    note: 'China Standard Time; also US Central and Cuba.',
    example: { text: '2024-01-15 14:00 CST', documentZone: 'Asia/Shanghai', instant: '2024-01-15T06:00:00Z' },
  },
  {
    abbreviation: 'CST',
    offset: -300,
    region: 'America/Havana',
    other: 'CDT',
    note: 'Cuba Standard Time; also US Central and China.',
    example: { text: '2024-01-15 14:00 CST', documentZone: 'America/Havana', instant: '2024-01-15T19:00:00Z' },
  },
  {
    abbreviation: 'CDT',
    offset: -300,
    region: 'America/Chicago',
    other: 'CST',
    note: 'US Central Daylight Time.',
    example: { text: '2024-07-15 14:00 CDT', instant: '2024-07-15T19:00:00Z' },
  },
  {
    abbreviation: 'EST',
    offset: -300,
    region: 'America/New_York',
    other: 'EDT',
    note: 'US Eastern Standard Time.',
    example: { text: '2024-01-15 14:00 EST', instant: '2024-01-15T19:00:00Z' },
  },
  {
    abbreviation: 'EDT',
    offset: -240,
    region: 'America/New_York',
    other: 'EST',
    note: 'US Eastern Daylight Time.',
    example: { text: '2024-07-15 14:00 EDT', instant: '2024-07-15T18:00:00Z' },
  },
  {
    abbreviation: 'AKST',
    offset: -540,
    region: 'America/Anchorage',
    other: 'AKDT',
    note: 'Alaska Standard Time.',
    example: { text: '2024-01-15 14:00 AKST', instant: '2024-01-15T23:00:00Z' },
  },
  {
    abbreviation: 'AKDT',
    offset: -480,
    region: 'America/Anchorage',
    other: 'AKST',
    note: 'Alaska Daylight Time.',
    example: { text: '2024-07-15 14:00 AKDT', instant: '2024-07-15T22:00:00Z' },
  },
  {
    abbreviation: 'HST',
    offset: -600,
    note: 'Hawaii Standard Time, all year.',
    example: { text: '2024-07-15 14:00 HST', instant: '2024-07-16T00:00:00Z' },
  },
  {
    abbreviation: 'NST',
    offset: -210,
    region: 'America/St_Johns',
    other: 'NDT',
    note: 'Newfoundland Standard Time, UTC-3:30.',
    example: { text: '2024-01-15 14:00 NST', instant: '2024-01-15T17:30:00Z' },
  },
  {
    abbreviation: 'NDT',
    offset: -150,
    region: 'America/St_Johns',
    other: 'NST',
    note: 'Newfoundland Daylight Time, UTC-2:30.',
    example: { text: '2024-07-15 14:00 NDT', instant: '2024-07-15T16:30:00Z' },
  },
  {
    abbreviation: 'ART',
    offset: -180,
    note: 'Argentina Time, all year.',
    example: { text: '2024-07-15 14:00 ART', instant: '2024-07-15T17:00:00Z' },
  },
  {
    abbreviation: 'BRT',
    offset: -180,
    note: 'Brasília Time, all year since 2019.',
    example: { text: '2024-07-15 14:00 BRT', instant: '2024-07-15T17:00:00Z' },
  },
  {
    abbreviation: 'PT',
    zone: 'America/Los_Angeles',
    note: 'US Pacific time, either season: follows daylight saving time.',
    example: { text: '2024-07-15 14:00 PT', instant: '2024-07-15T21:00:00Z' },
  },
  {
    abbreviation: 'MT',
    zone: 'America/Denver',
    note: 'US Mountain time, either season.',
    example: { text: '2024-01-15 14:00 MT', instant: '2024-01-15T21:00:00Z' },
  },
  {
    abbreviation: 'CT',
    zone: 'America/Chicago',
    note: 'US Central time, either season.',
    example: { text: '2024-07-15 14:00 CT', instant: '2024-07-15T19:00:00Z' },
  },
  {
    abbreviation: 'ET',
    zone: 'America/New_York',
    note: 'US Eastern time, either season.',
    example: { text: '2024-01-15 14:00 ET', instant: '2024-01-15T19:00:00Z' },
  },
  {
    abbreviation: 'WET',
    offset: 0,
    region: 'Europe/Lisbon',
    other: 'WEST',
    note: 'Western European Time (Portugal, the Canaries), winter.',
    example: { text: '2024-01-15 14:00 WET', instant: '2024-01-15T14:00:00Z' },
  },
  {
    abbreviation: 'WEST',
    offset: 60,
    region: 'Europe/Lisbon',
    other: 'WET',
    note: 'Western European Summer Time.',
    example: { text: '2024-07-15 14:00 WEST', instant: '2024-07-15T13:00:00Z' },
  },
  {
    abbreviation: 'BST',
    offset: 60,
    region: 'Europe/London',
    other: 'GMT',
    note: "British Summer Time; also Bangladesh Standard Time: decided by the document's zone.",
    example: { text: '2024-07-15 14:00 BST', documentZone: 'Europe/London', instant: '2024-07-15T13:00:00Z' },
  },
  {
    abbreviation: 'BST',
    offset: 360,
    region: 'Asia/Dhaka',
    note: 'Bangladesh Standard Time; also British Summer Time.',
    example: { text: '2024-07-15 14:00 BST', documentZone: 'Asia/Dhaka', instant: '2024-07-15T08:00:00Z' },
  },
  {
    abbreviation: 'IST',
    offset: 330,
    region: 'Asia/Kolkata',
    note: "India Standard Time; also Irish Standard Time and Israel Standard Time: decided by the document's zone.",
    example: { text: '2024-01-15 14:00 IST', documentZone: 'Asia/Kolkata', instant: '2024-01-15T08:30:00Z' },
  },
  {
    abbreviation: 'IST',
    offset: 60,
    region: 'Europe/Dublin',
    other: 'GMT',
    note: "Irish Standard Time, Ireland's summer time; also India and Israel.",
    example: { text: '2024-07-15 14:00 IST', documentZone: 'Europe/Dublin', instant: '2024-07-15T13:00:00Z' },
  },
  {
    abbreviation: 'IST',
    offset: 120,
    region: 'Asia/Jerusalem',
    other: 'IDT',
    note: 'Israel Standard Time, winter; also India and Ireland.',
    example: { text: '2024-01-15 14:00 IST', documentZone: 'Asia/Jerusalem', instant: '2024-01-15T12:00:00Z' },
  },
  {
    abbreviation: 'IDT',
    offset: 180,
    region: 'Asia/Jerusalem',
    other: 'IST',
    note: 'Israel Daylight Time.',
    example: { text: '2024-07-15 14:00 IDT', instant: '2024-07-15T11:00:00Z' },
  },
  {
    abbreviation: 'CET',
    offset: 60,
    region: 'Europe/Berlin',
    other: 'CEST',
    note: 'Central European Time, winter.',
    example: { text: '2024-01-15 14:00 CET', instant: '2024-01-15T13:00:00Z' },
  },
  {
    abbreviation: 'CEST',
    offset: 120,
    region: 'Europe/Berlin',
    other: 'CET',
    note: 'Central European Summer Time.',
    example: { text: '2024-07-15 14:00 CEST', instant: '2024-07-15T12:00:00Z' },
  },
  {
    abbreviation: 'MEZ',
    offset: 60,
    region: 'Europe/Berlin',
    other: 'MESZ',
    note: 'Mitteleuropäische Zeit, German for CET (winter).',
    example: { text: '2024-01-15 14:00 MEZ', instant: '2024-01-15T13:00:00Z' },
  },
  {
    abbreviation: 'MESZ',
    offset: 120,
    region: 'Europe/Berlin',
    other: 'MEZ',
    note: 'Mitteleuropäische Sommerzeit, German for CEST (summer).',
    example: { text: '2024-07-15 14:00 MESZ', instant: '2024-07-15T12:00:00Z' },
  },
  {
    abbreviation: 'EET',
    offset: 120,
    region: 'Europe/Athens',
    other: 'EEST',
    note: 'Eastern European Time, winter.',
    example: { text: '2024-01-15 14:00 EET', instant: '2024-01-15T12:00:00Z' },
  },
  {
    abbreviation: 'EEST',
    offset: 180,
    region: 'Europe/Athens',
    other: 'EET',
    note: 'Eastern European Summer Time.',
    example: { text: '2024-07-15 14:00 EEST', instant: '2024-07-15T11:00:00Z' },
  },
  {
    abbreviation: 'MSK',
    offset: 180,
    note: 'Moscow Time, all year.',
    example: { text: '2024-07-15 14:00 MSK', instant: '2024-07-15T11:00:00Z' },
  },
  {
    abbreviation: 'NPT',
    offset: 345,
    note: 'Nepal Time, UTC+5:45.',
    example: { text: '2024-07-15 14:00 NPT', instant: '2024-07-15T08:15:00Z' },
  },
  {
    abbreviation: 'SGT',
    offset: 480,
    note: 'Singapore Time.',
    example: { text: '2024-07-15 14:00 SGT', instant: '2024-07-15T06:00:00Z' },
  },
  {
    abbreviation: 'HKT',
    offset: 480,
    note: 'Hong Kong Time.',
    example: { text: '2024-07-15 14:00 HKT', instant: '2024-07-15T06:00:00Z' },
  },
  {
    abbreviation: 'AWST',
    offset: 480,
    note: 'Australian Western Standard Time, all year.',
    example: { text: '2024-07-15 14:00 AWST', instant: '2024-07-15T06:00:00Z' },
  },
  {
    abbreviation: 'JST',
    offset: 540,
    note: 'Japan Standard Time.',
    example: { text: '2024-07-15 14:00 JST', instant: '2024-07-15T05:00:00Z' },
  },
  {
    abbreviation: 'KST',
    offset: 540,
    note: 'Korea Standard Time.',
    example: { text: '2024-07-15 14:00 KST', instant: '2024-07-15T05:00:00Z' },
  },
  {
    abbreviation: 'ACST',
    offset: 570,
    note: 'Australian Central Standard Time; the Northern Territory keeps it all year, so its season is not checked.',
    example: { text: '2024-07-15 14:00 ACST', instant: '2024-07-15T04:30:00Z' },
  },
  {
    abbreviation: 'ACDT',
    offset: 630,
    region: 'Australia/Adelaide',
    other: 'ACST',
    note: "Australian Central Daylight Time (South Australia's summer).",
    example: { text: '2024-01-15 14:00 ACDT', instant: '2024-01-15T03:30:00Z' },
  },
  {
    abbreviation: 'AEST',
    offset: 600,
    note: 'Australian Eastern Standard Time; Queensland keeps it all year, so its season is not checked.',
    example: { text: '2024-07-15 14:00 AEST', instant: '2024-07-15T04:00:00Z' },
  },
  {
    abbreviation: 'AEDT',
    offset: 660,
    region: 'Australia/Sydney',
    other: 'AEST',
    note: 'Australian Eastern Daylight Time.',
    example: { text: '2024-01-15 14:00 AEDT', instant: '2024-01-15T03:00:00Z' },
  },
  {
    abbreviation: 'LHST',
    offset: 630,
    region: 'Australia/Lord_Howe',
    other: 'LHDT',
    note: 'Lord Howe Standard Time, UTC+10:30.',
    example: { text: '2024-07-15 14:00 LHST', instant: '2024-07-15T03:30:00Z' },
  },
  {
    abbreviation: 'LHDT',
    offset: 660,
    region: 'Australia/Lord_Howe',
    other: 'LHST',
    note: 'Lord Howe Daylight Time, half an hour ahead of LHST.',
    example: { text: '2024-01-15 14:00 LHDT', instant: '2024-01-15T03:00:00Z' },
  },
  {
    abbreviation: 'NZST',
    offset: 720,
    region: 'Pacific/Auckland',
    other: 'NZDT',
    note: 'New Zealand Standard Time, winter.',
    example: { text: '2024-07-15 14:00 NZST', instant: '2024-07-15T02:00:00Z' },
  },
  {
    abbreviation: 'NZDT',
    offset: 780,
    region: 'Pacific/Auckland',
    other: 'NZST',
    note: 'New Zealand Daylight Time.',
    example: { text: '2024-01-15 14:00 NZDT', instant: '2024-01-15T01:00:00Z' },
  },
  {
    abbreviation: 'CHAST',
    offset: 765,
    region: 'Pacific/Chatham',
    other: 'CHADT',
    note: 'Chatham Standard Time, UTC+12:45.',
    example: { text: '2024-07-15 14:00 CHAST', instant: '2024-07-15T01:15:00Z' },
  },
  {
    abbreviation: 'CHADT',
    offset: 825,
    region: 'Pacific/Chatham',
    other: 'CHAST',
    note: 'Chatham Daylight Time, UTC+13:45.',
    example: { text: '2024-01-15 14:00 CHADT', instant: '2024-01-15T00:15:00Z' },
  },
  {
    abbreviation: 'WIB',
    offset: 420,
    note: 'Western Indonesia Time (Waktu Indonesia Barat: Jakarta, Sumatra), all year.',
    example: { text: '2024-07-15 14:00 WIB', instant: '2024-07-15T07:00:00Z' },
  },
  {
    abbreviation: 'WITA',
    offset: 480,
    note: 'Central Indonesia Time (Waktu Indonesia Tengah: Bali, Sulawesi), all year.',
    example: { text: '2024-07-15 14:00 WITA', instant: '2024-07-15T06:00:00Z' },
  },
  {
    abbreviation: 'WIT',
    offset: 540,
    note: 'Eastern Indonesia Time (Waktu Indonesia Timur: Papua), all year.',
    example: { text: '2024-07-15 14:00 WIT', instant: '2024-07-15T05:00:00Z' },
  },
  {
    abbreviation: 'PKT',
    offset: 300,
    note: 'Pakistan Standard Time, all year.',
    example: { text: '2024-07-15 14:00 PKT', instant: '2024-07-15T09:00:00Z' },
  },
  {
    abbreviation: 'ICT',
    offset: 420,
    note:
      'Indochina Time (Thailand, Vietnam, Cambodia, Laos), all year. Also short for information and ' +
      'communication technology: read as a zone only right after a time, and a timeline in another ' +
      'zone is told it mixes zones.',
    example: { text: '2024-07-15 14:00 ICT', instant: '2024-07-15T07:00:00Z' },
  },
  {
    abbreviation: 'GST',
    offset: 240,
    region: 'Asia/Dubai',
    note: "Gulf Standard Time (UAE, Oman); also South Georgia Time (UTC-2): decided by the document's zone.",
    example: { text: '2024-07-15 14:00 GST', documentZone: 'Asia/Dubai', instant: '2024-07-15T10:00:00Z' },
  },
  {
    abbreviation: 'GST',
    offset: -120,
    region: 'Atlantic/South_Georgia',
    note: 'South Georgia Time; also Gulf Standard Time.',
    example: {
      text: '2024-07-15 14:00 GST',
      documentZone: 'Atlantic/South_Georgia',
      instant: '2024-07-15T16:00:00Z',
    },
  },
  {
    abbreviation: 'WAT',
    offset: 60,
    note: 'West Africa Time (Nigeria, Angola, Cameroon), all year.',
    example: { text: '2024-07-15 14:00 WAT', instant: '2024-07-15T13:00:00Z' },
  },
  {
    abbreviation: 'SAST',
    offset: 120,
    note:
      'South Africa Standard Time, all year. Also short for static application security testing: read as a ' +
      'zone only right after a time, and a timeline in another zone is told it mixes zones.',
    example: { text: '2024-07-15 14:00 SAST', instant: '2024-07-15T12:00:00Z' },
  },
  {
    abbreviation: 'EAT',
    offset: 180,
    note: 'East Africa Time (Kenya, Ethiopia, Tanzania), all year; only upper case, `eat` is a word.',
    example: { text: '2024-07-15 14:00 EAT', instant: '2024-07-15T11:00:00Z' },
  },
  {
    abbreviation: 'AST',
    offset: -240,
    region: 'America/Halifax',
    note:
      "Atlantic Standard Time (Canada's Maritimes in winter, Puerto Rico all year, so its season is not checked); " +
      "also Arabia Standard Time (UTC+3): decided by the document's zone.",
    example: { text: '2024-01-15 14:00 AST', documentZone: 'America/Halifax', instant: '2024-01-15T18:00:00Z' },
  },
  {
    abbreviation: 'AST',
    offset: 180,
    region: 'Asia/Riyadh',
    note: 'Arabia Standard Time (Saudi Arabia, Iraq, Kuwait, Qatar), all year; also Atlantic Standard Time.',
    example: { text: '2024-07-15 14:00 AST', documentZone: 'Asia/Riyadh', instant: '2024-07-15T11:00:00Z' },
  },
  {
    abbreviation: 'ADT',
    offset: -180,
    region: 'America/Halifax',
    other: 'AST',
    note: "Atlantic Daylight Time, Canada's Maritimes in summer.",
    example: { text: '2024-07-15 14:00 ADT', instant: '2024-07-15T17:00:00Z' },
  },
];

/**
 * Upper-case words that look like zone abbreviations after a time but are not: an unknown
 * abbreviation is reported (`09:30 XYZT` gets no instant), these are read as the entry's words.
 */
export const NOT_ZONES: readonly { readonly words: string; readonly note: string; readonly example: string }[] = [
  {
    words: 'GET PUT POST HEAD PATCH',
    note: 'HTTP methods open a logged request.',
    example: '14:02 GET /health returned 503',
  },
  {
    words: 'ALERT START RESTART FIRST LAST TEST DNS API CDN CRIT EVENT EXIT HALT HOST WAIT',
    note: 'Shouted words and acronyms of what happened.',
    example: '14:02 ALERT fired for checkout',
  },
];
