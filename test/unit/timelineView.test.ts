import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { entryIds } from '../../src/core/timeline/ids';
import { timelineView } from '../../src/core/timeline/view';

const view = (text: string) =>
  timelineView(analyze(text, { config: DEFAULT_CONFIG, path: 'x.postmortem.md', force: true }), 7);

describe('the timeline view', () => {
  const text = [
    '---',
    'timezone: Europe/Berlin',
    '---',
    '# Checkout outage',
    '',
    '## Timeline',
    '',
    '- 14:00 UTC Deploy [started]',
    '- 14:05 UTC Alert [detected]',
    '- 14:10 UTC Paged',
    '- 13:06 PM Odd time',
    '- 16:00 UTC Rolled back [resolved]',
    '',
  ].join('\n');

  it('says why an instant is unknown when no problem of its row does, and gives the timeline\u2019s problems', () => {
    const model = view(
      ['# Outage', '', '## Timeline', '', '- 9:02 AM Deploy starts', '- 25:00 Odd time', ''].join('\n'),
    );
    assert.deepEqual(
      model.rows.map((row) => [row.timeText, row.instant, row.unresolvedBecause]),
      [
        ['9:02 AM', null, 'no date for this time; no time zone in scope'],
        // Its problem says why already.
        ['25:00', null, null],
      ],
    );
    assert.deepEqual(
      model.sectionProblems.map((problem) => [problem.ruleId, problem.severity]),
      [['timeline-timezone', 'warning']],
    );
    assert.match(model.sectionProblems[0]!.message, /^No time zone for the timeline entry in "Timeline"/);
    const dated = view(['# Outage', '', '## Timeline (UTC)', '', '- 2025-01-05 09:02 Deploy starts', ''].join('\n'));
    assert.deepEqual(
      dated.rows.map((row) => [row.instant, row.unresolvedBecause]),
      [[Date.UTC(2025, 0, 5, 9, 2), null]],
    );
    assert.deepEqual(dated.sectionProblems, []);
  });

  it('shows a bullet with no time among timed ones as a row with the reason it cannot be placed', () => {
    const lines = [
      '# Outage',
      '',
      '## Timeline (UTC)',
      '',
      '- 2025-01-05 09:00 alert fires',
      '- Customer reports arrive',
    ];
    const model = view([...lines, '- 2025-01-05 09:20 on-call acknowledges', ''].join('\n'));
    assert.deepEqual(
      model.rows.map((row) => [row.timeText, row.description, row.instant === null, row.unresolvedBecause]),
      [
        ['2025-01-05 09:00', 'alert fires', false, null],
        ['', 'Customer reports arrive', true, null],
        ['2025-01-05 09:20', 'on-call acknowledges', false, null],
      ],
    );
    assert.deepEqual(
      model.rows[1]!.problems.map((problem) => [problem.ruleId, problem.severity]),
      [['timeline-timestamp', 'info']],
    );
    assert.match(model.rows[1]!.problems[0]!.message, /^Timeline entry has no time, so it cannot be placed/);
  });

  it('gives rows in document order with stable ids, instants, milestones and the rules\u2019 problems', () => {
    const model = view(text);
    assert.equal(model.version, 7);
    assert.equal(model.title, 'Checkout outage');
    assert.equal(model.hasSection, true);
    assert.equal(model.documentZone, 'Europe/Berlin');
    assert.deepEqual(
      model.rows.map((row) => [row.timeText, row.milestone, row.instant, row.line]),
      [
        ['14:00 UTC', 'started', null, 7],
        ['14:05 UTC', 'detected', null, 8],
        ['14:10 UTC', null, null, 9],
        ['13:06 PM', null, null, 10],
        ['16:00 UTC', 'resolved', null, 11],
      ],
    );
    assert.deepEqual(
      model.rows.map((row) => row.id),
      entryIds(analyze(text, { config: DEFAULT_CONFIG, path: 'x.postmortem.md', force: true }).timeline),
    );
    const odd = model.rows[3]!.problems;
    assert.ok(
      odd.some((problem) => problem.ruleId === 'timeline-timestamp' && problem.message.includes('13:06 PM')),
      JSON.stringify(odd),
    );
    assert.deepEqual(model.rows[0]!.problems, []);
    assert.deepEqual(model.metrics, {
      timeToDetect: 5 * 60_000,
      timeToMitigate: null,
      timeToResolve: 2 * 3_600_000,
      unknownBecause: ['no entry is marked [mitigated]'],
    });
  });

  it('marks long quiet gaps: at least 30 minutes and three times the median', () => {
    const dated = text.replace('timezone: Europe/Berlin', 'date: 2025-01-05').replace('- 13:06 PM Odd time\n', '');
    const model = view(dated);
    assert.equal(model.rows[0]!.instant, Date.UTC(2025, 0, 5, 14, 0));
    assert.deepEqual(model.gaps, [{ afterId: model.rows[2]!.id, beforeId: model.rows[3]!.id, ms: 110 * 60_000 }]);
    assert.equal(model.documentZone, 'UTC');
  });

  it('says why an instant is unknown when a problem of its row says something else (the order, mixed zones)', () => {
    const model = view(
      ['# Outage', '', '## Timeline', '', '- 10:00 UTC Deploy', '- 09:00 UTC Alert', '- 10:30 PDT Paged', ''].join(
        '\n',
      ),
    );
    assert.deepEqual(
      model.rows.map((row) => [row.timeText, row.problems.length > 0, row.unresolvedBecause]),
      [
        ['10:00 UTC', false, 'no date for this time'],
        ['09:00 UTC', true, 'no date for this time'],
        ['10:30 PDT', true, 'no date for this time'],
      ],
    );
  });

  it('names the document zone as the document writes it', () => {
    const pacific = ['# Outage', '', '## Timeline', '', 'All times PST.', '', '- 09:05 Deploy', '- 09:40 Alert', ''];
    const model = view(pacific.join('\n'));
    assert.deepEqual([model.documentZone, model.documentZoneText], ['-08:00', 'PST']);
    const berlin = view(text);
    assert.deepEqual([berlin.documentZone, berlin.documentZoneText], ['Europe/Berlin', 'Europe/Berlin']);
  });

  it('says when there is no timeline section, and takes no zone from nothing', () => {
    const model = view('# Outage\n\n## Summary\n\nIt broke.\n');
    assert.deepEqual(
      [model.hasSection, model.rows, model.gaps, model.documentZone, model.documentZoneText],
      [false, [], [], null, null],
    );
  });
});
