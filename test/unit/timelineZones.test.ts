// Times that must never be silently wrong: offsets before punctuation, unknown and ambiguous
// abbreviations, a negative offset beside a range, clock changes, and rollover after a doubtful entry.
// The findings on these times are the timeline rules' tests, in rules/.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { TimelineEntry } from '../../src/core/model/types';
import { UTC_DOC, zonedTimeline } from './rules/texts';

function timeline(lines: readonly string[]): readonly TimelineEntry[] {
  return parsePostmortem(lines.join('\n')).timeline;
}

function instants(lines: readonly string[]): (string | undefined)[] {
  return timeline(lines).map((entry) =>
    entry.instant === undefined ? undefined : new Date(entry.instant).toISOString().slice(0, 16),
  );
}

describe('timeline zones', () => {
  it('reads an offset before a colon, and leaves none of it in the description', () => {
    const lines = [
      '- 21:45 UTC+1: rollback started',
      '- **01:30 GMT+1:00:** queue drained',
      '- 21:45 +00:00: paged',
      '- 09:00 (UTC-4): status page',
    ];
    const entries = lines.map((line) => timeline([...UTC_DOC, line])[0]!);
    assert.deepEqual(
      entries.map((entry) => [entry.instant && new Date(entry.instant).toISOString().slice(0, 16), entry.description]),
      [
        ['2024-06-05T20:45', 'rollback started'],
        ['2024-06-05T00:30', 'queue drained'],
        ['2024-06-05T21:45', 'paged'],
        ['2024-06-05T13:00', 'status page'],
      ],
    );
  });

  it("reads a zone in brackets or after the time's closing markup, never the document zone instead", () => {
    const lines = [
      '- 14:05 [UTC+2] deploy started',
      '- 14:05 [CEST] deploy started',
      '- [14:05] [UTC-2] deploy started',
      '- **14:05** (UTC+2) deploy started',
      '- **14:05** UTC+2 deploy started',
      '- [14:05] PDT deploy started',
    ];
    const entries = lines.map((line) => timeline([...UTC_DOC, line])[0]!);
    assert.deepEqual(
      entries.map((entry) => [entry.instant && new Date(entry.instant).toISOString().slice(0, 16), entry.description]),
      [
        ['2024-06-05T12:05', 'deploy started'],
        ['2024-06-05T12:05', 'deploy started'],
        ['2024-06-05T16:05', 'deploy started'],
        ['2024-06-05T12:05', 'deploy started'],
        ['2024-06-05T12:05', 'deploy started'],
        ['2024-06-05T21:05', 'deploy started'],
      ],
    );
    assert.deepEqual(
      instants([...UTC_DOC, '- 14:05 [link](https://example.com) a', '- [14:10] [INFO] b']),
      ['2024-06-05T14:05', '2024-06-05T14:10'],
      'brackets that hold no zone are words',
    );
  });

  it('reads an offset with a spaced plus or after UTC/GMT, not UTC with the rest left in the description', () => {
    const entries = timeline([...UTC_DOC, '- 14:05 UTC + 2 a', '- 14:10 GMT + 05:30 b', '- 14:15 UTC/GMT+2 c']);
    assert.deepEqual(
      entries.map((entry) => [entry.instant && new Date(entry.instant).toISOString().slice(0, 16), entry.description]),
      [
        ['2024-06-05T12:05', 'a'],
        ['2024-06-05T08:40', 'b'],
        ['2024-06-05T12:15', 'c'],
      ],
    );
  });

  it('reads two ways of writing one zone, and a zone then "time", as that zone, not the document zone', () => {
    const newYork = ['---', 'date: 2024-06-05', 'timezone: America/New_York', '---', '## Timeline', ''];
    const lines = [
      '- 14:05 (UTC time) a',
      '- 14:05 (PDT/UTC-7) a',
      '- 14:05 (CEST, UTC+2) a',
      '- 14:05 GMT/BST a',
      '- 14:05 PST/PDT a',
      '- 14:05 hrs UTC a',
      '- 14:05 hours UTC a',
      '- 14:05, UTC: a',
      '- 14:05 in UTC a',
      '- 14:05 — UTC — a',
      '- 14:05 - UTC: a',
      '- 14:05 - MOST a',
    ];
    assert.deepEqual(
      lines.map((line) => {
        const [entry] = timeline([...newYork, line]);
        return [entry!.instant && new Date(entry!.instant).toISOString().slice(11, 16), entry!.description];
      }),
      [
        ['14:05', 'a'],
        ['21:05', 'a'],
        ['12:05', 'a'],
        ['13:05', 'a'],
        ['21:05', 'a'],
        ['14:05', 'a'],
        ['14:05', 'a'],
        ['14:05', 'a'],
        ['14:05', 'a'],
        ['14:05', 'a'],
        ['14:05', 'a'],
        ['18:05', 'MOST a'],
      ],
    );
    const [twoZones] = timeline([...newYork, '- 14:05 PDT/EDT a']);
    assert.equal(twoZones!.instant, undefined);
    assert.equal(twoZones!.doubt?.message, 'PDT/EDT names two zones: write one, such as PDT');
  });

  it('leaves no semicolon after a zone in the description', () => {
    const entries = timeline([...UTC_DOC, '- 14:20 UTC+2; rollback', '- 14:25 +02:00; again', '- 14:30 CEST; more']);
    assert.deepEqual(
      entries.map((entry) => entry.description),
      ['rollback', 'again', 'more'],
    );
  });

  it('gives no instant to an offset it cannot read instead of reading it as UTC', () => {
    assert.deepEqual(instants([...UTC_DOC, '- 14:00 UTC+15: a', '- 14:05 UTC+123 b']), [undefined, undefined]);
  });

  it('reads the abbreviations it knows and not the ones it does not, never as the document zone', () => {
    const read = (zone: string) => instants([...UTC_DOC, `- 09:30 ${zone} a`])[0];
    assert.deepEqual(['NPT', 'NST', 'LHDT', 'CHAST'].map(read), [
      '2024-06-05T03:45',
      '2024-06-05T13:00',
      '2024-06-04T22:30',
      '2024-06-04T20:45',
    ]);
    assert.deepEqual(instants([...UTC_DOC, '- 09:30 XKT deploy']), [undefined]);
    assert.deepEqual(
      instants([...UTC_DOC, '- 09:30 GET /health returned 503']),
      ['2024-06-05T09:30'],
      'an HTTP method is no zone',
    );
  });

  it('reads the abbreviations of Asia, Africa and the Atlantic, the ambiguous ones by the document zone', () => {
    const read = (zone: string) => instants([...UTC_DOC, `- 09:30 ${zone} a`])[0];
    assert.deepEqual(['WIB', 'WITA', 'WIT', 'PKT', 'ICT', 'WAT', 'SAST', 'EAT', 'ADT'].map(read), [
      '2024-06-05T02:30',
      '2024-06-05T01:30',
      '2024-06-05T00:30',
      '2024-06-05T04:30',
      '2024-06-05T02:30',
      '2024-06-05T08:30',
      '2024-06-05T07:30',
      '2024-06-05T06:30',
      '2024-06-05T12:30',
    ]);
    assert.deepEqual(['GST', 'AST'].map(read), [undefined, undefined], 'ambiguous in a UTC document');
    assert.deepEqual(instants([...UTC_DOC, '- 14:05 Uhr MEZ a', '- 14:10 Uhr MESZ b']), [
      '2024-06-05T13:05',
      '2024-06-05T12:10',
    ]);
    const decided = (zone: string, time: string) => instants(zonedTimeline(zone, '2024-01-15', `${time} a`))[0];
    assert.equal(decided('Asia/Dubai', '09:30 GST'), '2024-01-15T05:30');
    assert.equal(decided('America/Halifax', '09:30 AST'), '2024-01-15T13:30');
    assert.equal(decided('Asia/Riyadh', '09:30 AST'), '2024-01-15T06:30');
  });

  it('decides an ambiguous abbreviation by the document zone, or refuses it', () => {
    const doc = (zone: string) => zonedTimeline(zone, '2024-01-15', '14:00 IST deploy');
    assert.deepEqual(instants(doc('Asia/Kolkata')), ['2024-01-15T08:30']);
    assert.deepEqual(instants(doc('Europe/Dublin')), ['2024-01-15T13:00']);
    assert.deepEqual(instants(doc('+05:30')), ['2024-01-15T08:30']);
    assert.deepEqual(instants(doc('UTC')), [undefined]);
  });

  it('reads a negative offset beside a range from what follows and the other entries', () => {
    assert.deepEqual(instants([...UTC_DOC, '- 03:00 -04:00 - status page updated']), ['2024-06-05T07:00']);
    assert.deepEqual(
      instants([...UTC_DOC, '- 03:00-04:00 UTC - maintenance']),
      ['2024-06-05T03:00'],
      'a zone after it: a range',
    );
    assert.deepEqual(
      instants([...UTC_DOC, '- 05:00 -04:00 a']),
      ['2024-06-05T09:00'],
      'a range cannot end before it starts',
    );
    const ranges = [...UTC_DOC, '- 01:00-01:20 a', '- 03:00 -04:00 b'];
    assert.deepEqual(instants(ranges), ['2024-06-05T01:00', '2024-06-05T03:00'], 'the other entries write ranges');
    const offsets = [...UTC_DOC, '- 05:00 -04:00 a', '- 03:00-04:00 b'];
    assert.deepEqual(instants(offsets), ['2024-06-05T09:00', '2024-06-05T07:00'], 'the other entries write offsets');
    const unsure = ['---', 'date: 2024-06-05', '---', '## Timeline', '', '- 03:00 -04:00 a'];
    assert.deepEqual(instants(unsure), ['2024-06-05T07:00']);
  });

  it('resolves clock changes as RFC 5545 does, east and west', () => {
    const doc = (zone: string, date: string, time: string) => zonedTimeline(zone, date, `${time} a`);
    assert.deepEqual(instants(doc('America/New_York', '2024-03-10', '02:30')), ['2024-03-10T07:30']);
    assert.deepEqual(instants(doc('America/New_York', '2024-11-03', '01:30')), ['2024-11-03T05:30']);
    assert.deepEqual(instants(doc('Europe/Berlin', '2024-03-31', '02:30')), ['2024-03-31T01:30']);
    assert.deepEqual(instants(doc('Europe/Berlin', '2024-10-27', '02:30')), ['2024-10-27T00:30']);
  });

  it("reads one region's seasons across a clock change", () => {
    const lines = ['---', 'date: 2024-03-30', '---', '## Timeline', '', '- 23:30 CET deploy', '- 03:00 CEST rollback'];
    assert.deepEqual(instants(lines), ['2024-03-30T22:30', '2024-03-31T01:00']);
  });

  it('rolls over midnight from the entries read surely: a doubtful one shifts nothing after it', () => {
    const lines = [...UTC_DOC, '- 22:00 a', '- 23:00 b', '- 09:30 XKT c', '- 23:30 d', '- 00:10 e'];
    assert.deepEqual(instants(lines), [
      '2024-06-05T22:00',
      '2024-06-05T23:00',
      undefined,
      '2024-06-05T23:30',
      '2024-06-06T00:10',
    ]);
    const otherZone = [...UTC_DOC, '- 22:00 a', '- 04:45 +05:30 b', '- 23:30 c'];
    assert.deepEqual(
      instants(otherZone),
      ['2024-06-05T22:00', '2024-06-05T23:15', '2024-06-05T23:30'],
      'compared as instants',
    );
  });

  it('keeps a leading code span in the description', () => {
    const [entry] = timeline([...UTC_DOC, '- 14:11 UTC — `CheckoutAvailabilityBurnRate` alert pages the on-call']);
    assert.equal(entry!.description, 'CheckoutAvailabilityBurnRate alert pages the on-call');
  });

  it('reads a weekday and a time on that day: the date in scope, or the first such day after the entry before', () => {
    const lines = ['---', 'date: 2024-06-04', 'timezone: UTC', '---', '## Timeline', ''];
    const written = [
      '- Tuesday 23:00 a',
      '- Wed 01:00 b',
      '- Wednesday, 09:00 c',
      '- Thu. 08:00 d',
      '- Monday 10:00 e',
    ];
    assert.deepEqual(instants([...lines, ...written]), [
      '2024-06-04T23:00',
      '2024-06-05T01:00',
      '2024-06-05T09:00',
      '2024-06-06T08:00',
      '2024-06-10T10:00',
    ]);
    assert.equal(timeline([...lines, '- Wednesday 16:58 paged'])[0]!.description, 'paged');
    const [wrongDay] = timeline([...lines, '- Wednesday 16:58 paged']);
    assert.equal(wrongDay!.instant, undefined, 'the date in scope is a Tuesday');
    assert.match(wrongDay!.invalid ?? '', /2024-06-04, the date in scope, is a Tuesday/);
    assert.deepEqual(instants(['## Timeline', '', '- Wednesday 16:58 paged']), [undefined], 'no date in scope');
    assert.deepEqual(instants([...UTC_DOC, '- Saturation 14:00 a']), [], 'a word that begins like a weekday is none');
  });

  it("dates a month-and-day stamp in the document's year", () => {
    const lines = [
      '---',
      'date: 2018-12-05',
      'timezone: UTC',
      '---',
      '## Timeline',
      '',
      '- [12-05 16:21] Crashloop bug introduced',
      '- [12-06 09:02] Fixed',
    ];
    assert.deepEqual(instants(lines), ['2018-12-05T16:21', '2018-12-06T09:02']);
  });

  it('reads a date in digits either way round as the document shows or the days around it say', () => {
    const dated = (date: string, entries: readonly string[]) =>
      instants(['---', `date: ${date}`, 'timezone: UTC', '---', '## Timeline', '', ...entries]);
    assert.deepEqual(dated('2024-06-12', ['- [12-06 23:50] a', '- 00:10 b']), ['2024-06-12T23:50', '2024-06-13T00:10']);
    assert.deepEqual(dated('2024-12-06', ['- [12-06 23:50] a']), ['2024-12-06T23:50']);
    assert.deepEqual(dated('2023-07-05', ['- 7/5/2023 12:11 a', '- 7/6/23 09:00 b']), [
      '2023-07-05T12:11',
      '2023-07-06T09:00',
    ]);
    assert.deepEqual(dated('2024-06-12', ['- 02/07/2024 09:00 a']), ['2024-07-02T09:00'], 'near the incident');
    assert.deepEqual(
      dated('2024-01-01', ['- 02/07/2024 09:00 a', '- 25/07/2024 10:00 b']),
      ['2024-07-02T09:00', '2024-07-25T10:00'],
      'a day over 12 elsewhere shows the order',
    );
    assert.deepEqual(dated('2024-06-12', ['- [13-06 10:00] a']), ['2024-06-13T10:00'], 'only 6 can be the month');
    const unsure = timeline(['---', 'timezone: UTC', '---', '## Timeline', '', '- 03/04/2024 09:00 a']);
    assert.equal(unsure[0]!.doubt?.kind, 'ambiguous-date');
    assert.equal(new Date(unsure[0]!.instant!).toISOString().slice(0, 10), '2024-03-04', 'month first, in doubt');
  });

  /** Each line's entry's instant, zone as written and description, each in a document of its own whose zone is UTC. */
  function readings(lines: readonly string[]): (readonly [string | undefined, string | undefined, string])[] {
    return lines
      .flatMap((line) => timeline([...UTC_DOC, line]))
      .map((entry) => [
        entry.instant === undefined ? undefined : new Date(entry.instant).toISOString().slice(0, 16),
        entry.zoneSource === 'entry' ? entry.zoneText : undefined,
        entry.description,
      ]);
  }

  it('reads Zulu after a blank, not a Z that begins a word', () => {
    assert.deepEqual(readings(['- 14:05 Z deploy', '- 14:06 Z: paged', '- 14:07 [Z] rolled back']), [
      ['2024-06-05T14:05', 'Z', 'deploy'],
      ['2024-06-05T14:06', 'Z', 'paged'],
      ['2024-06-05T14:07', '[Z]', 'rolled back'],
    ]);
    assert.deepEqual(readings(['- 14:05 Z-axis drift']), [['2024-06-05T14:05', undefined, 'Z-axis drift']]);
  });

  it('reads a zone word standing alone after the time as its region, daylight saving time included', () => {
    assert.deepEqual(
      readings([
        '- 14:05 Pacific: deploy',
        '- 14:06 Eastern - paged',
        '- 14:07 (Central) rolled back',
        '- **14:08 Mountain** drained',
        '- 14:09 Alaska time status page',
      ]),
      [
        ['2024-06-05T21:05', 'Pacific', 'deploy'],
        ['2024-06-05T18:06', 'Eastern', 'paged'],
        ['2024-06-05T19:07', '(Central)', 'rolled back'],
        ['2024-06-05T20:08', 'Mountain', 'drained'],
        ['2024-06-05T22:09', 'Alaska time', 'status page'],
      ],
    );
    const winter = zonedTimeline('Pacific', '2024-01-15', '14:05 deploy');
    assert.deepEqual(instants(winter), ['2024-01-15T22:05'], 'a zone word as the document zone');
  });

  it('reads a zone word followed by more words in the timeline zone, in doubt unless that is its region', () => {
    const [doubtful] = timeline([...UTC_DOC, '- 14:05 Pacific region failover']);
    assert.equal(doubtful!.instant, new Date('2024-06-05T14:05Z').getTime());
    assert.equal(doubtful!.description, 'Pacific region failover');
    assert.equal(doubtful!.doubt?.kind, 'zone-or-word');
    assert.match(doubtful!.doubt!.message, /^"Pacific" after 14:05 may name Pacific time \(America\/Los_Angeles\)/);
    assert.equal(doubtful!.doubt!.range.start.character, 8, 'on the word');
    const sameRegion = timeline(zonedTimeline('America/Los_Angeles', '2024-06-05', '14:05 Pacific region failover'));
    assert.deepEqual(
      sameRegion.map((entry) => [entry.doubt, entry.description]),
      [[undefined, 'Pacific region failover']],
    );
    const noZone = timeline(['---', 'date: 2024-06-05', '---', '## Timeline', '', '- 14:05 Pacific region failover']);
    assert.deepEqual(
      noZone.map((entry) => [entry.instant, entry.doubt?.kind]),
      [[undefined, 'zone-or-word']],
    );
    const rolled = [...UTC_DOC, '- 22:00 a', '- 02:00 Eastern region b', '- 23:30 c'];
    assert.deepEqual(
      instants(rolled),
      ['2024-06-05T22:00', '2024-06-06T02:00', '2024-06-05T23:30'],
      'a doubtful entry dates nothing after it',
    );
  });

  it('reads POSIX TZ strings it knows, and reports the others', () => {
    assert.deepEqual(
      readings(['- 14:05 EST5EDT deploy', '- 14:06 PST8PDT: paged', '- 14:07 JST-9 rolled back', '- 14:08 UTC0 a']),
      [
        ['2024-06-05T18:05', 'EST5EDT', 'deploy'],
        ['2024-06-05T21:06', 'PST8PDT', 'paged'],
        ['2024-06-05T05:07', 'JST-9', 'rolled back'],
        ['2024-06-05T14:08', 'UTC0', 'a'],
      ],
    );
    const refused = timeline([...UTC_DOC, '- 14:05 CET-1CEST deploy', '- 14:06 PST-8 paged']);
    assert.deepEqual(
      refused.map((entry) => [entry.instant, entry.description, entry.doubt?.kind]),
      [
        [undefined, 'deploy', 'unknown-zone'],
        [undefined, 'paged', 'unknown-zone'],
      ],
    );
    assert.match(refused[0]!.doubt!.message, /^CET-1CEST is a POSIX TZ string whose daylight saving rules/);
    assert.match(refused[1]!.doubt!.message, /^PST-8 says PST is UTC\+08:00, but PST is UTC-08:00/);
  });

  it('reads a military compact time when a zone follows it, and four digits alone as no time', () => {
    assert.deepEqual(
      readings(['- 1405Z deploy', '- 1406 UTC: paged', '- 1407 (PDT) rolled back', '- 1408 Eastern: drained']),
      [
        ['2024-06-05T14:05', 'Z', 'deploy'],
        ['2024-06-05T14:06', 'UTC', 'paged'],
        ['2024-06-05T21:07', '(PDT)', 'rolled back'],
        ['2024-06-05T18:08', 'Eastern', 'drained'],
      ],
    );
    assert.deepEqual(readings(['- 1405 users affected', '- 1500 Eastern customers', '- 2460Z x']), []);
  });
});
