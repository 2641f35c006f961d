// The quick-reject words of a blame pattern: a sentence without one of them is never tagged, so they
// must be the pattern's rarest required words, never a word in nearly every sentence.
import * as assert from 'node:assert/strict';
import { compileList, compilePattern, listRequiredWords, requiredWords } from '../../src/core/blame/patterns';

describe('blame patterns: the words a match requires', () => {
  it('takes the element with no common word over one that holds "the" or "to"', () => {
    assert.deepEqual([...requiredWords(compilePattern('forgot|forgets to'))], ['forgot', 'forgets']);
    assert.deepEqual([...requiredWords(compilePattern('the engineer'))], ['engineer']);
    assert.deepEqual([...requiredWords(compilePattern('was|were not paying attention'))], ['paying']);
  });

  it("lists with each required word the pattern's other telling words, one of each of which its sentence holds", () => {
    const needs = (pattern: string) =>
      listRequiredWords(compileList([pattern])).map((need) =>
        typeof need === 'string' ? need : { word: need.word, alongside: need.alongside.map((words) => [...words]) },
      );
    // Optional and common words tell nothing: `the?`, `and`.
    assert.deepEqual(needs('between the? chair and the? keyboard'), [
      { word: 'between', alongside: [['chair'], ['keyboard']] },
    ]);
    // `will` may be written `'ll`: a sentence without `will` in its text may still hold it.
    assert.deepEqual(needs('they will forget'), [{ word: 'they', alongside: [['forget']] }]);
    assert.deepEqual(needs('would not check'), ['check']);
  });
});
