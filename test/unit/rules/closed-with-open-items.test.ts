import { testRule } from '../../support/ruleTester';

const document = (status: string, ...items: string[]) =>
  [
    '---',
    `status: ${status}`,
    'date: 2025-01-05',
    '---',
    '# Checkout 503s',
    '',
    '## Action items',
    '',
    ...items,
    '',
  ].join('\n');

testRule('closed-with-open-items', {
  valid: [
    {
      name: 'a closed postmortem whose items are all done',
      text: document(
        'closed',
        '- [x] Revert the pool size. Owner: @alice',
        '- [x] Alert on saturation. Owner: @bob (done 2025-01-20)',
      ),
    },
    {
      name: 'a published postmortem with open items',
      text: document('published', '- [ ] Alert on saturation. Owner: @bob, due 2025-02-01'),
    },
    { name: 'a closed postmortem with no action items', text: document('closed') },
    {
      name: 'no front matter',
      text: [
        '# Checkout 503s',
        '',
        'Status: closed',
        '',
        '## Action items',
        '',
        '- [ ] Alert on saturation. Owner: @bob',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a closed postmortem with one open item, on the status value',
      text: document(
        'closed',
        '- [x] Revert the pool size. Owner: @alice',
        '- [ ] Alert on saturation. Owner: @bob, due 2025-02-01',
      ),
      errors: [
        {
          message: 'Status is "closed" but 1 action item is still open (line 10)',
          line: 2,
          column: 9,
          flagged: 'closed',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'any case, and every open item counted: a table row and a bullet',
      text: document(
        'Closed',
        '| Action | Owner | Status |',
        '| --- | --- | --- |',
        '| Cap retries | @bob | Open |',
        '| Shard the queue | @carol | Done |',
        '',
        '- Alert on saturation. Owner: @dave',
      ),
      errors: [
        { message: 'Status is "closed" but 2 action items are still open (lines 11, 14)', line: 2, flagged: 'Closed' },
      ],
    },
    {
      name: 'the configured severity',
      text: document('closed', '- [ ] Alert on saturation. Owner: @bob'),
      config: { rules: { 'closed-with-open-items': 'error' } },
      errors: [{ message: /1 action item is still open/, line: 2, severity: 'error' }],
    },
  ],
});
