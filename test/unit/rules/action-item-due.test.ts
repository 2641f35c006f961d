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

atTime(Date.UTC(2025, 1, 1), {
  invalid: [
    {
      name: 'an item due in words that name no day, told so; TBD set off alone may be the owner',
      text: actionItems(
        '- Add an alert, due ASAP. Owner: @alice',
        '- Cap retries \u2014 @bob \u2014 next sprint',
        '- Shard the queue (ETA: next release) @carol',
        '- Rotate the keys \u2014 TBD',
      ),
      errors: [
        { message: 'Action item\'s due "ASAP" names no day: write the date it is due', line: 5 },
        { message: 'Action item\'s due "next sprint" names no day: write the date it is due', line: 6 },
        { message: 'Action item\'s due "next release" names no day: write the date it is due', line: 7 },
        { message: 'Action item has no due date', line: 8 },
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

const SAID_DONE = actionItems(
  '- [ ] Add a cert expiry alert (@alice) (done 2026-11-10)',
  '- [ ] Rotate the keys @bob, completed 2026-11-12',
  '',
  '| Action | Owner | Status |',
  '| --- | --- | --- |',
  '| Cap retries (closed 2026-11-02) | @carol | Open |',
);

atTime(Date.UTC(2026, 11, 5), {
  valid: [
    {
      name: 'a done date set off as a remark marks an item with no box done; one told in its sentence does not count',
      text: actionItems(
        '- Add a cert expiry alert (@alice) (done 2026-11-10)',
        '- Shard the queue \u2014 @bob, shipped on November 3, 2026',
        '- [ ] Verify the fix deployed 2026-11-02 holds under load (@carol, due 2026-12-20)',
      ),
    },
  ],
  invalid: [
    {
      name: 'an open box or status cell beside a done date: info at the box or cell, not "no due date"',
      text: SAID_DONE,
      errors: [
        {
          message: 'Action item says done on 2026-11-10 but its box is unchecked; check the box or remove the date',
          line: 5,
          flagged: '[ ]',
          severity: 'info',
          fix: 'Check the box',
        },
        {
          message: 'Action item says done on 2026-11-12 but its box is unchecked; check the box or remove the date',
          line: 6,
          flagged: '[ ]',
          severity: 'info',
        },
        {
          message: 'Action item says done on 2026-11-02 but its status says open; mark it done or remove the date',
          line: 10,
          flagged: 'Open',
          severity: 'info',
          fix: 'Mark it done',
        },
      ],
      output: SAID_DONE.replace(/\[ \]/g, '[x]').replace('| Open |', '| Done |'),
    },
  ],
});

atTime(Date.UTC(2026, 11, 5), {
  valid: [
    {
      name: 'done said outside brackets, or in a bracket that holds more, is no remark that the item is done',
      text: actionItems(
        '- [ ] Make sure the migration is done (by 2026-12-20)',
        '- [ ] Add a done flag to the jobs, due 2026-12-20',
        '- [ ] Verify the fix (done by Carol in staging) holds in production, due 2026-12-20',
      ),
    },
  ],
  invalid: [
    {
      name: 'an open box beside a bare "(done)", "[fixed]" or a tick: info at the box, not "no due date"',
      text: actionItems(
        '- [ ] Add a cert expiry alert (done)',
        '- [ ] Rotate the keys @bob [fixed]',
        '- [ ] Add a runbook (@bob) \u2705',
      ),
      errors: [
        {
          message: 'Action item says done but its box is unchecked; check the box or remove the remark',
          line: 5,
          flagged: '[ ]',
          severity: 'info',
          fix: 'Check the box',
        },
        {
          message: 'Action item says done but its box is unchecked; check the box or remove the remark',
          line: 6,
          flagged: '[ ]',
          severity: 'info',
        },
        {
          message: 'Action item says done but its box is unchecked; check the box or remove the remark',
          line: 7,
          flagged: '[ ]',
          severity: 'info',
        },
      ],
      output: actionItems(
        '- [x] Add a cert expiry alert (done)',
        '- [x] Rotate the keys @bob [fixed]',
        '- [x] Add a runbook (@bob) \u2705',
      ),
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
