// Editing an entry's time in the timeline editor keeps every part of it the author wrote: a
// time typed in the entry's own notation changes only the time's digits, on the real postmortems,
// the examples and generated timelines.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { timestampAt } from '../../src/core/model/time';
import type { PostmortemDocument, TimelineEntry } from '../../src/core/model/types';
import { timelineEdits } from '../../src/core/timeline/edits';
import { entryIds } from '../../src/core/timeline/ids';
import { rewriteDate } from '../../src/core/timeline/writtenDate';
import { corpusDocuments, evalDocuments, exampleDocuments } from './documents';

const NOW = Date.UTC(2025, 0, 5, 14, 32, 10);
const parse = (text: string) => parsePostmortem(text, { config: DEFAULT_CONFIG });

/** The entry's time text with its minutes moved on by `step`, digits only. */
function movedMinutes(entry: TimelineEntry, step: number): { text: string; at: number } | undefined {
  const table = entry.style === 'table';
  const found = timestampAt(entry.timeText, 0, { compact: table, wholeCell: table });
  if (!found?.time || found.start !== 0) return undefined;
  const clock = entry.timeText.slice(found.clockStart, found.clockEnd);
  const minutes = /^(\d{1,2}(?:[:.]| ?h ?)?)(\d{2})/.exec(clock);
  if (!minutes) return undefined;
  const at = found.clockStart + minutes[1]!.length;
  const next = String((Number(minutes[2]) + step) % 60).padStart(2, '0');
  return { text: entry.timeText.slice(0, at) + next + entry.timeText.slice(at + 2), at };
}

/** Edits each timed entry's minutes: each edit changes their two digits, nothing else. Returns how many it checked. */
function checkTimeEdits(text: string, step: number): number {
  const document: PostmortemDocument = parse(text);
  const ids = entryIds(document.timeline);
  let checked = 0;
  document.timeline.forEach((entry, index) => {
    if (entry.wallClock === undefined || entry.invalid !== undefined) return;
    const moved = movedMinutes(entry, step);
    if (!moved) return;
    const result = timelineEdits(document, { type: 'edit', version: 1, id: ids[index]!, time: moved.text }, NOW);
    if ('refused' in result) return;
    const start = entry.timeRange.start.offset;
    const expected = text.slice(0, start) + moved.text + text.slice(entry.timeRange.end.offset);
    assert.equal(
      applyEdits(text, result.edits),
      expected,
      `${JSON.stringify(entry.timeText)} -> ${JSON.stringify(moved.text)}`,
    );
    checked++;
  });
  return checked;
}

const NOTATIONS = [
  '14:32',
  '14:32 UTC',
  '2:05 PM',
  '2:05 p.m. PDT',
  '2025-01-05 14:32',
  '2025-01-05T14:32:00Z',
  'Sep 27 2017 13:06',
  '[03-26 23:04]',
  '[12-05 16:21]',
  '08.48',
  '14h32',
  '14 h 32',
  '14:05h',
  'At 14:20 UTC,',
  '00:10 CEST',
  '23:59 GMT+2',
  '12:00 Europe/Berlin',
  '**01:30 GMT+1:00:**',
  '21:45 UTC+1:',
  '09:00 (UTC-4)',
  '14:05 [UTC+2]',
  '[14:05] [UTC-2]',
  '**14:05** (UTC+2)',
  '14:20 UTC+2;',
  '14:05 hrs UTC',
  '14:05 (PDT/UTC-7)',
  '14:05 GMT/BST',
  '14:05, UTC:',
  '14:05 — UTC —',
  '03:00 -04:00 -',
  '14:32:05',
  'Thursday, January 20th, 2022 14:00',
  '19.04.2018 11:00',
  '26th August 2021, 09:15',
  '`14:11 UTC` —',
  '~13:30',
  'Wednesday 16:58',
  'Wed, 09:15 UTC',
  '14:05 Z',
  '1405Z',
  '1405 UTC',
  '14:05 Pacific',
  '14:05 Pacific:',
  '14:05 (Eastern)',
  '14:05 Atlantic time',
  '14:05 EST5EDT',
];
const LEADS = ['- ', '* ', '1. ', '- [ ] ', ''];

const generatedTimeline = fc
  .array(fc.tuple(fc.constantFrom(...LEADS), fc.constantFrom(...NOTATIONS), fc.constantFrom(' ', ' - ', ': ')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((entries) => {
    const lines = entries.map(([lead, time, separator]) => `${lead}${time}${separator}Rolled back the deploy`);
    return [
      '---',
      'date: 2024-03-09',
      'timezone: UTC',
      '---',
      '# Outage',
      '',
      '## Timeline',
      '',
      ...lines,
      '',
      '## Root Cause',
      '',
      'A pool.',
      '',
    ].join('\n');
  });

describe('editing a time in its own notation', () => {
  it('changes only the digits, on the real postmortems and the examples', function () {
    this.timeout(60_000);
    let checked = 0;
    // The shared corpus when it is there; the repository's own real postmortems always.
    for (const { text } of [...corpusDocuments(), ...evalDocuments(), ...exampleDocuments()])
      checked += checkTimeEdits(text, 7);
    assert.ok(checked > 100, `only ${checked} entries were edited`);
  });

  it('changes only the digits on generated timelines', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(generatedTimeline, fc.integer({ min: 1, max: 59 }), (text, step) => void checkTimeEdits(text, step)),
      { numRuns: 200 },
    );
  });

  it('keeps a month-and-day stamp when the time changes, and rewrites it in its notation when the day does', () => {
    const text = [
      '---',
      'date: 2018-12-05',
      'timezone: UTC',
      '---',
      '## Timeline',
      '',
      '- [12-05 16:21] Crashloop bug introduced',
      '',
    ].join('\n');
    const document = parse(text);
    const edit = (time: string) => {
      const result = timelineEdits(
        document,
        { type: 'edit', version: 1, id: entryIds(document.timeline)[0]!, time },
        NOW,
      );
      assert.ok('edits' in result);
      return applyEdits(text, result.edits).split('\n')[6];
    };
    assert.equal(edit('12-05 16:25'), '- [12-05 16:25] Crashloop bug introduced');
    assert.equal(edit('16:25'), '- [12-05 16:25] Crashloop bug introduced');
    assert.equal(edit('12-06 09:02'), '- [12-06 09:02] Crashloop bug introduced');
  });

  it('changes the time of a bullet named by a bold label, and refuses to rewrite its words', () => {
    const text = [
      '## Timeline',
      '',
      '- **Incident Start:** 2025-08-18 23:15 UTC',
      '- **Detected:** 2025-08-18 23:25 UTC',
      '',
    ];
    const document = parse(text.join('\n'));
    const id = entryIds(document.timeline)[0]!;
    const timed = timelineEdits(document, { type: 'edit', version: 1, id, time: '2025-08-18 23:17 UTC' }, NOW);
    assert.ok('edits' in timed);
    assert.equal(applyEdits(text.join('\n'), timed.edits).split('\n')[2], '- **Incident Start:** 2025-08-18 23:17 UTC');
    const worded = timelineEdits(document, { type: 'edit', version: 1, id, description: 'Outage start' }, NOW);
    assert.ok('refused' in worded && /label before its time/.test(worded.refused));
  });

  it('changes the time of a bullet named by a plain label, keeping the label, and refuses to rewrite its words', () => {
    const text = ['## Timeline', '', '- Down: 15:21 UTC (~ 5 minutes)', '- Up: 15:38 UTC (manual check)', ''];
    const document = parse(text.join('\n'));
    const id = entryIds(document.timeline)[0]!;
    const timed = timelineEdits(document, { type: 'edit', version: 1, id, time: '15:25 UTC' }, NOW);
    assert.ok('edits' in timed);
    assert.equal(applyEdits(text.join('\n'), timed.edits).split('\n')[2], '- Down: 15:25 UTC (~ 5 minutes)');
    const worded = timelineEdits(document, { type: 'edit', version: 1, id, description: 'Outage' }, NOW);
    assert.ok('refused' in worded && /label before its time/.test(worded.refused));
  });

  it('keeps a weekday when the time changes, and rewrites it when the day does', () => {
    const text = ['---', 'date: 2024-06-05', 'timezone: UTC', '---', '## Timeline', '', '- Wednesday 16:58 Paged', ''];
    const document = parse(text.join('\n'));
    const edit = (time: string) => {
      const result = timelineEdits(
        document,
        { type: 'edit', version: 1, id: entryIds(document.timeline)[0]!, time },
        NOW,
      );
      assert.ok('edits' in result);
      return applyEdits(text.join('\n'), result.edits).split('\n')[6];
    };
    assert.equal(edit('17:05'), '- Wednesday 17:05 Paged');
    assert.equal(edit('2024-06-06 09:00'), '- Thursday 09:00 Paged');
  });

  it('writes a typed day into the date column of a table with the date and time in separate columns', () => {
    const text = [
      '---',
      'date: 2024-06-05',
      'timezone: UTC',
      '---',
      '## Timeline',
      '',
      '| Date | Time | Event |',
      '| --- | --- | --- |',
      '| 2024-06-05 | 14:00 | Deploy started |',
      '| Jun 5 | 14:10 | Alert fired |',
      '',
    ].join('\n');
    const document = parse(text);
    const edit = (index: number, time: string) => {
      const id = entryIds(document.timeline)[index]!;
      const result = timelineEdits(document, { type: 'edit', version: 1, id, time }, NOW);
      assert.ok('edits' in result);
      return applyEdits(text, result.edits).split('\n')[8 + index];
    };
    assert.equal(edit(0, '14:25'), '| 2024-06-05 | 14:25 | Deploy started |');
    assert.equal(edit(0, '2024-06-05 14:25'), '| 2024-06-05 | 14:25 | Deploy started |');
    assert.equal(edit(0, '2024-06-06 09:05'), '| 2024-06-06 | 09:05 | Deploy started |');
    assert.equal(edit(1, '2024-06-06 09:05'), '| Jun 6 | 09:05 | Alert fired |');
  });

  it('rewrites a written date to another day in the same notation', () => {
    const from = { year: 2022, month: 1, day: 20 };
    assert.equal(
      rewriteDate('Thursday, January 20th, 2022 ', from, { year: 2022, month: 3, day: 1 }),
      'Tuesday, March 1st, 2022 ',
    );
    assert.equal(rewriteDate('Thu Jan 20 ', from, { year: 2022, month: 1, day: 21 }), 'Fri Jan 21 ');
    assert.equal(
      rewriteDate('19.04.2018 ', { year: 2018, month: 4, day: 19 }, { year: 2018, month: 5, day: 2 }),
      '02.05.2018 ',
    );
    assert.equal(
      rewriteDate('7/5/2023 ', { year: 2023, month: 7, day: 5 }, { year: 2023, month: 7, day: 6 }),
      '7/6/2023 ',
    );
    assert.equal(
      rewriteDate('2024-12-31T', { year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }),
      '2025-01-01T',
    );
  });
});
