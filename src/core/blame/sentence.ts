// One sentence of a prose block, as the detectors see it, and how they report what they find.
import type { NeededWord } from './patterns';
import { rephrase, type TextSpan } from './rephrase';
import {
  cue,
  hasCue,
  isPassive,
  isPastVerb,
  isPresentVerb,
  isWord,
  NO_KNOWN_NAMES,
  type KnownNames,
  type Token,
} from '../language/tokens';
import type { BlameDetection, BlameKind, Rephrasing } from './types';
import { wordsOf } from '../language/vocabulary/entry';
import { CAUSAL_WORDS, GENERALISATIONS, INCIDENT_QUANTIFIERS, MANY_INCIDENTS } from './words/framing';
import { INCIDENTS } from './words/ownedMistakes';
import { PAST_BE, PRESENT_BE } from '../language/vocabulary/grammar';

/** Where the prose stands and whom the document names. */
export interface ReadingContext {
  /** The prose lies in a root-cause or trigger section. */
  readonly rootCause: boolean;
  /** The document's and the team's people and systems. */
  readonly names: KnownNames;
}

export const PLAIN_PROSE: ReadingContext = { rootCause: false, names: NO_KNOWN_NAMES };

export interface Sentence {
  readonly tokens: readonly Token[];
  readonly rootCause: boolean;
  /** The block's masked text and its source, both indexed like the tokens. */
  readonly masked: string;
  readonly source: string;
  readonly causal: boolean;
  /** The sentence speaks of incidents in general (statistics, terms, `every incident`), not of this one. */
  readonly general: boolean;
  /** Index of the first word token. */
  readonly firstWord: number;
}

/** Words that make a sentence about causes. */
const CAUSAL = cue(wordsOf(CAUSAL_WORDS));

export function makeSentence(
  tokens: readonly Token[],
  masked: string,
  source: string,
  context: ReadingContext,
): Sentence {
  const causal = tokens.some((token) => hasCue(token, CAUSAL));
  return {
    tokens,
    rootCause: context.rootCause,
    masked,
    source,
    causal,
    general: speaksInGeneral(tokens),
    firstWord: tokens.findIndex((token) => token.kind === 'word'),
  };
}

const GENERALISING = wordsOf(GENERALISATIONS);
const MANY = wordsOf(MANY_INCIDENTS);
const QUANTIFIERS = wordsOf(INCIDENT_QUANTIFIERS);
const INCIDENT_NOUNS = new Set([...wordsOf(INCIDENTS)].flatMap((noun) => [noun, `${noun}s`]));
/** How far before its incident noun a quantifier may stand: `every serious incident`. */
const QUANTIFIER_REACH = 3;

/**
 * `60% of downtime is attributed to human error`, `every serious incident`, `human error is often`: a claim about
 * incidents in general.
 */
function speaksInGeneral(tokens: readonly Token[]): boolean {
  if (tokens.some((token, i) => MANY.has(token.lower) || quantifiesIncidents(tokens, i))) return true;
  return (
    tokens.some((token) => GENERALISING.has(token.lower)) &&
    tokens.some((token) => PRESENT_BE.has(token.lower) || isPresentVerb(token)) &&
    !tokens.some((token, i) => PAST_BE.has(token.lower) || isSimplePast(tokens, i))
  );
}

/** `forgot`, `caused the outage`: a verb in the past, which tells of this incident; not the passive `are caused`. */
function isSimplePast(tokens: readonly Token[], index: number): boolean {
  return isPastVerb(tokens[index]) && !isPassive(tokens, index);
}

/** `every serious incident`, `all outages`: a quantifier before an incident noun. */
function quantifiesIncidents(tokens: readonly Token[], index: number): boolean {
  if (!QUANTIFIERS.has(tokens[index]!.lower)) return false;
  for (let i = index + 1; i <= index + QUANTIFIER_REACH && isWord(tokens[i]); i++)
    if (INCIDENT_NOUNS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Finds one kind of blame in a sentence. */
export interface Detector {
  readonly find: (sentence: Sentence) => DetectionDraft[];
  /**
   * Words (lower case; a phrase's words separated by one space, contractions as written: `didn't`)
   * one of which every detection holds: text with none of them holds no detection, and is not
   * read by the language model at all. A word may come with the pattern it is needed in (see `NeededWord`).
   */
  readonly needs: Iterable<NeededWord>;
  /**
   * Words that count as `needs` only with a person in the same sentence (see `mayNamePerson`):
   * the detections that name a person as the one who erred.
   */
  readonly needsWithPerson?: Iterable<NeededWord>;
  /** Words that count as `needsWithPerson` in a root-cause section only. */
  readonly needsInRootCause?: Iterable<string>;
  /** Every sentence of a root-cause section that may name a person is read, whatever its words. */
  readonly readsPeopleInRootCause?: boolean;
}

/** A suggested replacement of `[start, end)` inside the detection's span. */
export interface EditProposal extends TextSpan {
  readonly newText: string;
  readonly safe: boolean;
}

export interface DetectionDraft extends TextSpan {
  readonly kind: BlameKind;
  readonly namesPerson: boolean;
  readonly edits?: readonly EditProposal[];
  /** The words the message quotes, when the span reaches past them to hold its edit (`Obviously, t` -> `T`). */
  readonly quoted?: TextSpan;
}

const MESSAGES: Readonly<Record<BlameKind, (phrase: string) => string>> = {
  'human-error': (phrase) =>
    `"${phrase}" calls the cause human error; name the conditions that allowed the mistake instead`,
  'person-mistake': (phrase) =>
    `"${phrase}" names a person as the one who erred; describe what happened and what made it possible`,
  counterfactual: (phrase) => `"${phrase}" is hindsight; say what happened and why it made sense at the time`,
  judgement: (phrase) => `"${phrase}" judges a person; describe the action and its context instead`,
  dismissive: (phrase) => `"${phrase}" is dismissive; what looks obvious afterwards was not at the time`,
  configured: (phrase) => `"${phrase}" is on the team's list of phrases to avoid`,
};

const MAX_PHRASE_LENGTH = 80;

/** The author's words in a span, markup left out and spaces collapsed. */
export function phraseOf(masked: string, span: TextSpan): string {
  const phrase = masked
    .slice(span.start, Math.min(span.end, span.start + MAX_PHRASE_LENGTH * 4))
    .replace(/\s+/g, ' ')
    .trim();
  return phrase.length > MAX_PHRASE_LENGTH ? `${phrase.slice(0, MAX_PHRASE_LENGTH - 1)}\u2026` : phrase;
}

export function messageFor(kind: BlameKind, phrase: string): string {
  return MESSAGES[kind](phrase);
}

/** Whether the text between two offsets is all the author's words, with no markup or code in it. */
export function isPlain(sentence: Sentence, start: number, end: number): boolean {
  return sentence.masked.slice(start, end) === sentence.source.slice(start, end);
}

export function toDetection(sentence: Sentence, draft: DetectionDraft): BlameDetection {
  const phrase = phraseOf(sentence.masked, draft.quoted ?? draft);
  const context = { source: sentence.source, span: draft };
  // An edit across markup (`**careless** mistake`) would break it; such rephrasings are left out.
  // A rephrasing that keeps a person as the one who failed (`Dave did not check`) still blames:
  // it is offered, never applied by fix-all.
  const suggestions: Rephrasing[] = (draft.edits ?? [])
    .filter((edit) => isPlain(sentence, edit.start, edit.end))
    .map((edit) => rephrase(context, edit, edit.newText, edit.safe && !draft.namesPerson));
  return {
    start: draft.start,
    end: draft.end,
    kind: draft.kind,
    phrase,
    message: messageFor(draft.kind, phrase),
    suggestions,
    namesPerson: draft.namesPerson,
    causal: sentence.causal,
  };
}

/** The span from the first to the last of some tokens. */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): TextSpan {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}
