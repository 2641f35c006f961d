import * as assert from 'node:assert/strict';
import { fixedText, ruleFindings, testRule } from '../../support/ruleTester';
import { postmortem } from './texts';

const hindsight = (phrase: string) => `"${phrase}" is hindsight; say what happened and why it made sense at the time`;
const person = (phrase: string) =>
  `"${phrase}" names a person as the one who erred; describe what happened and what made it possible`;
const humanError = (phrase: string) =>
  `"${phrase}" calls the cause human error; name the conditions that allowed the mistake instead`;
const OBVIOUSLY = '"obviously" is dismissive; what looks obvious afterwards was not at the time';
const CARELESS_MISTAKE = '"careless mistake" judges a person; describe the action and its context instead';

const EVERYWHERE = postmortem({
  Summary: 'The on-call engineer should have checked the replication lag.',
  Timeline: '- 14:02 Bob forgot to drain the node, obviously a careless mistake.',
  'Lessons learned': '| What went wrong |\n| --- |\n| This should have been caught in review. |',
});
const IN_ROOT_CAUSE = postmortem({
  'Root cause': 'Human error: the engineer forgot to drain the node. It was obviously avoidable.',
});
const CARELESS = postmortem({ Summary: 'It was a careless mistake.' });
const SHOULD_HAVE = postmortem({ Summary: 'The engineer should have checked the logs.' });

testRule('blameful-language', {
  valid: [
    {
      name: 'blameless writing',
      text: postmortem({
        Summary: 'The deploy tool failed to roll back. We forgot to renew the certificate; nobody owned the renewal.',
        Impact: 'The error rate reached 30% and users saw 500 errors.',
        'Root cause': 'Renewal was a manual step, which increases the room for error.',
        'Action items': '- [ ] Automate renewal to reduce the chance of human error. Owner: @alice',
      }),
    },
  ],
  invalid: [
    {
      name: 'blame anywhere in the prose',
      text: EVERYWHERE,
      errors: [
        {
          message: hindsight('The on-call engineer should have checked'),
          line: 5,
          flagged: 'The on-call engineer should have checked',
          severity: 'warning',
        },
        { message: person('Bob forgot to'), line: 9, flagged: 'Bob forgot to' },
        { message: OBVIOUSLY, line: 9, flagged: 'obviously ' },
        { message: CARELESS_MISTAKE, line: 9, flagged: 'careless mistake' },
        { message: hindsight('should have been caught'), line: 15, flagged: 'should have been caught' },
      ],
      output: EVERYWHERE.replace('obviously a careless mistake', 'a mistake'),
    },
    {
      name: 'not what human-error-root-cause reports',
      text: IN_ROOT_CAUSE,
      errors: [{ message: OBVIOUSLY, line: 5, flagged: 'obviously ' }],
      output: IN_ROOT_CAUSE.replace('obviously ', ''),
    },
    {
      name: 'what human-error-root-cause reports, when that rule is off',
      text: IN_ROOT_CAUSE,
      config: { rules: { 'human-error-root-cause': 'off' } },
      errors: [
        { message: humanError('Human error'), line: 5, flagged: 'Human error' },
        { message: person('the engineer forgot to'), line: 5, flagged: 'the engineer forgot to' },
        { message: OBVIOUSLY, line: 5, flagged: 'obviously ' },
      ],
      output: IN_ROOT_CAUSE.replace('obviously ', ''),
    },
    {
      name: 'human error that is not stated as a cause',
      text: postmortem({ Timeline: '- 08:03 Deploy failed. User error was made here.' }),
      errors: [{ message: humanError('User error'), line: 5, flagged: 'User error' }],
    },
    {
      name: 'fixed with the first safe rephrasing',
      text: CARELESS,
      errors: [{ message: CARELESS_MISTAKE, line: 5, fix: 'Rephrase as "mistake"' }],
      output: CARELESS.replace('careless mistake', 'mistake'),
    },
    {
      name: 'hindsight about a person never fixed by fix-all: "did not check" still names who failed',
      text: SHOULD_HAVE,
      errors: [
        {
          message: hindsight('The engineer should have checked'),
          line: 5,
          suggestions: [
            {
              title: 'Rephrase as "The engineer did not check"',
              output: SHOULD_HAVE.replace('should have checked', 'did not check'),
            },
            {
              title: 'Rephrase as "The engineer had not checked"',
              output: SHOULD_HAVE.replace('should have checked', 'had not checked'),
            },
          ],
        },
      ],
    },
    {
      name: "the team's phrases, and never the allowed ones",
      text: postmortem({ Summary: 'Ops did a yolo deploy. Dave forgot to renew it. Bob forgot to renew it.' }),
      config: { phrases: { flag: ['yolo deploy'], allow: ['Dave forgot'] } },
      errors: [
        { message: '"yolo deploy" is on the team\'s list of phrases to avoid', line: 5 },
        { message: person('Bob forgot to'), line: 5 },
      ],
    },
    {
      name: 'silenced by a suppression comment',
      text: postmortem({
        Summary:
          '<!-- postmortem-disable-next-line blameful-language -->\nBob forgot to renew it.\n\nAlice ' +
          'forgot to renew it.',
      }),
      errors: [{ message: person('Alice forgot to'), line: 8, flagged: 'Alice forgot to' }],
    },
  ],
});

describe('blameful-language rephrasings', () => {
  it('keep every edit inside the finding and the rest of the document unchanged', () => {
    const text = postmortem({
      Summary:
        'Obviously, the fix was trivial. It was, obviously, a **careless** mistake. The engineer ' +
        '*simply* forgot to renew it.',
    });
    const findings = ruleFindings('blameful-language', text);
    assert.ok(findings.length >= 3);
    for (const finding of findings) {
      for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) {
        for (const edit of fix?.edits ?? []) {
          assert.ok(edit.start >= finding.range.start.offset && edit.end <= finding.range.end.offset, finding.message);
        }
      }
    }
    assert.match(
      fixedText(text, findings),
      /The fix was trivial\. It was a \*\*careless\*\* mistake\. The engineer \*simply\* forgot to renew it\./,
    );
  });
});
