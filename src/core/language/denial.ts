// What a clause denies: `The fix isn't to tell people to be more careful`, `not really any single person's
// fault`, `none of which are the fault of`, `more than pay attention`. Read by every detector that must not
// flag what the writer denies.
import { CONJUNCTION_TAGS, isWord, isWordIn, type Token } from './tokens';
import { ADDING_AFTER_NEGATION, NEGATIONS, NOUN_PHRASE_NEGATIONS } from './vocabulary/grammar';

/**
 * Words that deny what follows in their clause: `not`, `never`, `without`, `no`, `none of which`, `than`; and those
 * that all but deny it, `rarely the fault of one person`.
 */
const DENIALS = new Set([
  ...NEGATIONS,
  ...NOUN_PHRASE_NEGATIONS,
  'none',
  'neither',
  'than',
  'rarely',
  'seldom',
  'hardly',
]);

const VERBS = new Set(['VERB', 'AUX']);

/**
 * Whether a word before `index` in the same clause denies what stands at `index`: no punctuation between, and
 * no conjunction that opens a clause (`would not continue due to this change and it's all my fault` denies
 * nothing of the fault). An `and` or `or` with no verb after it joins words of one phrase (`no willful or reckless
 * behavior`, `not a story about a bad intern or a careless mentor`), and the denial reaches across it.
 */
export function deniedInClause(tokens: readonly Token[], index: number): boolean {
  return deniedBefore(tokens, index, true);
}

/**
 * Whether the word at `index` is denied in its own phrase, no verb but `be` and the auxiliaries between: `not
 * careless`, `no reckless behavior`, `not a story about a bad intern`; not `can't protect against sysadmins doing
 * dumb things`, where the denial is of the protecting.
 */
export function deniedInPhrase(tokens: readonly Token[], index: number): boolean {
  return deniedBefore(tokens, index, false);
}

function deniedBefore(tokens: readonly Token[], index: number, acrossVerbs: boolean): boolean {
  let verbAfter = false;
  for (let i = index - 1; i >= 0 && isWord(tokens[i]); i--) {
    if (isWordIn(tokens[i], DENIALS) && !comparesAmounts(tokens, i))
      return !isWordIn(tokens[i + 1], ADDING_AFTER_NEGATION) && reaches(tokens, i, index);
    if (CONJUNCTION_TAGS.has(tokens[i]!.pos) && (tokens[i]!.pos === 'SCONJ' || verbAfter)) return false;
    if (tokens[i]!.pos === 'VERB' && !acrossVerbs) return false;
    if (VERBS.has(tokens[i]!.pos)) verbAfter = true;
  }
  return false;
}

/** `more than 145 million consumers`, `less than 5 minutes`: `than` before a number compares amounts, denying none. */
function comparesAmounts(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.lower === 'than' && tokens[index + 1]?.pos === 'NUM';
}

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
