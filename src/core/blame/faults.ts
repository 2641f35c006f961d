// What a person's act is done to: a fault, or a part in a faulty state, which makes the act part of the response.
import { wordsOf } from '../language/vocabulary/entry';
import { DETERMINERS, words } from '../language/vocabulary/grammar';
import { isWord, isWordIn, type Token } from '../language/tokens';
import { CONTROLS, FAULTS_WORKED_AROUND, FAULTY_PARTS } from './words/mistakeVerbs';

const FAULTS = wordsOf(FAULTS_WORKED_AROUND);
const FAULTY = wordsOf(FAULTY_PARTS);
const CONTROL_WORDS = wordsOf(CONTROLS);
/** Tags of the words of an object's phrase after its determiner: `the broken load balancer`. */
const OBJECT_TAGS = words(`NOUN ADJ PROPN`);
/** How many words of an object's phrase are looked at: `the broken primary load balancer`. */
const OBJECT_WORDS = 4;

/** Whether a word tells a part in a faulty state: `broken`, `failed`, `unresponsive`. */
export function isFaultyState(word: string): boolean {
  return FAULTY.has(word);
}

/**
 * What the object after `end` is: `fault` (`the problem`, `the outage`), `faulty-part` (`the broken load balancer`,
 * `the failed disk`), or nothing of either, which a control in any state is (`the failing safety check`).
 */
export function objectFault(tokens: readonly Token[], end: number): 'fault' | 'faulty-part' | undefined {
  let object = end;
  while (isWordIn(tokens[object], DETERMINERS) && object - end < 2) object++;
  let faulty = false;
  for (let word = object; word - object < OBJECT_WORDS && isWord(tokens[word]); word++) {
    const token = tokens[word]!;
    if (CONTROL_WORDS.has(token.lower)) return undefined;
    if (FAULTS.has(token.lower)) return 'fault';
    if (FAULTY.has(token.lower)) faulty = true;
    else if (!OBJECT_TAGS.has(token.pos)) break;
  }
  return faulty ? 'faulty-part' : undefined;
}
