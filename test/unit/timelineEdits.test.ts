import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { Milestone } from '../../src/core/vocabulary/terms';
import type { PostmortemDocument, TimelineEntry } from '../../src/core/model/types';
import { checkedTimelineEdits, timelineEdits } from '../../src/core/timeline/edits';
import { entrySource } from '../../src/core/timeline/entrySource';
import { entryIds } from '../../src/core/timeline/ids';
import type { TimelineIntent } from '../../src/core/timeline/protocol';
import { generatedPostmortem } from '../support/generatedInputs';
import { syntheticPostmortem } from '../support/syntheticPostmortem';
import { corpusDocuments } from './documents';

const NOW = Date.UTC(2025, 0, 5, 14, 32, 10);
const parse = (text: string) => parsePostmortem(text, { config: DEFAULT_CONFIG });

function doc(...timeline: string[]): string {
  return ['# Outage', '', '## Timeline', '', ...timeline, '', '## Root Cause', '', 'A pool.', ''].join('\n');
}

/** The text after the intent, checked to differ only inside the timeline section. */
function apply(text: string, intent: (ids: string[], document: PostmortemDocument) => TimelineIntent): string {
  const document = parse(text);
  const result = timelineEdits(document, intent(entryIds(document.timeline), document), NOW);
  assert.ok('edits' in result, 'refused' in result ? result.refused : '');
  const after = applyEdits(text, result.edits);
  assertOnlyTimelineChanged(document, after);
  return after;
}

function refusal(text: string, intent: (ids: string[]) => TimelineIntent): string {
  const document = parse(text);
  const result = timelineEdits(document, intent(entryIds(document.timeline)), NOW);
  assert.ok('refused' in result, 'expected a refusal');
  return result.refused;
}

function assertOnlyTimelineChanged(before: PostmortemDocument, after: string): void {
  const sections = before.sections.filter((section) => section.kind === 'timeline');
  if (sections.length === 0) {
    assert.equal(after, before.text);
    return;
  }
  const start = Math.min(...sections.map((section) => section.headingRange.end.offset));
  const lastLine = Math.max(...sections.map((section) => section.range.end.offset));
  const endOfLine = before.text.slice(lastLine).search(/\r?\n|$/) + lastLine;
  const tail = before.text.slice(endOfLine);
  assert.equal(after.slice(0, start), before.text.slice(0, start), 'text before the timeline section');
  assert.equal(after.slice(after.length - tail.length), tail, 'text after the timeline section');
}

const entries = (text: string) =>
  parse(text).timeline.map((entry) => [entry.timeText, entry.description, entry.milestone ?? null]);

describe('timeline edits in a list', () => {
  const text = doc('- **16:58 UTC** - Writer database saturates', '- **17:05 UTC** - Pods crash [detected]');

  it('edits the time, the description and the milestone, replacing only their characters', () => {
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, time: '16:59' })),
      doc('- **16:59 UTC** - Writer database saturates', '- **17:05 UTC** - Pods crash [detected]'),
    );
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, description: 'Writer database saturated' })),
      doc('- **16:58 UTC** - Writer database saturated', '- **17:05 UTC** - Pods crash [detected]'),
    );
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[1]!, milestone: 'mitigated' })),
      doc('- **16:58 UTC** - Writer database saturates', '- **17:05 UTC** - Pods crash [mitigated]'),
    );
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[1]!, milestone: null })),
      doc('- **16:58 UTC** - Writer database saturates', '- **17:05 UTC** - Pods crash'),
    );
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, milestone: 'started' })),
      doc('- **16:58 UTC** - Writer database saturates [started]', '- **17:05 UTC** - Pods crash [detected]'),
    );
  });

  it('keeps links and emphasis around the words that changed', () => {
    const linked = doc('- 14:02 UTC [Deploy](https://x.test/1) of *config* went out');
    assert.equal(
      apply(linked, (ids) => ({
        type: 'edit',
        version: 1,
        id: ids[0]!,
        description: 'Deploy of config went out to prod',
      })),
      doc('- 14:02 UTC [Deploy](https://x.test/1) of *config* went out to prod'),
    );
  });

  it('adds entries after the chosen one and at the end, in the list\u2019s style, with markup escaped', () => {
    const added = apply(text, (ids) => ({
      type: 'add',
      version: 1,
      afterId: ids[0]!,
      entry: { time: '17:01', description: 'Config *change* <b>', milestone: 'started' },
    }));
    assert.equal(
      added,
      doc(
        '- **16:58 UTC** - Writer database saturates',
        '- **17:01 UTC** - Config \\*change\\* \\<b\\> [started]',
        '- **17:05 UTC** - Pods crash [detected]',
      ),
    );
    assert.deepEqual(entries(added)[1], ['17:01 UTC', 'Config *change* <b> [started]', 'started']);
    const last = apply(text, () => ({
      type: 'add',
      version: 1,
      afterId: null,
      entry: { time: null, description: 'Now', milestone: null },
    }));
    assert.deepEqual(entries(last)[2], ['14:32 UTC', 'Now', null]);
  });

  it('deletes an entry\u2019s lines, and sorts by time moving only the entries\u2019 text', () => {
    assert.equal(
      apply(text, (ids) => ({ type: 'delete', version: 1, id: ids[0]! })),
      doc('- **17:05 UTC** - Pods crash [detected]'),
    );
    assert.equal(
      apply(text, (ids) => ({ type: 'delete', version: 1, id: ids[1]! })),
      doc('- **16:58 UTC** - Writer database saturates'),
    );
    const unsorted = doc('- 14:10 UTC b', '  more of b', '- 14:05 UTC a', '- 14:20 UTC c');
    assert.equal(
      apply(unsorted, () => ({ type: 'sort', version: 1 })),
      doc('- 14:05 UTC a', '- 14:10 UTC b', '  more of b', '- 14:20 UTC c'),
    );
    const sorted = parse(text);
    assert.deepEqual(timelineEdits(sorted, { type: 'sort', version: 1 }, NOW), { edits: [] });
  });

  it('gives a bullet with no time under a date line a time, and adds entries after it with one', () => {
    const dated = doc('2025-01-05:', '', '- 14:05 Bypass reported', '- Review scheduled');
    assert.equal(
      apply(dated, (ids) => ({ type: 'edit', version: 1, id: ids[1]!, time: '15:10' })),
      doc('2025-01-05:', '', '- 14:05 Bypass reported', '- 15:10 Review scheduled'),
    );
    assert.equal(
      apply(dated, (ids) => ({
        type: 'add',
        version: 1,
        afterId: ids[1]!,
        entry: { time: '15:30', description: 'Fix deployed', milestone: null },
      })),
      doc('2025-01-05:', '', '- 14:05 Bypass reported', '- Review scheduled', '- 15:30 Fix deployed'),
    );
  });

  it('copies the bullet, indentation and separator of its neighbour', () => {
    for (const line of ['* 14:02 \u2014 Deploy', '  - 14:02: Deploy', '- 14:02 Deploy', '1. 14:02 - Deploy']) {
      const added = apply(doc(line), () => ({
        type: 'add',
        version: 1,
        afterId: null,
        entry: { time: '14:30', description: 'Rollback', milestone: null },
      }));
      assert.equal(added, doc(line, line.replace('14:02', '14:30').replace('Deploy', 'Rollback')), line);
    }
  });
});

describe('timeline edits in tables, headings and lines', () => {
  it('writes a table row with the same columns, escaping pipes, and edits cells', () => {
    const table = doc('| Time (UTC) | Event | Owner |', '| --- | --- | --- |', '| 2025-01-05 14:02 | Deploy | @a |');
    const added = apply(table, (ids) => ({
      type: 'add',
      version: 1,
      afterId: ids[0]!,
      entry: { time: '14:30', description: 'Roll\nback | now', milestone: null },
    }));
    assert.equal(added.split('\n')[7], '| 2025-01-05 14:30 | Roll back \\| now |    |');
    assert.deepEqual(entries(added)[1], ['2025-01-05 14:30', 'Roll back | now', null]);
    const edited = apply(table, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, description: 'Deploy 42 | @a' }));
    assert.equal(edited.split('\n')[6], '| 2025-01-05 14:02 | Deploy 42 | @a |');
  });

  it('fills split date and time columns', () => {
    const table = doc(
      '| Day | Date | Time (UTC) | Event |',
      '|---|---|---|---|',
      '| Sun | 2025-01-05 | 22:40 | Login fails |',
    );
    const added = apply(table, () => ({
      type: 'add',
      version: 1,
      afterId: null,
      entry: { time: '2025-01-06 00:10', description: 'Fixed', milestone: 'resolved' },
    }));
    assert.equal(added.split('\n')[7], '|     | 2025-01-06 | 00:10 | Fixed [resolved] |');
    const entry = parse(added).timeline[1]!;
    assert.deepEqual([entry.instant, entry.milestone], [Date.UTC(2025, 0, 6, 0, 10), 'resolved']);
  });

  it("reads each table's own date columns, from all its rows, for every row's entry", () => {
    // The first table writes a date in its second column in a later row only; the second table's second column is
    // the description's.
    const document = parse(
      doc(
        '| Time (UTC) | When | Event |',
        '|---|---|---|',
        '| 22:40 | | Login fails |',
        '| 22:50 | 2025-01-05 | Paged |',
        '',
        'Later:',
        '',
        '| Time (UTC) | Event | Notes |',
        '|---|---|---|',
        '| 2025-01-06 00:10 | Fixed | PR 12 |',
      ),
    );
    const cells = document.timeline.map((entry) => {
      const source = entrySource(document, entry);
      return typeof source === 'string' ? source : source.descriptionCells;
    });
    assert.deepEqual(cells, [[2], [2], [1, 2]]);
  });

  it('never writes a description into a column the header names as the time, when a row lacks a cell', () => {
    // The row's time sits in the Date column and its text in the Time column: the reader takes no description from
    // it, so the editor has no cell to write one into.
    const table = doc(
      '| Day | Date (2022) | Time (UTC) | Event |',
      '|---|---|---|---|',
      '| Thur | Jan 20 22:40 | Login fails.',
    );
    const reason = refusal(table, (ids) => ({
      type: 'add',
      version: 1,
      afterId: ids[0]!,
      entry: { time: '22:45', description: 'Fixed', milestone: null },
    }));
    assert.match(reason, /no cell for a description/);
  });

  it('writes heading entries with the paragraph under them, and deletes the whole block', () => {
    const headings = doc(
      '### 2018-01-04 07:33',
      '',
      'Reviewed PR.',
      '',
      '### 08:03',
      '',
      'Failed deploy.',
      '',
      'More about it.',
    );
    const added = apply(headings, (ids) => ({
      type: 'add',
      version: 1,
      afterId: ids[0]!,
      entry: { time: '07:50', description: '# Merged', milestone: null },
    }));
    assert.equal(
      added,
      doc(
        '### 2018-01-04 07:33',
        '',
        'Reviewed PR.',
        '',
        '### 2018-01-04 07:50',
        '',
        '\\# Merged',
        '',
        '### 08:03',
        '',
        'Failed deploy.',
        '',
        'More about it.',
      ),
    );
    assert.equal(
      apply(headings, (ids) => ({ type: 'delete', version: 1, id: ids[1]! })),
      doc('### 2018-01-04 07:33', '', 'Reviewed PR.'),
    );
    assert.equal(
      apply(headings, (ids) => ({ type: 'delete', version: 1, id: ids[0]! })),
      doc('### 08:03', '', 'Failed deploy.', '', 'More about it.'),
    );
  });

  it('writes plain lines in 12-hour time, and keeps CRLF line ends', () => {
    const lines = doc('7:32 PM - The chain stalled.', '7:38 PM - Monitoring detected it.').replace(/\n/g, '\r\n');
    const added = apply(lines, (ids) => ({
      type: 'add',
      version: 1,
      afterId: ids[0]!,
      entry: { time: '19:35', description: 'Paged', milestone: null },
    }));
    assert.equal(
      added,
      doc('7:32 PM - The chain stalled.', '7:35 PM - Paged', '7:38 PM - Monitoring detected it.').replace(
        /\n/g,
        '\r\n',
      ),
    );
    assert.equal(
      apply(lines, (ids) => ({ type: 'delete', version: 1, id: ids[1]! })),
      doc('7:32 PM - The chain stalled.').replace(/\n/g, '\r\n'),
    );
  });

  it('reads and edits a status page\u2019s updates, each told above its time', () => {
    const updates = doc(
      '**Resolved** - This incident has been resolved.',
      'Nov 3, 14:22 UTC',
      '',
      '**Investigating** - We are investigating',
      'elevated error rates.',
      'Nov 3, 13:12 UTC',
    );
    assert.deepEqual(entries(updates), [
      ['Nov 3, 14:22 UTC', 'Resolved - This incident has been resolved.', null],
      ['Nov 3, 13:12 UTC', 'Investigating - We are investigating elevated error rates.', null],
    ]);
    assert.equal(
      apply(updates, (ids) => ({ type: 'edit', version: 1, id: ids[1]!, description: 'Investigating errors' })),
      doc(
        '**Resolved** - This incident has been resolved.',
        'Nov 3, 14:22 UTC',
        '',
        '**Investigating** errors',
        'Nov 3, 13:12 UTC',
      ),
    );
    assert.equal(
      apply(updates, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, time: '14:25' })),
      doc(
        '**Resolved** - This incident has been resolved.',
        'Nov 3, 14:25 UTC',
        '',
        '**Investigating** - We are investigating',
        'elevated error rates.',
        'Nov 3, 13:12 UTC',
      ),
    );
    assert.equal(
      apply(updates, (ids) => ({ type: 'delete', version: 1, id: ids[0]! })),
      doc('', '**Investigating** - We are investigating', 'elevated error rates.', 'Nov 3, 13:12 UTC'),
    );
  });

  it('reads and edits a timeline set in a code block, a line each, when the section holds no other entries', () => {
    const lines = [
      'All times UTC.',
      '',
      '```',
      '2023-06-17 18:05 Block is created, nodes fail',
      '2023-06-17 19:10 Issue reported',
      '   via Telegram',
      '2023-06-18 03:00 Root cause found',
    ];
    // Closed or, as a real postmortem left it, never closed: the fence then runs to the end of the document.
    const closed = doc(...lines, '```');
    assert.deepEqual(entries(closed), [
      ['2023-06-17 18:05', 'Block is created, nodes fail', null],
      ['2023-06-17 19:10', 'Issue reported via Telegram', null],
      ['2023-06-18 03:00', 'Root cause found', null],
    ]);
    assert.equal(entries(`# Outage\n\n## Timeline\n\n${lines.join('\n')}\n`).length, 3);
    assert.equal(
      apply(closed, (ids) => ({ type: 'edit', version: 1, id: ids[1]!, time: '19:12' })),
      closed.replace('19:10', '19:12'),
    );
    assert.equal(
      apply(closed, (ids) => ({ type: 'delete', version: 1, id: ids[1]! })),
      closed.replace('2023-06-17 19:10 Issue reported\n   via Telegram\n', ''),
    );
    assert.equal(
      apply(closed, (ids) => ({
        type: 'add',
        version: 1,
        afterId: ids[0]!,
        entry: { time: '18:30', description: 'Paged', milestone: 'detected' },
      })),
      closed.replace('fail\n', 'fail\n2023-06-17 18:30 Paged [detected]\n'),
    );
    // A log pasted beside the entries of a list is no timeline of its own.
    assert.deepEqual(
      entries(
        doc(
          '- 18:00 Deploy',
          '- 18:05 Alert',
          '',
          '```',
          '18:01:02 ERROR a',
          '18:01:03 ERROR b',
          '18:01:04 ERROR c',
          '```',
        ),
      ),
      [
        ['18:00', 'Deploy', null],
        ['18:05', 'Alert', null],
      ],
    );
  });

  it('keeps the time format: dates, seconds, zones, and now in the document\u2019s zone', () => {
    const cases: [string, string][] = [
      ['- 2025-01-05 09:00 PST Deploy', '- 2025-01-05 06:32 PST Now'],
      ['- 14:02:07 CET Deploy', '- 15:32:10 CET Now'],
      ['- 02:05 pm Deploy', '- 02:32 pm Now'],
    ];
    for (const [line, expected] of cases) {
      assert.equal(
        apply(doc(line), () => ({
          type: 'add',
          version: 1,
          afterId: null,
          entry: { time: null, description: 'Now', milestone: null },
        })),
        doc(line, expected),
      );
    }
    const berlin = `---\ntimezone: Europe/Berlin\n---\n${doc()}`;
    const first = apply(berlin, () => ({
      type: 'add',
      version: 1,
      afterId: null,
      entry: { time: null, description: 'Started', milestone: 'started' },
    }));
    assert.match(first, /## Timeline\n\n- 15:32 Europe\/Berlin Started \[started\]\n\n+## Root Cause/);
    assert.equal(
      apply(doc('- 14:02 UTC Deploy'), (ids) => ({ type: 'edit', version: 1, id: ids[0]!, time: '16:00 CET' })),
      doc('- 15:00 UTC Deploy'),
    );
  });

  it('writes the first entry of an empty section as a list line, and creates a missing section', () => {
    const empty = doc().replace('## Timeline\n\n', '## Timeline\n\n<!-- prompt -->\n');
    assert.equal(
      apply(empty, () => ({
        type: 'add',
        version: 1,
        afterId: null,
        entry: { time: '14:02', description: 'Deploy', milestone: null },
      })),
      empty.replace('<!-- prompt -->\n', '<!-- prompt -->\n\n- 14:02 UTC Deploy\n'),
    );
    const none = '# Outage\n\n## Summary\n\nIt broke.\n\n## Root Cause\n\nA pool.\n';
    const document = parse(none);
    const created = timelineEdits(document, { type: 'createSection', version: 1 }, NOW);
    assert.ok('edits' in created);
    assert.ok(parse(applyEdits(none, created.edits)).sections.some((section) => section.kind === 'timeline'));
    assert.match(
      refusal(doc('- 14:02 UTC x'), () => ({ type: 'createSection', version: 1 })),
      /already/,
    );
    assert.match(
      refusal(none, () => ({
        type: 'add',
        version: 1,
        afterId: null,
        entry: { time: null, description: 'x', milestone: null },
      })),
      /no timeline section/,
    );
  });

  it('refuses to change an entry that shares its line with another through <br>, saying why', () => {
    const text = ['# Outage', '', '## Timeline', '', '14:02 Deploy<br> 14:05 Alert fires<br> 14:09 Rollback', ''].join(
      '\n',
    );
    for (const index of [0, 1, 2])
      assert.match(
        refusal(text, (ids) => ({ type: 'delete', version: 1, id: ids[index]! })),
        /shares its line with another/,
      );
  });

  it('refuses unknown ids and times that are not times, clearly', () => {
    const text = doc('- 14:02 UTC Deploy');
    for (const intent of [
      { type: 'edit', version: 1, id: 'e0000000', description: 'x' },
      { type: 'delete', version: 1, id: 'nope' },
      { type: 'add', version: 1, afterId: 'gone', entry: { time: null, description: 'x', milestone: null } },
    ] as const) {
      assert.match(
        refusal(text, () => intent),
        /changed or was removed meanwhile/,
      );
    }
    assert.match(
      refusal(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, time: 'soon' })),
      /"soon" is not a time/,
    );
    assert.match(
      refusal(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, time: '25:00' })),
      /not a time/,
    );
  });

  it(
    'refuses, when checked, an entry that would not read back as one, and puts a first entry ' +
      'before an unclosed fence',
    () => {
      const unclosed = '# Outage\n\n## Timeline\n\n### 10:00 UTC Deploy\n\n```\nlog lines, never closed\n';
      const document = parse(unclosed);
      const add = {
        type: 'add',
        version: 1,
        afterId: null,
        entry: { time: '10:05 UTC', description: 'Alert', milestone: null },
      } as const;
      assert.ok('edits' in timelineEdits(document, add, NOW), 'unchecked, the edit is built');
      const checked = checkedTimelineEdits(document, add, NOW, parse);
      assert.ok('refused' in checked && /would not read back/.test(checked.refused));
      const empty = '# Outage\n\n## Timeline\n\n```\nlog lines, never closed\n';
      const first = apply(empty, () => add);
      assert.equal(first, '# Outage\n\n## Timeline\n\n- 10:05 UTC Alert\n\n```\nlog lines, never closed\n');
      assert.equal(parse(first).timeline.length, 1);
    },
  );

  it('gives an entry the same id after edits elsewhere', () => {
    const text = doc('- 14:02 UTC Deploy', '- 14:05 UTC Alert');
    const before = entryIds(parse(text).timeline);
    const after = entryIds(
      parse(apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[0]!, description: 'Deploy 42' }))).timeline,
    );
    assert.equal(after[1], before[1]);
    assert.notEqual(after[0], before[0]);
    const [single] = entryIds(parse(doc('- 14:02 UTC a')).timeline);
    assert.deepEqual(entryIds(parse(doc('- 14:02 UTC a', '- 14:02 UTC a')).timeline), [single, `${single}-2`]);
  });
});

/** An intent for a document, and a check of what re-parsing the result must read. */
type Step = (
  document: PostmortemDocument,
  ids: readonly string[],
) =>
  | { intent: TimelineIntent; check: (before: readonly TimelineEntry[], after: readonly TimelineEntry[]) => void }
  | undefined;

const words = fc
  .array(
    fc.constantFrom(
      'pool',
      'alert',
      'db',
      'rolled',
      'back',
      '42',
      'p99',
      'a*b',
      '_x_',
      '[link]',
      '<b>',
      'a|b',
      'x.y',
      'it\u2019s',
      'caf\u00e9',
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((list) => list.join(' '));
const milestones = fc.constantFrom<Milestone | null>(null, 'started', 'detected', 'mitigated', 'resolved');
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const msOfDay = (entry: TimelineEntry) => (entry.wallClock === undefined ? undefined : entry.wallClock % 86_400_000);
const minutesOf = (time: string) => (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) * 60_000;
const entryText = (entry: TimelineEntry) => `${entry.timeText} ${entry.description}`;
const sortKey = (entry: TimelineEntry, all: readonly TimelineEntry[]) =>
  all.every((one) => one.instant !== undefined || one.wallClock === undefined) ? entry.instant : entry.wallClock;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.nat(), fc.option(clock), fc.option(words), fc.option(milestones)).map(
    ([pick, time, description, milestone]): Step =>
      (document, ids) => {
        if (ids.length === 0 || (time === null && description === null && milestone === null)) return undefined;
        const index = pick % ids.length;
        const change = {
          ...(time === null ? {} : { time }),
          ...(description === null ? {} : { description }),
          ...(milestone === null ? {} : { milestone }),
        };
        const old = document.timeline[index]!;
        const approximate =
          old.approximate || !/^\d{1,2}:\d{2}(?:[ \t]|$)/.test(old.timeText.replace(/^\d{4}-\d{2}-\d{2}[ T]+/, ''));
        return {
          intent: { type: 'edit', version: 1, id: ids[index]!, ...change },
          check: (before, after) => {
            assert.equal(after.length, before.length, 'an edit keeps the number of entries');
            const entry = after[index]!;
            if (description !== null && milestone === null)
              assert.ok(
                entry.description.includes(description.replace(/\s+/g, ' ')),
                `description ${JSON.stringify(entry.description)}`,
              );
            if (milestone !== null) assert.equal(entry.milestone ?? null, milestone);
            if (
              time !== null &&
              !approximate &&
              entry.zone === old.zone &&
              msOfDay(entry) !== undefined &&
              old.zone !== undefined
            )
              assert.equal(msOfDay(entry), minutesOf(time), `time ${entry.timeText}`);
          },
        };
      },
  ),
  fc.tuple(fc.nat(), fc.boolean(), fc.option(clock), words, milestones).map(
    ([pick, atEnd, time, description, milestone]): Step =>
      (_document, ids) => {
        const index = ids.length === 0 || atEnd ? ids.length - 1 : pick % ids.length;
        return {
          intent: {
            type: 'add',
            version: 1,
            afterId: index < 0 || atEnd ? null : ids[index]!,
            entry: { time, description, milestone },
          },
          check: (before, after) => {
            assert.equal(after.length, before.length + 1, 'one more entry');
            const entry = after[index + 1]!;
            assert.ok(entry.description.includes(description), `new description ${JSON.stringify(entry.description)}`);
            assert.equal(entry.milestone ?? null, milestone);
          },
        };
      },
  ),
  fc.nat().map(
    (pick): Step =>
      (_document, ids) => {
        if (ids.length === 0) return undefined;
        const index = pick % ids.length;
        return {
          intent: { type: 'delete', version: 1, id: ids[index]! },
          check: (before, after) => {
            assert.equal(after.length, before.length - 1, 'one fewer entry');
            assert.deepEqual(entryIds(after), entryIds(before.filter((_entry, i) => i !== index)));
          },
        };
      },
  ),
  fc.constant<Step>(() => ({
    intent: { type: 'sort', version: 1 },
    check: (before, after) => {
      assert.deepEqual([...entryIds(after)].sort(), [...entryIds(before)].sort(), 'the same entries');
      // An entry written twice has its id by occurrence, so the order is checked by the entries' text: the timed
      // ones in the order of their times, ties in the order they were written.
      const timed = before.flatMap((entry) => {
        const key = sortKey(entry, before);
        return key === undefined ? [] : [{ text: entryText(entry), key }];
      });
      const expected = [...timed].sort((a, b) => a.key - b.key).map((entry) => entry.text);
      const texts = new Set(expected);
      assert.deepEqual(
        after.map(entryText).filter((text) => texts.has(text)),
        expected,
        'ordered',
      );
    },
  })),
);

/** Runs the steps; each applied one changes only the timeline section and reads back as intended. */
function runSteps(initial: string, steps: readonly Step[]): void {
  let text = initial;
  for (const make of steps) {
    const document = parse(text);
    const planned = make(document, entryIds(document.timeline));
    if (!planned) continue;
    const result = checkedTimelineEdits(document, planned.intent, NOW, parse);
    if ('refused' in result) continue;
    const after = applyEdits(text, result.edits);
    assertOnlyTimelineChanged(document, after);
    try {
      if (result.edits.length > 0 && wellFormedTimeline(document))
        planned.check(document.timeline, parse(after).timeline);
    } catch (error) {
      throw new Error(
        `${JSON.stringify(planned.intent)} ${JSON.stringify(result.edits)} on ` +
          `${JSON.stringify(text)}: ${(error as Error).message}`,
      );
    }
    text = after;
  }
}

/**
 * A timeline the intents' read-back is checked on: one section whose entries have their own lines
 * and one shape. Mutated documents (an entry glued to a heading, a time in a code fence) still
 * get the only-the-timeline-changes check.
 */
function wellFormedTimeline(document: PostmortemDocument): boolean {
  const sections = document.sections.filter(
    (section) => section.kind === 'timeline' && document.sections[section.parent ?? -1]?.kind !== 'timeline',
  );
  const styles = new Set(document.timeline.map((entry) => entry.style));
  return sections.length === 1 && styles.size <= 1 && !document.text.includes('\r') && document.problems.length === 0;
}

describe('timeline edits on real and generated postmortems', () => {
  const corpus = corpusDocuments();
  const seeds = [...corpus.map((document) => document.text), syntheticPostmortem(80)];

  it('change only the timeline section and read back as intended, on every corpus document', function () {
    this.timeout(120_000);
    for (const { name, text } of corpus) {
      const run = fc.check(
        fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => runSteps(text, steps)),
        { numRuns: 10 },
      );
      if (run.failed) throw new Error(`${name} (seed ${run.seed}): ${String(run.errorInstance)}`);
    }
  });

  it('change only the timeline section on generated documents', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(generatedPostmortem(seeds, 0.2), fc.array(step, { minLength: 1, maxLength: 4 }), (text, steps) =>
        runSteps(text, steps),
      ),
      { numRuns: 250 },
    );
  });
});

describe('timeline milestones in capitals, as the SRE book writes them', () => {
  const text = doc(
    '- 14:51 News reports a new sonnet',
    '- 14:54 OUTAGE BEGINS — Search backends start melting down under load',
    '- 15:01 INCIDENT BEGINS. Incident commander: jennifer',
    '- 15:36 OUTAGE MITIGATED, traffic diverted to USA-1',
    '- 16:00 OUTAGE ENDS',
  );

  it('reads the incident and the word in capitals as the milestone, the first of each kind counting', () => {
    assert.deepEqual(
      parse(text).timeline.map((entry) => entry.milestone ?? null),
      [null, 'started', 'started', 'mitigated', 'resolved'],
    );
    assert.deepEqual(parse(text).metrics.timeToResolve, 66 * 60_000);
  });

  it('writes a changed milestone in the same capitals, in place', () => {
    assert.equal(
      apply(text, (ids) => ({ type: 'edit', version: 1, id: ids[3]!, milestone: 'resolved' })),
      text.replace('OUTAGE MITIGATED', 'OUTAGE ENDS'),
    );
  });

  it('reads no milestone in capitals without the incident, nor in a sentence in lower case', () => {
    const plain = doc('- 14:54 Outage begins to spread to eu-west', '- 15:00 BEGINS', '- 15:02 the incident ended');
    assert.deepEqual(
      parse(plain).timeline.map((entry) => entry.milestone ?? null),
      [null, null, null],
    );
  });
});
