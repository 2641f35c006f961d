import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { nowEntry } from '../../src/core/timeline/now';

const NOW = Date.UTC(2025, 0, 5, 14, 32, 10);

function entryNow(frontMatter: string, ...entries: string[]) {
  const text = [
    ...(frontMatter ? ['---', frontMatter, '---'] : []),
    '# Outage',
    '',
    '## Timeline',
    '',
    ...entries,
    '',
  ].join('\n');
  return nowEntry(analyze(text, { config: DEFAULT_CONFIG, path: 'x.postmortem.md' }), NOW);
}

describe('a timeline entry stamped now', () => {
  it('is written like the last entry, in its zone', () => {
    assert.deepEqual(entryNow('timezone: UTC', '- 10:02 UTC Indexer stopped', '- 10:40 UTC Alert fired'), {
      line: '- 14:32 UTC',
      zone: 'UTC',
    });
    assert.deepEqual(entryNow('', '- 2025-01-04 9:15 PM PST Deploy [started]'), {
      line: '- 2025-01-05 6:32 AM PST',
      zone: '-08:00',
    });
  });

  it('takes the document zone for entries written without one', () => {
    const table = ['| Time  | Event |', '|-------|-------|', '| 09:00 | Proxy limits changed |'];
    assert.deepEqual(entryNow('timezone: Europe/Berlin', ...table), { line: '- 15:32', zone: 'Europe/Berlin' });
  });

  it('writes the zone after the time when there is no entry to copy', () => {
    assert.deepEqual(entryNow('timezone: America/New_York'), {
      line: '- 09:32 America/New_York',
      zone: 'America/New_York',
    });
    assert.deepEqual(entryNow(''), { line: '- 14:32 UTC', zone: 'UTC' });
  });
});
