import { strict as assert } from 'node:assert';
import { parsePasted } from '../../src/core/timeline/paste';

const entries = (text: string) => parsePasted(text).entries.map((entry) => [entry.time, entry.description]);

describe('pasted chat and log excerpts', () => {
  it('reads chat lines with bracketed, 12-hour and seconds times, keeping the speaker', () => {
    assert.deepEqual(
      entries('[10:32] alice: restarted the primary\n10:35 AM bob: replica caught up\n10:36:15 carol: all green'),
      [
        ['10:32', 'alice: restarted the primary'],
        ['10:35 AM', 'bob: replica caught up'],
        ['10:36:15', 'carol: all green'],
      ],
    );
  });

  it('reads ISO-stamped log lines', () => {
    assert.deepEqual(entries('2025-01-05T10:32:00Z INFO restarted\n2025-01-05 10:32:01,123 WARN lag 30s'), [
      ['2025-01-05T10:32:00Z', 'INFO restarted'],
      ['2025-01-05 10:32:01,123', 'WARN lag 30s'],
    ]);
  });

  it('reads Slack headers with the messages under them', () => {
    assert.deepEqual(entries('alice  10:32 AM\nrestarted the primary\nit is back\n\nbob  10:40 AM\nconfirmed'), [
      ['10:32 AM', 'alice: restarted the primary it is back'],
      ['10:40 AM', 'bob: confirmed'],
    ]);
  });

  it('appends continuation lines, ignores blank lines and counts the lines it skips', () => {
    assert.deepEqual(
      parsePasted('intro line\n\n[10:32] alice: restarted\nthe primary\n\nstray line\n- [10:40] bob: done'),
      {
        entries: [
          { time: '10:32', description: 'alice: restarted the primary', milestone: null },
          { time: '10:40', description: 'bob: done', milestone: null },
        ],
        skipped: 2,
      },
    );
    assert.deepEqual(parsePasted(''), { entries: [], skipped: 0 });
    assert.deepEqual(parsePasted('25:99 nope\nnot a time'), { entries: [], skipped: 2 });
  });
});
