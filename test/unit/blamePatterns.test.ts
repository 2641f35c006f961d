// The quick-reject words of a blame pattern: a sentence without one of them is never tagged, so they
// must be the pattern's rarest required words, never a word in nearly every sentence.
import * as assert from 'node:assert/strict';
import {
  compileList,
  compilePattern,
  listRequiredWords,
  patternTest,
  requiredWords,
} from '../../src/core/blame/patterns';

describe('blame patterns: the words a match requires', () => {
  it('takes the element with no common word over one that holds "the" or "to"', () => {
    assert.deepEqual([...requiredWords(compilePattern('forgot|forgets to'))], ['forgot', 'forgets']);
    assert.deepEqual([...requiredWords(compilePattern('the engineer'))], ['engineer']);
    assert.deepEqual([...requiredWords(compilePattern('was|were not paying attention'))], ['paying']);
  });

  it('lists with each required word its pattern, when the pattern holds other words matched as written', () => {
    const needs = (pattern: string) =>
      listRequiredWords(compileList([pattern])).map((need) =>
        typeof need === 'string' ? need : { word: need.word, pattern: need.pattern.text },
      );
    assert.deepEqual(needs('between the? chair and the? keyboard'), [
      { word: 'between', pattern: 'between the? chair and the? keyboard' },
    ]);
    assert.deepEqual(needs('forgot to check'), [{ word: 'forgot', pattern: 'forgot to check' }]);
    // `not` may be written `n't`, and `would` `'d`: they are not matched as written.
    assert.deepEqual(needs('would not check'), ['check']);
  });

  it("tests a pattern's words in order, with only non-words between neighbours and anything for the rest", () => {
    const test = patternTest(compilePattern('all he|she|they really? needed|had to do was|is'));
    assert.equal(test.test('All she really had to do was look.'), true);
    assert.equal(test.test('All\u00a0"they" needed to do is wait.'), true);
    // The model reads a word split off a longer one (`cannot`, `5GB`): no word edge is asked for.
    assert.equal(test.test('Overall they had to do was'), true);
    assert.equal(test.test('All the alerts had to do was fire.'), false);
    assert.equal(test.test('All of them had to do was wait.'), false);
    const spaced = patternTest(compilePattern('between the? chair and the? keyboard'));
    assert.equal(spaced.test('between chair and keyboard'), true);
    assert.equal(spaced.test('between the chair and the keyboard'), true);
    assert.equal(spaced.test('between the keyboard and the chair'), false);
  });
});
