import * as assert from 'node:assert/strict';
import { readMetricsMessage } from '../../src/core/metricsProtocol';

describe('Show Metrics messages', () => {
  it('reads ready, refresh and open with a path', () => {
    assert.deepEqual(readMetricsMessage({ type: 'ready' }), { message: { type: 'ready' } });
    assert.deepEqual(readMetricsMessage({ type: 'refresh', extra: 1 }), { message: { type: 'refresh' } });
    assert.deepEqual(readMetricsMessage({ type: 'open', path: 'postmortems/a.md' }), {
      message: { type: 'open', path: 'postmortems/a.md' },
    });
  });

  it('refuses anything else, saying why', () => {
    for (const value of [
      null,
      'ready',
      [],
      42,
      {},
      { type: 'delete' },
      { type: 'open' },
      { type: 'open', path: '' },
      { type: 'open', path: 7 },
      { type: 'open', path: 'x'.repeat(5000) },
    ]) {
      const read = readMetricsMessage(value);
      assert.ok('invalid' in read && read.invalid.length > 0, JSON.stringify(value));
    }
  });
});
