import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { assignOwnerEdit, markDoneEdit, ownerProblem } from '../../src/core/actionItems/edits';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { ActionItem } from '../../src/core/model/types';

const HEAD = ['# Outage', '', '## Action items', ''];

function document(...lines: string[]): string {
  return [...HEAD, ...lines, ''].join('\n');
}

function onlyItem(text: string): ActionItem {
  const items = parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems;
  assert.equal(items.length, 1, `expected one item in ${JSON.stringify(text)}`);
  return items[0]!;
}

/** The item's lines after the edit, and what the model reads in them. */
function edited(lines: readonly string[], edit: (text: string, item: ActionItem) => ReturnType<typeof markDoneEdit>) {
  const text = document(...lines);
  const change = edit(text, onlyItem(text));
  assert.ok(change, 'an edit');
  const result = applyEdits(text, [change]);
  assert.equal(result.slice(0, HEAD.join('\n').length), HEAD.join('\n'), 'the text before the item is kept');
  const item = onlyItem(result);
  return {
    lines: result.split('\n').slice(HEAD.length, HEAD.length + lines.length),
    owners: item.owners,
    status: item.status,
    text: item.text,
  };
}

const assign = (owner: string) => (text: string, item: ActionItem) => assignOwnerEdit(text, item, owner);

describe('assigning an owner to an action item', () => {
  it('appends an Owner label to a list item with no owner', () => {
    assert.deepEqual(edited(['- Add an alert on queue depth'], assign('@zoe')), {
      lines: ['- Add an alert on queue depth \u2014 Owner: @zoe'],
      owners: ['@zoe'],
      status: 'open',
      text: 'Add an alert on queue depth',
    });
    assert.deepEqual(edited(['- [ ] Add an alert.'], assign('Team Payments')).lines, [
      '- [ ] Add an alert. Owner: Team Payments',
    ]);
  });

  it('replaces a TBD placeholder and an existing label value', () => {
    assert.deepEqual(edited(['- Add an alert. Owner: TBD'], assign('@zoe')), {
      lines: ['- Add an alert. Owner: @zoe'],
      owners: ['@zoe'],
      status: 'open',
      text: 'Add an alert.',
    });
    assert.deepEqual(edited(['- Add an alert (owner: @bob, due 2030-01-01)'], assign('Carol Smith')).lines, [
      '- Add an alert (owner: Carol Smith, due 2030-01-01)',
    ]);
    assert.deepEqual(edited(['- Add an alert \u2014 Carol Smith'], assign('@zoe')).owners, ['@zoe']);
  });

  it(
    'replaces a mention with a handle, and labels a plain name instead of putting it in the ' + 'mention\u2019s place',
    () => {
      assert.deepEqual(edited(['- @dave to add an alert'], assign('@zoe')).lines, ['- @zoe to add an alert']);
      const named = edited(['- @dave to add an alert'], assign('Zoe Lee'));
      assert.deepEqual([named.lines, named.owners], [['- @dave to add an alert \u2014 Owner: Zoe Lee'], ['Zoe Lee']]);
    },
  );

  it('outranks an owner from a group heading or the sentence subject with a label, leaving them in place', () => {
    const grouped = edited(['- **Alice**', '  - Add an alert'], assign('@zoe'));
    assert.deepEqual(
      [grouped.lines, grouped.owners],
      [['- **Alice**', '  - Add an alert \u2014 Owner: @zoe'], ['@zoe']],
    );
    assert.deepEqual(edited(['- The SRE team will add an alert'], assign('@zoe')).owners, ['@zoe']);
  });

  it('fills the Owner cell of a table row, empty or holding a placeholder, and keeps the table aligned', () => {
    const table = (owner: string) => [
      '| Action | Owner | Due |',
      '| --- | --- | --- |',
      `| Cap retries | ${owner} | 2030-01-01 |`,
    ];
    assert.deepEqual(edited(table(' '), assign('@zoe')), {
      lines: table('@zoe '),
      owners: ['@zoe'],
      status: 'open',
      text: 'Cap retries',
    });
    assert.deepEqual(edited(table('TBD'), assign('@zoe')).lines, table('@zoe'));
    assert.deepEqual(edited(table('@bob'), assign('Team Payments')).lines, table('Team Payments'));
  });

  it('labels the text cell of a table without an Owner column', () => {
    const result = edited(['| Action | Due |', '| --- | --- |', '| Cap retries | 2030-01-01 |'], assign('@zoe'));
    assert.deepEqual([result.lines[2], result.owners], ['| Cap retries \u2014 Owner: @zoe | 2030-01-01 |', ['@zoe']]);
  });

  it('labels the first paragraph under a heading item', () => {
    assert.deepEqual(
      edited(['### Failover runbook', '', 'Write down how to promote the replica.'], assign('@zoe')).lines,
      ['### Failover runbook', '', 'Write down how to promote the replica. Owner: @zoe'],
    );
  });

  it('touches only the item assigned', () => {
    const text = document('- Add an alert', '- Cap retries', '- Shard the queue');
    const second = parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems[1]!;
    assert.equal(
      applyEdits(text, [assignOwnerEdit(text, second, '@zoe')]),
      document('- Add an alert', '- Cap retries \u2014 Owner: @zoe', '- Shard the queue'),
    );
  });

  it('rejects what is not an owner, with a reason', () => {
    for (const bad of ['', '   ', 'TBD', 'n/a', 'we', 'the team', 'a|b', 'x'.repeat(81), '*bold*', '---'])
      assert.ok(ownerProblem(bad), JSON.stringify(bad));
    for (const good of ['@zoe', '@acme/sre', 'Zoe Lee', 'Team Payments', 'zoe@example.com', "D'Arcy", 'Zo\u00eb'])
      assert.equal(ownerProblem(good), undefined, good);
  });
});

describe('marking an action item done', () => {
  it('ticks the box of a task', () => {
    assert.deepEqual(edited(['- [ ] Add an alert. Owner: @alice'], markDoneEdit), {
      lines: ['- [x] Add an alert. Owner: @alice'],
      owners: ['@alice'],
      status: 'done',
      text: 'Add an alert.',
    });
    assert.deepEqual(edited(['1. [ ] Add an alert'], markDoneEdit).lines, ['1. [x] Add an alert']);
  });

  it('writes Done in the Status cell of a table row, else marks the text cell', () => {
    const withStatus = (status: string) => [
      '| Action | Owner | Status |',
      '| --- | --- | --- |',
      `| Cap retries | @bob | ${status} |`,
    ];
    assert.deepEqual(edited(withStatus('In progress'), markDoneEdit), {
      lines: withStatus('Done'),
      owners: ['@bob'],
      status: 'done',
      text: 'Cap retries',
    });
    assert.deepEqual(edited(withStatus(' '), markDoneEdit).lines, withStatus('Done'));
    const plain = edited(['| Action | Owner |', '| --- | --- |', '| Cap retries | @bob |'], markDoneEdit);
    assert.deepEqual([plain.lines[2], plain.owners, plain.status], ['| Cap retries (done) | @bob |', ['@bob'], 'done']);
  });

  it('appends (done) to a bullet, keeping the owner it names', () => {
    assert.deepEqual(edited(['- Add an alert'], markDoneEdit), {
      lines: ['- Add an alert (done)'],
      owners: [],
      status: 'done',
      text: 'Add an alert',
    });
    assert.deepEqual(edited(['- Add an alert \u2014 @carol'], markDoneEdit), {
      lines: ['- Add an alert (done) \u2014 @carol'],
      owners: ['@carol'],
      status: 'done',
      text: 'Add an alert',
    });
    assert.deepEqual(edited(['- Add an alert. Owner: @alice'], markDoneEdit), {
      lines: ['- Add an alert. Owner: @alice. (done)'],
      owners: ['@alice'],
      status: 'done',
      text: 'Add an alert.',
    });
    assert.deepEqual(edited(['- Add an alert \u2014 Carol Smith'], markDoneEdit), {
      lines: ['- Add an alert (done) \u2014 Carol Smith'],
      owners: ['Carol Smith'],
      status: 'done',
      text: 'Add an alert',
    });
    assert.deepEqual(edited(['- Add an alert, due 2030-01-01'], markDoneEdit).status, 'done');
  });

  it('marks an "Action item:" paragraph', () => {
    const result = edited(['Action item: add an alert. Owner: @alice'], markDoneEdit);
    assert.deepEqual([result.owners, result.status], [['@alice'], 'done']);
  });

  it('marks a heading item after its paragraphs', () => {
    assert.deepEqual(edited(['### Failover runbook', '', 'Write down how to promote the replica.'], markDoneEdit), {
      lines: ['### Failover runbook', '', 'Write down how to promote the replica. (done)'],
      owners: [],
      status: 'done',
      text: 'Failover runbook Write down how to promote the replica.',
    });
  });

  it('leaves a done item alone', () => {
    const text = document('- [x] Add an alert');
    assert.equal(markDoneEdit(text, onlyItem(text)), undefined);
  });
});
