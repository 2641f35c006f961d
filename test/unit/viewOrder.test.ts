import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import {
  groupByOwner,
  groupByTeam,
  isOverdue,
  orderItems,
  type OrderableItem,
} from '../../src/extension/views/actionItemOrder';
import { sectionOutline, type OutlineNode } from '../../src/extension/views/sectionOutline';

function outline(...lines: string[]) {
  const analysis = analyze(lines.join('\n'), { config: DEFAULT_CONFIG, path: 'x.postmortem.md' });
  const show = (node: OutlineNode): unknown =>
    node.type === 'missing'
      ? `missing ${node.kind}`
      : node.children.length > 0
        ? [node.section.title, node.children.map(show)]
        : node.section.title;
  return sectionOutline(analysis).map(show);
}

describe('the Sections view outline', () => {
  it(
    'leaves out the title heading, nests subsections and puts missing required sections at ' + 'their template place',
    () => {
      assert.deepEqual(
        outline(
          '# Outage',
          '',
          '## Summary',
          'x',
          '## Timeline',
          '- 10:00 UTC a',
          '## Lessons',
          '### What went well',
          'y',
          '## Action items',
          '- z',
        ),
        [
          'Summary',
          'missing impact',
          'Timeline',
          'missing root-cause',
          ['Lessons', ['What went well']],
          'Action items',
        ],
      );
    },
  );

  it(
    'keeps several top-level headings as they are: missing sections go before later kinds, and ' + 'after unknown ones',
    () => {
      assert.deepEqual(outline('# Summary', 'x', '# Impact', 'y', '# Notes', 'z'), [
        'Summary',
        'Impact',
        'missing timeline',
        'missing root-cause',
        'missing action-items',
        'Notes',
      ]);
      assert.deepEqual(outline('# Summary', 'x', '# Impact', 'y', '# Random thoughts', 'z'), [
        'Summary',
        'Impact',
        'Random thoughts',
        'missing timeline',
        'missing root-cause',
        'missing action-items',
      ]);
    },
  );
});

describe('the Action items view order', () => {
  const item = (text: string, owners: string[], due?: string, status: 'open' | 'done' = 'open'): OrderableItem => ({
    text,
    owners,
    due,
    status,
  });
  const TODAY = '2025-06-01';
  const items = [
    item('done one', ['@bob'], '2025-01-01', 'done'),
    item('later', ['@bob'], '2025-09-01'),
    item('no due date', ['@bob']),
    item('overdue', ['@bob'], '2025-05-01'),
    item('sooner', ['@bob'], '2025-07-01'),
    item('nobody', [], '2025-08-01'),
    item('shared', ['Team Payments', '@alice']),
    item('zed', ['@Zed']),
  ];

  it('puts the unowned group first, then owners alphabetically without their @', () => {
    assert.deepEqual(
      groupByOwner(items, TODAY, true).map((group) => group.owner),
      [undefined, '@alice', '@bob', 'Team Payments', '@Zed'],
    );
  });

  it('orders a group overdue, then open by due date, then done', () => {
    const bob = groupByOwner(items, TODAY, true).find((group) => group.owner === '@bob')!;
    assert.deepEqual(
      orderItems(bob.items, TODAY).map((entry) => entry.text),
      ['overdue', 'sooner', 'later', 'no due date', 'done one'],
    );
    assert.deepEqual([bob.open, bob.overdue], [4, 1]);
  });

  it('hides done items when asked, and shows an item with two owners under each', () => {
    const groups = groupByOwner(items, TODAY, false);
    assert.ok(groups.every((group) => group.items.every((entry) => entry.status === 'open')));
    assert.deepEqual(
      groups.filter((group) => group.items.some((entry) => entry.text === 'shared')).map((group) => group.owner),
      ['@alice', 'Team Payments'],
    );
  });

  it(
    'counts done items and the days they took even while they are hidden, and leaves out a ' +
      'group with nothing to show',
    () => {
      const followed = [
        { ...item('a', ['@amy'], '2025-05-01'), teams: ['payments'] },
        { ...item('b', ['@amy'], undefined, 'done'), teams: ['payments'], daysToDone: 10 },
        { ...item('c', ['@ben'], undefined, 'done'), teams: ['payments'], daysToDone: 30 },
        { ...item('d', ['@cat'], undefined, 'done'), teams: [] },
      ];
      const amy = groupByOwner(followed, TODAY, false).find((group) => group.owner === '@amy')!;
      assert.deepEqual(
        [amy.items.map((entry) => entry.text), amy.open, amy.overdue, amy.done, amy.daysToDone],
        [['a'], 1, 1, 1, { n: 1, median: 10, p90: 10 }],
      );
      assert.deepEqual(
        groupByOwner(followed, TODAY, false).map((group) => group.owner),
        ['@amy'],
      );
      const teams = groupByTeam(followed, TODAY, true);
      assert.deepEqual(
        teams.map((team) => [team.team, team.items.length, team.open, team.done, team.daysToDone.median]),
        [['payments', 3, 1, 2, 20]],
      );
      assert.deepEqual(groupByTeam(items, TODAY, true), [], 'no team without teams');
    },
  );

  it('calls an open item overdue only when its due date has passed', () => {
    assert.equal(isOverdue(item('a', [], '2025-05-31'), TODAY), true);
    assert.equal(isOverdue(item('a', [], TODAY), TODAY), false);
    assert.equal(isOverdue(item('a', [], '2025-05-31', 'done'), TODAY), false);
    assert.equal(isOverdue(item('a', []), TODAY), false);
  });
});
