// First-person commitments in the prose of lessons and resolution sections: "We will add ...",
// "We'll ...", "We need to ...", "We are going to ...", "We plan to ...", as opposed to narrative
// ("we would later find"). Sentences and their subjects are read by the language layer.
import { type DoerKind, isNameShaped } from '../language/people';
import { subjectBefore } from '../language/subject';
import { isWordIn, type Token } from '../language/tokens';
import { BE_FORMS, NOUN_RELATIVES } from '../language/vocabulary/grammar';
import { asksForWork, isCommitment, mayAskForWork, mayHoldStrictCommitment } from './commitments';
import { readItemSentences, type Sentence } from './sentences';
import { FUTURE_MODALS, hintOf, INTENT_WORDS, NEED_WORDS, NEGATED_MODALS, PROGRESSIVE_WORDS } from './words';

/** Words that commit their subject to work ahead, as tokens read them (`'ll` and `won't` as `will`). */
const COMMITTING_WORDS: ReadonlySet<string> = new Set(
  [FUTURE_MODALS, NEED_WORDS, PROGRESSIVE_WORDS, INTENT_WORDS].flatMap((entry) => entry.words),
);
/** Text without one of these holds no committing word. */
const COMMITTING_HINT = hintOf([FUTURE_MODALS, NEGATED_MODALS, NEED_WORDS, PROGRESSIVE_WORDS, INTENT_WORDS]);

/** `need`, `going`, `plan` and `intend` commit only with `to` after them ("we need more disks" does not). */
function commitsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // "our plan to get out": a noun, not a verb that commits.
  if (token.kind !== 'word' || !COMMITTING_WORDS.has(token.lower) || token.pos === 'NOUN') return false;
  return token.lower === 'will' || token.lower === 'shall' || tokens[index + 1]?.lower === 'to';
}

/** Who can take work on: the writers, a person, or a group ("the team", "Cloud Platform", "they"); not a thing. */
const COMMITTING_KINDS: ReadonlySet<DoerKind> = new Set(['person', 'possible-person', 'group']);

/**
 * Whether people are the subject of a committing word of the sentence: "To prevent it, we are going
 * to ...", "The team will implement measures", "They are also going to review"; not "Blocks will be created".
 */
function peopleCommit(tokens: readonly Token[]): boolean {
  return tokens.some((_token, index) => {
    if (!commitsAt(tokens, index)) return false;
    const subject = subjectBefore(tokens, index);
    if (subject.head < 0 || describesNoun(tokens, subject.first)) return false;
    if (tokens[subject.head]!.lower === 'we') return true;
    // People acted on are work ("The vault owners will be compensated"); a thing acted on may look
    // like a name at a sentence's start ("Blocks will be created"), and is not.
    const passive = isWordIn(tokens[index + 1], BE_FORMS) && tokens[index + 2]?.pos === 'VERB';
    if (passive && subject.kind === 'possible-person') return !isNameShaped(tokens[subject.head]!);
    return COMMITTING_KINDS.has(subject.kind);
  });
}

/**
 * Whether the clause whose subject starts at `first` describes the noun before it ("reduces the amount that each
 * provider needs to scale up"): what it needs is said of the noun, not work anyone takes on.
 */
function describesNoun(tokens: readonly Token[], first: number): boolean {
  return isWordIn(tokens[first - 1], NOUN_RELATIVES) && tokens[first - 2]?.pos === 'NOUN';
}

/** A cheap look at text (raw Markdown will do) before its sentences are read by `commitmentSentences`. */
export function mayHoldCommitmentSentence(text: string, alsoStrict: boolean): boolean {
  return COMMITTING_HINT.test(text) || (alsoStrict && (mayHoldStrictCommitment(text) || mayAskForWork(text)));
}

/**
 * The sentences of `text` (an item's prose; `visible` the same with its code) that commit its
 * authors to work: first-person commitments, and with `alsoStrict` any strict commitment
 * ("Secondly, the SDKs will stop retrying"; see `isCommitment`) and, unless `asks` is false, work asked for
 * whoever does it ("Tests should be added").
 */
export function commitmentSentences(text: string, visible: string, alsoStrict: boolean, asks = true): Sentence[] {
  if (!mayHoldCommitmentSentence(text, alsoStrict)) return [];
  return readItemSentences(text, visible)
    .filter((sentence) => {
      const words = text.slice(sentence.start, sentence.end);
      return (
        (peopleCommit(sentence.tokens) && isCommitment(words, sentence.tokens, false)) ||
        (alsoStrict && (isCommitment(words, sentence.tokens, true) || (asks && asksForWork(words))))
      );
    })
    .map(({ start, end }) => ({ start, end }));
}
