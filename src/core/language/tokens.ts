// The tokens of the language layer, and cues: the words a reader looks for, marked once per token.
import { BE_FORMS, GET_FORMS, NEGATIONS, SAME_FORM_PASTS } from './vocabulary/grammar';

type TokenKind = 'word' | 'punct' | 'opaque';

export interface Token {
  readonly kind: TokenKind;
  /** As written. */
  readonly text: string;
  /**
   * Lower case, with curly apostrophes made straight, and a contraction's part as the word it
   * stands for: `didn't` is the words `did` and `not`, `can't` is `can` and `not`.
   */
  readonly lower: string;
  /** The dictionary form: `forgot` -> `forget`, `engineers` -> `engineer`. */
  readonly lemma: string;
  /** The part of speech (Universal Dependencies tags: NOUN, PROPN, VERB, AUX, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** For a word, the cues (see `cue`) it is one of; 0 for anything else. */
  readonly cues: number;
  /** A word the document or the team names as a person or a system (see `KnownNames`). */
  readonly known?: 'person' | 'system';
}

/** Names the document and the team's configuration say are people or systems, in lower case, without `@`. */
export interface KnownNames {
  readonly people: ReadonlySet<string>;
  readonly systems: ReadonlySet<string>;
  /** The same names as one string: equal keys, equal names. */
  readonly key: string;
}

export const NO_KNOWN_NAMES: KnownNames = { people: new Set(), systems: new Set(), key: '' };

const cuesByWord = new Map<string, number>();
let nextCue = 1;

/**
 * A new cue: a bit set on every word token that is one of `words`. A reader that can only find
 * something at certain words tests this bit first and skips the other words without a lookup.
 * Cues are made when the readers' modules load, before any text is read.
 */
export function cue(words: Iterable<string>): number {
  if (nextCue === 0) throw new Error('too many cues');
  const bit = nextCue;
  nextCue <<= 1;
  for (const word of words) cuesByWord.set(word, (cuesByWord.get(word) ?? 0) | bit);
  return bit;
}

/** The cues a word (its `lower`) is one of. */
export function cuesOf(lower: string): number {
  return cuesByWord.get(lower) ?? 0;
}

/** A word token that is one of the words of `bit`. */
export function hasCue(token: Token | undefined, bit: number): token is Token {
  return token !== undefined && (token.cues & bit) !== 0;
}

export function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

/** A word token whose lower-cased text is in `set`. */
export function isWordIn(token: Token | undefined, set: ReadonlySet<string>): token is Token {
  return token?.kind === 'word' && set.has(token.lower);
}

/** A noun the model reads in the plural: its lemma is not the word itself (`players`, `men`). */
export function isPluralNoun(token: Token): boolean {
  return token.pos === 'NOUN' && token.lemma !== token.lower;
}

/** `not`, `never`, and `n't` split off its auxiliary (`wasn't` as `was` and `n't`, whose lemma is `not`). */
export function isNegation(token: Token | undefined): token is Token {
  return isWord(token) && (NEGATIONS.has(token.lower) || token.lemma === 'not');
}

/** Whether a word of `set` stands among the `count` tokens from `first`, all of them words: `exposed a latent race`. */
export function wordWithin(tokens: readonly Token[], first: number, count: number, set: ReadonlySet<string>): boolean {
  for (let i = first; i < first + count && isWord(tokens[i]); i++) if (set.has(tokens[i]!.lower)) return true;
  return false;
}

/** `says`, `goes`, `modifies`: the third person of the present, the lemma with `s` or `es`, or `y` made `ies`. */
function isThirdPersonPresent(token: Token): boolean {
  const { lower, lemma } = token;
  return (
    lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)
  );
}

/** The `-ing` forms a verb's lemma may be written in: `testing`, `completing`, `running`. */
export function gerundsOf(lemma: string): string[] {
  const forms = [`${lemma}ing`];
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) forms.push(`${lemma}${lemma.slice(-1)}ing`);
  return forms;
}

/** Every form of a regular verb's lemma: `blame`, `blames`, `blamed`, `blaming`. */
export function regularFormsOf(lemma: string): string[] {
  return [lemma, `${lemma}s`, lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, ...gerundsOf(lemma)];
}

/**
 * A verb in the past, or its participle, as the tagger reads it: `rebooted`, `ran`, `pushed`; not `run`, `running`,
 * `goes`.
 */
export function isPastVerb(token: Token | undefined): token is Token {
  return (
    isWord(token) &&
    token.pos === 'VERB' &&
    token.lower !== token.lemma &&
    !token.lower.endsWith('ing') &&
    !isThirdPersonPresent(token)
  );
}

/** Third-person singular pronouns, whose verb in the present ends in `s`: `he shuts`, so `he shut` is the past. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'someone', 'somebody', 'everyone', 'everybody', 'nobody']);
/** What opens the object or the particle of an act: `cut the fiber`, `shut down the host`, `set TTL to 0`. */
const ACT_FOLLOWERS = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP']);

/**
 * A verb whose past is its base form (`set`, `cut`, `shut`), in the past, as its subject shows: after `had`, or after
 * one person or thing in the singular that the present would give an `s` (`Bob set the TTL`, `the admin reset the
 * password`, `he shut down the host`, `someone hit the delete button`), with its object or particle after it; not the
 * nouns `a power cut caused`, `the data set grew`.
 */
export function isSameFormPast(tokens: readonly Token[], index: number): boolean {
  if (!isWordIn(tokens[index], SAME_FORM_PASTS) || !ACT_FOLLOWERS.has(tokens[index + 1]?.pos ?? '')) return false;
  const before = tokens[beforeAdverbs(tokens, index)];
  if (!isWord(before)) return false;
  if (before.lower === 'had') return true;
  if (SINGULAR_PRONOUNS.has(before.lower) || before.pos === 'PROPN') return true;
  return before.pos === 'NOUN' && before.lemma === before.lower && !before.lower.endsWith('s');
}

/** A verb in the present tense: `compound`, `goes`. */
export function isPresentVerb(token: Token | undefined): token is Token {
  return isWord(token) && token.pos === 'VERB' && (token.lower === token.lemma || isThirdPersonPresent(token));
}

/** The tags of a noun phrase's words, its determiner included: `the`, `final`, `two`, `change`, `Bob`. */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Word classes that open a verb's object: `the router`, `Kevin's change`, `production`, `them`, `two nodes`. */
export const OBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Word classes a clause's subject ends with: `the engineer`, `Bob`, `she`. */
export const SUBJECT_END_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** Word classes of a verb group: `was`, `deleted`, `has been`. */
export const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Word classes that join clauses: `and`, `but`, `because`. */
export const CONJUNCTION_TAGS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ']);

/** A word token whose lemma is in `set`: `forgot`, `forgets` and `forgotten` for `forget`. */
export function isLemmaIn(token: Token | undefined, set: ReadonlySet<string>): token is Token {
  return token?.kind === 'word' && set.has(token.lemma);
}

/** Whether the word at `index` is in the passive: `was dropped`, `had been quietly deleted`; not `was deleting`. */
export function isPassive(tokens: readonly Token[], index: number): boolean {
  const { lower } = tokens[index]!;
  if (lower.endsWith('ing')) return false;
  const auxiliary = tokens[beforeAdverbs(tokens, index)];
  return isWordIn(auxiliary, BE_FORMS) || (isWordIn(auxiliary, GET_FORMS) && /(?:ed|en)$/.test(lower));
}

/**
 * Whether the verb at `index` is a plain verb right after a form of `be`: it says what the subject is, not what the
 * subject did (`the worst thing you can do is let your domain expire`, `the fix was restart the pod`).
 */
export function complementsBe(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // `was misread by the engineer`, `was reset by the operator`: a past like its base, in a passive with its agent.
  if (tokens[index + 1]?.lower === 'by') return false;
  // `was texting`: a progressive whose lemma the model does not know, not a plain verb.
  if (token.lower.endsWith('ing')) return false;
  return token.lower === token.lemma && isWordIn(tokens[beforeAdverbs(tokens, index)], BE_FORMS);
}

/**
 * The index of the token before `index`, past up to two adverbs: `was quietly dropped`, `will simply forget`. The
 * adverbs in `kept` are not passed (`was not followed`: the negation stands).
 */
export function beforeAdverbs(tokens: readonly Token[], index: number, kept?: ReadonlySet<string>): number {
  let before = index - 1;
  while (tokens[before]?.pos === 'ADV' && !(kept && isWordIn(tokens[before], kept)) && index - before < 3) before--;
  return before;
}

/** The index of the first token from `index` on that is no adverb, past up to two: `to correctly interpret`. */
export function afterAdverbs(tokens: readonly Token[], index: number): number {
  let at = index;
  while (tokens[at]?.pos === 'ADV' && at - index < 2) at++;
  return at;
}
