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
import * as blaming from '../../src/core/blame/words/blaming';
import * as compliance from '../../src/core/blame/words/compliance';
import * as consequences from '../../src/core/blame/words/consequences';
import * as dismissals from '../../src/core/blame/words/dismissals';
import * as failing from '../../src/core/blame/words/failing';
import * as framing from '../../src/core/blame/words/framing';
import * as hindsight from '../../src/core/blame/words/hindsight';
import * as humanErrors from '../../src/core/blame/words/humanErrors';
import * as judgements from '../../src/core/blame/words/judgements';
import * as mistakeAdverbs from '../../src/core/blame/words/mistakeAdverbs';
import * as mistakeVerbs from '../../src/core/blame/words/mistakeVerbs';
import * as omissions from '../../src/core/blame/words/omissions';
import * as ownedMistakes from '../../src/core/blame/words/ownedMistakes';
import * as rootCauseActs from '../../src/core/blame/words/rootCauseActs';
import * as secrets from '../../src/core/blame/words/secrets';
import * as slips from '../../src/core/blame/words/slips';
import * as commitments from '../../src/core/language/vocabulary/commitments';
import * as grammar from '../../src/core/language/vocabulary/grammar';
import * as people from '../../src/core/language/vocabulary/people';
import * as personNouns from '../../src/core/language/vocabulary/personNouns';
import * as systems from '../../src/core/language/vocabulary/systems';

/** Every file of words, by name: each entry it exports must be registered in `VOCABULARIES`. */
const WORD_LISTS: Record<string, Record<string, unknown>> = {
  blaming,
  compliance,
  consequences,
  dismissals,
  failing,
  framing,
  hindsight,
  humanErrors,
  judgements,
  mistakeAdverbs,
  mistakeVerbs,
  omissions,
  ownedMistakes,
  rootCauseActs,
  secrets,
  slips,
  commitments,
  grammar,
  people,
  personNouns,
  systems,
};

describe('vocabularies', () => {
  it('registers every entry of every word list, so that its sentences run here', () => {
    const registered = new Set(VOCABULARIES.flatMap((vocabulary) => vocabulary.entries));
    const unregistered = Object.entries(WORD_LISTS).flatMap(([file, exported]) =>
      Object.entries(exported)
        .filter(([, value]) => Array.isArray(value))
        .filter(([, value]) =>
          (value as unknown[]).some(
            (item) => typeof (item as { note?: unknown })?.note === 'string' && !registered.has(item as never),
          ),
        )
        .map(([name]) => `${file}: ${name}`),
    );
    assert.deepEqual(unregistered, []);
    // A new file of words is read here too.
    const source = join(__dirname, '..', '..', '..', 'src', 'core');
    const files = [join('blame', 'words'), join('language', 'vocabulary')].flatMap((folder) =>
      readdirSync(join(source, folder))
        .filter((name) => name.endsWith('.ts') && name !== 'entry.ts')
        .map((name) => name.replace(/\.ts$/, '')),
    );
    assert.deepEqual(files.sort(), Object.keys(WORD_LISTS).sort());
  });

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
