import { testRule } from '../../support/ruleTester';

/** The workspace as the editor knows it: these ids, and these paths from the workspace's folder. */
const workspace = {
  ids: ['INC-2024-101', 'INC-2025-014'],
  names: (entry: string) =>
    ['INC-2024-101', 'INC-2025-014', 'postmortems/2024-11-19-eu-login-latency.md'].includes(entry),
};

const document = (related: string) => `---\ntitle: Checkout 503s\n${related}\n---\n# Checkout 503s\n`;

testRule('related-not-found', {
  valid: [
    {
      name: 'ids and a path of postmortems in the workspace',
      text: document('related: [INC-2024-101, postmortems/2024-11-19-eu-login-latency.md]'),
      workspace,
    },
    { name: 'a block list of ids', text: document('related:\n  - INC-2025-014'), workspace },
    { name: 'an empty list', text: document('related: []'), workspace },
    { name: 'on the command line, which does not know the workspace', text: document('related: [INC-404]') },
  ],
  invalid: [
    {
      name: 'an id a typo away from one in the workspace',
      text: document('related: [INC-2024-101, INC-2024-110]'),
      workspace,
      errors: [
        {
          message: '"INC-2024-110" in related: names no postmortem in this workspace; did you mean "INC-2024-101"?',
          line: 3,
          column: 25,
          flagged: 'INC-2024-110',
          severity: 'warning',
          suggestions: [
            { title: 'Replace with "INC-2024-101"', output: document('related: [INC-2024-101, INC-2024-101]') },
          ],
        },
      ],
    },
    {
      name: 'a path to no postmortem, in a block list, and a single value',
      text: document('related:\n  - postmortems/gone.md'),
      workspace,
      errors: [
        {
          message: '"postmortems/gone.md" in related: names no postmortem in this workspace',
          line: 4,
          flagged: 'postmortems/gone.md',
        },
      ],
    },
    {
      name: 'one value rather than a list',
      text: document('related: SEC-7'),
      workspace,
      errors: [{ message: '"SEC-7" in related: names no postmortem in this workspace', line: 3, flagged: 'SEC-7' }],
    },
  ],
});
