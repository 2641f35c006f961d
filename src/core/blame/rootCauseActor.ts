// A person named, in a root cause, as the one whose act caused the incident: `The outage happened
// because Tom rebooted the router`, `Priya ran the cleanup job in production`, `Kevin's change broke
// the login page`. A root cause names the conditions; who acted belongs to the timeline. Acts of
// noticing, answering and reasoning are not causes, nor is what the writers (`we`) or the users did.
import { wordsOf } from '../language/vocabulary/entry';
import { PROCEDURES } from './words/compliance';
import {
  BE_FORMS,
  DEFINITE_DETERMINERS,
  CAUSED_VERBS,
  DETERMINERS,
  HEDGES,
  HYPOTHETICAL,
  MODALS,
  NEGATIONS,
  NOUN_RELATIVES,
  PAST_BE,
  PERFECT_AUXILIARIES,
  RELATIVE_PRONOUNS,
  SWITCH_STATES,
  TIME_CLAUSE_OPENERS,
  TIME_UNITS,
  words,
} from '../language/vocabulary/grammar';
import { classifyWord, isPossessive, isRoleWord, withoutPossessive } from '../language/people';
import {
  namesPerson,
  passiveAgent,
  subjectAfter,
  subjectAt,
  subjectBefore,
  supposesClause,
  type Subject,
} from '../language/subject';
import { nothingDone } from '../language/denial';
import { verbLemmaOf } from '../language/winkModel';
import {
  beforeAdverbs,
  gerundsOf,
  isLemmaIn,
  isPassive,
  isPastVerb,
  isSameFormPast,
  isWord,
  isWordIn,
  OBJECT_OPENING_TAGS,
  SUBJECT_END_TAGS,
  type Token,
  NOUN_PHRASE_TAGS,
  wordWithin,
} from '../language/tokens';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { AFFECTED_PEOPLE, ANYBODY, bringsAbout, cameLater, looksLikeName, namedCauseAt, tokenSpan } from './sentence';
import { PERSON_POSSESSIVES } from './ownedMistake';
import { deniedInClause, deniedInPhrase } from '../language/denial';
import { objectFault } from './faults';
import { MISTAKE_ADVERBS } from './words/mistakeAdverbs';
import { CAUSAL_WORDS } from './words/framing';
import { HARM_ENDINGS, HARMS } from './words/consequences';
import {
  AFTERMATH_EVENTS,
  AFTERMATH_OPENERS,
  DECIDING,
  DIRECTING,
  DECISIONS_MADE,
  DONE_WELL,
  BELIEF_GROUNDS,
  BELIEFS_HELD,
  FEELINGS,
  FLAWS,
  HOSTILE_OBJECTS,
  MOVEMENTS,
  NOTICING_AND_ANSWERING,
  POST_MOVES,
  POSTS,
  RELIEVING_ACTS,
  RESOLUTIONS,
  RESPONSE_ACTS,
  RESPONSE_WORK,
  REVEALING_ACTS,
  SENT_RECORDS,
  ROUTINE,
  STUCK_THINGS,
} from './words/rootCauseActs';

const FELT = wordsOf(FEELINGS);
const NOT_CAUSES = new Set([...wordsOf(RESPONSE_ACTS), ...FELT]);
const RESPONDING = wordsOf(NOTICING_AND_ANSWERING);
const NOT_CAUSE_GERUNDS = new Set([...NOT_CAUSES].flatMap(gerundsOf));
const MOVING = wordsOf(MOVEMENTS);
/** What a person is given to keep to: `the new hire's onboarding checklist` is no act of theirs. */
const GIVEN = wordsOf(PROCEDURES);
const POST_WORDS = wordsOf(POSTS);
const MOVES_BETWEEN_POSTS = wordsOf(POST_MOVES);
const DECIDED = wordsOf(DECIDING);
const DIRECTED = wordsOf(DIRECTING);
const DECISIONS = wordsOf(DECISIONS_MADE);
/** How far after `left` the state it left something in may stand: `left the old firewall port open`. */
const STATE_REACH = 5;
const RESOLVED = wordsOf(RESOLUTIONS);
const RELIEVING = wordsOf(RELIEVING_ACTS);
/** What a relieving act frees or ends: stuck work, alarms, and harm. */
const TROUBLES = new Set([...wordsOf(STUCK_THINGS), ...wordsOf(HARMS)]);
const WELL = wordsOf(DONE_WELL);
const ENDED = wordsOf(HARM_ENDINGS);
const HOSTILE = wordsOf(HOSTILE_OBJECTS);
const REVEALING = wordsOf(REVEALING_ACTS);
const RECORDS = wordsOf(SENT_RECORDS);
/** Verbs of answering that send a record when one is their object: `emailed the file`. */
const MESSAGING = words(`email message`);
const FLAWED = wordsOf(FLAWS);
const ROUTINE_WORDS = wordsOf(ROUTINE);
const WORKING_THE_INCIDENT = wordsOf(RESPONSE_WORK);
const AFTER = wordsOf(AFTERMATH_OPENERS);
const THE_INCIDENT = wordsOf(AFTERMATH_EVENTS);
/** Words that open a sentence told during a stretch of time: `During the investigation`, `While debugging`. */
const DURING = new Set([...TIME_CLAUSE_OPENERS, 'during']);
/** How far after `during` or `while` the response may be named: `During the initial investigation`. */
const RESPONSE_REACH = 3;
const SLIPPED = wordsOf(MISTAKE_ADVERBS);

/**
 * `During the investigation of the router's problems the onsite engineer was using the same cable`: an act in
 * progress at `verb` in a sentence that opens in the response (see `RESPONSE_WORK`).
 */
function inProgressDuringResponse(sentence: Sentence, verb: number): boolean {
  const { tokens, firstWord } = sentence;
  if (!isWordIn(tokens[firstWord], DURING) || !isPastProgressive(tokens, verb)) return false;
  for (let i = firstWord + 1; i <= firstWord + RESPONSE_REACH && i < verb && isWord(tokens[i]); i++)
    if (isWordIn(tokens[i], WORKING_THE_INCIDENT)) return true;
  return false;
}

/** A verb in the past, done by its subject: `rebooted`, `ran`, `had dropped`; not `was paged`, `to run`. */
function isPastAct(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // `The contractor disabled the rule`, `The developer manually edited`: the model may read a participle after its
  // subject, and adverbs, as an adjective.
  const participle =
    token.pos === 'ADJ' &&
    token.lower.endsWith('ed') &&
    SUBJECT_END_TAGS.has(tokens[beforeAdverbs(tokens, index)]?.pos ?? '');
  // Not `says`, `goes`: the present tells of how things are, not of an act.
  const past = isPastVerb(token) || isSameFormPast(tokens, index) || isPastProgressive(tokens, index);
  if (!participle && !past && !terseAct(tokens, index)) return false;
  // `Flooding, caused by heavy rainfall`: a participle with its agent is a passive without `was`.
  if (isPassive(tokens, index) || tokens[index + 1]?.lower === 'by') return false;
  if (MOVING.has(token.lemma)) return leftInState(tokens, index);
  // `after she changed teams`, `switched roles`, `joined the company`: a move between posts (see `POSTS`).
  const object = isWordIn(tokens[index + 1], DETERMINERS) ? index + 2 : index + 1;
  const movedPost = isWordIn(tokens[object], POST_WORDS) && tokens[object + 1]?.pos !== 'NOUN';
  if (movedPost && isLemmaIn(token, MOVES_BETWEEN_POSTS)) return false;
  if (decidedAct(tokens, index) >= 0) return true;
  // A participle read as an adjective keeps its `-ed` in the lemma: `informed`, `announced`.
  const answers =
    NOT_CAUSES.has(token.lemma) || (participle && [1, 2].some((cut) => NOT_CAUSES.has(token.lower.slice(0, -cut))));
  if (answers && !sendsRecord(tokens, index)) return false;
  for (let i = index - 1; i >= 0 && index - i <= 3 && tokens[i]!.kind === 'word'; i--) {
    if (MODALS.has(tokens[i]!.lower) || tokens[i]!.lower === 'to') return false;
    if (tokens[i]!.pos !== 'AUX' && tokens[i]!.pos !== 'ADV' && tokens[i]!.pos !== 'PART') break;
  }
  return true;
}

/**
 * `developer commit secret key into public repo`: a root cause's terse note in non-native writing, a verb's base form
 * right after one person named by a role, where the present would take an `-s`: the act told, as a past.
 */
function terseAct(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.pos !== 'VERB' || token.lower !== token.lemma || /(?:s|ed|ing)$/.test(token.lower)) return false;
  const before = tokens[index - 1];
  if (!isWord(before) || before.pos !== 'NOUN' || before.lower.endsWith('s') || !isRoleWord(before.lower)) return false;
  // `did the engineer restart the primary?`: the base form after an auxiliary before the subject is no terse past.
  let opening = index - 1;
  while (NOUN_PHRASE_TAGS.has(tokens[opening - 1]?.pos ?? '')) opening--;
  return tokens[opening - 1]?.pos !== 'AUX' && !isWordIn(tokens[opening - 1], MODALS);
}

/**
 * `I was editing production directly`, `the operator was running the script`, `I had been editing the prod file`: an
 * act in progress, in the past. The model reads such a word as a noun now and then (`was editing production`): after
 * `was` it is the verb all the same.
 */
function isPastProgressive(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const auxiliary = beforeAdverbs(tokens, index);
  // `I had been editing the prod file`: the past perfect's `been`.
  const perfect = tokens[auxiliary]?.lower === 'been' && tokens[beforeAdverbs(tokens, auxiliary)]?.lower === 'had';
  const past = perfect || isWordIn(tokens[auxiliary], PAST_BE);
  return (token.pos === 'VERB' || token.pos === 'NOUN') && token.lower.endsWith('ing') && past;
}

/**
 * `decided to move the UPS`, `felt able to ignore the lookout`, `made the call to drop the index`: a decision to act,
 * or a feeling that allowed it, told as the act (see `DECIDING`, `FEELINGS`, `DECISIONS_MADE`); where the act decided
 * on stands, or -1.
 */
function decidedAct(tokens: readonly Token[], index: number): number {
  const felt = isLemmaIn(tokens[index], FELT) && tokens[index + 1]?.pos === 'ADJ';
  const made = tokens[index]!.lemma === 'make' && isWordIn(tokens[index + 2], DECISIONS);
  // `told the engineer to skip the tests`: the act asked of a person (see `DIRECTING`).
  const told = isLemmaIn(tokens[index], DIRECTED) ? personAsked(tokens, index + 1) : -1;
  const to = felt ? index + 2 : made ? index + 3 : told >= 0 ? told : index + 1;
  const act = tokens[to + 1];
  const decides = felt || made || told >= 0 || isLemmaIn(tokens[index], DECIDED);
  return decides &&
    tokens[to]?.lower === 'to' &&
    act?.pos === 'VERB' &&
    !NOT_CAUSES.has(act.lemma) &&
    !MOVING.has(act.lemma)
    ? to + 1
    : -1;
}

/** Where `to` stands after the person asked, whose phrase opens at `first` (`the engineer to`), or -1. */
function personAsked(tokens: readonly Token[], first: number): number {
  const asked = subjectAt(tokens, first + (isWordIn(tokens[first], DETERMINERS) ? 1 : 0));
  const to = asked.head + 1;
  return namesPerson(asked, true) && tokens[to]?.lower === 'to' ? to : -1;
}

/** `emailed the file`, `messaged the spreadsheet`: a record sent (see `SENT_RECORDS`), not people told. */
function sendsRecord(tokens: readonly Token[], verb: number): boolean {
  if (!MESSAGING.has(tokens[verb]!.lemma)) return false;
  let object = verb + 1;
  while (object - verb <= 3 && (tokens[object]?.pos === 'DET' || tokens[object]?.pos === 'ADJ')) object++;
  // `emailed acceptance letters`: the record is the compound's last noun.
  while (object - verb <= 5 && tokens[object + 1]?.pos === 'NOUN') object++;
  return isWordIn(tokens[object], RECORDS);
}

/**
 * `left the firewall port open`, `left the debug endpoint exposed`: a thing left in a state is an act, unlike `left
 * the company` or `left the company and joined a startup`.
 */
function leftInState(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb + 2; i < tokens.length && i - verb <= STATE_REACH && tokens[i]!.kind === 'word'; i++) {
    if (tokens[i]!.pos === 'ADJ' && tokens[i + 1]?.pos !== 'NOUN') return true;
    // `left debug logging on in production`: a switch's state, with no object of its own after it.
    if (isWordIn(tokens[i], SWITCH_STATES) && !OBJECT_OPENING_TAGS.has(tokens[i + 1]?.pos ?? '')) return true;
    // The participle of a state right after the object's phrase: the model tags `exposed`, `enabled` as verbs.
    if (!NOUN_PHRASE_TAGS.has(tokens[i]!.pos)) return tokens[i]!.pos === 'VERB' && tokens[i]!.lower.endsWith('ed');
  }
  return false;
}

/** Prepositions after which a possessor still names the actor: its agent, or the group the actor is one of. */
const AGENT_OR_PART = words('by of');

/** Particles of phrasal verbs, which may stand before the object: `took down the site`, `set up the job`. */
const PARTICLES = words(`up down out off back away over`);

/**
 * Whether the act has an object: an act done to something. `Load increased`, `Validators halted`,
 * `Resources became unreadable`, `introduced with the new API` tell of a state or a change.
 */
function actsOnSomething(tokens: readonly Token[], verb: number, subject: Subject): boolean {
  // `a small update I pushed yesterday`: the object stands before the pronoun that is its clause's subject; not
  // `the vendor engineer I spoke to`, where the noun is the stranded preposition's, as after `spoke to the vendor`.
  if (
    tokens[subject.head]?.pos === 'PRON' &&
    subject.first === subject.head &&
    tokens[subject.first - 1]?.pos === 'NOUN'
  )
    return !strandsPreposition(tokens, verb);
  let next = verb + 1;
  if (isWordIn(tokens[next], PARTICLES)) next++;
  // `disclosed to a father the identity of a neighbour`: the one told, set before the object.
  // Not `spoke to the customer the next day`: a time after the one spoken to.
  const toldBefore =
    tokens[next]?.lower === 'to' &&
    isWordIn(tokens[next + 1], DETERMINERS) &&
    tokens[next + 2]?.pos === 'NOUN' &&
    isWordIn(tokens[next + 3], DETERMINERS) &&
    !tokens.slice(next + 4, next + 6).some((token) => token.pos === 'ADJ' || isWordIn(token, TIME_UNITS));
  if (toldBefore) next += 3;
  if (tokens[next]?.pos === 'ADJ') next++;
  const opener = tokens[next];
  // `deployed three weeks earlier`: a number of units of time says when, not what (unlike `3 days of logs`).
  if (opener?.pos === 'NUM' && isWordIn(tokens[next + 1], TIME_UNITS) && tokens[next + 2]?.lower !== 'of') return false;
  // `ran "make test"`, ``ran `rm -rf` ``: code or a quotation right after the verb is what it acted on, and so is a
  // command written in capitals as code is (`ran DELETE`, `issued TRUNCATE`), which the model may tag a verb.
  if (opener?.kind === 'opaque') return true;
  return opener?.kind === 'word' && (OBJECT_OPENING_TAGS.has(opener.pos) || WRITTEN_AS_CODE.test(opener.text));
}

/** A word in capitals, as commands and keywords are written: `DELETE`, `DROP`, `FLUSHALL`. */
const WRITTEN_AS_CODE = /^[A-Z][A-Z0-9_]+$/;

/**
 * `I spoke to.`, `I logged into, which`, `I connected to was`: a preposition right after the verb that ends the clause,
 * before a mark or the verb of the clause around it (the model tags that `to` as a particle). Not `during made
 * changes`, whose object a writer's slip has garbled.
 */
function strandsPreposition(tokens: readonly Token[], verb: number): boolean {
  const preposition = tokens[verb + 1];
  const after = tokens[verb + 2];
  return (preposition?.pos === 'ADP' || preposition?.lower === 'to') && (!isWord(after) || after.pos === 'AUX');
}

/**
 * `The contractor replaced the failed disk`, `restarted the unresponsive node`: an act on a part already in a faulty
 * state, named with a definite determiner, answers the fault. Not `made faulty connections`, which made the fault.
 */
function actsOnFaultyPart(tokens: readonly Token[], verb: number): boolean {
  const object = isWordIn(tokens[verb + 1], PARTICLES) ? verb + 2 : verb + 1;
  return isWordIn(tokens[object], DEFINITE_DETERMINERS) && objectFault(tokens, object) === 'faulty-part';
}

/** The forms of `be` and `have` that agree only with more than one: `were`, not `was`. */
const PLURAL_AGREEMENT = new Set(['were', 'are', 'have']);

/**
 * `Page Rules configured in Cloudflare were setting a long TTL`, `Cloud Functions were retrying`: capitalised words
 * whose verb agrees with more than one are a product's parts, not a person's name (`Bob and Ann were` joins two).
 */
function namesManyThings(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  if (tokens[subject.head]?.pos !== 'PROPN') return false;
  let agreeing = verb;
  while (agreeing > subject.head && !isWordIn(tokens[agreeing], PLURAL_AGREEMENT)) agreeing--;
  const joined = tokens.slice(Math.max(0, subject.first - 1), agreeing).some((token) => token.pos === 'CCONJ');
  return agreeing > subject.head && !joined;
}

/**
 * One person, named or by role, the writer included (`I put down a production database`: a root cause that names
 * the writer's act names a person all the same): not a pronoun that may be a program, not the users, not `we`.
 */
function isOnePerson(tokens: readonly Token[], subject: Subject): boolean {
  const head = tokens[subject.head];
  const word = head === undefined ? undefined : withoutPossessive(head.lower);
  if (head === undefined || word === undefined || AFFECTED_PEOPLE.has(word)) return false;
  // `Because developers used a developer install`: people of a kind in general, with no determiner.
  if (head.lemma !== word && subject.first === subject.head && head.pos === 'NOUN') return false;
  if (namesPerson(subject, false)) return true;
  // `the Post Office's Horizon system`: a name owned by another is a thing's.
  const owned = tokens.slice(subject.first, subject.head).some((token) => isPossessive(token));
  return subject.kind === 'possible-person' && head.pos === 'PROPN' && looksLikeName(head) && !owned;
}

/** How many words of a compound noun may stand before the subject's phrase: `Marcus's database migration script`. */
const COMPOUND_REACH = 3;

function isCompoundPart(token: Token): boolean {
  return token.kind === 'word' && (token.pos === 'NOUN' || isPossessive(token));
}

/** `Kevin's change`, `my commit`: a thing whose phrase opens with a person's possessive, and where it is. */
function possessor(tokens: readonly Token[], subject: Subject): number {
  if (subject.kind !== 'thing' || subject.first < 0 || isWordIn(tokens[subject.head], GIVEN)) return -1;
  // `Marcus's migration script`: the nouns of a compound before the phrase the subject finder gave.
  let first = subject.first;
  while (first > 0 && subject.first - first < COMPOUND_REACH && isCompoundPart(tokens[first - 1]!)) first--;
  // `A bug in Paytm's systems appears to have sent`: a phrase after a preposition of place is not the subject; its
  // owner is not the one who acted. Not `by` (`caused by my instructions`) nor `of` (`one of your admins`).
  const before = tokens[first - 1];
  if (before?.pos === 'ADP' && !isWordIn(before, AGENT_OR_PART)) return -1;
  // `My previous commit broke the tests`, `his change`, `@Ferroin your merge broke it`: a person's, as `Kevin's
  // change` is; in a root cause `your` is the person the writer answers, not any reader.
  for (let i = first - 1; i >= 0 && first - i <= COMPOUND_REACH && isWord(tokens[i]); i--) {
    if (PERSON_POSSESSIVES.has(tokens[i]!.lower) || tokens[i]!.lower === 'your') return i;
    if (tokens[i]!.pos !== 'ADJ') break;
  }
  for (let i = first; i < subject.head; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (PERSON_POSSESSIVES.has(token.lower) || token.lower === 'your') return i;
    if (!isPossessive(token)) continue;
    return isPersonsPossessive(tokens, i) ? i : -1;
  }
  return -1;
}

/** `Kevin's`, `the engineer's`, `the registered nurse's`: the possessive at `index` is a name's or a role's. */
function isPersonsPossessive(tokens: readonly Token[], index: number): boolean {
  return isOnePerson(tokens, { kind: classifyWord(tokens, index), first: index, head: index });
}

/**
 * Whether the sentence tells of something else than a colleague's act: an attack, an act done well (`handled it
 * well`), an act that restored service or made the errors stop (`Kevin restored the service`, not the phrasal `backed
 * up`; `... which restored service`, `... which cleared the stuck jobs`), or a supposed act (`If they blame the person
 * who did the update`).
 */
function tellsOtherThanCause(tokens: readonly Token[], verb: number): boolean {
  if (cameLater(tokens, verb)) return true;
  for (let i = verb + 1; i < tokens.length && i - verb <= 6 && tokens[i]!.kind !== 'punct'; i++)
    if (hostileAt(tokens, i) || doneWell(tokens, i) || routineObject(tokens, i)) return true;
  if (tokens.some((_, i) => i >= verb && revealsFlaw(tokens, i))) return true;
  if (isLemmaIn(tokens[verb], RESOLVED) && !isWordIn(tokens[verb + 1], PARTICLES)) return true;
  return tokens.some((token, i) => (i > verb ? resolves(tokens, i) : i < verb && supposesOrAttacks(token)));
}

/** An attack named at `index` (see `HOSTILE_OBJECTS`); not `in breach of` a rule, which an act done against it is. */
function hostileAt(tokens: readonly Token[], index: number): boolean {
  const ruleBroken = tokens[index - 1]?.lower === 'in' && tokens[index + 1]?.lower === 'of';
  return isWordIn(tokens[index], HOSTILE) && !ruleBroken;
}

/** Prepositions that open or close a span of time: `from when`, `until when`. */
const SPAN_ENDS = words('from since until till');

/**
 * `The time from when the pilot obtained a weather briefing until the accident`: a clause opened by `when` right after
 * a preposition of a span dates the span; its act is a point in time, not a cause.
 */
function datesSpan(tokens: readonly Token[], subject: Subject): boolean {
  return tokens[subject.first - 1]?.lower === 'when' && isWordIn(tokens[subject.first - 2], SPAN_ENDS);
}

/** How many words a noun phrase before a reduced relative clause may hold: `the web hosting company`. */
const RELATIVE_HEAD_REACH = 4;

/**
 * `the web hosting company I was using went belly-up`: a pronoun's clause in the past progressive right after a noun
 * phrase, with the noun's own verb after it, describes the noun (a relative clause without `that`); it tells no cause.
 */
function inReducedRelative(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  const noun = tokens[subject.first - 1];
  // What the person was doing then, in progress (`the company I was using`); an act done (`the script I ran deleted
  // the table`) stays the person's.
  if (!isPastProgressive(tokens, verb)) return false;
  if (tokens[subject.head]?.pos !== 'PRON' || !isWord(noun) || noun.pos !== 'NOUN') return false;
  // Not a noun in a phrase of time or place (`On the morning of the outage he felt`), whose pronoun opens the clause.
  // The noun's own verb follows, before any `and` or punctuation: `company I was using went`.
  const next = tokens.findIndex(
    (token, i) => i > verb && (token.pos === 'VERB' || token.kind !== 'word' || token.pos === 'CCONJ'),
  );
  if (tokens[next]?.pos !== 'VERB') return false;
  for (let i = subject.first - 2; i >= 0 && subject.first - 1 - i <= RELATIVE_HEAD_REACH && isWord(tokens[i]); i--)
    if (tokens[i]!.pos === 'DET') return tokens[i - 1]?.pos !== 'ADP';
  return false;
}

/** `after the incident`, `since this outage`, `following the postmortem`: a word of `AFTER` at `index`. */
function datesAfterIncident(tokens: readonly Token[], index: number): boolean {
  if (!isWordIn(tokens[index], AFTER)) return false;
  const next = isWordIn(tokens[index + 1], DEFINITE_DETERMINERS) ? index + 2 : index + 1;
  return isWordIn(tokens[next], THE_INCIDENT);
}

/** How far after a revealing act the flaw it brought to light may stand: `exposed a latent race condition`. */
const FLAW_REACH = 4;

/** `exposed a race condition`, `which hit a bug in the allocator`: an act that brought a flaw to light. */
function revealsFlaw(tokens: readonly Token[], index: number): boolean {
  if (!isWordIn(tokens[index], REVEALING) || tokens[index]!.pos !== 'VERB') return false;
  return wordWithin(tokens, index + 1, FLAW_REACH, FLAWED);
}

/** `the standard rebalancing command`, `a routine restart`: a routine word before a noun, in the act's object. */
function routineObject(tokens: readonly Token[], index: number): boolean {
  return isWordIn(tokens[index], ROUTINE_WORDS) && tokens[index + 1]?.pos === 'NOUN';
}

/** How far before a resolution word the opener of a time clause may stand: `when I resolved`. */
const TIME_CLAUSE_REACH = 2;

/**
 * `which restored service`, `caused the errors to stop`; not `while resolving merge conflicts`, which tells what the
 * act was done during, not what it brought about.
 */
function resolves(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // `caused the errors to drop`, not `to drop the index`: with an object, the verb acts, it does not end.
  if (token.lower === 'to' && isLemmaIn(tokens[index + 1], ENDED) && !isWordIn(tokens[index + 2], DETERMINERS))
    return true;
  if (relieves(tokens, index)) return true;
  // `and nobody turned it back on`: a resolving act denied was not done.
  // `went back to sleep`: `back` as where one went, not what was brought back.
  const wentBack = token.pos === 'ADV' && tokens[index - 1]?.lemma === 'go';
  if (!isLemmaIn(token, RESOLVED) || wentBack || deniedInPhrase(tokens, index)) return false;
  for (let i = index - 1; i >= 0 && index - i <= TIME_CLAUSE_REACH; i--) {
    if (isWordIn(tokens[i], TIME_CLAUSE_OPENERS)) return false;
    if (tokens[i]!.kind === 'punct') break;
  }
  return true;
}

/** How far after a relieving verb what it frees may stand: `which cleared all the stuck jobs`. */
const RELIEF_REACH = 4;

/**
 * `which cleared the stuck jobs`, `after which the alerts cleared`, `and the backlog drained`: a verb that frees or
 * ends something, with stuck work, an alarm or a harm as its subject or its object. Not `which cleared the cache`.
 */
function relieves(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.pos !== 'VERB' || !isLemmaIn(tokens[index], RELIEVING)) return false;
  if (isWordIn(tokens[beforeAdverbs(tokens, index)], TROUBLES)) return true;
  for (let i = index + 1; i < tokens.length && i - index <= RELIEF_REACH && tokens[i]!.kind === 'word'; i++)
    if (isWordIn(tokens[i], TROUBLES)) return true;
  return false;
}

/** `handled it well`, `followed the steps correctly`: an adverb that says the act was done right; not `as well`. */
function doneWell(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.pos === 'ADV' && isWordIn(tokens[index], WELL) && tokens[index - 1]?.lower !== 'as';
}

function supposesOrAttacks(token: Token): boolean {
  return isWordIn(token, HYPOTHETICAL) || isWordIn(token, HOSTILE);
}

/** `speeding`, `typing`: a gerund of an act, not of noticing or answering (`investigating`), nor `being`. */
function isGerundAct(token: Token | undefined): boolean {
  if (!isWord(token) || !token.lower.endsWith('ing') || (token.pos !== 'VERB' && token.pos !== 'NOUN')) return false;
  return !NOT_CAUSES.has(token.lemma) && !NOT_CAUSE_GERUNDS.has(token.lower);
}

/** Words of a noun phrase before its head: `London-based`, `a young`, `the night shift`. */
function inNounPhrase(token: Token): boolean {
  return token.kind === 'word' && (NOUN_PHRASE_TAGS.has(token.pos) || token.lower.includes('-'));
}

const BROUGHT_ABOUT = wordsOf(CAUSAL_WORDS);

/**
 * `The probable cause was an engineer speeding into a turn`, `London-based trader typing wrong figures led to a
 * mistaken sale`: a person doing something, told as the cause: the complement of a cause's `was` (or a label's
 * colon), or the subject of a verb that brought the incident about.
 */
function personDoingAsCause(sentence: Sentence): DetectionDraft | undefined {
  const { tokens } = sentence;
  for (let gerund = 1; gerund < tokens.length; gerund++) {
    if (!isGerundAct(tokens[gerund])) continue;
    const person = subjectAt(tokens, gerund - 1);
    if (person.head !== gerund - 1 || !isOnePerson(tokens, person)) continue;
    const contrasted = contrastedCause(tokens, person.first);
    if (!contrasted && deniedInClause(tokens, person.first)) continue;
    const before = tokens[person.first - 1];
    const complement =
      sentence.causal &&
      (contrasted || before?.text === ':' || isWordIn(before, PAST_BE) || followsCauseLink(tokens, person.first));
    let opening = person.first;
    while (opening > 0 && inNounPhrase(tokens[opening - 1]!)) opening--;
    const subject = opening === 0 || tokens[opening - 1]!.kind === 'punct';
    if (complement || (subject && bringsAbout(tokens, gerund)))
      return { ...tokenSpan(tokens, person.first, gerund), kind: 'person-mistake', namesPerson: true };
  }
  return undefined;
}

/** How far before `but` the denied cause may stand: `not due to mathematical computations but`. */
const CONTRAST_REACH = 8;

/**
 * `was not due to mathematical computations but the person typing`: the phrase at `first`, after `but`, is the cause
 * the sentence gives in place of the one it denies.
 */
function contrastedCause(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'but') return false;
  for (let i = first - 2; i > 0 && first - 2 - i < CONTRAST_REACH && isWord(tokens[i]); i--)
    if (followsCauseLink(tokens, i + 1) && isWordIn(tokens[i - 2], NEGATIONS)) return true;
  return false;
}

/** The prepositions that link a cause to the word that names it as one: `result of`, `due to`, `caused by`. */
const CAUSE_PREPOSITIONS = words(`of to by from`);

/** `the result of the DBA dropping`, `due to an engineer running`: the phrase at `first` named as the cause. */
function followsCauseLink(tokens: readonly Token[], first: number): boolean {
  return isWordIn(tokens[first - 1], CAUSE_PREPOSITIONS) && isWordIn(tokens[first - 2], BROUGHT_ABOUT);
}

/**
 * `an engineer noticed the error rate climbing and paused the rollout`: an act joined by `and` to a response the same
 * subject made first (see `NOTICING_AND_ANSWERING`) goes on with the response.
 */
function respondsFirst(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  const between = tokens.slice(subject.head + 1, verb);
  const and = between.findIndex((token) => token.lower === 'and');
  return and > 0 && between.slice(0, and).some((token) => token.pos === 'VERB' && RESPONDING.has(token.lemma));
}

/** `have` in the present, which `I` takes: `I have added`, `I've included`. */
const HAVE_NOW = words(`have 've`);

/**
 * `I've included remediation steps`, `I have rotated the keys and revoked the tokens`: what the writer has done by the
 * time of writing, in the present perfect, is the report and the response; the incident's acts are told in the past
 * (`I deleted`, `I had pushed`). Another person's `has pushed` stays an act.
 */
function writerHasDone(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  return tokens[subject.head]?.lower === 'i' && subject.head < verb && isWordIn(tokens[subject.head + 1], HAVE_NOW);
}

/**
 * Where the act whose past verb is at `verb` starts: at a plain word before it that makes one act with it (`I copy
 * pasted the config`, `I force pushed the branch`), a verb's plain form, or a noun after `I` or `he`; else at the
 * verb. Not `the config file changed` nor `my commit deleted`, whose noun is the subject.
 */
function actStart(tokens: readonly Token[], verb: number): number {
  const before = tokens[verb - 1];
  // `I forced pushed an old version`: a past written for the plain word of the act, as `force pushed` is meant.
  if (isPastVerb(before) && isWordIn(tokens[verb - 2], SUBJECT_PRONOUNS)) return verb - 1;
  if (!isWord(before) || before.lower !== before.lemma) return verb;
  const joined = before.pos === 'VERB' || (before.pos === 'NOUN' && isWordIn(tokens[verb - 2], SUBJECT_PRONOUNS));
  return joined ? verb - 1 : verb;
}

/** Pronouns that are a verb's subject, not a noun's possessive: `I force pushed`, not `my commit deleted`. */
const SUBJECT_PRONOUNS = words(`i he she we they you`);

/** How many words a quotation in a verb's place may hold: `"restored"`, `"backed up"`. */
const QUOTED_VERB_WORDS = 2;
/** A verb's past as written: `restored`, `backed`, `fixed`, `taken`. */
const PAST_ENDING = /^\p{Ll}+(?:ed|en)$/u;

/**
 * `I had "restored" the two-month-old backup on production`, `I had "backed up" instead of restoring`, `Bob "fixed" the
 * bug`: a person's act whose verb stands in quotes, held at a distance as no such act. The quotation is read as a
 * verb when it stands right after its subject or a perfect `had`, its first word a verb's past in lower case, and no
 * noun follows it (`I had "admin" access`).
 */
function scareQuotedAct(sentence: Sentence): DetectionDraft | undefined {
  const { tokens } = sentence;
  for (let quoted = 1; quoted < tokens.length; quoted++) {
    if (tokens[quoted]!.kind !== 'opaque') continue;
    const quotation = sentence.source.slice(tokens[quoted]!.start, tokens[quoted]!.end).trimEnd();
    const quotedWords = quotation.replace(/^\W+|\W+$/g, '').split(/\s+/);
    // `"erroneously deleted" information`: a manner adverb may open the quotation before its verb, which then may
    // have its object after the quotation; otherwise a noun after it is what the quoted word qualifies.
    const adverb = quotedWords.length > 1 && /ly$/.test(quotedWords[0]!);
    if (adverb) quotedWords.shift();
    else if (SUBJECT_END_TAGS.has(tokens[quoted + 1]?.pos ?? '')) continue;
    const [verb, ...rest] = quotedWords;
    if (!verb || rest.length >= QUOTED_VERB_WORDS || !PAST_ENDING.test(verb) || verbLemmaOf(verb) === undefined)
      continue;
    const before = tokens[quoted - 1]!;
    if (before.kind !== 'word' || !(PERFECT_AUXILIARIES.has(before.lower) || SUBJECT_END_TAGS.has(before.pos)))
      continue;
    const subject = subjectBefore(tokens, quoted);
    if (!isOnePerson(tokens, subject) || supposesClause(tokens, subject, quoted) || deniedInClause(tokens, quoted))
      continue;
    const end = tokens[quoted]!.start + quotation.length;
    return { start: tokens[subject.first]!.start, end, kind: 'person-mistake', namesPerson: true };
  }
  return undefined;
}

const BELIEVING = wordsOf(BELIEFS_HELD);
const GROUNDS = wordsOf(BELIEF_GROUNDS);

/**
 * `Alex assumed the flag was already off in production`: in a root cause, one person's belief told as what they went
 * by, with no grounds given for it (`since the config UI showed it as off`, `as the library's docs said`), names the
 * person who was wrong.
 */
function ungroundedBelief(tokens: readonly Token[], verb: number): DetectionDraft | undefined {
  const token = tokens[verb]!;
  if (token.pos !== 'VERB' || !BELIEVING.has(token.lemma) || !isPastVerb(token)) return undefined;
  if (tokens.slice(verb + 1).some((word) => isWordIn(word, GROUNDS)) || deniedInClause(tokens, verb)) return undefined;
  const subject = subjectBefore(tokens, verb);
  if (!isOnePerson(tokens, subject) || isWordIn(tokens[subject.first - 1], MODALS)) return undefined;
  return { ...tokenSpan(tokens, subject.first, verb), kind: 'person-mistake', namesPerson: true };
}

/** How far after a passive's participle its agent's `by` may stand: `was introduced after 4.9.1 by`. */
const PASSIVE_AGENT_REACH = 4;

/** Verbs (lemmas) that bring a fault about: `was introduced by`, `was caused by`. */
const FAULT_MAKING = new Set([...CAUSED_VERBS, 'introduce', 'create']);

/**
 * `Bug was introduced after 4.9.1 by Paul Bender`, `The outage was caused by an engineer`: a fault brought about, told
 * in the passive, whose agent is one person or one person's act, the same as `Paul Bender introduced the bug`. Not
 * denied (`was never caused by an operator`), nor supposed (`could be caused by anyone`).
 */
function passiveFaultOfPerson(tokens: readonly Token[], verb: number): DetectionDraft | undefined {
  const token = tokens[verb]!;
  if (token.pos !== 'VERB' || !FAULT_MAKING.has(token.lemma) || !isPassive(tokens, verb)) return undefined;
  const agent = passiveAgent(tokens, verb, PASSIVE_AGENT_REACH);
  if (!agent || deniedInClause(tokens, verb)) return undefined;
  // `was caused by human error`: a person's word that qualifies the noun after it names no agent. `was caused by
  // the engineer's change`: a person's act, as `the engineer's change caused it` is.
  const owned = isPossessive(tokens[agent.head]!) && isPersonsPossessive(tokens, agent.head);
  const person = !owned && isOnePerson(tokens, agent) && tokens[agent.end]?.pos !== 'NOUN';
  const doerEnd = doerOfAct(tokens, agent.end);
  if (!owned && !person && doerEnd < 0 && possessor(tokens, agent) < 0) return undefined;
  if (standsJustBefore(tokens, verb, MODALS)) return undefined;
  const end = doerEnd >= 0 ? doerEnd - 1 : owned ? agent.end : agent.end - 1;
  return { ...tokenSpan(tokens, verb, end), kind: 'person-mistake', namesPerson: true };
}

/**
 * `The config was edited by an engineer`, `The rule was changed manually by the on-call engineer`, `Deployment done by
 * junior dev`: one person's act told in the passive, with the person as its agent, the same as `An engineer edited the
 * config`; with the active's exceptions (noticing and answering, acts that resolved, supposed or denied acts). The
 * agent is a person for sure: after `by`, a capitalised word names a program as often as a person (`picked up by
 * Flutter`, `operated by the National Grid`).
 */
function passiveActOfPerson(tokens: readonly Token[], verb: number): DetectionDraft | undefined {
  const token = tokens[verb]!;
  const participle = token.pos === 'VERB' || (token.pos === 'ADJ' && token.lower.endsWith('ed'));
  if (!participle || token.lower === token.lemma || token.lower.endsWith('ing')) return undefined;
  // `Deployment done by junior dev`: a terse note's participle with its agent after the noun that opens it.
  const terse =
    tokens[verb + 1]?.lower === 'by' && tokens.slice(0, verb).every((before) => NOUN_PHRASE_TAGS.has(before.pos));
  if (!isPassive(tokens, verb) && !terse) return undefined;
  // `A manual change was made which was reverted by the operator`: a relative clause tells what befell the thing.
  if (isWordIn(tokens[beforeAdverbs(tokens, verb) - 1], NOUN_RELATIVES)) return undefined;
  const agent = passiveAgent(tokens, verb, PASSIVE_AGENT_REACH);
  if (agent?.kind !== 'person' || !isOnePerson(tokens, agent) || isPossessive(tokens[agent.head]!)) return undefined;
  // Only adverbs between: in `logged as an error by the engineer`, `sent in error by`, `made which was reverted by`,
  // the agent is another word's.
  const between = tokens.slice(verb + 1, agent.first - 1);
  // `was left blank by the operator`: the state a thing was left in is part of the act.
  const leftIn = token.lemma === 'leave' && LEFT_STATE_TAGS.has(between[0]?.pos ?? '') ? 1 : 0;
  if (tokens[agent.end]?.pos === 'NOUN' || between.slice(leftIn).some((word) => word.pos !== 'ADV')) return undefined;
  if (NOT_CAUSES.has(token.lemma) || (MOVING.has(token.lemma) && leftIn === 0) || deniedInClause(tokens, verb))
    return undefined;
  if (tellsOtherThanCause(tokens, verb)) return undefined;
  // `were erroneously revoked by an operator`: a slip, which the slip detector tells as one.
  const manner = tokens.slice(beforeAdverbs(tokens, verb) + 1, agent.first);
  if (manner.some((word) => isWordIn(word, SLIPPED))) return undefined;
  if (standsJustBefore(tokens, verb, UNTOLD_PASSIVE)) return undefined;
  return { ...tokenSpan(tokens, verb, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/** Tags of the state a thing was left in: `left blank`, `left unattended`, `left open`. */
const LEFT_STATE_TAGS = new Set(['ADJ', 'VERB']);

/** Words before a passive that tell no act done: a modal, a hedge, `to` (`could be edited`, `probably got edited`). */
const UNTOLD_PASSIVE = new Set([...MODALS, ...HEDGES, 'to']);

/** Whether one of `words` is among the three words right before `index`, none of them punctuation. */
function standsJustBefore(tokens: readonly Token[], index: number, words: ReadonlySet<string>): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 3 && tokens[i]!.kind === 'word'; i--)
    if (words.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * `The engineer's change was the root cause`, `Bob's push was the probable cause of the outage`: one person's act
 * named as the cause by `was` (see `namedCauseAt`), as `the engineer's change caused it` is.
 */
function possessedCause(tokens: readonly Token[], verb: number): DetectionDraft | undefined {
  if (!isWordIn(tokens[verb], BE_FORMS) || !namedCauseAt(tokens, verb + 1) || deniedInClause(tokens, verb))
    return undefined;
  const owner = possessor(tokens, subjectBefore(tokens, verb));
  return owner < 0 ? undefined : { ...tokenSpan(tokens, owner, verb), kind: 'person-mistake', namesPerson: true };
}

/** How many words the `of` phrase between an act and its doer may take: `of the 07:12 train`. */
const OF_PHRASE_REACH = 5;

/**
 * After an act's noun, at `at`, its doer after `by`, one person: in an `of` phrase with the thing it was done to (`the
 * operation of the train by the operator`), or after a participle (`a change made by a developer`, `a command run by
 * the DBA`). Where the doer's phrase ends, or -1.
 */
function doerOfAct(tokens: readonly Token[], at: number): number {
  let by = at + 1;
  if (tokens[at]?.lower === 'of') {
    while (by - at <= OF_PHRASE_REACH && NOUN_PHRASE_TAGS.has(tokens[by]?.pos ?? '')) by++;
    if (by === at + 1) return -1;
  } else if (tokens[at]?.pos !== 'VERB' || (tokens[at]!.lower === tokens[at]!.lemma && !isSameFormPast(tokens, at)))
    return -1;
  if (tokens[by]?.lower !== 'by') return -1;
  const doer = subjectAfter(tokens, by + 1);
  return isOnePerson(tokens, doer) ? doer.end : -1;
}

/**
 * `was attributed to a change made by a developer`, `due to a command run by the DBA`: an act done by one person,
 * named as the cause by its link (see `followsCauseLink`); the detection, or undefined.
 */
function linkedActOfPerson(tokens: readonly Token[]): DetectionDraft | undefined {
  for (let first = 2; first < tokens.length; first++) {
    if (!followsCauseLink(tokens, first) || deniedInClause(tokens, first)) continue;
    const act = subjectAfter(tokens, first);
    if (act.kind !== 'thing') continue;
    const end = doerOfAct(tokens, act.head + 1);
    if (end >= 0) return { ...tokenSpan(tokens, first, end - 1), kind: 'person-mistake', namesPerson: true };
  }
  return undefined;
}

/**
 * `Yes, it was the intern.`, `It was our DBA.`: a root cause that names a person and nothing else, as `it was`, opening
 * the sentence or after a comma, and the person closing it; not denied (`it wasn't the intern`), nor a thing (`it was
 * the cache`).
 */
function personAlone(tokens: readonly Token[]): DetectionDraft | undefined {
  let it = tokens.length - 1;
  while (it >= 0 && tokens[it]!.lower !== 'it') it--;
  if (it < 0 || !isWordIn(tokens[it + 1], PAST_BE) || (it > 0 && tokens[it - 1]!.text !== ',')) return undefined;
  const person = subjectAfter(tokens, it + 2);
  if (person.kind !== 'person' || person.first !== it + 2) return undefined;
  if (tokens.slice(person.end).some((token) => token.kind === 'word')) return undefined;
  return { ...tokenSpan(tokens, it, person.end - 1), kind: 'person-mistake', namesPerson: true };
}

/** `when`, `whenever` and `each time` open what happened every time: `when someone hit accept, they would ...`. */
const EVERY_TIME = words('when whenever time');

/**
 * `when someone in certain zones completed a Mission and hit the accept button, they would receive the rewards`:
 * nobody in particular (see `ANYBODY`) after `when`, and `would` after the act telling what followed each time, is
 * how a bug behaved for anyone, not one person's act.
 */
function whatAnyoneWouldMeet(tokens: readonly Token[], subject: Subject, verb: number): boolean {
  if (!isWordIn(tokens[subject.first - 1], EVERY_TIME) || !isWordIn(tokens[subject.head], ANYBODY)) return false;
  return tokens.slice(verb + 1).some((token) => token.lower === 'would' || token.lower === "'d");
}

function find(sentence: Sentence): DetectionDraft[] {
  if (!sentence.rootCause || sentence.general || sentence.keepsToProcedure) return [];
  const { tokens } = sentence;
  const doing =
    personDoingAsCause(sentence) ?? scareQuotedAct(sentence) ?? linkedActOfPerson(tokens) ?? personAlone(tokens);
  if (doing) return [doing];
  // `I updated the runbook after the incident`: an act dated after the incident is follow-up, whichever verb it is.
  if (tokens.some((_, i) => datesAfterIncident(tokens, i))) return [];
  for (let verb = 0; verb < tokens.length; verb++) {
    const stated =
      passiveFaultOfPerson(tokens, verb) ??
      passiveActOfPerson(tokens, verb) ??
      ungroundedBelief(tokens, verb) ??
      possessedCause(tokens, verb);
    if (stated) return [stated];
    // `Bob changed nothing`, `I forgot nothing`: an act with nothing as its object did not happen. `He added that
    // ...`, `She noted that ...`: a clause after the verb tells what was said or thought, not what was done.
    if (!isPastAct(tokens, verb) || nothingDone(tokens, verb + 1) || inProgressDuringResponse(sentence, verb)) continue;
    if (tokens[verb + 1]?.lower === 'that' && tokens[verb + 1]!.pos === 'SCONJ') continue;
    const start = actStart(tokens, verb);
    const subject = subjectBefore(tokens, start);
    const decided = decidedAct(tokens, verb);
    if (!actsOnSomething(tokens, decided >= 0 ? decided : verb, subject)) continue;
    if (actsOnFaultyPart(tokens, verb)) continue;
    // `who set up auto-renewal left the company and nobody knew it needed`: `it` does the needing. Not `who`, which
    // stands for the person before it (`the intern who brought down the network`).
    const nearest = beforeAdverbs(tokens, start);
    if (tokens[nearest]?.pos === 'PRON' && nearest !== subject.head && !isWordIn(tokens[nearest], RELATIVE_PRONOUNS))
      continue;
    if (subject.first < 0 || supposesClause(tokens, subject, verb) || tellsOtherThanCause(tokens, verb)) continue;
    if (whatAnyoneWouldMeet(tokens, subject, verb)) continue;
    if (datesSpan(tokens, subject) || inReducedRelative(tokens, subject, verb)) continue;
    // `How can an employee solely authorise a $10m payment?`, `Should an engineer delete ...`: a modal before the
    // subject asks or supposes what may be done; the verb after it is no act told.
    if (isWordIn(tokens[subject.first - 1], MODALS)) continue;
    if (writerHasDone(tokens, subject, verb) || respondsFirst(tokens, subject, verb)) continue;
    // `Test cluster deletion script`: a capitalised word before a noun is that noun's modifier.
    const actor =
      isOnePerson(tokens, subject) &&
      tokens[subject.head + 1]?.pos !== 'NOUN' &&
      !namesManyThings(tokens, subject, verb);
    const owner = actor ? subject.first : possessor(tokens, subject);
    if (owner < 0) continue;
    return [{ ...tokenSpan(tokens, owner, verb), kind: 'person-mistake', namesPerson: true }];
  }
  return [];
}

export const rootCauseActorDetector: Detector = { find, needs: [], readsPeopleInRootCause: true };
