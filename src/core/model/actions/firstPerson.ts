// First-person commitments in the prose of lessons and resolution sections: "We will add ...",
// "We'll ...", "We need to ...", "We are going to ...", "We plan to ...", as opposed to narrative
// ("we would later find"). The sentence and commitment helpers are used here only, through
// `commitmentSentences`, so that they can move to the language layer in one place.
import { isCommitment, mayHoldStrictCommitment, splitSentences, type Sentence } from './commitments';
import { leadInEnd } from './subject';

/** "We" and the future or need, after an opener such as "To prevent this," if any. */
const WE_COMMIT = /^(?:[^,.;:!?\n]{1,60},\s*)?we\s*(?:['\u2019]ll|['\u2019]re\s+going\s+to|\s(?:will|shall|need\s+to|are\s+going\s+to|are\s+planning\s+to|plan\s+to|intend\s+to))\b/i;
/** Text without these holds no first-person commitment. */
const WE_HINT = /\bwe\b/i;

/**
 * The sentences of `text` that commit its authors to work: first-person commitments, and with
 * `alsoStrict` any strict commitment ("Secondly, the SDKs will stop retrying"; see `isCommitment`).
 */
export function commitmentSentences(text: string, alsoStrict: boolean): Sentence[] {
  if (!WE_HINT.test(text) && !(alsoStrict && mayHoldStrictCommitment(text))) return [];
  return splitSentences(text).filter(({ start, end }) => {
    const sentence = text.slice(start, end);
    return (WE_COMMIT.test(sentence.slice(leadInEnd(sentence))) && isCommitment(sentence, false)) || (alsoStrict && isCommitment(sentence, true));
  });
}
