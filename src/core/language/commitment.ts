// The frame that opens a commitment: "Going forward, the SRE team will add ...", "Storage team to
// migrate ...", "@alice to write the runbook"; or an imperative, whose first word is its verb and
// whose people are its object: "Remind engineers to test", "Ask the platform team to review".
import { readWords } from './english';
import { GROUP_WORDS, isNameShaped, isRoleWord } from './people';
import { isWord, type Token } from './tokens';
import {
  ACCOUNTABLE_WORDS,
  AHEAD_WORDS,
  COMMITTING_MODALS,
  COUNT_WORDS,
  LEAD_IN_PHRASES,
  PLANNING_SPANS,
  PROGRESSIVE_VERBS,
  REMEDY_NOUNS,
  TAKING_ON_VERBS,
  TIME_PREPOSITIONS,
  TO_VERBS,
} from './vocabulary/commitments';
import { DETERMINERS } from './vocabulary/grammar';

export interface LeadingClause {
  /** Token indices of the subject's first and last tokens. */
  readonly subjectFirst: number;
  readonly subjectLast: number;
  /** The committing words, lower-cased, with single spaces: `will`, `is going to`, `to`. */
  readonly verb: string;
  /** "will be added": the subject is what is acted on, not who acts. */
  readonly passive: boolean;
  /** Token index where the action itself starts: `add` in "We will add monitoring". */
  readonly predicate: number;
}

/** A subject longer than this is a sentence of its own, not who commits. */
const MAX_SUBJECT = 12;
/** "As a long-term fix": the words between `as a` and the remedy noun are few. */
const MAX_REMEDY_WORDS = 6;
/** A remark in brackets after an opener is short: "As a long-term fix (Q2 2024),". */
const MAX_REMARK = 10;

function phraseAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => tokens[index + i]?.kind === 'word' && tokens[index + i]!.lower === word);
}

/** "As a long-term fix", "As an immediate measure": the index after the remedy noun, or 0. */
function asRemedyEnd(tokens: readonly Token[]): number {
  if (!phraseAt(tokens, 0, ['as']) || !(phraseAt(tokens, 1, ['a']) || phraseAt(tokens, 1, ['an']))) return 0;
  for (let i = 2; i < 2 + MAX_REMEDY_WORDS && isWord(tokens[i]); i++)
    if (REMEDY_NOUNS.has(tokens[i]!.lower)) return i + 1;
  return 0;
}

/** The index after a bracketed remark that starts at `index`, or `index`. */
function remarkEnd(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let i = index + 1; i < tokens.length && i - index <= MAX_REMARK; i++) if (tokens[i]!.text === ')') return i + 1;
  return index;
}

/** "Over the next quarter", "In the coming weeks", "Next week": the index after an opener of the time ahead, or 0. */
function timeAheadEnd(tokens: readonly Token[]): number {
  const wordIn = (index: number, set: ReadonlySet<string>) => isWord(tokens[index]) && set.has(tokens[index]!.lower);
  let index = wordIn(0, TIME_PREPOSITIONS) ? 1 : 0;
  if (phraseAt(tokens, index, ['the'])) index++;
  if (!wordIn(index, AHEAD_WORDS)) return 0;
  index++;
  while (wordIn(index, COUNT_WORDS) || tokens[index]?.pos === 'NUM') index++;
  return wordIn(index, PLANNING_SPANS) ? index + 1 : 0;
}

/**
 * The token index where the clause starts past an opener such as "Going forward,", "Secondly," or "Over the next
 * quarter", or 0.
 */
export function openerEnd(tokens: readonly Token[]): number {
  const phrase = LEAD_IN_PHRASES.find((words) => phraseAt(tokens, 0, words));
  let end = Math.max(phrase?.length ?? 0, timeAheadEnd(tokens)) || asRemedyEnd(tokens);
  if (end === 0) return 0;
  end = remarkEnd(tokens, end);
  while (tokens[end]?.text === ',') end++;
  return end;
}

/** `to` starting an infinitive ("Storage team to migrate"), not a preposition ("Migration to a new table"). */
function startsInfinitive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    tokens[index]!.lower === 'to' &&
    isWord(next) &&
    next.text === next.lower &&
    !DETERMINERS.has(next.lower) &&
    next.pos !== 'NUM' &&
    next.pos !== 'PRON'
  );
}

/**
 * The index after the committing words that start at `index`, or -1: `will`, `to`, `needs to`, `is going to`, `owns`.
 */
function commitmentEnd(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!isWord(token)) return -1;
  const next = tokens[index + 1];
  if (COMMITTING_MODALS.has(token.lower)) return index + 1;
  if (startsInfinitive(tokens, index)) return index + 1;
  if (token.lemma === 'be' && isWord(next)) {
    // `I'm also going to invoice`, `is still working on`: an adverb may stand after `be`.
    const at = next.pos === 'ADV' && isWord(tokens[index + 2]) ? index + 2 : index + 1;
    const verb = tokens[at]!;
    const after = tokens[at + 1]?.lower;
    if (PROGRESSIVE_VERBS.has(verb.lower) && (after === 'to' || after === 'on')) return at + 2;
    if (ACCOUNTABLE_WORDS.has(verb.lower) && after === 'for') return at + 2;
    if (TAKING_ON_VERBS.has(verb.lemma) && verb.lower.endsWith('ing')) return at + 1;
  }
  if (TO_VERBS.has(token.lemma) && next?.lower === 'to') return index + 2;
  // "The Ops have decided to replace the switches", "has agreed to": the perfect of such a verb.
  if (token.lemma === 'have' && isWord(next) && next.lemma !== next.lower && TO_VERBS.has(next.lemma))
    if (tokens[index + 2]?.lower === 'to') return index + 3;
  if (personAtWork(tokens, index - 1)) return index + 2;
  // "Ops team owns the runbook"; the model tags `own` after a name as an adjective as often as a verb.
  if (TAKING_ON_VERBS.has(token.lemma) && token.lemma !== token.lower) return index + 1;
  return -1;
}

/**
 * "Theo is adding a smoke test", "@kwame is reviewing the capacity": a person named by a name or a handle at `index`,
 * then `is` and a verb in -ing: their work under way.
 */
export function personAtWork(tokens: readonly Token[], index: number): boolean {
  const person = tokens[index];
  const be = tokens[index + 1];
  const verb = tokens[index + 2];
  return (
    isWord(person) &&
    (person.lower.startsWith('@') || (person.pos === 'PROPN' && isNameShaped(person))) &&
    isWord(be) &&
    be.lower === 'is' &&
    isWord(verb) &&
    verb.pos === 'VERB' &&
    verb.lower.endsWith('ing')
  );
}

/**
 * "will be added", "to be reviewed": a form of `be` and a participle, not "will be owning" nor "will be responsible".
 */
function passiveAt(tokens: readonly Token[], index: number): boolean {
  const be = tokens[index];
  const participle = tokens[index + 1];
  return (
    isWord(be) &&
    be.lower === 'be' &&
    isWord(participle) &&
    participle.pos === 'VERB' &&
    !participle.lower.endsWith('ing')
  );
}

/**
 * Reads "<subject> <committing words>" at the start of `tokens` (an opener skipped): the subject
 * is every token before the first committing words, within a few words.
 */
export function leadingClause(tokens: readonly Token[]): LeadingClause | undefined {
  const first = openerEnd(tokens);
  for (let index = first + 1; index < tokens.length && index - first <= MAX_SUBJECT; index++) {
    const token = tokens[index]!;
    // A clause ends at a full stop or a colon: "Database team: add an index" is a label.
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '(' && token.text !== ')') return undefined;
    const end = commitmentEnd(tokens, index);
    if (end < 0) continue;
    const verb = tokens
      .slice(index, end)
      .map((word) => word.lower)
      .join(' ');
    return { subjectFirst: first, subjectLast: index - 1, verb, passive: passiveAt(tokens, end), predicate: end };
  }
  return undefined;
}

const readAsVerb = new Map<string, boolean>();

/** Whether the model reads a word as a verb's base form where a verb must stand: "we will train it". */
export function readsAsVerb(lower: string): boolean {
  let verb = readAsVerb.get(lower);
  if (verb === undefined) {
    const word = readWords(`we will ${lower} it`)[2];
    verb = word?.pos === 'VERB' && word.lemma === word.lower;
    readAsVerb.set(lower, verb);
  }
  return verb;
}

/** After an imperative verb, its object: a determiner ("Ask the team"), a handle, or a role ("Train SRE engineers"). */
function objectFollows(tokens: readonly Token[], index: number, end: number): boolean {
  const next = tokens[index];
  if (!isWord(next)) return false;
  if (DETERMINERS.has(next.lower) || next.lower.startsWith('@')) return true;
  const head = tokens[end];
  return index <= end && isWord(head) && isRoleWord(head.lemma);
}

/**
 * Whether the phrase from `index` to `end` (token indices) opens with a verb: "Remind engineers",
 * "Ask the platform team". The model tags a capitalised verb at an item's start as a proper noun
 * ("Train", "Document"), so such a word counts when the model reads it as a verb where a verb must
 * stand and an object follows it; a word before a group noun names the group ("Build team", "Release team"), not one
 * before a pronoun.
 */
export function opensWithVerb(tokens: readonly Token[], index: number, end: number = tokens.length - 1): boolean {
  const first = tokens[index];
  const next = tokens[index + 1];
  if (!isWord(first) || first.known !== undefined || first.lower.startsWith('@')) return false;
  // A pronoun after the verb is its object or its determiner: "Improve our monitoring", "Tell everyone".
  if (isWord(next) && GROUP_WORDS.has(next.lower) && next.pos !== 'PRON') return false;
  if (first.pos === 'VERB' || first.pos === 'AUX') return first.lemma === first.lower;
  return (
    first.pos === 'PROPN' &&
    isNameShaped(first) &&
    objectFollows(tokens, index + 1, end) &&
    (readsAsVerb(first.lower) || DETERMINERS.has(next!.lower))
  );
}
