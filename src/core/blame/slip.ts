// A slip named as the cause with nobody named (`a typo in the config caused the outage`, `the button
// was unintentionally pressed`): human error said without the word. In a root cause, or, for a typo,
// in any sentence that states a cause.
import { deniedInClause, deniedInPhrase } from '../language/denial';
import { namesPerson, namesTeam, passiveAgent, subjectAfter, subjectBefore } from '../language/subject';
import {
  beforeAdverbs,
  isPassive,
  isPastVerb,
  isWord,
  isWordIn,
  OBJECT_OPENING_TAGS,
  SUBJECT_END_TAGS,
  type Token,
  NOUN_PHRASE_TAGS,
} from '../language/tokens';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import {
  BASE_FORM_PARTICIPLES,
  BE_FORMS,
  CAUSE_OPENERS,
  CAUSED_VERBS,
  DETERMINERS,
  GET_FORMS,
  HYPOTHETICAL,
  MODALS,
  NEGATIONS,
  PERFECT_AUXILIARIES,
  VERB_PARTICLES,
  words,
} from '../language/vocabulary/grammar';
import { framedAsRiskOrDenial } from './humanError';
import { compileList, compilePattern, firstMatch, listRequiredWords, listOpeningWords } from './patterns';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { causeFollows, diaryOpener, supposedBefore, tokenSpan } from './sentence';
import { isHumanAct } from './omission';
import { CAUSAL_WORDS, PERMISSIONS } from './words/framing';
import {
  ACCIDENTAL_ACTS,
  LAPSED_PASSIVES,
  MADE_SLIPS,
  MISTAKEN_EVENTS,
  RESULT_SLIP_ADVERBS,
  SLIP_ADJECTIVES,
  SLIP_ADVERBS,
  SLIP_HEADLINES,
  SLIP_NOUNS,
  MISTAKES_AS_CAUSE,
  ERRORS_IN_ACTS,
  CHANGES_MADE,
  INPUT_ACTS,
  SLIPS_CALLED,
} from './words/slips';
import { DISCOVERIES, SLIP_ADVERBIALS } from './words/mistakeAdverbs';
import { WRONG_ACTIONS } from './words/mistakeVerbs';

const NOUNS = wordsOf(SLIP_NOUNS);
const CAUSE_MISTAKES = wordsOf(MISTAKES_AS_CAUSE);
const ACT_ERRORS = wordsOf(ERRORS_IN_ACTS);
const MADE_CHANGES = wordsOf(CHANGES_MADE);
/** Words that open the act an error was made in: `when making`, `while updating`, `in applying`. */
const IN_THE_ACT = words('when while in during');
/** How far after `making` what it makes may stand: `making a DNS setting change`. */
const MADE_REACH = 4;
const ERROR_IN_AN_ACT = compilePattern('{ERRORS} {IN_THE_ACT}', { ERRORS: ACT_ERRORS, IN_THE_ACT });
/** Words after a mistake that turn to its maker: `a mistake by the operator`, `on the part of`. */
const MAKER_TURNS = words('by on');
/** The one mistake given: `a mistake`, `one small mistake`. */
const ONE = words('a an one');
/** How many adjectives may stand between the article and the mistake: `a simple clerical mistake`. */
const MISTAKE_ADJECTIVE_REACH = 2;
const SLIP_ADJECTIVE_WORDS = wordsOf(SLIP_ADJECTIVES);
const ACCIDENTAL = wordsOf(ACCIDENTAL_ACTS);
const LAPSES = wordsOf(LAPSED_PASSIVES);
const HEADLINE_NOUNS = new Set([...wordsOf(SLIP_HEADLINES), ...NOUNS]);
const RESULT_ADVERBS = wordsOf(RESULT_SLIP_ADVERBS);
const FOUND_BY_CHANCE = wordsOf(DISCOVERIES);
const ADVERBS = new Set([...wordsOf(SLIP_ADVERBS), ...RESULT_ADVERBS]);
/** How far a passive's agent may stand after the slip: `was deleted accidentally by the cleanup job`. */
const AGENT_REACH = 5;
/** How far before a typo `was` may stand: `the cause was a single typo`. */
const TO_BE_REACH = 3;

/**
 * A past participle: regular (`deleted`, `broken`, `blown`, `built`), or an irregular one the model lemmatizes (`sent`,
 * `made`), or one spelled as its base form (`run`). Not `set` or `put`, as often a state's (`was incorrectly set to`).
 */
function isParticiple(token: Token | undefined): boolean {
  if (!isWord(token) || (token.pos !== 'VERB' && token.pos !== 'ADJ')) return false;
  if (/(?:ed|en|wn|lt)$/.test(token.lower)) return true;
  // `got`: the passive's auxiliary (`mistakenly got purged`), not its participle.
  if (PASSIVE_AUXILIARIES.has(token.lower)) return false;
  return token.pos === 'VERB' && (BASE_FORM_PARTICIPLES.has(token.lower) || isPastVerb(token));
}

/** The auxiliaries of a passive: `was`, `got`. */
const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, ...GET_FORMS]);
/** How far after a sentence's opening slip its clause's `was` may stand: `By mistake, the master branch was`. */
const OPENED_CLAUSE_REACH = 6;
/** How many words a passive's participle may stand after its `was`: `was force updated`, `was hard deleted`. */
const PARTICIPLE_REACH = 2;

/**
 * `By mistake, the master branch was force updated`, `Inadvertently, the staging keys were copied`: the participle
 * of the passive in the clause after a slip that opens the sentence and a comma; -1 when there is none.
 */
function openedClauseParticiple(tokens: readonly Token[], first: number, last: number): number {
  // `By mistake the command was applied`: without its comma, the clause opens with its subject's determiner.
  const comma = tokens[last + 1]?.text === ',';
  if ((!comma && !isWordIn(tokens[last + 1], DETERMINERS)) || tokens.slice(0, first).some(isWord)) return -1;
  for (let be = last + (comma ? 2 : 1); be <= last + 1 + OPENED_CLAUSE_REACH && isWord(tokens[be]); be++) {
    if (!BE_FORMS.has(tokens[be]!.lower)) continue;
    for (let i = be + 1; i <= be + PARTICIPLE_REACH && isWord(tokens[i]); i++) if (isParticiple(tokens[i])) return i;
    return -1;
  }
  return -1;
}

/**
 * A headline or a title: no closing punctuation and no auxiliary, so that its present tells what
 * happened (`Credit union email gaffe exposes employee information`) and its participle after a noun is a passive
 * with `was` left out (`Employee information mistakenly published at the hospital`).
 */
function isHeadline(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.kind !== 'punct' && !tokens.some((token) => token.pos === 'AUX');
}

/**
 * `was unintentionally pressed`, `had been deleted, by mistake`, `By mistake, the branch was force updated`, `an
 * incorrectly typed command`, `one mistyped command`: a slip from `first` to `last` in the passive or before a noun,
 * with no program as the agent.
 */
function passiveSlip(tokens: readonly Token[], first: number, last: number, headline = false): boolean {
  const opened = openedClauseParticiple(tokens, first, last);
  // `By mistake, nothing else was changed`: what the clause denies was no slip.
  if (opened >= 0) return noProgramAgent(tokens, opened) && !deniedInPhrase(tokens, opened);
  // `accidentally got mangled`, `mistakenly was deleted`: the passive's auxiliary after the slip.
  const auxiliaryAfter = isWordIn(tokens[last + 1], PASSIVE_AUXILIARIES) && isParticiple(tokens[last + 2]);
  const participle = isParticiple(tokens[last])
    ? last
    : auxiliaryAfter
      ? last + 2
      : isParticiple(tokens[last + 1])
        ? last + 1
        : isParticiple(tokens[first - 1])
          ? first - 1
          : // `had been set up incorrectly`: a phrasal verb's particle between.
            isWordIn(tokens[first - 1], VERB_PARTICLES) && isParticiple(tokens[first - 2])
            ? first - 2
            : -1;
  if (participle < 0) return false;
  const passive =
    isPassive(tokens, auxiliaryAfter ? participle : Math.min(participle, first)) ||
    reducedRelative(tokens, first, participle) ||
    (headline &&
      participle === last + 1 &&
      SUBJECT_END_TAGS.has(tokens[first - 1]?.pos ?? '') &&
      // `The load balancer unintentionally routed traffic`: a past with its object after it is active.
      !OBJECT_OPENING_TAGS.has(tokens[participle + 1]?.pos ?? ''));
  // `an incorrectly typed command`, not `had mistakenly disabled access`, nor `which accidentally deleted data`, where
  // the participle is the verb of the subject before the slip.
  const attributive =
    participle >= last &&
    tokens[participle + 1]?.pos === 'NOUN' &&
    !isWordIn(tokens[first - 1], PERFECT_AUXILIARIES) &&
    !SUBJECT_END_TAGS.has(tokens[first - 1]?.pos ?? '') &&
    namesSlipBeforeNoun(tokens, first, participle);
  if (!passive && !attributive) return false;
  return (
    noProgramAgent(tokens, Math.max(participle, last)) &&
    !broughtAboutByThing(tokens, participle) &&
    !thingStatedAsCause(tokens, first) &&
    // `were incorrectly auto-enrolled onto a pension scheme due to a technical glitch`: a cause given after it.
    !causeFollows(tokens, Math.max(participle, last))
  );
}

/**
 * `apologised over an email accidentally sent to journalists`: the participle after the slip adverb at `adverb` tells
 * of the object before it, its `which was` left out; not `The cron job accidentally deleted the bucket`, whose past
 * has an object of its own, nor a phrase that opens the clause, which is the subject.
 */
function reducedRelative(tokens: readonly Token[], adverb: number, participle: number): boolean {
  if (participle !== adverb + 1 || !SUBJECT_END_TAGS.has(tokens[adverb - 1]?.pos ?? '')) return false;
  if (tokens[adverb - 1]!.pos === 'PRON' || OBJECT_OPENING_TAGS.has(tokens[participle + 1]?.pos ?? '')) return false;
  let first = adverb - 1;
  while (first > 0 && NOUN_PHRASE_TAGS.has(tokens[first - 1]!.pos)) first--;
  const before = tokens[first - 1];
  if (before?.pos !== 'ADP' && before?.pos !== 'VERB') return false;
  // `KfW in February mistakenly transferred`: with no verb before the phrase, the participle is the clause's own verb.
  return (
    tokens.slice(0, first - 1).some((token) => token.pos === 'VERB' || token.pos === 'AUX') || before.pos === 'VERB'
  );
}

/**
 * `Due to a system issue, a discount was mistakenly applied`, `Because of a bug in the billing job, the invoice was
 * mistakenly sent twice`, `the scripts weren't running, that's why it was included erroneously`: the sentence gives a
 * thing as the cause, before the slip told in the passive, which is then the thing's effect, no one's slip.
 */
function thingStatedAsCause(tokens: readonly Token[], slip: number): boolean {
  for (let i = 0; i < slip; i++) {
    // Its own clause before a comma, not the phrase the slip stands in (`revoked due to them accidentally being
    // published`).
    if (isWordIn(tokens[i], CAUSE_OPENERS) && tokens.slice(i, slip).some((token) => token.text === ',')) {
      const of = tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
      return subjectAfter(tokens, of).kind === 'thing';
    }
    // `..., that's why`: the clause before is the cause.
    if (tokens[i]!.lower === 'why' && tokens[i - 2]?.lower === 'that' && i > 2) {
      const verb = tokens.findIndex((word, at) => at < i - 2 && (word.pos === 'VERB' || word.pos === 'AUX'));
      return verb > 0 && subjectBefore(tokens, verb).kind === 'thing';
    }
  }
  return false;
}

const CAUSING = wordsOf(CAUSAL_WORDS);
const LETTING = wordsOf(PERMISSIONS);
/** How far before a passive's `to be` the verb that caused it may stand: past a long object and its list of names. */
const CAUSE_REACH = 30;
/** Marks that end the clause a causing verb is looked for in. */
const CLAUSE_ENDS = new Set([',', ';', ':']);

/** The subject of the clause that ends at the comma at `comma`: that of its first verb. */
function clauseBefore(tokens: readonly Token[], comma: number): ReturnType<typeof subjectBefore> {
  let start = comma - 1;
  while (start > 0 && !CLAUSE_ENDS.has(tokens[start - 1]!.text)) start--;
  for (let i = start; i < comma; i++)
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return subjectBefore(tokens, i);
  return subjectBefore(tokens, comma);
}

/** Where a verb after a parenthesis would stand without it: `the hardware array (PLA) caused` as `array caused`. */
function pastParenthesis(tokens: readonly Token[], verb: number): number {
  if (tokens[verb - 1]?.text !== ')') return verb;
  for (let i = verb - 2; i >= 0 && verb - i <= ASIDE_REACH; i--) if (tokens[i]!.text === '(') return i;
  return verb;
}

/** How many tokens back a parenthesis before a verb may open: `(PLA)`, `(the one on call)`. */
const ASIDE_REACH = 8;

/**
 * `this action inadvertently caused all subordinate CA certificates to be erroneously revoked`, `the bug led to
 * records being wrongly deleted`: a slip in a passive that a causing verb brought about is its cause's effect, and
 * names no slip when the cause is a thing. `The engineer caused the certificates to be erroneously revoked` stays.
 */
function broughtAboutByThing(tokens: readonly Token[], participle: number): boolean {
  const auxiliary = beforeAdverbs(tokens, participle);
  const infinitive = tokens[auxiliary]?.lower === 'be' && tokens[auxiliary - 1]?.lower === 'to';
  if (!infinitive && tokens[auxiliary]?.lower !== 'being') return false;
  for (let i = auxiliary - 1; i >= 0 && auxiliary - i <= CAUSE_REACH && !CLAUSE_ENDS.has(tokens[i]!.text); i--) {
    if (tokens[i]!.pos !== 'VERB' || !(CAUSING.has(tokens[i]!.lower) || LETTING.has(tokens[i]!.lower))) continue;
    const cause = subjectBefore(tokens, pastParenthesis(tokens, i));
    // `documents are packed by machine, resulting in the summons being issued in error`: the clause before the comma
    // is the cause, and its subject is whose.
    const whose = cause.head < 0 && tokens[i - 1]?.text === ',' ? clauseBefore(tokens, i - 1) : cause;
    return whose.head >= 0 && !namesPerson(whose, true) && !namesTeam(tokens, whose);
  }
  return false;
}

/**
 * `an incorrectly typed command` as `a mistyped command`, not `an incorrectly configured mailing list`, a state: a
 * result's adverb and the participle after it, before a noun, name a slip only when their `mis-` word is a slip (see
 * `RESULT_SLIP_ADVERBS`).
 */
function namesSlipBeforeNoun(tokens: readonly Token[], adverb: number, participle: number): boolean {
  return !isWordIn(tokens[adverb], RESULT_ADVERBS) || ADVERBS.has(`mis${tokens[participle]!.lower}`);
}

/** Whether the passive at `participle` has no agent or a person's: `mistakenly deleted by us` is our slip. */
function noProgramAgent(tokens: readonly Token[], participle: number): boolean {
  const agent = passiveAgent(tokens, participle, AGENT_REACH);
  return agent === undefined || agent.kind === 'person' || agent.kind === 'possible-person' || agent.kind === 'group';
}

/** Words a sentence may open with before the `if` that makes all of it a supposition: `Now if you`. */
const SUPPOSITION_OPENING = 2;

/**
 * What the incident was, said as `is` says it, or what held the slip: `This involved the inadvertent disclosure of`,
 * `The WHERE clause had a typo`, `the config contained a typo`.
 */
const INVOLVING = words('involved involves had has contained contains included includes');

/**
 * `a typo caused`, `the cause was a typo`: said as the cause, not as what a check catches, nor in a
 * sentence that supposes (`If you mistype the command, a typo deploys master`).
 */
function typoAsCause(sentence: Sentence, index: number): boolean {
  const opening = sentence.tokens.slice(0, SUPPOSITION_OPENING);
  // `A typo is a human error that can cause an outage`: said of typos in general.
  if (sentence.general || opening.some((token) => HYPOTHETICAL.has(token.lower))) return false;
  if (sentence.causal) return !causeFollows(sentence.tokens, index);
  if (!sentence.rootCause) return false;
  for (let i = index - 1; i >= index - TO_BE_REACH && isWord(sentence.tokens[i]); i--)
    if (BE_FORMS.has(sentence.tokens[i]!.lower) || INVOLVING.has(sentence.tokens[i]!.lower)) return true;
  return actsAsSubject(sentence.tokens, index, isHeadline(sentence.tokens));
}

/** Words that, after a cause's verb, turn to its cause: `caused by`, `stemmed from`. */
/** What may stand before a subject's noun: `A single typo`, `One small mistake`, `A credit union email gaffe`. */
const BEFORE_SUBJECT_NOUN = words('DET NUM ADJ ADV NOUN PROPN');
/** How far after its noun a subject's verb may stand: past where it was, `in the DNS record for the API`. */
const SUBJECT_VERB_REACH = 12;

/** `Sarah's` of `Sarah's typo`: whose the slip was. */
function isPossessive(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return (token.pos === 'PROPN' || token.pos === 'NOUN') && /['\u2019]s$/.test(token.text);
}

/**
 * `A typo in the DNS record took the site down`: in a root cause, the slip opens the sentence as the subject of a verb
 * in the past, in the active; not `A typo in the docs was reported`, which says what was done to it.
 */
function actsAsSubject(tokens: readonly Token[], noun: number, headline: boolean): boolean {
  for (let i = 0; i < noun; i++) if (!BEFORE_SUBJECT_NOUN.has(tokens[i]!.pos) && !isPossessive(tokens, i)) return false;
  // `The typo checker flagged`: a noun after it makes the slip a kind of thing.
  if (tokens[noun + 1]?.pos === 'NOUN' || tokens[noun + 1]?.pos === 'PROPN') return false;
  let aside = 0;
  for (let i = noun + 1; i < tokens.length && i - noun - aside <= SUBJECT_VERB_REACH; i++) {
    const token = tokens[i]!;
    // `A typo in the DNS record, entered by hand by the admin, took the site offline`: an aside on the slip is passed.
    const asideEnd =
      token.text === ',' && isPastVerb(tokens[i + 1]) ? tokens.findIndex((t, j) => j > i && t.text === ',') : -1;
    if (asideEnd > 0) {
      aside += asideEnd - i + 1;
      i = asideEnd;
      continue;
    }
    if (token.kind !== 'word') return false;
    if (token.pos === 'AUX') return false;
    // A headline's present tells what happened: `email gaffe exposes employee information`.
    const toldInHeadline = headline && token.lower.endsWith('s');
    if (token.pos === 'VERB') return (toldInHeadline || isPastVerb(token)) && !isPassive(tokens, i);
  }
  return false;
}

/** What may follow a headline's noun: where the slip was, `in the hostname`, `from previous push`. */
const PLACE_TAGS = words('ADP PUNCT');

/**
 * `Typo in the hostname`, `Mistake from previous push`, `Small oversight in the migration script.`: a root cause's
 * note that is a slip's noun, adjectives alone before it, and where it was, with no verb told in a tense: the index of
 * the noun, or -1. Not `Typo detection in the linter is off`, nor `Typo checks run in CI`.
 */
function slipHeadline(sentence: Sentence): number {
  const { tokens } = sentence;
  if (!sentence.rootCause || sentence.firstWord < 0) return -1;
  // `Oops, typo in the hostname`: past what may open a diary's note, the note is the same.
  let noun = diaryOpener(tokens, sentence.firstWord);
  // The model reads a capitalised adjective opening the note as a name: `Small/PROPN oversight`.
  if (tokens[noun]?.pos === 'PROPN' && isWordIn(tokens[noun + 1], HEADLINE_NOUNS)) noun++;
  while (tokens[noun]?.pos === 'ADJ') noun++;
  if (!isWordIn(tokens[noun], HEADLINE_NOUNS)) return -1;
  const after = tokens[noun + 1];
  if (after !== undefined && !PLACE_TAGS.has(after.pos)) return -1;
  const told = tokens.some((token) => token.pos === 'AUX' || (token.pos === 'VERB' && token.lower !== token.lemma));
  return told ? -1 : noun;
}

const MADE = compileList(patternsOf(MADE_SLIPS));
const MADE_NOUNS = new Set(listOpeningWords(MADE));
/** How many words a made mistake's determiner may stand before it: `a really embarrassing mistake`. */
const DETERMINER_REACH = 4;
/**
 * How far after `made` its agent's `by` may stand: `was made quickly by`; not the `by` of a relative clause after it
 * (`was made which was auto-corrected by our self-healing system`).
 */
const MADE_AGENT_REACH = 2;

/**
 * `a really embarrassing mistake was made`, `a manual configuration error was made which ...`: one mistake made, in
 * the passive, its maker left out, in a root cause or a stated cause (see `MADE_SLIPS`); the span from its determiner
 * to `made`. Not `no mistake was made`, a program as the agent, nor a mistake `made worse`.
 */
function madeSlip(sentence: Sentence, noun: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (!(sentence.rootCause || sentence.causal) || sentence.general) return undefined;
  const made = firstMatch(tokens, noun, MADE);
  if (!made) return undefined;
  let determiner = noun - 1;
  while (
    determiner >= noun - DETERMINER_REACH &&
    isWord(tokens[determiner]) &&
    !isWordIn(tokens[determiner], DETERMINERS)
  )
    determiner--;
  if (!isWordIn(tokens[determiner], DETERMINERS) || tokens[determiner]!.lower === 'no') return undefined;
  if (deniedInClause(tokens, determiner) || framedAsRiskOrDenial(tokens, determiner)) return undefined;
  if (supposedBefore(tokens, determiner)) return undefined;
  // `was made worse by the retries`, `was made visible`: a mistake there already, made into something.
  if (tokens[made.end]?.pos === 'ADJ') return undefined;
  const agent = passiveAgent(tokens, made.end - 1, MADE_AGENT_REACH);
  if (agent !== undefined && agent.kind !== 'person' && agent.kind !== 'possible-person') return undefined;
  return { ...tokenSpan(tokens, determiner, made.end - 1), kind: 'human-error', namesPerson: false };
}

const HAND_ACTS = wordsOf(WRONG_ACTIONS);
const INPUTS = wordsOf(INPUT_ACTS);
const CALLED_SLIPS = wordsOf(SLIPS_CALLED);
/** The subjects that point back at the act told before: `that was an accident`, `it was a mistake`. */
const POINTING_BACK = words('it that this which');
/** Adjectives that leave a slip a slip: `an honest mistake`, `a simple accident`. */
const SLIP_QUALIFIERS = words('honest simple genuine pure complete total big small silly stupid');
/** How far before `instead of` the act put in by hand may stand: `were entered into the To field, instead of`. */
const INSTEAD_REACH = 8;
/** The wrong one of a thing, as a passive's subject: `the wrong file`, `an incorrect value`. */
const WRONG_ONES = words('wrong incorrect');
/** The passive's auxiliary, told as done: `was uploaded`, `got deleted`, `the wrong file being sent`. */
const DONE_PASSIVE = words('was were got being');
/** How many words a wrong thing's noun phrase holds after `wrong`: `the wrong config file`. */
const WRONG_THING_WORDS = 3;

/**
 * `The wrong config file was copied to production`, `An incorrect value was entered`: in a root cause, the wrong thing
 * as the subject of an act done by hand (see `WRONG_ACTIONS`) told in the passive, its doer left out: a slip, human
 * error with no one named. Not a program as the agent (`was uploaded by the sync job`), not denied, nor supposed.
 */
function wrongThingHandled(sentence: Sentence, wrong: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (!sentence.rootCause || sentence.general || !isWordIn(tokens[wrong - 1], ONE_OR_THE)) return undefined;
  if (isWordIn(tokens[wrong - 2], PLACE_PREPOSITIONS)) return handledToWrongThing(tokens, wrong);
  let auxiliary = wrong + 1;
  while (auxiliary - wrong <= WRONG_THING_WORDS && THING_TAGS.has(tokens[auxiliary]?.pos ?? '')) auxiliary++;
  if (auxiliary === wrong + 1) return undefined;
  // `had been sent`: the perfect's `been` is the passive's auxiliary.
  const perfect = isWordIn(tokens[auxiliary], PERFECT_AUXILIARIES) && tokens[auxiliary + 1]?.lower === 'been';
  if (!perfect && !isWordIn(tokens[auxiliary], DONE_PASSIVE)) return undefined;
  let participle = perfect ? auxiliary + 2 : auxiliary + 1;
  // `was then copied`: an adverb or two before the participle.
  while (tokens[participle]?.pos === 'ADV' && participle - auxiliary < 3) participle++;
  if (!isWordIn(tokens[participle], HAND_ACTS) || !isPassive(tokens, participle)) return undefined;
  if (!handSlipTold(tokens, wrong - 1, participle, participle)) return undefined;
  return { ...tokenSpan(tokens, wrong - 1, participle), kind: 'human-error', namesPerson: false };
}

/**
 * Whether the act by hand in the passive at `participle`, whose slip runs from `first` to `last`, is told as done by a
 * person: not denied, no program its agent, not supposed (`If the wrong file is uploaded`), and not explained by a
 * cause given after it (`because the pipeline defaulted to main`).
 */
function handSlipTold(tokens: readonly Token[], first: number, last: number, participle: number): boolean {
  return (
    !denied(tokens, participle) &&
    noProgramAgent(tokens, participle) &&
    !supposedBefore(tokens, first) &&
    !causeFollows(tokens, last)
  );
}

/** Prepositions of where or which way an act went: `performed on the wrong patient`, `sent via the wrong channel`. */
const PLACE_PREPOSITIONS = words('on to into in onto from against via through');
/** How many words may stand between the participle and the preposition: `was uploaded by mistake to`. */
const PLACE_REACH = 3;

/**
 * `A bone marrow test was also performed on the wrong patient`, `the letter was sent to the wrong address`: an act by
 * hand in the passive, its doer left out, that went to the wrong thing: a slip, as the wrong thing handled is.
 */
function handledToWrongThing(tokens: readonly Token[], wrong: number): DetectionDraft | undefined {
  for (let i = wrong - 3; i >= 0 && wrong - 3 - i < PLACE_REACH && isWord(tokens[i]); i--) {
    if (!isWordIn(tokens[i], HAND_ACTS) || !isPassive(tokens, i)) continue;
    // `was released from the wrong branch because the tag pointed there`: what the clause goes on to explain.
    if (!handSlipTold(tokens, i, wrong, i) || broughtAboutByThing(tokens, i)) return undefined;
    // `no guardrails to stop the process from being run on the wrong server`: what was to be kept from happening.
    if (framedAsRiskOrDenial(tokens, i) || tokens[beforeAdverbs(tokens, i)]?.lower === 'being') return undefined;
    return { ...tokenSpan(tokens, i, wrong), kind: 'human-error', namesPerson: false };
  }
  return undefined;
}

/**
 * `The addresses were entered into the To field instead of the Bcc field`: in a root cause, an act of entering or
 * choosing by hand (see `INPUT_ACTS`) in the passive, told as done, its doer left out, then `instead of` the right
 * place or thing in its clause: a slip, as the wrong place named is. Not done by a program, named or `automatically`.
 */
function inputInsteadOf(sentence: Sentence, instead: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (!sentence.rootCause || sentence.general || tokens[instead + 1]?.lower !== 'of') return undefined;
  for (let i = instead - 1; i >= 0 && instead - i <= INSTEAD_REACH; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '\u2019' && token.text !== "'") return undefined;
    if (!isWordIn(token, INPUTS) || !isWordIn(tokens[beforeAdverbs(tokens, i)], DONE_PASSIVE)) continue;
    // `The wrong region was selected instead of`: the wrong thing named is the slip told (see `wrongThingHandled`).
    if (tokens.slice(0, i).some((word) => isWordIn(word, WRONG_ONES))) return undefined;
    if (!handSlipTold(tokens, i, instead, i) || framedAsRiskOrDenial(tokens, i)) return undefined;
    // `copied from staging instead of production by the sync job`, `selected automatically instead of`: a program's.
    const agent = passiveAgent(tokens, instead, INSTEAD_REACH);
    const byProgram = agent !== undefined && agent.kind !== 'person' && agent.kind !== 'possible-person';
    if (byProgram || tokens.slice(i, instead).some((word) => word.lower === 'automatically')) return undefined;
    return { ...tokenSpan(tokens, i, instead + 1), kind: 'human-error', namesPerson: false };
  }
  return undefined;
}

/**
 * `Thanks, yeah, that was an accident.`, `It was a genuine accident.`: in a root cause, the act told before called a
 * slip (see `SLIPS_CALLED`) by `it was`, with nothing after the noun; not denied.
 */
function slipCalled(sentence: Sentence, noun: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (!sentence.rootCause || sentence.general || isWord(tokens[noun + 1])) return undefined;
  let article = noun - 1;
  if (isWordIn(tokens[article], SLIP_QUALIFIERS)) article--;
  if (!isWordIn(tokens[article], ONE)) return undefined;
  let be = article - 1;
  while (tokens[be]?.pos === 'ADV' && article - be <= 2) be--;
  if (!isWordIn(tokens[be], BE_FORMS) || !isWordIn(tokens[be - 1], POINTING_BACK) || denied(tokens, article))
    return undefined;
  return { ...tokenSpan(tokens, be - 1, noun), kind: 'human-error', namesPerson: false };
}

/** The determiner of a wrong thing: `the wrong file`, `an incorrect value`. */
const ONE_OR_THE = words('a an the');
/** Tags of a wrong thing's words: `config file`, `DNS record`. */
const THING_TAGS = words('NOUN PROPN ADJ NUM');

function detectSlips(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  if (sentence.asks) return [];
  const headline = slipHeadline(sentence);
  if (headline >= 0) return [{ ...tokenSpan(tokens, headline, headline), kind: 'human-error', namesPerson: false }];
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const made = isWordIn(token, MADE_NOUNS) ? madeSlip(sentence, i) : undefined;
    if (made) {
      drafts.push(made);
      continue;
    }
    const called = isWordIn(token, CALLED_SLIPS) ? slipCalled(sentence, i) : undefined;
    if (called) {
      drafts.push(called);
      continue;
    }
    const instead = token.lower === 'instead';
    const handled = isWordIn(token, WRONG_ONES)
      ? wrongThingHandled(sentence, i)
      : instead
        ? inputInsteadOf(sentence, i)
        : undefined;
    if (handled) {
      drafts.push(handled);
      continue;
    }
    const inAct = isWordIn(token, ACT_ERRORS) ? errorInAct(sentence, i) : undefined;
    if (inAct) {
      drafts.push(inAct);
      continue;
    }
    const given = isWordIn(token, CAUSE_MISTAKES) ? mistakeGivenAsCause(sentence, i) : -1;
    if (given >= 0) {
      drafts.push({ ...tokenSpan(tokens, given, i), kind: 'human-error', namesPerson: false });
      continue;
    }
    const causing = isWordIn(token, CAUSE_MISTAKES) ? mistakeCausing(sentence, i) : -1;
    if (causing >= 0) {
      drafts.push({ ...tokenSpan(tokens, causing, i + 1), kind: 'human-error', namesPerson: false });
      continue;
    }
    // The words a slip starts at, before the look back at what frames them: most words are none.
    const starts =
      NOUNS.has(token.lower) ||
      SLIP_ADJECTIVE_WORDS.has(token.lower) ||
      ADVERBS.has(token.lower) ||
      opensMistakeAdverbial(tokens, i) ||
      (sentence.rootCause && LAPSES.has(token.lower));
    if (token.kind !== 'word' || !starts || framedAsRiskOrDenial(tokens, i)) continue;
    // `An accidental switch-off caused`: the act, called accidental, stated as the cause.
    if (SLIP_ADJECTIVE_WORDS.has(token.lower) && isWordIn(tokens[i + 1], ACCIDENTAL) && typoAsCause(sentence, i + 1)) {
      drafts.push({ ...tokenSpan(tokens, i, i + 1), kind: 'human-error', namesPerson: false });
      continue;
    }
    if (NOUNS.has(token.lower) && typoAsCause(sentence, i)) {
      drafts.push({
        ...tokenSpan(tokens, i, token.lower === 'typographical' && isWord(tokens[i + 1]) ? i + 1 : i),
        kind: 'human-error',
        namesPerson: false,
      });
    } else if (sentence.timeless) {
      // `Errors can happen when a misplaced decimal point leads to ...` tells how slips happen anywhere, not this
      // incident's cause.
    } else if (!sentence.rootCause) {
      const told = toldSlip(sentence, i);
      if (told >= 0) drafts.push({ ...tokenSpan(tokens, i, told), kind: 'human-error', namesPerson: false });
    } else if (LAPSES.has(token.lower) && lapsedPassive(tokens, i)) {
      drafts.push({ ...tokenSpan(tokens, i, i), kind: 'human-error', namesPerson: false });
    } else if (opensMistakeAdverbial(tokens, i) && byMistakeSlip(tokens, i)) {
      drafts.push({ ...tokenSpan(tokens, i, i + 1), kind: 'human-error', namesPerson: false });
    } else if (ADVERBS.has(token.lower) && activeSlip(tokens, i)) {
      drafts.push({ ...tokenSpan(tokens, i, i + 1), kind: 'human-error', namesPerson: false });
    } else if (ADVERBS.has(token.lower) && passiveSlip(tokens, i, i, isHeadline(tokens))) {
      drafts.push({
        ...tokenSpan(tokens, i, isParticiple(tokens[i + 1]) ? i + 1 : i),
        kind: 'human-error',
        namesPerson: false,
      });
    }
  }
  return drafts;
}

/**
 * `One of the nodes was accidentally deleted`, `the issue was closed by mistake`: outside a root cause, a slip told of
 * this incident in the passive, its doer left out; where its span ends, or -1. Not a state (`were issued incorrectly`),
 * a thing before its noun (`a misdirected email`), what befell people (`The platform team was accidentally paged`),
 * nor what is said in general.
 */
function toldSlip(sentence: Sentence, index: number): number {
  const { tokens } = sentence;
  if (sentence.general) return -1;
  const adverbial = opensMistakeAdverbial(tokens, index);
  if (adverbial ? !byMistakeSlip(tokens, index) : RESULT_ADVERBS.has(tokens[index]!.lower)) return -1;
  const participle = adverbial ? beforeAdverbs(tokens, index) : index + 1;
  if (
    !adverbial &&
    !(
      isParticiple(tokens[participle]) &&
      (isPassive(tokens, participle) || reducedRelative(tokens, index, participle)) &&
      passiveSlip(tokens, index, index)
    )
  )
    return -1;
  const patient = subjectBefore(tokens, beforeAdverbs(tokens, adverbial ? participle : index));
  if (patient.kind === 'person' || patient.kind === 'group' || namesTeam(tokens, patient)) return -1;
  return adverbial ? index + 1 : participle;
}

const HAPPENING = wordsOf(MISTAKEN_EVENTS);

/** What may follow an adverbial that ends its phrase: `in error to 200 parents`, `by mistake the command was`. */
const AFTER_ADVERBIAL = new Set(['ADP', 'CCONJ', 'SCONJ', 'ADV', 'PART', 'DET', 'PRON']);

const SLIP_ADVERBIAL_LIST = compileList(patternsOf(SLIP_ADVERBIALS));

/**
 * `by mistake`, or `in error` as officials write it (`was sent in error`), where it ends its phrase (see
 * `SLIP_ADVERBIALS`): not `in error rates` nor `left in error state`.
 */
function opensMistakeAdverbial(tokens: readonly Token[], index: number): boolean {
  const match = firstMatch(tokens, index, SLIP_ADVERBIAL_LIST);
  if (!match) return false;
  const after = tokens[match.end];
  return !isWord(after) || AFTER_ADVERBIAL.has(after.pos);
}

/**
 * `had been deleted, by mistake`, `This breach happened by mistake`, `The migration was run by mistake`: an act in the
 * passive, whatever its participle's form, or an event that happened (see `MISTAKEN_EVENTS`), by the mistake whose
 * `by` is at `by`, with no program as the agent; not `Nothing was deleted by mistake`.
 */
function byMistakeSlip(tokens: readonly Token[], by: number): boolean {
  const before = tokens[by - 1]?.text === ',' ? by - 1 : by;
  // `was sent out by mistake`: the phrasal verb's particle is part of the act.
  const first = isWordIn(tokens[before - 1], VERB_PARTICLES) && isParticiple(tokens[before - 2]) ? before - 1 : before;
  const verb = beforeAdverbs(tokens, first);
  // `Owing to a problem with the software, letters were sent out in error`: the thing's effect, no one's slip.
  if (denied(tokens, verb) || thingStatedAsCause(tokens, verb)) return false;
  if (passiveSlip(tokens, first, by + 1)) return true;
  const token = tokens[verb];
  if (!isWord(token)) return false;
  if (HAPPENING.has(token.lemma)) return isPastVerb(token);
  if (token.pos === 'VERB' && isPassive(tokens, verb))
    return noProgramAgent(tokens, by + 1) && !broughtAboutByThing(tokens, verb);
  return passiveBefore(tokens, by);
}

/** `Nothing was deleted by mistake`, `was not overlooked`: the act at `index` denied in its clause or its phrase. */
function denied(tokens: readonly Token[], index: number): boolean {
  return deniedInClause(tokens, index) || deniedInPhrase(tokens, index);
}

/**
 * `The step was forgotten`: a lapse in the passive (see `LAPSED_PASSIVES`), no program its agent, not denied; not
 * one that may happen (`any of which can be missed`), that a thing brought about (`caused some entries to be
 * omitted`), nor one whose cause the clause goes on to give (`This was missed because the requirements were not
 * communicated`).
 */
function lapsedPassive(tokens: readonly Token[], participle: number): boolean {
  if (!isPassive(tokens, participle) || denied(tokens, participle)) return false;
  const auxiliary = beforeAdverbs(tokens, participle);
  if (isWordIn(tokens[beforeAdverbs(tokens, auxiliary)], MODALS)) return false;
  if (broughtAboutByThing(tokens, participle) || causeFollows(tokens, participle)) return false;
  return noProgramAgent(tokens, participle) && tokens[participle + 1]?.lower !== 'by';
}

/** How far back from the adverbial its passive may stand: `was applied to all servers by mistake`. */
const ADVERBIAL_REACH = 7;
/** How far back past phrases with no verb of their own: `were sent as part of a tendering process to ... in error`. */
const PHRASES_REACH = 14;

/**
 * `was applied to all servers by mistake`, `was sent earlier today in error`: a passive in the same clause before the
 * adverbial at `at`, past its object or a time, with no program as its agent and not denied; further back, past
 * phrases only, no other verb between.
 */
function passiveBefore(tokens: readonly Token[], at: number): boolean {
  let verbBetween = false;
  for (let i = at - 1; i >= 0 && at - i <= PHRASES_REACH && isWord(tokens[i]); i--) {
    if (isParticiple(tokens[i]) && isPassive(tokens, i))
      return (at - i <= ADVERBIAL_REACH || !verbBetween) && noProgramAgent(tokens, at + 1) && !denied(tokens, i);
    if (tokens[i]!.pos === 'VERB' && !tokens[i]!.lower.endsWith('ing')) verbBetween = true;
  }
  return false;
}

/**
 * `an error when making a setting change`, `a mistake while updating the record`: in a root cause or a sentence that
 * states a cause, an error made while a person did a duty or made a change (see `ERRORS_IN_ACTS`).
 */
function errorInAct(sentence: Sentence, noun: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if ((!sentence.rootCause && !sentence.causal) || sentence.general || !isWordIn(tokens[noun + 1], IN_THE_ACT))
    return undefined;
  const act = tokens[noun + 2];
  if (!isWord(act) || !act.lower.endsWith('ing')) return undefined;
  let end = noun + 2;
  if (act.lemma === 'make') {
    while (end - noun - 2 < MADE_REACH && isWord(tokens[end + 1]) && !isWordIn(tokens[end], MADE_CHANGES)) end++;
    if (!isWordIn(tokens[end], MADE_CHANGES)) return undefined;
  } else if (!isHumanAct(act)) return undefined;
  return { ...tokenSpan(tokens, noun, end), kind: 'human-error', namesPerson: false };
}

/**
 * `and accidentally merged it`, `only to have accidentally deleted the admin's account`, `people working on the next
 * cabinet accidentally unplug your power strip`: in a root cause, an act done by accident (not a result adverb's
 * `incorrectly`, which programs do too) whose doer is left out or is no program, not denied nor supposed.
 */
function activeSlip(tokens: readonly Token[], adverb: number): boolean {
  // `and accidentally I marked it as approved`: the adverb before its pronoun subject.
  const fronted = isWordIn(tokens[adverb + 1], FRONTED_SUBJECTS) && isPastVerb(tokens[adverb + 2]);
  if (fronted) return !isWordIn(tokens[adverb], RESULT_ADVERBS) && !denied(tokens, adverb + 2);
  const verb = tokens[adverb + 1];
  if (isWordIn(tokens[adverb], RESULT_ADVERBS) || !isWord(verb) || verb.pos !== 'VERB' || isPassive(tokens, adverb + 1))
    return false;
  // `Our staff accidentally discovered the bug`: found or fixed by chance, not done by mistake.
  if (FOUND_BY_CHANCE.has(verb.lemma)) return false;
  if (denied(tokens, adverb + 1) || supposedBefore(tokens, adverb)) return false;
  return subjectBefore(tokens, adverb).kind !== 'thing';
}

/** Pronouns of people a slip adverb may stand before: `accidentally I marked it as approved`. */
const FRONTED_SUBJECTS = words('i we he she');

/** Where the article of a mistake's noun would stand, past an adjective or two: `a simple mistake`. */
function articleOf(tokens: readonly Token[], noun: number): number {
  let article = noun - 1;
  while (article >= noun - MISTAKE_ADJECTIVE_REACH && tokens[article]?.pos === 'ADJ') article--;
  return article;
}

/**
 * `due to a mistake`, `because of a simple mistake in typing`: one mistake right after a word of cause (see
 * `MISTAKES_AS_CAUSE`); where the span starts (the word of cause), or -1.
 */
function mistakeGivenAsCause(sentence: Sentence, noun: number): number {
  const { tokens } = sentence;
  // `the result of a mistake by the operator`: the mistake's maker is named, and read as such (see `ownedMistake`).
  if (sentence.general || isWordIn(tokens[noun + 1], MAKER_TURNS)) return -1;
  // `because of a "serious mistake" in Carnegie Mellon's computer software`: a flaw in a thing, not a person's slip as
  // `a mistake in typing the address` is.
  if (tokens[noun + 1]?.lower === 'in' && !tokens[noun + 2]?.lower.endsWith('ing')) return -1;
  const article = articleOf(tokens, noun);
  if (!isWordIn(tokens[article], ONE)) return -1;
  const [before, last] = [tokens[article - 2], tokens[article - 1]];
  if (!isWord(before) || !isWord(last)) return -1;
  const caused =
    (last.lower === 'to' && (before.lower === 'due' || before.lower === 'owing')) ||
    (last.lower === 'of' && (before.lower === 'because' || before.lemma === 'result')) ||
    (last.lower === 'by' && before.lemma === 'cause') ||
    // `arose from a genuine mistake`, `stemmed from a mistake`.
    (last.lower === 'from' && CAUSED_VERBS.has(before.lemma));
  // `was not due to a mistake`, `wasn't due to` (read as `not`) deny it; `alerts did not get through because of a
  // mistake` gives the mistake as the cause of what did not happen.
  return caused && !isWordIn(tokens[article - 3], NEGATIONS) ? article - 2 : -1;
}

/**
 * `after a blunder led to a patient being given the wrong medication`, `A simple mistake caused the outage`: one
 * mistake as the subject of a verb of cause in the past (see `MISTAKES_AS_CAUSE`); where the span starts (its
 * article), or -1. Not `A mistake in the WHERE clause deleted rows`: a mistake in a thing is no verb's subject here.
 */
function mistakeCausing(sentence: Sentence, noun: number): number {
  const { tokens } = sentence;
  const verb = tokens[noun + 1];
  if (sentence.general || verb?.pos !== 'VERB' || !CAUSING.has(verb.lower) || !isPastVerb(verb)) return -1;
  const article = articleOf(tokens, noun);
  return isWordIn(tokens[article], ONE) && !isWordIn(tokens[article - 1], NEGATIONS) ? article : -1;
}

/** A slip noun, or in a root cause a slip adverb or `by mistake`: rare words, so needed alone. */
export const slipDetector: Detector = {
  find: detectSlips,
  needs: [
    ...NOUNS,
    ...ADVERBS,
    ...SLIP_ADJECTIVE_WORDS,
    'by mistake',
    'by accident',
    'in error',
    ...CAUSE_MISTAKES,
    ...listRequiredWords(MADE),
    ...[...ACT_ERRORS].map((word) => ({ word, pattern: ERROR_IN_AN_ACT })),
  ],
  needsAloneInRootCause: [...wordsOf(SLIP_HEADLINES), ...LAPSES, ...WRONG_ONES, 'instead', ...CALLED_SLIPS],
};
