import { setClock } from '../../../src/core/util/clock';
import { type RuleCases, testRule } from '../../support/ruleTester';
import { actionItems } from './texts';

/** The rule's cases with today set by the injected clock. */
function atTime(now: number, cases: RuleCases): void {
  describe(`with the clock at ${new Date(now).toISOString()}`, () => {
    before(() => setClock(() => now));
    after(() => setClock());
    testRule('action-item-due', cases);
  });
}

const DUE_AND_DONE = actionItems('- Cap retries, due 2025-03-01', '- Shard the queue (done), due 2024-01-01');

atTime(Date.UTC(2025, 0, 1), {
  valid: [
    {
      name: 'the due date of a Due column',
      text: actionItems('| Action | Due |', '| --- | --- |', '| Cap retries | Mar 1, 2025 |'),
    },
  ],
});

atTime(Date.UTC(2025, 1, 1), {
  invalid: [
    {
      name: 'an open item without a due date, as a warning',
      text: actionItems('- Add an alert. Owner: @alice', '- Cap retries, due 2025-03-01', '- [x] Revert the config'),
      errors: [
        {
          message: 'Action item has no due date',
          line: 5,
          flagged: '- Add an alert. Owner: @alice',
          severity: 'warning',
        },
      ],
    },
  ],
});

atTime(Date.UTC(2025, 2, 1, 23, 59), {
  valid: [{ name: 'an item due today, and a done item past due', text: DUE_AND_DONE }],
});

atTime(Date.UTC(2025, 2, 2), {
  invalid: [
    {
      name: 'an open item whose due date has passed, as info',
      text: DUE_AND_DONE,
      errors: [{ message: 'Action item is past due (2025-03-01)', line: 5, severity: 'info' }],
    },
  ],
});

atTime(Date.UTC(2026, 10, 16), {
  valid: [
    {
      name: 'a due date without a year, read by the front matter date, not yet passed',
      text: `---\ndate: 2026-10-20\n---\n${actionItems('- Cap retries by Nov 30', '- Shard the queue by Fri, Dec 4')}`,
    },
  ],
  invalid: [
    {
      name: 'a due date without a year and no front matter date: the year is missing',
      text: actionItems('- Cap retries by Nov 30'),
      errors: [
        {
          message: `Action item's due date "Nov 30" has no year: add one, or date: to the front matter`,
          line: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a due date without a year read by the front matter date, passed',
      text: `---\ndate: 2026-10-20\n---\n${actionItems('- Cap retries by Nov 15', '- Add an alert by Friday')}`,
      errors: [
        { message: 'Action item is past due (2026-11-15)', line: 8, severity: 'info' },
        { message: 'Action item is past due (2026-10-23)', line: 9, severity: 'info' },
      ],
    },
  ],
});
