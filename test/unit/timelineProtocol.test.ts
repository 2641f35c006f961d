import { strict as assert } from 'node:assert';
import { readWebviewMessage } from '../../src/core/timeline/protocol';

const invalid = (value: unknown): string => {
  const result = readWebviewMessage(value);
  assert.ok('invalid' in result, `accepted ${JSON.stringify(value)?.slice(0, 80)}`);
  return result.invalid;
};

describe('the timeline editor protocol', () => {
  it('accepts every well-formed message, keeping only the known fields', () => {
    const good = [
      { type: 'ready' },
      { type: 'undo' },
      { type: 'redo' },
      { type: 'reveal', id: 'e1a2b3c' },
      { type: 'edit', version: 3, id: 'e1a2b3c', time: '14:05' },
      { type: 'edit', version: 3, id: 'e1a2b3c', milestone: null },
      { type: 'add', version: 0, afterId: null, entry: { time: null, description: 'x', milestone: 'detected' } },
      { type: 'delete', version: 3, id: 'e1a2b3c' },
      { type: 'sort', version: 3 },
      {
        type: 'import',
        version: 3,
        afterId: 'e1a2b3c',
        entries: [{ time: '10:32', description: 'alice: restarted', milestone: null }],
      },
      { type: 'createSection', version: 3 },
    ];
    for (const message of good)
      assert.deepEqual(readWebviewMessage(message), {
        message:
          message.type === 'edit'
            ? { time: undefined, description: undefined, milestone: undefined, ...message }
            : message,
      });
    assert.deepEqual(readWebviewMessage({ type: 'sort', version: 1, extra: '<script>' }), {
      message: { type: 'sort', version: 1 },
    });
  });

  it('rejects malformed and hostile messages with a clear reason', () => {
    assert.match(invalid(null), /message must be an object/);
    assert.match(invalid([]), /message must be an object/);
    assert.match(invalid('ready'), /message must be an object/);
    assert.match(invalid({ type: 'explode' }), /type must be one of/);
    assert.match(invalid({ type: 'sort', version: -1 }), /version must be a version number/);
    assert.match(invalid({ type: 'sort', version: 1.5 }), /version/);
    assert.match(invalid({ type: 'sort', version: '1' }), /version/);
    assert.match(invalid({ type: 'delete', version: 1, id: 7 }), /id must be a string/);
    assert.match(invalid({ type: 'delete', version: 1, id: 'x'.repeat(10_001) }), /at most 10000 characters/);
    assert.match(invalid({ type: 'edit', version: 1, id: 'e' }), /edit must be a change/);
    assert.match(
      invalid({ type: 'edit', version: 1, id: 'e', milestone: 'exploded' }),
      /milestone must be null or one of/,
    );
    assert.match(
      invalid({ type: 'add', version: 1, afterId: null, entry: { time: 5, description: 'x', milestone: null } }),
      /entry\.time/,
    );
    assert.match(invalid({ type: 'add', version: 1, afterId: null, entry: [] }), /entry must be an object/);
    assert.match(invalid({ type: 'import', version: 1, afterId: null, entries: 'x' }), /entries must be an array/);
    assert.match(
      invalid({
        type: 'import',
        version: 1,
        afterId: null,
        entries: new Array(5_001).fill({ time: null, description: '', milestone: null }),
      }),
      /at most 5000 entries/,
    );
    assert.match(
      invalid({
        type: 'import',
        version: 1,
        afterId: null,
        entries: [{ time: null, description: '', milestone: null }, null],
      }),
      /entries\[1\] must be an object/,
    );
  });

  it('is not fooled by prototype pollution keys', () => {
    const polluted = JSON.parse('{"__proto__": {"type": "sort", "version": 1}}') as unknown;
    assert.match(invalid(polluted), /type must be one of/);
    const result = readWebviewMessage(
      JSON.parse(
        '{"type": "add", "version": 1, "afterId": null, "entry": {"time": null, "description": ' +
          '"x", "milestone": null, "__proto__": {"polluted": true}}}',
      ),
    );
    assert.ok('message' in result);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.match(invalid({ type: 'constructor' }), /type must be one of/);
    assert.match(invalid({ type: 'toString' }), /type must be one of/);
  });
});
