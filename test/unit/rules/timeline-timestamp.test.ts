import { testRule } from '../../support/ruleTester';
import { DATED, SILENCED_TIMESTAMP, UTC_DOC } from './texts';

const GIFT_CARDS = [
  ...DATED,
  '## Timeline (all times PDT)',
  '',
  '12:18 PM: Reply.',
  '',
  '13:06 PM: Four gift cards.',
].join('\n');
/** A timeline of dates in digits that read both ways, in a document with no date of its own. */
const EITHER_WAY = [
  '---',
  'timezone: UTC',
  '---',
  '## Timeline',
  '',
  '- 03/04/2024 09:00 Deploy',
  '- 03/04/2024 10:00 Alert',
  '',
  '### 05/06/2024',
  '',
  '- 12:00 Review',
].join('\n');
const unparseable = (time: string) =>
  `Unparseable time "${time}": write a time such as 14:32, 2:32 PM or 2025-01-05 14:32`;

testRule('timeline-timestamp', {
  valid: [
    {
      name: 'valid times, date-only entries, and times outside the timeline',
      text: [
        ...DATED,
        '## Summary',
        '',
        '13:06 PM is not in the timeline.',
        '',
        '## Timeline (all times UTC)',
        '',
        '- 2:32 PM a',
        '- 14:32:05 b',
        '- ~15:30-15:45 c',
        '- 2025-01-06 - d',
        '',
        '```',
        '13:06 PM in code',
        '```',
        '',
        '> 13:06 PM quoted',
      ].join('\n'),
    },
    { name: 'an impossible 12-hour time after its fix', text: GIFT_CARDS.replace('13:06 PM', '13:06') },
    {
      name: 'dates in digits that read both ways, decided by the days around them',
      text: [
        '---',
        'date: 2024-06-12',
        'timezone: UTC',
        '---',
        '## Timeline',
        '',
        '- [12-06 23:50] Crashloop introduced',
        '- 02/07/2024 09:00 Fixed',
      ].join('\n'),
    },
    { name: 'the same dates where one has a day over 12', text: `${EITHER_WAY}\n- 25/06/2024 09:00 Day first` },
    {
      name: 'offsets out of range, which timeline-timezone reports',
      text: [...UTC_DOC, '- 14:00 UTC+15: a', '- 14:05 UTC+123 b'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a timeline whose steps have no time at all, once, on the first step',
      text: ['# Outage', '', '## Timeline', '', '1. The JSON was merged.', '2. Users reported failures.', ''].join(
        '\n',
      ),
      errors: [
        {
          message:
            'No timeline step has a time, so none can be placed: write when each happened (~14:30 if approximate)',
          line: 5,
          severity: 'info',
        },
      ],
    },
    {
      name: 'a bullet or row with no time among timed ones, as info at its words',
      text: [
        ...UTC_DOC,
        '- 09:00 alert fires',
        '- Customer reports arrive',
        '  - first from the EU region',
        '- 09:20 on-call acknowledges',
        '',
        '| Time | Event |',
        '| --- | --- |',
        '| 10:00 | Rolled back |',
        '| 10:05 | Errors back to normal |',
        '| Between 10:10 and noon | Customers told |',
        '',
        'Notes:',
        '',
        '- Dashboards were slow',
        '- The runbook was out of date',
      ].join('\n'),
      errors: [
        {
          message: 'Timeline entry has no time, so it cannot be placed: write when it happened (~14:30 if approximate)',
          line: 10,
          flagged: 'Customer reports arrive',
          severity: 'info',
        },
        {
          message: 'No time in "Between 10:10 and noon", so the entry cannot be placed on the timeline',
          line: 18,
          severity: 'info',
        },
      ],
    },
    {
      name: 'an impossible 12-hour time, on the time, fixed',
      text: GIFT_CARDS,
      errors: [
        {
          message: 'Impossible time "13:06 PM": 13 is not an hour on a 12-hour clock',
          line: 10,
          flagged: '13:06 PM',
          fix: 'Replace "13:06 PM" with "13:06"',
        },
      ],
      output: GIFT_CARDS.replace('13:06 PM', '13:06'),
    },
    {
      name: 'impossible hours, minutes and dates, without a fix',
      text: [...DATED, '## Timeline (all times UTC)', '', '- 25:00 a', '- 14:61 b', '- 2023-02-30 10:00 c'].join('\n'),
      errors: [
        { message: 'Impossible time "25:00": 25 is not an hour (00-23)', line: 8 },
        { message: 'Impossible time "14:61": 61 is not a minute (00-59)', line: 9 },
        { message: 'Impossible date "2023-02-30 10:00": there is no February 30: February has 28 days', line: 10 },
      ],
    },
    {
      name: 'a placeholder where a time should be',
      text: [
        ...DATED,
        '## Timeline',
        '',
        '* [13:26] Restart',
        '* [???] Someone joins',
        '',
        '| Time | Event |',
        '|---|---|',
        '| TBD | x |',
      ].join('\n'),
      errors: [
        { message: unparseable('???'), line: 9 },
        { message: unparseable('TBD'), line: 13 },
      ],
    },
    {
      name: 'dates in digits that read both ways with nothing to decide them: a warning once per date, each reading',
      text: EITHER_WAY,
      errors: [
        {
          message:
            '"03/04/2024" may be March 4 or April 3: read as March 4 (month first), as no other date of the ' +
            'document and no day around it says which. Write it as `2024-03-04` or `2024-04-03`',
          line: 6,
          flagged: '03/04/2024',
          severity: 'warning',
          suggestions: [
            { title: 'Write the date as 2024-03-04', output: EITHER_WAY.replace('03/04/2024 09', '2024-03-04 09') },
            { title: 'Write the date as 2024-04-03', output: EITHER_WAY.replace('03/04/2024 09', '2024-04-03 09') },
          ],
        },
        {
          message:
            'The date "05/06/2024" above this entry may be May 6 or June 5: read as May 6 (month first), as no ' +
            'other date of the document and no day around it says which. Write it as `2024-05-06` or `2024-06-05`',
          line: 9,
          flagged: '05/06/2024',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'silenced inline',
      text: SILENCED_TIMESTAMP,
      errors: [{ message: 'Impossible time "13:07 PM": 13 is not an hour on a 12-hour clock', line: 11 }],
      output: SILENCED_TIMESTAMP.replace('13:07 PM', '13:07'),
    },
  ],
});
