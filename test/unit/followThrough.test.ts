import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { parseConfig } from '../../src/core/config/parseConfig';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { completionDateIn, completionRemark } from '../../src/core/actionItems/completion';
import { COMPLETION_WORDS } from '../../src/core/actionItems/completionWords';
import { daysBetween, followThrough, type FollowedItem } from '../../src/core/followThrough/followThrough';
import { teamDirectory } from '../../src/core/followThrough/teams';
import { postmortemFacts, workspaceMetrics } from '../../src/core/metrics';

const TEAMS = {
  ...DEFAULT_CONFIG,
  teams: { payments: ['@alice', 'Bob Jones'], platform: ['@carol', '@alice'] },
  ownerAliases: { bobby: 'Bob Jones' },
};

/** A postmortem dated 2025-01-05 with these front matter lines and action items. */
function facts(path: string, front: readonly string[], items: readonly string[], config = TEAMS) {
  const text = [
    '---',
    'type: postmortem',
    'date: 2025-01-05',
    ...front,
    '---',
    '# Outage',
    '',
    '## Action items',
    '',
    ...items,
    '',
  ].join('\n');
  return { path, ...postmortemFacts(analyze(text, { config, path })) };
}

describe('follow-through: when a done item was done', () => {
  for (const entry of COMPLETION_WORDS) {
    it(`reads the date after "${entry.words}": ${entry.example.text}`, () => {
      assert.equal(completionDateIn(entry.example.text), entry.example.completedOn);
    });
  }

  it('reads a check mark and a date, a date written in words, and nothing without a completion word', () => {
    assert.equal(completionDateIn('Cap retries \u2705 2025-02-03'), '2025-02-03');
    assert.equal(completionDateIn('Cap retries (completed on March 3, 2025)'), '2025-03-03');
    assert.equal(completionDateIn('Cap retries, due 2025-03-01'), undefined);
    assert.equal(completionDateIn('Complete the migration by 2025-03-01'), undefined);
    assert.equal(completionDateIn('Done'), undefined);
  });

  it('reads a completion as a remark on the item only when it is set off from the sentence', () => {
    const remark = (text: string) => completionRemark(text)?.date;
    assert.equal(remark('Add alert (@alice) (done 2026-11-10)'), '2026-11-10');
    assert.equal(remark('Add alert (@alice, completed 2026-11-10), then tune it'), '2026-11-10');
    assert.equal(remark('Shard the queue \u2014 shipped on November 3, 2026.'), '2026-11-03');
    assert.equal(remark('| Cap retries | Closed: 2026-11-02 |'), '2026-11-02');
    assert.equal(remark('Cap retries \u2705 2026-11-02'), '2026-11-02');
    assert.equal(remark('Verify the fix deployed 2026-11-02 holds under load'), undefined);
    assert.equal(remark('Check that the job, resolved 2026-11-02 by the vendor, still runs'), undefined);
    assert.equal(remark('Add alert (done by @bob in staging)'), undefined);
  });

  it('gives each analyzed item its completion date, only when it is done, not taking it for the due date', () => {
    const { actionItems } = facts(
      'a.md',
      [],
      [
        '- [x] Revert the pool size. Owner: @alice, due 2025-01-31 (done 2025-01-20)',
        '- [ ] Alert on saturation, done 2025-01-21. Owner: @bob',
      ],
    );
    assert.deepEqual(
      actionItems.map((item) => [item.status, item.due, item.completedOn]),
      [
        ['done', '2025-01-31', '2025-01-20'],
        ['open', undefined, undefined],
      ],
    );
  });
});

describe('follow-through: teams', () => {
  it('reads `teams` from .postmortem.yaml, and reports a team that is not a list', () => {
    const parsed = parseConfig('teams:\n  payments: ["@alice", Bob Jones]\n  platform: "@carol"\n');
    assert.deepEqual(parsed.config.teams, { payments: ['@alice', 'Bob Jones'] });
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.message, problem.range.start.line]),
      [['"teams.platform" must be a list', 2]],
    );
  });

  it("finds an owner's teams by handle or name in any case, through an alias, and a team named as the owner", () => {
    const teamsOf = teamDirectory(TEAMS);
    assert.deepEqual(teamsOf('@alice'), ['payments', 'platform']);
    assert.deepEqual(teamsOf('Alice'), ['payments', 'platform']);
    assert.deepEqual(teamsOf('bob jones'), ['payments']);
    assert.deepEqual(teamsOf('bobby'), ['payments']);
    assert.deepEqual(teamsOf('@acme/payments'), ['payments']);
    assert.deepEqual(teamsOf('@dave'), []);
    assert.deepEqual(teamDirectory(DEFAULT_CONFIG)('@alice'), []);
  });
});

describe('follow-through: counts per owner and per team', () => {
  const item = (
    status: 'open' | 'done',
    owners: string[],
    teams: string[],
    due?: string,
    completedOn?: string,
  ): FollowedItem => ({ status, owners, teams, due, completedOn });

  it('counts whole days from the incident to completion, never negative', () => {
    assert.equal(daysBetween('2025-01-05', '2025-01-20'), 15);
    assert.equal(daysBetween('2025-01-05', '2025-03-05'), 59);
    assert.equal(daysBetween('2025-01-05', '2025-01-01'), undefined);
    assert.equal(daysBetween(undefined, '2025-01-01'), undefined);
  });

  it(
    'counts open, done and overdue items and the days done ones took, per owner and per team; ' +
      'an item with two owners counts for both',
    () => {
      const result = followThrough(
        [
          {
            date: '2025-01-05',
            actionItems: [
              item('done', ['@alice'], ['payments'], undefined, '2025-01-15'),
              item('open', ['@alice', '@bob'], ['payments'], '2025-02-01'),
              item('open', [], [], '2025-09-01'),
            ],
          },
          {
            date: '2025-03-01',
            actionItems: [
              item('done', ['@bob'], ['payments'], undefined, '2025-03-31'),
              item('done', ['@carol'], [], undefined, undefined),
            ],
          },
          { date: undefined, actionItems: [item('done', ['@carol'], [], undefined, '2025-04-01')] },
        ],
        '2025-06-01',
      );
      const days = (n: number, median?: number, p90?: number) => ({ n, median, p90 });
      assert.deepEqual(result.all, { open: 2, done: 4, overdue: 1, daysToDone: days(2, 20, 30) });
      assert.deepEqual(result.byOwner, [
        { name: '@alice', open: 1, done: 1, overdue: 1, daysToDone: days(1, 10, 10) },
        { name: '@bob', open: 1, done: 1, overdue: 1, daysToDone: days(1, 30, 30) },
        { name: '@carol', open: 0, done: 2, overdue: 0, daysToDone: days(0) },
      ]);
      assert.deepEqual(result.byTeam, [
        { name: 'payments', open: 1, done: 2, overdue: 1, daysToDone: days(2, 20, 30) },
      ]);
    },
  );

  it('shows in the workspace metrics, with done counts and whether each postmortem has closed its items', () => {
    const metrics = workspaceMetrics(
      [
        facts(
          'a.md',
          ['status: closed'],
          [
            '- [x] Revert. Owner: @alice (done 2025-01-09)',
            '- [ ] Alert on saturation. Owner: Bob Jones, due 2025-02-01',
          ],
        ),
        facts('b.md', ['status: closed'], ['- [x] Cap retries (closed 2025-01-25). Owner: @carol']),
      ],
      '2025-03-01',
    );
    assert.deepEqual(
      metrics.rows.map((row) => [row.path, row.actionItems.open, row.actionItems.done, row.allClosed]),
      [
        ['a.md', 1, 1, false],
        ['b.md', 0, 1, true],
      ],
    );
    assert.deepEqual(metrics.followThrough.all, {
      open: 1,
      done: 2,
      overdue: 1,
      daysToDone: { n: 2, median: 12, p90: 20 },
    });
    assert.deepEqual(
      metrics.followThrough.byTeam.map((team) => [
        team.name,
        team.open,
        team.done,
        team.overdue,
        team.daysToDone.median,
      ]),
      [
        ['payments', 1, 1, 1, 4],
        ['platform', 0, 2, 0, 12],
      ],
    );
    assert.deepEqual(
      metrics.followThrough.byOwner.map((owner) => owner.name),
      ['@alice', 'Bob Jones', '@carol'],
    );
  });
});
