// First-person commitments in the prose of lessons and resolution sections: "We will add ...",
// "We'll ...", "We need to ...", "We are going to ...", "We plan to ...", as opposed to narrative
// ("we would later find"). Sentences and their subjects are read by the language layer.
import { subjectBefore } from '../language/subject';
import type { Token } from '../language/tokens';
import { isCommitment, mayHoldStrictCommitment } from './commitments';
import { readItemSentences, type Sentence } from './sentences';

/**
 * Words that commit their subject to work ahead: `will`, `shall` (and `'ll`), `need to`, `going to`, `plan to`, `intend
 * to`.
 */
const COMMITTING_WORDS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'need',
  'needs',
  'going',
  'planning',
  'plan',
  'intend',
]);
/** Text without these holds no first-person commitment. */
const WE_HINT = /\bwe\b/i;
/**
 * Text without one of these holds no committing word: `'ll` reads as `will`, the `wo` and `sha` of `won't` and `shan't`
 * as `will` and `shall`.
 */
const COMMITTING_HINT = /will|shall|['\u2019]ll|need|going|plan|intend|(?:wo|sha)[\s\S]*n['\u2019]t/i;

/** `need`, `going`, `plan` and `intend` commit only with `to` after them ("we need more disks" does not). */
function commitsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'word' || !COMMITTING_WORDS.has(token.lower)) return false;
  return token.lower === 'will' || token.lower === 'shall' || tokens[index + 1]?.lower === 'to';
}

/** Whether "we" is the subject of a committing word of the sentence: "To prevent it, we are going to ...". */
function weCommit(tokens: readonly Token[]): boolean {
  return tokens.some((_token, index) => {
    if (!commitsAt(tokens, index)) return false;
    const subject = subjectBefore(tokens, index);
    return subject.head >= 0 && tokens[subject.head]!.lower === 'we';
  });
}

/**
 * The sentences of `text` (an item's prose; `visible` the same with its code) that commit its
 * authors to work: first-person commitments, and with `alsoStrict` any strict commitment
 * ("Secondly, the SDKs will stop retrying"; see `isCommitment`).
 */
export function commitmentSentences(text: string, visible: string, alsoStrict: boolean): Sentence[] {
  if (!(WE_HINT.test(text) && COMMITTING_HINT.test(text)) && !(alsoStrict && mayHoldStrictCommitment(text))) return [];
  return readItemSentences(text, visible)
    .filter((sentence) => {
      const words = text.slice(sentence.start, sentence.end);
      return (
        (weCommit(sentence.tokens) && isCommitment(words, sentence.tokens, false)) ||
        (alsoStrict && isCommitment(words, sentence.tokens, true))
      );
    })
    .map(({ start, end }) => ({ start, end }));
}
