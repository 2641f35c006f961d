import { testRule } from '../../support/ruleTester';
import { DATED, SILENCED_TIMESTAMP } from './texts';

testRule('timeline-order', {
  valid: [
    {
      name: 'entries in different zones, compared as instants',
      text: [...DATED, '## Timeline', '', '- 14:00 UTC a', '- 07:30 PDT b'].join('\n'),
    },
    {
      name: 'midnight rollover',
      text: [...DATED, '## Timeline (all times UTC)', '', '- 23:50 a', '- 00:10 b', '- 00:20 c'].join('\n'),
    },
    {
      name: 'a new date',
      text: [
        '## Timeline (all times UTC)',
        '',
        '**2025-01-06**',
        '',
        '- 14:00 a',
        '',
        '**2025-01-07**',
        '',
        '- 09:00 b',
      ].join('\n'),
    },
    {
      name: 'entries in separate timelines',
      text: [
        ...DATED,
        '## Timeline (all times UTC)',
        '',
        '- 14:00 a',
        '',
        '## Response timeline (all times UTC)',
        '',
        '- 09:00 b',
      ].join('\n'),
    },
    {
      name: 'entries without a usable time are skipped',
      text: [...DATED, '## Timeline (all times UTC)', '', '- 14:00 a', '- 13:06 PM b', '- [???] c', '- 14:10 d'].join(
        '\n',
      ),
    },
    { name: 'impossible times', text: SILENCED_TIMESTAMP },
    {
      name: "a status page's updates, newest first",
      text: [
        ...DATED,
        '## Updates',
        '',
        '**08:53 UTC** - Resolved.',
        '**08:20 UTC** - Monitoring.',
        '**07:58 UTC** - Identified.',
        '**07:49 UTC** - Investigating.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an entry earlier than the one before it, naming both times',
      text: [
        '## Timeline',
        '',
        'All times in CEST',
        '',
        '### 2018-04-18 14:29',
        '',
        'a',
        '',
        '### 14:49',
        '',
        'b',
        '',
        '### 14:43',
        '',
        'c',
        '',
        '### 14:55',
        '',
        'd',
      ].join('\n'),
      errors: [{ message: 'Timeline entry at 14:43 is earlier than the entry before it (14:49)', line: 13 }],
    },
    {
      name: 'the entry that is too late when the rest are in order',
      text: [
        '## Timeline (all times UTC)',
        '',
        '| Day | Date (2022) | Time (UTC) | Event |',
        '|---|---|---|---|',
        '| Thur | Jan 20 | 22:40 | a |',
        '| Thur | Jan 20 | 22:06 | b |',
        '| Thur | Jan 20 | 22:07 | c |',
      ].join('\n'),
      errors: [{ message: 'Timeline entry at 22:40 is later than the entry after it (22:06)', line: 5 }],
    },
    {
      name: 'wall clocks compared when there is no zone or no date',
      text: ['## Timeline', '', '- 10:00 a', '- 09:58 b', '- 10:05 c'].join('\n'),
      errors: [{ message: 'Timeline entry at 09:58 is earlier than the entry before it (10:00)', line: 4 }],
    },
    {
      name: 'an entry out of place in a timeline written newest first, named in the order it is written',
      text: [
        ...DATED,
        '## Timeline (all times UTC)',
        '',
        '- 08:53 Resolved',
        '- 08:20 Monitoring',
        '- 08:31 Identified',
        '- 07:49 Investigating',
      ].join('\n'),
      errors: [
        {
          message:
            'Timeline entry at 08:20 is earlier than the entry after it (08:31), in a timeline written newest first',
          line: 9,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a dated list out of order: the sort offered as a suggestion, moving each entry whole',
      text: [
        ...DATED,
        '## Timeline (all times UTC)',
        '',
        '- 14:00 a',
        '- 14:20 c [detected]',
        '  more of c',
        '- 14:10 b',
      ].join('\n'),
      errors: [
        {
          message: 'Timeline entry at 14:10 is earlier than the entry before it (14:20)',
          line: 11,
          suggestions: [
            {
              title: 'Sort the timeline entries by time',
              output: [
                ...DATED,
                '## Timeline (all times UTC)',
                '',
                '- 14:00 a',
                '- 14:10 b',
                '- 14:20 c [detected]',
                '  more of c',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a table of rows in PST, its date in a metadata table: the rows sorted, each byte of each row kept',
      text: [
        '# Export stalled',
        '',
        '| Date | 2026-11-14 |',
        '| --- | --- |',
        '',
        '## Timeline',
        '',
        '| Time | Event |',
        '| --- | --- |',
        '| 09:40 PST | Alert  fires |',
        '| 09:20 PST | Workers stop |',
        '| 10:55 PST | Restarted |',
      ].join('\n'),
      errors: [
        {
          message: 'Timeline entry at 09:20 PST is earlier than the entry before it (09:40 PST)',
          line: 11,
          suggestions: [
            {
              title: 'Sort the timeline entries by time',
              output: [
                '# Export stalled',
                '',
                '| Date | 2026-11-14 |',
                '| --- | --- |',
                '',
                '## Timeline',
                '',
                '| Time | Event |',
                '| --- | --- |',
                '| 09:20 PST | Workers stop |',
                '| 09:40 PST | Alert  fires |',
                '| 10:55 PST | Restarted |',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'no sort offered for times with no date, which may be on the next day',
      text: ['## Timeline (all times UTC)', '', '- 23:50 a', '- 00:10 b', '- 00:05 c'].join('\n'),
      errors: [
        { message: 'Timeline entry at 00:05 is earlier than the entry before it (00:10)', line: 5, suggestions: [] },
      ],
    },
    {
      name: 'instants compared when entries are in different zones',
      text: [...DATED, '## Timeline', '', '- 14:00 UTC a', '- 06:30 PDT b'].join('\n'),
      errors: [{ message: 'Timeline entry at 06:30 PDT is earlier than the entry before it (14:00 UTC)', line: 9 }],
    },
  ],
});
