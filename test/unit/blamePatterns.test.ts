// The quick-reject words of a blame pattern: a sentence without one of them is never tagged, so they
// must be the pattern's rarest required words, never a word in nearly every sentence.
import * as assert from 'node:assert/strict';
import { compilePattern, requiredWords } from '../../src/core/blame/patterns';

describe('blame patterns: the words a match requires', () => {
  it('takes the element with no common word over one that holds "the" or "to"', () => {
    assert.deepEqual([...requiredWords(compilePattern('forgot|forgets to'))], ['forgot', 'forgets']);
    assert.deepEqual([...requiredWords(compilePattern('the engineer'))], ['engineer']);
    assert.deepEqual([...requiredWords(compilePattern('was|were not paying attention'))], ['paying']);
  });
});
