// A person who left a duty undone (`the engineer didn't check the tests`, `deployed without running
// the tests`), chose wrong (`ran it in production instead of staging`), destroyed production
// (`I dropped the production database`), was slow (`the on-call was slow to respond`) or is asked to
// be more careful. A program in the same place is a finding about the program, not blame.
import { isFaultyState } from './faults';
import { classifyWord, HUMAN_ROLE_WORDS, isPossessive, isRoleByContext, withoutPossessive } from '../language/people';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import { compileList, compilePattern, firstMatch } from './patterns';
import {
  clauseSubject,
  namesPerson,
  namesTeam,
  passiveAgent,
  subjectAfter,
  subjectAt,
  subjectBefore,
  supposesClause,
  type Subject,
  mainVerbsBefore,
  namesPeople,
  writersOwn,
} from '../language/subject';
import { deniedInClause, nothingDone } from '../language/denial';
import {
  beforeAdverbs,
  complementsBe,
  cue,
  gerundsOf,
  isLemmaIn,
  isPassive,
  isPastVerb,
  isWord,
  isWordIn,
  type Token,
  wordWithin,
  isNegation,
} from '../language/tokens';
import {
  AVOIDING_VERBS,
  BE_FORMS,
  DETERMINERS,
  DO_FORMS,
  FIRST_PERSON_PLURAL,
  HYPOTHETICAL,
  MODALS,
  NEGATIONS,
  PAST_BE,
  PERFECT_AUXILIARIES,
  PRESENT_BE,
  PRESENT_DO,
  words,
  NOUN_RELATIVES,
} from '../language/vocabulary/grammar';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { AFFECTED_PEOPLE, cameLater, causeFollows, tokenSpan, writerLeftOut } from './sentence';
import { harmFollows } from './harmfulAct';
import { ATTEMPTS, CALLS, HUMAN_SIGNALS } from './words/failing';
import {
  ABSENCE_REPORTS,
  CARE,
  CARE_ENSURED,
  CARE_GIVEN,
  INTENDING,
  OBLIGED_ACTS,
  PRACTICES_STOPPED,
  CARE_VERBS,
  CHECKS,
  CHECK_MAKING,
  DESTRUCTIVE_ACTIONS,
  MISTAKEN_BELIEFS,
  LAPSES,
  LETTING,
  ANSWERS,
  ATTENTION_DUTIES,
  DUTIES,
  NOT_LEFT_UNDONE,
  LAPSED_STATES,
  WRITTEN_DOWN,
  SAFETY_PURPOSES,
  DEPRECATIONS,
  DISTRACTING_SIGNALS,
  EXCESS,
  KNOWING,
  MANNER,
  NEWS_TOLD,
  OFFLINE,
  POWER_ACTS,
  PROGRAM_ACTS,
  POWER_PARTS,
  PRODUCTION_OBJECTS,
  TAKING_DOWN,
  REMEDY_ACTIONS,
  REPAIRS_OF_FAULTY,
  RESPONSES_JUDGED,
  RISKY_ACTIONS,
  SLOWNESS,
  HASTE,
  STOPPING_ACTS,
  WRONG_CHOICE,
  WRONG_THINGS,
  WRONG_WITHOUT_ARTICLE,
} from './words/omissions';
import { DECIDING } from './words/rootCauseActs';

/** Lemmas of duties: `checked`, `checking` and `check` for `check`. */
const DUTY_LEMMAS = wordsOf(DUTIES);
const NOT_UNDONE = wordsOf(NOT_LEFT_UNDONE);
const LAPSED = wordsOf(LAPSED_STATES);
const SIGNALS_SENT = wordsOf(DISTRACTING_SIGNALS);
/** The verbs that put a person in a state: `was distracted`, `became unaware`, `got distracted`. */
const IN_STATE = words('was were became become got get');
/** Words after a lapsed state that explain it: `distracted by a second page`, `unaware because the alert was muted`. */
const EXPLAINED = words('by because due as since when while after from');
const INTENTIONS = wordsOf(INTENDING);
const OBLIGED = wordsOf(OBLIGED_ACTS);
const STOPPED = wordsOf(PRACTICES_STOPPED);
const STOPPING = words('stop quit');
/** What asks for it before `stop`: `must stop`, `need to stop`, `has to stop`. */
const ASKING_TO = words('need needs have has got ought');
const WRITTEN_DOWN_LIST = compileList(patternsOf(WRITTEN_DOWN));
const PURPOSES = compileList(patternsOf(SAFETY_PURPOSES));
const GIVEN_UP = compileList(patternsOf(DEPRECATIONS));
/** How many words the act's object may take before its purpose: `walk around the train to ensure`. */
const PURPOSE_REACH = 6;

/** `walk around the train to ensure`: the act at `verb` done to make sure of something (see `SAFETY_PURPOSES`). */
function doneToMakeSure(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb]?.pos !== 'VERB') return false;
  for (let i = verb + 1; i <= verb + 1 + PURPOSE_REACH && isWord(tokens[i]); i++) {
    if (firstMatch(tokens, i, PURPOSES)) return true;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return false;
  }
  return false;
}
const HAPPENED_TO = wordsOf(ATTEMPTS);

/**
 * Whether the word is something only a person does or leaves undone: a duty, done again too (`failed to reactivate`),
 * or answering (`failed to respond`); not what happens to a person (`failed to receive the page`).
 */
export function isHumanAct(token: Token | undefined): boolean {
  return isWord(token) && (DUTY_LEMMAS.has(token.lemma) || isDutyRepeated(token)) && !HAPPENED_TO.has(token.lower);
}
const ATTENTION = wordsOf(ATTENTION_DUTIES);
const ANSWERING = wordsOf(ANSWERS);
/** What people are reached by: what a name answers is a person's to answer only when it is one of these. */
const REACHES_PEOPLE = new Set([...wordsOf(HUMAN_SIGNALS), ...wordsOf(CALLS)]);
/** How far after the verb what it answers may stand: `did not respond to any of the pages`. */
const ANSWERED_REACH = 5;
const KNOWS = wordsOf(KNOWING);
/** The writer and the team: `I didn't know`, `we did not understand yet` tell what was known at the time. */
const FIRST_PERSON = words('i we');
const NEWS = wordsOf(NEWS_TOLD);
/** Demonstratives that point back at what was just said: `I didn't notice that`. */
const POINTING_BACK = words('that this');
const DESTRUCTIVE = wordsOf(DESTRUCTIVE_ACTIONS);
const BELIEFS = wordsOf(MISTAKEN_BELIEFS);
/** How far after a belief its past `was` may stand: `thinking the old bucket was`. */
const BELIEF_REACH = 4;
const TAKES_DOWN = wordsOf(TAKING_DOWN);
const ACTS_ON_POWER = wordsOf(POWER_ACTS);
const POWER = wordsOf(POWER_PARTS);
const DOWN = wordsOf(OFFLINE);
/** How far after `brought` its `down` may stand: `brought the whole site down`. */
const DOWN_REACH = 5;
const CHECK_NOUNS = wordsOf(CHECKS);
const CHECK_DETERMINERS = words('any a the');
const MAKES_CHECKS = wordsOf(CHECK_MAKING);
const RISKY = wordsOf(RISKY_ACTIONS);
const PRODUCTION = wordsOf(PRODUCTION_OBJECTS);
const SLOW = wordsOf(SLOWNESS);
const HASTY = wordsOf(HASTE);
const RESPONSE_ACTS = wordsOf(RESPONSES_JUDGED);
const EXCESSIVE = wordsOf(EXCESS);
/** How far before `too` the act may stand: `applied a system configuration update too broadly`. */
const EXCESS_REACH = 8;
const CAREFUL = wordsOf(CARE);
const ENSURING = wordsOf(CARE_ENSURED);
const CARE_NOUNS = wordsOf(CARE_GIVEN);
const GIVES_CARE = wordsOf(CARE_VERBS);
/** `more attention`, `closer attention`, `greater care`. */
const MORE = words('more closer greater extra');
const INSTEAD = wordsOf(WRONG_CHOICE);
const PROGRAMS_DO = wordsOf(PROGRAM_ACTS);
const WRONG = wordsOf(WRONG_THINGS);
const WRONG_BARE = wordsOf(WRONG_WITHOUT_ARTICLE);
const REMEDIES = wordsOf(REMEDY_ACTIONS);
const REPAIRS = wordsOf(REPAIRS_OF_FAULTY);
const BADLY = wordsOf(MANNER);
/** `if the intern deletes the entire database`: what could happen, not what someone did. */
/** `Why didn't they check?`: a question that blames. */
const QUESTIONING = words('why');
/** `have never seen`: the present perfect, of experience. */
const PRESENT_PERFECT = words("have has 've");
const PARTICLES = words('up down out off over away back');
/** How an omission's negation is written: `did not`, `didn't`, `had not`, `haven't`, `wasn't`. */
const NEGATED_AUXILIARIES = ['do', 'does', 'did', 'had', 'has', 'have', 'was', 'were', 'is', 'are'].flatMap(
  (auxiliary) => [`${auxiliary} not`, `${auxiliary}n't`],
);
/** Words allowed between a negation and its verb: `did not even check`, `did not properly test`. */
const BETWEEN = words('even properly actually first fully really always adequately sufficiently carefully thoroughly');
const DEGREE = words('too very a bit quite extremely rather way far much');
/** How far after a negated verb its manner may stand: `did not do their job properly`. */
const MANNER_REACH = 5;
/** How many words may stand between `without` and its check: `without the required peer review`. */
const CHECK_REACH = 3;
/** How far a destructive verb's object may reach: `dropped the production database`. */
const OBJECT_REACH = 7;
/** How far the agent of a passive may stand: `was run against production instead of staging by an analyst`. */
const AGENT_REACH = 10;

const LETS = wordsOf(LETTING);
const DECIDED = wordsOf(DECIDING);
const LAPSING = wordsOf(LAPSES);
const CUE = cue([
  ...NEGATIONS,
  ...STOPPED,
  'nor',
  'without',
  'too',
  ...INSTEAD,
  ...SLOW,
  ...HASTY,
  ...CAREFUL,
  ...CARE_NOUNS,
  ...WRONG,
  ...LETS,
  ...LAPSED,
]);

function personAt(subject: Subject): boolean {
  return namesPerson(subject, true);
}

function skipBetween(tokens: readonly Token[], index: number): number {
  let i = index;
  while ((isWordIn(tokens[i], BETWEEN) || tokens[i]?.pos === 'ADV') && i - index < 2) i++;
  return i;
}

/** The index of a duty's verb at `index`, past `even`, `properly` and the like; -1 when none stands there. */
function dutyAt(tokens: readonly Token[], index: number): number {
  const verb = skipBetween(tokens, index);
  const duty = tokens[verb];
  // The model reads a hyphenated verb as a noun: `did not double-check`.
  const asVerb = isWord(duty) && (duty.pos !== 'NOUN' || duty.lower.includes('-'));
  // `didn't plan to look into it`: an intention, not a duty.
  if (isLemmaIn(duty, INTENTIONS) && tokens[verb + 1]?.lower === 'to') return -1;
  if (isWord(duty) && (isDutyRepeated(duty) || (DUTY_LEMMAS.has(duty.lemma) && asVerb))) return verb;
  return makesCheck(tokens, verb) || firstMatch(tokens, verb, WRITTEN_DOWN_LIST) || doneToMakeSure(tokens, verb)
    ? verb
    : -1;
}

/**
 * An act's verb at `index` (past `skipBetween`), not one of `NOT_LEFT_UNDONE`, in its plain form, or in the past
 * after `never` (`I never fixed`); or -1.
 */
function actUndoneAt(tokens: readonly Token[], index: number, never: boolean): number {
  const verb = skipBetween(tokens, index);
  const act = tokens[verb];
  if (!isWord(act) || act.pos !== 'VERB' || NOT_UNDONE.has(act.lemma)) return -1;
  if (act.lower !== act.lemma && !(never && isPastVerb(act))) return -1;
  // `did not act recklessly`: the manner is denied, not the act.
  if (tokens[verb + 1]?.pos === 'ADV' && tokens[verb + 1]!.lower.endsWith('ly')) return -1;
  return isLemmaIn(act, INTENTIONS) && tokens[verb + 1]?.lower === 'to' ? -1 : verb;
}

const STOPPING_LEMMAS = wordsOf(STOPPING_ACTS);

/** `did not stop answering tickets`, `did not stop until the backlog was cleared`: kept on, no duty left undone. */
function keptOn(tokens: readonly Token[], verb: number): boolean {
  if (!STOPPING_LEMMAS.has(tokens[verb]!.lemma)) return false;
  const next = tokens[verb + 1];
  // The model may tag the gerund a noun (`answering tickets`).
  return isWord(next) && (next.lower === 'until' || (next.pos !== 'ADP' && next.lower.endsWith('ing')));
}

/**
 * Whether one person for sure left the act at `verb` undone: a role only people hold or one its context gives a person
 * (`the train driver`), a person's pronoun or a name (not `Optimism didn't give`, `the firm didn't set up`, `the logger
 * did not write`), and no one else said to have done it after (`The engineer did not write the migration; the vendor
 * did`).
 */
function undoneByOnePerson(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  const head = tokens[subject.head];
  if (subject.kind !== 'person' || !isWord(head)) return false;
  const role = withoutPossessive(head.lower);
  const sure = HUMAN_ROLE_WORDS.has(role) || isRoleByContext(role) || head.pos === 'PRON' || head.pos === 'PROPN';
  return sure && !tokens.some((token, i) => i > verb && isWordIn(token, DO_FORMS) && !isWord(tokens[i + 1]));
}

/** `did not write any tests`, `didn't add a canary`, `did not get a review`: a check not made, as a duty undone. */
function makesCheck(tokens: readonly Token[], verb: number): boolean {
  if (!isWord(tokens[verb]) || tokens[verb]!.pos !== 'VERB' || !MAKES_CHECKS.has(tokens[verb]!.lemma)) return false;
  let noun = verb + 1;
  while (noun - verb <= CHECK_REACH && (isWordIn(tokens[noun], CHECK_DETERMINERS) || tokens[noun]?.pos === 'ADJ'))
    noun++;
  return isWordIn(tokens[noun], CHECK_NOUNS);
}

/** The `-ing` forms of the duties. */
const DUTY_GERUNDS = new Set([...DUTY_LEMMAS].flatMap(gerundsOf));

/** `testing`, `checking`, `running`: a duty in `-ing`, which the model may read as a noun (`not testing it`). */
function isDutyGerund(token: Token | undefined): boolean {
  if (!isWord(token) || !token.lower.endsWith('ing')) return false;
  return DUTY_LEMMAS.has(token.lemma) || DUTY_GERUNDS.has(token.lower);
}

/**
 * `re-check`, `retest`, `re-run`: a duty done again, a verb all the same where the model reads a hyphenated one
 * as a noun.
 */
function isDutyRepeated(token: Token): boolean {
  const repeated = token.lower.startsWith('re-') ? token.lower.slice(3) : token.lemma.slice(2);
  return token.lower.startsWith('re') && repeated.length >= 3 && DUTY_LEMMAS.has(repeated);
}

/** The index of a manner word shortly after the verb at `index` (`respond properly`), or -1. */
function doneBadlyAt(tokens: readonly Token[], index: number): number {
  const verb = tokens[index];
  if (!isWord(verb) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return -1;
  for (let i = index + 1; i <= index + MANNER_REACH && isWord(tokens[i]); i++)
    if (BADLY.has(tokens[i]!.lower)) return i;
  return -1;
}

/**
 * `the engineer didn't check`, `Bob never tested`, `had not verified`; in a root cause, where every sentence that
 * may name a person is read, also the terse `support engineer not follow the runbook`.
 */
function omission(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  const negation = tokens[index]!;
  if (!NEGATIONS.has(negation.lower)) return undefined;
  // `they would never turn on again`, `it will never check`: what a modal says of the future or of a supposition.
  if (negation.lower === 'never' && isWordIn(tokens[index - 1], MODALS)) return undefined;
  const gerund = negation.lower === 'not' && negatedGerundClause(tokens, index);
  const terse = gerund || (rootCause && negation.lower === 'not' && terseNegation(tokens, index));
  // `Joe decided not to page the database team`: a duty decided against, as if `did not` stood there.
  const decided = negation.lower === 'not' && decidedAgainst(tokens, index);
  const auxiliary = negation.lower === 'not' && !terse ? index - 1 : index;
  const before = tokens[auxiliary]?.lower ?? '';
  // `wasn't checking their emails`: a duty left undone, in the progressive.
  const progressive = negation.lower === 'not' && BE_FORMS.has(before);
  const auxiliaryBefore = DO_FORMS.has(before) || PERFECT_AUXILIARIES.has(before) || progressive;
  if (negation.lower === 'not' && !auxiliaryBefore && !terse && !decided) return undefined;
  if (isWordIn(tokens[index - 2], QUESTIONING) && isWordIn(tokens[index - 1], DO_FORMS))
    return askedOmission(tokens, index - 2, index + 1);
  const after = decided ? index + 2 : index + 1;
  // `has not yet identified a root cause`: work still under way, not a duty left undone.
  if (tokens[after]?.lower === 'yet') return undefined;
  // `had not been adequately trained`: a perfect passive, whose subject is the one acted on (see `undoneByPerson`).
  if (tokens[after]?.lower === 'been' && isPastVerb(tokens[skipBetween(tokens, after + 1)])) return undefined;
  // `a backup engineer who had never run it`: what the person had done before, said to tell who they were.
  if (
    negation.lower === 'never' &&
    isWordIn(tokens[index - 1], PERFECT_AUXILIARIES) &&
    tokens[index - 2]?.lower === 'who'
  )
    return undefined;
  const duty = gerund ? skipBetween(tokens, after) : dutyAt(tokens, after);
  // In a root cause, any act one person did not do is told as the cause (`the driver did not control the speed`).
  // Not a passive (`the threshold was never revisited`), whose subject is not the one who did not act.
  const passive = isWordIn(tokens[index - 1], BE_FORMS);
  const undone =
    duty < 0 && rootCause && !progressive && !decided && !passive
      ? actUndoneAt(tokens, after, negation.lower === 'never')
      : -1;
  if (progressive && !(duty >= 0 && tokens[duty]!.lower.endsWith('ing'))) return undefined;
  const verb = Math.max(duty, undone, progressive ? -1 : doneBadlyAt(tokens, skipBetween(tokens, after)));
  if (verb < 0 || experienced(tokens, index, verb) || reportsAbsence(tokens, verb)) return undefined;
  // `from the engineer not testing`: the gerund's subject, though a preposition stands before it.
  const subject = gerund ? subjectAt(tokens, index - 1) : subjectBefore(tokens, auxiliary);
  // `Did not run the tests before merging`: a root cause's note, its writer left out. Not what the writer did not know
  // or see at the time (`Didn't realize the change would recreate the node`), as with `I` (see `knownAtTheTime`).
  const person = namesPeople(tokens, subject);
  // An act that is no duty is read only as one person's for sure, with nobody else said to have done it.
  if (verb === undone && verb !== duty && !undoneByOnePerson(tokens, subject, verb)) return undefined;
  const lemma = tokens[verb]!.lemma;
  if (keptOn(tokens, verb)) return undefined;
  const heeded = ATTENTION.has(lemma) || KNOWS.has(lemma);
  if (!person && !heeded && rootCause && writerLeftOut(tokens, tokens.findIndex(isWord), auxiliary))
    return { ...tokenSpan(tokens, auxiliary, verb), kind: 'person-mistake', namesPerson: true };
  // `we didn't run the CI job`, in a root cause: the writers' own duty left undone, told as the cause.
  // Not a decision (`We decided not to page`), what a cause after it explains (`We did not document the procedure
  // because it had never been run`), nor what a clause about a thing says of it (`a step which we had not planned
  // for`).
  const ours =
    rootCause &&
    verb === duty &&
    !decided &&
    !heeded &&
    writersOwn(tokens, subject) &&
    !isWordIn(tokens[subject.first - 1], NOUN_RELATIVES) &&
    !causeFollows(tokens, verb);
  if (ours && !supposesClause(tokens, subject, auxiliary, (token) => PRESENT_DO.has(token.lower)))
    return { ...tokenSpan(tokens, subject.first, verb), kind: 'human-error', namesPerson: false };
  if (!person || knownAtTheTime(tokens, subject.head, auxiliary, verb)) return undefined;
  // `If the on-call does not acknowledge within five minutes, the page escalates`, `When the reviewer does not test
  // the change, the bot blocks the merge`: a duty supposed undone, as a policy says what happens then; not `When the
  // reviewer did not test the change, the bug shipped`, which tells of one time.
  if (supposesClause(tokens, subject, auxiliary, (token) => PRESENT_DO.has(token.lower))) return undefined;
  if (subject.kind === 'possible-person' && ANSWERING.has(lemma) && !answersPeople(tokens, verb)) return undefined;
  return { ...tokenSpan(tokens, subject.first, verb), kind: 'person-mistake', namesPerson: true };
}

/** `decided not to`, `chose not to`, `opted not to`: the `not` at `index` denies the act decided on. */
function decidedAgainst(tokens: readonly Token[], index: number): boolean {
  const decision = tokens[index - 1];
  return isPastVerb(decision) && DECIDED.has(decision.lemma) && tokens[index + 1]?.lower === 'to';
}

/**
 * `Kim didn't answer her phone`, `did not respond to any of the pages`: what the verb at `verb` answers is a signal
 * meant for people; `Prow did not respond to any GitHub events` is a program's silence.
 */
function answersPeople(tokens: readonly Token[], verb: number): boolean {
  return wordWithin(tokens, verb + 1, ANSWERED_REACH, REACHES_PEOPLE);
}

/** How far after a duty undone in the passive its `by` may stand: `wasn't reported to the FAA by the controller`. */
const UNDONE_AGENT_REACH = 6;
/** What opens an agent who stands for anyone of a kind: `was not reviewed by a second engineer`. */
const ANY_OF_A_KIND = words('a an any another');

/**
 * `wasn't reported by either the air-traffic controller or his supervisor`, `The alert was not acknowledged by the
 * on-call engineer`: a duty left undone, told in the passive, with a person as its agent. Not anyone of a kind (`was
 * not reviewed by a second engineer` tells of a step the process lacked), nor a program.
 */
function undoneByPerson(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (tokens[index]!.lemma !== 'not') return undefined;
  // `had not been activated by the driver`: the perfect's `been` after the negation.
  const perfect = isWordIn(tokens[index - 1], PERFECT_AUXILIARIES) && tokens[index + 1]?.lower === 'been';
  if (!perfect && !isWordIn(tokens[index - 1], BE_FORMS)) return undefined;
  const duty = skipBetween(tokens, perfect ? index + 2 : index + 1);
  if (!isHumanAct(tokens[duty]) || !isPastVerb(tokens[duty])) return undefined;
  const agent = passiveAgent(tokens, duty, UNDONE_AGENT_REACH);
  if (agent === undefined || !personAt(agent) || isWordIn(tokens[agent.first], ANY_OF_A_KIND)) return undefined;
  return { ...tokenSpan(tokens, index - 1, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/**
 * `A valve was not properly closed, which resulted in`, `the patch was not correctly applied`: in a root cause, a duty
 * done badly, told in the passive with no agent, is a slip with its person left out. With an agent it is the agent's
 * (see `undoneByPerson`) or a program's.
 */
function undoneImproperly(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  if (!rootCause || tokens[index]!.lemma !== 'not' || !isWordIn(tokens[index - 1], BE_FORMS)) return undefined;
  // `was not properly closed`, or the manner after the act: `was not secured properly`.
  const before = isWordIn(tokens[index + 1], BADLY);
  const duty = before ? index + 2 : index + 1;
  if (!before && !isWordIn(tokens[duty + 1], BADLY)) return undefined;
  if (!isHumanAct(tokens[duty]) || !isPastVerb(tokens[duty])) return undefined;
  // `were not properly drained because the script timed out`: the clause gives its cause.
  if (passiveAgent(tokens, duty, UNDONE_AGENT_REACH) !== undefined || causeFollows(tokens, duty)) return undefined;
  return { ...tokenSpan(tokens, index - 1, before ? duty : duty + 1), kind: 'human-error', namesPerson: false };
}

/**
 * `we did not know which service was failing`, `I didn't understand why`, `didn't know how to fix it`, `users do
 * not know each other's addresses`: not knowing, told by the writer of themselves or the team, a skill not
 * taught, or how things stand in the present, is no fault of a person. Nor is what the writer does not see, think or
 * remember as they write: `I don't see how the tests passed`, `I don't think the job ran`, nor news just told that
 * they had not noticed (see `newsTold`).
 */
/** Remembering: told in the present, what a person recalls as they are asked, not what they did. */
const MEMORY = words('remember recall recollect');

function knownAtTheTime(tokens: readonly Token[], subject: number, auxiliary: number, verb: number): boolean {
  const writer = isWordIn(tokens[subject], FIRST_PERSON);
  const present = isWordIn(tokens[auxiliary], PRESENT_DO);
  // `The operator does not remember the incident`: what a person recalls now, not a duty then.
  if (present && isLemmaIn(tokens[verb], MEMORY)) return true;
  if (!KNOWS.has(tokens[verb]!.lemma))
    return writer && (present || newsTold(tokens, verb + 1)) && ATTENTION.has(tokens[verb]!.lemma);
  const skill = tokens[verb + 1]?.lower === 'how' && tokens[verb + 2]?.lower === 'to';
  return skill || writer || present;
}

/** How many words may stand between `that was` and the end of what it was said to be: `that was a thing`. */
const NEWS_REACH = 2;

/**
 * `that.`, `this,`, `that was the case`, `this was possible`: a demonstrative alone, or said to be the case, true,
 * possible or a thing, points back at what someone just told (see `NEWS_TOLD`); not `that the flag was global`.
 */
function newsTold(tokens: readonly Token[], index: number): boolean {
  if (!isWordIn(tokens[index], POINTING_BACK)) return false;
  if (!isWord(tokens[index + 1])) return true;
  if (!isWordIn(tokens[index + 1], BE_FORMS)) return false;
  for (let i = index + 2; i <= index + 2 + NEWS_REACH && isWord(tokens[i]); i++)
    if (isWordIn(tokens[i], NEWS) && !isWord(tokens[i + 1])) return true;
  return false;
}

/** What opens a verb's object: `not follow the runbook`, `not understood how the cache works`. */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);
const WH_WORDS = words('how what why which where when that');

/**
 * `support engineer not follow the runbook steps`, `junior dev not understood how cache invalidation work`: a
 * clause written tersely, with no auxiliary, as chat and non-native writing do: `not` right after a noun, then a
 * duty in its base form, or in the past with an object after it; or right after `and`, the subject the clause
 * before's (`Mehmet did the deploy and not checked the logs after`). Not the terse passive: `on-call not paged until
 * 10:05`.
 */
function terseNegation(tokens: readonly Token[], index: number): boolean {
  const subject = tokens[index - 1];
  const joined = subject?.lower === 'and' && isWord(tokens[index - 2]);
  if (!isWord(subject) || (subject.pos !== 'NOUN' && subject.pos !== 'PROPN' && !joined)) return false;
  const duty = dutyAt(tokens, index + 1);
  if (duty < 0) return false;
  const verb = tokens[duty]!;
  if (verb.lower === verb.lemma) return true;
  const next = tokens[duty + 1];
  return isWord(next) && (OBJECT_OPENERS.has(next.pos) || WH_WORDS.has(next.lower));
}

/**
 * `the issue stemmed from employees not properly completing an operational function`, `due to the engineer not
 * testing the change`: a gerund clause with a subject of its own, `not` right after it, then a duty in `-ing`. Standard
 * English, in any section.
 */
function negatedGerundClause(tokens: readonly Token[], index: number): boolean {
  const subject = tokens[index - 1];
  if (!isWord(subject) || (subject.pos !== 'NOUN' && subject.pos !== 'PROPN')) return false;
  return isDutyGerund(tokens[skipBetween(tokens, index + 1)]);
}

const TELLS_OR_NOTICES = wordsOf(ABSENCE_REPORTS);

/**
 * `did not report any mechanical malfunctions`, `didn't notice anything unusual`: telling or noticing, negated before
 * `any` and a noun or before `anything`, reports that there was none; not `any of the alarms`, which were there.
 */
function reportsAbsence(tokens: readonly Token[], verb: number): boolean {
  if (!isLemmaIn(tokens[verb], TELLS_OR_NOTICES)) return false;
  const object = tokens[verb + 1];
  return object?.lower === 'anything' || (object?.lower === 'any' && tokens[verb + 2]?.lower !== 'of');
}

/** `I have never seen this before`: the perfect of experience, of a duty of attention, tells of no duty undone. */
function experienced(tokens: readonly Token[], never: number, verb: number): boolean {
  const present = isWordIn(tokens[never - 1], PRESENT_PERFECT);
  return tokens[never]!.lower === 'never' && present && ATTENTION.has(tokens[verb]!.lemma);
}

/**
 * `Why didn't the engineer test it in staging?`: the omission asked as a question, its subject after the negation. Not
 * what the writer did not know (`Why didn't I know about this sooner?`; see `knownAtTheTime`).
 */
function askedOmission(tokens: readonly Token[], why: number, after: number): DetectionDraft | undefined {
  const subject = subjectAfter(tokens, after);
  if (!namesPerson(subject, true)) return undefined;
  // After its subject the verb is bare, which the model may read as a noun (`the engineer test it`).
  const verb = skipBetween(tokens, subject.end);
  if (!isWord(tokens[verb]) || !DUTY_LEMMAS.has(tokens[verb]!.lemma)) return undefined;
  // `Why didn't I know about this sooner?`: the writer asks what kept them from knowing, as they would tell it.
  if (knownAtTheTime(tokens, subject.head, why + 1, verb)) return undefined;
  return { ...tokenSpan(tokens, why, verb), kind: 'person-mistake', namesPerson: true };
}

/** What may stand between the duty and an omission told by its auxiliary alone: `but`, `and`, `obviously`. */
const ELLIPSIS_LINKS = words('but and yet obviously clearly evidently apparently');

/**
 * `I thought I had tested enough, obviously I didn't.`, `I only need to click one button to back it up and I didn't.`:
 * a negated auxiliary that ends the sentence stands for the duty named before it, left undone by the person. Not
 * `so I didn't`, which gives the reason, nor a program that didn't.
 */
function elidedOmission(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const auxiliary = index - 1;
  const negatedAuxiliary = isWordIn(tokens[auxiliary], DO_FORMS) || isWordIn(tokens[auxiliary], PERFECT_AUXILIARIES);
  if (tokens[index]!.lemma !== 'not' || !negatedAuxiliary) return undefined;
  if (tokens.slice(index + 1).some(isWord)) return undefined;
  const subject = subjectBefore(tokens, auxiliary);
  const link = tokens[subject.first - 1];
  if (!namesPeople(tokens, subject) || !(link?.text === ',' || isWordIn(link, ELLIPSIS_LINKS))) return undefined;
  // The model reads the `back` of `back it up` as an adverb now and then: a duty's word that is no noun counts.
  const duty = (token: Token) => DUTY_LEMMAS.has(token.lemma) && token.pos !== 'NOUN';
  let verb = subject.first - 1;
  while (verb >= 0 && tokens[verb]!.pos !== 'VERB' && !duty(tokens[verb]!)) verb--;
  if (verb < 0 || !duty(tokens[verb]!)) return undefined;
  return { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
}

/** How far before `but` the obligation may stand: `was supposed to rotate the signing keys every quarter but`. */
const OBLIGATION_REACH = 12;

/**
 * `Bob was supposed to rotate the keys but never did`, `was asked to check the replica but didn't`: a negation that
 * ends the sentence after `but` stands for the act a person was to do (see `OBLIGED_ACTS`).
 */
function obligedButNot(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!isNegation(tokens[index])) return undefined;
  const after = isWordIn(tokens[index + 1], DO_FORMS) ? index + 2 : index + 1;
  if (tokens.slice(after).some(isWord)) return undefined;
  const but = isWordIn(tokens[index - 1], DO_FORMS) ? index - 2 : index - 1;
  if (tokens[but]?.lower !== 'but') return undefined;
  for (let i = but - 1; i > 0 && but - i <= OBLIGATION_REACH; i--) {
    if (!isWordIn(tokens[i], OBLIGED) || tokens[i + 1]?.lower !== 'to' || !isWordIn(tokens[i - 1], BE_FORMS)) continue;
    const subject = subjectBefore(tokens, i - 1);
    if (!namesPeople(tokens, subject)) return undefined;
    return { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
  }
  return undefined;
}

/** `Engineers must stop ignoring alerts`, `The team needs to stop skipping review`: a practice people must stop. */
function practiceStopped(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!STOPPED.has(tokens[index]!.lower) || !isWordIn(tokens[index - 1], STOPPING)) return undefined;
  let asker = index - 2;
  if (tokens[asker]?.lower === 'to' && isWordIn(tokens[asker - 1], ASKING_TO)) asker--;
  else if (!isWordIn(tokens[asker], MODALS)) return undefined;
  const subject = subjectBefore(tokens, asker);
  if (isWordIn(tokens[subject.head], FIRST_PERSON_PLURAL)) return undefined;
  if (!namesPeople(tokens, subject) && subject.kind !== 'group') return undefined;
  return { ...tokenSpan(tokens, subject.first, index), kind: 'judgement', namesPerson: false };
}

/** `nor did he adequately test the change`. */
function norDid(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (tokens[index]!.lower !== 'nor' || !isWordIn(tokens[index + 1], DO_FORMS)) return undefined;
  const subject = subjectAfter(tokens, index + 2);
  if (!personAt(subject)) return undefined;
  const verb = dutyAt(tokens, subject.end);
  if (verb < 0) return undefined;
  return { ...tokenSpan(tokens, index, verb), kind: 'person-mistake', namesPerson: true };
}

/** Participles before `by` that make what follows a cause: `caused by not restarting`, `triggered by`. */
const CAUSED = words(`caused triggered`);

/** `for not running the tests`, `by never checking`: a negated gerund that says what was left undone, as `without`. */
const NEGATED_GERUND_OPENERS = words(`for by`);
const GERUND_NEGATIONS = words(`not never`);

/**
 * `Maria deployed without running the tests`, `looked over it without being thorough`, `I apologize for not
 * running the tests`.
 */
function without(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  const negatedGerund =
    isWordIn(tokens[index], GERUND_NEGATIONS) &&
    isWordIn(tokens[index - 1], NEGATED_GERUND_OPENERS) &&
    tokens[index + 1]?.lower.endsWith('ing') === true;
  if (tokens[index]!.lower !== 'without' && !negatedGerund) return undefined;
  // `unavailable, caused by not restarting the Celery service`: the omission is named as a cause, by nobody.
  if (negatedGerund && isWordIn(tokens[index - 2], CAUSED)) return undefined;
  // `closed the ticket without to inform the customer`: the infinitive, as some write it for the gerund.
  const infinitive = tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
  const verb = infinitive ? index + 2 : skipBetween(tokens, index + 1);
  const token = tokens[verb];
  if (!isWord(token)) return undefined;
  const dutyDone = infinitive ? DUTY_LEMMAS.has(token.lemma) : isDutyGerund(token);
  // `merged it without review`, `without any testing`, `without the required peer review`.
  let noun = verb;
  while (
    !isWordIn(tokens[noun], CHECK_NOUNS) &&
    noun - verb < CHECK_REACH &&
    isWord(tokens[noun + 1]) &&
    (isWordIn(tokens[noun], CHECK_DETERMINERS) ||
      tokens[noun]!.pos === 'ADJ' ||
      tokens[noun]!.pos === 'NOUN' ||
      tokens[noun]!.pos === 'VERB')
  )
    noun++;
  const duty = dutyDone || isWordIn(tokens[noun], CHECK_NOUNS);
  const careless = token.lower === 'being' && isWordIn(tokens[verb + 1], CAREFUL);
  if (!duty && !careless) return undefined;
  // `changes deployed without enough review`: the changes went out so, nobody is named.
  if (isReducedPassive(tokens, index - 1) || avoidedAct(tokens, index)) return undefined;
  const last = careless ? verb + 1 : dutyDone ? verb : noun;
  // `Without thinking, I hit delete`: a phrase that opens the clause, its subject after the comma.
  const opening = clauseSubject(tokens, index).kind === 'none' && tokens[last + 1]?.text === ',';
  const { subject, from } = opening
    ? { subject: subjectAfter(tokens, last + 2), from: index }
    : actingSubject(tokens, index);
  // `We deployed without running the tests`, in a root cause: the writers' own check left out, told as the cause.
  const done = opening ? isPastVerb(tokens[subject.head + 1]) : pastActBefore(tokens, index);
  if (rootCause && !careless && writersOwn(tokens, subject) && done)
    return {
      ...tokenSpan(tokens, opening ? index : from, opening ? subject.head : last),
      kind: 'human-error',
      namesPerson: false,
    };
  if (!namesPeople(tokens, subject)) return undefined;
  if (opening) return { ...tokenSpan(tokens, index, subject.head), kind: 'person-mistake', namesPerson: true };
  return {
    ...tokenSpan(tokens, from, last),
    kind: careless ? 'judgement' : 'person-mistake',
    namesPerson: true,
  };
}

/** Whether the verb a `without` at `index` qualifies was done, in the past: not `We cannot deploy without`. */
function pastActBefore(tokens: readonly Token[], index: number): boolean {
  const verb = mainVerbsBefore(tokens, index, WITHOUT_REACH).next();
  return !verb.done && isPastVerb(tokens[verb.value]) && !deniedInClause(tokens, verb.value);
}

/**
 * `to avoid having services down without noticing`, `prevents deploys going out without review`: the act the phrase at
 * `index` qualifies is one a verb of avoiding governs, a verb between them, in the same clause: it is not done.
 */
function avoidedAct(tokens: readonly Token[], index: number): boolean {
  let governed = false;
  for (let i = index - 1; i >= 0 && index - i <= WITHOUT_REACH && tokens[i]!.kind !== 'punct'; i--) {
    if (isLemmaIn(tokens[i], AVOIDING_VERBS)) return governed;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') governed = true;
  }
  return false;
}

/** How far back the verb a `without` phrase qualifies may stand: `merged the change into main without`. */
const WITHOUT_REACH = 8;

/**
 * Who did what the phrase at `index` qualifies, and where the words that say so start: the clause's subject, or the
 * subject of the nearest verb before it (`The likely answer is that somebody merged without`), or that verb's agent
 * in the passive, from the verb (`The reindex was started by Maria without`).
 */
function actingSubject(tokens: readonly Token[], index: number): { subject: Subject; from: number } {
  const subject = clauseSubject(tokens, index);
  if (subject.kind !== 'thing' && subject.kind !== 'none') return { subject, from: subject.first };
  const verb = mainVerbsBefore(tokens, index, WITHOUT_REACH).next();
  if (verb.done) return { subject, from: subject.first };
  // `A change pushed by a junior developer without review`: a participle with its agent is a passive without `was`.
  const passive = isPassive(tokens, verb.value) || tokens[verb.value + 1]?.lower === 'by';
  const agent = passive ? passiveAgent(tokens, verb.value, index - verb.value) : undefined;
  if (agent) return { subject: agent, from: verb.value };
  const before = subjectBefore(tokens, verb.value);
  return { subject: before, from: before.first };
}

/** A participle right after a noun (`changes deployed`), not after a person (`Maria deployed`). */
function isReducedPassive(tokens: readonly Token[], index: number): boolean {
  const participle = tokens[index];
  const noun = tokens[index - 1];
  if (!isWord(participle) || !isWord(noun) || participle.pos !== 'VERB' || !participle.lower.endsWith('ed'))
    return false;
  return noun.pos === 'NOUN' && subjectBefore(tokens, index).kind === 'thing';
}

/** Words after the subject its verb may stand: `Instead of copying it, I instead for some reason used`. */
const OPENING_VERB_REACH = 6;

/**
 * `Priya ran the cleanup job in production instead of staging`; in a root cause, a diary's `Pushed to master instead of
 * creating a new branch`, its writer left out.
 */
/** A verb at `index`, or a past the model read as an adjective right after its subject: `A trader keyed in 300m`. */
function actsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.pos === 'VERB') return true;
  const after = tokens[index - 1]?.pos ?? '';
  return (
    token.pos === 'ADJ' && token.lower.endsWith('ed') && (after === 'NOUN' || after === 'PROPN' || after === 'PRON')
  );
}

function insteadOf(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  if (!INSTEAD.has(tokens[index]!.lower) || tokens[index + 1]?.lower !== 'of') return undefined;
  // `he ran it on db1, instead of db2`: the subject of the verb before; `Instead of using a
  // library, someone wrote code`: the subject after the comma.
  // `chose to restart the primary instead of`: past `to`, the verb that has the subject.
  let subject = clauseSubject(tokens, index);
  for (let verb = index - 1; verb >= 0 && !(tokens[verb]!.kind === 'punct' && tokens[verb]!.text !== ','); verb--) {
    // `..., and the tracking system tracks page numbers instead of ballots`: a clause of its own opens at `, and`.
    if (tokens[verb]!.pos === 'CCONJ' && tokens[verb - 1]?.text === ',') {
      subject = subjectAfter(tokens, verb + 1);
      break;
    }
    if (!actsAt(tokens, verb) || tokens[verb - 1]?.lower === 'to') continue;
    subject = subjectBefore(tokens, verb);
    const firstWord = tokens.findIndex(isWord);
    if (rootCause && subject.kind !== 'person' && writerLeftOut(tokens, firstWord, verb))
      return { ...tokenSpan(tokens, verb, index + 1), kind: 'person-mistake', namesPerson: true };
    break;
  }
  let [from, to] = [subject.head + 1, index];
  if (subject.kind === 'none') {
    subject = subjectAfterOpening(tokens, index);
    [from, to] = [subject.head + 1, Math.min(tokens.length, subject.head + 1 + OPENING_VERB_REACH)];
  }
  if (!namesPeople(tokens, subject)) return undefined;
  // `they were returning a 404`: what only a program does is no act of a person's, when the subject may be a program.
  const actsAsPerson = (token: Token) => subject.kind === 'person' || !isLemmaIn(token, PROGRAMS_DO);
  let acted = false;
  for (let i = from; i < to; i++)
    if ((actsAt(tokens, i) && actsAsPerson(tokens[i]!)) || doesAsMainVerb(tokens, i)) acted = true;
  if (!acted) return undefined;
  return {
    ...tokenSpan(tokens, Math.min(subject.first, index), Math.max(index + 1, subject.head)),
    kind: 'person-mistake',
    namesPerson: true,
  };
}

/** How many commas an opening `Instead of` clause may hold: `Instead of taking a step back, consulting ITS, ...`. */
const OPENING_COMMAS = 3;

/**
 * The subject after an opening `Instead of` clause: after the first comma that a person follows, as the clause may
 * list what was not done (`Instead of taking a step back, consulting with ITS and planning a new deployment, I forged
 * ahead`).
 */
function subjectAfterOpening(tokens: readonly Token[], index: number): Subject {
  let subject: Subject = { kind: 'none', first: -1, head: -1 };
  for (let i = index + 1, commas = 0; i < tokens.length && commas < OPENING_COMMAS; i++) {
    if (tokens[i]!.text !== ',') continue;
    commas++;
    subject = subjectAfter(tokens, i + 1);
    if (namesPeople(tokens, subject)) break;
  }
  return subject;
}

/** `did a re-install`, `does a force push`: `do` with an object of its own is the act, whatever its tag. */
function doesAsMainVerb(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.lemma === 'do' && isWordIn(tokens[index + 1], DETERMINERS);
}

/** `the on-call was slow to respond`, `Luis was too slow to escalate`. */
function slow(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const hasty = HASTY.has(tokens[index]!.lower) && tokens[index - 1]?.lower === 'too';
  if (!SLOW.has(tokens[index]!.lower) && !hasty) return undefined;
  let be = index - 1;
  while (isWordIn(tokens[be], DEGREE) && index - be < 3) be--;
  if (!isWordIn(tokens[be], BE_FORMS)) return undefined;
  if (tokens[index + 1]?.lower !== 'to') return slowResponse(tokens, be, index);
  const subject = subjectBefore(tokens, be);
  // `The SRE team was too slow to react`: a team judged as a person is.
  if (!personAt(subject) && !namesTeam(tokens, subject)) return undefined;
  return {
    ...tokenSpan(tokens, subject.first, index + 2 < tokens.length && isWord(tokens[index + 2]) ? index + 2 : index + 1),
    kind: 'judgement',
    namesPerson: true,
  };
}

/**
 * `Sam's rollback was way too slow`, `the on-call engineer's response was too slow`: a person's act of response,
 * named by the person's possessive right before it, judged slow (see `RESPONSES_JUDGED`).
 */
function slowResponse(tokens: readonly Token[], be: number, index: number): DetectionDraft | undefined {
  const act = be - 1;
  const owner = tokens[act - 1];
  if (!isWordIn(tokens[act], RESPONSE_ACTS) || !isWord(owner) || !isPossessive(owner)) return undefined;
  if (!personAt({ kind: classifyWord(tokens, act - 1), first: act - 1, head: act - 1 })) return undefined;
  return { ...tokenSpan(tokens, act - 1, index), kind: 'judgement', namesPerson: true };
}

/** `an engineer applied the update too broadly`: a person's act judged excessive. */
function tooMuch(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (tokens[index]!.lower !== 'too' || !isWordIn(tokens[index + 1], EXCESSIVE)) return undefined;
  for (const verb of mainVerbsBefore(tokens, index, EXCESS_REACH)) {
    const subject = subjectBefore(tokens, verb);
    if (personAt(subject))
      return { ...tokenSpan(tokens, subject.first, index + 1), kind: 'judgement', namesPerson: true };
    // `applied a system configuration update too broadly`: the model may read a compound's last noun as a verb.
    if (tokens[verb - 1]?.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** `be more careful`, `being more vigilant`, `were not careful enough`. */
function moreCare(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (CARE_NOUNS.has(tokens[index]!.lower)) return careGiven(tokens, index);
  if (!CAREFUL.has(tokens[index]!.lower)) return undefined;
  const more = tokens[index - 1]?.lower === 'more' ? index - 1 : index;
  const be = tokens[more - 1];
  if (more < index && isWordIn(be, words('be being')))
    return deniedInClause(tokens, more - 1)
      ? undefined
      : { ...tokenSpan(tokens, more - 1, index), kind: 'judgement', namesPerson: false };
  if (isWordIn(be, PRESENT_BE) && careEnsured(tokens, more - 1))
    return { ...tokenSpan(tokens, more - 1, index), kind: 'judgement', namesPerson: false };
  if (
    tokens[index - 1]?.lower === 'not' &&
    isWordIn(tokens[index - 2], BE_FORMS) &&
    personAt(subjectBefore(tokens, index - 2))
  ) {
    return { ...tokenSpan(tokens, index - 2, index), kind: 'judgement', namesPerson: true };
  }
  return notEnoughCare(tokens, index);
}

/** `Make sure people are more careful`: care asked of people, right after a word that asks for it (`CARE_ENSURED`). */
function careEnsured(tokens: readonly Token[], be: number): boolean {
  const subject = subjectBefore(tokens, be);
  // `people` in general are asked too: nobody in particular, but the remedy is the same.
  if (!namesPeople(tokens, subject) && subject.kind !== 'group') return false;
  // The model may read an opening `Ensure` into the noun phrase after it; `Ensure that operators are ...`.
  let asker = isWordIn(tokens[subject.first], ENSURING) ? subject.first : subject.first - 1;
  if (tokens[asker]?.lower === 'that') asker--;
  return isWordIn(tokens[asker], ENSURING);
}

/** How far before `careful enough` its negation may stand: `didn't coordinate the rollout carefully enough`. */
const NOT_ENOUGH_REACH = 5;

/** `I didn't coordinate carefully enough`, `We weren't careful enough`: care said to have fallen short, by people. */
function notEnoughCare(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (tokens[index + 1]?.lower !== 'enough') return undefined;
  for (let i = index - 1; i >= 0 && index - i <= NOT_ENOUGH_REACH && isWord(tokens[i]); i--) {
    if (!NEGATIONS.has(tokens[i]!.lower)) continue;
    // `Testing in staging not thorough enough`: a negation with no verb of its own says nothing of people.
    if (tokens[i - 1]?.pos !== 'AUX' && !tokens[i]!.lower.endsWith("n't")) return undefined;
    const subject = subjectBefore(tokens, i);
    const people = namesPeople(tokens, subject) || isWordIn(tokens[subject.head], FIRST_PERSON_PLURAL);
    if (!people) return undefined;
    const first = tokens[i]!.lower === "n't" ? i - 1 : i;
    return { ...tokenSpan(tokens, first, index + 1), kind: 'judgement', namesPerson: personAt(subject) };
  }
  return undefined;
}

/** `pay more attention`, `exercise greater caution`. */
function careGiven(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const verb = index - 2;
  if (!isWordIn(tokens[index - 1], MORE) || !isLemmaIn(tokens[verb], GIVES_CARE)) return undefined;
  // `more caution flags`: the care word modifies a noun.
  if (tokens[index + 1]?.pos === 'NOUN' || deniedInClause(tokens, verb)) return undefined;
  return { ...tokenSpan(tokens, verb, index), kind: 'judgement', namesPerson: false };
}

/**
 * `I dropped the production database`: a person destroying something live; in a root cause,
 * `Kevin pushed the change to prod`: a person changing something live.
 */
function destroyed(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const verb = tokens[index]!;
  const power = cutsPower(tokens, index);
  const destructive = DESTRUCTIVE.has(verb.lemma) || takesDown(tokens, index) || power;
  const believedWrongly = actedInWrongBelief(tokens, index);
  // `I ran the migration against prod thinking it was staging`: a risky act in a mistaken belief, anywhere.
  const misbelieved = RISKY.has(verb.lemma) && believedWrongly;
  if (!(destructive || misbelieved || (sentence.rootCause && RISKY.has(verb.lemma))) || verb.pos !== 'VERB')
    return undefined;
  // `I deleted nothing`, `I did not delete any branch`: nothing destroyed. `The backup failed before the engineer
  // deleted the table`: what came after.
  if (nothingDone(tokens, index + 1) || deniedInClause(tokens, index) || cameLater(tokens, index)) return undefined;
  if (firstMatch(tokens, index, GIVEN_UP)) return undefined;
  // `Following the runbook, the operator deleted the lock file`: the act kept to the procedure.
  if (sentence.keepsToProcedure) return undefined;
  if (isPassive(tokens, index)) return doneByPerson(tokens, index);
  const subject = subjectBefore(tokens, index);
  // `Our out-sourced operations team broke the portal of a large customer`: a named team as a person.
  if (!namesPeople(tokens, subject) || isWordIn(tokens[subject.first - 1], HYPOTHETICAL)) return undefined;
  let live = false;
  for (let i = index + 1; i <= index + OBJECT_REACH && i < tokens.length && !live; i++)
    live = PRODUCTION.has(tokens[i]!.lower);
  if (!destructive)
    return live || misbelieved
      ? { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true }
      : undefined;
  // `disconnected a power supply, causing a surge`: the act is named as the cause.
  const harmful = live || harmFollows(tokens, index) || believedWrongly;
  // In a root-cause section what a person destroyed is the cause, when the person is surely one;
  // taking something down is everyday work unless what went down was live.
  if (!harmful && !(sentence.rootCause && subject.kind === 'person' && (DESTRUCTIVE.has(verb.lemma) || power)))
    return undefined;
  return { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
}

/** `deleted the volume believing it was unused`: a belief, in the act's clause, that something was so. */
function actedInWrongBelief(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length && tokens[i]!.kind !== 'punct'; i++) {
    if (!BELIEFS.has(tokens[i]!.lower)) continue;
    for (let j = i + 1; j <= i + BELIEF_REACH && isWord(tokens[j]); j++) if (PAST_BE.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** `cut the power`, `kicked loose the power cable`, `flipped the breaker`; not `turned the power back on`. */
function cutsPower(tokens: readonly Token[], index: number): boolean {
  if (!ACTS_ON_POWER.has(tokens[index]!.lower)) return false;
  for (let i = index + 1; i <= index + DOWN_REACH && isWord(tokens[i]); i++) {
    if (tokens[i]!.lower === 'back') return false;
    // `turned the power back on`, but `pulled the plug on the array`.
    if (POWER.has(tokens[i]!.lower))
      return !(
        tokens[i + 1]?.lower === 'back' ||
        (tokens[i + 1]?.lower === 'on' && !isWordIn(tokens[i + 2], DETERMINERS))
      );
  }
  return false;
}

/** `brought down the network`, `took the site offline`. */
function takesDown(tokens: readonly Token[], index: number): boolean {
  if (!TAKES_DOWN.has(tokens[index]!.lemma)) return false;
  return wordWithin(tokens, index + 1, DOWN_REACH, DOWN);
}

/** `The database was dropped by an engineer`: the person who did it, named as the agent. */
function doneByPerson(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const agent = passiveAgent(tokens, index, AGENT_REACH);
  return agent && personAt(agent)
    ? { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true }
    : undefined;
}

/**
 * `a network technician brought the device online with a bad configuration`, `someone pushed a
 * broken config`: a person acting with something wrong. Finding or undoing the wrong thing is not.
 */
function wrongObject(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  if (!WRONG.has(tokens[index]!.lower)) return undefined;
  const relative = wrongThingAPersonMade(tokens, index);
  if (relative) return relative;
  // `oncall guy restart wrong pod`: chat and non-native writing leave the article out after the verb.
  // `did wrong configuration on customer account`: `do` as the main verb.
  const verbBefore = tokens[index - 1]?.pos === 'VERB' || isWordIn(tokens[index - 1], DO_FORMS);
  const bare = WRONG_BARE.has(tokens[index]!.lower) && verbBefore && tokens[index + 1]?.pos === 'NOUN';
  if (!bare && !isWordIn(tokens[index - 1], ARTICLES)) return undefined;
  const before = bare ? index - 1 : index - 2;
  // `he threw the wrong switch`: the subject of the verb that acted on it, else the clause's.
  const nearest = actingVerb(tokens, before) >= 0 ? actingVerb(tokens, before) : gerundOfPerson(tokens, before);
  const ofVerb = nearest >= 0 ? subjectBefore(tokens, nearest) : undefined;
  // `the configuration file referenced the wrong kickstart`: a noun for a thing right before the acting verb is its
  // subject, whoever the clause's is.
  if (ofVerb?.kind === 'thing' && ofVerb.head === nearest - 1 && tokens[ofVerb.head]!.pos === 'NOUN') return undefined;
  const subject = ofVerb && personAt(ofVerb) ? ofVerb : clauseSubject(tokens, index);
  // `followed the link, which pointed to the wrong dashboard`: a thing did it, whoever the clause names.
  if (tokens.slice(subject.head + 1, index).some((token) => token.lower === 'which')) return undefined;
  // `Released the package from the wrong branch`: in a root cause, a diary's note whose writer is left out.
  const firstWord = tokens.findIndex(isWord);
  const noted = nearest >= 0 ? nearest : firstWord;
  if (
    rootCause &&
    !personAt(subject) &&
    noted >= 0 &&
    !REMEDIES.has(tokens[noted]!.lemma) &&
    writerLeftOut(tokens, firstWord, noted)
  )
    return {
      ...tokenSpan(tokens, noted, index + (isWord(tokens[index + 1]) ? 1 : 0)),
      kind: 'human-error',
      namesPerson: false,
    };
  if (!personAt(subject) || supposesClause(tokens, subject, nearest)) return undefined;
  const verbs: number[] = [];
  for (let i = subject.head + 1; i < index; i++) if (tokens[i]!.pos === 'VERB' || i === nearest) verbs.push(i);
  const repairable = isFaultyState(tokens[index]!.lower);
  const answers = (lemma: string) => REMEDIES.has(lemma) || (repairable && REPAIRS.has(lemma));
  if (verbs.length === 0 || verbs.some((verb) => answers(tokens[verb]!.lemma))) return undefined;
  // `The technician was sent to the wrong rack`: in the passive the person is the one acted on.
  const acting = verbs[verbs.length - 1]!;
  if (isPassive(tokens, acting)) return undefined;
  // `users can write an invalid expression`, `Inngest should mark the step as failed with an invalid expression`: what
  // may or should be done is no act done.
  if (verbs.some((verb) => isWordIn(tokens[beforeAdverbs(tokens, verb)], MODALS))) return undefined;
  return {
    ...tokenSpan(tokens, subject.first, index + (isWord(tokens[index + 1]) ? 1 : 0)),
    kind: 'person-mistake',
    namesPerson: true,
  };
}

const ARTICLES = words('a an the');

/** Words a gerund may stand before the wrong thing: `someone typing the command into the wrong window`. */
const GERUND_REACH = 6;

/** The gerund a person does a few words before `index`, or -1: `the cause was someone typing the command into`. */
function gerundOfPerson(tokens: readonly Token[], index: number): number {
  for (let i = index; i > 0 && index - i < GERUND_REACH; i--) {
    if (tokens[i]!.kind === 'punct') return -1;
    if (!tokens[i]!.lower.endsWith('ing')) continue;
    const doer = subjectBefore(tokens, i);
    return personAt(doer) && doer.head === i - 1 ? i : -1;
  }
  return -1;
}

/**
 * The verb at or shortly before `index` that acts on what follows, or -1. The model reads a verb
 * in `-s` as a plural noun now and then (`Bob clones the`): after a person, it is the verb.
 */
function actingVerb(tokens: readonly Token[], index: number): number {
  // `took down the wrong host`: a particle may stand between.
  const verb = isWordIn(tokens[index], PARTICLES) ? index - 1 : index;
  const token = tokens[verb];
  if (!isWord(token)) return -1;
  if (token.pos === 'VERB' || token.pos === 'AUX') return verb;
  return token.pos === 'NOUN' && token.lower !== token.lemma && personAt(subjectBefore(tokens, verb)) ? verb : -1;
}

/**
 * `errant input that Amazon engineers entered`, `an incorrect command entered by an S3 team member`:
 * a wrong thing, then the person who made it.
 */
function wrongThingAPersonMade(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const relative = index + 2;
  if (!isWord(tokens[index + 1])) return undefined;
  if (!isWordIn(tokens[relative], words('that which'))) return wrongThingMadeBy(tokens, index);
  const maker = subjectAfter(tokens, relative + 1);
  const verb = tokens[maker.end];
  if (!personAt(maker) || verb?.pos !== 'VERB' || REMEDIES.has(verb.lemma)) return undefined;
  return { ...tokenSpan(tokens, index, maker.end), kind: 'person-mistake', namesPerson: true };
}

/** Nouns of the wrong thing's phrase, at most this many: `an incorrect breaker operation sequence`. */
const WRONG_THING_NOUNS = 4;

/** The parts of speech of a noun phrase's nouns and of the participle after it. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB']);

/** A noun, the participle, or the `was quietly` of a passive between them. */
function inWrongThingPhrase(token: Token | undefined): boolean {
  return isWord(token) && (CONTENT_POS.has(token.pos) || token.pos === 'ADV' || BE_FORMS.has(token.lower));
}

/** `an incorrect command entered by an S3 team member`: the wrong thing, a participle, `by` and a person. */
function wrongThingMadeBy(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  // The model reads `a broken build deployed` as three verbs now and then: the participle is the word before `by`.
  let by = index + 2;
  while (by - index <= WRONG_THING_NOUNS + 3 && inWrongThingPhrase(tokens[by]) && tokens[by]!.lower !== 'by') by++;
  const verb = tokens[by - 1];
  if (tokens[by]?.lower !== 'by' || verb?.pos !== 'VERB' || verb.lower === verb.lemma || REMEDIES.has(verb.lemma))
    return undefined;
  const maker = subjectAfter(tokens, by + 1);
  if (!personAt(maker)) return undefined;
  return { ...tokenSpan(tokens, index, maker.end - 1), kind: 'person-mistake', namesPerson: true };
}

/** How far after `let` what lapsed may stand: `let the wildcard SSL certificate expire`. */
const LAPSE_REACH = 7;

/** `Bob let the certificate expire`, `the admin allowed the domain to lapse`. */
function letLapse(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (
    !LETS.has(tokens[index]!.lower) ||
    isWordIn(tokens[beforeAdverbs(tokens, index)], NEGATIONS) ||
    complementsBe(tokens, index)
  )
    return undefined;
  let lapse = index + 1;
  while (lapse <= index + LAPSE_REACH && isWord(tokens[lapse]) && !LAPSING.has(tokens[lapse]!.lemma)) lapse++;
  // `let the certificate expire`, which the tagger may read as a noun; not `allowed a lapse in coverage`.
  if (!isLemmaIn(tokens[lapse], LAPSING) || isWordIn(tokens[lapse - 1], DETERMINERS)) return undefined;
  const subject = subjectBefore(tokens, index);
  if (!namesPeople(tokens, subject) || isWordIn(tokens[subject.first - 1], HYPOTHETICAL)) return undefined;
  return { ...tokenSpan(tokens, subject.first, lapse), kind: 'person-mistake', namesPerson: true };
}

/**
 * `The officer on watch became distracted`, `the OOW was unaware of the deviation`: in a root cause, one person in a
 * state of lapsed attention (see `LAPSED_STATES`), unexplained by what follows it.
 */
function lapsedState(tokens: readonly Token[], index: number, rootCause: boolean): DetectionDraft | undefined {
  if (!rootCause || !isWordIn(tokens[index], LAPSED) || explainedLapse(tokens, index)) return undefined;
  const person = lapsedPerson(tokens, index);
  if (person) return person;
  const verb = beforeAdverbs(tokens, index);
  if (!isWordIn(tokens[verb], IN_STATE) || deniedInClause(tokens, index)) return undefined;
  // Not `Users were unaware of the outage`: those the incident befell.
  const subject = subjectBefore(tokens, verb);
  if (subject.kind !== 'person' || isWordIn(tokens[subject.head], AFFECTED_PEOPLE) || !namesPerson(subject, false))
    return undefined;
  return { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
}

/** How far after `by` the signal that distracted may stand: `by a second page`. */
const SIGNAL_REACH = 3;

/**
 * `unaware because the alert was muted`, `distracted by a second page`: the lapse at `index` explained by what follows
 * it, other than a distraction of the person's own (`distracted by his mobile phone`).
 */
function explainedLapse(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // `Engineers were unaware that the library cached DNS results`: what was not known, no lapse of attention.
  if (next?.lower === 'that') return true;
  if (!isWordIn(next, EXPLAINED)) return false;
  return next.lower !== 'by' || wordWithin(tokens, index + 2, SIGNAL_REACH, SIGNALS_SENT);
}

/** `distracted driver`: the lapse at `index` said of the person it stands before. */
function lapsedPerson(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  // Not `the engine problem distracted the pilot`, a verb with its object.
  const next = tokens[index + 1];
  if (!isWord(next) || next.pos === 'DET' || next.pos === 'PRON' || isWordIn(tokens[index - 1], BE_FORMS))
    return undefined;
  const noun = subjectAfter(tokens, index + 1);
  if (noun.kind !== 'person' || isWordIn(tokens[noun.head], AFFECTED_PEOPLE)) return undefined;
  return { ...tokenSpan(tokens, index, noun.end - 1), kind: 'person-mistake', namesPerson: true };
}

const FINDERS = [
  undoneByPerson,
  undoneImproperly,
  omission,
  obligedButNot,
  elidedOmission,
  norDid,
  without,
  insteadOf,
  slow,
  tooMuch,
  moreCare,
  wrongObject,
  letLapse,
  lapsedState,
  practiceStopped,
];
/** A remedy asks in the present by nature (`Operators must take more care`): read in a timeless sentence too. */
const REMEDY_FINDERS = [moreCare, practiceStopped];

function detectOmissions(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  const drafts: DetectionDraft[] = [];
  // `Sometimes an operator deletes the wrong volume`: what happens to anyone, not what someone did.
  const finders = sentence.timeless ? REMEDY_FINDERS : FINDERS;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if ((token.cues & CUE) !== 0) {
      for (const find of finders) {
        const draft = find(tokens, i, sentence.rootCause);
        if (draft) {
          drafts.push(draft);
          break;
        }
      }
    } else if (
      !sentence.timeless &&
      (DESTRUCTIVE.has(token.lemma) ||
        TAKES_DOWN.has(token.lemma) ||
        ACTS_ON_POWER.has(token.lower) ||
        RISKY.has(token.lemma))
    ) {
      const draft = destroyed(sentence, i);
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

/** `employees not completing`, `the engineer not properly testing`: what opens a negated gerund clause. */
const NEGATED_GERUNDS = [...DUTY_GERUNDS, ...BETWEEN].map((word) => `not ${word}`);

/** `we didn't`, `"we" didn't`, `we had never`: the writers' own act denied, as the text says it. */
const WRITERS_UNDONE = [compilePattern("we did|had not|n't|never"), compilePattern('we never')];

/**
 * Every finder needs a negated auxiliary or `never`, `without`, `instead`, a word of slowness or care, or a destructive
 * verb.
 */
export const omissionDetector: Detector = {
  find: detectOmissions,
  needs: [...CAREFUL, ...CARE_NOUNS],
  needsWithPerson: [
    ...NEGATED_AUXILIARIES,
    'never',
    'nor did',
    'nor does',
    // `decided not to page`, `chose not to`.
    'not to',
    'without',
    ...[...NEGATED_GERUND_OPENERS].map((opener) => `${opener} not`),
    ...NEGATED_GERUNDS,
    ...[...EXCESSIVE, ...HASTY].map((word) => `too ${word}`),
    ...INSTEAD,
    ...SLOW,
    ...WRONG,
    ...DESTRUCTIVE,
    ...TAKES_DOWN,
    ...ACTS_ON_POWER,
    ...LETS,
    // `ran the migration against prod thinking it was staging`.
    ...BELIEFS,
    ...[...STOPPED].flatMap((gerund) => [...STOPPING].map((stop) => `${stop} ${gerund}`)),
  ],
  needsInRootCause: RISKY,
  // `A valve was not properly closed`: a duty done badly, its person left out. `We deployed without running the
  // tests`: the writers' own check left out, though `we` names no person.
  // `we didn't run the CI job`: the writers' own duty left undone.
  needsAloneInRootCause: [
    ...[...BADLY].map((manner) => `not ${manner}`),
    ...[...BADLY].map((manner) => ({ word: manner, pattern: compilePattern(`not * ${manner}`) })),
    'without',
    ...WRITERS_UNDONE.map((pattern) => ({ word: 'we', pattern })),
  ],
};
