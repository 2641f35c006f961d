// English as every part of the core reads it: sentences of tokens with offsets into the text,
// each word with its part of speech and lemma, from wink-nlp's English model.
import winkNLP from 'wink-nlp';
import { forgetPersonHints, isRoleWord, nameOf, SYSTEM_NAMES } from './people';
import { englishModel, lexiconWords, verbLemmaOf } from './winkModel';
import { cuesOf, NO_KNOWN_NAMES, NOUN_PHRASE_TAGS, SUBJECT_END_TAGS, type KnownNames, type Token } from './tokens';
import {
  ANSWERS,
  BARE_INFINITIVE_TAKERS,
  BE_FORMS,
  DO_FORMS,
  NOUN_DETERMINERS,
  PARTICIPLE_IMPERATIVES,
  PAST_AUXILIARIES,
  SAME_FORM_PASTS,
  TITLE_SMALL_WORDS,
} from './vocabulary/grammar';

type Nlp = ReturnType<typeof winkNLP>;

let loaded: Nlp | undefined;

/** The model takes a tenth of a second to load, so it is loaded on first use, never on activation. */
function nlp(): Nlp {
  if (loaded) return loaded;
  loaded = winkNLP(englishModel as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  // A word the lexicon lacks goes to the lemmatizer, which then holds the lexicon for `verbLemmaOf`.
  loaded
    .readDoc('unlexiconed')
    .tokens()
    .out(loaded.its.lemma as never);
  return loaded;
}

/** Each word's answer from `isEnglishWord`, kept: a document asks about the same few words again. */
const lexiconAnswers = new Map<string, boolean>();

/**
 * Whether the model's lexicon holds `word` in lower case: an English word (`monitoring`, `grace`, `docs` no), not a
 * name it has never seen (`priya`, `oluwaseun`). The lexicon numbers its words first; a word it lacks is numbered
 * after them when first read.
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = lexiconAnswers.get(lower);
  if (known === undefined) {
    const english = nlp();
    const tokens = english.readDoc(lower).tokens();
    known = tokens.length() === 1 && (tokens.itemAt(0).out(english.its.uniqueId) as number) < lexiconWords();
    if (lexiconAnswers.size >= 10_000) lexiconAnswers.clear();
    lexiconAnswers.set(lower, known);
  }
  return known;
}

/** A word ending as a past participle does: `-ed` (`expired`, `corrupted`) or `-en` (`broken`, `frozen`). */
const PARTICIPLE_ENDING = /(?:ed|en)$/;

/**
 * The lemma of a past participle read as an adjective or a noun ("the expired certificate", "a broken deploy") is
 * its verb's, as when it is read as a verb ("the certificate expired"): `expire`, `break`. Any other token keeps its
 * lemma; so does a word the lexicon knows as no verb's form (`sacred`, `hundred`).
 */
export function participleLemma(token: Token): string {
  if ((token.pos !== 'ADJ' && token.pos !== 'NOUN') || token.lemma !== token.lower) return token.lemma;
  if (!PARTICIPLE_ENDING.test(token.lower)) return token.lemma;
  nlp();
  return verbLemmaOf(token.lower) ?? token.lemma;
}

/** Punctuation that bounds clauses: `, ; : ( ) [ ] . ! ?`, em and en dashes, a spaced hyphen. */
const CLAUSE_PUNCTUATION = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '.',
  '!',
  '?',
  '\u2014',
  '\u2013',
  '-',
  '...',
  '\u2026',
]);
/** Blanked text that started with one of these was code or a quotation: a thing, not nothing. */
const OPAQUE_OPENERS = new Set(['`', '"', '\u201c', '\u201d']);
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a text holds a letter or a digit: most tokens start with an ASCII one, which needs no search. */
function hasWordCharacter(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return true;
  return HAS_WORD_CHARACTER.test(text);
}
const BLANK = /\s/;

/** The model's spelling of a contraction's parts (curly apostrophes made straight), as the words they stand for. */
const CONTRACTED: ReadonlyMap<string, string> = new Map([
  ["n't", 'not'],
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  ["'ve", 'have'],
  ['ve', 'have'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'m", 'am'],
  ["'d", 'would'],
  // `w/o review`: the abbreviation, one token to the model.
  ['w/o', 'without'],
]);
/** `'d` before a past participle is `had`, not `would`: `he'd not tried`, `she'd deleted` (see `readsAsHad`). */
const CONTRACTED_HAD = "'d";
/**
 * `didnt`, `doesnt`, `wouldnt`: the negation run together without its apostrophe, which the model splits off as `nt`;
 * `not` only when joined to the auxiliary before it (`Windows NT` is a name).
 */
const RUN_TOGETHER_NOT = 'nt';
/** A written form that ends in a contraction's part: `'ve`, `shouldve`, `'d`. */
const CONTRACTION_PART_END = /(?:^|\s)ve$|'(?:ve|d|ll|re|m)$/;
/** `should of checked`: `have` after a modal, as it sounds and some write it (see `readsAsHave`). */
const HAVE_WRITTEN_OF = 'of';
const MODALS_BEFORE_HAVE = new Set(['should', 'could', 'would', 'must', 'might', 'may']);
/** Every reading of a contraction's part, the one that depends on the next word too. */
const CONTRACTION_READINGS: readonly (readonly [string, string])[] = [
  ...CONTRACTED,
  [CONTRACTED_HAD, 'had'],
  [RUN_TOGETHER_NOT, 'not'],
  [HAVE_WRITTEN_OF, 'have'],
];
/** The words a contraction's part reads as: `n't` is `not`, `ca` is `can`. */
const CONTRACTIONS_READ_AS = new Set(CONTRACTION_READINGS.map(([, reading]) => reading));

/**
 * Whether every word token whose `lower` is `word` holds `word` in its text, case aside: not so for the
 * words a contraction's part reads as (`not` of `didn't`), for `mis`-words (`mis-typed` reads `mistyped`)
 * nor for words with an apostrophe (curly ones read straight).
 */
export function isReadAsWritten(word: string): boolean {
  return !CONTRACTIONS_READ_AS.has(word) && !word.startsWith('mis') && !word.includes("'");
}

/** The prefix of a `mis`-word written apart: `mis-typed` reads as `mistyped`. */
const MIS_APART = 'mis-';

/** Contractions' parts read only before `n't`: `ca` of `can't`, `wo` of `won't` (see `normalWord`). */
const BEFORE_NOT_ONLY = new Set(['ca', 'wo', 'sha']);

/** One way of writing a word: its text, and whether it is written joined to the word before (`'ve`, `n't`). */
interface WrittenWord {
  readonly text: string;
  readonly joined: boolean;
}

function isMisWord(word: string): boolean {
  return word.startsWith('mis') && !word.startsWith(MIS_APART);
}

/** Whether `wordForms` may give a word more forms than itself. */
function mayBeWrittenOtherwise(word: string): boolean {
  return isMisWord(word) || CONTRACTIONS_READ_AS.has(word);
}

/** The ways of writing the word `word` whose next word is `next`, in `writtenForms`. */
function wordForms(word: string, next: string | undefined): WrittenWord[] {
  const forms: WrittenWord[] = [{ text: word, joined: false }];
  if (isMisWord(word)) forms.push({ text: `${MIS_APART}${word.slice(3)}`, joined: false });
  for (const [part, reading] of CONTRACTION_READINGS) {
    if (reading !== word || (BEFORE_NOT_ONLY.has(part) && next !== 'not')) continue;
    // `didn't`, `I've`, `shouldve`, `didnt` join the word before; `did n't` and `ca n't` are written apart.
    const runTogether = part === 've' || part === RUN_TOGETHER_NOT;
    if (part.includes("'") || runTogether) forms.push({ text: part, joined: true });
    if (!runTogether) forms.push({ text: part, joined: false });
  }
  return forms;
}

/**
 * The ways the text of word tokens whose `lower`s are the words of `phrase` (separated by one space) may be
 * written, case and curly apostrophes aside, each with whether it joins a word before the phrase: a
 * `mis`-word also with its prefix apart (`mis-typed`), and a contraction's part in place of the word it
 * reads as (`didn't`, `did n't` for `did not`; `I've not` for `have not`).
 */
export function writtenForms(phrase: string): WrittenWord[] {
  const words = phrase.split(' ');
  // Most phrases are written only as they read: no word of theirs is a contraction's or a `mis`-word.
  if (!words.some(mayBeWrittenOtherwise)) return [{ text: phrase, joined: false }];
  let forms: WrittenWord[] = [{ text: '', joined: false }];
  words.forEach((word, index) => {
    const next = words[index + 1];
    forms = forms.flatMap((form) =>
      wordForms(word, next)
        // `didnt` joins an auxiliary written whole, not another contraction's part (`'ve` + `nt` spells "Event").
        .filter(
          (written) => !(written.text === RUN_TOGETHER_NOT && written.joined && CONTRACTION_PART_END.test(form.text)),
        )
        .map((written) =>
          index === 0
            ? written
            : { text: `${form.text}${written.joined ? '' : ' '}${written.text}`, joined: form.joined },
        ),
    );
  });
  return forms;
}

/**
 * Characters that join two runs of word characters into one word when nothing stands between: `on-call`, `v1.2`,
 * `error_rate`.
 */
const JOINERS = new Set(['-', '.', '_', '/']);

/** Lower case, with curly apostrophes made straight. */
function straightLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** The word a token's text (`lower`, as `straightLower` gives it) reads as, beside the next token's text `next`. */
function normalWord(lower: string, next: string | undefined): string {
  // `ca` and `wo` are contracted only before `n't`: `can't`, `won't`.
  if ((lower === 'ca' || lower === 'wo' || lower === 'sha') && (next === undefined || straightLower(next) !== "n't"))
    return lower;
  // `mis-configured`, `mis-typed`: the prefix written apart is the same word.
  if (lower.startsWith(MIS_APART)) return `mis${lower.slice(MIS_APART.length)}`;
  return CONTRACTED.get(lower) ?? lower;
}

interface RawToken {
  text: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

/** `shouldve`, `couldve`: a modal and `have` written as one word, as casual writers do. */
const RUN_TOGETHER_HAVE = /^(should|could|would|must|might)(ve)$/i;

/** Whether a text ends in `ve`, any case: few words do, and only those are tried as `shouldve`. */
function endsInVe(text: string): boolean {
  const length = text.length;
  // Setting bit 5 lower-cases an ASCII letter, and makes no other character `v` or `e`.
  return length > 2 && (text.charCodeAt(length - 1) | 32) === 101 && (text.charCodeAt(length - 2) | 32) === 118;
}

/** `I'm`, which the model keeps as one word and tags as a name. */
const I_AM = /^(I)(['\u2019]m)$/i;

/**
 * Splits `shouldve` into the modal and `ve`, which reads as `have`, and `I'm` into `I` and `'m`, which reads as `be`;
 * the tokens as they were when none is.
 */
function splitRunTogether(raw: RawToken[]): RawToken[] {
  let split: RawToken[] | undefined;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const have = endsInVe(token.text) ? RUN_TOGETHER_HAVE.exec(token.text) : null;
    const am = have ? null : I_AM.exec(token.text);
    const parts = have ?? am;
    if (!parts) {
      split?.push(token);
      continue;
    }
    split ??= raw.slice(0, i);
    const at = token.start + parts[1]!.length;
    split.push(
      { text: parts[1]!, pos: am ? 'PRON' : 'AUX', lemma: parts[1]!.toLowerCase(), start: token.start, end: at },
      { text: parts[2]!, pos: 'AUX', lemma: am ? 'be' : 'have', start: at, end: token.end },
    );
  }
  return split ?? raw;
}

function isPossessiveMark(token: RawToken): boolean {
  return token.pos === 'PART' && /^['\u2019]s?$/.test(token.text);
}

/** `the devs' failure`: an apostrophe after a plural's `s`, when no single quote was opened before it. */
function isPluralPossessive(token: RawToken, previous: RawToken, quoteOpen: boolean): boolean {
  const apostrophe = token.text === "'" || token.text === '\u2019';
  return !quoteOpen && apostrophe && previous.end === token.start && /s$/i.test(previous.text);
}

/**
 * Joins what the model splits but a reader takes as one word: `on-call`, `engineer-driven`,
 * `mybinder.org`, `user_error` (parts joined by a joiner with no space), and a possessive (`Bob's`).
 */
function joinWords(raw: readonly RawToken[], first: number, end: number): RawToken[] {
  const joined: RawToken[] = [];
  let quoteOpen = false;
  for (let i = first; i < end; i++) {
    const token = raw[i]!;
    const previous = joined[joined.length - 1];
    if (token.text === '\u2018' || (token.text === "'" && (!previous || previous.end < token.start))) quoteOpen = true;
    if (
      previous &&
      (isPossessiveMark(token) || isPluralPossessive(token, previous, quoteOpen)) &&
      previous.end === token.start
    ) {
      joined[joined.length - 1] = { ...previous, text: previous.text + token.text, end: token.end };
      continue;
    }
    // The sentence's last token has no next one, whatever follows it in `raw`.
    const next = i + 1 < end ? raw[i + 1] : undefined;
    if (
      previous &&
      JOINERS.has(token.text) &&
      next &&
      previous.end === token.start &&
      token.end === next.start &&
      hasWordCharacter(previous.text) &&
      hasWordCharacter(next.text)
    ) {
      const text = previous.text + token.text + next.text;
      joined[joined.length - 1] = {
        text,
        pos: next.pos,
        lemma: `${previous.text.toLowerCase()}${token.text}${next.lemma}`,
        start: previous.start,
        end: next.end,
      };
      i++;
      continue;
    }
    // `rm -rf`, `--force`: a command's option, a word of its own, not a dash between clauses.
    if (
      (token.text === '-' || token.text === '--') &&
      next &&
      token.end === next.start &&
      (!previous || previous.end < token.start) &&
      hasWordCharacter(next.text)
    ) {
      const text = token.text + next.text;
      joined.push({ text, pos: 'X', lemma: text.toLowerCase(), start: token.start, end: next.end });
      i++;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

function knownAs(lower: string, names: KnownNames): Token['known'] {
  const name = nameOf(lower);
  if (names.systems.has(name) || SYSTEM_NAMES.has(name)) return 'system';
  return names.people.has(name) ? 'person' : undefined;
}

/**
 * Whether the `'d` at `index` of `words` is `had`: the next word, past any adverb or `not`, is a verb written
 * otherwise than its lemma (`he'd not tried`, `we'd already deployed`, `she'd been`), where `would` takes the plain
 * form (`he'd try`, `we'd have caught it`).
 */
function readsAsHad(words: readonly RawToken[], index: number): boolean {
  let i = index + 1;
  while (i < words.length && (words[i]!.pos === 'ADV' || words[i]!.pos === 'PART')) i++;
  const verb = words[i];
  return (
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    verb.text.toLowerCase() !== verb.lemma.toLowerCase() &&
    !verb.text.toLowerCase().endsWith('ing')
  );
}

/** Whether the `of` at `index` stands for `have`: after a modal, before a participle (`should of double-checked`). */
function readsAsHave(words: readonly RawToken[], index: number): boolean {
  const modal = words[index - 1];
  return modal !== undefined && MODALS_BEFORE_HAVE.has(modal.text.toLowerCase()) && readsAsHad(words, index);
}

/** Whether the token at `index` is joined to an auxiliary before it, no blank between: the `nt` of `didnt`. */
function joinsAuxiliary(words: readonly RawToken[], index: number): boolean {
  const before = words[index - 1];
  return before !== undefined && before.pos === 'AUX' && before.end === words[index]!.start;
}

function toToken(words: readonly RawToken[], index: number, names: KnownNames): Token | undefined {
  const raw = words[index]!;
  if (hasWordCharacter(raw.text)) {
    const written = straightLower(raw.text);
    const contractedHad = written === CONTRACTED_HAD && readsAsHad(words, index);
    const negation = written === RUN_TOGETHER_NOT && joinsAuxiliary(words, index);
    const have = written === HAVE_WRITTEN_OF && readsAsHave(words, index);
    const lower = contractedHad
      ? 'had'
      : have
        ? 'have'
        : negation
          ? 'not'
          : normalWord(written, words[index + 1]?.text);
    const known = knownAs(lower, names);
    const lemma = contractedHad || have ? 'have' : raw.lemma.toLowerCase();
    const cues = cuesOf(lower);
    // Object literals, not a spread: a spread token is slower to build and to read.
    return known
      ? { kind: 'word', text: raw.text, lower, lemma, pos: raw.pos, start: raw.start, end: raw.end, cues, known }
      : { kind: 'word', text: raw.text, lower, lemma, pos: raw.pos, start: raw.start, end: raw.end, cues };
  }
  if (CLAUSE_PUNCTUATION.has(raw.text))
    return {
      kind: 'punct',
      text: raw.text,
      lower: raw.text,
      lemma: raw.text,
      pos: 'PUNCT',
      start: raw.start,
      end: raw.end,
      cues: 0,
    };
  return undefined;
}

/**
 * Where the masked text is blank but the source held code or a quotation (`source` differs there
 * and starts with a backtick or a quote): an opaque token stands for it, on one line.
 */
function opaqueTokens(masked: string, source: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  if (masked === source) return tokens;
  for (let i = start; i < end; i++) {
    if (masked.charCodeAt(i) === source.charCodeAt(i) || !OPAQUE_OPENERS.has(source[i]!) || !BLANK.test(masked[i]!))
      continue;
    let j = i + 1;
    while (j < end && BLANK.test(masked[j]!) && masked[j] !== '\n') j++;
    tokens.push({ kind: 'opaque', text: '', lower: '', lemma: '', pos: 'X', start: i, end: j, cues: 0 });
    i = j - 1;
  }
  return tokens;
}

/**
 * The model ends a sentence at `v1.` in `v1.2`: a sentence whose next one starts with no space between is one with it.
 */
function joinTouching(spans: readonly [number, number][], raw: readonly RawToken[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    // The model keeps line breaks as tokens: a sentence that ends at one does not touch the next.
    const last = previous ? raw[previous[1]] : undefined;
    const first = raw[span[0]];
    if (previous && last && first && last.end === first.start && !BLANK.test(last.text) && !BLANK.test(first.text))
      previous[1] = span[1];
    else joined.push([span[0], span[1]]);
  }
  return joined;
}

/** Locates the model's tokens in the text: each is the next occurrence of its value. */
function locate(
  text: string,
  offset: number,
  values: readonly string[],
  pos: readonly string[],
  lemmas: readonly string[],
): RawToken[] {
  const raw: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // The model keeps every character; a value it spelled otherwise takes no room rather than none.
    const found = at < 0 ? cursor : at;
    cursor = at < 0 ? cursor : at + value.length;
    // The model leaves some run-together contractions unlemmatised (`they really dont.`): the word is its own lemma.
    const lemma = lemmas[i] ?? value;
    raw.push({ text: value, pos: pos[i] ?? 'X', lemma, start: offset + found, end: offset + cursor });
  }
  return raw;
}

/**
 * The sentences of `masked` between `start` and `end`, as tokens whose offsets index `masked`.
 * `source` is the unmasked text of the same length: where it held code or a quotation, an
 * `opaque` token stands for it. `names` are the document's and the team's people and systems.
 */
export function readSentences(
  masked: string,
  source: string,
  names: KnownNames = NO_KNOWN_NAMES,
  start = 0,
  end = masked.length,
): Token[][] {
  // A whole text read before is read from memory: a document is read again on every edit.
  if (start !== 0 || end !== masked.length) return readUncached(masked, source, names, start, end);
  // Keyed by the text as it is, not joined with the rest into a new string to hash.
  const sourceKey = source === masked ? '' : source;
  const readings = remembered.get(masked);
  const found = readings?.find((reading) => reading.names === names.key && reading.source === sourceKey);
  if (found) return found.sentences;
  if (!readings && remembered.size >= REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!);
  const sentences = readUncached(masked, source, names, start, end);
  const reading = { names: names.key, source: sourceKey, sentences };
  if (readings) readings.push(reading);
  else remembered.set(masked, [reading]);
  return sentences;
}

/** A text's reading with some names known, and its source (nothing when it is the text). */
interface Reading {
  readonly names: string;
  readonly source: string;
  readonly sentences: Token[][];
}

/** Texts whose readings are kept; the oldest goes first. */
const REMEMBERED_TEXTS = 20_000;
let remembered = new Map<string, Reading[]>();

/** Forgets every text read, so that the next reading is done anew (for benchmarks). */
export function forgetReadings(): void {
  remembered = new Map();
  forgetPersonHints();
}

/**
 * The tagger reads a noun that has a verb's form as a verb now and then: `a firewall upgrade`, `a
 * broken build`. A verb's base form after a determiner or a possessive (`a client's file`), or after one singular
 * noun or participle that follows a determiner and with no object after it, is the head of that noun phrase.
 */
function nounsInNounPhrases(words: RawToken[]): void {
  // From the last word back, so that each word is read beside the tags the model gave the words before it; a word
  // after it that was made a noun is read as the verb it was, as neither starts an object.
  for (let i = words.length - 1; i > 0; i--) {
    const token = words[i]!;
    if (token.pos !== 'VERB' || !isOwnLemma(token)) continue;
    const before = words[i - 1]!;
    const singular = isOwnLemma(before);
    const modifier =
      (before.pos === 'NOUN' && singular) || (before.pos === 'VERB' && !singular) || before.pos === 'ADJ';
    // `The trader hit the wrong button`: a past tense like the base form, with its object after it.
    const object = OBJECT_OPENERS.has(words[i + 1]?.pos ?? '');
    // Past more modifiers only before what ends a noun phrase: not `the greatest engineer make mistakes`.
    const ends = !PHRASE_GOES_ON_TAGS.has(words[i + 1]?.pos ?? '');
    const opened = ends ? afterModifiers(words, i - 1) : opensNounPhrase(words[i - 2]);
    if (opensNounPhrase(before) || ownsNextWord(before) || (modifier && !object && opened))
      words[i] = { ...token, pos: 'NOUN' };
  }
}

/** How many modifiers may stand between a determiner and the noun it opens: `an unknown email address`. */
const MODIFIER_REACH = 3;

/** Whether a determiner opens the noun phrase before `last`, past adjectives and nouns: `an unknown email`. */
function afterModifiers(words: readonly RawToken[], last: number): boolean {
  for (let i = last - 1; i >= 0 && last - i <= MODIFIER_REACH; i--) {
    if (opensNounPhrase(words[i])) return true;
    if (words[i]!.pos !== 'ADJ' && words[i]!.pos !== 'NOUN') return false;
  }
  return false;
}

/** A noun joined to its possessive (`client's`, `the devs'`), which the noun it owns follows: `a client's file`. */
const POSSESSIVE_END = /\p{L}['\u2019]s?$/u;

function ownsNextWord(word: RawToken): boolean {
  return (word.pos === 'NOUN' || word.pos === 'PROPN') && POSSESSIVE_END.test(word.text);
}

/** `No, I just clicked on the wrong spot`: an answer opening the sentence before a comma is no determiner. */
function answersOpeningSentences(words: RawToken[]): void {
  const first = words[0];
  if (first && ANSWERS.has(first.text.toLowerCase()) && words[1]?.text === ',') words[0] = { ...first, pos: 'INTJ' };
}

/**
 * The tagger reads a noun that modifies the next one as a verb after a verb's past now and then (`left debug logging
 * enabled`): a base form between a past and a noun is a noun, unless the past is of a verb that takes a bare
 * infinitive (`helped build pipelines`).
 */
function modifiersAfterPasts(words: RawToken[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    const token = words[i]!;
    const before = words[i - 1]!;
    if (token.pos !== 'VERB' || !isOwnLemma(token) || words[i + 1]!.pos !== 'NOUN') continue;
    if (before.pos === 'VERB' && !isOwnLemma(before) && !BARE_INFINITIVE_TAKERS.has(before.lemma.toLowerCase()))
      words[i] = { ...token, pos: 'NOUN' };
  }
}

/** A regular past the lexicon lacks (`hardcoded`, `hotfixed`); not `need`, nor `unpatched`, an adjective of a state. */
const UNKNOWN_PAST = /^(?!un)[a-z][a-z-]{2,}[^e]ed$/;
/** A stem that ends in a consonant after one vowel, as `code` and `time` do before their silent `e`. */
const SILENT_E_STEM = /[^aeiou][aeiou][bcdgklmnprstvz]$/;

/**
 * The model leaves a verb it does not know in the past as its own lemma (`The contractor hardcoded the credentials`),
 * so it reads as no past at all: its lemma is its stem, with the silent `e` a consonant after a single vowel takes
 * (`hardcode`), or with a doubled consonant made single (`hotfixed`, `shipped`: `hotfix`, `ship`).
 */
function stemsOfUnknownPasts(words: RawToken[]): void {
  for (let i = 0; i < words.length; i++) {
    const token = words[i]!;
    const lower = token.text.toLowerCase();
    if (token.pos !== 'VERB' || token.lemma.toLowerCase() !== lower || !UNKNOWN_PAST.test(lower)) continue;
    const stem = lower.slice(0, -2);
    const doubled = stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2];
    const lemma = doubled ? stem.slice(0, -1) : SILENT_E_STEM.test(stem) ? `${stem}e` : stem;
    words[i] = { ...token, lemma };
  }
}

/** Whether a word is its own lemma, case aside: a verb's base form, a singular noun. */
function isOwnLemma(token: RawToken): boolean {
  return token.lemma === token.text || token.lemma.toLowerCase() === token.text.toLowerCase();
}

/** Tags of a word that starts a verb's object. */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM']);
/**
 * Tags of the words that go on a noun phrase or open a verb's object after it: `the engineer make mistakes` has its
 * object after the verb.
 */
const PHRASE_GOES_ON_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS, ...OBJECT_OPENERS]);

function opensNounPhrase(word: RawToken | undefined): boolean {
  return word !== undefined && NOUN_DETERMINERS.has(word.text.toLowerCase());
}

/** What may follow a verb with no object: the sentence's end, a clause's punctuation, `and`, `at 02:14`, `again`. */
const AFTER_INTRANSITIVE = new Set(['PUNCT', 'CCONJ', 'ADP', 'ADV', 'SCONJ']);

/** What may open the object or particle of a verb whose past is its base form: `reset the password`, `shut down`. */
const OBJECT_OR_PARTICLE_OPENERS = new Set([...OBJECT_OPENERS, 'ADP']);

/**
 * The tagger reads a role and a verb after it as one compound noun now and then (`the night operator
 * panicked and rebooted`): a word in `-ed` tagged as a noun, after a role noun and before the sentence's end,
 * punctuation, a conjunction, a preposition or an adverb, is the verb the role is the subject of; so is a verb whose
 * past is its base form before its object (`the admin reset the password`), and a word in `-ing` before its object,
 * which opens a phrase about the role (`the person publishing the package forgot`).
 */
function verbsAfterRoles(words: RawToken[]): void {
  // From the last word back, as in `nounsInNounPhrases`: a word after it that was made a verb was a noun, and
  // neither may follow a verb with no object nor open one.
  for (let i = words.length - 1; i > 0; i--) {
    const token = words[i]!;
    if (token.pos !== 'NOUN') continue;
    const lower = token.text.toLowerCase();
    const sameFormPast = SAME_FORM_PASTS.has(lower);
    const participle = lower.endsWith('ing');
    if (!lower.endsWith('ed') && !sameFormPast && !participle) continue;
    const before = words[i - 1]!;
    const after = words[i + 1];
    // `The individual processing them`: a role the model reads as an adjective is a role all the same.
    if ((before.pos !== 'NOUN' && before.pos !== 'ADJ') || !isRoleWord(before.text.toLowerCase())) continue;
    const verb = participle
      ? OBJECT_OPENERS.has(after?.pos ?? '')
      : sameFormPast
        ? OBJECT_OR_PARTICLE_OPENERS.has(after?.pos ?? '')
        : after === undefined || AFTER_INTRANSITIVE.has(after.pos);
    if (verb)
      words[i] = { ...token, pos: 'VERB', lemma: participle ? (verbLemmaOf(lower) ?? token.lemma) : token.lemma };
  }
}

/** How `not` is written after a form of `do`, which wants a verb in the base form: `did not crosscheck`. */
const NOT_FORMS = new Set(['not', "n't", 'n’t']);

/**
 * The model tags a verb it does not know as a noun (`The crew did not crosscheck the bags`): after `do`, `does` or
 * `did` and `not`, an adverb allowed between (`did not properly crosscheck`), a word tagged a noun or an adjective
 * can only be the verb `not` negates.
 */
function verbsAfterDoNot(words: RawToken[]): void {
  for (let i = 2; i < words.length; i++) {
    const token = words[i]!;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') continue;
    const not = words[i - 1]!.pos === 'ADV' && !NOT_FORMS.has(words[i - 1]!.text.toLowerCase()) ? i - 2 : i - 1;
    if (!NOT_FORMS.has(words[not]?.text.toLowerCase() ?? '') || !DO_FORMS.has(words[not - 1]?.text.toLowerCase() ?? ''))
      continue;
    words[i] = { ...token, pos: 'VERB', lemma: token.text.toLowerCase() };
  }
}

/**
 * The model tags some participles of the passive as adjectives (`The config was edited by Maria`): a word in `-ed`
 * after a form of `be`, an adverb allowed between, and before `by` is the verb of a passive with its agent.
 */
function participlesBeforeAgents(words: RawToken[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    const token = words[i]!;
    if (token.pos !== 'ADJ' || words[i + 1]!.text.toLowerCase() !== 'by') continue;
    const lower = token.text.toLowerCase();
    if (!lower.endsWith('ed')) continue;
    const be = words[i - 1]!.pos === 'ADV' ? words[i - 2] : words[i - 1];
    if (be === undefined || !BE_FORMS.has(be.text.toLowerCase())) continue;
    words[i] = { ...token, pos: 'VERB', lemma: verbLemmaOf(lower) ?? token.lemma };
  }
}

/**
 * The model tags some pasts after their subject as adjectives (`The engineer truncated the orders table`): a word in
 * `-ed` between a noun or pronoun and an article or possessive that opens its object is the clause's verb. So is one
 * after a contracted `had` (`I'd fucked up my testing`), a participle the lexicon knows as a verb's.
 */
function pastsBeforeObjects(words: RawToken[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    const token = words[i]!;
    const lower = token.text.toLowerCase();
    if (token.pos !== 'ADJ' || !lower.endsWith('ed')) continue;
    const verbLemma = verbLemmaOf(lower);
    const afterHad = words[i - 1]!.text.replace('\u2019', "'") === CONTRACTED_HAD && verbLemma !== undefined;
    if (afterHad || (SUBJECT_END_TAGS.has(words[i - 1]!.pos) && opensNounPhrase(words[i + 1])))
      words[i] = { ...token, pos: 'VERB', lemma: verbLemma ?? token.lemma };
  }
}

/** Articles and possessives: after one, a word in `-ed` before a noun modifies it (`a mocked feature store`). */
const MODIFIED_NOUN_OPENERS = new Set(['a', 'an', 'the', 'our', 'their', 'his', 'her', 'my', 'your', 'its']);

/**
 * The model tags some participles that modify a noun as verbs (`covers the scorer alone with a mocked feature store`):
 * a word in `-ed` between an article or a possessive and a noun is an adjective, not an act, and so is a hyphenated one
 * between a preposition and a noun. Not after `this` or `that`, which may be the subject (`This caused errors`).
 */
function participlesModifyingNouns(words: RawToken[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    const token = words[i]!;
    if (token.pos !== 'VERB' || !token.text.endsWith('ed')) continue;
    const next = words[i + 1]!.pos;
    if (next !== 'NOUN' && next !== 'PROPN') continue;
    // `for London-based Carat International`: a compound's participle after a preposition, before its noun.
    const compound = token.text.includes('-') && words[i - 1]!.pos === 'ADP';
    if (compound || MODIFIED_NOUN_OPENERS.has(words[i - 1]!.text.toLowerCase())) words[i] = { ...token, pos: 'ADJ' };
  }
}

/**
 * Auxiliaries in the past, modals' too, after which a word opening a sentence in the base form is a name: `Grant did
 * not`, `Will could not`.
 */
const PASTS_AFTER_NAMES = new Set([...PAST_AUXILIARIES, 'could', 'would']);

/**
 * The model tags a name that is also a verb as the verb when it opens a sentence (`Grant forgot to renew the
 * certificate`, `Will deployed the change`): a capitalised base form there before a past form (`forgot`, `did`) opens
 * no imperative, which takes no tense after it, so it is the name of the one who acted.
 */
function namesOpeningSentences(words: RawToken[]): void {
  const first = words[0];
  const next = words[1];
  if (first === undefined || next === undefined || !STARTS_UPPER.test(first.text)) return;
  const lower = first.text.toLowerCase();
  if (first.pos !== 'VERB' && !(first.pos === 'AUX' && lower === 'will')) return;
  if (!isOwnLemma(first) || PARTICIPLE_IMPERATIVES.has(lower)) return;
  // A past, not a present in `-s` the model read as a verb after an imperative (`Add alerts for the power system`).
  const nextLower = next.text.toLowerCase();
  const past =
    next.pos === 'AUX'
      ? PASTS_AFTER_NAMES.has(nextLower)
      : next.pos === 'VERB' && !isOwnLemma(next) && !nextLower.endsWith('s');
  if (past) words[0] = { ...first, pos: 'PROPN' };
}

/** How many capitalised words make a run of words between clause punctuation a title. */
const TITLE_WORDS = 3;

/**
 * In a title every word is capitalised, so its capitals say nothing of names: a word there, after the first, that the
 * model tags as a proper noun is a common one when the lexicon knows it in lower case (`Wins and Losses Calculated
 * Incorrectly:`). The first word may be a name the title opens with, as a headline does (`Mark Forgot To Renew The
 * Certificate`); a name the document gives stays a name anywhere.
 */
function commonWordsInTitles(words: RawToken[], names: KnownNames): void {
  let start = 0;
  for (let end = 0; end <= words.length; end++) {
    if (end < words.length && !CLAUSE_PUNCTUATION.has(words[end]!.text)) continue;
    if (isTitle(words, start, end))
      for (let i = start + 1; i < end; i++) {
        const word = words[i]!;
        const lower = word.text.toLowerCase();
        if (word.pos === 'PROPN' && !names.people.has(lower) && isEnglishWord(lower))
          words[i] = { ...word, pos: 'NOUN' };
      }
    start = end + 1;
  }
}

/**
 * The model tags a common noun opening a sentence as a name now and then (`Lack of monitoring meant ...`,
 * `Interviews with facility staff revealed ...`): one before `of`, or a plural, that the lexicon knows in lower case
 * heads a noun phrase, as a name seldom does (`Mark of the SRE team` is rarer than `Loss of power`). A name the
 * document gives stays a name.
 */
function commonNounsOpeningOfPhrases(words: RawToken[], names: KnownNames): void {
  const [first, next] = words;
  if (first?.pos !== 'PROPN' || !STARTS_UPPER.test(first.text)) return;
  const lower = first.text.toLowerCase();
  if (names.people.has(lower) || !isEnglishWord(lower)) return;
  if (next?.text.toLowerCase() === 'of') words[0] = { ...first, pos: 'NOUN' };
  else if (!isRoleWord(lower)) {
    // `Workers made faulty connections`: people of a role are read as such wherever they stand.
    const singular = englishSingular(lower);
    if (singular !== undefined) words[0] = { ...first, pos: 'NOUN', lemma: singular };
  }
}

/**
 * The singular the lexicon knows of a plural (`interviews`, `changes`), else undefined: a common noun opening a
 * sentence (`Interviews with facility staff revealed ...`), as a name seldom is.
 */
function englishSingular(lower: string): string | undefined {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return undefined;
  if (isEnglishWord(lower.slice(0, -1))) return lower.slice(0, -1);
  return lower.endsWith('es') && isEnglishWord(lower.slice(0, -2)) ? lower.slice(0, -2) : undefined;
}

/** How many capitalised proper nouns in a row make a product's or a place's name, not a person's. */
const LONG_NAME_WORDS = 3;

/**
 * A name of three or more capitalised words ending in a word the lexicon knows in lower case is a thing's, named by
 * what it is (`the Cisco Redundant Power System`, `Google Cloud Platform`, `Azure Front Door`): its last word is a
 * common noun, as in lower case, so the phrase names a system, not a person. Not a person's name after a role
 * (`Developer Alice Smith`), nor a name the document gives.
 */
function commonHeadsOfLongNames(words: RawToken[], names: KnownNames): void {
  let run = 0;
  let titled = false;
  for (let i = 0; i <= words.length; i++) {
    const word = words[i];
    if (word?.pos === 'PROPN' && STARTS_UPPER.test(word.text)) {
      run++;
      titled ||= isRoleWord(word.text.toLowerCase());
      continue;
    }
    const last = words[i - 1];
    const lower = last?.text.toLowerCase() ?? '';
    if (run >= LONG_NAME_WORDS && !titled && !names.people.has(lower) && isEnglishWord(lower))
      words[i - 1] = { ...last!, pos: 'NOUN' };
    run = 0;
    titled = false;
  }
}

/**
 * Whether a text starts with a capital, or with a lower-case letter. Constants, not literals in `isTitle`: esbuild
 * writes a `\p{…}` outside a character class as a `new RegExp`, which a literal in a function builds for every word.
 */
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether the words in `[start, end)` are a title: capitalised, but for a title's small words, and enough of them. */
function isTitle(words: readonly RawToken[], start: number, end: number): boolean {
  // Too few words to hold enough capitalised ones: most clauses of prose.
  if (end - start < TITLE_WORDS) return false;
  let capitalised = 0;
  for (let i = start; i < end; i++) {
    const { text } = words[i]!;
    const first = text.charCodeAt(0);
    // Most words start with an ASCII letter, whose case needs no search.
    const upper = first >= 65 && first <= 90 ? true : first >= 97 && first <= 122 ? false : undefined;
    if (upper ?? STARTS_UPPER.test(text)) capitalised++;
    else if ((upper === false || STARTS_LOWER.test(text)) && !TITLE_SMALL_WORDS.has(text.toLowerCase())) return false;
  }
  return capitalised >= TITLE_WORDS;
}

/**
 * A line break inside a paragraph, with no blank line before or after it. The model reads one as a token of its own,
 * which changes how it tags the words beside it (`did not` / `check the list` tags `check` as a noun); a space in its
 * place keeps every offset, and the model splits no sentence at either.
 */
const SOFT_LINE_BREAK = /(?<!\n[ \t]*)\r?\n(?![ \t]*\r?\n)/g;

/**
 * The tokens a sentence may hold: a longer run (a line with no sentence end, pasted logs) is read in pieces of this
 * many, so that reading it costs no more than reading its pieces. Real sentences stay far below: the longest of the
 * thirteen thousand labelled ones has 95 words.
 */
const LONGEST_SENTENCE = 250;

function readUncached(masked: string, source: string, names: KnownNames, start: number, end: number): Token[][] {
  const text = masked.slice(start, end).replace(SOFT_LINE_BREAK, (lineBreak) => ' '.repeat(lineBreak.length));
  const english = nlp();
  const { its } = english;
  const document = english.readDoc(text);
  const tokens = document.tokens();
  const raw = locate(
    text,
    start,
    tokens.out(),
    tokens.out(its.pos),
    tokens.out(its.lemma as never) as unknown as string[],
  );
  const spans = joinTouching(document.sentences().out(its.span as never) as unknown as [number, number][], raw);
  const opaque = opaqueTokens(masked, source, start, end);
  const sentences: Token[][] = [];
  for (const [first, last] of spans) {
    // Each step below makes a new list or changes the one it is given, never `raw`.
    const words = splitRunTogether(joinWords(raw, first, last + 1));
    stemsOfUnknownPasts(words);
    namesOpeningSentences(words);
    nounsInNounPhrases(words);
    modifiersAfterPasts(words);
    answersOpeningSentences(words);
    verbsAfterRoles(words);
    verbsAfterDoNot(words);
    participlesBeforeAgents(words);
    pastsBeforeObjects(words);
    participlesModifyingNouns(words);
    commonWordsInTitles(words, names);
    commonHeadsOfLongNames(words, names);
    commonNounsOpeningOfPhrases(words, names);
    const sentence: Token[] = [];
    for (let i = 0; i < words.length; i++) {
      const token = toToken(words, i, names);
      if (token) sentence.push(token);
    }
    if (sentence.length === 0) continue;
    const from = sentence[0]!.start;
    const to = sentence[sentence.length - 1]!.end;
    const inside = opaque.length === 0 ? opaque : opaque.filter((token) => token.start >= from && token.start < to);
    if (inside.length > 0) {
      sentence.push(...inside);
      sentence.sort((a, b) => a.start - b.start);
    }
    if (sentence.length <= LONGEST_SENTENCE) sentences.push(sentence);
    else
      for (let piece = 0; piece < sentence.length; piece += LONGEST_SENTENCE)
        sentences.push(sentence.slice(piece, piece + LONGEST_SENTENCE));
  }
  return sentences;
}

/** The words of a short text, as `readSentences` reads them, in one list. */
export function readWords(text: string): Token[] {
  return readSentences(text, text).flat();
}
