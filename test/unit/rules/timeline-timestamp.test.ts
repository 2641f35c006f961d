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
      name: 'offsets out of range, which timeline-timezone reports',
      text: [...UTC_DOC, '- 14:00 UTC+15: a', '- 14:05 UTC+123 b'].join('\n'),
    },
  ],
  invalid: [
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
      name: 'silenced inline',
      text: SILENCED_TIMESTAMP,
      errors: [{ message: 'Impossible time "13:07 PM": 13 is not an hour on a 12-hour clock', line: 11 }],
      output: SILENCED_TIMESTAMP.replace('13:07 PM', '13:07'),
    },
  ],
});
