import { testRule } from '../../support/ruleTester';
import { postmortem } from './texts';

const humanError = (phrase: string) =>
  `Root cause names human error ("${phrase}"); name the conditions that allowed the mistake instead`;
const person = (phrase: string) =>
  `Root cause names a person ("${phrase}"); name the conditions that allowed the mistake instead`;

const FORGOT_AND_HUMAN_ERROR = postmortem({
  'Root cause': 'The engineer forgot to drain the node. It was human error.',
});

testRule('human-error-root-cause', {
  valid: [
    {
      name: 'a root cause about systems, risks and ownership',
      text: postmortem({
        'Root cause': [
          'The deploy tool failed to roll back, and the alert should have fired but did not.',
          'Renewal was a manual step, which increases the room for error; nobody owned this procedure.',
          'We will automate it to reduce the chance of human error. The `human_error` flag is unrelated.',
        ].join(' '),
      }),
    },
    {
      name: 'a phrase the team allows',
      text: postmortem({ 'Root cause': 'Dave forgot to renew it.' }),
      config: { phrases: { flag: ['went rogue'], allow: ['Dave forgot'] } },
    },
  ],
  invalid: [
    {
      name: 'human error and a person named in the root cause',
      text: postmortem({
        'Root cause': 'The root cause was human error: the on-call engineer forgot to drain the node.',
      }),
      errors: [
        { message: humanError('human error'), line: 5, severity: 'error' },
        { message: person('the on-call engineer forgot to'), line: 5, severity: 'error' },
      ],
    },
    {
      name: 'a Contributing Factors section',
      text: postmortem({ 'Contributing Factors': '- Operator error during the failover.' }),
      errors: [{ message: humanError('Operator error'), line: 5, flagged: 'Operator error' }],
    },
    {
      name: 'a Trigger section',
      text: postmortem({ Trigger: 'Bob accidentally deleted the table.' }),
      errors: [{ message: person('Bob accidentally deleted'), line: 5, flagged: 'Bob accidentally deleted' }],
    },
    {
      name: 'a subsection of Root Cause Analysis',
      text: postmortem({ 'Root Cause Analysis': '### Why it happened\n\nThe deployer pushed a bad config.' }),
      errors: [
        { message: person('The deployer pushed a bad config'), line: 7, flagged: 'The deployer pushed a bad config' },
      ],
    },
    {
      name: 'human error stated as the cause anywhere, and nothing else outside the root cause',
      text: postmortem({
        Summary: 'The outage was caused by user error. User error was made again later. Bob forgot to renew it.',
      }),
      errors: [{ message: humanError('user error'), line: 5, flagged: 'user error' }],
    },
    {
      // A rephrasing that keeps the person as the one who failed is still blame.
      name: '"did not" for "forgot to" and rephrasings of human error, only as suggestions',
      text: FORGOT_AND_HUMAN_ERROR,
      errors: [
        {
          message: person('The engineer forgot to'),
          line: 5,
          suggestions: [
            {
              title: 'Rephrase as "The engineer did not"',
              output: FORGOT_AND_HUMAN_ERROR.replace('The engineer forgot to drain', 'The engineer did not drain'),
            },
          ],
        },
        {
          message: humanError('human error'),
          line: 5,
          suggestions: [
            {
              title: 'Rephrase as "a process gap"',
              output: FORGOT_AND_HUMAN_ERROR.replace('It was human error.', 'It was a process gap.'),
            },
            {
              title: 'Rephrase as "an error"',
              output: FORGOT_AND_HUMAN_ERROR.replace('It was human error.', 'It was an error.'),
            },
          ],
        },
      ],
    },
  ],
});
