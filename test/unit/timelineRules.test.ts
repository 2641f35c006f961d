import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { lintText } from '../../src/core/lint';
import { parsePostmortem } from '../../src/core/model/parse';
import { rule as timelineOrder } from '../../src/core/rules/timeline-order';
import { rule as timelineTimestamp } from '../../src/core/rules/timeline-timestamp';
import { rule as timelineTimezone } from '../../src/core/rules/timeline-timezone';
import type { Rule, RuleFinding } from '../../src/core/rules/types';

function check(rule: Rule, lines: readonly string[]): readonly RuleFinding[] {
  return rule.check(parsePostmortem(lines.join('\n')), DEFAULT_CONFIG);
}

/** Each finding as `line: message`, lines 1-based. */
function summary(findings: readonly RuleFinding[]): string[] {
  return findings.map((finding) => `${finding.range.start.line + 1}: ${finding.message}`);
}

function fixed(lines: readonly string[], finding: RuleFinding | undefined): string {
  assert.ok(finding?.fix, 'the finding has no fix');
  return applyEdits(lines.join('\n'), finding.fix.edits);
}

const DATED = ['---', 'date: 2025-01-05', '---', '# Checkout 503s', ''];

describe('timeline-timestamp', () => {
  it('flags an impossible 12-hour time on the time, and fixes it', () => {
    const lines = [...DATED, '## Timeline (all times PDT)', '', '12:18 PM: Reply.', '', '13:06 PM: Four gift cards.'];
    const findings = check(timelineTimestamp, lines);
    assert.deepEqual(summary(findings), ['10: Impossible time "13:06 PM": 13 is not an hour on a 12-hour clock']);
    const text = lines.join('\n');
    assert.equal(text.slice(findings[0]!.range.start.offset, findings[0]!.range.end.offset), '13:06 PM');
    assert.equal(findings[0]!.fix?.title, 'Replace "13:06 PM" with "13:06"');
    assert.equal(fixed(lines, findings[0]), text.replace('13:06 PM', '13:06'));
    assert.deepEqual(check(timelineTimestamp, fixed(lines, findings[0]).split('\n')), []);
  });

  it('flags impossible hours, minutes and dates, without a fix', () => {
    const lines = [...DATED, '## Timeline (all times UTC)', '', '- 25:00 a', '- 14:61 b', '- 2023-02-30 10:00 c'];
    const findings = check(timelineTimestamp, lines);
    assert.deepEqual(summary(findings), [
      '8: Impossible time "25:00": 25 is not an hour (00-23)',
      '9: Impossible time "14:61": 61 is not a minute (00-59)',
      '10: Impossible date "2023-02-30 10:00": there is no February 30: February has 28 days',
    ]);
    assert.ok(findings.every((finding) => finding.fix === undefined));
  });

  it('flags a placeholder where a time should be', () => {
    const findings = check(timelineTimestamp, [...DATED, '## Timeline', '', '* [13:26] Restart', '* [???] Someone joins', '', '| Time | Event |', '|---|---|', '| TBD | x |']);
    assert.deepEqual(summary(findings), [
      '9: Unparseable time "???": write a time such as 14:32, 2:32 PM or 2025-01-05 14:32',
      '13: Unparseable time "TBD": write a time such as 14:32, 2:32 PM or 2025-01-05 14:32',
    ]);
  });

  it('does not flag valid times, date-only entries, or times outside the timeline', () => {
    const lines = [...DATED, '## Summary', '', '13:06 PM is not in the timeline.', '', '## Timeline (all times UTC)', '', '- 2:32 PM a', '- 14:32:05 b', '- ~15:30-15:45 c', '- 2025-01-06 - d', '', '```', '13:06 PM in code', '```', '', '> 13:06 PM quoted'];
    assert.deepEqual(check(timelineTimestamp, lines), []);
  });
});

describe('timeline-order', () => {
  it('flags an entry earlier than the one before it, naming both times', () => {
    const lines = ['## Timeline', '', 'All times in CEST', '', '### 2018-04-18 14:29', '', 'a', '', '### 14:49', '', 'b', '', '### 14:43', '', 'c', '', '### 14:55', '', 'd'];
    assert.deepEqual(summary(check(timelineOrder, lines)), ['13: Timeline entry at 14:43 is earlier than the entry before it (14:49)']);
  });

  it('flags the entry that is too late when the rest are in order', () => {
    const lines = ['## Timeline (all times UTC)', '', '| Day | Date (2022) | Time (UTC) | Event |', '|---|---|---|---|', '| Thur | Jan 20 | 22:40 | a |', '| Thur | Jan 20 | 22:06 | b |', '| Thur | Jan 20 | 22:07 | c |'];
    assert.deepEqual(summary(check(timelineOrder, lines)), ['5: Timeline entry at 22:40 is later than the entry after it (22:06)']);
  });

  it('compares wall clocks when there is no zone or no date', () => {
    assert.deepEqual(summary(check(timelineOrder, ['## Timeline', '', '- 10:00 a', '- 09:58 b', '- 10:05 c'])), ['4: Timeline entry at 09:58 is earlier than the entry before it (10:00)']);
  });

  it('compares instants when entries are in different zones', () => {
    assert.deepEqual(check(timelineOrder, [...DATED, '## Timeline', '', '- 14:00 UTC a', '- 07:30 PDT b']), []);
    assert.equal(check(timelineOrder, [...DATED, '## Timeline', '', '- 14:00 UTC a', '- 06:30 PDT b']).length, 1);
  });

  it('does not flag midnight rollover, a new date, or entries in separate timelines', () => {
    assert.deepEqual(check(timelineOrder, [...DATED, '## Timeline (all times UTC)', '', '- 23:50 a', '- 00:10 b', '- 00:20 c']), []);
    assert.deepEqual(check(timelineOrder, ['## Timeline (all times UTC)', '', '**2025-01-06**', '', '- 14:00 a', '', '**2025-01-07**', '', '- 09:00 b']), []);
    assert.deepEqual(check(timelineOrder, [...DATED, '## Timeline (all times UTC)', '', '- 14:00 a', '', '## Response timeline (all times UTC)', '', '- 09:00 b']), []);
  });

  it('skips entries without a usable time', () => {
    assert.deepEqual(check(timelineOrder, [...DATED, '## Timeline (all times UTC)', '', '- 14:00 a', '- 13:06 PM b', '- [???] c', '- 14:10 d']), []);
  });
});

describe('timeline-timezone', () => {
  it('flags a timeline with no zone once, on its heading, with the count', () => {
    const lines = [...DATED, '## Timeline', '', '- 14:00 a', '- 14:10 b', '- 2025-01-06 - date only'];
    assert.deepEqual(summary(check(timelineTimezone, lines)), [
      '6: No time zone for the 2 timeline entries in "Timeline": name it in the heading ("Timeline (all times UTC)"), in a line such as "All times in UTC", or as `timezone:` in the front matter',
    ]);
  });

  it('offers to name the zone in the heading when the entries that have one agree', () => {
    const lines = [...DATED, '## Timeline ##', '', '- 14:00 UTC a', '- 14:10 b'];
    const findings = check(timelineTimezone, lines);
    assert.deepEqual(summary(findings), ['6: 1 timeline entry of 2 in "Timeline" has no time zone (the others say UTC): name it in the heading ("Timeline (all times UTC)"), in a line such as "All times in UTC", or as `timezone:` in the front matter']);
    assert.equal(fixed(lines, findings[0]), lines.join('\n').replace('## Timeline ##', '## Timeline (all times UTC) ##'));
  });

  it('flags mixed zones once, on the first entry in another zone', () => {
    const lines = [...DATED, '## Timeline (all times UTC)', '', '- 14:00 a', '- 06:10 PST b', '- 06:20 PST c'];
    const findings = check(timelineTimezone, lines);
    assert.deepEqual(summary(findings), ['9: Mixed time zones in one timeline: 06:10 PST is in PST (-08:00), 14:00 in UTC; write every time in one zone']);
    const text = lines.join('\n');
    assert.equal(text.slice(findings[0]!.range.start.offset, findings[0]!.range.end.offset), 'PST');
  });

  it('notes a standard-time abbreviation in summer', () => {
    const findings = check(timelineTimezone, ['## Timeline (all times PST) 7/5/2023', '', '12:11 PM: a', '', '12:18 PM: b']);
    assert.deepEqual(summary(findings), ['1: PST is not the zone in use on 2023-07-05: that day the region was on PDT; the times are read as PST, UTC-08:00']);
    assert.equal(findings[0]!.severity, 'info');
    const london = ['---', 'date: 2025-01-05', 'timezone: Europe/London', '---', '# Checkout 503s', ''];
    assert.deepEqual(summary(check(timelineTimezone, [...london, '## Timeline (times in BST)', '', '- 14:00 a'])), [
      '7: BST is not the zone in use on 2025-01-05: that day the region was on GMT; ' +
        'the times are read as BST, UTC+01:00',
    ]);
    assert.deepEqual(check(timelineTimezone, ['## Timeline (all times MST) 7/5/2023', '', '12:11 PM: Arizona keeps MST all year']), []);
  });

  it('does not flag a zone from the heading, a line, a column, the front matter or the configuration', () => {
    const london = ['---', 'date: 2025-07-05', 'timezone: Europe/London', '---'];
    assert.deepEqual(check(timelineTimezone, [...london, '## Timeline (times in BST)', '', '- 14:00 a']), []);
    assert.deepEqual(check(timelineTimezone, [...DATED, '## Timeline', '', 'All times in GMT+2', '', '- 14:00 a']), []);
    assert.deepEqual(check(timelineTimezone, [...DATED, '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 14:00 | a |']), []);
    assert.deepEqual(check(timelineTimezone, ['---', 'timezone: Europe/Berlin', '---', '## Timeline', '', '- 14:00 a']), []);
    const config = { ...DEFAULT_CONFIG, timezone: 'UTC' };
    assert.deepEqual(timelineTimezone.check(parsePostmortem('## Timeline\n\n- 14:00 a', { config }), config), []);
  });
});

describe('timeline rules in lint', () => {
  it('are registered and can be silenced inline', () => {
    const text = [...DATED, '## Timeline (all times UTC)', '', '<!-- postmortem-disable-next-line timeline-timestamp -->', '13:06 PM: a', '', '13:07 PM: b'].join('\n');
    const findings = lintText(text, DEFAULT_CONFIG).filter((finding) => finding.ruleId.startsWith('timeline-'));
    assert.deepEqual(findings.map((finding) => `${finding.ruleId} ${finding.range.start.line + 1}`), ['timeline-timestamp 11']);
  });
});
