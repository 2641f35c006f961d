// One sentence of a prose block, as the detectors see it, and how they report what they find.
import { compileList, firstMatch, type NeededWord } from './patterns';
import { rephrase, type TextSpan } from './rephrase';
import {
  beforeAdverbs,
  cue,
  hasCue,
  isLemmaIn,
  isPassive,
  isPastVerb,
  isPresentVerb,
  isWord,
  isWordIn,
  NO_KNOWN_NAMES,
  type KnownNames,
  type Token,
  VERB_TAGS,
} from '../language/tokens';
import type { BlameDetection, BlameKind, Rephrasing } from './types';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import {
  CAUSAL_WORDS,
  CAUSE_NAMINGS,
  DEFINITIONS,
  DIARY_INTERJECTIONS,
  GENERALISATIONS,
  ANYONE,
  GENERIC_DETERMINERS,
  HABITUAL_OPENERS,
  INCIDENT_QUANTIFIERS,
  MANY_INCIDENTS,
  INCIDENTS_AT_LARGE,
  REPORTING_VERBS,
} from './words/framing';
import { INCIDENTS, PLURAL_MISTAKES, SINGULAR_MISTAKES } from './words/ownedMistakes';
import { HARMS } from './words/consequences';
import { AFFECTED } from './words/failing';
import { BREACHES, CHECKS_DONE, CONFORMITY, FUNCTIONING, PLANS, PROCEDURES, REQUESTS } from './words/compliance';
import {
  BE_FORMS,
  CAUSED_VERBS,
  HYPOTHETICAL,
  DETERMINERS,
  INDEFINITE_ARTICLES,
  NEGATIONS,
  NOUN_RELATIVES,
  PAST_AUXILIARIES,
  PAST_BE,
  PRESENT_BE,
  QUESTION_AUXILIARIES,
  QUESTION_HEDGES,
  RELATIVE_PRONOUNS,
  SAME_FORM_PASTS,
  words,
  LATER_CLAUSE_OPENERS,
} from '../language/vocabulary/grammar';
import { subjectBefore } from '../language/subject';
import { hasCommonNounEnding, isNameShaped, isPossessive, pluralsOf } from '../language/people';

/** Where the prose stands and whom the document names. */
export interface ReadingContext {
  /** The prose lies in a root-cause or trigger section. */
  readonly rootCause: boolean;
  /** The document's and the team's people and systems. */
  readonly names: KnownNames;
}

export const PLAIN_PROSE: ReadingContext = { rootCause: false, names: NO_KNOWN_NAMES };

export interface Sentence {
  readonly tokens: readonly Token[];
  readonly rootCause: boolean;
  /** The block's masked text and its source, both indexed like the tokens. */
  readonly masked: string;
  readonly source: string;
  readonly causal: boolean;
  /** The sentence speaks of incidents in general (statistics, terms, `every incident`), not of this one. */
  readonly general: boolean;
  /** The sentence tells what happens, any time, in the present: no verb in it tells of one occasion. */
  readonly timeless: boolean;
  /** The sentence defines a term (see `definesTerm`): what the definition holds is told of no incident. */
  readonly definesTerm: boolean;
  /** Index of the first word token. */
  readonly firstWord: number;
  /** The sentence ends in a question mark: it asks (`How could it be the trainee's fault?`). */
  readonly asks: boolean;
  /** The sentence asks whether something is so, and says nothing (see `asksWhether`). */
  readonly asksWhether: boolean;
  /** The sentence counts incidents in digits, a statistic, and blames no one (see `shareOfIncidents`). */
  readonly counts: boolean;
  /** The sentence tells of an act that kept to a procedure (see `keepsToProcedure`). */
  readonly keepsToProcedure: boolean;
}

/** Words that make a sentence about causes. */
const CAUSAL_WORD_LIST = wordsOf(CAUSAL_WORDS);
const CAUSAL = cue(CAUSAL_WORD_LIST);
const NAMING_CAUSE = compileList(patternsOf(CAUSE_NAMINGS));

/** Whether the sentence states a cause: with a causal word, or by blaming, citing or calling (`CAUSE_NAMINGS`). */
function statesCause(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => hasCue(token, CAUSAL) || firstMatch(tokens, index, NAMING_CAUSE) !== undefined);
}
/** How far after a phrase the verb of what it brought about may stand: `typing wrong figures led to`. */
const CONSEQUENCE_REACH = 8;

/**
 * Whether a verb that brings something about follows the phrase at `index`, in its clause: `an engineer typing wrong
 * figures led to`, `the engineer's decision to skip the canary caused`.
 */
export function bringsAbout(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length && i - index <= CONSEQUENCE_REACH && tokens[i]!.kind === 'word'; i++) {
    if (tokens[i]!.pos === 'VERB' && CAUSAL_WORD_LIST.has(tokens[i]!.lower)) return true;
    if (isWordIn(tokens[i], BE_FORMS) && namedCauseAt(tokens, i + 1)) return true;
  }
  return false;
}

/** Nouns that name what brought the incident about: `was the probable cause of`, `was the main reason`. */
const CAUSE_NOUNS = words('cause reason');
/** What follows a cause noun to name what it caused: `the cause of`, `the reason for`. */
const CAUSE_OBJECTS = words('of for behind');
/** How many words may qualify the cause: `the probable cause`, `the single biggest root cause`. */
const CAUSE_QUALIFIERS = 4;
const CAUSE_QUALIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'VERB', 'ADV']);

/**
 * `the probable cause`, `a contributing cause`, `the root cause of`, `the main reason for` at `index`, after `was`:
 * named as the cause. Not `the reason service came back`, which tells what it brought back.
 */
export function namedCauseAt(tokens: readonly Token[], index: number): boolean {
  for (let i = index; i - index <= CAUSE_QUALIFIERS && isWord(tokens[i]); i++) {
    if (isWordIn(tokens[i], CAUSE_NOUNS)) return !isWord(tokens[i + 1]) || isWordIn(tokens[i + 1], CAUSE_OBJECTS);
    if (!CAUSE_QUALIFIER_TAGS.has(tokens[i]!.pos)) return false;
  }
  return false;
}

const CAUSE_TURNS = words('by from');

/**
 * Whether the verb stands in a clause opened by `before` or `until`: what it tells came after the event the sentence
 * explains (`no safety system applied the brakes before they were applied by the driver`).
 */
export function cameLater(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= LATER_CLAUSE_REACH && tokens[i]!.kind === 'word'; i--)
    if (isWordIn(tokens[i], LATER_CLAUSE_OPENERS)) return true;
  return false;
}

/** How far before its verb a clause's `before` may stand: `before the two on-call engineers had restarted`. */
const LATER_CLAUSE_REACH = 6;

/**
 * `The accidental release happened due to several factors`, `The typo was caused by an autocomplete`: the slip is
 * what the clause explains, its cause named after it.
 */
export function causeFollows(tokens: readonly Token[], noun: number): boolean {
  for (let i = noun + 1; i < tokens.length && tokens[i]!.kind !== 'punct'; i++) {
    const token = tokens[i]!;
    if (token.lower === 'because' || (token.lower === 'due' && tokens[i + 1]?.lower === 'to')) return true;
    if (isWordIn(tokens[i + 1], CAUSE_TURNS) && CAUSED_VERBS.has(token.lemma)) return true;
  }
  return false;
}

/** Whether a word of supposition (`if`, `suppose`) stands before `index`: what follows it is supposed. */
export function supposedBefore(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(0, index).some((token) => isWordIn(token, HYPOTHETICAL));
}

const MISHAPS = new Set([...wordsOf(SINGULAR_MISTAKES), ...wordsOf(PLURAL_MISTAKES), ...wordsOf(HARMS)]);
/** A capital inside a word marks a product, not a person: `DigitalOcean`, `WordPress`. */
const INNER_CAPITAL = /^.\p{Ll}+\p{Lu}/u;

/**
 * A capitalised word with nothing of a product or a common noun about it: `Tom`, not `DigitalOcean`, `Flooding`,
 * nor a mistake or a harm opening the sentence (`Mistake in the config caused it`).
 */
export function looksLikeName(token: Token): boolean {
  return (
    isNameShaped(token) &&
    !INNER_CAPITAL.test(token.text) &&
    !hasCommonNounEnding(token.lower) &&
    !MISHAPS.has(token.lower)
  );
}

export function makeSentence(
  tokens: readonly Token[],
  masked: string,
  source: string,
  context: ReadingContext,
): Sentence {
  const causal = statesCause(tokens);
  const timeless = tellsWhatHappens(tokens);
  const asks = tokens[tokens.length - 1]?.text === '?';
  const defines = definesTerm(tokens);
  const counts = tokens.some((_, i) => shareOfIncidents(tokens, i));
  return {
    tokens,
    rootCause: context.rootCause,
    masked,
    source,
    causal,
    general: timeless || defines || counts || speaksInGeneral(tokens),
    timeless,
    definesTerm: defines,
    firstWord: tokens.findIndex((token) => token.kind === 'word'),
    asks,
    asksWhether: asks && asksWhether(tokens),
    counts,
    keepsToProcedure: keepsToProcedure(tokens),
  };
}

const PROCEDURE_WORDS = wordsOf(PROCEDURES);
const CONFORMING = wordsOf(CONFORMITY);
const BREACHING = wordsOf(BREACHES);
const PLANNED = wordsOf(PLANS);
const WORKING = wordsOf(FUNCTIONING);
const CHECKED = wordsOf(CHECKS_DONE);
const REQUESTED = wordsOf(REQUESTS);
/** How many words may name who asked, between `as` and the asking: `as the security advisory recommended`. */
const REQUESTER_REACH = 4;
/** How far before a procedure the word of keeping to it may stand: `as instructed by the playbook`. */
const CONFORMITY_REACH = 3;
/** How far before that word a denial or a failure of it may stand: `had not followed`, `failed to follow`. */
const BREACH_REACH = 2;

/**
 * `as the runbook said, I ran the script`, `following the checklist`, `per the documented procedure`: the act the
 * sentence tells of kept to a procedure, so the procedure is what the sentence finds fault with; not `did not follow
 * the runbook`, `instead of following the checklist`.
 */
function keepsToProcedure(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      (isWordIn(token, PROCEDURE_WORDS) && conformsBefore(tokens, index, CONFORMING)) ||
      (isWordIn(token, PLANNED) && asPlanned(tokens, index)) ||
      (isWordIn(token, CHECKED) && conformsBefore(tokens, index, AFTER_CHECKS)) ||
      (isWordIn(token, REQUESTED) && token.pos === 'VERB' && askedFor(tokens, index)),
  );
}

/**
 * `as planned`, `as part of the planned reindex`: the act at `planned` was done as it was planned, not denied before
 * `as`.
 */
function asPlanned(tokens: readonly Token[], planned: number): boolean {
  let as = planned - 1;
  if (isWordIn(tokens[as], DETERMINERS)) as--;
  if (tokens[as]?.lower === 'of' && tokens[as - 1]?.lower === 'part') as -= 2;
  else if (as !== planned - 1) return false;
  // `the train was working as designed`: a thing doing its job, not an act kept to a plan.
  if (isLemmaIn(tokens[as - 1], WORKING)) return false;
  return tokens[as]?.lower === 'as' && !breachedBefore(tokens, as, PLAN_REACH);
}

/** `as the ticket requested`: `as` a few words before the asking, nothing but words between, not denied before it. */
function askedFor(tokens: readonly Token[], asking: number): boolean {
  for (let i = asking - 1; i >= 0 && asking - i <= REQUESTER_REACH && isWord(tokens[i]); i--)
    if (tokens[i]!.lower === 'as') return i < asking - 1 && !breachedBefore(tokens, i, PLAN_REACH);
  return false;
}

/** Words that, before a check, say the act went through it: `after two approvals`, `with a sign-off`. */
const AFTER_CHECKS = words('after with');

function conformsBefore(tokens: readonly Token[], procedure: number, conforming: ReadonlySet<string>): boolean {
  for (let i = procedure - 1; i >= 0 && procedure - i <= CONFORMITY_REACH && isWord(tokens[i]); i--)
    if (isWordIn(tokens[i], conforming)) return !breachedBefore(tokens, i, BREACH_REACH);
  return false;
}

/** How far before `as planned` a denial of the act may stand: `did not replace the PSU as scheduled`. */
const PLAN_REACH = 6;

/** Whether a denial or a failure stands within `reach` words before the word of keeping at `index`. */
function breachedBefore(tokens: readonly Token[], index: number, reach: number): boolean {
  for (let j = index - 1; j >= 0 && index - j <= reach && isWord(tokens[j]); j--)
    if (isWordIn(tokens[j], BREACHING)) return true;
  return false;
}

/**
 * `Was it operator error?`, `Did I do something wrong, or you mean another branch?`, `Was the outage the result of a
 * failure by the operator?`, `Quick question — when your team bypassed staging, was that a process failure?`: a
 * question whether, opened by an auxiliary or a hedge (`Perhaps you forgot to renew it?`), asks and says nothing. Not
 * one negated (`Didn't anyone check the tests?` says nobody did), nor one that asks why or how.
 */
function asksWhether(tokens: readonly Token[]): boolean {
  const first = questionStart(tokens);
  // `What if they weren't capable of picking it up?`: a supposition asked about, as a hedge asks.
  const supposes = tokens[first]?.lower === 'what' && tokens[first + 1]?.lower === 'if';
  if (supposes || isWordIn(tokens[first], QUESTION_HEDGES)) return true;
  return isWordIn(tokens[first], QUESTION_AUXILIARIES) && !isWordIn(tokens[first + 1], NEGATIONS);
}

/** What sets a question off from the words before it: `Quick question —`, `One thing:`. */
const PREAMBLE_ENDS = new Set(['\u2014', '\u2013', ':']);
/** Words that open a clause before a question's own: `when your team bypassed staging, was that ...?`. */
const QUESTION_OPENERS = words(`when if after before once since while`);

/** Where a question's own words start: past a preamble and a clause that opens it with a comma after it. */
function questionStart(tokens: readonly Token[]): number {
  let start = firstWordOf(tokens);
  for (let i = tokens.length - 1; i > start; i--)
    if (PREAMBLE_ENDS.has(tokens[i]!.text)) {
      start = i + 1;
      break;
    }
  if (!isWordIn(tokens[start], QUESTION_OPENERS)) return start;
  const comma = tokens.findIndex((token, i) => i > start && token.text === ',');
  return comma < 0 ? start : comma + 1;
}

const GENERALISING = wordsOf(GENERALISATIONS);
const MANY = wordsOf(MANY_INCIDENTS);
const AT_LARGE = wordsOf(INCIDENTS_AT_LARGE);
const QUANTIFIERS = wordsOf(INCIDENT_QUANTIFIERS);
const INCIDENT_NOUNS = new Set([...wordsOf(INCIDENTS), ...pluralsOf(wordsOf(INCIDENTS))]);
/** How far before its incident noun a quantifier may stand: `every serious incident`. */
const QUANTIFIER_REACH = 3;

/**
 * `60% of downtime is attributed to human error`, `every serious incident`, `human error is often`: a claim about
 * incidents in general, in any tense, or one about what happens (see `tellsWhatHappens`); incidents counted in digits
 * are one too (`counts`, see `shareOfIncidents`). Not `The city called it human error`, which names this incident's
 * cause (see `CAUSE_NAMINGS`).
 */
function speaksInGeneral(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      (MANY.has(token.lower) && !firstMatch(tokens, i, NAMING_CAUSE)) ||
      quantifiesIncidents(tokens, i) ||
      incidentsAtLarge(tokens, i),
  );
}

/** `of adverse incidents`, `to accidents`: bare plural incidents after a preposition (see `INCIDENTS_AT_LARGE`). */
function incidentsAtLarge(tokens: readonly Token[], index: number): boolean {
  if (!isWordIn(tokens[index], AT_LARGE)) return false;
  let before = index - 1;
  while (tokens[before]?.pos === 'ADJ' || tokens[before]?.pos === 'NOUN') before--;
  return tokens[before]?.pos === 'ADP';
}

/** How far after a percentage its incidents may stand: `12% of the 245 data breaches`. */
const SHARE_REACH = 5;

/**
 * `accounted for 12% of the 245 data breaches`, `3 of the 10 outages`: a share of incidents counted in digits, a
 * statistic (the tokens leave the `%` out).
 */
function shareOfIncidents(tokens: readonly Token[], index: number): boolean {
  const share = tokens[index]!;
  if (share.pos !== 'NUM' || !/^\d/.test(share.text) || tokens[index + 1]?.lower !== 'of') return false;
  return incidentNounBetween(tokens, index + 2, index + SHARE_REACH);
}

/** Whether an incident noun stands among the words from `from` to `last`: `the 245 data breaches`. */
function incidentNounBetween(tokens: readonly Token[], from: number, last: number): boolean {
  for (let i = from; i <= last && isWord(tokens[i]); i++) if (INCIDENT_NOUNS.has(tokens[i]!.lower)) return true;
  return false;
}

const IS_OR_ARE = words(`is are`);

const DEFINING = compileList(patternsOf(DEFINITIONS));
/** Tags of the words a term is made of: `Human Error`, `pilot error`, `fat finger error`. */
const TERM_TAGS = words(`NOUN PROPN ADJ`);
/** Words a term opening a definition holds at most. */
const TERM_WORDS = 3;

/**
 * `A fat finger error is a computer error or human error that can cause ...`, `A typo is a human error that ...`: a
 * term defined, `a` or `an` and its noun, then `is a`; not `An operator error is what brought the site down`. Or a
 * term of a few words, then what it refers to, means or can be (see `DEFINITIONS`): `Human error refers to an act
 * that had an outcome nobody intended`, `Pilot error can be a mistake, oversight, ...`; not `Human error may have
 * caused the outage`.
 */
function definesTerm(tokens: readonly Token[]): boolean {
  const first = firstWordOf(tokens);
  const article = isWordIn(tokens[first], INDEFINITE_ARTICLES);
  if (article) {
    const verb = tokens.findIndex((token, i) => i > first && (token.pos === 'VERB' || token.pos === 'AUX'));
    if (isWordIn(tokens[verb], IS_OR_ARE) && isWordIn(tokens[verb + 1], INDEFINITE_ARTICLES)) return true;
  }
  const term = article ? first + 1 : first;
  for (let end = term; end < term + TERM_WORDS && TERM_TAGS.has(tokens[end]?.pos ?? ''); end++)
    if (firstMatch(tokens, end + 1, DEFINING)) return true;
  return false;
}

const REPORTS = wordsOf(REPORTING_VERBS);

/**
 * `Accidents are blamed on operator error`, `every so often someone fat-fingers a command`, `when a service goes
 * dark, we blame human error`: what happens, in the present, with no verb in the past to tell of this incident but
 * one that reports a saying (`"Humans make mistakes," he said`). A past act that qualifies a noun (see
 * `qualifiesNoun`) is no telling of this incident only in a claim of what usually happens: `the engineer who made the
 * error often needs support`; not `Let's not forget the intern who brought down the network`.
 */
function tellsWhatHappens(tokens: readonly Token[]): boolean {
  const toldOfIncident = (token: Token, i: number) =>
    (isSimplePast(tokens, i) && !REPORTS.has(token.lemma) && !attributive(tokens, i)) ||
    isWordIn(token, PAST_AUXILIARIES);
  const told = tokens.filter((token, i) => toldOfIncident(token, i) && !qualifiesNoun(tokens, i));
  if (told.length > 0) return false;
  const present = presentVerbs(tokens);
  if (present.length === 0) return false;
  const generalising = tokens.some((token) => GENERALISING.has(token.lower));
  if (tokens.some(toldOfIncident)) return generalising;
  return (
    generalising ||
    present.some((verb) => HABITUAL.has(tokens[clauseOpener(tokens, verb)]?.lower ?? '')) ||
    // `A report says human error is to blame`: news telling what one report says, not what any report does.
    present.some((verb) => hasGenericSubject(tokens, verb) && !REPORTS.has(tokens[verb]!.lemma))
  );
}

/**
 * `the engineer who made the error also needs support`, `behind a mistake made by a human`: a verb in the past in a
 * relative clause on a noun (`Engineers who made a mistake`, `anyone who skipped`), or a participle after a noun with
 * its agent, tells what the noun is, not what happened.
 */
function qualifiesNoun(tokens: readonly Token[], index: number): boolean {
  if (isWordIn(tokens[index - 1], RELATIVE_PRONOUNS)) return QUALIFIED.has(tokens[index - 2]?.pos ?? '');
  const noun = tokens[index - 1]?.pos;
  return (noun === 'NOUN' || noun === 'PROPN') && tokens[index + 1]?.lower === 'by';
}

/** Tags of the words a noun phrase may open with before a participle that qualifies its noun: `the`, `of`. */
const PHRASE_OPENING_TAGS = words(`DET ADP`);

/**
 * `Even experienced operators make mistakes`, `of the deleted files`: a participle before its noun, opening the
 * sentence (after adverbs alone) or a noun phrase, says what the noun is and tells of no occasion; not `The engineer
 * deleted files`, where a subject stands before it.
 */
function attributive(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.pos !== 'NOUN') return false;
  const before = tokens[beforeAdverbs(tokens, index)];
  return !isWord(before) || PHRASE_OPENING_TAGS.has(before.pos);
}

/** Tags of the words a relative clause qualifies: a noun, the model's capitalised noun, `anyone`. */
const QUALIFIED = new Set(['NOUN', 'PROPN', 'PRON']);

/** Modals that say what may happen, any time: `outages can occur`. */
const MODALS = words(`can may might will must`);

/**
 * The verbs in the present that have a subject of their own: `is`, `are`, a modal, a verb in the present not after
 * `to` or another verb (`goes`, `fail`); a passive's participle after `are` is read at `are`.
 */
function presentVerbs(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const before = tokens[i - 1];
    const finite =
      PRESENT_BE.has(token.lower) ||
      perfectOfMany(tokens, i) ||
      (MODALS.has(token.lower) && token.pos === 'AUX') ||
      (isPresentVerb(token) && !(isWord(before) && (before.lower === 'to' || VERB_TAGS.has(before.pos))));
    if (finite) found.push(i);
  }
  return found;
}

/** The word that opens the clause of the verb at `index`, back past its subject up to a comma or another verb. */
function clauseOpener(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && isWord(tokens[i]) && !HABITUAL.has(tokens[i]!.lower) && !VERB_TAGS.has(tokens[i]!.pos)) i--;
  return i;
}

/**
 * `Accidents are blamed`, `a technician makes a mistake`, `someone fat-fingers a command`: the subject of a main
 * clause's verb is anyone of a kind, not a particular person or thing. The verb agrees with it, as the present does:
 * `A Telecity engineer shut down` is the past.
 */
function hasGenericSubject(tokens: readonly Token[], verb: number): boolean {
  const subject = subjectBefore(tokens, verb);
  if (subject.head < 0) return false;
  const first = determinerBefore(tokens, subject.first);
  if (isWordIn(tokens[first - 1], CLAUSE_LINKS)) return false;
  // `a good reminder to everyone who is lucky enough`: the verb of a relative clause, which says who is meant.
  if (isWordIn(tokens[beforeAdverbs(tokens, verb)], RELATIVES)) return false;
  const head = tokens[subject.head]!;
  const opener = tokens[first]!;
  if (ANYBODY.has(head.lower)) return agreesWith(tokens[verb]!, head.lower !== 'people');
  if (DETERMINER_TAGS.has(opener.pos) || tokens.slice(first, subject.head).some(isPossessive))
    return (
      (GENERIC_OPENERS.has(opener.lower) || bestOfAKind(tokens, first)) &&
      agreesWith(tokens[verb]!, head.lemma === head.lower)
    );
  // A plural with no determiner: `Accidents`, `Internet outages`, `third-party construction crews`.
  const plural = head.lower.endsWith('s') && (head.lemma !== head.lower || subject.head === firstWordOf(tokens));
  return plural && agreesWith(tokens[verb]!, false);
}

const SUPERLATIVES = words(`best worst most least`);
/** How many adjectives may stand between a subject's determiner and the words the subject finder took. */
const ADJECTIVE_REACH = 2;

/**
 * The determiner that opens a subject's phrase before adjectives the subject finder left out (`the greatest` of `the
 * greatest programmer`), else the subject's first word.
 */
function determinerBefore(tokens: readonly Token[], first: number): number {
  let i = first;
  while (first - i < ADJECTIVE_REACH && (tokens[i - 1]?.pos === 'ADJ' || isWordIn(tokens[i - 1], SUPERLATIVES))) i--;
  return i < first && DETERMINER_TAGS.has(tokens[i - 1]?.pos ?? '') ? i - 1 : first;
}

/** `the best engineers`, `the most experienced operators`, `the greatest pilots`: the best of a kind are any of it. */
function bestOfAKind(tokens: readonly Token[], first: number): boolean {
  const next = tokens[first + 1];
  return (
    tokens[first]!.lower === 'the' &&
    isWord(next) &&
    (SUPERLATIVES.has(next.lower) || (next.pos === 'ADJ' && next.lower.endsWith('est') && next.lemma !== next.lower))
  );
}

/**
 * Whether a verb in the present agrees with a subject in the singular or the plural: `makes`, `damage`, `can`. After
 * the singular, a plain form that is no past (`even the greatest programmer make mistakes`) is the present with its
 * `s` left out; one that is a past too (`A Telecity engineer shut down`), or a word in `-ed` the model did not know
 * (`typoed`), is read as the past.
 */
function agreesWith(verb: Token, singular: boolean): boolean {
  if (MODALS.has(verb.lower)) return true;
  if (PRESENT_BE.has(verb.lower)) return (verb.lower === 'is') === singular;
  if (singular && verb.lower === verb.lemma) return !SAME_FORM_PASTS.has(verb.lower) && !verb.lower.endsWith('ed');
  return (verb.lower !== verb.lemma) === singular;
}

/** Words that open a relative clause right before its verb: `everyone who is`, `crews that are`. */
const RELATIVES = new Set([...RELATIVE_PRONOUNS, ...NOUN_RELATIVES]);
/** Words before a subject that make its clause part of another's: `logs that are stored`, `a race than X is`. */
const CLAUSE_LINKS = words(`that which who whom whose than where because since as`);

/** Tags of the words that point at some of a kind: `the`, `our`, `two`, `many`. */
const DETERMINER_TAGS = words(`DET NUM PRON`);

function firstWordOf(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.kind === 'word');
}

/** Nobody in particular (see `ANYONE`): `anyone`, `somebody`, `people`. */
export const ANYBODY = wordsOf(ANYONE);
/** The people an incident happens to (see `AFFECTED`): `users`, `customers`. */
export const AFFECTED_PEOPLE = wordsOf(AFFECTED);
const GENERIC_OPENERS = wordsOf(GENERIC_DETERMINERS);
const HABITUAL = wordsOf(HABITUAL_OPENERS);

/**
 * `forgot`, `caused the outage`: a verb in the past, which tells of this incident; not the passive `are caused`, nor
 * the perfect of many (`pilots have made mistakes`).
 */
function isSimplePast(tokens: readonly Token[], index: number): boolean {
  return isPastVerb(tokens[index]) && !isPassive(tokens, index) && !perfectOfMany(tokens, index - 1);
}

/**
 * `have` before a participle: `The greatest pilots have made mistakes` tells what has happened to many, in the
 * present, as `make mistakes` does; `has` (`someone has deleted the database`) tells of one occasion, and so does
 * `have` after a modal (`must've forgotten to build`).
 */
function perfectOfMany(tokens: readonly Token[], index: number): boolean {
  return (
    tokens[index]?.lower === 'have' &&
    tokens[index]!.pos === 'AUX' &&
    tokens[index - 1]?.pos !== 'AUX' &&
    isPastVerb(tokens[index + 1])
  );
}

/** `every serious incident`, `all outages`: a quantifier before an incident noun. */
function quantifiesIncidents(tokens: readonly Token[], index: number): boolean {
  return QUANTIFIERS.has(tokens[index]!.lower) && incidentNounBetween(tokens, index + 1, index + QUANTIFIER_REACH);
}

/** What joins a diary's mistake to the act before it, besides a comma: `Deployed the fix, but totally forgot to`. */
const DIARY_LINKS = words('but and then');
/** `did` and `had` as a verb of their own (`Did a release`, `Had a look`), or denied (`Did not run the tests`). */
const DONE = words('did had');
const DONE_WITH = new Set([...DETERMINERS, ...NEGATIONS]);
/** Marks after which a note starts anew: `Caused by #58 -- did not run tests`, `Root cause: forgot to bump it`. */
const NOTE_BREAKS = new Set([';', ':', '\u2014', '\u2013', '-']);

/** Where the note that holds the verb at `verb` starts: after the last break before it, else at the first word. */
function noteStart(tokens: readonly Token[], firstWord: number, verb: number): number {
  let start = firstWord;
  for (let i = firstWord; i < verb; i++)
    if (tokens[i]!.kind === 'punct' && NOTE_BREAKS.has(tokens[i]!.text)) start = i + 1;
  return start;
}
const INTERJECTIONS = wordsOf(DIARY_INTERJECTIONS);
/** A guess at the writer's own slip, before `have` and its participle: `must've forgotten to build`. */
const GUESSES = words('must');
const HAVE = words('have');

/**
 * Where a diary's note starts, past what may open it before its verb: an interjection and its comma (`Whoops,`,
 * `Sorry,`), adverbs (`Totally forgot`), and a guess's `must have` (`must've forgotten`).
 */
export function diaryOpener(tokens: readonly Token[], firstWord: number): number {
  let opener = firstWord;
  // `@isaackwan sorry, forgot to push the tags`: a reply opens by naming whom it answers.
  if (tokens[opener]?.text.startsWith('@')) opener += tokens[opener + 1]?.text === ',' ? 2 : 1;
  if (isWordIn(tokens[opener], INTERJECTIONS) && tokens[opener + 1]?.text === ',') opener += 2;
  while (tokens[opener]?.pos === 'ADV' && isWord(tokens[opener + 1])) opener++;
  if (isWordIn(tokens[opener], GUESSES) && isWordIn(tokens[opener + 1], HAVE)) opener += 2;
  return opener;
}

/**
 * A verb in the past opening a note: `forgot`, `Deployed`; `Mistyped the bucket name` too, which the model reads as a
 * name, as it does most unknown capitalised words that open a sentence, though a determiner after it makes it a verb.
 * Not a participle before its noun and that noun's verb: `Skipped jobs were retried`.
 */
function opensWithPast(tokens: readonly Token[], opener: number): boolean {
  const token = tokens[opener];
  const next = tokens[opener + 1];
  if (next?.pos === 'NOUN' && VERB_TAGS.has(tokens[opener + 2]?.pos ?? '')) return false;
  const readAsName = token?.pos === 'PROPN' && token.lower.endsWith('ed') && isWordIn(next, DETERMINERS);
  return readAsName || isPastVerb(token);
}

/**
 * `Build is currently broken, forgot to resolve some issues`: a verb of leaving an act undone, with no subject, after a
 * comma and a clause that tells a state, with `be` and no act: the state's holder left nothing undone, the writer did.
 * Not `The disk was full, skipped the compaction`, which a program may have done.
 */
function afterStatedState(tokens: readonly Token[], verb: number): boolean {
  const comma = beforeAdverbs(tokens, verb);
  if (tokens[comma]?.text !== ',' || tokens[verb + 1]?.lower !== 'to') return false;
  let be = -1;
  let i = comma - 1;
  for (; i >= 0 && isWord(tokens[i]); i--) {
    if (BE_FORMS.has(tokens[i]!.lower)) be = i;
    else if (tokens[i]!.pos === 'VERB' && !isWordIn(tokens[beforeAdverbs(tokens, i)], BE_FORMS)) return false;
  }
  // The state has a holder before its `be`: `Build is broken`.
  return be > i + 1;
}

/**
 * `Forgot test condition, sent mass emails`, `Got the warning last night but forgot about it`, `Did a release, but
 * totally forgot to change the version`, `Pushed to master instead of creating a new branch`, `Whoops, must've
 * forgotten to build`, `Did not run the tests`: a note that opens with a past verb (`did` or `had` too, before its
 * object or denied), past an interjection, adverbs or a guess's `must have`, has its writer as the subject of that
 * verb, or of one joined to it, left out as in a diary; so has a verb after a stated state (see `afterStatedState`). A
 * note starts at the sentence's first word or after a break (`Root cause: forgot to renew the certificate`).
 */
export function writerLeftOut(tokens: readonly Token[], firstWord: number, verb: number): boolean {
  if (afterStatedState(tokens, verb)) return true;
  const opener = diaryOpener(tokens, noteStart(tokens, firstWord, verb));
  // `Did a release`, `Did not run the tests`, `Had not checked`: `did` or `had` with its object or denied.
  const didSomething = isWordIn(tokens[opener], DONE) && isWordIn(tokens[opener + 1], DONE_WITH);
  if (!opensWithPast(tokens, opener) && !didSomething) return false;
  if (verb === opener) return true;
  if (verb < opener) return false;
  for (let i = opener + 1; i < verb; i++) if (tokens[i]!.kind === 'punct' && tokens[i]!.text !== ',') return false;
  const link = tokens[beforeAdverbs(tokens, verb)];
  return link?.text === ',' || isWordIn(link, DIARY_LINKS);
}

/** `was`, `caused`, `brought`: a verb in the past, which tells of one incident; not a passive's `is seen`. */
export function tellsThePast(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      (token.kind === 'word' && PAST_BE.has(token.lower)) ||
      (isPastVerb(token) && !isWordIn(tokens[i - 1], PRESENT_BE)),
  );
}
/** Finds one kind of blame in a sentence. */
export interface Detector {
  readonly find: (sentence: Sentence) => DetectionDraft[];
  /**
   * Words (lower case; a phrase's words separated by one space, contractions as written: `didn't`)
   * one of which every detection holds: text with none of them holds no detection, and is not
   * read by the language model at all. A word may come with the pattern it is needed in (see `NeededWord`).
   */
  readonly needs: Iterable<NeededWord>;
  /**
   * Words that count as `needs` only with a person in the same sentence (see `mayNamePerson`):
   * the detections that name a person as the one who erred.
   */
  readonly needsWithPerson?: Iterable<NeededWord>;
  /** Words needed alone in a root-cause section only: its notes name no one (`forgot to bump the version`). */
  readonly needsAloneInRootCause?: Iterable<NeededWord>;
  /** Words that count as `needsWithPerson` in a root-cause section only. */
  readonly needsInRootCause?: Iterable<string>;
  /** Every sentence of a root-cause section that may name a person is read, whatever its words. */
  readonly readsPeopleInRootCause?: boolean;
}

/** A suggested replacement of `[start, end)` inside the detection's span. */
export interface EditProposal extends TextSpan {
  readonly newText: string;
  readonly safe: boolean;
}

export interface DetectionDraft extends TextSpan {
  readonly kind: BlameKind;
  readonly namesPerson: boolean;
  readonly edits?: readonly EditProposal[];
  /** The words the message quotes, when the span reaches past them to hold its edit (`Obviously, t` -> `T`). */
  readonly quoted?: TextSpan;
}

const MESSAGES: Readonly<Record<BlameKind, (phrase: string) => string>> = {
  'human-error': (phrase) =>
    `"${phrase}" calls the cause human error; name the conditions that allowed the mistake instead`,
  'person-mistake': (phrase) =>
    `"${phrase}" names a person as the one who erred; describe what happened and what made it possible`,
  counterfactual: (phrase) => `"${phrase}" is hindsight; say what happened and why it made sense at the time`,
  judgement: (phrase) => `"${phrase}" judges a person; describe the action and its context instead`,
  dismissive: (phrase) => `"${phrase}" is dismissive; what looks obvious afterwards was not at the time`,
  configured: (phrase) => `"${phrase}" is on the team's list of phrases to avoid`,
};

const MAX_PHRASE_LENGTH = 80;

/** The author's words in a span, markup left out and spaces collapsed. */
export function phraseOf(masked: string, span: TextSpan): string {
  const phrase = masked
    .slice(span.start, Math.min(span.end, span.start + MAX_PHRASE_LENGTH * 4))
    .replace(/\s+/g, ' ')
    .trim();
  return phrase.length > MAX_PHRASE_LENGTH ? `${phrase.slice(0, MAX_PHRASE_LENGTH - 1)}\u2026` : phrase;
}

export function messageFor(kind: BlameKind, phrase: string): string {
  return MESSAGES[kind](phrase);
}

/** Whether the text between two offsets is all the author's words, with no markup or code in it. */
export function isPlain(sentence: Sentence, start: number, end: number): boolean {
  return sentence.masked.slice(start, end) === sentence.source.slice(start, end);
}

export function toDetection(sentence: Sentence, draft: DetectionDraft): BlameDetection {
  const phrase = phraseOf(sentence.masked, draft.quoted ?? draft);
  const context = { source: sentence.source, span: draft };
  // An edit across markup (`**careless** mistake`) would break it; such rephrasings are left out.
  // A rephrasing that keeps a person as the one who failed (`Dave did not check`) still blames:
  // it is offered, never applied by fix-all.
  const suggestions: Rephrasing[] = (draft.edits ?? [])
    .filter((edit) => isPlain(sentence, edit.start, edit.end))
    .map((edit) => rephrase(context, edit, edit.newText, edit.safe && !draft.namesPerson));
  return {
    start: draft.start,
    end: draft.end,
    kind: draft.kind,
    phrase,
    message: messageFor(draft.kind, phrase),
    suggestions,
    namesPerson: draft.namesPerson,
    causal: sentence.causal,
  };
}

/** The span from the first to the last of some tokens. */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): TextSpan {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}
