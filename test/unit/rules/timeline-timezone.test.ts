import { testRule } from '../../support/ruleTester';
import { DATED, SILENCED_TIMESTAMP, UTC_DOC, zonedTimeline } from './texts';

const LONDON_SUMMER = ['---', 'date: 2025-07-05', 'timezone: Europe/London', '---'];
const LONDON_WINTER = ['---', 'date: 2025-01-05', 'timezone: Europe/London', '---', '# Checkout 503s', ''];
const HALF_ZONED = [...DATED, '## Timeline ##', '', '- 14:00 UTC a', '- 14:10 b'].join('\n');
const WHERE_TO_NAME_IT =
  'name it in the heading ("Timeline (all times UTC)"), in a line such as "All times in ' +
  'UTC", or as `timezone:` in the front matter';
const notAnOffset = (offset: string) => `${offset} is not a UTC offset (they run from UTC-12:00 to UTC+14:00)`;

testRule('timeline-timezone', {
  valid: [
    {
      name: 'a zone from the heading',
      text: [...LONDON_SUMMER, '## Timeline (times in BST)', '', '- 14:00 a'].join('\n'),
    },
    {
      name: 'a zone from a line',
      text: [...DATED, '## Timeline', '', 'All times in GMT+2', '', '- 14:00 a'].join('\n'),
    },
    {
      name: 'a zone from a column',
      text: [...DATED, '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 14:00 | a |'].join('\n'),
    },
    {
      name: 'a zone from the front matter',
      text: ['---', 'timezone: Europe/Berlin', '---', '## Timeline', '', '- 14:00 a'].join('\n'),
    },
    { name: 'a zone from the configuration', text: '## Timeline\n\n- 14:00 a', config: { timezone: 'UTC' } },
    {
      name: 'MST in summer where it is kept all year',
      text: ['## Timeline (all times MST) 7/5/2023', '', '12:11 PM: Arizona keeps MST all year'].join('\n'),
    },
    { name: 'a range alone is no doubt', text: [...UTC_DOC, '- 10:00-10:30 a', '- 11:00 b'].join('\n') },
    {
      name: "a zone word before more words in the timeline's own region, and zone words standing alone",
      text: [
        '---',
        'date: 2024-06-05',
        'timezone: America/Los_Angeles',
        '---',
        '## Timeline',
        '',
        '- 14:05 Pacific region failover',
        '- 14:10 Pacific: paged',
        '- 1415 PST8PDT rolled back',
      ].join('\n'),
    },
    {
      name: "one region's seasons across a clock change",
      text: ['---', 'date: 2024-03-30', '---', '## Timeline', '', '- 23:30 CET deploy', '- 03:00 CEST rollback'].join(
        '\n',
      ),
    },
    { name: 'impossible times', text: SILENCED_TIMESTAMP },
  ],
  invalid: [
    {
      name: 'a timeline with no zone, once, on its heading, with the count',
      text: [...DATED, '## Timeline', '', '- 14:00 a', '- 14:10 b', '- 2025-01-06 - date only'].join('\n'),
      errors: [{ message: `No time zone for the 2 timeline entries in "Timeline": ${WHERE_TO_NAME_IT}`, line: 6 }],
    },
    {
      name: 'the zone named in the heading when the entries that have one agree',
      text: HALF_ZONED,
      errors: [
        {
          message: `1 timeline entry of 2 in "Timeline" has no time zone (the others say UTC): ${WHERE_TO_NAME_IT}`,
          line: 6,
        },
      ],
      output: HALF_ZONED.replace('## Timeline ##', '## Timeline (all times UTC) ##'),
    },
    {
      name: 'mixed zones, once, on the first entry in another zone',
      text: [...DATED, '## Timeline (all times UTC)', '', '- 14:00 a', '- 06:10 PST b', '- 06:20 PST c'].join('\n'),
      errors: [
        {
          message:
            'Mixed time zones in one timeline: 06:10 PST is in PST (-08:00), 14:00 in UTC; write every ' +
            'time in one zone',
          line: 9,
          flagged: 'PST',
        },
      ],
    },
    {
      name: 'mixed zones in different regions',
      text: [...UTC_DOC, '- 14:00 CEST a', '- 14:10 PDT b'].join('\n'),
      errors: [
        {
          message:
            'Mixed time zones in one timeline: 14:10 PDT is in PDT (-07:00), 14:00 CEST in CEST ' +
            '(+02:00); write every time in one zone',
          line: 10,
        },
      ],
    },
    {
      name: "mixed zones, on the first entry that is not in the first one's region, not on its own season",
      text: [
        '---',
        'date: 2024-10-26',
        'timezone: Europe/Berlin',
        '---',
        '## Timeline',
        '',
        '- 23:40 a',
        '- 02:45 CET b',
        '- 14:02 UTC c',
      ].join('\n'),
      errors: [
        {
          message:
            'Mixed time zones in one timeline: 14:02 UTC is in UTC, 23:40 in Europe/Berlin; write every time in ' +
            'one zone',
          line: 9,
          flagged: 'UTC',
        },
      ],
    },
    {
      name: 'a standard-time abbreviation in summer, as info',
      text: ['## Timeline (all times PST) 7/5/2023', '', '12:11 PM: a', '', '12:18 PM: b'].join('\n'),
      errors: [
        {
          message:
            'PST is not the zone in use on 2023-07-05: that day the region was on PDT; the times are ' +
            'read as PST, UTC-08:00',
          line: 1,
          severity: 'info',
        },
      ],
    },
    {
      name: 'a summer-time abbreviation in winter',
      text: [...LONDON_WINTER, '## Timeline (times in BST)', '', '- 14:00 a'].join('\n'),
      errors: [
        {
          message:
            'BST is not the zone in use on 2025-01-05: that day the region was on GMT; the times are ' +
            'read as BST, UTC+01:00',
          line: 7,
        },
      ],
    },
    {
      name: 'offsets it cannot read, never read as UTC',
      text: [...UTC_DOC, '- 14:00 UTC+15: a', '- 14:05 UTC+123 b'].join('\n'),
      errors: [
        { message: notAnOffset('UTC+15'), line: 9 },
        { message: notAnOffset('UTC+123'), line: 10 },
      ],
    },
    {
      name: 'an abbreviation it does not know',
      text: [...UTC_DOC, '- 09:30 XKT deploy'].join('\n'),
      errors: [{ message: /^XKT is a time zone abbreviation this tool does not know/, line: 9 }],
    },
    {
      name: 'an abbreviation of several zones that the document zone does not decide',
      text: zonedTimeline('UTC', '2024-01-15', '14:00 IST deploy').join('\n'),
      errors: [
        {
          message: /^IST could be Asia\/Kolkata \(UTC\+05:30\), Europe\/Dublin \(UTC\+01:00\) or Asia\/Jerusalem/,
          line: 7,
        },
      ],
    },
    {
      name: 'a zone word that may begin the description, in a timeline of another zone',
      text: [...UTC_DOC, '- 14:05 Pacific region failover'].join('\n'),
      errors: [
        { message: /^"Pacific" after 14:05 may name Pacific time \(America\/Los_Angeles\)/, line: 9, column: 9 },
      ],
    },
    {
      name: 'a POSIX TZ string whose daylight saving rules are not written',
      text: [...UTC_DOC, '- 14:05 CET-1CEST deploy'].join('\n'),
      errors: [{ message: /^CET-1CEST is a POSIX TZ string/, line: 9, column: 9 }],
    },
    {
      name: 'a negative offset beside a range with nothing to decide it',
      text: ['---', 'date: 2024-06-05', '---', '## Timeline', '', '- 03:00 -04:00 a'].join('\n'),
      errors: [{ message: /is read as 03:00 at UTC-04:00; if 04:00 ends a range/, line: 6 }],
    },
  ],
});
