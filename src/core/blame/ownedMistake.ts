// A mistake that belongs to a person: `Bob's mistake`, `an error by the operator`,
// `the engineer was at fault`, `caused by the on-call engineer`.
import {
  compileList,
  compilePattern,
  firstMatch,
  listRequiredWords,
  matchAt,
  openingWords,
  requiredWords,
} from './patterns';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { bringsAbout, looksLikeName, supposedBefore, tokenSpan } from './sentence';
import {
  classifyWord,
  HUMAN_ROLE_WORDS,
  isPossessive,
  isTeamAt,
  withoutPossessive,
  type DoerKind as SubjectKind,
} from '../language/people';
import { namesPeople, namesPerson, namesTeam, passiveAgent, subjectAfter, subjectBefore } from '../language/subject';
import {
  type Token,
  afterAdverbs,
  beforeAdverbs,
  cue,
  hasCue,
  isPastVerb,
  isPluralNoun,
  isWord,
  isWordIn,
  NOUN_PHRASE_TAGS,
  VERB_TAGS,
} from '../language/tokens';
import { isHumanAct } from './omission';
import { deniedInClause } from '../language/denial';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import {
  BE_FORMS,
  DETERMINERS,
  INDEFINITE_ARTICLES,
  NEGATIONS,
  POSSESSIVE_DETERMINERS,
  words,
} from '../language/vocabulary/grammar';
import { MEASURE_NOUNS } from './words/framing';
import { BAD_QUALITIES } from './words/mistakeVerbs';
import { DESTRUCTIVE_ACTIONS, REMEDY_ACTIONS, WRONG_THINGS } from './words/omissions';
import {
  ADMISSIONS,
  APOLOGIES,
  APOLOGISED_ACTS,
  BREAKING_ACTS,
  DECLARED_FAULTS,
  DEEMING,
  DONE_BADLY,
  FAULT_FINDING,
  INCIDENTS,
  LAPSES_ON_THEIR_PART,
  MAKING_PARTICIPLES,
  PERSONAL_ACTS,
  PERSONAL_CHOICES,
  PERSONAL_FAULTS,
  PERSONAL_MISTAKES,
  PERSONAL_WORK,
  PLURAL_MISTAKES,
  SHARED_MISTAKES,
  SINGULAR_MISTAKES,
  SPACED_SLANG_MISTAKES,
  VERDICTS_ON_CONDUCT,
} from './words/ownedMistakes';

/** What belongs to a person by `of`: `the fault of the release manager` (judgement nouns are judgement's). */
const FAULTS_OF = wordsOf(PERSONAL_FAULTS);
/** What a person can own; `error` and `failure` also belong to programs (`the client's error`). */
const STRONGLY_HUMAN = new Set([...FAULTS_OF, ...wordsOf(PERSONAL_MISTAKES)]);
const OWNED = new Set([...wordsOf(SHARED_MISTAKES), ...STRONGLY_HUMAN]);
const SINGULAR = wordsOf(SINGULAR_MISTAKES);
const PLURAL = wordsOf(PLURAL_MISTAKES);
const SPACED_SLANG = wordsOf(SPACED_SLANG_MISTAKES);
const MEASURES = wordsOf(MEASURE_NOUNS);
const WRONG = wordsOf(WRONG_THINGS);
const MAKING = wordsOf(MAKING_PARTICIPLES);
const LAPSES = wordsOf(LAPSES_ON_THEIR_PART);
const ACTS = wordsOf(PERSONAL_ACTS);
const CHOICES = new Set([...wordsOf(PERSONAL_CHOICES), ...ACTS]);
const JUDGED_BAD = wordsOf(BAD_QUALITIES);
const FINDS_FAULT = wordsOf(FAULT_FINDING);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, SubjectKind> = new Map([
  ['my', 'person'],
  ['his', 'person'],
  ['her', 'person'],
  ['their', 'possible-person'],
  // `That is your fault`: the one addressed, a person's only with what only people have.
  ['your', 'possible-person'],
  // `Totally our fault!`, `The major mistake on our side was`: the writers owning what only people have.
  ['our', 'possible-person'],
]);
/** `my`, `his`, `her`: a person's for sure, as `Kevin's` is. */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(
  [...POSSESSIVE_PRONOUNS].filter(([, kind]) => kind === 'person').map(([pronoun]) => pronoun),
);
/** The forms of `be` before a verdict: `is`, `'m`, and `I'm` read as one word. */
const BE_BEFORE_VERDICT = "is|was|are|were|am|'m|’m|i'm|i’m";
/** `the Claimant was himself at fault`: the subject stressed between. */
const AT_FAULT = compilePattern(`${BE_BEFORE_VERDICT} {SELF}? to|at blame|fault`, {
  SELF: words('himself herself themselves myself ourselves yourself'),
});
/** `Mr. Squires being held solely to blame`, `the driver was found to blame`: a verdict found, as courts give it. */
const HELD_TO_BLAME = compilePattern(`${BE_BEFORE_VERDICT}|being|been held|found|deemed|judged {SHARE}? to blame`, {
  SHARE: words('solely wholly partly partially largely mainly entirely'),
});
/** `The air controller was wrong`, `the operator was mistaken`: a verdict on a person. */
const IN_THE_WRONG = compilePattern(`${BE_BEFORE_VERDICT} wrong|mistaken`);
/** `I'm the one to blame`, `Bob was the person to blame`. */
const ONE_TO_BLAME = compilePattern(`${BE_BEFORE_VERDICT} the one|ones|person|people|guy to blame`);
/** `I'm`, read as one word: its own subject. */
const I_AM = words("i'm i’m");
/** `the one to blame was the intern`: who is to blame, named after it. */
const TO_BLAME_IS = compilePattern('to blame is|was|are|were');
/** `was held responsible for six previous incidents`: the incidents pointed at, or counted. */
const RESPONSIBLE = compilePattern(
  'is|was|are|were|been held|found|deemed? responsible for {POINTERS} *? {INCIDENTS}',
  { INCIDENTS: wordsOf(INCIDENTS), POINTERS: words('the this that these those two three four five six seven eight') },
);
/** `Alex was responsible for the bad merge`: for work called bad. */
const RESPONSIBLE_FOR_FAULTY = compilePattern('is|was|are|were responsible for the|this|that|these|those {WRONG} *', {
  WRONG,
});
/** `It was found that a trader was responsible.`: responsible, in the past, for what the sentence is about. */
const RESPONSIBLE_ALONE = compilePattern('was|were responsible');
/** What a lapse is in: `a lapse in attention by the person on call`. */
const LAPSE_OF = compilePattern('in|of attention|judgement|judgment|focus|concentration');
/** `a mistake by`, `was made by`, `mistakes that had been introduced by`: the one who made it, after `by`. */
const BY_PERSON = compilePattern('that|which? had|has|have? been|was|were? {MAKING}? by', {
  MAKING: wordsOf(MAKING_PARTICIPLES),
});
const ON_THE_PART_OF = compilePattern('on the part of');
/** What a lapse needs after it to be read at all (see `LAPSES_ON_THEIR_PART`). */
const LAPSE_ON_THEIR_PART = compilePattern('{LAPSES} on the part of', { LAPSES });
const AT_THE_HANDS_OF = compilePattern('at the hands of');
/** What `on my part` and its kin need to be read at all. */
const ON_OWN_PART = compilePattern('on my|his|her|their|our part|side|end');
const CAUSED_BY = compilePattern('caused by');
/** `tracing a computer debacle to a single employee`, `pinned the outage on the intern`: a cause laid on someone. */
const TRACED_TO = compilePattern(
  'traced|tracing|traces|trace|attributed|attributes|attributing|pinned|pins|pinning *? *? *? *? *? back? to|on',
);
/** `That was because of me`, `The outage was all down to the on-call engineer`: a person named as the cause by `be`. */
const BE_BECAUSE_OF = compilePattern('is|was|are|were all|entirely|solely|simply? because|due|owing|down of|to');
/** `the CI has been failing since yesterday due to me`, `happened because of the intern`: whatever the verb. */
const BECAUSE_OF = compilePattern('because|due|owing of|to');
/** `The root cause was Steve.`, `Root cause: the intern.`: a cause named, the person alone after it. */
const CAUSE_NOUNS = words('cause causes culprit culprits');
const NAMED_CAUSE = compilePattern('cause|causes|culprit|culprits was|were|is|are');

/** Where what is named the cause starts, after `was` or a label's colon (`Root cause: the intern`); else -1. */
function namedCauseStart(tokens: readonly Token[], index: number): number {
  if (isWordIn(tokens[index], CAUSE_NOUNS) && tokens[index + 1]?.text === ':') return index + 2;
  return matchAt(tokens, index, NAMED_CAUSE);
}
/** Words that may follow a noun phrase without extending it. */
const PHRASE_FOLLOWERS = words(
  `who whose which that when while during in on at after before and or but ` +
    `with without by from for to as because since who's`,
);

function ownerKind(tokens: readonly Token[], index: number): SubjectKind {
  const token = tokens[index]!;
  // `the engineer whose fault it was`, `Bob, whose mistake it was`: the one the relative stands for.
  if (token.lower === 'whose') return classifyWord(tokens, tokens[index - 1]?.text === ',' ? index - 2 : index - 1);
  const pronoun = POSSESSIVE_PRONOUNS.get(token.lower);
  if (pronoun) return pronoun;
  return isPossessive(token) ? classifyWord(tokens, index) : 'none';
}

/**
 * `a failure to respond`, `failure to properly check`: a failure to do what only people do, at `index` (`failure`),
 * an adverb or two allowed before the act.
 */
function failureToAct(tokens: readonly Token[], index: number): boolean {
  return isWordIn(tokens[index], FAILURES) && humanActAfter(tokens, index + 1) >= 0;
}

/** Where a human act stands after `to` at `to`, an adverb or two allowed before it (`to properly check`); else -1. */
function humanActAfter(tokens: readonly Token[], to: number): number {
  if (tokens[to]?.lower !== 'to') return -1;
  const act = afterAdverbs(tokens, to + 1);
  return isHumanAct(tokens[act]) ? act : -1;
}

/** `the crew's`, `the support team's`: a team the writer names, owning what follows. */
function teamOwns(tokens: readonly Token[], index: number): boolean {
  return isTeamAt(tokens, index);
}

/** The verbs after `to` that open what was done to its subject: `to be paged`, `to get notified`. */
const PASSIVE_OPENERS = words('be get');

/** `your` and `our`: their mistakes in the plural are advice or a creed (`we learn from our mistakes`). */
const ADDRESSED_OR_SHARED = words('your our');

/** What a fault supposed is said to be by, in the present or to come: `then it's my fault`, `it will be my fault`. */
const SUPPOSED_BE = words(`is 's be`);

/** `Bob's mistake`, `the engineer's careless error`, `my fault`, `the crew's failure to respond`. */
function possessed(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const owner = ownerKind(tokens, index);
  const team = owner === 'group' && teamOwns(tokens, index);
  if (owner !== 'person' && owner !== 'possible-person' && !team) return undefined;
  let noun = index + 1;
  // `the operator's wrong configuration`, `my wrong operation`: a wrong thing that is a person's.
  const wrongThing = owner === 'person' && isWordIn(tokens[noun], WRONG) && tokens[noun + 1]?.pos === 'NOUN';
  if (wrongThing) noun++;
  else if (tokens[noun]?.kind === 'word' && !OWNED.has(tokens[noun]!.lower) && tokens[noun + 1]?.kind === 'word')
    noun++;
  const token = tokens[noun];
  if (token?.kind !== 'word' || !(wrongThing || OWNED.has(token.lower))) return undefined;
  // `Jane's failure to follow the procedure`: a failure to do a duty is a person's, or a named team's.
  const failedDuty = failureToAct(tokens, noun);
  if (owner !== 'person' && !STRONGLY_HUMAN.has(token.lower) && !failedDuty) return undefined;
  if (token.lower === 'bad' && tokens[index]!.lower !== 'my') return undefined;
  // `own up to your mistakes`, `If there is a mistake it's your fault`: advice or a supposition, to anyone addressed.
  if (ADDRESSED_OR_SHARED.has(tokens[index]!.lower) && (PLURAL.has(token.lower) || supposedBefore(tokens, index)))
    return undefined;
  // `If it happens again, then it's my fault`: a fault supposed, in the present, not one owned.
  if (supposedBefore(tokens, index) && isWordIn(tokens[beforeAdverbs(tokens, index)], SUPPOSED_BE)) return undefined;
  if (isWordIn(tokens[noun + 1], MEASURES)) return undefined;
  let first = index;
  while (first > 0 && first > index - 3 && isWordIn(tokens[first - 1], DETERMINERS)) first--;
  if (deniedInClause(tokens, first)) return undefined;
  return { ...tokenSpan(tokens, first, noun), kind: 'person-mistake', namesPerson: true };
}

/**
 * `a mistake by the operator`, `an error on the part of the reviewer`, `a mistake at the hands of the
 * employees`, `mistakes by the release manager`, `a typo entered by a team member`.
 */
function attributed(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const plural = PLURAL.has(tokens[index]!.lower);
  const human = FAULTS_OF.has(tokens[index]!.lower);
  // `bad look-out on the part of the quartermaster`: what counts only on a person's part.
  const onTheirPart =
    LAPSES.has(tokens[index]!.lower) &&
    (matchAt(tokens, index + 1, ON_THE_PART_OF) >= 0 || ownPartOwner(tokens, index + 1) !== 'none');
  const spaced = spacedSlangEnd(tokens, index);
  if (!plural && !human && !onTheirPart && !SINGULAR.has(tokens[index]!.lower) && spaced < 0) return undefined;
  // "an error", "a careless error", "a single keystroke error": the determiner, at most two words before the noun.
  // `Mistake by me on master`, `Root cause: configuration mistake by the on-call engineer`: a headline's bare noun;
  // `It was bad look-out on the part of`: a bare noun told of by `be`.
  const opening = headlineNoun(tokens, index) ?? toldByBe(tokens, index);
  const determiner = plural
    ? index
    : ([index - 1, index - 2, index - 3].find((i) => isWordIn(tokens[i], DETERMINERS)) ?? opening);
  if (determiner === undefined || tokens[determiner]!.lower === 'no' || deniedInClause(tokens, determiner))
    return undefined;
  const lapse = Math.max(index + 1, spaced + 1, matchAt(tokens, index + 1, LAPSE_OF));
  const next = isWordIn(tokens[lapse], MAKING) ? lapse + 1 : lapse;
  // `the fault of the release manager`: only what is a person's alone belongs to them by `of`.
  const after = Math.max(
    matchAt(tokens, next, BY_PERSON),
    matchAt(tokens, next, ON_THE_PART_OF),
    matchAt(tokens, next, AT_THE_HANDS_OF),
    human && tokens[next]?.lower === 'of' ? next + 1 : -1,
  );
  // `a total mistake on my part`, then `the mistake Mariam made`.
  const mistake = tokens[index]!;
  if (madeByPerson(ownPartOwner(tokens, next), mistake))
    return { ...tokenSpan(tokens, determiner, ownPartEnd(tokens, next)), kind: 'person-mistake', namesPerson: true };
  const maker = makerAfter(tokens, Math.max(index, spaced) + 1);
  if (madeByPerson(maker.kind, mistake))
    return { ...tokenSpan(tokens, determiner, maker.end), kind: 'person-mistake', namesPerson: true };
  if (after < 0 || namedAs(tokens, determiner)) return undefined;
  const agent = subjectAfter(tokens, after);
  // `mistakes were made by the networking team`: a named team makes mistakes as a person does.
  if (!madeByPerson(agent.kind, mistake) && !namesTeam(tokens, agent)) return undefined;
  return { ...tokenSpan(tokens, determiner, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/**
 * Where `the only screw up` ends (at `up`) when the slang verb at `index` is a noun, after a determiner and at most one
 * modifier; else -1.
 */
function spacedSlangEnd(tokens: readonly Token[], index: number): number {
  if (!SPACED_SLANG.has(tokens[index]!.lower) || tokens[index + 1]?.lower !== 'up') return -1;
  if (isWordIn(tokens[index - 1], DETERMINERS)) return index + 1;
  const before = tokens[index - 1];
  const modified = (before?.pos === 'ADJ' || before?.pos === 'ADV') && isWordIn(tokens[index - 2], DETERMINERS);
  return modified ? index + 1 : -1;
}

/** Nouns of a cause: `cited the probable cause as`. */
const CAUSES = words('cause causes reason reasons');

/**
 * `is experienced as a failure by the user`, `was logged as an error by the engineer on call`: a mistake's phrase, from
 * `first`, that names what something was taken as; the `by` after it is the agent of the verb before. Not a cause
 * named as it (`cited the probable cause of this accident as the failure of the pilot to`).
 */
function namedAs(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'as') return false;
  for (let i = first - 2; i >= 0 && !VERB_TAGS.has(tokens[i]!.pos); i--) if (isWordIn(tokens[i], CAUSES)) return false;
  return true;
}

/**
 * Whether one of this kind made the mistake as a person: a person, or one who may be a program making what only
 * people make (`a mistake by the network admin`, `an oversight on Priya's part`; not `an error on Stripe's part`).
 */
function madeByPerson(kind: SubjectKind, mistake: Token): boolean {
  return kind === 'person' || (kind === 'possible-person' && STRONGLY_HUMAN.has(mistake.lower));
}

/**
 * The one who made the mistake in a relative clause after it, `that` or none opening it: `the mistake Mariam made`,
 * `the typo that the engineer introduced`; `none` when no making verb follows its subject.
 */
function makerAfter(tokens: readonly Token[], index: number): { readonly kind: SubjectKind; readonly end: number } {
  const start = tokens[index]?.lower === 'that' ? index + 1 : index;
  if (!isWord(tokens[start])) return { kind: 'none', end: start };
  const subject = subjectAfter(tokens, start);
  return isWordIn(tokens[subject.end], MAKING)
    ? { kind: subject.kind, end: subject.end }
    : { kind: 'none', end: start };
}

/** What is someone's, after `on` and a possessive: `on my part`, `on my side`, `on my end`, `from our behalf`. */
const PARTS = words('part side end behalf');
/** Words before a possessive and a part: `on my part`, `from our side`. */
const PART_OPENERS = words('on from');
/** Words that join a second failing to the mistake: `Mistake and poor checking on my part`. */
const JOINED = words('and or');
/** How many words the failing joined to the mistake may take: `and a wrong assumption`. */
const JOINED_REACH = 3;

/**
 * Whose part it is in `on my part`, `on Priya's part`, `on my side`, `from our behalf`, with `on` or `from` at
 * `index`, or after a failing joined to the mistake (`Mistake and poor checking on my part`); `none` when the words are
 * not there.
 */
function ownPartOwner(tokens: readonly Token[], index: number): SubjectKind {
  let on = index;
  if (isWordIn(tokens[on], JOINED))
    while (on - index <= JOINED_REACH && isWord(tokens[on + 1]) && !isWordIn(tokens[on], PART_OPENERS)) on++;
  if (!isWordIn(tokens[on], PART_OPENERS) || !isWordIn(tokens[on + 2], PARTS)) return 'none';
  return ownerKind(tokens, on + 1);
}

/** Where `on my part` ends, from `index` as `ownPartOwner` reads it. */
function ownPartEnd(tokens: readonly Token[], index: number): number {
  let part = index;
  while (part < tokens.length && !isWordIn(tokens[part], PARTS)) part++;
  return part;
}

const FAILURES = words('failure failures');
/** How many words the object of a failed act may take before its `by`: `failure to follow the checklist by`. */
const FAILED_ACT_REACH = 6;

/**
 * `a failure by a single individual`, `failure to comply by the Train 1 crew`: a failure, or a failure to do what
 * people do, said to be a person's or a named team's by `by`. A failure alone is a disk's as often as a person's: only
 * an agent who is surely a person makes it one.
 */
function failureBy(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!isWordIn(tokens[index], FAILURES)) return undefined;
  if (tokens[index + 1]?.lower === 'of') return failureOf(tokens, index);
  const act = failureToAct(tokens, index);
  let by = index + 1;
  // `a failure to maintain a proper lookout by the mate`: any act failed, its doer after `by` surely a person.
  if (tokens[index + 1]?.lower === 'to') {
    by = index + 3;
    while (by - index < FAILED_ACT_REACH + 3 && isWord(tokens[by]) && tokens[by]!.lower !== 'by') by++;
  }
  if (tokens[by]?.lower !== 'by') return undefined;
  // `failure to follow the checklist by the night shift operator`: what only people do tells that one who may be a
  // program is a person.
  const agent = subjectAfter(tokens, by + 1);
  if (!namesPerson(agent, act) && !namesTeam(tokens, agent)) return undefined;
  const first = failureStart(tokens, index);
  if (first === undefined) return undefined;
  return { ...tokenSpan(tokens, first, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/**
 * Where the phrase of the failure at `index` starts, its determiner included (`the failure`, `a total failure`); none
 * when it is denied (`no failure by`, `was not a failure of`) or names what something was taken as (see `namedAs`).
 */
function failureStart(tokens: readonly Token[], index: number): number | undefined {
  const first = [index - 1, index - 2].find((i) => isWordIn(tokens[i], DETERMINERS)) ?? index;
  if (tokens[first]!.lower === 'no' || deniedInClause(tokens, first) || namedAs(tokens, first)) return undefined;
  return first;
}

/**
 * `Failure of the network engineer to follow change management`, `the failure of the crew to respond`: the one who
 * failed between `of` and `to`, and what only people do after it.
 */
function failureOf(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const agent = subjectAfter(tokens, index + 2);
  // One in a role only people hold fails at any act (`the failure of the captain to keep a proper lookout`); not at
  // being done to (`the failure of the on-call engineer to be paged` is the pager's). `the operator` may be a program.
  // `the failure of the engineer to correctly interpret the signal`: adverbs may stand before the act.
  const at = afterAdverbs(tokens, agent.end + 1);
  const verb = tokens[agent.end]?.lower === 'to' ? tokens[at] : undefined;
  const human = agent.kind === 'person' && HUMAN_ROLE_WORDS.has(withoutPossessive(tokens[agent.head]!.lower));
  const anyAct = human && verb?.pos === 'VERB' && !isWordIn(verb, PASSIVE_OPENERS) ? at : -1;
  const humanAct = humanActAfter(tokens, agent.end);
  const act = humanAct >= 0 ? humanAct : anyAct;
  // Not `failures of Prow to respond`: a name there may be a program's as often as a person's.
  if (act < 0 || (agent.kind !== 'person' && !namesTeam(tokens, agent))) return undefined;
  const first = failureStart(tokens, index);
  if (first === undefined) return undefined;
  return { ...tokenSpan(tokens, first, act), kind: 'person-mistake', namesPerson: true };
}

/** How many tokens an aside between `be` and its noun may hold: `It was, in my judgment, bad look-out`. */
const ASIDE_REACH = 6;

/**
 * `was bad look-out`, `is negligence`, `was, in my judgment, bad look-out`: where a bare noun's phrase starts after
 * `be`, an adjective allowed before it, and an aside set off by commas before that.
 */
function toldByBe(tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index - 1]?.pos === 'ADJ' ? index - 1 : index;
  let be = first - 1;
  if (tokens[be]?.text === ',') {
    let comma = be - 1;
    while (comma > 0 && be - comma <= ASIDE_REACH && isWord(tokens[comma])) comma--;
    be = tokens[comma]?.text === ',' ? comma - 1 : be;
  }
  return isWordIn(tokens[be], BE_FORMS) ? first : undefined;
}

/** What stands right before a choice named as the cause: `was the pilot's decision`, `due to`, `caused by`, `from`. */
const CAUSE_LINKS = new Set([...BE_FORMS, 'to', 'by', 'from', ':']);

/**
 * Whether the phrase that starts at `first` is named as the cause: the sentence states one, and the phrase stands
 * after `was`, `due to`, `caused by`, `from` or a label's colon (`Probable cause: action of the pilot`).
 */
function namedAsCause(sentence: Sentence, first: number): boolean {
  const before = sentence.tokens[first - 1];
  return sentence.causal && before !== undefined && CAUSE_LINKS.has(before.lower);
}

/** Determiners that own what follows, whatever the model tags them: `its captain's decision`. */
const OWNING_DETERMINERS = new Set([...POSSESSIVE_DETERMINERS, 'its']);

/** Words before a possessive in its noun phrase: `The on-call engineer's`, `the new DBA's`. */
const POSSESSOR_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Whether the phrase at `first` opens the sentence or a clause after `that`, modifiers allowed before it: `The on-call
 * engineer's choice`, `the NTSB found that the pilot's decision-making`.
 */
function opensSentence(sentence: Sentence, first: number): boolean {
  const { tokens, firstWord } = sentence;
  let opening = first;
  while (opening > firstWord && POSSESSOR_MODIFIERS.has(tokens[opening - 1]!.pos)) opening--;
  return firstWord >= 0 && (opening === firstWord || tokens[opening - 1]?.lower === 'that');
}

/** `critical of the pilot's decision`, `blamed on`, `faulted the captain's decision`: fault found with the phrase. */
function faultFoundWith(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const link = isWordIn(before, words('of on')) ? first - 2 : first - 1;
  return isWordIn(tokens[link], FINDS_FAULT);
}

/**
 * `the pilot's unwise decision to embark`, `the cause was the captain's decision to continue`, `Probable cause:
 * action of the pilot in continuing`: a person's choice or act, owned by a possessive or by `of` and a person, judged
 * by the word before it or named as the cause. Told as what happened, it is an account.
 */
function ownedChoice(tokens: readonly Token[], index: number, sentence: Sentence): DetectionDraft | undefined {
  if (!CHOICES.has(tokens[index]!.lower)) return undefined;
  // `Action items`: an act is read in a root cause only (see `PERSONAL_ACTS`).
  if (ACTS.has(tokens[index]!.lower) && !sentence.rootCause) return undefined;
  const judged = isWordIn(tokens[index - 1], JUDGED_BAD);
  const owner = judged ? index - 2 : index - 1;
  let first: number;
  let last = index;
  if (tokens[owner] && ownsAsPerson(tokens, owner)) first = owner;
  else if (tokens[index + 1]?.lower === 'of') {
    const agent = subjectAfter(tokens, index + 2);
    if (agent.kind !== 'person') return undefined;
    first = judged ? index - 1 : index;
    last = agent.end - 1;
  } else return undefined;
  // Not the `that` opening a clause: `found that the pilot's decision-making`.
  // `was its captain's decision`: a possessive before the owner is part of the phrase too.
  while (
    first > 0 &&
    ((isWordIn(tokens[first - 1], DETERMINERS) && tokens[first - 1]!.pos === 'DET') ||
      isWordIn(tokens[first - 1], OWNING_DETERMINERS))
  )
    first--;
  // `The engineer's decision to skip the canary led to the outage`: the choice as the subject of what it caused.
  const causes = opensSentence(sentence, first) && bringsAbout(tokens, index);
  if (!judged && !causes && !namedAsCause(sentence, first) && !faultFoundWith(tokens, first)) return undefined;
  if (deniedInClause(tokens, first)) return undefined;
  return { ...tokenSpan(tokens, first, last), kind: 'person-mistake', namesPerson: true };
}

/**
 * Whether the possessive at `index` is a person's: a role's or a pronoun's, or a name's (`Priya's decision`) that has
 * nothing of a product about it (see `looksLikeName`).
 */
function ownsAsPerson(tokens: readonly Token[], index: number): boolean {
  const kind = ownerKind(tokens, index);
  return (
    kind === 'person' || (kind === 'possible-person' && isPossessive(tokens[index]!) && looksLikeName(tokens[index]!))
  );
}

/** Words of a bare noun's phrase before it in a headline: `Operational error`, `Root cause: configuration mistake`. */
const HEADLINE_MODIFIERS = 2;
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Where the bare noun phrase ending at `index` starts, when it opens the sentence or follows a colon, as a
 * headline's or a label's noun does (`Operational error by local controller`); else nothing.
 */
function headlineNoun(tokens: readonly Token[], index: number): number | undefined {
  let first = index;
  // The model tags a capitalised word opening a headline as a name: `Operational/PROPN error`.
  while (index - first < HEADLINE_MODIFIERS && isWord(tokens[first - 1]) && MODIFIER_TAGS.has(tokens[first - 1]!.pos))
    first--;
  const opens = tokens.slice(0, first).every((token) => token.kind !== 'word');
  return opens || tokens[first - 1]?.text === ':' ? first : undefined;
}

/**
 * `the engineer was at fault`, `Ops is to blame`, `I'm the one to blame`, `Bob was responsible for the outage`, `a
 * trader was responsible.`, `the operator was mistaken`
 */
function atFault(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const alone = matchAt(tokens, index, RESPONSIBLE_ALONE);
  // At the sentence's end only: `The DBA was responsible, and she ...` may say who was in charge.
  const closesClause = alone >= 0 && tokens.slice(alone).every((token) => token.text === '.' || token.text === '!');
  const end = Math.max(
    matchAt(tokens, index, AT_FAULT),
    matchAt(tokens, index, HELD_TO_BLAME),
    matchAt(tokens, index, IN_THE_WRONG),
    matchAt(tokens, index, ONE_TO_BLAME),
    matchAt(tokens, index, RESPONSIBLE),
    matchAt(tokens, index, RESPONSIBLE_FOR_FAULTY),
    closesClause ? alone : -1,
  );
  // `noticed something was wrong`: a thing is the subject, whoever the clause before names.
  if (end < 0 || isWordIn(tokens[index - 1], NEGATIONS) || isWordIn(tokens[index - 1], SOME_THING)) return undefined;
  // `I'm the one to blame`: the writer's own slip, as `we accidentally deleted` is.
  if (isWordIn(tokens[index], I_AM))
    return { ...tokenSpan(tokens, index, end - 1), kind: 'human-error', namesPerson: false };
  const subject = subjectBefore(tokens, index);
  if (!namesPeople(tokens, subject)) return undefined;
  return { ...tokenSpan(tokens, subject.first, end - 1), kind: 'person-mistake', namesPerson: true };
}

/** Things no one in particular is: `something was wrong`. */
const SOME_THING = words('something anything nothing everything');

/** A headline's `Worker to Blame for Outage`: `is` left out, as headlines leave it. */
const TO_BLAME_FOR = compilePattern('to blame for');

/**
 * `One Electrical Worker to Blame for Massive Outage`: a person who opens the clause, then `to blame for`. Not
 * `looking for someone to blame for the outage`, where the person is what is looked for.
 */
function headlineToBlame(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const end = matchAt(tokens, index, TO_BLAME_FOR);
  if (end < 0) return undefined;
  const subject = subjectBefore(tokens, index);
  const before = tokens[subject.first - 1];
  if (subject.kind !== 'person' || subject.head !== index - 1 || (before && before.kind !== 'punct')) return undefined;
  return { ...tokenSpan(tokens, subject.first, end - 2), kind: 'person-mistake', namesPerson: true };
}

/** `the guy to blame is the CTO`, `the ones to blame were the on-call engineers`. */
function blameNamed(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const after = matchAt(tokens, index, TO_BLAME_IS);
  if (after < 0 || isWordIn(tokens[after], NEGATIONS)) return undefined;
  const named = subjectAfter(tokens, after);
  if (!namesPeople(tokens, named)) return undefined;
  return { ...tokenSpan(tokens, index, named.end - 1), kind: 'person-mistake', namesPerson: true };
}

/**
 * Whether the noun phrase ends before `index`: `by the engineer.`, `by the engineer running`, `by the
 * developer not following the checklist`, not `by human errors`.
 */
function phraseEndsAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next?.kind !== 'word' || PHRASE_FOLLOWERS.has(next.lower)) return true;
  if (next.lower.endsWith('ing')) return next.lower !== 'being';
  return NEGATIONS.has(next.lower) && (tokens[index + 1]?.lower.endsWith('ing') ?? false);
}

/**
 * `caused by the on-call engineer`, `That was because of me`, `The root cause was Steve.`: a person, not what they
 * did, named as the cause. Not denied: `was not caused by the on-call engineer`; `not only caused by` grants it (see
 * `deniedInClause`). Not a person's state: `due to me being away`.
 */
function causedByPerson(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const byBe = matchAt(tokens, index, BE_BECAUSE_OF);
  const named = namedCauseStart(tokens, index);
  const because = matchAt(tokens, index, BECAUSE_OF);
  const after = Math.max(matchAt(tokens, index, CAUSED_BY), matchAt(tokens, index, TRACED_TO), byBe, because, named);
  if (after < 0 || deniedInClause(tokens, index)) return undefined;
  // After `be`, the person alone: what they did (`due to an engineer running`) is the gerund readers', and a
  // quotation (`was because of "one employee, human error"`) is someone else's words.
  if (after === byBe && (!isWord(tokens[after]) || isWord(tokens[subjectAfter(tokens, after).end]))) return undefined;
  const agent = subjectAfter(tokens, after);
  if (agent.kind !== 'person' || !phraseEndsAt(tokens, agent.end)) return undefined;
  // `The root cause was the engineer's change`, `the cause is the on-call rota`: a named cause is the person alone.
  if (after === named && tokens.slice(agent.end).some(isWord)) return undefined;
  // `because of the intern.`: besides a pronoun, the person alone, in the singular; what they did (`due to an engineer
  // running`) is the gerund readers', and people in the plural (`Because of the few players who were abusing bots`)
  // are as often those it befell.
  if (
    after === because &&
    tokens[agent.head]!.pos !== 'PRON' &&
    (!closesClause(tokens[agent.end]) || isPluralNoun(tokens[agent.head]!))
  )
    return undefined;
  return { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/** Whether the phrase before `token` ends its clause there: a stop, a comma, a colon, or nothing more. */
function closesClause(token: Token | undefined): boolean {
  return token === undefined || CLAUSE_CLOSERS.has(token.text);
}
const CLAUSE_CLOSERS = new Set(['.', ',', ';', ':', '!', '?']);

/** Judgement in the passive: `It was deemed good enough by the developer`. */
const DEEMED = wordsOf(DEEMING);
const AGENT_REACH = 8;

/** `was deemed good enough by the developer`: a person's judgement named as the cause. */
function deemedBy(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!DEEMED.has(tokens[index]!.lower)) return undefined;
  const agent = passiveAgent(tokens, index, AGENT_REACH);
  return agent?.kind === 'person'
    ? { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true }
    : undefined;
}

const BADLY = wordsOf(DONE_BADLY);

/** `was very poorly designed by Jacob`: work done badly, said to be a person's. */
function doneBadlyBy(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!BADLY.has(tokens[index]!.lower) || !isPastVerb(tokens[index + 1])) return undefined;
  const agent = passiveAgent(tokens, index + 1, AGENT_REACH);
  return agent && namesPerson(agent, true)
    ? { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true }
    : undefined;
}

/** Who a mistake is said to be on: `this is 100% on me`. */
const ON_WHOM = words('me him her');
/** What is said to be on someone: `this`, `that one`, `it`, or the incident itself (`the outage is on me`). */
const ON_WHAT = new Set(['this', 'that', 'it', 'one', ...wordsOf(INCIDENTS)]);
/** How many words may stand between `is` and `on`: `all`, `100`, `totally`. */
const ON_REACH = 3;

/**
 * `this is 100% on me`, `the outage was on him`: a mistake said to be a person's, at the end of its clause or before
 * what it was (`It is on me for not reading the diff`). Not `it was on me to check` (a duty), `the next round is on
 * me` (no mistake), nor `this is not on me`.
 */
function onPerson(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (tokens[index]!.lower !== 'on' || !isWordIn(tokens[index + 1], ON_WHOM)) return undefined;
  if (isWord(tokens[index + 2]) && !mistakeGivenAfter(tokens, index + 2)) return undefined;
  let be = index - 1;
  while (be >= 0 && index - be <= ON_REACH && isWord(tokens[be]) && tokens[be]!.lemma !== 'be') be--;
  if (tokens[be]?.lemma !== 'be' || !isWordIn(tokens[be - 1], ON_WHAT)) return undefined;
  if (tokens.slice(be, index).some((token) => NEGATIONS.has(token.lemma))) return undefined;
  return { ...tokenSpan(tokens, be - 1, index + 1), kind: 'person-mistake', namesPerson: true };
}

/** `for not reading the diff`, `for missing it`: after `on me`, the mistake it is on them for. */
function mistakeGivenAfter(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'for') return false;
  const next = tokens[index + 1];
  if (!isWord(next)) return false;
  return NEGATIONS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'));
}

/**
 * `Was a bad manipulation on my side`, `a wrong call on my part`, `poor checking on his part`: an act judged bad, with
 * the adjective at `index`, put on a person's part. Not `a bad sector on the primary disk`, nor `a wrong value on the
 * vendor's side`, which is a company's.
 */
function badActOnPart(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!JUDGED_BAD.has(tokens[index]!.lower) || tokens[index + 1]?.pos !== 'NOUN') return undefined;
  const on = pastOfPhrase(tokens, index + 2);
  if (ownPartOwner(tokens, on) !== 'person') return undefined;
  let first = index;
  while (first > 0 && first > index - 2 && isWordIn(tokens[first - 1], DETERMINERS)) first--;
  if (tokens[first]!.lower === 'no' || deniedInClause(tokens, first)) return undefined;
  return { ...tokenSpan(tokens, first, ownPartEnd(tokens, on)), kind: 'person-mistake', namesPerson: true };
}

/** How many words the `of` phrase after a judged act may take: `use of the force flag`. */
const OF_PHRASE_REACH = 5;

/** Past the `of` phrase at `index`, if one stands there (`of \`git push --force\``, `of the force flag`). */
function pastOfPhrase(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.lower !== 'of') return index;
  let end = index + 1;
  while (
    end - index <= OF_PHRASE_REACH &&
    (tokens[end]?.kind === 'opaque' || NOUN_PHRASE_TAGS.has(tokens[end]?.pos ?? ''))
  )
    end++;
  return end;
}

/** A mistake or the blame, said to be someone's after it: `The fault is mine`, `the blame lies with me`. */
const DECLARED = new Set([...FAULTS_OF, ...wordsOf(DECLARED_FAULTS)]);
/** Verbs that put a fault with someone, besides `be`, and the word before the one it is put with. */
const RESTING: ReadonlyMap<string, string> = new Map([
  ...[...words('lies lay rests rested sits sat')].map((verb): [string, string] => [verb, 'with']),
  ...[...words('belongs belonged')].map((verb): [string, string] => [verb, 'to']),
]);
/** What a person's own is, after `be`: `mine`, `his`. */
const OWN = words('mine his hers');
/** Words before the verb that say what the fault is for: `The blame for this outage`. */
const FOR_REACH = 4;

/**
 * Whose a fault is said to be, from `index` after its verb: `mine`, `Bob's`, `with me` after `lies`, `to me` after
 * `belongs` (`preposition` is the word a resting verb needs).
 */
function declaredOwner(
  tokens: readonly Token[],
  index: number,
  preposition: string | undefined,
): { readonly kind: SubjectKind; readonly end: number } {
  if (preposition !== undefined) {
    if (tokens[index]?.lower !== preposition) return { kind: 'none', end: index };
    const agent = subjectAfter(tokens, index + 1);
    // `The blame lies with the team that approved the change`: a team is judged as a person is.
    return { kind: namesTeam(tokens, agent) ? 'person' : agent.kind, end: agent.end - 1 };
  }
  const token = tokens[index];
  if (!isWord(token)) return { kind: 'none', end: index };
  return { kind: OWN.has(token.lower) ? 'person' : ownerKind(tokens, index), end: index };
}

/**
 * `The fault is entirely mine`, `The blame here is all mine`, `The blame for this is mine`, `The fault lies with me`,
 * `the mistake was Bob's`, `the biggest failure belongs to me`: a fault, at `index`, said after `be`, `lies with` or
 * `belongs to` to be a person's.
 * Not `The fault is not mine`, nor `the fault lies with the vendor`.
 */
function declaredOwn(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!DECLARED.has(tokens[index]!.lower)) return undefined;
  let verb = index + 1;
  // `The blame here is mine`: an adverb between the fault and its verb.
  while (tokens[verb]?.pos === 'ADV' && verb - index < 3) verb++;
  if (tokens[verb]?.lower === 'for')
    while (verb - index <= FOR_REACH && isWord(tokens[verb]) && !isWordIn(tokens[verb], BE_FORMS)) verb++;
  const preposition = isWord(tokens[verb]) ? RESTING.get(tokens[verb]!.lower) : undefined;
  if (preposition === undefined && !isWordIn(tokens[verb], BE_FORMS)) return undefined;
  let owner = verb + 1;
  // `is entirely mine`, `is all mine`.
  while ((tokens[owner]?.pos === 'ADV' || tokens[owner]?.lower === 'all') && owner - verb < 3) owner++;
  if (tokens.slice(verb, owner).some((token) => NEGATIONS.has(token.lower))) return undefined;
  const { kind, end } = declaredOwner(tokens, owner, preposition);
  // `The mistake was his decision to`: what follows is the phrase's noun, told by `ownedChoice`. `The failure was mine
  // to fix`: a task that is the person's, not the failure (not `The blame is mine to carry`).
  if (kind !== 'person' || tokens[end + 1]?.pos === 'NOUN' || remedyAfter(tokens, end + 1)) return undefined;
  let first = index;
  while (first > 0 && isWordIn(tokens[first - 1], DETERMINERS)) first--;
  return { ...tokenSpan(tokens, first, end), kind: 'person-mistake', namesPerson: true };
}

const REMEDIES = wordsOf(REMEDY_ACTIONS);

/** `to fix`, `to investigate`: a remedy to do, at `index`. */
function remedyAfter(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'to' && isWord(tokens[index + 1]) && REMEDIES.has(tokens[index + 1]!.lemma);
}

const APOLOGY_WORDS = wordsOf(APOLOGIES);
const ADMITTING = wordsOf(ADMISSIONS);
const HARMFUL_ACTS = compileList(patternsOf(APOLOGISED_ACTS));
const DESTROYING = new Set([...wordsOf(DESTRUCTIVE_ACTIONS)].filter((form) => form.endsWith('ing')));
/** How many adverbs may stand between `for` and the act: `for unintentionally breaking`. */
const APOLOGY_ADVERBS = 2;

/**
 * `my abject apologies for breaking this`, `Sorry for deleting the release branch`, `Sorry for taking down staging`: an
 * apology, at `index`, for an act that did harm, told as a gerund after `for`. Not an apology for the incident, the
 * delay or the noise, nor for `taking so long`.
 */
function apologisedFor(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!APOLOGY_WORDS.has(tokens[index]!.lower) || tokens[index + 1]?.lower !== 'for') return undefined;
  let act = index + 2;
  while (tokens[act]?.pos === 'ADV' && act - index - 2 < APOLOGY_ADVERBS) act++;
  const token = tokens[act];
  if (!isWord(token)) return undefined;
  // `my apologies for causing it`, `sorry for causing this outage`: the trouble itself, owned.
  const caused = token.lemma === 'cause' && isWordIn(tokens[act + 1], CAUSED_TROUBLE) ? act + 2 : -1;
  const end = DESTROYING.has(token.lower)
    ? act + 1
    : caused >= 0
      ? caused
      : (firstMatch(tokens, act, HARMFUL_ACTS)?.end ?? -1);
  if (end < 0) return undefined;
  let first = index;
  while (
    first > 0 &&
    first > index - 3 &&
    (isWordIn(tokens[first - 1], DETERMINERS) || tokens[first - 1]!.pos === 'ADJ')
  )
    first--;
  return { ...tokenSpan(tokens, first, end - 1), kind: 'person-mistake', namesPerson: true };
}

/** What one says sorry for causing: `it`, `this`, or the incident (`the outage`, `this issue`). */
const CAUSED_TROUBLE = new Set(['it', 'this', 'that', 'these', 'all', ...wordsOf(INCIDENTS)]);

/**
 * `The LPN acknowledged the mistake`, `the engineer admitted the error`: a person owning up to the mistake at `index`,
 * named by `the` or `a` after a verb of owning up (see `ADMISSIONS`), not denied.
 */
function admittedMistake(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const mistake = tokens[index]!.lower;
  if (!SINGULAR.has(mistake) && !PLURAL.has(mistake) && !FAULTS_OF.has(mistake)) return undefined;
  const verb = isWordIn(tokens[index - 1], DETERMINERS) ? index - 2 : index - 1;
  if (!isWordIn(tokens[verb], ADMITTING) || deniedInClause(tokens, verb)) return undefined;
  const subject = subjectBefore(tokens, verb);
  if (!namesPerson(subject, true)) return undefined;
  return { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
}

/** How many words the act may take before its `was`: `His decision to restart both nodes was a mistake`. */
const ACT_REACH = 10;

/**
 * `My merge was a mistake`, `His decision to restart both nodes was a mistake`: a clause that opens with a person's
 * possessive, said to be a mistake (a fault noun, at `index`, after `was a`). Not `It was a mistake`, nor `My merge
 * was not a mistake`.
 */
function actWasMistake(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!FAULTS_OF.has(tokens[index]!.lower)) return undefined;
  let article = index - 1;
  while (tokens[article]?.pos === 'ADJ' && index - article < 4) article--;
  if (!isWordIn(tokens[article], INDEFINITE_ARTICLES) || !isWordIn(tokens[article - 1], BE_FORMS)) return undefined;
  let first = article - 1;
  while (first > 0 && isWord(tokens[first - 1]) && article - first <= ACT_REACH) first--;
  const owner = tokens[first]!;
  if (first >= article - 2 || !isWord(owner) || ownerKind(tokens, first) !== 'person') return undefined;
  return { ...tokenSpan(tokens, first, index), kind: 'person-mistake', namesPerson: true };
}

const WORK = wordsOf(PERSONAL_WORK);
const BROKE = compileList(patternsOf(BREAKING_ACTS));
/** Words between a possessive and the work: `my last commit`, `your previous PR`. */
const WORK_REACH = 2;
/** Which of a person's works, the words read between the possessive and the work: `my last commit`. */
const WHICH = words('last previous latest recent new own');

/**
 * `Sorry, my last commit broke the Windows build`, `@dev123 your commit broke the nightly build`, `Kevin's change took
 * down the login page`: a person's work, at `index` their possessive, said to have broken something; not the
 * writers' `our` nor another organisation's `their`, nor denied (`my change did not break it`).
 */
function workThatBroke(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const lower = tokens[index]!.lower;
  if (lower === 'our' || lower === 'their') return undefined;
  const owner = ownerKind(tokens, index);
  if (owner !== 'person' && !(owner === 'possible-person' && (lower === 'your' || looksLikeName(tokens[index]!))))
    return undefined;
  let noun = index + 1;
  while (noun - index <= WORK_REACH && isWordIn(tokens[noun], WHICH)) noun++;
  if (!isWordIn(tokens[noun], WORK)) return undefined;
  const verb = afterAdverbs(tokens, noun + 1);
  const broke = firstMatch(tokens, verb, BROKE);
  if (!broke || deniedInClause(tokens, verb)) return undefined;
  return { ...tokenSpan(tokens, index, broke.end - 1), kind: 'person-mistake', namesPerson: true };
}

const VERDICTS = wordsOf(VERDICTS_ON_CONDUCT);

/**
 * `The engineer's response was inadequate`, `described the captain's handling of the emergency as inadequate`: a
 * person's choice or conduct, at `index`, judged after `be` or `as` (see `VERDICTS_ON_CONDUCT`); not denied.
 */
function conductJudged(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (index === 0 || !CHOICES.has(tokens[index]!.lower) || !ownsAsPerson(tokens, index - 1)) return undefined;
  const next = pastOfPhrase(tokens, index + 1);
  if (!(tokens[next]?.lower === 'as' || isWordIn(tokens[next], BE_FORMS))) return undefined;
  const verdict = afterAdverbs(tokens, next + 1);
  if (!isWordIn(tokens[verdict], VERDICTS) || deniedInClause(tokens, verdict)) return undefined;
  let first = index - 1;
  while (first > 0 && isWordIn(tokens[first - 1], DETERMINERS)) first--;
  return { ...tokenSpan(tokens, first, verdict), kind: 'person-mistake', namesPerson: true };
}

const FINDERS = [
  possessed,
  workThatBroke,
  conductJudged,
  actWasMistake,
  apologisedFor,
  admittedMistake,
  badActOnPart,
  declaredOwn,
  attributed,
  failureBy,
  atFault,
  blameNamed,
  headlineToBlame,
  causedByPerson,
  deemedBy,
  doneBadlyBy,
  onPerson,
  ownedChoice,
];
type Finder = (typeof FINDERS)[number];
/** Finders that read a sentence about incidents or terms in general as no blame. */
const TOLD_OF_THIS_INCIDENT: ReadonlySet<Finder> = new Set([attributed, causedByPerson, failureBy]);
/** Finders that read a question as no blame: `How could it possibly be the trainee's fault?` is asked, not said. */
const TOLD_NOT_ASKED: ReadonlySet<Finder> = new Set([
  possessed,
  workThatBroke,
  conductJudged,
  actWasMistake,
  apologisedFor,
  failureBy,
  onPerson,
  ownedChoice,
  badActOnPart,
  declaredOwn,
]);
/** The words a finder may match at, besides possessives (`Bob's`). */
const CUE = cue([
  ...POSSESSIVE_PRONOUNS.keys(),
  'whose',
  ...SINGULAR,
  ...SPACED_SLANG,
  ...PLURAL,
  ...FAULTS_OF,
  ...FAILURES,
  ...LAPSES,
  ...CHOICES,
  ...DEEMED,
  ...BADLY,
  ...JUDGED_BAD,
  ...APOLOGY_WORDS,
  'blame',
  ...openingWords(AT_FAULT),
  ...openingWords(HELD_TO_BLAME),
  ...openingWords(TO_BLAME_IS),
  ...openingWords(TO_BLAME_FOR),
  ...openingWords(RESPONSIBLE),
  ...openingWords(CAUSED_BY),
  ...openingWords(TRACED_TO),
  ...openingWords(BE_BECAUSE_OF),
  ...openingWords(BECAUSE_OF),
  ...openingWords(NAMED_CAUSE),
  'on',
]);

function detectOwnedMistakes(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !(hasCue(token, CUE) || isPossessive(token))) continue;
    for (const find of FINDERS) {
      // `errors caused by human operators making mistakes`, in a sentence about a term: people in general.
      if (TOLD_OF_THIS_INCIDENT.has(find) && sentence.general) continue;
      if (TOLD_NOT_ASKED.has(find) && sentence.asks) continue;
      const draft = find(tokens, i, sentence);
      if (draft) {
        drafts.push(draft);
        break;
      }
    }
  }
  return drafts;
}

/**
 * Each finder needs a mistake noun, or the words of `at fault`, `responsible for ...`, `caused by` or `was because
 * of`.
 */
export const ownedMistakeDetector: Detector = {
  find: detectOwnedMistakes,
  // `The blame for this is entirely mine`: a person named by `mine` alone (`his` and `hers` name one anyway).
  needs: [
    ...[...ON_WHOM].map((whom) => `on ${whom}`),
    'mine',
    ...[...APOLOGY_WORDS].map((word) => `${word} for`),
    // `Totally our fault!`: the writers own what only people have, with no person named.
    ...[...STRONGLY_HUMAN].map((mistake) => `our ${mistake}`),
    ...[...PARTS].map((part) => `our ${part}`),
    // `Sorry, my last commit broke the build`: the writer's or the one addressed, no person named otherwise.
    // Phrases, not a pattern tested at each `change` of a long line.
    ...['my', 'your'].flatMap((owner) =>
      [...WORK].flatMap((work) => [`${owner} ${work}`, ...[...WHICH].map((which) => `${owner} ${which} ${work}`)]),
    ),
  ],
  needsWithPerson: [
    ...listRequiredWords(BROKE),
    ...OWNED,
    ...[...LAPSES].map((word) => ({ word, pattern: LAPSE_ON_THEIR_PART })),
    // An act (`Action of the pilot`) is read in a root cause only, where every sentence naming a person is read.
    ...wordsOf(PERSONAL_CHOICES),
    ...WRONG,
    ...SINGULAR,
    ...PLURAL,
    ...DEEMED,
    ...BADLY,
    ...[...PARTS].map((word) => ({ word, pattern: ON_OWN_PART })),
    ...[...RESTING].map(([verb, preposition]) => `${verb} ${preposition}`),
    ...requiredWords(AT_FAULT),
    ...requiredWords(HELD_TO_BLAME),
    ...requiredWords(IN_THE_WRONG),
    ...requiredWords(TO_BLAME_FOR),
    ...requiredWords(RESPONSIBLE),
    ...requiredWords(RESPONSIBLE_FOR_FAULTY),
    ...requiredWords(CAUSED_BY),
    ...requiredWords(TRACED_TO),
    ...requiredWords(BE_BECAUSE_OF),
    ...requiredWords(BECAUSE_OF),
    ...requiredWords(NAMED_CAUSE),
  ],
};
