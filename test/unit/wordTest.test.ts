import * as assert from 'node:assert/strict';
import { anyWordTest, anyWordTests } from '../../src/core/language/wordTest';

describe('needed-word tests', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x phrase${i}`);

  it('splits a long list into tests each short enough for V8 to optimise', () => {
    const tests = anyWordTests(words);
    assert.ok(anyWordTest(words).source.length >= 20_000, 'the list is long enough to need splitting');
    assert.ok(tests.length > 1);
    for (const test of tests) assert.ok(test.source.length < 20_000, `${test.source.length} characters`);
  });

  it('matches where the one test would, and nowhere else', () => {
    const one = anyWordTest(words);
    const tests = anyWordTests(words);
    const texts = [...words.filter((_, i) => i % 97 === 0).map((word) => `We saw ${word}.`), 'No such words here.'];
    for (const text of texts)
      assert.equal(
        tests.some((test) => test.test(text)),
        one.test(text),
        text,
      );
    assert.equal(anyWordTests(['did not']).length, 1, 'a short list is one test');
  });
});
