// Hindsight: `the engineer should have checked`, `this should have been caught in review`,
// `if the operator had read the runbook`. A system as the subject (`the alert should have fired`)
// is a finding about the system, not blame.
import {
  compileList,
  compilePattern,
  firstMatch,
  listOpeningWords,
  listRequiredWords,
  matchAt,
  openingWords,
  patternList,
  type TokenPattern,
} from './patterns';
import { baseForm, isParticiple } from './rephrase';
import type { DetectionDraft, Detector, EditProposal, Sentence } from './sentence';
import { tokenSpan } from './sentence';
import { isRoleWord } from '../language/people';
import { namesPerson, namesTeam, passiveAgent, subjectAfter, subjectBefore, type Subject } from '../language/subject';
import {
  type Token,
  cue,
  gerundsOf,
  hasCue,
  isPluralNoun,
  isWord,
  isWordIn,
  SUBJECT_END_TAGS,
} from '../language/tokens';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import { BE_FORMS, FIRST_PERSON_PLURAL, INDEFINITE_ARTICLES, NEGATIONS, words } from '../language/vocabulary/grammar';
import { MISTAKE_ADVERBS } from './words/mistakeAdverbs';
import {
  DECISIONS,
  EXPECTATIONS,
  HINDSIGHT_ADVICE,
  HINDSIGHT_CATCHES,
  IMAGINED_QUALITIES,
  HINDSIGHT_VERDICTS,
  HUMAN_PARTICIPLES,
  UNDONE_INCIDENTS,
  VIGILANCE,
  WHETHER_ASKING,
} from './words/hindsight';
import { CARE } from './words/omissions';

/** `should have`, `could have` (a possibility, not a norm), `should not have`, `would have`. */
type Polarity = 'positive' | 'possible' | 'negative' | 'conditional';

interface Modal {
  readonly pattern: TokenPattern;
  readonly polarity: Polarity;
}

const modal = (pattern: string, polarity: Polarity): Modal => ({ pattern: compilePattern(pattern), polarity });

const MODALS = patternList<Modal>([
  modal('should have', 'positive'),
  modal('shoulda', 'positive'),
  modal('could have', 'possible'),
  modal('coulda', 'possible'),
  modal('ought|oughta to? have', 'positive'),
  modal('should not|never have', 'negative'),
  modal('would have', 'conditional'),
]);

const HUMAN_ACTS = wordsOf(HUMAN_PARTICIPLES);
/** Their base forms, which non-native writing puts after `have`: `Should have check too`. */
const HUMAN_ACT_BASES = new Set([...HUMAN_ACTS].map((act) => baseForm(act) ?? act));
const CAUGHT = wordsOf(VIGILANCE);
const LET_THROUGH = wordsOf(DECISIONS);
const CATCHES = wordsOf(HINDSIGHT_CATCHES);
const BETTER = wordsOf(IMAGINED_QUALITIES);
/** The words of a quality before a role: `a far more careful`. */
const QUALITY_TAGS = new Set(['ADJ', 'ADV']);
const QUALITY_REACH = 3;
const MISTAKEN = wordsOf(MISTAKE_ADVERBS);
const VERDICTS = wordsOf(HINDSIGHT_VERDICTS);
const EXPECTED = wordsOf(EXPECTATIONS);
const CAREFUL = wordsOf(CARE);
const ASKING_WHETHER = wordsOf(WHETHER_ASKING);
/** How far before `if` the verb of asking may stand: `asked Elizabeth if`, `asked the on-call engineer if`. */
const ASKING_REACH = 4;
/** What may stand between `been` and a word of care: `been more cautious`, `been a bit more careful`. */
const DEGREE = words('more a bit little much far');
/** How many words of degree may stand before a word of care. */
const DEGREE_REACH = 3;
/** What a verdict compares: `better to roll back`, `better if we had`, `better rather than panic`. */
const ALTERNATIVES = words('to if rather');
const ASKING_MODALS = words('could should would');
const BETWEEN = words(
  `simply just also easily really probably definitely first already immediately at least more carefully properly`,
);
const IF_WORDS = compilePattern('if only?');
const HAD_WORDS = compilePattern('had not?');
/** `if the reviewer would have read the diff`: `would have` in the if-clause, where some write it for `had`. */
const WOULD_FOR_HAD = compilePattern("would not? have|'ve");
/** The words hindsight starts with: a modal, `if`, or `had` opening the sentence. */
const CUE = cue([...listOpeningWords(MODALS), ...openingWords(IF_WORDS), 'had', 'and']);

/**
 * Index of the participle after the modal, skipping a few adverbs, or -1. A verb's base form there is one too, as
 * non-native and chat writing has it: `the reviewer should have catch this`.
 */
function participleAfter(tokens: readonly Token[], index: number): number {
  let i = index;
  while ((isWordIn(tokens[i], BETWEEN) || tokens[i]?.pos === 'ADV') && i - index < 2) i++;
  if (!isWord(tokens[i])) return -1;
  return isParticiple(tokens[i]!.lower) || (isBaseVerb(tokens[i]!) && OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? ''))
    ? i
    : -1;
}

/** What opens a base form's object: `catch this`, `check the logs`; not `have access to`, `have write access`. */
const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/** A verb in its base form, tagged so: `catch`, `check`; not `be`, which opens the passive's `been` otherwise. */
function isBaseVerb(token: Token): boolean {
  return token.pos === 'VERB' && token.lower === token.lemma && token.lower !== 'be';
}

/** How far the agent of a hindsight passive may stand: `should have been caught in review by the author`. */
const AGENT_REACH = 5;
/** How far a program named as the agent may stand: `should have been caught automatically`. */
const PROGRAM_REACH = 4;

/** `by CI`, `automatically`: the passive names a program as the one that should have acted. */
function programAgent(tokens: readonly Token[], participle: number): boolean {
  const agent = passiveAgent(tokens, participle, PROGRAM_REACH);
  if (agent) return agent.kind !== 'person';
  for (let i = participle + 1; i <= participle + PROGRAM_REACH && isWord(tokens[i]); i++)
    if (tokens[i]!.lower === 'automatically') return true;
  return false;
}

/**
 * Whether the subject of hindsight is a person who failed. `you` is one too: advice in general
 * does not look back (`you should have tested`, `if you had set up recovery`). So is a team the writer
 * names, for what only people do (`the ops team should have checked`).
 */
function subjectCounts(tokens: readonly Token[], subject: Subject, participle: number): boolean {
  const humanAct = HUMAN_ACTS.has(tokens[participle]!.lower) || careAfter(tokens, participle);
  return (
    namesPerson(subject, humanAct) || (humanAct && namesTeam(tokens, subject)) || tokens[subject.first]?.lower === 'you'
  );
}

/** `been more cautious`, `been careful`: care only a person takes, after `been`: `Mary should have been` is one. */
function careAfter(tokens: readonly Token[], been: number): boolean {
  if (tokens[been]!.lower !== 'been') return false;
  let i = been + 1;
  while (isWordIn(tokens[i], DEGREE) && i - been <= DEGREE_REACH) i++;
  return isWordIn(tokens[i], CAREFUL);
}

const PLURAL_PRONOUNS = words('they we these those both');

/** Whether a subject is plural: `these changes should have been`, `they should have been`. */
function isPluralSubject(tokens: readonly Token[], subject: Subject): boolean {
  const head = tokens[subject.head];
  if (head === undefined) return false;
  return PLURAL_PRONOUNS.has(head.lower) || (isPluralNoun(head) && head.lower.endsWith('s'));
}

/** The rephrasings of hindsight; `passiveSubject` is the subject of a passive (`this should have been caught`). */
function rephrasings(
  tokens: readonly Token[],
  modalStart: number,
  participle: number,
  polarity: Polarity,
  passiveSubject?: Subject,
): EditProposal[] {
  const span = tokenSpan(tokens, modalStart, participle);
  const word = tokens[participle]!.lower;
  const negation = polarity === 'negative' ? '' : ' not';
  if (passiveSubject)
    return [
      {
        ...span,
        newText: `${isPluralSubject(tokens, passiveSubject) ? 'were' : 'was'}${negation} ${word}`,
        safe: false,
      },
    ];
  if (polarity === 'negative') return [{ ...span, newText: word, safe: true }];
  if (polarity === 'conditional' || word === 'been') return [];
  // "could have checked" only implies that nobody did; the rephrase says so outright.
  const safe = polarity === 'positive';
  if (isBaseVerb(tokens[participle]!) && !isParticiple(word)) return [{ ...span, newText: `did not ${word}`, safe }];
  const base = baseForm(word);
  const proposals: EditProposal[] = base ? [{ ...span, newText: `did not ${base}`, safe }] : [];
  proposals.push({ ...span, newText: `had not ${word}`, safe });
  return proposals;
}

function modalHindsight(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const match = firstMatch(tokens, index, MODALS);
  if (!match) return undefined;
  const { polarity } = match.entry;
  const elided = writersHindsight(sentence, index, match.end, polarity);
  if (elided) return elided;
  const participle = participleAfter(tokens, match.end);
  if (participle < 0) return undefined;
  const word = tokens[participle]!.lower;
  if (
    word === 'been' &&
    !isWord(tokens[participle + 1]) &&
    polarity === 'negative' &&
    tokens.slice(0, index).some((token) => LET_THROUGH.has(token.lower))
  ) {
    // `Change was approved when it should not have been`: the decision named earlier.
    return { ...tokenSpan(tokens, index, participle), kind: 'counterfactual', namesPerson: false };
  }
  if (word === 'been') {
    const judged = judgedAlternative(tokens, index, participle, polarity);
    if (judged) return judged;
  }
  const subject = subjectBefore(tokens, index);
  const better = imaginedBetter(tokens, subject);
  // `A better engineer would have`: one of a kind, imagined better than the one who acted.
  // `We should have first communicated to everyone`, `In hindsight, we should have asked the other members`: the
  // writers' own hindsight, a counterfactual as `I should have` is; outside a root cause about what only people do,
  // not what the writers should have been sent (`We should have received an alert`).
  const ours =
    (sentence.rootCause || HUMAN_ACTS.has(word)) &&
    subject.first === subject.head &&
    isWordIn(tokens[subject.head], FIRST_PERSON_PLURAL) &&
    (polarity === 'positive' || polarity === 'negative') &&
    word !== 'been';
  const person =
    ours ||
    subjectCounts(tokens, subject, participle) ||
    (better && subject.kind === 'group' && isRoleWord(tokens[subject.head]?.lower ?? ''));
  if (word === 'been' && isWord(tokens[participle + 1]) && isParticiple(tokens[participle + 1]!.lower)) {
    // The passive. A person as its subject is who it happened to (`he should have been paged`);
    // "could have been noticed earlier" says it was possible; "should have been caught" says someone failed.
    const passiveWord = tokens[participle + 1]!.lower;
    // `should have been contained by operators`: a person named as the agent who failed.
    const agent = passiveAgent(tokens, participle + 1, AGENT_REACH);
    if (agent && namesPerson(agent, false) && polarity !== 'possible') {
      return { ...tokenSpan(tokens, index, agent.end - 1), kind: 'counterfactual', namesPerson: true };
    }
    // `could have been avoided by not committing directly to master`: what people did, or should have done.
    const act = CATCHES.has(passiveWord) ? actAvoidedBy(tokens, participle + 2) : -1;
    if (act >= 0) return { ...tokenSpan(tokens, index, act), kind: 'counterfactual', namesPerson: false };
    const vigilance =
      (CAUGHT.has(passiveWord) && polarity === 'positive') || (LET_THROUGH.has(passiveWord) && polarity === 'negative');
    if (!vigilance || programAgent(tokens, participle + 1)) return undefined;
    return {
      ...tokenSpan(tokens, index, participle + 1),
      kind: 'counterfactual',
      namesPerson: false,
      edits: rephrasings(tokens, index, participle + 1, polarity, subject),
    };
  }
  if (!person) return undefined;
  if (polarity === 'conditional' && EXPECTED.has(word) && expectsOfOthers(tokens, participle))
    return { ...tokenSpan(tokens, subject.first, participle), kind: 'counterfactual', namesPerson: true };
  if (
    polarity === 'conditional' &&
    !better &&
    (!CATCHES.has(word) || namesWhatWasSeen(tokens, subject) || thingsCondition(tokens, subject))
  )
    return undefined;
  // "an engineer could have run it by hand" is an option anyone had, not a person who failed; so is what "a
  // malicious actor could have altered".
  if (polarity === 'possible' && opensIndefinitely(tokens, subject)) return undefined;
  // `I don't see how you could have done something to the page`: what was possible, asked about, not told.
  if (polarity === 'possible' && isWordIn(tokens[subject.first - 1], ASKED_ABOUT)) return undefined;
  // `makes me wonder if I should have written it at all`, `whether we should have paged`: a question, not hindsight.
  if (tokens[subject.first - 1]?.lower === 'whether' || asksWhether(tokens, subject.first - 1)) return undefined;
  return {
    ...tokenSpan(tokens, subject.first, participle),
    kind: 'counterfactual',
    namesPerson: true,
    edits: rephrasings(tokens, index, participle, polarity),
  };
}

/** Words that open a clause asked about: `how you could have`, `whether he could have`. */
const ASKED_ABOUT = words('how whether');

/**
 * `Should have tested this first.`, `Should have check too...`, `Shouldn't have merged it`: hindsight that opens the
 * sentence with its subject left out, as notes and chat leave out `I`: the writer's own act, judged, when it is one
 * only people do (see `HUMAN_PARTICIPLES`). Not `Should have fired an alert`, whose subject left out is a program, nor
 * a question, nor what could or would have been.
 */
function writersHindsight(
  sentence: Sentence,
  index: number,
  after: number,
  polarity: Polarity,
): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (index !== sentence.firstWord || (polarity !== 'positive' && polarity !== 'negative')) return undefined;
  if (tokens.some((token) => token.text === '?')) return undefined;
  // What only people do (`tested`, `merged`; `check` as non-native writing has it), not `worked` or `fired`.
  const verb = tokens[after];
  if (!isWord(verb) || !(HUMAN_ACTS.has(verb.lower) || HUMAN_ACT_BASES.has(verb.lower))) return undefined;
  return { ...tokenSpan(tokens, index, after), kind: 'counterfactual', namesPerson: true };
}

/**
 * `If the script had asked for confirmation, the DBA would have seen the row count` (or `Had the script asked ...`): a
 * condition whose subject is a thing makes what a person would then have caught the system's help, not the person's
 * failing.
 */
function thingsCondition(tokens: readonly Token[], subject: Subject): boolean {
  const opener = tokens.findIndex(
    (token, i) => i < subject.first && (token.lower === 'if' || (token.lower === 'had' && !isWord(tokens[i - 1]))),
  );
  if (opener < 0) return false;
  const condition = subjectAfter(tokens, opener + 1);
  return condition.kind === 'thing' && condition.head < subject.first;
}

/** `a more careful engineer`, `any good admin`: one imagined with a quality the one who acted is judged to lack. */
function imaginedBetter(tokens: readonly Token[], subject: Subject): boolean {
  if (subject.first < 0) return false;
  // The quality may stand before where the phrase is taken to start: `a better engineer` starts at `engineer`.
  let first = subject.first;
  while (first > 0 && subject.first - first < QUALITY_REACH && QUALITY_TAGS.has(tokens[first - 1]!.pos)) first--;
  return tokens.slice(first, subject.head).some((token) => isWordIn(token, BETTER));
}

/** The gerunds of the acts only people do (see `HUMAN_PARTICIPLES`): `checking`, `reading`, `listening`. */
const HUMAN_ACT_GERUNDS = new Set(
  [...HUMAN_ACTS].flatMap((word) => gerundsOf(baseForm(word) ?? word.replace(/ed$/, ''))),
);
/** Verbs whose gerund, denied, tells of no act: `by not having a replica`, `by not being on call`. */
const STATES = words('be have');

/**
 * Where the act ends that, after `by` at `index`, would have avoided or caught the incident, or -1: one denied, which
 * someone did (`by not committing directly to master`), or an act only people do (`by reading the release notes`).
 * Not what a system could have had (`by adding a second replica`, `by not having a single point of failure`).
 */
function actAvoidedBy(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.lower !== 'by') return -1;
  const denied = isWordIn(tokens[index + 1], NEGATIONS);
  const gerund = tokens[denied ? index + 2 : index + 1];
  // The model reads a gerund after `by` as a noun now and then: `by reading/NOUN the release notes`.
  if (!isWord(gerund) || !gerund.lower.endsWith('ing') || (gerund.pos !== 'VERB' && gerund.pos !== 'NOUN')) return -1;
  const acted = denied ? !STATES.has(gerund.lemma) : HUMAN_ACT_GERUNDS.has(gerund.lower);
  return acted ? (denied ? index + 2 : index + 1) : -1;
}

/** Whether the subject's noun phrase opens with `a` or `an`, past the words describing it: `an external actor`. */
function opensIndefinitely(tokens: readonly Token[], subject: Subject): boolean {
  let first = subject.first;
  while (first > 0 && (tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'NOUN')) first--;
  return isWordIn(tokens[first], INDEFINITE_ARTICLES) || isWordIn(tokens[first - 1], INDEFINITE_ARTICLES);
}

/** How many adverbs may stand between an expected check's `are` and its participle: `are actually tested`. */
const ADVERB_REACH = 2;

/**
 * `I would have hoped that configs are actually tested`, `I would have expected the reviewer to catch this`: what
 * the writer expected of others, who did not do it: a person to act, or a check in the passive by nobody named or a
 * person. Not what a thing was expected to do (`expected the failover to finish`), nor a check by a program, nor what
 * was to happen to a person (`expected the on-call to be paged`).
 */
function expectsOfOthers(tokens: readonly Token[], verb: number): boolean {
  const subject = subjectAfter(tokens, tokens[verb + 1]?.lower === 'that' ? verb + 2 : verb + 1);
  if (subject.head < 0) return false;
  // Not `the on-call to be paged`: what was to happen to the person.
  if (tokens[subject.end]?.lower === 'to') return namesPerson(subject, true) && tokens[subject.end + 1]?.lower !== 'be';
  if (!isWordIn(tokens[subject.end], BE_FORMS)) return false;
  let participle = subject.end + 1;
  while (tokens[participle]?.pos === 'ADV' && participle - subject.end <= ADVERB_REACH) participle++;
  return isWordIn(tokens[participle], CAUGHT) && !programAgent(tokens, participle);
}

/** Words that open a clause standing for the thing it tells of: `what the employee would have seen`. */
const FREE_RELATIVES = words('what whatever');

/**
 * `a screenshot of what the employee would have seen`: the clause names the thing before the person's eyes, not a
 * better person who would have caught it.
 */
function namesWhatWasSeen(tokens: readonly Token[], subject: Subject): boolean {
  return isWordIn(tokens[subject.first - 1], FREE_RELATIVES);
}

/** `Couldn't they have done a test run?`: hindsight asked as a question, the subject after the negated modal. */
function askedHindsight(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (
    !ASKING_MODALS.has(tokens[index]!.lower) ||
    !isWordIn(tokens[index + 1], NEGATIONS) ||
    tokens[tokens.length - 1]?.text !== '?'
  )
    return undefined;
  const subject = subjectAfter(tokens, index + 2);
  if (!namesPerson(subject, true) || tokens[subject.end]?.lower !== 'have') return undefined;
  const participle = participleAfter(tokens, subject.end + 1);
  return participle < 0
    ? undefined
    : { ...tokenSpan(tokens, index, participle), kind: 'counterfactual', namesPerson: true };
}

/** `It would have been better to roll back`: the road not taken, judged in hindsight. */
function judgedAlternative(
  tokens: readonly Token[],
  modalStart: number,
  been: number,
  polarity: Polarity,
): DetectionDraft | undefined {
  const verdict = tokens[been + 1];
  if (polarity !== 'conditional' || !isWordIn(verdict, VERDICTS) || !isWordIn(tokens[been + 2], ALTERNATIVES))
    return undefined;
  return { ...tokenSpan(tokens, modalStart, been + 1), kind: 'counterfactual', namesPerson: false };
}

/** Words a subject after an inverted `had` opens with: `had the operator`, `had they`, `had someone`. */
const HAD_SUBJECT_OPENERS = words('the a an our my his her their i he she they someone somebody anyone anybody');

/** Pronouns only a subject takes: after `had`, they make it the inverted conditional (`in minutes had they`). */
const SUBJECT_PRONOUNS = words('i he she we they');

/**
 * `Had the operator read`, `..., had the author followed`, `preventable had the author`, `would have been avoided had
 * the operator followed`, `fixed for $10000 had they listened`: no subject before `had`, so its subject follows it.
 */
function invertsConditional(sentence: Sentence, index: number): boolean {
  const before = sentence.tokens[index - 1];
  return (
    index === sentence.firstWord ||
    !isWord(before) ||
    !SUBJECT_END_TAGS.has(before.pos) ||
    isWordIn(sentence.tokens[index + 1], SUBJECT_PRONOUNS)
  );
}

/** `asked Elizabeth if she had`, `checked if the engineer had`: `if` at `index` as whether, after a verb of asking. */
function asksWhether(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'if') return false;
  for (let i = index - 1; i >= 0 && index - i <= ASKING_REACH && isWord(tokens[i]); i--)
    if (ASKING_WHETHER.has(tokens[i]!.lower)) return true;
  return false;
}

/** The modals of an outcome a condition would have had: `would`, `could`, `might`. */
const OUTCOME_MODALS = words('would could might');

/** `if the engineer had checked`, `if only Bob had`, `Had the operator read the runbook`. */
function conditionalHindsight(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const opener = tokens[index]!;
  let after: number;
  if (opener.lower === 'had' && invertsConditional(sentence, index)) after = index + 1;
  else after = matchAt(tokens, index, IF_WORDS);
  if (after < 0 || asksWhether(tokens, index)) return undefined;
  const subject = subjectAfter(tokens, after);
  // `would have` for `had` only where `if` opens its clause: `not sure if I would have done` asks whether.
  const opensClause = !isWord(tokens[index - 1]) || tokens[index - 1]!.pos === 'CCONJ';
  const wouldForHad = opensClause ? matchAt(tokens, subject.end, WOULD_FOR_HAD) : -1;
  const had = opener.lower === 'had' ? subject.end : Math.max(matchAt(tokens, subject.end, HAD_WORDS), wouldForHad);
  if (had < 0) return opener.lower === 'had' ? undefined : pastForPerfect(sentence, index, subject);
  // `had they have listened`, `if I had have known`: a `have` that casual writing puts before the participle.
  const participle = participleAfter(tokens, tokens[had]?.lower === 'have' ? had + 1 : had);
  if (participle < 0 || !subjectCounts(tokens, subject, participle)) return undefined;
  // `If I had mistakenly disabled access, ...`: a mistake supposed, not a better act wished for.
  if (tokens.slice(had, participle).some((token) => MISTAKEN.has(token.lower))) return undefined;
  // `was advised to contact the Clinic if he had not heard anything`: a condition of advice, with no outcome that
  // would have followed; `if only` wishes with none.
  const wish = tokens[index + 1]?.lower === 'only';
  if (opener.lower === 'if' && !wish && !tokens.some((token) => isWordIn(token, OUTCOME_MODALS))) return undefined;
  return { ...tokenSpan(tokens, index, participle), kind: 'counterfactual', namesPerson: true };
}

const ADVICE = compileList(patternsOf(HINDSIGHT_ADVICE));
/** Tags of an imperative's verb: `deploy`, `do`, and a verb the model reads as a noun. */
const IMPERATIVE_TAGS = words('VERB AUX NOUN');
const UNDONE = compileList(patternsOf(UNDONE_INCIDENTS));

/**
 * `NEVER do a force push and this won't happen`, `Just run the tests before merging and none of this happens`: advice
 * that opens the sentence with a prohibition or a "just" and an imperative, then, after `and` at `index`, the incident
 * undone. Not `Restart the pod and this won't happen again`, a remedy, nor advice with no incident after it.
 */
function adviceHindsight(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (tokens[index]!.lower !== 'and' || sentence.firstWord < 0) return undefined;
  const undone = firstMatch(tokens, index + 1, UNDONE);
  const advice = undone && firstMatch(tokens, sentence.firstWord, ADVICE);
  const verb = advice && tokens[advice.end];
  // The model reads an imperative as a noun now and then: `Don't hotfix/NOUN production by hand`.
  if (!verb || verb.lower !== verb.lemma || !IMPERATIVE_TAGS.has(verb.pos)) return undefined;
  return { ...tokenSpan(tokens, sentence.firstWord, undone.end - 1), kind: 'counterfactual', namesPerson: false };
}

/** The modals of what would have followed: `they would have solved it`, `we could have rolled back`. */
const WOULD_HAVE = compilePattern('would|could have');

/**
 * `If they followed my suggestion ... they would have solved it`: the simple past in place of `had followed`, as casual
 * writing has it, of an act only people do by someone other than the reader, with `would have` after it telling what
 * would have followed. Not `If the alert fired, the on-call would have been paged`, nor `If they followed the runbook,
 * the step was missing`.
 */
function pastForPerfect(
  sentence: Sentence,
  index: number,
  subject: Subject & { readonly end: number },
): DetectionDraft | undefined {
  const { tokens } = sentence;
  const verb = tokens[subject.end];
  // Not `you`: `If you followed the setup guide, you would have seen a prompt` tells the reader what they saw.
  if (!isWordIn(verb, HUMAN_ACTS) || verb.pos !== 'VERB' || !namesPerson(subject, true)) return undefined;
  const followed = tokens.some((_, i) => i > subject.end && matchAt(tokens, i, WOULD_HAVE) >= 0);
  return followed ? { ...tokenSpan(tokens, index, subject.end), kind: 'counterfactual', namesPerson: true } : undefined;
}

function detectCounterfactuals(sentence: Sentence): DetectionDraft[] {
  const drafts: DetectionDraft[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (!hasCue(tokens[i], CUE)) continue;
    const draft =
      modalHindsight(sentence, i) ??
      askedHindsight(sentence, i) ??
      conditionalHindsight(sentence, i) ??
      adviceHindsight(sentence, i);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** A modal (`should have`), or `had` after `if` or opening the sentence. */
/** A modal with `have` (as written, contractions too), or `had`. */
const MODAL_PHRASES = ['should', 'could', 'would'].flatMap((modal) => [
  `${modal} have`,
  `${modal}'ve`,
  `${modal}ve`,
  `${modal} not have`,
  `${modal} never have`,
  `${modal}n't have`,
]);
/**
 * A modal with `have`, or `if` (and a person) for `if the engineer had checked`. A sentence opening
 * with `Had the operator read ...` says what would have followed: its `would have` opens it.
 */
export const counterfactualDetector: Detector = {
  find: detectCounterfactuals,
  needs: [
    ...MODAL_PHRASES,
    'shoulda',
    'coulda',
    'ought to have',
    'oughta have',
    'ought have',
    ...listRequiredWords(UNDONE),
  ],
  needsWithPerson: [
    ...openingWords(IF_WORDS),
    ...[...ASKING_MODALS].map((modal) => `${modal}n't`),
    // `avoidable had the operator double-checked`: outside a root cause, `had` before the words a subject opens with.
    ...[...HAD_SUBJECT_OPENERS].map((opener) => `had ${opener}`),
  ],
  // `preventable had the author followed the checklist`: a hindsight conditional with no `would have`.
  needsInRootCause: ['had'],
};
