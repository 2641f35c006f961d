// What a clause denies: `The fix isn't to tell people to be more careful`, `not really any single person's
// fault`, `none of which are the fault of`, `more than pay attention`. Read by every detector that must not
// flag what the writer denies.
import { isWord, isWordIn, type Token } from './tokens';
import { NEGATIONS, NOUN_PHRASE_NEGATIONS } from './vocabulary/grammar';

/** Words that deny what follows in their clause: `not`, `never`, `without`, `no`, `none of which`, `than`. */
const DENIALS = new Set([...NEGATIONS, ...NOUN_PHRASE_NEGATIONS, 'none', 'neither', 'than']);

/** What starts a new clause: `and`, `but`, `because`; a negation before one denies the clause before it. */
const CLAUSE_OPENERS = new Set(['CCONJ', 'SCONJ']);

/**
 * Whether a word before `index` in the same clause denies what stands at `index`: no punctuation between, and
 * no conjunction (`would not continue due to this change and it's all my fault` denies nothing of the fault).
 */
export function deniedInClause(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && isWord(tokens[i]); i--) {
    if (isWordIn(tokens[i], DENIALS)) return reaches(tokens, i, index);
    if (CLAUSE_OPENERS.has(tokens[i]!.pos)) return false;
  }
  return false;
}

const VERBS = new Set(['VERB', 'AUX']);

/**
 * Whether the denial at `denial` reaches the word at `index`. A denial of a noun phrase (`without`, `no`) ends
 * where a verb starts: `a blackout that left millions without power was the result of human error` denies the
 * power, not the human error. `not` and `never` deny the verb after them and all it governs.
 */
export function reaches(tokens: readonly Token[], denial: number, index: number): boolean {
  if (!isWordIn(tokens[denial], NOUN_PHRASE_NEGATIONS)) return true;
  for (let i = denial + 1; i < index; i++) if (VERBS.has(tokens[i]!.pos)) return false;
  return true;
}
