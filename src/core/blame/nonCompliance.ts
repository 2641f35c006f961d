// A procedure said not to have been kept (`the correct procedure was not followed`, `the instructions were
// not adhered to`): human error said without naming anyone, as the slip detector's typo is; or wished kept in
// hindsight (`had proper procedures been followed`).
import { CLAUSE_INNER_MARKS, mainVerbsBefore, namesPeople, subjectBefore, type Subject } from '../language/subject';
import {
  beforeAdverbs,
  CONJUNCTION_TAGS,
  isWord,
  isWordIn,
  NOUN_PHRASE_TAGS,
  SUBJECT_END_TAGS,
  type Token,
} from '../language/tokens';
import { wordsOf } from '../language/vocabulary/entry';
import { BE_FORMS, HYPOTHETICAL, NEGATIONS, NOUN_RELATIVES, words } from '../language/vocabulary/grammar';
import { deniedInPhrase } from '../language/denial';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { causeFollows, tokenSpan } from './sentence';
import { COMPLIANCE, PROCEDURE_BREACHES, PROCEDURES, REQUIRED_MANNERS } from './words/compliance';

const KEPT = wordsOf(COMPLIANCE);
const KEPT_TO = wordsOf(PROCEDURES);
/** The index of the word before `index`, past a few adverbs that are no negation: `was unfortunately not followed`. */
const wordBefore = (tokens: readonly Token[], index: number): number => beforeAdverbs(tokens, index, NEGATIONS);

/** Where the `be` of a negated passive stands before its participle (`was not removed`, `were not`), or -1. */
function negatedPassiveBe(tokens: readonly Token[], participle: number): number {
  const negation = wordBefore(tokens, participle);
  if (!isWordIn(tokens[negation], NEGATIONS)) return -1;
  const be = wordBefore(tokens, negation);
  return isWordIn(tokens[be], BE_FORMS) ? be : -1;
}

/** `was not followed`, `were unfortunately not adhered to`: the negated passive of keeping to something. */
function notKept(tokens: readonly Token[], participle: number): DetectionDraft | undefined {
  const be = negatedPassiveBe(tokens, participle);
  if (be < 0) return undefined;
  // `was not followed by a reindex`: an event after another; `was not observed to fail`: what was seen.
  const after = tokens[participle + 1];
  if (after?.lower === 'by' || (after?.lower === 'to' && tokens[participle + 2]?.pos === 'VERB')) return undefined;
  const subject = subjectBefore(tokens, be);
  if (subject.kind === 'thing' && isWordIn(tokens[subject.head], KEPT_TO))
    return { ...tokenSpan(tokens, subject.first, participle), kind: 'human-error', namesPerson: false };
  // A long subject is left out of the span: `was not followed` says it.
  return procedureOpening(tokens, be) < 0
    ? undefined
    : { ...tokenSpan(tokens, be, participle), kind: 'human-error', namesPerson: false };
}

/** Modals of hindsight before `have been`: `should have been followed`. */
const PERFECT_HAVE = words(`have 've`);
const HINDSIGHT_MODALS = words(`should ought to`);
/** How many words the procedure of an inverted conditional may take: `had proper change procedures been followed`. */
const INVERTED_REACH = 5;

/**
 * The procedure said, in hindsight, to have been there to keep: `the procedure should have been followed`, `if the
 * runbook had been followed`, `had proper procedures been followed`. Where `been` stands before the participle.
 */
function procedureInHindsight(tokens: readonly Token[], been: number): Subject | undefined {
  const before = tokens[been - 1];
  if (isWordIn(before, PERFECT_HAVE) && isWordIn(tokens[been - 2], HINDSIGHT_MODALS))
    return subjectBefore(tokens, been - 2);
  if (before?.lower === 'had') {
    const subject = subjectBefore(tokens, been - 1);
    return isWordIn(tokens[subject.first - 1], HYPOTHETICAL) ? subject : undefined;
  }
  // `had proper procedures been followed`: the procedure's noun phrase between `had` and `been`.
  for (let had = been - 1; had >= 0 && been - had <= INVERTED_REACH && isWord(tokens[had]); had--) {
    if (tokens[had]!.lower === 'had')
      return had < been - 1 ? { kind: 'thing', first: had + 1, head: been - 1 } : undefined;
    if (!NOUN_PHRASE_TAGS.has(tokens[had]!.pos)) return undefined;
  }
  return undefined;
}

/** How far before the procedure `even` may open its supposition: `even if the runbook`. */
const CONCESSION_REACH = 3;

/** Whether `even` opens the supposition before `first`: `Even had policy been followed`, `even if the runbook had`. */
function conceded(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= CONCESSION_REACH && isWord(tokens[i]); i--)
    if (tokens[i]!.lower === 'even') return true;
  return false;
}

/** `should have been followed`, `had proper procedures been followed`: a procedure wished kept, in hindsight. */
function keptInHindsight(tokens: readonly Token[], participle: number): DetectionDraft | undefined {
  const been = wordBefore(tokens, participle);
  if (tokens[been]?.lower !== 'been' || tokens[participle + 1]?.lower === 'by') return undefined;
  const subject = procedureInHindsight(tokens, been);
  if (subject?.kind !== 'thing' || !isWordIn(tokens[subject.head], KEPT_TO)) return undefined;
  // `Even had policy been followed, nothing would have prevented it`: a concession, the keeping said not to matter.
  if (conceded(tokens, subject.first)) return undefined;
  return { ...tokenSpan(tokens, subject.first, participle), kind: 'counterfactual', namesPerson: false };
}

/**
 * The procedure a long subject opens with, before `be`: `the specific instructions provided were`, `a recently
 * introduced process requiring manual intervention to publish SDK releases was`; -1 when none stands in the clause
 * with no auxiliary of another verb between.
 */
function procedureOpening(tokens: readonly Token[], be: number): number {
  for (let i = be - 1; i >= 0 && isWord(tokens[i]) && !CONJUNCTION_TAGS.has(tokens[i]!.pos); i--) {
    if (tokens[i]!.pos === 'AUX') return -1;
    if (isWordIn(tokens[i], KEPT_TO) && tokens[i]!.pos === 'NOUN') return i;
  }
  return -1;
}

const BREACHING = wordsOf(PROCEDURE_BREACHES);
/** How many words may stand between a breach's word and its procedure: `contrary to Metrorail rules`. */
const PROCEDURE_REACH = 4;
/** How far back from the breach the act it tells of may stand: past its object and a clause about it. */
const ACT_REACH = 20;
/** The act's clause may hold commas (`the operator was eating a meal while operating the train, which is`). */
const ACT_WALK = { crossing: CLAUSE_INNER_MARKS, auxiliaries: true };

/** Where the procedure after the breach's word at `index` stands (`contrary to the rules`), else -1. */
function breachedProcedure(tokens: readonly Token[], index: number): number {
  const linked =
    tokens[index]!.lower === 'contrary' ? tokens[index + 1]?.lower === 'to' : tokens[index + 1]?.lower === 'of';
  if (!linked || deniedInPhrase(tokens, index)) return -1;
  for (let i = index + 2; i <= index + 1 + PROCEDURE_REACH && isWord(tokens[i]); i++)
    if (isWordIn(tokens[i], KEPT_TO)) return i;
  return -1;
}

/**
 * `the operator was eating a meal while operating the train, which is also contrary to the rules`, `restarted the
 * primary in breach of the change policy`: a person's act set against a procedure after it (see `PROCEDURE_BREACHES`).
 * The act is the last verb before it in its clause with a subject, past a `which` that stands for the act; its subject
 * names people.
 */
function actAgainstProcedure(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!isWordIn(tokens[index], BREACHING)) return undefined;
  const procedure = breachedProcedure(tokens, index);
  if (procedure < 0) return undefined;
  for (const verb of mainVerbsBefore(tokens, index, ACT_REACH, ACT_WALK)) {
    const subject = subjectBefore(tokens, verb);
    // `which is contrary to`: the relative stands for the act before it; `while operating`: a participle's subject is
    // its clause's.
    const head = tokens[subject.head];
    if (!SUBJECT_END_TAGS.has(head?.pos ?? '') || isWordIn(head, NOUN_RELATIVES)) continue;
    if (!namesPeople(tokens, subject)) return undefined;
    return { ...tokenSpan(tokens, subject.first, procedure), kind: 'person-mistake', namesPerson: true };
  }
  return undefined;
}

const REQUIRED = wordsOf(REQUIRED_MANNERS);
/** How far before `as required` its participle may stand: past a place, `was not removed from the rig as required`. */
const REQUIRED_REACH = 6;

/**
 * `an actuator that was not removed as required in the pre-test checklist`: a step a procedure asks for (see
 * `REQUIRED_MANNERS`), told in the negated passive before `as required`, its person left out; not one whose cause the
 * clause goes on to give (`was not sent as required because the pager was down`).
 */
function notDoneAsRequired(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!isWordIn(tokens[index], REQUIRED) || tokens[index - 1]?.lower !== 'as' || causeFollows(tokens, index))
    return undefined;
  for (let participle = index - 2; index - participle <= REQUIRED_REACH && isWord(tokens[participle]); participle--) {
    if (tokens[participle]!.pos !== 'VERB') continue;
    const be = negatedPassiveBe(tokens, participle);
    return be < 0 ? undefined : { ...tokenSpan(tokens, be, index), kind: 'human-error', namesPerson: false };
  }
  return undefined;
}

function detectNonCompliance(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  // Statistics of many incidents (`in 58 percent of those cases, a procedure was not followed`), and questions.
  if (sentence.general || sentence.asks) return [];
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const draft = isWordIn(tokens[i], KEPT)
      ? (notKept(tokens, i) ?? keptInHindsight(tokens, i))
      : (actAgainstProcedure(tokens, i) ?? notDoneAsRequired(tokens, i));
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/**
 * A participle of keeping to a procedure, with a negation or a hindsight in its sentence; a person's act set against a
 * procedure.
 */
export const nonComplianceDetector: Detector = {
  find: detectNonCompliance,
  // Each participle alone: the negation may stand anywhere in the sentence, beyond what a pattern's test reads; and
  // `as required`, whose negated passive stands before it.
  needs: [...KEPT, ...[...REQUIRED].map((word) => `as ${word}`)],
  needsWithPerson: [...BREACHING],
};
