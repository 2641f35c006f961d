import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/edits/applyEdits';
import { ruleFindings, testRule } from '../../support/ruleTester';

const COMPLETE = [
  '# Checkout API returned 503s',
  '',
  '## Summary',
  '',
  'Checkout failed.',
  '',
  '## Impact',
  '',
  '40% of requests.',
  '',
  '## Timeline',
  '',
  '- 14:32 UTC alert',
  '',
  '## Root cause',
  '',
  'A pool limit.',
  '',
  '## Action items',
  '',
  '- [ ] Alert on pool use. Owner: @alice',
  '',
];

/** The prompts the fix writes into a section it inserts. */
const PROMPT = {
  summary: '<!-- What happened, in two or three sentences -->',
  impact: '<!-- What users and systems saw, how many, for how long -->',
  timeline: '<!-- One entry per line, each time with its zone: - 14:32 UTC Alert fired [detected] -->',
  rootCause: '<!-- The conditions in the system that made this possible, not who -->',
  actionItems: '<!-- One item per line, each with an owner and a due date -->',
  detection: '<!-- How and when the problem was noticed -->',
};

/** COMPLETE without the section titled `title`. */
function without(title: string): string {
  const start = COMPLETE.indexOf(`## ${title}`);
  return [...COMPLETE.slice(0, start), ...COMPLETE.slice(start + 4)].join('\n');
}

/** COMPLETE with the body of the section titled `title` replaced. */
function withBody(title: string, body: string): string {
  const lines = [...COMPLETE];
  lines[lines.indexOf(`## ${title}`) + 2] = body;
  return lines.join('\n');
}

const missing = (title: string) => `Required section "${title}" is missing`;
const insert = (title: string) => `Insert the section "${title}"`;

testRule('required-sections', {
  valid: [
    { name: 'every required section', text: COMPLETE.join('\n') },
    {
      name: 'sections under other names and levels',
      text: [
        'Issue Summary',
        '=============',
        'x',
        '',
        '### Impact on users',
        'y',
        '',
        '# Timeline of events (all times PST)',
        '- 10:00 a',
        '',
        '## Contributing Factors',
        'z',
        '',
        '## Remediation',
        '### Immediate',
        '- w',
      ].join('\n'),
    },
    {
      name: 'a section whose content is only in its subsections',
      text: COMPLETE.join('\n').replace('## Action items\n\n', '## Action items\n\n### Short term\n\n'),
    },
    { name: 'nothing required', text: '# Nothing\n', config: { requiredSections: [] } },
  ],
  invalid: [
    {
      name: 'a missing section, at the end of the section before it, inserted there',
      text: without('Impact'),
      errors: [{ message: missing('Impact'), line: 5, severity: 'error', fix: insert('Impact') }],
      output: withBody('Impact', PROMPT.impact),
    },
    {
      name: 'an action-items section whose table has column names and no rows, beside one with items',
      text: `${COMPLETE.join('\n')}\n## SRE Action Items\n\n| Action | Owner |\n|--------|-------|\n`,
      errors: [{ message: 'Section "SRE Action Items" is empty', line: 23, severity: 'warning' }],
    },
    {
      name: 'a missing first section, inserted after the title',
      text: without('Summary'),
      errors: [{ message: missing('Summary'), line: 3 }],
      output: withBody('Summary', PROMPT.summary),
    },
    {
      name: 'a missing last section, inserted at the end',
      text: without('Action items'),
      errors: [{ message: missing('Action Items'), line: 17 }],
      output: `${without('Action items')}\n## Action Items\n\n${PROMPT.actionItems}\n`,
    },
    {
      name: 'the inserted section keeps the heading level and the line endings of the document',
      text: without('Timeline').replace(/^## /gm, '### ').replace(/\n/g, '\r\n'),
      errors: [{ message: missing('Timeline'), line: 9 }],
      output: withBody('Timeline', PROMPT.timeline).replace(/^## /gm, '### ').replace(/\n/g, '\r\n'),
    },
    {
      name: 'inserted after the front matter and title when no section exists, also without a final newline',
      text: '---\ntitle: x\n---\n# Title\n\nLead paragraph.',
      config: { requiredSections: ['summary'] },
      errors: [{ message: missing('Summary'), line: 6 }],
      output: `---\ntitle: x\n---\n# Title\n\nLead paragraph.\n\n## Summary\n\n${PROMPT.summary}\n`,
    },
    {
      name: 'inserted into an empty document',
      text: '',
      config: { requiredSections: ['summary'] },
      errors: [{ message: missing('Summary'), line: 1 }],
      output: `## Summary\n\n${PROMPT.summary}\n`,
    },
    {
      name: 'an empty section, or one holding only a template comment, on its heading, without a fix',
      text: withBody('Impact', '<!-- What users saw -->'),
      errors: [{ message: 'Section "Impact" is empty', line: 7, severity: 'warning' }],
    },
    {
      name: "a section holding only a template's placeholders, which says so",
      text: withBody('Impact', '[Who was affected, and for how long]\n\n- [ ] [Action] - [@owner] - [Due date]'),
      errors: [{ message: 'Section "Impact" is empty: it holds only placeholder text', line: 7, severity: 'warning' }],
    },
    {
      name: 'a placeholder beside writing, or "TBD" followed by words, is writing',
      text: withBody('Impact', '[Draft] Checkout failed for 12% of users.\n\nTBD whether refunds are due.'),
      errors: [],
    },
    {
      name: 'the configured list',
      text: COMPLETE.join('\n'),
      config: { requiredSections: ['detection'] },
      errors: [{ message: missing('Detection'), line: 17 }],
      output: withBody('Root cause', `A pool limit.\n\n## Detection\n\n${PROMPT.detection}`),
    },
    {
      name: 'each missing section its own finding',
      text: '# Only a title\n',
      errors: ['Summary', 'Impact', 'Timeline', 'Root Cause', 'Action Items'].map((title) => ({
        message: missing(title),
        line: 1,
      })),
      output: [
        '# Only a title',
        ...Object.entries({
          Summary: PROMPT.summary,
          Impact: PROMPT.impact,
          Timeline: PROMPT.timeline,
          'Root Cause': PROMPT.rootCause,
          'Action Items': PROMPT.actionItems,
        }).flatMap(([title, prompt]) => ['', `## ${title}`, '', prompt]),
        '',
      ].join('\n'),
    },
  ],
});

describe('required-sections on generated postmortems', () => {
  it('fixes any missing section by inserting it, and only inserting', () => {
    const section = fc.record({
      kind: fc.constantFrom(
        'Summary',
        'Impact',
        'Timeline',
        'Root cause',
        'Trigger',
        'Lessons learned',
        'Action items',
        'Notes',
      ),
      level: fc.integer({ min: 2, max: 3 }),
      body: fc.constantFrom('', 'Some text.', '- a list\n- of items', '```\ncode\n```', '<!-- prompt -->'),
    });
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(section, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (frontMatter, title, sections, eol) => {
          const parts = [
            frontMatter ? '---\ntitle: x\n---' : '',
            title ? '# Title\n\nLead.' : '',
            ...sections.map((s) => `${'#'.repeat(s.level)} ${s.kind}${s.body === '' ? '' : `\n\n${s.body}`}`),
          ];
          const text = parts
            .filter((part) => part !== '')
            .join('\n\n')
            .replace(/\n/g, eol);
          for (const finding of ruleFindings('required-sections', text).filter((candidate) => candidate.fix)) {
            const [edit] = finding.fix!.edits;
            assert.equal(edit!.start, edit!.end, 'an insertion');
            const result = applyEdits(text, finding.fix!.edits);
            assert.ok(
              !ruleFindings('required-sections', result).some((after) => after.message === finding.message),
              `${finding.message} after the fix:\n${result}`,
            );
            assert.ok(
              !/(\r?\n){3}/.test(result.slice(edit!.start - 2, edit!.start + edit!.newText.length + 2)),
              `no double blank lines:\n${JSON.stringify(result)}`,
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
