// What a sentence grants or quotes rather than asserts: a mistake conceded in an opening phrase on the way to a
// finding about the system (`Even with the worker's mistake, the calls should have been rerouted`), and a word
// in single quotes held at a distance (`we don't ask why they were 'careless'`, `When we find 'human error'`), and a
// person sought, not found (`It's not about finding the person who pushed the wrong button`), and advice to nobody in
// particular (`Telling people to be more careful will make the problem go away`).
import { attributedBefore, causeNamedAfter } from '../model/prose';
import { compileList, firstMatch } from './patterns';
import { ANYBODY, type DetectionDraft, type Sentence } from './sentence';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import {
  ADVISING,
  APPEARANCES,
  CONCESSIONS,
  CORRECTING_OPENERS,
  DISOWNINGS,
  OBLIGATIONS,
  REFUTATIONS,
  REFUTED_CLAIMS,
  SEEKING,
  SOUGHT_PERSONS,
} from './words/framing';
import { isLemmaIn, isWord, isWordIn } from '../language/tokens';
import { BE_FORMS, words } from '../language/vocabulary/grammar';

const CONCEDING = compileList(patternsOf(CONCESSIONS));
const MODALS = wordsOf(OBLIGATIONS);

/** Whether the draft lies in an opening concession that ends at a comma, before a clause with a modal. */
function conceded(sentence: Sentence, draft: DetectionDraft): boolean {
  const { tokens, firstWord } = sentence;
  if (firstWord < 0 || !firstMatch(tokens, firstWord, CONCEDING)) return false;
  let comma = firstWord + 1;
  while (comma < tokens.length && tokens[comma]!.kind !== 'punct') comma++;
  if (tokens[comma]?.text !== ',' || draft.end > tokens[comma]!.start) return false;
  for (let i = comma + 1; i < tokens.length; i++) if (MODALS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Words a scare-quoted stretch holds at most: `'human error'`, `'careless'`; a longer one is a quotation. */
const SCARE_QUOTE_WORDS = 4;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** How far outside a sentence's words its quote marks may stand: `'human error'.` with the mark before the word. */
const QUOTE_MARGIN = 2;

/**
 * Whether the draft lies wholly between single quotes that open after a blank or a sentence's start and close
 * before a blank or punctuation, around a few words: a term held at a distance. An apostrophe inside a word
 * (`don't`, `the worker's`) neither opens nor closes one.
 */
function scareQuoted(sentence: Sentence, draft: DetectionDraft): boolean {
  const text = sentence.masked;
  // Within the sentence and a quote mark either side of it: a line with no sentence end is read in pieces.
  const { tokens } = sentence;
  const first = Math.max(0, (tokens[0]?.start ?? 0) - QUOTE_MARGIN);
  const last = Math.min(text.length, (tokens[tokens.length - 1]?.end ?? text.length) + QUOTE_MARGIN);
  let open = draft.start - 1;
  while (open >= first && text[open] !== "'" && text[open] !== '\u2018' && text[open] !== '\n') open--;
  if (open < first || (text[open] !== "'" && text[open] !== '\u2018') || WORD_CHARACTER.test(text[open - 1] ?? ' '))
    return false;
  let close = draft.end;
  while (close < last && !isClosingQuote(text, close) && text[close] !== '\n') close++;
  if (!isClosingQuote(text, close)) return false;
  // `'Human error' led to email data breach`, `was due to 'human error'`: the cause reported, not a term held at a
  // distance.
  if (causeNamedAfter(text, close + 1) || attributedBefore(open, text)) return false;
  // `'Idiot' Telecity engineer pulls plug`: a quoted word before a noun qualifies it, as the writer puts it.
  const next = sentence.tokens.find((token) => token.start > close);
  if (next && next.kind === 'word' && QUALIFIED.has(next.pos)) return false;
  return (
    text
      .slice(open + 1, close)
      .trim()
      .split(/\s+/).length <= SCARE_QUOTE_WORDS
  );
}

/** What a quoted word before it qualifies: `'Idiot' Telecity engineer`, `'rogue' admin`. */
const QUALIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

function isClosingQuote(text: string, index: number): boolean {
  const character = text[index];
  if (character !== "'" && character !== '\u2019') return false;
  return !WORD_CHARACTER.test(text[index + 1] ?? ' ');
}

const SEEKS = wordsOf(SEEKING);
const ANY_PERSON = wordsOf(SOUGHT_PERSONS);
const ARTICLES = words(`the a an`);

/**
 * Whether the draft opens with a person nobody in particular (`the person who pushed the wrong button`) that a word
 * of seeking in `-ing` or after `to` seeks (`finding`, `hunting for`, `to blame`): a blame culture described, with
 * nobody said to have done it. Not `we found the person who`, told in the past.
 */
function sought(sentence: Sentence, draft: DetectionDraft): boolean {
  const { tokens } = sentence;
  const first = tokens.findIndex((token) => token.start === draft.start);
  if (!isWordIn(tokens[first], ARTICLES) || !isWordIn(tokens[first + 1], ANY_PERSON)) return false;
  const seeking = tokens[first - 1]?.lower === 'for' ? first - 2 : first - 1;
  const verb = tokens[seeking];
  if (!isWord(verb) || !(SEEKS.has(verb.lower) || SEEKS.has(verb.lemma))) return false;
  return verb.lower.endsWith('ing') || (verb.lower === verb.lemma && tokens[seeking - 1]?.lower === 'to');
}

const TELLING = wordsOf(ADVISING);
/** How far before the draft the `to` of the advice may stand: `to stop being careless`. */
const ADVICE_REACH = 3;

/**
 * `Telling people to be more careful will make the problem go away`, `Asking engineers to pay more attention`: the
 * draft opens in what nobody in particular (see `ANYONE`, or a plural with no determiner) is told to do, which is
 * advice, said of no one. Not `We told Bob to be more careful`, `Dave was told to be more careful`.
 */
function advisedToAnyone(sentence: Sentence, draft: DetectionDraft): boolean {
  const { tokens } = sentence;
  const first = tokens.findIndex((token) => token.start === draft.start);
  let to = first - 1;
  while (to > first - 1 - ADVICE_REACH && isWord(tokens[to]) && tokens[to]!.lower !== 'to') to--;
  const told = tokens[to - 1];
  if (tokens[to]?.lower !== 'to' || !isWord(told) || !isLemmaIn(tokens[to - 2], TELLING)) return false;
  return ANYBODY.has(told.lower) || (told.pos === 'NOUN' && told.lemma !== told.lower);
}

const DISOWNING = compileList(patternsOf(DISOWNINGS));
const APPEARING = compileList(patternsOf(APPEARANCES));
const CORRECTING = wordsOf(CORRECTING_OPENERS);
const CLAIMS = compileList(patternsOf(REFUTED_CLAIMS));
const REFUTING = compileList(patternsOf(REFUTATIONS));
/** What turns a sentence from the claim a frame disowns to the writer's own: `..., but the engineer forgot`. */
const TURNS = words(`but however yet though although whereas`);

/** Whether a pattern of the list matches at a token from `from` to before `end`. */
function matchesWithin(tokens: Sentence['tokens'], from: number, end: number, list: typeof DISOWNING): boolean {
  for (let i = from; i < end; i++) if (firstMatch(tokens, i, list) && !toldAsDoing(tokens, i)) return true;
  return false;
}

/** `The city is calling it a human error`: a verb in `-ing` after `is`, told as being done, sets nothing aside. */
function toldAsDoing(tokens: Sentence['tokens'], index: number): boolean {
  const verb = tokens[index]!;
  return verb.pos === 'VERB' && verb.lower.endsWith('ing') && isWordIn(tokens[index - 1], BE_FORMS);
}

/** Words that open a clause of its own after a comma: `, which was due to human error`, `, and I had failed to`. */
const CLAUSE_OPENERS = words(`which and`);

/** Whether a new clause opens at `index`: a comma, then `which` or `and`. */
function opensClause(tokens: Sentence['tokens'], index: number): boolean {
  return tokens[index]!.text === ',' && isWordIn(tokens[index + 1], CLAUSE_OPENERS);
}

/**
 * Whether the draft stands in a claim its sentence disowns: after a frame of denial or a verdict set aside (see
 * `DISOWNINGS`), with no turn between them; after an appearance the sentence corrects (see `APPEARANCES`); or in a
 * claim the sentence calls false after the draft (`Early speculation that an employee had deleted the records proved
 * false`).
 */
function disowned(sentence: Sentence, draft: DetectionDraft): boolean {
  const { tokens } = sentence;
  const first = tokens.findIndex((token) => token.start >= draft.start);
  if (first < 0) return false;
  let from = first - 1;
  while (from >= 0 && !TURNS.has(tokens[from]!.lower) && tokens[from]!.text !== ';' && !opensClause(tokens, from))
    from--;
  if (matchesWithin(tokens, from + 1, first, DISOWNING)) return true;
  const after = tokens.findIndex((token) => token.start >= draft.end);
  if (matchesWithin(tokens, from + 1, first, APPEARING)) {
    const opensConceding = isWordIn(tokens[sentence.firstWord], CORRECTING);
    return opensConceding || (after >= 0 && tokens.slice(after).some((token) => TURNS.has(token.lower)));
  }
  if (!matchesWithin(tokens, from + 1, first, CLAIMS)) return false;
  return after >= 0 && matchesWithin(tokens, after, tokens.length, REFUTING);
}

/** Whether the sentence grants or quotes the blame the draft found, rather than asserting it. */
export function onlyMentioned(sentence: Sentence, draft: DetectionDraft): boolean {
  return (
    conceded(sentence, draft) ||
    disowned(sentence, draft) ||
    scareQuoted(sentence, draft) ||
    sought(sentence, draft) ||
    advisedToAnyone(sentence, draft)
  );
}
