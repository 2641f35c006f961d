import * as assert from 'node:assert/strict';
import { DETECTORS } from '../../src/core/blame/detect';
import { anyWordSearch, anyWordTest, anyWordTests, searchOf } from '../../src/core/language/wordTest';
import { corpusDocuments, evalDocuments, exampleDocuments } from './documents';

/** Every match of a `g` test, one after another, as offset and text. */
function matchesOf(test: RegExp, text: string): string[] {
  const found: string[] = [];
  test.lastIndex = 0;
  for (let match = test.exec(text); match; match = test.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

/** The same from a search, each looked for after the one before. */
function searchedMatches(search: ReturnType<typeof anyWordSearch>, text: string): string[] {
  const found: string[] = [];
  const next = search(text);
  for (let match = next(0); match; match = next(match.index + match[0].length))
    found.push(`${match.index}:${match[0]}`);
  return found;
}

describe('needed-word tests', () => {
  const words = words3000();

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

  describe('a search over a list too long for one fast test', () => {
    const needed = DETECTORS.flatMap((detector) => [...detector.needs]).map((need) =>
      typeof need === 'string' ? need : need.word,
    );

    it("is needed: the blame rules' needed words make one test longer than V8 optimises", () => {
      assert.ok(anyWordTest(needed).source.length >= 20_000, 'the list is long enough to need splitting');
    });

    it('finds the matches the one test finds, in order, in the corpus, the evaluation documents, the examples', () => {
      const one = anyWordTest(needed, 'g');
      const search = anyWordSearch(needed);
      let matches = 0;
      // The evaluation documents are in every clone; the shared corpus only where it sits beside the project.
      for (const { text } of [...corpusDocuments(), ...evalDocuments(), ...exampleDocuments()]) {
        const expected = matchesOf(one, text);
        matches += expected.length;
        assert.deepEqual(searchedMatches(search, text), expected);
      }
      assert.ok(matches > 100, `${matches} matches`);
    });

    it('keeps the forms joined to the word before with the words opening alike', () => {
      const words = [...words3000(), 'have not', 'did not', 'never', 'very', 'not'];
      const one = anyWordTest(words, 'g');
      const search = anyWordSearch(words);
      for (const text of [
        "I've not seen it; we did n't, they didn't, I 've not, shouldve not",
        'word1x phrase1 and Word2X  phrase2 never very, not',
      ])
        assert.deepEqual(searchedMatches(search, text), matchesOf(one, text), text);
    });
  });

  it('searches with several tests for the earliest match from an offset on', () => {
    const search = searchOf([/b+/g, /a/g, /c/g])('cabba c');
    assert.deepEqual(search(0)?.[0], 'c');
    assert.equal(search(1)?.index, 1);
    assert.deepEqual([search(2)?.index, search(2)?.[0]], [2, 'bb']);
    assert.equal(search(5)?.index, 6);
    assert.equal(search(7), null);
  });
});

function words3000(): string[] {
  return Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x phrase${i}`);
}
