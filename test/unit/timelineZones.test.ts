// Times that must never be silently wrong: offsets before punctuation, unknown and ambiguous
// abbreviations, a negative offset beside a range, clock changes, and rollover after a doubtful entry.
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { lintText } from '../../src/core/lint';
import { parsePostmortem } from '../../src/core/model/parse';
import type { TimelineEntry } from '../../src/core/model/types';

function timeline(lines: readonly string[]): readonly TimelineEntry[] {
  return parsePostmortem(lines.join('\n')).timeline;
}

function instants(lines: readonly string[]): (string | undefined)[] {
  return timeline(lines).map((entry) =>
    entry.instant === undefined ? undefined : new Date(entry.instant).toISOString().slice(0, 16),
  );
}

/** `rule line: message` of a rule's findings, lines 1-based. */
function findings(lines: readonly string[], ruleId: string): string[] {
  return lintText(lines.join('\n'), DEFAULT_CONFIG)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.range.start.line + 1}: ${finding.message}`);
}

const UTC_DOC = ['---', 'date: 2024-06-05', 'timezone: UTC', '---', '# Queue outage', '', '## Timeline', ''];

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

  it('reports an offset it cannot read instead of reading it as UTC', () => {
    const lines = [...UTC_DOC, '- 14:00 UTC+15: a', '- 14:05 UTC+123 b'];
    assert.deepEqual(instants(lines), [undefined, undefined]);
    assert.equal(findings(lines, 'timeline-timestamp').length + findings(lines, 'timeline-timezone').length, 2);
  });

  it('reads the abbreviations it knows and reports the ones it does not, never as the document zone', () => {
    const read = (zone: string) => instants([...UTC_DOC, `- 09:30 ${zone} a`])[0];
    assert.deepEqual(['NPT', 'NST', 'LHDT', 'CHAST'].map(read), [
      '2024-06-05T03:45',
      '2024-06-05T13:00',
      '2024-06-04T22:30',
      '2024-06-04T20:45',
    ]);
    const unknown = [...UTC_DOC, '- 09:30 XKT deploy'];
    assert.deepEqual(instants(unknown), [undefined]);
    assert.match(
      findings(unknown, 'timeline-timezone')[0]!,
      /^9: XKT is a time zone abbreviation this tool does not know/,
    );
    assert.deepEqual(
      instants([...UTC_DOC, '- 09:30 GET /health returned 503']),
      ['2024-06-05T09:30'],
      'an HTTP method is no zone',
    );
  });

  it('decides an ambiguous abbreviation by the document zone, or refuses it with a finding', () => {
    const doc = (zone: string) => [
      '---',
      'date: 2024-01-15',
      `timezone: ${zone}`,
      '---',
      '## Timeline',
      '',
      '- 14:00 IST deploy',
    ];
    assert.deepEqual(instants(doc('Asia/Kolkata')), ['2024-01-15T08:30']);
    assert.deepEqual(instants(doc('Europe/Dublin')), ['2024-01-15T13:00']);
    assert.deepEqual(instants(doc('+05:30')), ['2024-01-15T08:30']);
    assert.deepEqual(instants(doc('UTC')), [undefined]);
    assert.match(
      findings(doc('UTC'), 'timeline-timezone')[0]!,
      /^7: IST could be Asia\/Kolkata \(UTC\+05:30\), Europe\/Dublin \(UTC\+01:00\) or Asia\/Jerusalem/,
    );
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
    assert.match(findings(unsure, 'timeline-timezone')[0]!, /is read as 03:00 at UTC-04:00; if 04:00 ends a range/);
    assert.deepEqual(
      findings([...UTC_DOC, '- 10:00-10:30 a', '- 11:00 b'], 'timeline-timezone'),
      [],
      'a range alone is no doubt',
    );
  });

  it('resolves clock changes as RFC 5545 does, east and west, and says so', () => {
    const doc = (zone: string, date: string, time: string) => [
      '---',
      `date: ${date}`,
      `timezone: ${zone}`,
      '---',
      '## Timeline',
      '',
      `- ${time} a`,
    ];
    assert.deepEqual(instants(doc('America/New_York', '2024-03-10', '02:30')), ['2024-03-10T07:30']);
    assert.deepEqual(instants(doc('America/New_York', '2024-11-03', '01:30')), ['2024-11-03T05:30']);
    assert.deepEqual(instants(doc('Europe/Berlin', '2024-03-31', '02:30')), ['2024-03-31T01:30']);
    assert.deepEqual(instants(doc('Europe/Berlin', '2024-10-27', '02:30')), ['2024-10-27T00:30']);
    assert.deepEqual(findings(doc('America/New_York', '2024-03-10', '02:30'), 'timeline-clock-change'), [
      '7: 02:30 did not happen on 2024-03-10 in America/New_York (clocks went forward from UTC-05:00 to UTC-04:00): ' +
        'read as `03:30 UTC-04:00` (EDT), 07:30 UTC. ' +
        'Write the offset to say which instant, such as `02:30 UTC-05:00` (EST)',
    ]);
    assert.deepEqual(findings(doc('Europe/Berlin', '2024-10-27', '02:30'), 'timeline-clock-change'), [
      '7: 02:30 happened twice on 2024-10-27 in Europe/Berlin (clocks went back from UTC+02:00 to UTC+01:00): ' +
        'read as the first, `02:30 UTC+02:00` (CEST), 00:30 UTC. ' +
        'Write the offset to say which: `02:30 UTC+02:00` (CEST) or `02:30 UTC+01:00` (CET)',
    ]);
    assert.deepEqual(
      findings(doc('Europe/Berlin', '2024-10-27', '02:30 CET'), 'timeline-clock-change'),
      [],
      'an abbreviation says which',
    );
  });

  it("does not call one region's seasons mixed zones across a clock change", () => {
    const lines = ['---', 'date: 2024-03-30', '---', '## Timeline', '', '- 23:30 CET deploy', '- 03:00 CEST rollback'];
    assert.deepEqual(instants(lines), ['2024-03-30T22:30', '2024-03-31T01:00']);
    assert.deepEqual(findings(lines, 'timeline-timezone'), []);
    const mixed = findings([...UTC_DOC, '- 14:00 CEST a', '- 14:10 PDT b'], 'timeline-timezone');
    assert.deepEqual(mixed, [
      '10: Mixed time zones in one timeline: 14:10 PDT is in PDT (-07:00), 14:00 CEST in CEST (+02:00); ' +
        'write every time in one zone',
    ]);
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
});
