import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { computeMetrics, timelineGroups, unknownMetrics } from '../../src/core/timeline/extract';
import type { PostmortemDocument, Range, TimelineEntry } from '../../src/core/model/types';

function parse(lines: readonly string[], timezone?: string): PostmortemDocument {
  return parsePostmortem(lines.join('\n'), { config: { ...DEFAULT_CONFIG, timezone } });
}

function timeline(lines: readonly string[], timezone?: string): readonly TimelineEntry[] {
  return parse(lines, timezone).timeline;
}

const iso = (instant: number | undefined) =>
  instant === undefined ? undefined : new Date(instant).toISOString().replace(':00.000Z', 'Z');
const instants = (entries: readonly TimelineEntry[]) => entries.map((entry) => iso(entry.instant));
const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset);

describe('timeline extraction', () => {
  it('reads list items with the time, its zone, the description and the ranges', () => {
    const lines = [
      '---',
      'date: 2025-01-05',
      '---',
      '# Checkout 503s',
      '',
      '## Timeline',
      '',
      '- 14:32 UTC — Alert fires',
      '- 14:40 UTC - Rollback starts',
      '  and takes a while',
      '',
    ];
    const document = parse(lines);
    const [first, second] = document.timeline;
    assert.equal(document.timeline.length, 2);
    assert.equal(first!.id, 't0');
    assert.equal(second!.id, 't1');
    assert.equal(first!.style, 'list');
    assert.equal(first!.timeText, '14:32 UTC');
    assert.equal(slice(document.text, first!.timeRange), '14:32 UTC');
    assert.equal(slice(document.text, first!.range), '- 14:32 UTC — Alert fires');
    assert.equal(first!.description, 'Alert fires');
    assert.equal(second!.description, 'Rollback starts and takes a while');
    assert.equal(iso(first!.instant), '2025-01-05T14:32Z');
    assert.equal(first!.zone, 'UTC');
    assert.equal(first!.zoneSource, 'entry');
    assert.equal(first!.error, undefined);
  });

  it('reads bold time bullets, with the date from the title', () => {
    const entries = timeline([
      '# Flags outage - September 29, 2025',
      '',
      '## Timeline',
      '',
      '- **16:58 UTC** - Writer database saturates',
      '',
      '<img src="x.png" />',
      '',
      '- **17:02 UTC** - [Unrelated deployment](https://x.test/1) reduces a timeout',
    ]);
    assert.deepEqual(instants(entries), ['2025-09-29T16:58Z', '2025-09-29T17:02Z']);
    assert.equal(entries[1]!.description, 'Unrelated deployment reduces a timeout');
  });

  it('takes the date from the first line of a plain-text document, its title, when nothing else gives one', () => {
    const plain = (first: string) =>
      instants(
        timeline([first, '', 'What happened:', '', 'Payments failed.', '', 'Timeline (UTC):', '', '- 14:05 deploy']),
      );
    assert.deepEqual(plain('Payments API outage, 3 March 2026'), ['2026-03-03T14:05Z']);
    // A first line that is a paragraph of prose, or one with no date, dates nothing.
    assert.deepEqual(plain('Payments API outage'), [undefined]);
    assert.deepEqual(
      plain('On 3 March 2026 the gateway config\nwas rolled out to every region at once, and requests failed.'),
      [undefined],
    );
  });

  it('takes the date from the one day the summary names, and from none when it names two', () => {
    const dated = (summary: string) =>
      instants(
        timeline(['# Checkout outage', '', '## Summary', '', summary, '', '## Timeline (UTC)', '', '- 14:02 push']),
      );
    assert.deepEqual(dated('On March 12, 2024, checkout failed for 47 minutes.'), ['2024-03-12T14:02Z']);
    assert.deepEqual(dated('On 2024-03-12 checkout failed. By March 12, 2024 it was fixed.'), ['2024-03-12T14:02Z']);
    // The change of one day broke checkout on another: either could be the timeline's.
    assert.deepEqual(dated('The change of March 10, 2024 broke checkout on March 12, 2024.'), [undefined]);
    // `02/07/2024` is February 7 or July 2.
    assert.deepEqual(dated('On 02/07/2024 checkout failed.'), [undefined]);
  });

  it("reads a day's number before its date as a date line or heading: 'Day 2 (March 13)'", () => {
    const dated = (line: string) =>
      instants(
        timeline([
          '---',
          'date: 2026-03-12',
          'timezone: UTC',
          '---',
          '# T',
          '',
          '## Timeline',
          '',
          '- 14:10 errors rise',
          '',
          line,
          '',
          '- 9:05 tickets spike',
        ]),
      );
    for (const line of [
      '**Day 2 (March 13)**',
      '### Day 2 (March 13)',
      '**Day 2 — March 13**',
      'Day 2: Friday, March 13',
    ])
      assert.deepEqual(dated(line), ['2026-03-12T14:10Z', '2026-03-13T09:05Z'], line);
    // A day's number alone dates nothing.
    assert.deepEqual(dated('**Day 2**'), ['2026-03-12T14:10Z', '2026-03-12T09:05Z']);
  });

  describe('the date from a label before the timeline', () => {
    const dated = (metadata: readonly string[]) =>
      instants(timeline(['# Search latency', '', ...metadata, '', '## Timeline (UTC)', '', '- 09:12 rebuild starts']));

    it('reads a label line, bold or in a list, and a metadata table either way round', () => {
      assert.deepEqual(dated(['**Date:** 2026-11-02', '**Authors:** Jin']), ['2026-11-02T09:12Z']);
      assert.deepEqual(dated(['Date: November 2, 2026; Authors: Jin']), ['2026-11-02T09:12Z']);
      assert.deepEqual(dated(['- Incident date: 2 November 2026', '- Severity: 2']), ['2026-11-02T09:12Z']);
      assert.deepEqual(dated(['| Date of incident | 2026-11-02 |', '|---|---|']), ['2026-11-02T09:12Z']);
      assert.deepEqual(dated(['| Authors | Date | Status |', '|---|---|---|', '| Jin | 2026-11-02 | Draft |']), [
        '2026-11-02T09:12Z',
      ]);
      assert.deepEqual(dated(['| Date | Status |', '|---|---|', '| 2026-11-02 | Draft |']), ['2026-11-02T09:12Z']);
    });

    it('reads no other label, no date after the timeline and no table of several rows', () => {
      assert.deepEqual(dated(['**Last updated:** 2026-11-05']), [undefined]);
      assert.deepEqual(dated(['Published on 2026-11-05']), [undefined]);
      assert.deepEqual(dated(['| Item | Due date |', '|---|---|', '| Add a limit | 2026-11-20 |']), [undefined]);
      assert.deepEqual(dated(['| Date | Event |', '|---|---|', '| 2026-11-01 | a |', '| 2026-11-02 | b |']), [
        undefined,
      ]);
      const after = timeline([
        '# Search',
        '',
        '## Timeline (UTC)',
        '',
        '- 09:12 rebuild starts',
        '',
        'Date: 2026-11-02',
      ]);
      assert.deepEqual(instants(after), [undefined]);
    });

    it('gives way to the front matter and to a date in the timeline heading', () => {
      const lines = [
        '---',
        'date: 2026-11-03',
        '---',
        '**Date:** 2026-11-02',
        '',
        '## Timeline (UTC)',
        '',
        '- 09:12 a',
      ];
      assert.deepEqual(instants(timeline(lines)), ['2026-11-03T09:12Z']);
      const heading = ['**Date:** 2026-11-02', '', '## Timeline, 2026-11-04 (UTC)', '', '- 09:12 a'];
      assert.deepEqual(instants(timeline(heading)), ['2026-11-04T09:12Z']);
    });
  });

  it('reads a table with split Day / Date / Time columns, the year and the zone in the headers', () => {
    const lines = [
      '# Compromise',
      '',
      '## Timeline',
      '',
      '| Day | Date (2022) | Time (UTC) | Event |',
      '|-----|-------------|-----------|-------|',
      '| Thur | Jan 20 | 23:55 | Zoom meeting',
      '| Fri | Jan 21 | 00:20 | Support chat |',
    ];
    const document = parse(lines);
    assert.deepEqual(instants(document.timeline), ['2022-01-20T23:55Z', '2022-01-21T00:20Z']);
    const [first] = document.timeline;
    assert.equal(first!.style, 'table');
    assert.equal(first!.timeText, '23:55');
    assert.equal(first!.zoneSource, 'column');
    assert.equal(first!.description, 'Zoom meeting');
    assert.equal(first!.rolledOver, false);
  });

  it('reads a table whose time column holds dates and times, the zone in its header', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '| Date and Time in CET | Event |',
      '|:--|---|',
      '|   2019-12-04 00:30   | Nodes deleted |',
      '|   2019-12-04 01:30   | Verified |',
      '| 2019-12-05 | Date only |',
    ]);
    assert.deepEqual(instants(entries), ['2019-12-03T23:30Z', '2019-12-04T00:30Z', undefined]);
    assert.equal(entries[0]!.timeText, '2019-12-04 00:30');
    assert.equal(entries[2]!.error, 'only a date, no time of day');
  });

  it('reads 24-hour times in a time column written without a colon', () => {
    const entries = timeline([
      '## Timeline (all times UTC)',
      '',
      '| When | What |',
      '|---|---|',
      '| 1432 | Alert |',
      '| - | Not a time |',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.missingTime]),
      [
        ['1432', undefined],
        ['', true],
      ],
    );
  });

  it('reads time-only headings under a dated first heading, with the zone from a line', () => {
    const lines = [
      '## Timeline',
      '',
      'All times in CEST',
      '',
      '### 2018-04-18 12:35',
      '',
      'Upgrade deployed.',
      '',
      '### ~13:30-13:45',
      '',
      'Launch success drops.',
      '',
      '### 19. April, 11:00',
      '',
      'Fix applied.',
      '',
      '### 11:07',
      '',
      'Deploy succeeds.',
    ];
    const document = parse(lines);
    const entries = document.timeline;
    assert.deepEqual(instants(entries), [
      '2018-04-18T10:35Z',
      '2018-04-18T11:30Z',
      '2018-04-19T09:00Z',
      '2018-04-19T09:07Z',
    ]);
    assert.equal(entries[0]!.style, 'heading');
    assert.equal(entries[0]!.description, 'Upgrade deployed.');
    assert.equal(slice(document.text, entries[0]!.range), '### 2018-04-18 12:35\n\nUpgrade deployed.');
    assert.equal(entries[1]!.approximate, true);
    assert.equal(entries[1]!.timeText, '13:30-13:45');
    assert.equal(entries[0]!.zoneSource, 'line');
    assert.equal(entries[0]!.zoneText, 'CEST');
  });

  it("reads stamps left inside a template's braces, and AM and PM shortened to a letter after the minutes", () => {
    const document = parse([
      '## Timeline',
      '',
      'All times in UTC',
      '',
      '### {{ 2024-03-02 Between 02:00 and 02.30 PM }}',
      'Two pull requests were merged.',
      '',
      '### {{ 06:10 }}',
      '',
      'A user opened an issue.',
      '',
      '### {{07:45}}',
      '',
      'The fix broke another hub.',
      '',
      '### 10:45a',
      '',
      'Students could not start servers.',
      '',
      '### 12:29p',
      '',
      'Pods were deleted.',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => entry.description),
      [
        'Between 02:00 and 02.30 PM',
        'A user opened an issue.',
        'The fix broke another hub.',
        'Students could not start servers.',
        'Pods were deleted.',
      ],
    );
    assert.deepEqual(instants(document.timeline.slice(1)), [
      '2024-03-02T06:10Z',
      '2024-03-02T07:45Z',
      '2024-03-02T10:45Z',
      '2024-03-02T12:29Z',
    ]);
    const list = timeline([
      '## Timeline',
      '',
      '- {{ 13:05 UTC }} - Nodes cordoned',
      '- 9:30p Nodes back',
      '- 11:02a Up',
    ]);
    assert.deepEqual(
      list.map((entry) => [entry.timeText, entry.description]),
      [
        ['13:05 UTC', 'Nodes cordoned'],
        ['9:30p', 'Nodes back'],
        ['11:02a', 'Up'],
      ],
    );
  });

  it('reads no stamp in braces that hold a placeholder or a number, nor a letter set off after the minutes', () => {
    const document = parse([
      '## Timeline',
      '',
      '- {{ time }} - Alert fires',
      '- {{ 3 }} retries failed',
      '- 10:45 a deploy started',
      '- 11:20 p99 latency rose',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.timeText, entry.description]),
      [
        ['', '{{ time }} - Alert fires'],
        ['', '{{ 3 }} retries failed'],
        ['10:45', 'a deploy started'],
        ['11:20', 'p99 latency rose'],
      ],
    );
  });

  it("reads the zone a line under the title gives, and days side by side under a story as the timeline's parts", () => {
    const document = parsePostmortem(
      [
        '# Registry outage (March 3-4, 2025)',
        '',
        'Written by the infra team. All times are PT.',
        '',
        '## What happened',
        '',
        'The CDN cached error responses for a day.',
        '',
        '### March 3, 2025',
        '',
        '**09:14** First user report in the forum.',
        '**09:40** On-call confirms elevated 502s.',
        '**10:05** We purge the CDN cache.',
        '',
        '### March 4, 2025',
        '',
        '**08:30** We find the cache rule for 5xx responses.',
        '**08:52** Rule removed and cache purged.',
        '',
        '## Why',
        '',
        'The rule was meant to shield the origin during a spike and was never removed.',
      ].join('\n'),
      { config: DEFAULT_CONFIG },
    );
    assert.deepEqual(
      document.sections.map((section) => [section.title, section.kind]),
      [
        ['Registry outage (March 3-4, 2025)', 'other'],
        ['What happened', 'summary'],
        ['March 3, 2025', 'timeline'],
        ['March 4, 2025', 'timeline'],
        ['Why', 'root-cause'],
      ],
    );
    assert.deepEqual(
      document.timeline.map((entry) => entry.instant && new Date(entry.instant).toISOString()),
      [
        '2025-03-03T17:14:00.000Z',
        '2025-03-03T17:40:00.000Z',
        '2025-03-03T18:05:00.000Z',
        '2025-03-04T16:30:00.000Z',
        '2025-03-04T16:52:00.000Z',
      ],
    );
  });

  it('reads a paragraph with no time that is all a date line holds as an entry of that day', () => {
    const document = parse([
      '## Timeline',
      '',
      'All times are UTC.',
      '',
      '**January 10, 2022**',
      '',
      '11:26 - The proxy status changes on three subdomains.',
      '',
      '**March 17, 2022:**',
      '',
      'The Blue Team finds two addresses that point at missing buckets.',
      '',
      '**March 21, 2022:**',
      '',
      '10:36 - A report goes out.',
      '',
      'Monday, 4 April 2022',
      '',
      'Nobody looked at the report.',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.day, entry.timeText, entry.description]),
      [
        ['2022-01-10', '11:26', 'The proxy status changes on three subdomains.'],
        ['2022-03-17', '', 'The Blue Team finds two addresses that point at missing buckets.'],
        ['2022-03-21', '10:36', 'A report goes out.'],
        ['2022-04-04', '', 'Nobody looked at the report.'],
      ],
    );
  });

  it('reads no entry from prose under a date line that leads into more, or follows a timed line', () => {
    const document = parse([
      '## Timeline',
      '',
      '**March 17, 2022**',
      '',
      'What happened that day:',
      '',
      '- 10:00 Deploy starts',
      '- 10:05 Deploy ends',
      '',
      '**March 18, 2022**',
      '',
      'Two paragraphs of notes.',
      '',
      'The second of them.',
      '',
      '**March 19, 2022**',
      '',
      '09:00 - Rollback',
      '',
      'The rollback took an hour.',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => entry.description),
      ['Deploy starts', 'Deploy ends', 'Rollback'],
    );
  });

  it('reads a heading entry from the heading and the paragraph under it, not the rest of its body', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '### 2025-01-05 14:08',
      '',
      'Digging into logs.',
      '',
      '```',
      '[W 2025-01-06 16:20:51.785 JupyterHub] Failed login',
      '```',
      '',
      '- 14:09 not read: part of the 14:08 entry',
    ]);
    assert.equal(document.timeline.length, 1);
    assert.equal(slice(document.text, document.timeline[0]!.range), '### 2025-01-05 14:08\n\nDigging into logs.');
  });

  it('reads the entries right under a timed phase heading, not the heading', () => {
    const document = parse([
      '## Timeline',
      '',
      '### 10:07-10:29 AM: Emergency Coordination',
      '- 10:07: Zoom meeting link shared',
      '- 10:21: fixes discussed',
      '',
      '### 10:45-11:37 AM: Fix Development',
      '',
      'The fix was written in private, then:',
      '',
      '- 10:50 not read: part of the phase entry',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.style, entry.timeText, entry.description]),
      [
        ['list', '10:07', 'Zoom meeting link shared'],
        ['list', '10:21', 'fixes discussed'],
        ['heading', '10:45-11:37 AM', 'Fix Development'],
      ],
    );
  });

  it('reads offsets from a moment and months as entries with no time of day', () => {
    const entries = timeline([
      '## Timeline',
      '',
      'Offsets from the failover (T+0 = 14:00 UTC).',
      '',
      '- T+0: the failover starts',
      '- **T+5m** the alert pages',
      '- +00:12 traffic moves back',
      '',
      '| Time (UTC) | Event |',
      '| --- | --- |',
      '| May 28 2025, 11:30 AM UTC | Upgrade executed |',
      '| \\[+6.5 hrs] | Patched binary deployed |',
      '| \\[+2 Business Days Later] | Fixes staged |',
      '',
      'Date | Change',
      '--- | ---',
      'Jul 2024 | B-stream introduced',
      '| March, 2025 | Constraint data added |',
      '',
      'March 2025 was quiet: not an entry.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description, entry.instant === undefined ? entry.error : 'timed']),
      [
        ['T+0', 'the failover starts', 'an offset from another moment, not a time of day'],
        ['T+5m', 'the alert pages', 'an offset from another moment, not a time of day'],
        ['+00:12', 'traffic moves back', 'an offset from another moment, not a time of day'],
        ['May 28 2025, 11:30 AM UTC', 'Upgrade executed', 'timed'],
        ['+6.5 hrs', 'Patched binary deployed', 'an offset from another moment, not a time of day'],
        ['+2 Business Days', 'Fixes staged', 'an offset from another moment, not a time of day'],
        ['Jul 2024', 'B-stream introduced', 'only a month, no day or time'],
        ['March, 2025', 'Constraint data added', 'only a month, no day or time'],
      ],
    );
  });

  it('reads a bullet under a bold label as an entry with no time in a list of bold time stamps, not elsewhere', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '- **Before the incident**: The attacker found a reused password.',
      '- **2018-07-12 9:49 UTC**: The attacker published a package.',
      '- **2018-07-12 10:25 UTC**: The attacker unpublished it.',
      '',
      'Notes:',
      '',
      '- **Scope**: only one package.',
      '- **Cause:** a reused password.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description, entry.instant === undefined ? entry.error : 'timed']),
      [
        ['**Before the incident**', 'The attacker found a reused password.', 'a label, not a date or time'],
        ['2018-07-12 9:49 UTC', 'The attacker published a package.', 'timed'],
        ['2018-07-12 10:25 UTC', 'The attacker unpublished it.', 'timed'],
      ],
    );
  });

  it('reads a timeline told in three or more phases, each a bold label with no time, as entries with no time', () => {
    const entries = timeline([
      '## Timeline (approximate)',
      '',
      '- **Initial symptom:** Indexer timeouts on trace requests.',
      '- **Investigation:** Verified the RPC methods from the pod.',
      '- **Fix applied:** Set the flag and reverted debug logging.',
      '',
      'Notes:',
      '',
      '- **Scope:** one indexer.',
      '- **Cause:** an insecure flag.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.error]),
      [
        ['**Initial symptom:**', 'a label, not a date or time'],
        ['**Investigation:**', 'a label, not a date or time'],
        ['**Fix applied:**', 'a label, not a date or time'],
      ],
    );
  });

  it('reads bullets that name a moment in a bold label before its time, when most bullets do', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '- **Incident Start:**        2025-08-18 23:15 UTC',
      '- **Time of Detection:**     2025-08-18 23:25 UTC (Prometheus alerts)',
      '- **Planned Restart:**       2025-08-19 00:30 UTC',
      '',
      'Notes:',
      '',
      '- **Scope:** 10:00 was the busiest hour.',
      '- **Cause:** a reused password.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description, entry.milestone, iso(entry.instant)]),
      [
        ['2025-08-18 23:15 UTC', 'Incident Start', 'started', '2025-08-18T23:15Z'],
        ['2025-08-18 23:25 UTC', 'Time of Detection (Prometheus alerts)', 'detected', '2025-08-18T23:25Z'],
        ['2025-08-19 00:30 UTC', 'Planned Restart', undefined, '2025-08-19T00:30Z'],
      ],
    );
  });

  it('reads bullets that name a moment in a plain label before its time, and a label with no time as no entry', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '- Down: 15:21 UTC (~ 5 minutes)',
      '- Up: 15:38 UTC (manual check)',
      '- Total Time: 17 minutes down',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description]),
      [
        ['15:21 UTC', 'Down (~ 5 minutes)'],
        ['15:38 UTC', 'Up (manual check)'],
      ],
    );
  });

  it('reads status updates, a heading each with its time, as the timeline: `## Update (2013-08-06 9:33 UTC)`', () => {
    const document = parse([
      '# Service issue',
      '',
      'Some services are down.',
      '',
      '## Update (2013-08-06 9:33 UTC)',
      '',
      'The cause is a hardware failure.',
      '',
      '## Resolved - 2013-08-06 13:18 UTC',
      '',
      'All services are back.',
      '',
      '## Update on the packages',
      '',
      'Nothing more.',
    ]);
    assert.deepEqual(
      document.sections.map((section) => section.kind),
      ['other', 'timeline', 'timeline', 'other'],
    );
    assert.deepEqual(
      document.timeline.map((entry) => [entry.description, iso(entry.instant)]),
      [
        ['The cause is a hardware failure.', '2013-08-06T09:33Z'],
        ['All services are back.', '2013-08-06T13:18Z'],
      ],
    );
  });

  it('reads headings that are only a time as status updates: `#### 11:28 UTC`', () => {
    const document = parse([
      '2021-06-22',
      '==========',
      '',
      '### Details',
      '',
      'The DNS provider had an incident.',
      '',
      '#### 11:28 UTC',
      '',
      'Issues continue to be experienced.',
      '',
      '#### 12:22 UTC',
      '',
      'Provider reports service has been restored.',
      '',
      '#### Post-Mortem',
      '',
      'Nothing more.',
    ]);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.description, iso(entry.instant)]),
      [
        ['Issues continue to be experienced.', '2021-06-22T11:28Z'],
        ['Provider reports service has been restored.', '2021-06-22T12:22Z'],
      ],
    );
  });

  it('keeps a time heading that names a kind in the timeline', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '### 2025-01-05 14:35 Root cause found',
      '',
      'Body with 14:40 inside.',
      '',
      '### 14:50',
      '',
      'Fix.',
    ]);
    assert.equal(document.sections[1]!.kind, 'timeline');
    assert.deepEqual(
      document.timeline.map((entry) => entry.description),
      ['Root cause found', 'Fix.'],
    );
  });

  it('reads 12-hour times with a zone on every entry', () => {
    const entries = timeline([
      '# Website Outage 5-26-21',
      '',
      '## Timeline (all times approximate)',
      '- 04:49 PM UTC Site repo branch renamed',
      '- 06:00 PM UTC Site is fully recovered',
    ]);
    assert.deepEqual(instants(entries), ['2021-05-26T16:49Z', '2021-05-26T18:00Z']);
    assert.equal(entries[0]!.description, 'Site repo branch renamed');
    assert.equal(entries[0]!.approximate, true, 'the heading says all times are approximate');
  });

  it('reads date lines followed by 12-hour entries, the zone in the heading', () => {
    const lines = [
      '## Timeline (all times PDT) 7/5/2023-7/6/2023',
      '_7/5/2023_',
      '',
      '12:11 PM: First email.',
      '',
      '1:06 PM: Second email.',
      '',
      '_7/6/23_',
      '',
      '07:05 AM: Attachment confirmed clean.',
    ];
    const entries = timeline(lines);
    assert.deepEqual(instants(entries), ['2023-07-05T19:11Z', '2023-07-05T20:06Z', '2023-07-06T14:05Z']);
    assert.equal(entries[0]!.style, 'line');
    assert.equal(entries[0]!.zoneSource, 'section');
    assert.equal(entries[0]!.description, 'First email.');
  });

  it('reads several entries in one paragraph, one per line, after a bold date line', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '**2025-01-05**',
      '14:32 Alert fires',
      'and pages the on-call',
      '14:40 Rollback',
    ]);
    const entries = document.timeline;
    assert.deepEqual(instants(entries), ['2025-01-05T14:32Z', '2025-01-05T14:40Z']);
    assert.equal(entries[0]!.description, 'Alert fires and pages the on-call');
    assert.equal(slice(document.text, entries[0]!.range), '14:32 Alert fires\nand pages the on-call');
  });

  it('reads entries joined by <br> in one wrapped paragraph as entries of their own', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '### 2023-08-25',
      '',
      '15:27 - A change to the DNS configuration is submitted',
      '(Internal ID 5605.)<br> 21:14 - DNS changes take effect. 80%',
      'of IPs fail.<br/> 21:20 - Monitoring sends its first e-mail.<br />',
    ]);
    const entries = document.timeline;
    assert.deepEqual(instants(entries), ['2023-08-25T15:27Z', '2023-08-25T21:14Z', '2023-08-25T21:20Z']);
    assert.equal(entries[1]!.description, 'DNS changes take effect. 80% of IPs fail.');
    assert.equal(slice(document.text, entries[1]!.range), '21:14 - DNS changes take effect. 80%\nof IPs fail.');
  });

  it('reads bracketed stamps, and a placeholder as an unparseable time', () => {
    const entries = timeline([
      '---',
      'date: 2025-03-26',
      'timezone: UTC',
      '---',
      '## Timeline',
      '',
      '* [03-26 23:04] Chat starts',
      '* [23:26] Restart',
      '* [???] Someone joins',
    ]);
    assert.deepEqual(instants(entries), ['2025-03-26T23:04Z', '2025-03-26T23:26Z', undefined]);
    assert.equal(entries[0]!.zoneSource, 'front-matter');
    assert.equal(entries[2]!.timeText, '???');
    assert.equal(entries[2]!.error, "unparseable time '???'");
    assert.equal(entries[2]!.invalid, '"???" is not a time');
  });

  it('rolls a time-only entry over midnight, but not a small step back', () => {
    const entries = timeline([
      '---',
      'date: 2025-01-05',
      '---',
      '## Timeline (all times UTC)',
      '',
      '- 23:50 Deploy',
      '- 00:10 Alert',
      '- 00:05 Page',
    ]);
    assert.deepEqual(instants(entries), ['2025-01-05T23:50Z', '2025-01-06T00:10Z', '2025-01-06T00:05Z']);
    assert.deepEqual(
      entries.map((entry) => entry.rolledOver),
      [false, true, false],
    );
  });

  it('reads a log written newest first back over midnight, not forward', () => {
    const log = (day: string, times: readonly string[]) => [
      '## Past incidents (UTC)',
      '',
      `### ${day}`,
      '',
      ...times.flatMap((time) => [`(${time} UTC) Update.`, '']),
      '### April 16th, 2018',
      '',
      '(7:30 UTC) Services operating normally.',
      '',
      '(7:20 UTC) A database denied connections.',
      '',
      '(6:30 UTC) Investigating.',
    ];
    // After hours back, newest first: the same day (a night's failure, then the morning's all-clear).
    const night = timeline(log('May 26th, 2018', ['7:30', '1:00']));
    assert.deepEqual(instants(night).slice(0, 2), ['2018-05-26T07:30Z', '2018-05-26T01:00Z']);
    // After hours forward, newest first: the day before.
    const late = timeline(log('May 27th, 2018', ['2:00', '21:40', '20:15']));
    assert.deepEqual(instants(late).slice(0, 3), ['2018-05-27T02:00Z', '2018-05-26T21:40Z', '2018-05-26T20:15Z']);
    assert.deepEqual(
      late.map((entry) => entry.rolledOver),
      [false, true, false, false, false, false],
    );
    // Oldest first, the same hours back still cross midnight.
    const oldest = timeline([
      '## Timeline (UTC)',
      '',
      '### May 26th, 2018',
      '',
      '- 21:40 Page',
      '- 23:55 Fix',
      '- 02:00 Done',
    ]);
    assert.deepEqual(instants(oldest), ['2018-05-26T21:40Z', '2018-05-26T23:55Z', '2018-05-27T02:00Z']);
  });

  it('does not roll over after a date line', () => {
    const entries = timeline([
      '## Timeline (all times UTC)',
      '',
      '- 2025-01-05',
      '  - 23:50 Deploy',
      '- 2025-01-05',
      '  - 10:00 Earlier, on purpose',
    ]);
    assert.deepEqual(instants(entries), ['2025-01-05T23:50Z', '2025-01-05T10:00Z']);
  });

  it('reads a date-only entry with text, and a date-only line as the date of what follows', () => {
    const entries = timeline([
      '## Timeline (all times PST)',
      '',
      '01-10-2024',
      '',
      '7:32 PM - Chain stalls.',
      '',
      '01-31-2024 - Fix merged.',
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.timeText),
      ['7:32 PM', '01-31-2024'],
    );
    assert.equal(iso(entries[0]!.instant), '2024-01-11T03:32Z');
    assert.equal(entries[1]!.wallClock, undefined);
    assert.equal(entries[1]!.description, 'Fix merged.');
  });

  it('ignores timestamps in code blocks, block quotes, appendices and summary lines', () => {
    const lines = [
      '# Outage',
      '',
      '## Summary',
      '',
      '14:00 UTC is when it started.',
      '',
      '## Timeline (all times UTC)',
      '',
      '- 14:32 Alert',
      '',
      '```',
      '[W 2017-09-28 16:20:51.785 JupyterHub base:350] Failed login',
      '```',
      '',
      '> [14:02] alice: restarted the pod',
      '',
      '**Total impact duration:** 5 hours (10:45 - 16:11 UTC)',
      '',
      '## Appendix',
      '',
      '- 15:00 Not an entry',
    ];
    assert.deepEqual(
      timeline(lines).map((entry) => entry.timeText),
      ['14:32'],
    );
  });

  it('says why a time has no instant', () => {
    const noDate = timeline(['## Timeline (all times UTC)', '', '- 14:32 Alert']);
    assert.equal(noDate[0]!.error, 'no date for this time');
    assert.ok(noDate[0]!.wallClock !== undefined, 'a time without a date can still be ordered');
    const noZone = timeline(['---', 'date: 2025-01-05', '---', '## Timeline', '', '- 14:32 Alert']);
    assert.equal(noZone[0]!.error, 'no time zone in scope');
    assert.equal(iso(noZone[0]!.wallClock), '2025-01-05T14:32Z');
    assert.equal(noZone[0]!.zone, undefined);
    const impossible = timeline(['## Timeline', '', '13:06 PM: Email']);
    assert.equal(impossible[0]!.invalid, '13 is not an hour on a 12-hour clock');
    assert.equal(impossible[0]!.wallClock, undefined);
  });

  it('takes the zone from the entry, the heading, a line, a column, the front matter, the configuration', () => {
    const source = (lines: string[], timezone?: string) =>
      timeline(lines, timezone).map((entry) => `${entry.zoneSource}:${entry.zone}`);
    const table = ['| Time (CET) | Event |', '|---|---|', '| 2025-01-05 10:00 | x |'];
    const front = ['---', 'timezone: Europe/Berlin', '---'];
    assert.deepEqual(
      source([...front, '## Timeline (all times PST)', '', 'All times in UTC', '', ...table, '', '- 10:00 EST y']),
      ['section:-08:00', 'entry:-05:00'],
    );
    assert.deepEqual(source([...front, '## Timeline', '', 'All times in UTC', '', ...table]), ['line:UTC']);
    assert.deepEqual(source([...front, '## Timeline', '', ...table]), ['column:+01:00']);
    assert.deepEqual(source([...front, '## Timeline', '', '- 10:00 y']), ['front-matter:Europe/Berlin']);
    assert.deepEqual(source(['## Timeline', '', '- 10:00 y'], 'Asia/Tokyo'), ['config:Asia/Tokyo']);
    assert.deepEqual(source(['## Timeline', '', '- 10:00 y']), ['undefined:undefined']);
  });

  it('resolves IANA zones with daylight saving time for each entry', () => {
    const entries = timeline([
      '---',
      'timezone: Europe/Berlin',
      '---',
      '## Timeline',
      '',
      '- 2025-03-29 12:00 Before the switch',
      '- 2025-03-31 12:00 After the switch',
    ]);
    assert.deepEqual(instants(entries), ['2025-03-29T11:00Z', '2025-03-31T10:00Z']);
  });

  it('reads milestone markers, and no milestone from a word in a sentence', () => {
    const entries = timeline([
      '## Timeline (all times UTC)',
      '',
      '- 14:00 Deploy **OUTAGE BEGINS**',
      '- 14:05 Alert fired [detected]',
      '- 14:10 The problem was detected by a user',
      '- 14:20 Rolled back (mitigated)',
      '- 14:30 __Resolved__',
      '- 14:40 See [Resolved](https://x.test) issue',
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.milestone),
      ['started', 'detected', undefined, 'mitigated', 'resolved', undefined],
    );
  });

  it('reads entries under a timeline subsection, with CRLF line ends and a byte order mark', () => {
    const text =
      '\ufeff# Outage\r\n\r\n## Timeline (all times UTC)\r\n\r\n### Day one\r\n\r\n- 2025-01-05 ' +
      '14:32 Alert\r\n- 14:40 Fix\r\n';
    const entries = parsePostmortem(text).timeline;
    assert.deepEqual(instants(entries), ['2025-01-05T14:32Z', '2025-01-05T14:40Z']);
    assert.equal(slice(text, entries[1]!.range), '- 14:40 Fix');
  });

  it('reads the bullets under a date line ending in a colon, a bullet with no time as an entry of that day', () => {
    const lines = [
      '## Timeline (all times UTC)',
      '',
      '2021-01-20:',
      '',
      '* 14:05 A bypass of the login rate limit was reported',
      '* The on-call paged the identity team',
      '',
      '**Jan 21, 2021:**',
      '',
      '* 09:00 The fix was deployed',
      '* Customers were notified',
    ];
    const document = parse(lines);
    const entries = document.timeline;
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, iso(entry.instant), entry.day, entry.description]),
      [
        ['14:05', '2021-01-20T14:05Z', '2021-01-20', 'A bypass of the login rate limit was reported'],
        ['', undefined, '2021-01-20', 'The on-call paged the identity team'],
        ['09:00', '2021-01-21T09:00Z', '2021-01-21', 'The fix was deployed'],
        ['', undefined, '2021-01-21', 'Customers were notified'],
      ],
    );
    const untimed = entries[1]!;
    assert.deepEqual(
      [untimed.style, untimed.wallClock, untimed.error, untimed.invalid],
      ['list', undefined, 'only a date, no time of day', undefined],
    );
    assert.equal(slice(document.text, untimed.range), '* The on-call paged the identity team');
    assert.deepEqual(
      [untimed.timeRange.start.offset, untimed.timeRange.end.offset],
      [untimed.range.start.offset + 2, untimed.range.start.offset + 2],
    );
  });

  it(
    'dates the untimed bullets of a date heading and of a date bullet, without moving the day ' +
      'of the times around them',
    () => {
      const entries = timeline([
        '## Timeline (all times UTC)',
        '',
        '### 2025-01-05',
        '',
        '- 23:50 Deploy',
        '- Dashboards went blank',
        '- 00:10 Alert',
        '',
        '- 2025-01-07',
        '  - Review held',
      ]);
      assert.deepEqual(
        entries.map((entry) => [entry.timeText, iso(entry.instant), entry.day]),
        [
          ['23:50', '2025-01-05T23:50Z', '2025-01-05'],
          ['', undefined, '2025-01-05'],
          ['00:10', '2025-01-06T00:10Z', '2025-01-06'],
          ['', undefined, '2025-01-07'],
        ],
      );
    },
  );

  it('dates the bullets after a label under a date heading, not those after a sentence that leads into them', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '### 2019-01-21 Monday:',
      '',
      'Radix Team:',
      '',
      '1. We inform the platform users that the cluster is down',
      '1. We change the platform aliases to the new cluster',
      '',
      '### 2019-09-18',
      '',
      'The fix lands, with a test that:',
      '',
      '1. Creates a new plugin',
      '1. Deletes its android folder',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.day, entry.description]),
      [
        ['2019-01-21', 'We inform the platform users that the cluster is down'],
        ['2019-01-21', 'We change the platform aliases to the new cluster'],
        ['2019-09-18', 'The fix lands, with a test that:'],
      ],
    );
  });

  it('reads no untimed bullet away from a date line, but in a list of timed bullets', () => {
    const entries = timeline([
      '## Timeline (all times UTC)',
      '',
      '- 14:00 Deploy',
      '- Nobody noticed',
      '',
      '2025-01-05:',
      '',
      'The day started quietly.',
      '',
      '- Nobody noticed either',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.description, entry.missingTime]),
      [
        ['Deploy', undefined],
        ['Nobody noticed', true],
      ],
    );
  });

  it('reads a bullet or row with no time among timed ones as an entry that cannot be placed, and says why', () => {
    const document = parse([
      '## Timeline (all times CET)',
      '',
      '- 09:00: alert fires',
      '- Customer reports arrive',
      '  - from the EU region first',
      '- 09:20: on-call acknowledges',
      '  - Paged the database team',
      '',
      'Meanwhile support answered tickets.',
      '',
      '| Time | Event |',
      '| --- | --- |',
      '| 10:00 | Rolled back |',
      '| 10:05 | Error rate back to normal |',
      '| | Status page updated |',
      '| Later that day | Customers told |',
    ]);
    const entries = document.timeline;
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description, entry.instant === undefined, entry.missingTime]),
      [
        ['09:00', 'alert fires', true, undefined],
        ['', 'Customer reports arrive', true, true],
        ['09:20', 'on-call acknowledges', true, undefined],
        ['10:00', 'Rolled back', true, undefined],
        ['10:05', 'Error rate back to normal', true, undefined],
        ['', 'Status page updated', true, true],
        ['Later that day', 'Customers told', true, true],
      ],
    );
    assert.equal(entries[1]!.error, 'no time written');
    assert.equal(slice(document.text, entries[1]!.timeRange), '');
    assert.equal(document.text.slice(entries[1]!.timeRange.start.offset).split('\n')[0], 'Customer reports arrive');
  });

  it('reads no entry from sub-bullets, a list with too few timed bullets, or one of dated notes', () => {
    const entries = timeline([
      '## Timeline (all times UTC)',
      '',
      '- 14:00 Deploy',
      '  - Nobody noticed',
      '  - 14:02 the canary fails',
      '',
      'Notes:',
      '',
      '- Dashboards were slow',
      '- The runbook was out of date',
      '- 15:00 was the handover',
      '',
      '2025-01-05',
      '',
      '- Patch written',
      '- 11:20 AM Patch released',
      '- Advisory published',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.description, entry.missingTime]),
      [
        ['Deploy', undefined],
        ['the canary fails', undefined],
        ['was the handover', undefined],
        ['Patch written', undefined],
        ['Patch released', undefined],
        ['Advisory published', undefined],
      ],
    );
  });

  it('keeps days written as headings at the timeline heading\u2019s own level in the timeline', () => {
    const lines = [
      '# Cache stampede',
      '',
      '## Timeline',
      '',
      'All times UTC.',
      '',
      '## May 12, 2024',
      '',
      '### 20:15',
      '',
      'Deploy starts.',
      '',
      '### 23:40',
      '',
      'Hit rate falls.',
      '',
      '## May 13',
      '',
      '### 01:05',
      '',
      'Cache warmed.',
      '',
      '## Root cause',
      '',
      'Keys expired together.',
    ];
    const document = parse(lines);
    assert.deepEqual(instants(document.timeline), ['2024-05-12T20:15Z', '2024-05-12T23:40Z', '2024-05-13T01:05Z']);
    assert.deepEqual(
      document.sections.map((section) => [
        section.title,
        section.level,
        section.kind,
        section.parent === undefined ? undefined : document.sections[section.parent]!.title,
      ]),
      [
        ['Cache stampede', 1, 'other', undefined],
        ['Timeline', 2, 'timeline', 'Cache stampede'],
        ['May 12, 2024', 2, 'timeline', 'Timeline'],
        ['20:15', 3, 'timeline', 'May 12, 2024'],
        ['23:40', 3, 'timeline', 'May 12, 2024'],
        ['May 13', 2, 'timeline', 'Timeline'],
        ['01:05', 3, 'timeline', 'May 13'],
        ['Root cause', 2, 'root-cause', 'Cache stampede'],
      ],
    );
    assert.equal(document.sections[1]!.range.end.line, 20, 'the timeline runs to the end of its last day');
    assert.deepEqual(
      timelineGroups(document).map((group) => [group.section.title, group.entries.length]),
      [['Timeline', 3]],
    );
  });

  it('reads a date bullet whose text is on the lines after it as an entry of that day', () => {
    const entries = timeline([
      '## Timeline',
      '',
      '- 2024-06-21:',
      '    Old images removed from the registry.',
      '- 2024-06-28 7:09 AM EDT:',
      '    Token reported.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.description]),
      [
        ['2024-06-21', 'Old images removed from the registry.'],
        ['2024-06-28 7:09 AM EDT', 'Token reported.'],
      ],
    );
  });

  it('reads a date heading over prose among time headings as an entry of that day', () => {
    const entries = timeline([
      '## Timeline',
      '',
      'All times in PST.',
      '',
      '### 2019-02-12 18:30',
      '',
      'Backfill starts.',
      '',
      '### 2019-02-12 ~19:05',
      '',
      'Jobs queued.',
      '',
      '### 2019-02-13',
      '',
      'Backfill finishes.',
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.timeText, entry.approximate, entry.description]),
      [
        ['2019-02-12 18:30', false, 'Backfill starts.'],
        ['2019-02-12 ~19:05', true, 'Jobs queued.'],
        ['2019-02-13', false, 'Backfill finishes.'],
      ],
    );
  });

  it('reads a section of time lines under another name, under a day heading, as a timeline', () => {
    const document = parse([
      '## Summary',
      '',
      'Images failed for an hour.',
      '',
      '## How was it fixed',
      '',
      '### 28 Feb 2017',
      '',
      '1738: Vendor reports errors.',
      '',
      '[1758](https://chat.example.com/p1): Team acknowledges.',
      '',
      '~1940 : Fallback agreed.',
      '',
      '## Cause',
      '',
      'An upstream outage.',
    ]);
    assert.deepEqual(
      document.sections.map((section) => section.ownKind),
      ['summary', 'timeline', 'other', 'root-cause'],
    );
    assert.deepEqual(
      document.timeline.map((entry) => [entry.timeText, entry.description]),
      [
        ['1738', 'Vendor reports errors.'],
        ['1758', 'Team acknowledges.'],
        ['1940', 'Fallback agreed.'],
      ],
    );
    const prose = parse([
      '## Notes',
      '',
      '1738: one line with a time.',
      '',
      'Then a paragraph.',
      '',
      'And another.',
      '',
      'And a third.',
    ]);
    assert.deepEqual(
      prose.sections.map((section) => section.ownKind),
      ['supporting'],
    );
    const few = parse(['## Details', '', '1738: one line with a time.', '', '1740: and another.']);
    assert.deepEqual(
      few.sections.map((section) => section.ownKind),
      ['other'],
      'two time lines are not yet a timeline',
    );
  });

  it('ends a timeline at a heading of its level that is more than a date', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '- 2024-05-12 20:15 Deploy',
      '',
      '## May 12 review notes',
      '',
      '- 20:30 Not an entry',
    ]);
    assert.deepEqual(
      document.sections.map((section) => section.kind),
      ['timeline', 'other'],
    );
    assert.equal(document.timeline.length, 1);
  });

  it('groups entries by timeline section', () => {
    const document = parse([
      '## Timeline (all times UTC)',
      '',
      '- 14:32 a',
      '',
      '### Later',
      '',
      '- 15:00 b',
      '',
      '## Detailed timeline (all times UTC)',
      '',
      '- 09:00 c',
    ]);
    assert.deepEqual(
      timelineGroups(document).map((group) => [group.section.title, group.entries.map((entry) => entry.description)]),
      [
        ['Timeline (all times UTC)', ['a', 'b']],
        ['Detailed timeline (all times UTC)', ['c']],
      ],
    );
  });

  it('never throws on odd input', () => {
    for (const text of [
      '## Timeline\n\n- ',
      '## Timeline\n\n|',
      '## Timeline\n\n### \n',
      `## Timeline\n\n- ${'*'.repeat(50_000)}`,
      `## Timeline\n\n${'- '.repeat(200)}14:32`,
      '## Timeline\n\n- [ ] 14:32 task',
      '## Timeline\n\n| Time |\n|---|\n| ??? |\n| 99:99 |',
    ]) {
      assert.doesNotThrow(() => parsePostmortem(text), text.slice(0, 40));
    }
  });
});

describe('timeline metrics', () => {
  const lines = [
    '---',
    'date: 2025-01-05',
    '---',
    '## Timeline (all times UTC)',
    '',
    '- 23:40 Deploy [started]',
    '- 23:52 Alert [detected]',
    '- 00:10 Rollback [mitigated]',
    '- 00:45 All clear [resolved]',
  ];

  it('measures time to detect, mitigate and resolve from the milestones', () => {
    assert.deepEqual(parse(lines).metrics, {
      timeToDetect: 12 * 60_000,
      timeToMitigate: 30 * 60_000,
      timeToResolve: 65 * 60_000,
    });
  });

  it('falls back to the wall clock when no zone is known', () => {
    const noZone = lines.map((line) => line.replace(' (all times UTC)', ''));
    assert.deepEqual(parse(noZone).metrics, {
      timeToDetect: 12 * 60_000,
      timeToMitigate: 30 * 60_000,
      timeToResolve: 65 * 60_000,
    });
  });

  it('leaves a metric out when a milestone is missing', () => {
    const partial = lines.filter((line) => !line.includes('[mitigated]') && !line.includes('[started]'));
    assert.deepEqual(parse(partial).metrics, {
      timeToDetect: undefined,
      timeToMitigate: undefined,
      timeToResolve: undefined,
    });
    assert.deepEqual(computeMetrics([]), {
      timeToDetect: undefined,
      timeToMitigate: undefined,
      timeToResolve: undefined,
    });
  });

  it('does not compare wall clocks in different zones', () => {
    const metrics = parse(['## Timeline', '', '- 14:00 PST Deploy [started]', '- 14:30 Alert [detected]']).metrics;
    assert.equal(metrics.timeToDetect, undefined);
  });

  it('says why each metric not computed is not: the milestone to mark, or the times that cannot be compared', () => {
    const withoutStart = lines.filter((line) => !line.includes('[started]'));
    const reason = 'no entry is marked [started]';
    assert.deepEqual(unknownMetrics(parse(withoutStart).timeline), {
      timeToDetect: reason,
      timeToMitigate: reason,
      timeToResolve: reason,
    });
    const withoutMitigation = lines.filter((line) => !line.includes('[mitigated]'));
    assert.deepEqual(unknownMetrics(parse(withoutMitigation).timeline), {
      timeToMitigate: 'no entry is marked [mitigated]',
    });
    assert.deepEqual(unknownMetrics(parse(lines).timeline), {});
    const zones = parse(['## Timeline', '', '- 14:00 PST Deploy [started]', '- 14:30 Alert [detected]']).timeline;
    assert.equal(
      unknownMetrics(zones).timeToDetect,
      'the times of the [started] and [detected] entries cannot be compared',
    );
  });
});
