import { testRule } from '../../support/ruleTester';
import { SILENCED_TIMESTAMP, zonedTimeline } from './texts';

testRule('timeline-clock-change', {
  valid: [
    {
      name: 'an abbreviation says which of two instants',
      text: zonedTimeline('Europe/Berlin', '2024-10-27', '02:30 CET a').join('\n'),
    },
    { name: 'impossible times', text: SILENCED_TIMESTAMP },
  ],
  invalid: [
    {
      name: 'a time the clocks skipped, read as RFC 5545 says',
      text: zonedTimeline('America/New_York', '2024-03-10', '02:30 a').join('\n'),
      errors: [
        {
          message:
            '02:30 did not happen on 2024-03-10 in America/New_York (clocks went forward from ' +
            'UTC-05:00 to UTC-04:00): ' +
            'read as `03:30 UTC-04:00` (EDT), 07:30 UTC. ' +
            'Write the offset to say which instant, such as `02:30 UTC-05:00` (EST)',
          line: 7,
          flagged: '02:30',
        },
      ],
    },
    {
      name: 'a time the clocks showed twice, read as the first',
      text: zonedTimeline('Europe/Berlin', '2024-10-27', '02:30 a').join('\n'),
      errors: [
        {
          message:
            '02:30 happened twice on 2024-10-27 in Europe/Berlin (clocks went back from UTC+02:00 to UTC+01:00): ' +
            'read as the first, `02:30 UTC+02:00` (CEST), 00:30 UTC. ' +
            'Write the offset to say which: `02:30 UTC+02:00` (CEST) or `02:30 UTC+01:00` (CET)',
          line: 7,
        },
      ],
    },
  ],
});
