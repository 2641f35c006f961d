// Words that judge a person (`careless`, `negligence`, `not paying attention`) and words that
// dismiss what they faced (`obviously`, `simply had to`).
import { compileList, firstMatch, listOpeningWords, listRequiredWords } from './patterns';
import { indefiniteArticle, matchCase, removalEdit } from './rephrase';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { ANYBODY, tellsThePast, tokenSpan } from './sentence';
import { classifyWord, isPossessive, ONE_PERSON_PRONOUNS } from '../language/people';
import { namesPerson, subjectAfter, subjectBefore } from '../language/subject';
import { type Token, cue, hasCue, isWord, isWordIn } from '../language/tokens';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import { deniedAsSubject, deniedInPhrase } from '../language/denial';
import { GROUPS, ORGANISATIONS } from '../language/vocabulary/people';
import {
  BE_FORMS,
  DETERMINERS,
  INDEFINITE_ARTICLES,
  MAY_MODALS,
  NEGATIONS,
  PRESENT_BE,
  SUPPOSING,
  words,
} from '../language/vocabulary/grammar';
import { BLAMED_PRONOUNS } from './words/blaming';
import { DISMISSED, DISMISSIVE_ALWAYS, MINIMISERS, OBVIOUSLY_ABOUT } from './words/dismissals';
import { RISK_NOUNS } from './words/framing';
import { ERROR_NOUNS, PERSONAL_ERROR_NOUNS } from './words/humanErrors';
import { JUDGED_CHOICES } from './words/mistakeVerbs';
import {
  INSULTED_ACTS,
  INSULTING_ADJECTIVES,
  JUDGING_ADJECTIVES,
  JUDGING_ADVERBS,
  JUDGING_NOUNS,
  JUDGING_PHRASES,
  ATTENTION_DEGREES,
  NAME_CALLING,
  PERSON_JUDGING_ADJECTIVES,
  POOR_WORK,
  RESPONSIBLE_PEOPLE,
  TERMS_OF_ART,
  VAGUE_DOINGS,
} from './words/judgements';

const INSULTS = wordsOf(INSULTING_ADJECTIVES);
const ADJECTIVES = new Set([...wordsOf(JUDGING_ADJECTIVES), ...INSULTS]);
/** What only a mind does: a mistake, a choice, a move. */
const ACTS_OF_MIND = new Set([
  ...wordsOf(ERROR_NOUNS),
  ...wordsOf(PERSONAL_ERROR_NOUNS),
  ...wordsOf(JUDGED_CHOICES),
  ...wordsOf(INSULTED_ACTS),
]);
const VAGUE = wordsOf(VAGUE_DOINGS);
/** Things made of minds: `an incompetent vendor`. */
const MINDFUL_THINGS = wordsOf(ORGANISATIONS);
/** Verbs of doing, as lemmas, that make a vague thing a doing: `doing dumb things`, `dumb things we forgot to do`. */
const DOING = words(`do make try pull say`);
const RISKS = wordsOf(RISK_NOUNS);
const OF_PERSONS = wordsOf(PERSON_JUDGING_ADJECTIVES);
/** The person after `of`: `naive of us`, `short-sighted of me`. */
const BLAMED = wordsOf(BLAMED_PRONOUNS);
/** Words of degree between `was` and its adjective: `was as useless as`, `was completely useless`. */
const DEGREE = words(`as so too very completely totally utterly just plain quite rather pretty fairly`);
const ADVERBS = wordsOf(JUDGING_ADVERBS);
const FAILINGS = wordsOf(JUDGING_NOUNS);
const NOUNS = new Set([...FAILINGS, ...wordsOf(NAME_CALLING)]);
const TERMS = compileList(patternsOf(TERMS_OF_ART));
/** Words after an adjective that are not the noun it qualifies: `careless and`, `careless enough`. */
const NOT_NOUNS = words(`and or but to of in with about when as than enough at for by on`);

const PHRASES = compileList(patternsOf(JUDGING_PHRASES), {
  HEED: wordsOf(ATTENTION_DEGREES),
  RESPONSIBLE_PEOPLE: wordsOf(RESPONSIBLE_PEOPLE),
});
const ALWAYS = wordsOf(DISMISSIVE_ALWAYS);
const HINDSIGHT_WORDS = wordsOf(OBVIOUSLY_ABOUT);
/** `not obviously related` says the opposite of dismissing. */
const MINIMISING = wordsOf(MINIMISERS);
/** What a minimiser dismisses: `simply had to run`, `just forgot`. */
const MINIMISED = compileList(patternsOf(DISMISSED));
const POOR = wordsOf(POOR_WORK);
/** What poor work is called: `a poor job`, `a sloppy piece of work`. */
const WORK_NOUNS = words(`job work`);
/** How far after its adjective the work may stand: `a poor washing job`, `a sloppy piece of work`. */
const WORK_REACH = 3;

/** The words a judgement or a dismissal starts at. */
const CUE = cue([
  ...POOR,
  ...ADJECTIVES,
  ...OF_PERSONS,
  ...ADVERBS,
  ...NOUNS,
  ...listOpeningWords(PHRASES),
  ...ALWAYS,
  ...MINIMISING,
]);

function adjectiveDraft(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const noun = tokens[index + 1];
  // Before a determiner it is a verb (`Bob fat-fingered the address`), a mistake verb's to judge.
  if (isWord(noun) && DETERMINERS.has(noun.lower)) return undefined;
  if (firstMatch(tokens, index, TERMS)) return undefined;
  // `The crew were overconfident during the approach`: after `be` the word says what a person was, and dropping it
  // would leave `were during`; only a word before its noun (`a careless deploy`) can go.
  if (!isWord(noun) || NOT_NOUNS.has(noun.lower) || isWordIn(tokens[index - 1], BE_FORMS))
    return { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  // `a fat-fingered admin` -> `an admin`: the article goes with the noun that now follows it.
  const article = tokens[index - 1];
  const newArticle = isWordIn(article, INDEFINITE_ARTICLES) ? indefiniteArticle(noun.text) : undefined;
  if (newArticle === undefined || newArticle === article?.lower) {
    const span = tokenSpan(tokens, index, index + 1);
    return { ...span, kind: 'judgement', namesPerson: false, edits: [{ ...span, newText: noun.text, safe: true }] };
  }
  const span = tokenSpan(tokens, index - 1, index + 1);
  const newText = `${matchCase(article!.text, newArticle)} ${noun.text}`;
  return { ...span, kind: 'judgement', namesPerson: false, edits: [{ ...span, newText, safe: true }] };
}

function removable(sentence: Sentence, index: number, kind: 'judgement' | 'dismissive'): DetectionDraft {
  const token = sentence.tokens[index]!;
  const edit = removalEdit(sentence.source, token.start, token.end, index === sentence.firstWord);
  return {
    start: Math.min(edit.start, token.start),
    end: Math.max(edit.end, token.end),
    kind,
    namesPerson: false,
    edits: [{ ...edit, safe: true }],
    quoted: token,
  };
}

/** How far before a judging word a risk word may stand: `a danger of becoming complacent`. */
const RISK_REACH = 4;

/** Whether a risk word stands just before the judging word, in the same clause: `the risk of complacency`. */
function riskOf(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= RISK_REACH; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct') return false;
    if (isWordIn(token, RISKS)) return true;
  }
  return false;
}

function judgement(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  // `no willful or reckless behavior was involved`, `not a story about a careless mentor`: the writer denies it.
  if (deniedInPhrase(tokens, index)) return undefined;
  const lower = tokens[index]!.lower;
  if (FAILINGS.has(lower) && deniedAsSubject(tokens, index)) return undefined;
  if (ADJECTIVES.has(lower) && sentence.timeless && qualifiesNoun(tokens, index) && supposed(tokens, index))
    return undefined;
  if (ADJECTIVES.has(lower) && saidOfThingAsItIs(tokens, index)) return undefined;
  if (INSULTS.has(lower) && insultsThing(tokens, index)) return undefined;
  if ((ADJECTIVES.has(lower) || OF_PERSONS.has(lower)) && saidOfAnyone(tokens, index)) return undefined;
  if ((ADJECTIVES.has(lower) || OF_PERSONS.has(lower)) && asked(tokens, index)) return undefined;
  // `a danger of becoming complacent`, `to avoid complacency`: a risk to guard against, said of no one.
  if ((ADJECTIVES.has(lower) || NOUNS.has(lower)) && riskOf(tokens, index)) return undefined;
  if (ADJECTIVES.has(lower)) return adjectiveDraft(tokens, index);
  if (OF_PERSONS.has(lower))
    return saidOfPerson(tokens, index)
      ? { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false }
      : undefined;
  if (ADVERBS.has(lower))
    return isWord(tokens[index + 1])
      ? removable(sentence, index, 'judgement')
      : { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  // `Pilot error can be a mistake, oversight, lapse in judgment, ...`: what a term defined holds judges no one.
  if (sentence.definesTerm || (FAILINGS.has(lower) && failingOfNobody(sentence, index))) return undefined;
  // `to fool the health check`: a name that is also a verb calls nobody anything as one.
  if (NOUNS.has(lower) && tokens[index]!.pos !== 'VERB')
    return { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  const phrase = firstMatch(tokens, index, PHRASES);
  // `a position where a simple mistake could cost them their job`: a mistake that may be made, judged of no one.
  if (!phrase || (isWordIn(tokens[phrase.end], MAY_MODALS) && tokens[phrase.end + 1]?.lower !== 'have'))
    return undefined;
  return { ...tokenSpan(tokens, index, phrase.end - 1), kind: 'judgement', namesPerson: false };
}

/** Words after a failing that say whose it is: `negligence by the operator`, `the carelessness of the crew`. */
const OWNED_AFTER = words(`by of from on`);
/** Modals of what must or can be, any time: `negligence must not be tolerated`, `carelessness can cost lives`. */
const NORM_MODALS = words(`can must should will shall`);

/**
 * `gross negligence and harmful acts must not be ignored or tolerated`, `Negligence in an employee is frustrating at
 * best`, `What about negligence?`, `whether the actions constitute misconduct`: a failing that is nobody's, the subject
 * of a norm or of what it is now, or asked about, names no one who failed. Not one owned (`his negligence`, `negligence
 * by the operator`, `in the operator`), one that did something (`Negligence caused the outage`, `must have brought the
 * site down`) or was the cause (`Negligence is the root cause`). Nor one that names a kind of thing (`a negligence
 * solicitor`).
 */
function failingOfNobody(sentence: Sentence, index: number): boolean {
  const { tokens } = sentence;
  let before = index - 1;
  while (tokens[before]?.pos === 'ADJ') before--;
  const owner = tokens[before];
  if (isWord(owner) && isPossessive(owner)) return false;
  // `a clinical negligence solicitor`, `negligence claims`: the failing names the kind of the noun after it.
  if (qualifiesNoun(tokens, index)) return true;
  if (isWordIn(owner, DETERMINERS)) return false;
  const after = tokens[index + 1]?.lower ?? '';
  if (OWNED_AFTER.has(after) || (after === 'in' && !isWordIn(tokens[index + 2], INDEFINITE_ARTICLES))) return false;
  if (sentence.asks || tokens.slice(0, index).some((token) => token.lower === 'whether')) return true;
  if (sentence.causal) return false;
  // `Reprimands, generally, are advisory after a breach from incompetence`: what happens, not what anyone did.
  if (sentence.timeless) return true;
  const verb = tokens.findIndex((token, i) => i > index && (token.pos === 'AUX' || token.pos === 'VERB'));
  if (verb < 0) return false;
  const { lower } = tokens[verb]!;
  if (NORM_MODALS.has(lower)) return tokens[verb + 1]?.lower !== 'have';
  return PRESENT_BE.has(lower) && !tellsThePast(tokens);
}

/** `a careless person`, `the sloppy change`: the adjective stands before the noun it qualifies. */
function qualifiesNoun(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index + 1];
  return isWord(noun) && (noun.pos === 'NOUN' || noun.pos === 'PROPN');
}

/**
 * `if we find the careless person and correct them`, `when a sloppy change reaches production`: in a sentence that
 * tells what happens any time, a person or a piece of work in a clause opened by `if` or `when` is supposed; it names
 * nobody who acted. Not `when the sloppy change reached production`, told in the past, nor `If you're going to be
 * incompetent`, said of the reader (see `qualifiesNoun`).
 */
function supposed(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && tokens[i]!.kind === 'word'; i--) if (SUPPOSING.has(tokens[i]!.lower)) return true;
  return false;
}

function isNoun(token: Token | undefined): boolean {
  return isWord(token) && (token.pos === 'NOUN' || token.pos === 'PROPN');
}

/**
 * `The stupid script deleted the logs`, `stupid AWS outages`: an insult before a noun phrase whose words are all
 * things, the head neither an act of a mind nor a doing, vents at a thing that does not think. Not a person in the
 * phrase (`the stupid intern`, `stupid user trick`), a party made of people (`an incompetent vendor`), an act of a
 * mind or a piece of work (`a stupid typo`, `a bonehead move`, `a stupid change`), nor anything done (`doing dumb
 * things`, `the dumb things we forgot to do`).
 */
function insultsThing(tokens: readonly Token[], index: number): boolean {
  let head = index + 1;
  if (!isNoun(tokens[head])) return false;
  while (isNoun(tokens[head + 1])) head++;
  for (let i = index + 1; i <= head; i++) if (classifyWord(tokens, i) !== 'thing') return false;
  const noun = tokens[head]!.lower;
  if (ACTS_OF_MIND.has(noun) || MINDFUL_THINGS.has(noun)) return false;
  // `The hapless wire-scrapper ... fix the mess himself`: a word we do not know as a person's, that a person's
  // pronoun after it shows was one.
  if (tokens.slice(head + 1).some((token) => ONE_PERSON_PRONOUNS.has(token.lower))) return false;
  return !VAGUE.has(noun) || !tokens.some((token) => token.pos === 'VERB' && DOING.has(token.lemma));
}

/** `is`, `it's`, `they're`: `be` in the present. */
const BE_NOW = words(`is are 's 're am 'm`);
/** Verbs of how a thing looks, in any tense: `the old admin UI looked amateurish`, `the form seems clumsy`. */
const APPEARING = words(`look looks looked seem seems seemed appear appears appeared`);
/** Words between `be` and the adjective besides degree: `so dopey and stupid`, `clunky, clumsy`. */
const ALONGSIDE = words(`and or ,`);
/** What an adjective said of an act is followed by: `careless of him`, `stupid to skip it`, `stupid for making it`. */
const ACT_AFTER = words(`of to for that`);

/**
 * `it's so dopey and stupid`, `the old admin console is clumsy`, `the old admin UI looked amateurish`: said after
 * `be` in the present, or after a verb of looking in any tense, of `it` or of a thing, the adjective tells what the
 * thing is like. Not a person (`the new admin is clumsy`), not `was`, which may judge an act (`it was careless`), nor
 * an act named after it (`it is careless of him to`).
 */
function saidOfThingAsItIs(tokens: readonly Token[], index: number): boolean {
  let be = index - 1;
  while (isWordIn(tokens[be], DEGREE) || isWordIn(tokens[be], ALONGSIDE) || tokens[be]?.pos === 'ADJ') be--;
  const links = isWordIn(tokens[be], BE_NOW) || isWordIn(tokens[be], APPEARING);
  if (!links || isWordIn(tokens[index + 1], ACT_AFTER)) return false;
  const subject = subjectBefore(tokens, be);
  return subject.kind === 'thing' || tokens[subject.head]?.lower === 'it';
}

/** Words between `be` and an adjective said of anyone: `we are all careless`, `somebody is always careless`. */
const OF_EVERYONE = words(`all always`);

/**
 * `Anyone is careless at three in the morning`, `Unless somebody is reckless`, `we're all as stupid tomorrow as we
 * are today`: said in the present of nobody in particular (see `ANYONE`), or of `we all`, the adjective tells what
 * people are like, of no one who acted. Not `Someone was careless`, `Somebody here is careless`, `Bob is careless`.
 */
function saidOfAnyone(tokens: readonly Token[], index: number): boolean {
  let be = index - 1;
  while (isWordIn(tokens[be], DEGREE) || isWordIn(tokens[be], OF_EVERYONE) || tokens[be]?.pos === 'ADV') be--;
  if (!isWordIn(tokens[be], BE_NOW)) return false;
  const subject = tokens[be - 1]?.lower ?? '';
  return ANYBODY.has(subject) || (subject === 'we' && tokens[be + 1]?.lower === 'all');
}

/** The person a phrase at `index` names: `the new admin` in `naive of the new admin`. */
function personAfter(tokens: readonly Token[], index: number): boolean {
  return namesPerson(subjectAfter(tokens, index), false);
}

/**
 * `a useless manager`, `this guy was as useless as`, `who was useless`, `naive of us`: an adjective of worth said of
 * a person.
 */
function saidOfPerson(tokens: readonly Token[], index: number): boolean {
  const after = classifyWord(tokens, index + 1);
  if (after === 'person' || (after === 'group' && namesCertainPeople(tokens[index + 1]))) return true;
  // `It was naive of us to assume`: said of the person after `of`.
  if (tokens[index + 1]?.lower === 'of' && (isWordIn(tokens[index + 2], BLAMED) || personAfter(tokens, index + 2)))
    return true;
  let be = index - 1;
  while (isWordIn(tokens[be], DEGREE)) be--;
  if (!isWordIn(tokens[be], BE_FORMS)) return false;
  const subject = subjectBefore(tokens, be);
  return namesPerson(subject, false) || (subject.kind === 'group' && namesCertainPeople(tokens[subject.head]));
}

/** The writers, everyone and people in general (see `GROUPS`): nobody in particular is judged. */
const ANYONE = wordsOf(GROUPS);

/** Of people together, a team or a body of them: `inexperienced management`, `the team was disorganised`. */
function namesCertainPeople(group: Token | undefined): boolean {
  return isWord(group) && !ANYONE.has(group.lower);
}

/** Words that open a clause a verb asks about: `checking if I was dumb`, `wondered whether he was careless`. */
const ASKING = words(`if whether`);

/**
 * `checking if I was dumb`, `asked whether the engineer was careless`: said after `is` / `was` in a clause that a
 * word before it asks about, the adjective is a question, not said of anyone. Not a clause that opens the sentence
 * (`If you're going to be incompetent, ...`).
 */
function asked(tokens: readonly Token[], index: number): boolean {
  let be = index - 1;
  while (isWordIn(tokens[be], DEGREE)) be--;
  if (!isWordIn(tokens[be], BE_FORMS)) return false;
  const subject = subjectBefore(tokens, be);
  return isWordIn(tokens[subject.first - 1], ASKING) && isWord(tokens[subject.first - 2]);
}

/** How far from `obviously` the words that make it hindsight may stand: `Obviously, the config should`. */
const OBVIOUS_REACH = 5;

/**
 * Whether `obviously` at `index` is hindsight: said of a person (`he obviously`, `you obviously`), of
 * what should have been done, of how easy it was, or beside a judgement (`obviously a careless mistake`). Said of what
 * the evidence showed, it is not.
 */
function saidInHindsight(tokens: readonly Token[], index: number): boolean {
  for (let i = Math.max(0, index - OBVIOUS_REACH); i <= index + OBVIOUS_REACH && i < tokens.length; i++) {
    if (tokens[i]!.lower === 'that' && i > index) break;
    if (HINDSIGHT_WORDS.has(tokens[i]!.lower) || ADJECTIVES.has(tokens[i]!.lower)) return true;
  }
  const subject = subjectBefore(tokens, index);
  return subject.kind === 'person' || tokens[subject.first]?.lower === 'you';
}

function dismissive(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const lower = tokens[index]!.lower;
  if (ALWAYS.has(lower))
    return !isWordIn(tokens[index - 1], NEGATIONS) && saidInHindsight(tokens, index)
      ? removable(sentence, index, 'dismissive')
      : undefined;
  if (!MINIMISING.has(lower) || !firstMatch(tokens, index + 1, MINIMISED)) return undefined;
  // "we just had to wait" is a team describing its own work; "she simply had to" dismisses a person.
  return namesPerson(subjectBefore(tokens, index), true) ? removable(sentence, index, 'dismissive') : undefined;
}

/** `the tanker driver had done a poor washing job`: a person's work, done, called poor (see `POOR_WORK`). */
function poorWork(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  if (!POOR.has(tokens[index]!.lower) || !isWordIn(tokens[index - 1], INDEFINITE_ARTICLES)) return undefined;
  const done = tokens[index - 2];
  if (!isWord(done) || done.lemma !== 'do') return undefined;
  let work = index + 1;
  while (work < index + WORK_REACH && isWord(tokens[work]) && !WORK_NOUNS.has(tokens[work]!.lower)) work++;
  if (!isWordIn(tokens[work], WORK_NOUNS) || !namesPerson(subjectBefore(tokens, index - 2), false)) return undefined;
  return { ...tokenSpan(tokens, index, work), kind: 'judgement', namesPerson: false };
}

function detectJudgements(sentence: Sentence): DetectionDraft[] {
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    if (!hasCue(sentence.tokens[i], CUE)) continue;
    const draft = judgement(sentence, i) ?? dismissive(sentence, i) ?? poorWork(sentence.tokens, i);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

export const judgementDetector: Detector = {
  find: detectJudgements,
  needs: [...ADJECTIVES, ...ADVERBS, ...NOUNS, ...listRequiredWords(PHRASES), ...ALWAYS],
  needsWithPerson: [...MINIMISING, ...OF_PERSONS, ...POOR],
};
