// What a clause denies: `The fix isn't to tell people to be more careful`, `not really any single person's
// fault`, `none of which are the fault of`, `more than pay attention`. Read by every detector that must not
// flag what the writer denies.
import { subjectBefore } from './subject';
import { CONJUNCTION_TAGS, isLemmaIn, isWord, isWordIn, type Token, VERB_TAGS } from './tokens';
import {
  ADDING_AFTER_NEGATION,
  DENIAL_RAISING_VERBS,
  DENYING_VERBS,
  NEGATIONS,
  NEGATIVE_PRONOUNS,
  NOUN_PHRASE_NEGATIONS,
  NOUN_RELATIVES,
  RELATIVE_PRONOUNS,
} from './vocabulary/grammar';

/**
 * Words that deny what follows in their clause: `not`, `never`, `without`, `no`, `none of which`, `than`, `denied`;
 * and those that all but deny it, `rarely the fault of one person`.
 */
const DENIALS = new Set([
  ...NEGATIONS,
  ...DENYING_VERBS,
  ...NOUN_PHRASE_NEGATIONS,
  'none',
  'neither',
  'than',
  'rarely',
  'seldom',
  'hardly',
]);

/** `at no time`, `at no point`, `at no stage`. */
const NO_TIME = new Set(['time', 'point', 'stage']);

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

/** How many words an aside between dashes or brackets may hold: `rarely — if ever — the fault of`. */
const ASIDE_WORDS = 5;
const ASIDE_CLOSERS = new Map([
  ['—', '—'],
  ['–', '–'],
  [')', '('],
]);

/** Where the clause goes on before the aside that ends at `index` (`— if ever —`, `(if ever)`), or -1. */
function beforeAside(tokens: readonly Token[], index: number): number {
  const opener = ASIDE_CLOSERS.get(tokens[index]?.text ?? '');
  if (opener === undefined) return -1;
  for (let i = index - 1; i >= index - 1 - ASIDE_WORDS && i > 0; i--) {
    if (tokens[i]!.text === opener) return i < index - 1 && isWord(tokens[i - 1]) ? i - 1 : -1;
    if (!isWord(tokens[i])) return -1;
  }
  return -1;
}

function deniedBefore(tokens: readonly Token[], index: number, acrossVerbs: boolean): boolean {
  let verbAfter = false;
  for (let i = index - 1; i >= 0; i--) {
    if (!isWord(tokens[i])) {
      i = beforeAside(tokens, i) + 1;
      if (i === 0) break;
      continue;
    }
    if (!acrossVerbs && negativeSubjectAt(tokens, i)) return true;
    // `had at no time been overlooked`, `at no point was it deleted`: `never` in three words.
    if (tokens[i]!.lower === 'no' && isWordIn(tokens[i + 1], NO_TIME) && tokens[i - 1]?.lower === 'at') return true;
    if (isWordIn(tokens[i], DENIALS) && !comparesAmounts(tokens, i))
      return !isWordIn(tokens[i + 1], ADDING_AFTER_NEGATION) && reaches(tokens, i, index);
    // `not fully explained but which admittedly involved negligence`, `not careless but reckless`: `but` affirms what
    // follows it.
    if (CONJUNCTION_TAGS.has(tokens[i]!.pos) && (tokens[i]!.pos === 'SCONJ' || verbAfter || tokens[i]!.lower === 'but'))
      return false;
    // `did not act recklessly`, `Nobody broke anything out of hubris`: the manner or the motive of a denied verb is
    // denied with it; not what qualifies its object (`never tested her careless change`).
    if (tokens[i]!.pos === 'VERB' && !acrossVerbs)
      return deniedBelief(tokens, i) || (!verbAfter && !qualifiesNoun(tokens, index) && verbDenied(tokens, i));
    if (VERB_TAGS.has(tokens[i]!.pos)) verbAfter = true;
  }
  return false;
}

/** How far after a noun its verb may stand: past whose or what it was, `inexperience with the new database`. */
const SUBJECT_VERB_REACH = 6;
/** What may stand in a verb's group after its first word: `was not`, `had never really`. */
const VERB_GROUP_TAGS = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/**
 * `Negligence was not the cause`, `Carelessness played no part in this`, `... had nothing to do with it`: the word at
 * `index` is the subject of a verb that is denied, or whose object is `no` or `nothing`.
 */
export function deniedAsSubject(tokens: readonly Token[], index: number): boolean {
  let verb = index + 1;
  while (verb - index <= SUBJECT_VERB_REACH && isWord(tokens[verb]) && !VERB_TAGS.has(tokens[verb]!.pos)) {
    // `negligence that was never caught`: the verb of a clause about it, not its own.
    if (isWordIn(tokens[verb], NOUN_RELATIVES) || isWordIn(tokens[verb], RELATIVE_PRONOUNS)) return false;
    verb++;
  }
  if (!isWord(tokens[verb]) || !VERB_TAGS.has(tokens[verb]!.pos)) return false;
  let next = verb + 1;
  for (; isWord(tokens[next]) && VERB_GROUP_TAGS.has(tokens[next]!.pos); next++)
    if (isLemmaIn(tokens[next], NEGATIONS)) return true;
  return isWordIn(tokens[next], NEGATIVE_PRONOUNS) || tokens[next]?.lower === 'no';
}

/**
 * `nobody`, `no one`, or `no` opening its clause (`No engineer was careless`): a subject that denies what its verb
 * says, as `not` after it would.
 */
function negativeSubjectAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (NEGATIVE_PRONOUNS.has(token.lower)) return true;
  if (token.lower !== 'no' || !isWord(tokens[index + 1])) return false;
  const before = tokens[index - 1];
  return tokens[index + 1]!.lower === 'one' || !isWord(before) || CONJUNCTION_TAGS.has(before.pos);
}

/**
 * Whether the verb at `index` is denied: `not` or `never` in its group (`did not act`), a negative subject, or a
 * denied belief that holds its clause (`We do not believe any individual acted carelessly`).
 */
function verbDenied(tokens: readonly Token[], verb: number): boolean {
  if (negatedGroup(tokens, verb)) return true;
  const subject = subjectBefore(tokens, verb);
  if (subject.head < 0) return false;
  if (negativeSubjectAt(tokens, subject.first)) return true;
  const before = tokens[subject.first - 1]?.lower === 'that' ? subject.first - 2 : subject.first - 1;
  return before >= 0 && deniedBelief(tokens, before);
}

/** `not` or `never` in the group of the verb at `verb`: `did not act`, `had never`. */
function negatedGroup(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && isWord(tokens[i]) && GROUP_TAGS.has(tokens[i]!.pos); i--)
    if (isLemmaIn(tokens[i], NEGATIONS)) return true;
  return false;
}

/** A belief denied, which denies the clause it holds: `do not believe`, `don't think`. */
function deniedBelief(tokens: readonly Token[], verb: number): boolean {
  return isLemmaIn(tokens[verb], DENIAL_RAISING_VERBS) && negatedGroup(tokens, verb);
}

/** The tags of a verb's group before it: `did not`, `had never`, `should have`. */
const GROUP_TAGS = new Set(['AUX', 'PART', 'ADV']);

/** `careless mistake`: an adjective before its noun. */
function qualifiesNoun(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.pos === 'ADJ' && tokens[index + 1]?.pos === 'NOUN';
}

/** `more than 145 million consumers`, `less than 5 minutes`: `than` before a number compares amounts, denying none. */
function comparesAmounts(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.lower === 'than' && tokens[index + 1]?.pos === 'NUM';
}

/**
 * Whether the denial at `denial` reaches the word at `index`. A denial of a noun phrase (`without`, `no`) ends
 * where a verb starts: `a blackout that left millions without power was the result of human error` denies the
 * power, not the human error. `not` and `never` deny the verb after them and all it governs. `than` before a number
 * denies nothing (`emailed to more than 1,000 students due to human error`).
 */
export function reaches(tokens: readonly Token[], denial: number, index: number): boolean {
  if (comparesAmounts(tokens, denial)) return false;
  if (!isWordIn(tokens[denial], NOUN_PHRASE_NEGATIONS)) return true;
  for (let i = denial + 1; i < index; i++) if (VERB_TAGS.has(tokens[i]!.pos)) return false;
  return true;
}

/** After `nothing`, words that make it `only`: `forgot nothing but the backups`. */
const EXCEPTING = new Set(['but', 'except', 'save']);

/**
 * Whether the object at `index` denies the act before it: `I forgot nothing`, `Bob changed nothing`; not `forgot
 * nothing but the backups`, which says what was forgotten.
 */
export function nothingDone(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'nothing' && !isWordIn(tokens[index + 1], EXCEPTING);
}
