import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { assignOwnerEdit } from '../../src/core/actionItems/edits';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { lintText } from '../../src/core/analysis/lint';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { TextEdit } from '../../src/core/model/types';

const document = (...lines: string[]): string => ['# Outage', '', '## Action items', '', ...lines, ''].join('\n');
const body = (text: string): string[] => text.split(/\r?\n/).slice(4, -1);

/** The owner fix of each action-item-owner finding. */
function ownerFixes(text: string): TextEdit[] {
  return lintText(text, DEFAULT_CONFIG)
    .filter((finding) => finding.ruleId === 'action-item-owner')
    .flatMap((finding) => finding.fix?.edits ?? []);
}

/** What fix-all writes for the owner rule. */
const fixed = (...lines: string[]): string[] => {
  const text = document(...lines);
  return body(applyEdits(text, ownerFixes(text)));
};

describe('the owner placeholder fix: a separator that fits the item', () => {
  it('keeps a due date and the owner apart (the issue: "(due 2025-03-01)Owner: @owner")', () => {
    assert.deepEqual(fixed('- Add alerting (due 2025-03-01)'), [
      '- Add alerting (due 2025-03-01) \u2014 Owner: @owner',
    ]);
    assert.deepEqual(fixed('- Add alerting, due 2025-03-01'), ['- Add alerting, due 2025-03-01 \u2014 Owner: @owner']);
    assert.deepEqual(fixed('- Add alerting due: 2025-03-01'), ['- Add alerting due: 2025-03-01 \u2014 Owner: @owner']);
  });

  it('writes it as each style of item has it', () => {
    assert.deepEqual(
      fixed('- [ ] Add alerting (due 2025-03-01)'),
      ['- [ ] Add alerting (due 2025-03-01) \u2014 Owner: @owner'],
      'a checkbox',
    );
    assert.deepEqual(fixed('1. Add alerting'), ['1. Add alerting \u2014 Owner: @owner'], 'a numbered item');
    assert.deepEqual(
      fixed('- [ ] Add alerting.'),
      ['- [ ] Add alerting. Owner: @owner'],
      'after a full stop, a new sentence',
    );
    assert.deepEqual(
      fixed('| Action | Owner | Due |', '| --- | --- | --- |', '| Add alerting |  | 2025-03-01 |'),
      ['| Action | Owner | Due |', '| --- | --- | --- |', '| Add alerting | @owner | 2025-03-01 |'],
      "a table row's Owner cell",
    );
    assert.deepEqual(
      fixed('| Action | Due |', '| --- | --- |', '| Add alerting | 2025-03-01 |'),
      ['| Action | Due |', '| --- | --- |', '| Add alerting \u2014 Owner: @owner | 2025-03-01 |'],
      'a table with no Owner column',
    );
    assert.deepEqual(
      fixed('### Add alerting (due 2025-03-01)', '', '### Shard the queue', '', 'Split it by tenant.'),
      [
        '### Add alerting (due 2025-03-01)',
        '',
        'Owner: @owner',
        '',
        '### Shard the queue',
        '',
        'Split it by tenant. Owner: @owner',
      ],
      'heading items: on a line of its own, or after the words under the heading',
    );
  });

  it('puts the owner after the words, not after trailing blanks, and keeps Windows line endings', () => {
    assert.deepEqual(fixed('- Add alerting (due 2025-03-01)  '), [
      '- Add alerting (due 2025-03-01) \u2014 Owner: @owner  ',
    ]);
    const crlf = document('### Add alerting', '', '## Lessons').replace(/\n/g, '\r\n');
    assert.equal(
      applyEdits(crlf, ownerFixes(crlf)),
      document('### Add alerting', '', 'Owner: @owner', '', '## Lessons').replace(/\n/g, '\r\n'),
    );
  });

  it('marks the placeholder for the editor to select', () => {
    const text = document('- Add alerting (due 2025-03-01)', '', '| Action | Owner |', '| --- | --- |', '| Shard |  |');
    const edits = ownerFixes(text);
    assert.equal(edits.length, 2);
    for (const edit of edits) {
      assert.ok(edit.placeholder, JSON.stringify(edit));
      assert.equal(edit.newText.slice(edit.placeholder.start, edit.placeholder.end), '@owner');
    }
  });

  it('reads back as the same item once a name replaces the placeholder: same words, same due date, that owner', () => {
    const items = [
      '- Add alerting (due 2025-03-01)',
      '- [ ] Add alerting, due 2025-03-01',
      '- Add alerting \u2014 due 2025-03-01',
      '* Add alerting (P1)',
      '- [ ] Add alerting.',
      'Action item: add alerting (due 2025-03-01)',
      '| Action | Due |\n| --- | --- |\n| Add alerting | 2025-03-01 |',
      '| Action | Owner | Due |\n| --- | --- | --- |\n| Add alerting |  | 2025-03-01 |',
      '### Add alerting (due 2025-03-01)',
      '### Add alerting\n\nDue 2025-03-01',
    ];
    for (const item of items) {
      const text = document(item);
      const [before] = parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems;
      assert.ok(before, item);
      const placeholder = applyEdits(text, ownerFixes(text));
      for (const name of ['@zoe', 'Alice Smith', 'Team Payments']) {
        const [after] = parsePostmortem(placeholder.replace('@owner', name), { config: DEFAULT_CONFIG }).actionItems;
        assert.deepEqual(
          [after?.text, after?.due, after?.owners],
          [before.text, before.due, [name]],
          `${item} with ${name}:\n${placeholder}`,
        );
      }
      const [assigned] = parsePostmortem(applyEdits(text, [assignOwnerEdit(text, before, 'Alice Smith')]), {
        config: DEFAULT_CONFIG,
      }).actionItems;
      assert.deepEqual(
        [assigned?.text, assigned?.due, assigned?.owners],
        [before.text, before.due, ['Alice Smith']],
        `Assign Owner on ${item}`,
      );
    }
  });
});
