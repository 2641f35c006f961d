// wink-eng-lite-web-model with only the parts the language layer runs: the lexicon, sentence
// boundaries, parts of speech, negation and lemmas. The sentiment and entity machines (about 0.6 MB of
// the model, in every bundle that reads English) are left out: the pipe never runs them, but
// wink-nlp loads one of each, so each is an empty machine. Pinned to 1.8.1 (package.json), whose
// files these are.
import type { ModelAddons } from 'wink-nlp';
import loadCore from 'wink-eng-lite-web-model/dist/load-core-model.js';
import loadSentenceBoundaries from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPartsOfSpeech from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadEntityMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import feature from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';

/** The model's lemmatizer: a word, its part of speech, and the lexicon that says which parts of speech words may be. */
const lemmatizeAs = lemmatize as unknown as (value: string, pos: string, lexicon: unknown) => string;

let lexicon: unknown;

/**
 * The model's lemmatizer, keeping the lexicon wink-nlp hands it (wink-nlp keeps it private), so that a word can be
 * lemmatized as another part of speech than the one it was read as.
 */
function lemmatizeKeepingLexicon(value: string, pos: string, cache: unknown): string {
  lexicon = cache;
  return lemmatizeAs(value, pos, cache);
}

/**
 * `word` lemmatized as a verb, when the model's lexicon knows a verb it is a form of (`expired`: `expire`, `broken`:
 * `break`); undefined before the model has lemmatized a word, or when it knows none (`sacred`, `hundred`).
 */
export function verbLemmaOf(word: string): string | undefined {
  if (lexicon === undefined) return undefined;
  const lemma = lemmatizeAs(word, 'VERB', lexicon);
  return lemma === word ? undefined : lemma;
}

/** A machine that recognises nothing, in wink-nlp's automaton format. */
const EMPTY_MACHINE = JSON.stringify([100, 0, {}, {}, {}, {}]);

/** How many words the model's lexicon holds: a word read later gets a number past them (see `isEnglishWord`). */
let lexiconSize = 0;

export function lexiconWords(): number {
  return lexiconSize;
}

export const englishModel = {
  core: () => {
    const model = loadCore() as { features: { lexeme: { intrinsicSize: number } } };
    lexiconSize = model.features.lexeme.intrinsicSize;
    return model;
  },
  sbd: loadSentenceBoundaries,
  pos: loadPartsOfSpeech,
  negation: loadNegation,
  metaCER: loadEntityMeta,
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  featureFn: feature,
  addons: { lemmatize: lemmatizeKeepingLexicon } as unknown as ModelAddons,
};
