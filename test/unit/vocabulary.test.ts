// Every vocabulary entry's sentences: those it must flag are flagged, its look-alikes are not. And
// no fix-all rephrasing leaves blame behind, in those sentences or in the labelled real ones.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBlame } from '../../src/core/blame/detect';
import { compilePhrases } from '../../src/core/blame/phrases';
import { PLAIN_PROSE } from '../../src/core/blame/sentence';
import { VOCABULARIES } from '../../src/core/blame/vocabularies';
import { listing } from '../../src/core/language/vocabulary/entry';
import { vocabularyTables } from '../../src/core/blame/vocabularyTables';

describe('vocabularies', () => {
  for (const vocabulary of VOCABULARIES) {
    describe(vocabulary.name, () => {
      for (const entry of vocabulary.entries) {
        it(`${listing(entry).split(' ').slice(0, 4).join(' ')}...: its sentences`, () => {
          assert.ok(
            entry.note.length > 0 && entry.flags.length + entry.passes.length > 0,
            'every entry has a note and an example',
          );
          const context = { ...PLAIN_PROSE, rootCause: vocabulary.section === 'root-cause' };
          const detect = (sentence: string) => detectBlame(sentence, sentence, compilePhrases(undefined), context);
          for (const sentence of entry.flags) assert.notDeepEqual(detect(sentence), [], `should flag: ${sentence}`);
          for (const sentence of entry.passes)
            assert.deepEqual(
              detect(sentence).map((detection) => detection.phrase),
              [],
              `should pass: ${sentence}`,
            );
        });
      }
    });
  }

  it('every fix-all rephrasing of every example and every labelled real sentence leaves no blame where it was', () => {
    const sentences = VOCABULARIES.flatMap((vocabulary) => vocabulary.entries.flatMap((entry) => entry.flags));
    sentences.push(
      'Dave should have checked the replica.',
      'The engineer forgot to renew the certificate.',
      'Bob simply forgot to run the migration.',
      'The deploy was careless work.',
      'Some lazy person rerouted both cables instead of following the contract.',
      'Sloppy sloppy sloppy, @gboone',
    );
    // The held-out sets are read by the evaluation alone.
    const labelled = join(__dirname, '..', '..', '..', 'eval', 'sentences');
    for (const file of readdirSync(labelled).filter((name) => name.endsWith('.jsonl') && !name.startsWith('heldout')))
      for (const line of readFileSync(join(labelled, file), 'utf8').split('\n'))
        if (line.trim()) sentences.push((JSON.parse(line) as { text: string }).text);
    for (const sentence of sentences) {
      for (const detection of detectBlame(sentence)) {
        for (const suggestion of detection.suggestions.filter((rephrasing) => rephrasing.safe)) {
          const fixed = sentence.slice(0, detection.start) + suggestion.newText + sentence.slice(detection.end);
          const left = detectBlame(fixed).filter(
            (after) => after.start < detection.start + suggestion.newText.length && detection.start < after.end,
          );
          assert.deepEqual(
            left.map((after) => after.phrase),
            [],
            `"${sentence}" fixed as "${fixed}"`,
          );
        }
      }
    }
  });

  it('the rule page shows the word tables as the vocabularies say (npm run docs:vocabulary writes them)', () => {
    const page = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules', 'blameful-language.md'), 'utf8');
    assert.ok(page.includes(vocabularyTables()), 'docs/rules/blameful-language.md holds the generated tables');
  });
});
