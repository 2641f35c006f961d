import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { percentile, postmortemFacts, workspaceMetrics } from '../../src/core/metrics';

const MINUTE = 60_000;

interface Synthetic {
  readonly front?: string;
  /** Minutes after the start of the detected, mitigated and resolved milestones. */
  readonly detect?: number;
  readonly mitigate?: number;
  readonly resolve?: number;
  readonly items?: readonly string[];
}

const clock = (minutes: number) =>
  `${String(10 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} UTC`;

/** A postmortem whose timeline starts at 10:00 UTC and reaches the milestones given. */
function postmortem(path: string, { front = '', detect, mitigate, resolve, items = [] }: Synthetic) {
  const milestones: [number | undefined, string][] = [
    [detect, 'detected'],
    [mitigate, 'mitigated'],
    [resolve, 'resolved'],
  ];
  const text = [
    '---',
    'type: postmortem',
    `title: ${path}`,
    front,
    '---',
    '',
    '## Timeline',
    '',
    `- ${clock(0)} errors start [started]`,
    ...milestones
      .filter(([minutes]) => minutes !== undefined)
      .map(([minutes, milestone]) => `- ${clock(minutes!)} ${milestone} [${milestone}]`),
    '',
    '## Action items',
    '',
    ...items,
    '',
  ].join('\n');
  return { path, ...postmortemFacts(analyze(text, { config: DEFAULT_CONFIG, path })) };
}

describe('workspace metrics', () => {
  it('takes nearest-rank percentiles: the lower middle for an even count, an observed value always', () => {
    assert.equal(percentile([], 50), undefined);
    assert.equal(percentile([7], 50), 7);
    assert.equal(percentile([7], 90), 7);
    assert.equal(percentile([1, 2], 50), 1);
    assert.equal(percentile([1, 2, 3], 50), 2);
    assert.equal(percentile([1, 2, 3, 4], 50), 2);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90), 10);
    const seventy = Array.from({ length: 70 }, (_, i) => i + 1);
    assert.equal(percentile(seventy, 90), 63, '90 * 70 / 100 is exactly 63, with no rounding up to 64');
  });

  it('counts severities, statuses, durations, action items and recurring tags and services', () => {
    const metrics = workspaceMetrics(
      [
        postmortem('a.md', {
          front:
            'severity: SEV2\nstatus: draft\ndate: 2025-01-05\ntags: [database, ' +
            'config-change]\nservices: [checkout-api]',
          detect: 5,
          mitigate: 30,
          resolve: 65,
          items: [
            '- [ ] Alert on pool use. Owner: @alice, due 2025-01-01',
            '- [ ] Add a canary check, due 2099-01-01',
            '- [x] Roll back. Owner: @bob, due 2025-01-01',
          ],
        }),
        postmortem('b.md', {
          front:
            'severity: SEV1\nstatus: published\ndate: 2025-02-01\ntags: Database, dns\nservices: ' +
            'checkout-api, payments',
          detect: 12,
          mitigate: 40,
        }),
        postmortem('c.md', {
          front: 'severity: SEV2\ndate: 2025-03-01\ntags: [dns, database, database]\nservices: [payments]',
          detect: 3,
          items: ['- [ ] Document the runbook. Owner: @carol'],
        }),
        postmortem('d.md', { front: 'status: draft\ntags: [dns]' }),
      ],
      '2025-06-01',
    );
    assert.equal(metrics.count, 4);
    assert.deepEqual(metrics.bySeverity, { SEV1: 1, SEV2: 2, unknown: 1 });
    assert.deepEqual(Object.keys(metrics.bySeverity), ['SEV1', 'SEV2', 'unknown']);
    assert.deepEqual(metrics.byStatus, { draft: 2, published: 1, unknown: 1 });
    assert.deepEqual(metrics.durations, {
      timeToDetect: { n: 3, median: 5 * MINUTE, p90: 12 * MINUTE },
      timeToMitigate: { n: 2, median: 35 * MINUTE, p90: 40 * MINUTE }, // the mean of the two middle values
      timeToResolve: { n: 1, median: 65 * MINUTE, p90: 65 * MINUTE },
    });
    assert.deepEqual(metrics.actionItems, { total: 4, open: 3, done: 1, unowned: 1, overdue: 1 });
    assert.deepEqual(metrics.recurringTags, [
      { name: 'database', count: 3 },
      { name: 'dns', count: 3 },
    ]);
    assert.deepEqual(metrics.recurringServices, [
      { name: 'checkout-api', count: 2 },
      { name: 'payments', count: 2 },
    ]);
    assert.deepEqual(
      metrics.rows.map((row) => [row.path, row.date, row.severity, row.status]),
      [
        ['c.md', '2025-03-01', 'SEV2', 'unknown'],
        ['b.md', '2025-02-01', 'SEV1', 'published'],
        ['a.md', '2025-01-05', 'SEV2', 'draft'],
        ['d.md', undefined, 'unknown', 'draft'],
      ],
    );
    const a = metrics.rows.find((row) => row.path === 'a.md')!;
    assert.equal(a.title, 'a.md');
    assert.deepEqual(a.metrics, { timeToDetect: 5 * MINUTE, timeToMitigate: 30 * MINUTE, timeToResolve: 65 * MINUTE });
    assert.deepEqual(a.actionItems, { total: 3, open: 2, done: 1, unowned: 1, overdue: 1 });
    assert.equal(a.allClosed, false);
  });

  it('leaves negative durations out, and gives nothing for no postmortems', () => {
    const backwards = postmortem('x.md', { detect: 10 });
    const metrics = workspaceMetrics(
      [{ ...backwards, metrics: { timeToDetect: -MINUTE, timeToMitigate: undefined, timeToResolve: undefined } }],
      '2025-01-01',
    );
    assert.deepEqual(metrics.durations.timeToDetect, { n: 0, median: undefined, p90: undefined });
    const empty = workspaceMetrics([], '2025-01-01');
    assert.deepEqual(empty, {
      count: 0,
      bySeverity: {},
      byStatus: {},
      durations: {
        timeToDetect: { n: 0, median: undefined, p90: undefined },
        timeToMitigate: { n: 0, median: undefined, p90: undefined },
        timeToResolve: { n: 0, median: undefined, p90: undefined },
      },
      actionItems: { total: 0, open: 0, done: 0, unowned: 0, overdue: 0 },
      recurringTags: [],
      recurringServices: [],
      recurringCauses: [],
      followThrough: {
        all: { open: 0, done: 0, overdue: 0, daysToDone: { n: 0, median: undefined, p90: undefined } },
        byOwner: [],
        byTeam: [],
      },
      rows: [],
    });
  });

  it('is deterministic: the order of the input does not change the result', () => {
    const inputs = [
      postmortem('a.md', { front: 'tags: [b, a]', detect: 1 }),
      postmortem('b.md', { front: 'tags: [a, b]', detect: 2 }),
    ];
    assert.deepEqual(workspaceMetrics(inputs, '2025-01-01'), workspaceMetrics([...inputs].reverse(), '2025-01-01'));
  });
});

describe('facts from a metadata table', () => {
  const facts = (text: string) => postmortemFacts(analyze(text, { config: DEFAULT_CONFIG, path: 'a.postmortem.md' }));

  it('reads rows of a name and a value under the title, when there is no front matter', () => {
    const text = [
      '# Postmortem: search outage',
      '',
      '| Field | Value |',
      '| --- | --- |',
      '| **Severity:** | SEV-2 |',
      '| Status | Draft |',
      '| Date | 2026-11-14 |',
      '| ID | INC-204 |',
      '| Services | search, indexer |',
      '',
      '## Summary',
      '',
      'Search was down.',
    ].join('\n');
    const { severity, status, date, id, services } = facts(text);
    assert.deepEqual(
      [severity, status, date, id, services],
      ['SEV-2', 'Draft', '2026-11-14', 'INC-204', ['search', 'indexer']],
    );
  });

  it('reads a header row of names over one row of values', () => {
    const text = [
      '# Queue backlog',
      '',
      '| Date | Severity | Status | Authors |',
      '| --- | --- | --- | --- |',
      '| 2026-11-02 | SEV3 | In review | Ana |',
      '',
      '## Summary',
    ].join('\n');
    assert.deepEqual([facts(text).severity, facts(text).status], ['SEV3', 'In review']);
  });

  it('reads no table after the first section, no empty cell, and nothing over front matter', () => {
    const later = ['# Outage', '', '## Impact', '', '| Severity | SEV-1 |', '| --- | --- |', '| Status | Open |'];
    assert.deepEqual([facts(later.join('\n')).severity, facts(later.join('\n')).status], [undefined, undefined]);
    const empty = ['# Outage', '', '| Severity |  |', '| --- | --- |', '| Status | Final |', '', '## Summary'];
    assert.deepEqual([facts(empty.join('\n')).severity, facts(empty.join('\n')).status], [undefined, 'Final']);
    const front = ['---', 'type: postmortem', 'severity: SEV-1', '---', '# Outage', '', '| Status | Final |'];
    assert.deepEqual([facts(front.join('\n')).severity, facts(front.join('\n')).status], ['SEV-1', undefined]);
  });
});
