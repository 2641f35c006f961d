import { testRule } from '../../support/ruleTester';

/** A postmortem with this front matter, whose first line is line 2. */
function withFrontMatter(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n# Title\n`;
}

const STATUSES = 'draft, in-review, reviewed, published, closed';
const SEVERITIES = 'SEV1, SEV2, SEV3, SEV4';
const malformedDate = (date: string) => `Malformed date "${date}": expected a real date as YYYY-MM-DD`;
const OWN_SCALE = { severityScale: ['P0', 'P1'], statusValues: ['open', 'done'] };

testRule('front-matter', {
  valid: [
    {
      name: 'the recommended front matter',
      text: withFrontMatter(
        'type: postmortem',
        'title: Checkout API returned 503s',
        'id: INC-2025-014',
        'status: draft',
        'severity: SEV2',
        'date: 2025-01-05',
        'timezone: UTC',
        'authors: [alice, bob]',
        'owner: alice',
        'services: [checkout-api]',
        'tags: [database, config-change]',
        'related: [INC-2024-101]',
        'custom-field: {anything: goes}',
      ),
    },
    {
      name: 'values in another case, a single value for a list field, empty values and post-mortem',
      text: withFrontMatter(
        'status: Draft',
        'severity: sev1',
        'authors: alice',
        'tags:',
        'type: Post-Mortem',
        'id: 14',
      ),
    },
    { name: 'no front matter', text: '# Title\n' },
    {
      name: 'the configured scale and status values',
      text: withFrontMatter('severity: P1', 'status: done'),
      config: OWN_SCALE,
    },
    { name: 'a leap day', text: withFrontMatter('date: 2024-02-29') },
  ],
  invalid: [
    {
      name: 'invalid YAML, at its position',
      text: withFrontMatter('title: a', 'title: b'),
      errors: [{ message: 'Invalid front matter: "title" is written twice; keep one', line: 3 }],
    },
    {
      name: 'a title that holds a colon, with the quoted line to write',
      text: withFrontMatter('title: Queue stall: orders stuck', 'status: draft'),
      errors: [
        {
          message:
            'Invalid front matter: the value of "title" holds ": ", which YAML reads as a key; ' +
            'quote it: title: "Queue stall: orders stuck"',
          line: 2,
        },
      ],
    },
    {
      name: 'an owner written as a handle, unquoted',
      text: withFrontMatter('owner: @alice'),
      errors: [
        { message: 'Invalid front matter: a value cannot start with "@" unless quoted: owner: "@alice"', line: 2 },
      ],
    },
    {
      name: 'a list never closed',
      text: withFrontMatter('authors: [alice, bob', 'status: draft'),
      errors: [{ message: 'Invalid front matter: a list opened with "[" is not closed with "]" on its line', line: 2 }],
    },
    {
      name: 'a line with no colon after its key',
      text: withFrontMatter('status: draft', 'date 2025-01-01', 'id: INC-1'),
      errors: [
        {
          message:
            'Invalid front matter: a line is not "key: value" (a colon and a space after the key): date 2025-01-01',
          line: 3,
        },
      ],
    },
    {
      name: 'an unknown status with the allowed values, fixed when obvious',
      text: withFrontMatter('status: in reveiw'),
      errors: [
        {
          message: `Unknown status "in reveiw"; expected one of: ${STATUSES}`,
          line: 2,
          column: 9,
          flagged: 'in reveiw',
          severity: 'error',
        },
      ],
      output: withFrontMatter('status: in-review'),
    },
    {
      name: "a value of the list spelled with other separators: a warning, fixed to the list's spelling",
      text: withFrontMatter('status: in review'),
      errors: [
        {
          message:
            'status "in review" is "in-review" written another way; write it as the list does, so that metrics count ' +
            'it with the others',
          line: 2,
          column: 9,
          flagged: 'in review',
          severity: 'warning',
        },
      ],
      output: withFrontMatter('status: in-review'),
    },
    {
      name: 'an unknown status, not fixed when unclear',
      text: withFrontMatter('status: wip'),
      errors: [{ message: `Unknown status "wip"; expected one of: ${STATUSES}`, line: 2 }],
    },
    {
      name: 'a severity spelled with a blank or a dash, fixed keeping its quotes',
      text: withFrontMatter('severity: "sev 2"'),
      errors: [
        {
          message:
            'severity "sev 2" is "SEV2" written another way; write it as the list does, so that metrics count it ' +
            'with the others',
          line: 2,
          severity: 'warning',
        },
      ],
      output: withFrontMatter('severity: "SEV2"'),
    },
    {
      name: 'a severity given as a number',
      text: withFrontMatter('severity: 3'),
      errors: [{ message: `Unknown severity "3"; expected one of: ${SEVERITIES}`, line: 2 }],
      output: withFrontMatter('severity: SEV3'),
    },
    {
      name: 'an unknown severity, not fixed when unclear',
      text: withFrontMatter('severity: critical'),
      errors: [{ message: `Unknown severity "critical"; expected one of: ${SEVERITIES}`, line: 2 }],
    },
    {
      name: 'values outside the configured scale and status values',
      text: withFrontMatter('severity: SEV1', 'status: draft'),
      config: OWN_SCALE,
      errors: [
        { message: 'Unknown severity "SEV1"; expected one of: P0, P1', line: 2, flagged: 'SEV1' },
        { message: 'Unknown status "draft"; expected one of: open, done', line: 3, flagged: 'draft' },
      ],
    },
    {
      name: 'a malformed date, fixed when obvious',
      text: withFrontMatter('date: 2025/1/5'),
      errors: [{ message: malformedDate('2025/1/5'), line: 2 }],
      output: withFrontMatter('date: 2025-01-05'),
    },
    {
      name: 'a date with a time',
      text: withFrontMatter('date: 2025-01-05T14:00Z'),
      errors: [{ message: malformedDate('2025-01-05T14:00Z'), line: 2 }],
      output: withFrontMatter('date: 2025-01-05'),
    },
    ...['2025-02-30', '2023-02-29', '2025-13-01', 'January 5', '20250105', '2025-1-5x'].map((date) => ({
      name: `an impossible or unclear date, not fixed: ${date}`,
      text: withFrontMatter(`date: ${date}`),
      errors: [{ message: malformedDate(date), line: 2 }],
    })),
    {
      name: 'a type other than postmortem, as a warning',
      text: withFrontMatter('type: incident'),
      errors: [{ message: '"type" is "incident"; a postmortem\'s type is "postmortem"', line: 2, severity: 'warning' }],
    },
    {
      name: 'a misspelt type, fixed',
      text: withFrontMatter('type: postmortum'),
      errors: [
        { message: '"type" is "postmortum"; a postmortem\'s type is "postmortem"', line: 2, severity: 'warning' },
      ],
      output: withFrontMatter('type: postmortem'),
    },
    {
      name: 'values of the wrong type, at the value',
      text: withFrontMatter('authors: {lead: alice}', 'tags: [[a]]', 'title: [a, b]', 'status: {x: 1}'),
      errors: [
        { message: '"authors" must be a list of values or a single value', line: 2 },
        { message: '"tags" must be a list of values or a single value', line: 3 },
        { message: '"title" must be a single value, not a list', line: 4 },
        { message: '"status" must be a single value, not a mapping', line: 5 },
      ],
    },
  ],
});
