// Who does the verb: the subject of a clause, found by walking back from the verb.
import {
  classifyWord,
  GROUP_WORDS,
  TEAM_WORDS,
  isModifier,
  isNameShaped,
  isPossessive,
  isTeamAt,
  isRoleByContext,
  isRoleWord,
  isPronoun,
  withoutPossessive,
  type DoerKind,
} from './people';
import { isNegation, isPastVerb, isSameFormPast, isWordIn, type Token } from './tokens';
import {
  ASPECT_VERBS,
  BY_MEANS,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  GENERIC_DETERMINERS,
  INSTANCE_NOUNS,
  MEMBER_NOUNS,
  INTRODUCERS,
  POSTPOSITIVE_ADJECTIVES,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  SUPPOSING,
  TIME_LEADS,
  TIME_OF_DAY_WORDS,
  TIMES_ALONE,
  VERB_MODIFIERS,
  FIRST_PERSON_PLURAL,
  BE_FORMS,
} from './vocabulary/grammar';

type SubjectKind = DoerKind;

export interface Subject {
  readonly kind: SubjectKind;
  /** Token index of the subject's first word (its determiner), or -1 when there is none. */
  readonly first: number;
  /** Token index of the subject's head word, or -1. */
  readonly head: number;
}

const NONE: Subject = { kind: 'none', first: -1, head: -1 };
const CLAUSE_BOUNDARIES = new Set([';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '-', '.', '!', '?']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor']);
const MAX_SKIPPED = 5;
const MAX_PHRASE = 5;
/** How far back a clause's start is looked for; a longer clause has no subject we can trust. */
const MAX_CLAUSE = 40;

function word(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token : undefined;
}

/** A pronoun or a group: a noun phrase of one word (`she`, `they`, `the team`). */
function isPronounOrGroup(lower: string): boolean {
  return isPronoun(lower) || GROUP_WORDS.has(lower);
}

function isPhraseWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return (
    (DETERMINERS.has(token.lower) && token.pos !== 'SCONJ') ||
    isModifier(token.lower) ||
    isRoleWord(token.lower) ||
    isRoleByContext(token.lower) ||
    GROUP_WORDS.has(token.lower) ||
    isNameShaped(token) ||
    token.lower === 'on'
  );
}

/** The first word of the noun phrase whose head is at `head`. */
function phraseStart(tokens: readonly Token[], head: number): number {
  const token = tokens[head]!;
  if (isPronoun(token.lower) || token.lower.startsWith('@')) return head;
  let first = head;
  while (first > 0 && head - first < MAX_PHRASE && isPhraseWord(tokens[first - 1])) first--;
  return first;
}

/** The noun phrase whose head is at `head`, read as a doer: `the engineer` in `from the engineer not testing`. */
export function subjectAt(tokens: readonly Token[], head: number): Subject {
  const token = tokens[head];
  if (token?.kind === 'word' && isPossessive(token)) return { kind: 'thing', first: head, head };
  const kind = classifyWord(tokens, head);
  if (kind === 'none') return NONE;
  const first = phraseStart(tokens, head);
  // `One of our staff deleted`, `two of the team`, `members of staff`: people picked from a group, the phrase from its
  // number or the member noun.
  const picker = tokens[first - 2];
  const picked =
    tokens[first - 1]?.lower === 'of' &&
    picker !== undefined &&
    (picker.pos === 'NUM' || (picker.kind === 'word' && MEMBER_NOUNS.has(picker.lower)));
  // `a member of`, `two members of`: the member noun's own article or number opens the phrase.
  const counted = picker?.pos !== 'NUM' && (tokens[first - 3]?.pos === 'NUM' || tokens[first - 3]?.pos === 'DET');
  if (kind === 'group' && picked) return { kind: 'person', first: counted ? first - 3 : first - 2, head };
  const generic = GENERIC_DETERMINERS.has(tokens[first]!.lower) || genericBeforeConjunction(tokens, first);
  return { kind: generic ? 'group' : kind, first, head };
}

/** The conjunctions a determiner of the conjunct before them spans: not `but`. */
const JOINING = new Set(['and', 'or', 'nor']);

/**
 * `No job or owner tracked it`, `Neither the job nor the owner`: a determiner that denies or generalises the conjunct
 * before `or`, `nor` or `and` spans the conjunct after it too (`first` opens that one).
 */
function genericBeforeConjunction(tokens: readonly Token[], first: number): boolean {
  if (!isWordIn(tokens[first - 1], JOINING)) return false;
  for (let i = first - 2; i >= 0 && first - 1 - i <= MAX_PHRASE; i--) {
    const token = tokens[i]!;
    if (token.kind === 'word' && GENERIC_DETERMINERS.has(token.lower)) return true;
    if (!isPhraseWord(token) && !(token.kind === 'word' && NOUN_PHRASE_POS.has(token.pos))) return false;
  }
  return false;
}

/** How many words a relative clause between a subject and its verb may hold: `whose train collided with ...`. */
const RELATIVE_CLAUSE_REACH = 10;

/** The doer introduced by `who` shortly before `index`: `the engineer who was on call forgot`. */
function relativeClauseSubject(tokens: readonly Token[], index: number): Subject | undefined {
  for (let i = index; i >= 0 && index - i < RELATIVE_CLAUSE_REACH; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && token.text !== ',') return undefined;
    // `The engineer whose shift ended at six forgot`: `whose` opens a clause too, with a verb of its own before the
    // one at `index` (in `Bob, whose oversight let the cert expire`, the verb is the clause's).
    const whose = token.lower === 'whose' && tokens.slice(i + 1, index + 1).some((word) => word.pos === 'VERB');
    if (token.kind === 'word' && (RELATIVE_PRONOUNS.has(token.lower) || whose)) {
      const head = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
      const owner = peopleOwning(tokens, subjectAt(tokens, head));
      // `it wasn't me who misconfigured`, `It was not Bob who deleted the table`: a cleft that denies who did it.
      return deniedCleft(tokens, owner.first) ? NONE : owner;
    }
    // `The team that owns billing ignored`: `that` right after a team or a role, and a verb right after it, opens a
    // clause about it; not `warned the driver that the train was`.
    if (token.kind === 'word' && token.lower === 'that' && i < index && tokens[i + 1]?.pos === 'VERB') {
      const before = peopleOwning(tokens, subjectAt(tokens, i - 1));
      if (before.kind === 'person' || before.kind === 'group') return before;
    }
    // `The engineer we hired ignored`, `the contractor that I called skipped`: a clause of a pronoun and its verb says
    // who the person before it is.
    if (contactClauseAt(tokens, i, index)) {
      const head = tokens[i - 1]?.lower === 'that' ? i - 2 : i - 1;
      const before = subjectAt(tokens, head);
      if (before.head === head && (before.kind === 'person' || before.kind === 'possible-person')) return before;
    }
  }
  return undefined;
}

/** Parts of speech that may end a clause of a pronoun and its verb: `I spoke to`, `we brought in`. */
const CLAUSE_TAIL_POS = new Set(['ADP', 'PART', 'ADV']);

/**
 * A pronoun at `index`, its verb after it and at most a particle after that, ending at `end`: `we hired` in `The
 * engineer we hired ignored`, `I spoke to` in `the engineer I spoke to convinced`.
 */
function contactClauseAt(tokens: readonly Token[], index: number, end: number): boolean {
  const pronoun = tokens[index]!.lower;
  if (pronoun === 'it' || !NOMINATIVE_PRONOUNS.has(pronoun) || tokens[index + 1]?.pos !== 'VERB') return false;
  if (end < index + 1 || end > index + 2) return false;
  return end === index + 1 || CLAUSE_TAIL_POS.has(tokens[end]!.pos);
}

/** Tags of the words of a cleft's noun phrase: `the air traffic controller`. */
const CLEFT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * `it wasn't`, `it was not` before the phrase at `first`: a cleft that denies who did it; and its alternatives after
 * `or` (`It wasn't the controller who forgot ..., or the mechanic who didn't tighten the bolts`).
 */
function deniedCleft(tokens: readonly Token[], first: number): boolean {
  const opens = (at: number) =>
    isNegation(tokens[at - 1]) && isWordIn(tokens[at - 2], BE_FORMS) && tokens[at - 3]?.lower === 'it';
  // `the air traffic controller`: the phrase may start before the words the phrase finder gave.
  let start = first;
  while (start > 0 && CLEFT_PHRASE_TAGS.has(tokens[start - 1]!.pos)) start--;
  if (opens(start)) return true;
  const alternative = tokens[start - 1]?.lower === 'or' || tokens[start - 1]?.lower === 'nor';
  return alternative && tokens.some((token, at) => at < start - 1 && isWordIn(token, DETERMINERS) && opens(at));
}

/**
 * `The crew of the plane that crash-landed did not`: the people a thing's relative clause hangs from by `of` are the
 * subject; a thing or people with no `of` before them stand as they are.
 */
function peopleOwning(tokens: readonly Token[], phrase: Subject): Subject {
  if (phrase.kind === 'person' || phrase.kind === 'group' || tokens[phrase.first - 1]?.lower !== 'of') return phrase;
  const owner = subjectAt(tokens, phrase.first - 2);
  return owner.kind === 'person' || owner.kind === 'group' ? owner : phrase;
}

/** Past determiners and numbers at `index`: `the`, `one`, `our two`. */
function skipDeterminers(tokens: readonly Token[], index: number): number {
  let i = index;
  while (word(tokens, i) && (DETERMINERS.has(tokens[i]!.lower) || tokens[i]!.pos === 'NUM') && i - index < 2) i++;
  return i;
}

/** Parts of speech a noun phrase's words before its head may have: `an S3 team member`, `the GEA sub-contractor`. */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X', 'SYM']);

/** The index of a role or team word that heads the noun phrase starting at `index`, or -1: `An S3 team member`. */
function roleAhead(tokens: readonly Token[], index: number): number {
  for (let k = index; k - index < MAX_PHRASE; k++) {
    const token = word(tokens, k);
    if (!token) return -1;
    const next = tokens[k + 1];
    // `The nurse supervisor responsible for the orders`: an adjective with a phrase of its own ends the noun phrase.
    const endsPhrase =
      next?.kind !== 'word' ||
      (next.pos === 'ADJ' && opensPrepositionalPhrase(tokens[k + 2])) ||
      !(
        NOUN_PHRASE_POS.has(next.pos) ||
        isRoleWord(next.lower) ||
        isRoleByContext(next.lower) ||
        (next.lower.endsWith('ing') && !opensParticiplePhrase(tokens, k + 1))
      );
    const lower = withoutPossessive(token.lower);
    if ((isRoleWord(lower) || isRoleByContext(lower) || isTeamAt(tokens, k)) && endsPhrase) return k;
    // `the deploying engineer`, `the assigned reviewer`: a participle right before a role tells which one.
    const participleOfRole = /(?:ing|ed)$/.test(token.lower) && next?.kind === 'word' && isRoleWord(next.lower);
    if (!NOUN_PHRASE_POS.has(token.pos) && !isModifier(token.lower) && !participleOfRole) return -1;
  }
  return -1;
}

/** The noun phrase that starts at `index`: `the on-call engineer`, `Dave Smith`, `@alice`. */
export function subjectAfter(tokens: readonly Token[], index: number): Subject & { readonly end: number } {
  let i = skipDeterminers(tokens, index);
  // `one of the technicians`, `some of our devs'`: the people the phrase picks from.
  const picks = i > index && tokens[i]?.lower === 'of';
  if (picks) i = skipDeterminers(tokens, i + 1);
  const role = roleAhead(tokens, i);
  let head = role;
  if (role >= 0) i = role + 1;
  while (role < 0 && word(tokens, i) && i - index < MAX_PHRASE) {
    const token = tokens[i]!;
    // `Amazon engineers`: a company before a role is part of the phrase.
    const companyOfRole = token.known === 'system' && isRoleWord(tokens[i + 1]?.lower ?? '');
    const partOfPhrase =
      isModifier(token.lower) ||
      isRoleWord(token.lower) ||
      isNameShaped(token) ||
      token.lower.startsWith('@') ||
      isPronounOrGroup(token.lower) ||
      companyOfRole;
    if (!partOfPhrase) break;
    head = i;
    i++;
    if (isPronounOrGroup(token.lower)) break;
  }
  if (head < 0) return { kind: word(tokens, i) ? 'thing' : 'none', first: index, head: i, end: i + 1 };
  // `The Wall Street giant's systems`: names before a possessive noun tell whose thing it is, and are no one.
  const after = word(tokens, head + 1);
  const ownedAfter = role < 0 && after !== undefined && isPossessive(after);
  if (isPossessive(tokens[head]!) || ownedAfter) return { kind: 'thing', first: index, head, end: head + 1 };
  // `Subapp lockfiles seem broken`: a name before a noun whose verb follows it says what kind of thing that is.
  if (role < 0 && after?.pos === 'NOUN' && !isRoleWord(after.lower) && isFiniteVerb(tokens, head + 2))
    return { kind: 'thing', first: index, head: head + 1, end: head + 2 };
  const generic = GENERIC_DETERMINERS.has(tokens[index]!.lower);
  const kind = generic ? 'group' : classifyWord(tokens, head);
  // `One of our staff`, `two of the team`: people picked from a group.
  return { kind: picks && kind === 'group' ? 'person' : kind, first: index, head, end: head + 1 };
}

/**
 * The agent of a passive: the noun phrase after `by` within `reach` words of `index` (`was dropped by an engineer`).
 */
export function passiveAgent(
  tokens: readonly Token[],
  index: number,
  reach: number,
): (Subject & { readonly end: number }) | undefined {
  for (let by = index + 1; by <= index + reach && word(tokens, by); by++) {
    // `sent by e-mail to the wrong person`: how it was done, not who did it.
    if (tokens[by]!.lower === 'by' && !isWordIn(tokens[by + 1], BY_MEANS)) return subjectAfter(tokens, by + 1);
  }
  return undefined;
}

/**
 * Whether a subordinate clause whose subject is a person opens after `index`: `began when an engineer changed`,
 * `Leppo confessed that he had been working ... and accidentally deleted` (`that` as a conjunction, not a pronoun).
 */
function opensPersonClause(tokens: readonly Token[], index: number, verb: number): boolean {
  const opener = tokens[index]!;
  const subordinator = SUBORDINATORS.has(opener.lower) || (opener.lower === 'that' && opener.pos === 'SCONJ');
  if (!subordinator || tokens[index - 1]?.kind !== 'word') return false;
  const subject = subjectAfter(tokens, index + 1);
  return (subject.kind === 'person' || subject.kind === 'possible-person') && subject.end <= verb;
}

/**
 * Pronouns of people that stand as an object and may be an infinitive's subject: `caused us to`, `told him to`. Not
 * `them`, as often things (`allowed them to be installed incorrectly`).
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her']);

/** Conjunctions that join a clause of its own: `, but the audit tool had failed`, `and the pilot was flying`. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/**
 * `..., but the audit tool had encountered a bug and had failed`, `the aircraft became clear and the pilot was flying
 * visually, but had not notified`: a conjunction, then a noun phrase and its verb before `verb`, open the clause that
 * `verb` belongs to.
 */
function opensJoinedClause(tokens: readonly Token[], index: number, verb: number): boolean {
  if (!isWordIn(tokens[index], CLAUSE_JOINERS)) return false;
  const subject = subjectAfter(tokens, index + 1);
  // A pronoun (`, but it was on the wrong cluster by mistake`) points back into the clause before.
  if (subject.kind === 'none' || tokens[subject.head]!.pos === 'PRON') return false;
  // `the audit tool had`: the phrase may run on past the head the phrase finder gave.
  let after = subject.end;
  while (after < verb && (tokens[after]!.pos === 'NOUN' || tokens[after]!.pos === 'PROPN')) after++;
  return after < verb && isFiniteVerb(tokens, after);
}

/** Tags of the words of a noun phrase: `our Kubernetes controller`. */
const NOUN_PHRASE_TAGS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** How many tokens an aside in brackets may hold: `(EMR)`, `(the one on call)`, `(of which I am one, so guilty)`. */
const MAX_ASIDE = 12;

/** Whether the aside in brackets from `open` to `close` is a noun phrase that names no person: `(our controller)`. */
function restatesAsThing(tokens: readonly Token[], open: number, close: number): boolean {
  const restated = subjectAt(tokens, close - 1);
  return (
    restated.kind !== 'none' &&
    restated.kind !== 'person' &&
    restated.first > open &&
    (tokens[restated.head]!.pos === 'NOUN' || tokens[restated.head]!.pos === 'PROPN') &&
    tokens.slice(open + 1, restated.first).every((token) => NOUN_PHRASE_TAGS.has(token.pos))
  );
}

/** Pronouns that open a clause of their own: `as far as we know`. */
const NOMINATIVE_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/**
 * `The reviewers, myself included, should have`: the person before a short aside set off by commas, whose closing
 * comma is at `comma`, or maybe a person before a noun phrase restating them (`A server administrator, the most
 * experienced administrator we have, made`); undefined when no person stands there, or the aside is a clause with a
 * subject of its own (`The reviewers, as far as we know, were never asked`).
 */
function beforeCommaAside(tokens: readonly Token[], comma: number): Subject | undefined {
  let clause = false;
  for (let i = comma - 1; i > 0 && comma - i <= MAX_ASIDE; i--) {
    const token = tokens[i]!;
    if (token.text === ',') {
      // `A server administrator, the most experienced administrator we have, made`: a noun phrase restating the
      // person, a clause of its own inside it.
      const appositive = tokens[i + 1]?.pos === 'DET';
      if (clause && !appositive) return undefined;
      const subject = subjectAt(tokens, i - 1);
      return subject.kind === 'person' || (appositive && subject.kind === 'possible-person') ? subject : undefined;
    }
    if (token.kind !== 'word') return undefined;
    clause ||= token.pos === 'AUX' || NOMINATIVE_PRONOUNS.has(token.lower);
  }
  return undefined;
}

/**
 * The comma that opens an aside closed by the comma at `comma` when the aside starts with a past participle (`,
 * installed and operated by the National Grid,`), or -1.
 */
function participleAsideOpening(tokens: readonly Token[], comma: number): number {
  for (let i = comma - 1; i > 0 && comma - i <= MAX_ASIDE; i--) {
    const token = tokens[i]!;
    if (token.text !== ',') {
      if (token.kind !== 'word') return -1;
      continue;
    }
    const first = tokens[i + 1];
    const participle = first?.pos === 'VERB' && /(?:ed|en|wn)$/.test(first.lower) && first.lemma !== first.lower;
    return participle ? i : -1;
  }
  return -1;
}

/** The index of the `(` that opens a short aside whose `)` is at `index`, or -1. */
function asideOpening(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== ')') return -1;
  for (let i = index - 1; i >= 0 && index - i <= MAX_ASIDE; i--) {
    const token = tokens[i]!;
    if (token.text === '(') return i;
    if (token.kind === 'punct' && CLAUSE_BOUNDARIES.has(token.text)) return -1;
  }
  return -1;
}

/** Where the clause that holds `index` begins, past an introduction such as `After the deploy,`; -1 when too far. */
function clauseStart(tokens: readonly Token[], index: number): number {
  let start = index;
  while (start > 0) {
    const before = tokens[start - 1]!;
    if (before.kind === 'punct' && CLAUSE_BOUNDARIES.has(before.text)) {
      // `the electronic medical record (EMR) failed`: an aside in brackets is part of the clause.
      const opening = asideOpening(tokens, start - 1);
      if (opening < 0) break;
      start = opening;
      continue;
    }
    if (index - start >= MAX_CLAUSE) return -1;
    if (opensPersonClause(tokens, start - 1, index) || opensJoinedClause(tokens, start - 1, index)) return start;
    start--;
  }
  // `13:05 MacFan4000 reverts`: a timeline entry's time is not part of the clause, nor a conjunction,
  // nor a sentence adverb (`Unfortunately instead of copying it, I used`, `Obviously, whoever wrote it`), nor an
  // interjection (`No, I just clicked on the wrong spot`).
  while (
    start < index &&
    word(tokens, start) &&
    (/^\d/.test(tokens[start]!.text) ||
      CONJUNCTIONS.has(tokens[start]!.lower) ||
      tokens[start]!.pos === 'ADV' ||
      tokens[start]!.pos === 'INTJ' ||
      TIMES_ALONE.has(tokens[start]!.lower) ||
      timeLength(tokens, start) > 0)
  ) {
    // `Last week I was doing`, `On Tuesday night, an officer`: a time of more words is passed whole.
    start += Math.max(timeLength(tokens, start), 1);
    if (tokens[start]?.text === ',' && start < index) start++;
  }
  const opener = word(tokens, start);
  if (opener && INTRODUCERS.has(opener.lower)) {
    for (let i = start; i < index; i++) if (tokens[i]!.text === ',') return i + 1;
  }
  return start;
}

/** The subject at the start of the clause that holds `index`: for `Bob deployed X and forgot to`. */
export function clauseSubject(tokens: readonly Token[], index: number): Subject {
  const start = clauseStart(tokens, index);
  if (start < 0 || start >= index) return NONE;
  const subject = subjectAfter(tokens, start);
  // `As part of making a chart for monitoring I copied a command but forgot`: an opening phrase with no comma, then
  // the clause's own pronoun and its verb.
  if (subject.kind === 'thing' || subject.kind === 'none') {
    const pronoun = pronounWithVerb(tokens, start, index);
    if (pronoun >= 0) return subjectAt(tokens, pronoun);
  }
  return subject.end <= index ? { kind: subject.kind, first: subject.first, head: subject.head } : NONE;
}

/** Pronouns of people that stand as subjects, not the one addressed: `I`, `we`, `he`, `she`, `they`. */
const PEOPLE_AS_SUBJECTS = new Set([...NOMINATIVE_PRONOUNS].filter((pronoun) => pronoun !== 'it' && pronoun !== 'you'));

/**
 * Where a pronoun of people stands with its verb right after it, between `start` and `end`, the clause's last verb
 * before `end`; else -1. Not `The program I used saw the line, and ignored`: a clause about the noun before it.
 */
function pronounWithVerb(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end - 1; i++) {
    if (!isWordIn(tokens[i], PEOPLE_AS_SUBJECTS) || tokens[i]!.pos !== 'PRON' || !isPastVerb(tokens[i + 1])) continue;
    for (let verb = i + 2; verb < end; verb++) if (isFiniteVerb(tokens, verb)) return -1;
    return i;
  }
  return -1;
}

/** How many words a participle phrase after its person may hold: `processing the three requests`. */
const RUNNING_PHRASE_WORDS = 4;

/**
 * `The individual processing them had failed`, `an engineer running the cleanup deleted`: a person, then a phrase
 * that opens with a participle in -ing and runs up to `last`, before the verb: the person is its subject.
 */
function personRunningPhrase(tokens: readonly Token[], last: number): Subject | undefined {
  for (let i = last; i >= 1 && last - i < RUNNING_PHRASE_WORDS && word(tokens, i); i--) {
    const token = tokens[i]!;
    if (isFiniteVerb(tokens, i)) return undefined;
    if (token.pos !== 'VERB' || !token.lower.endsWith('ing') || token.lemma === token.lower) continue;
    const person = subjectAt(tokens, i - 1);
    // `A report containing comments from an officer querying decisions has been published`: inside a phrase of place.
    if (insidePrepositionalPhrase(tokens, person)) return undefined;
    return person.kind === 'person' && person.head === i - 1 ? person : undefined;
  }
  return undefined;
}

/** How many words a time that starts at `index` holds (`Last week`, `On Tuesday night`), or 0. */
function timeLength(tokens: readonly Token[], index: number): number {
  if (!isWordIn(tokens[index], TIME_LEADS)) return 0;
  let end = index + 1;
  while (isWordIn(tokens[end], TIME_OF_DAY_WORDS)) end++;
  return end - index > 1 ? end - index : 0;
}

/** Where a time between a subject and its verb ends before it: `A staff member last Thursday failed`; else `at`. */
function beforeTime(tokens: readonly Token[], at: number): number {
  if (isWordIn(tokens[at], TIMES_ALONE) && tokens[at - 1]?.pos !== 'ADP') return at - 1;
  if (isWordIn(tokens[at], TIME_OF_DAY_WORDS) && isWordIn(tokens[at - 1], TIME_LEADS)) return at - 2;
  return at;
}

/** The subject of the verb at `index`, walking back over adverbs and auxiliaries. */
export function subjectBefore(tokens: readonly Token[], index: number): Subject {
  let j = index - 1;
  while (
    j >= 0 &&
    index - 1 - j < MAX_SKIPPED &&
    word(tokens, j) &&
    (VERB_MODIFIERS.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADV')
  )
    j--;
  j = beforeTime(tokens, j);
  // `the nurse responsible for the electronic record (EMR) failed`: past an aside, only a person whose phrase runs on;
  // not a capitalised word that may be a name (`Work on making this limit configurable (#5626) also introduced`).
  const aside = asideOpening(tokens, j);
  if (aside > 0) {
    const across = subjectAcross(tokens, aside);
    if (across?.kind !== 'person') return NONE;
    // `The operator (our Kubernetes controller) deleted`: an aside right after the subject that restates it says what
    // it is.
    return across.head === aside - 1 && restatesAsThing(tokens, aside, j) ? NONE : across;
  }
  const token = tokens[j];
  if (token === undefined) return NONE;
  if (ASPECT_VERBS.has(token.lower) && tokens[index]?.lower.endsWith('ing')) return subjectBefore(tokens, j);
  // `I managed to accidentally corrupt`: an infinitive after a verb has that verb's subject.
  // Not `The engineer I spoke to ignored`, whose `to` ends a clause before a verb in the past.
  if (
    token.lower === 'to' &&
    token.pos === 'PART' &&
    j > 0 &&
    tokens[j - 1]!.pos === 'VERB' &&
    !isPastVerb(tokens[index])
  )
    return subjectBefore(tokens, j - 1);
  // `This caused us to accidentally push`: the object of a verb before the infinitive is its subject.
  const object = tokens[j - 1];
  if (token.lower === 'to' && isWordIn(object, OBJECT_PRONOUNS) && tokens[j - 2]?.pos === 'VERB')
    return { kind: object.lower === 'us' ? 'group' : 'person', first: j - 1, head: j - 1 };
  // `It only took moments for an employee to accidentally cripple`: `for` and a person open the infinitive's subject.
  if (token.lower === 'to' && token.pos === 'PART' && j > 0) {
    const phrase = subjectAt(tokens, j - 1);
    // Not `how easy it was for someone to click`: after an adjective, what anyone might do.
    const easy = tokens.slice(Math.max(0, phrase.first - 4), phrase.first - 1).some((word) => word.pos === 'ADJ');
    if (tokens[phrase.first - 1]?.lower === 'for' && phrase.kind === 'person' && !easy) return phrase;
  }
  if (token.kind === 'punct') {
    if (token.text !== ',') return NONE;
    // `the equipment, installed and operated by the National Grid, shut down`: the aside's agent is not the subject.
    const aside = participleAsideOpening(tokens, j);
    if (aside > 0) return subjectBefore(tokens, aside + 1);
    const appositive = subjectAt(tokens, j - 1);
    if (appositive.kind === 'person' || appositive.kind === 'possible-person') return appositive;
    return (
      relativeClauseSubject(tokens, j - 1) ?? beforeCommaAside(tokens, j) ?? subjectAcross(tokens, j) ?? appositive
    );
  }
  if (token.kind === 'word' && CONJUNCTIONS.has(token.lower)) return clauseSubject(tokens, j);
  // `The developer responsible did not`, `the engineers involved forgot`: an adjective that follows its noun.
  if (token.kind === 'word' && POSTPOSITIVE_ADJECTIVES.has(token.lower) && tokens[j - 1]?.pos === 'NOUN')
    return subjectBefore(tokens, j);
  const running = personRunningPhrase(tokens, j);
  if (running) return running;
  const direct = subjectAt(tokens, j);
  const joined = personJoinedBefore(tokens, direct);
  if (joined) return joined;
  // `A misunderstanding by the user led`: a person inside a prepositional phrase is not the subject.
  // `an employee at a community center at Hawthorne accidentally sent`: a name in the last of several phrases.
  if (insidePrepositionalPhrase(tokens, direct)) {
    const asThing: Subject = { ...direct, kind: 'thing' };
    return subjectAcross(tokens, j + 1) ?? modifiedPerson(tokens, asThing) ?? asThing;
  }
  if (direct.kind === 'thing' || direct.kind === 'group') {
    const modified = modifiedSubject(tokens, direct);
    if (modified) return modified;
  }
  // `The engineer that we hired ignored`: the pronoun is the subject of the clause about the person before it.
  if (
    direct.head === direct.first &&
    tokens[direct.first - 1]?.lower === 'that' &&
    contactClauseAt(tokens, direct.head, j)
  )
    return relativeClauseSubject(tokens, j) ?? direct;
  if (direct.kind !== 'thing') return direct;
  // `Due to a change, the server failed`: a phrase that opens the clause is the subject itself.
  let phraseFirst = direct.first;
  while (
    phraseFirst > 0 &&
    (NOUN_PHRASE_POS.has(tokens[phraseFirst - 1]!.pos) || tokens[phraseFirst - 1]!.pos === 'DET')
  )
    phraseFirst--;
  const opensClause = phraseFirst === 0 || tokens[phraseFirst - 1]!.kind === 'punct';
  return relativeClauseSubject(tokens, j) ?? (opensClause ? undefined : subjectAcross(tokens, j + 1)) ?? direct;
}

/**
 * `The staff nurse and the healthcare assistant did not`: a person joined by `and` before a phrase that may not be
 * one makes the subject people, with the person as its head.
 */
function personJoinedBefore(tokens: readonly Token[], phrase: Subject): Subject | undefined {
  if (phrase.kind === 'person' || phrase.kind === 'none') return undefined;
  // `the healthcare assistant`: the noun phrase may start before the head the phrase finder gave.
  let first = phrase.first;
  while (first > 0 && (NOUN_PHRASE_POS.has(tokens[first - 1]!.pos) || tokens[first - 1]!.pos === 'DET')) first--;
  if (tokens[first - 1]?.lower !== 'and') return undefined;
  const before = subjectAt(tokens, first - 2);
  return before.kind === 'person' ? { kind: 'person', first: before.first, head: before.head } : undefined;
}

/**
 * Whether a phrase follows a preposition, other than `of` after a number (`one of the engineers`) or a case (`a case of
 * an engineer cutting corners`).
 */
function insidePrepositionalPhrase(tokens: readonly Token[], phrase: Subject): boolean {
  if (phrase.kind !== 'person' && phrase.kind !== 'possible-person' && phrase.kind !== 'group') return false;
  // `the position of chief pilot`: the phrase may start before the head the phrase finder gave.
  let first = phrase.first;
  if (tokens[phrase.head]!.pos !== 'PRON')
    while (first > 0 && (tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'DET')) first--;
  const preposition = tokens[first - 1];
  if (preposition?.pos !== 'ADP' || !(ATTACHING.has(preposition.lower) || INSIDE_ONLY.has(preposition.lower)))
    return false;
  // `the Department for Communities`: `for` inside a capitalised name; `for whoever mixed up the numbers`: `whoever`
  // opens a clause of its own, whose subject it is.
  if (preposition.lower === 'for' && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '')) return false;
  if (preposition.lower === 'for' && FREE_RELATIVES.has(tokens[phrase.head]?.lower ?? '')) return false;
  const picked = tokens[first - 2];
  return !(
    preposition.lower === 'of' &&
    picked !== undefined &&
    (picked.pos === 'NUM' || DETERMINERS.has(picked.lower) || INSTANCE_NOUNS.has(picked.lower))
  );
}

/**
 * `creating the pull request`, `performing maintenance`, not the noun `onboarding guide` (which the
 * model may read as a verb, but finds no verb for: its lemma is the word itself).
 */
function opensParticiplePhrase(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (
    token?.kind === 'word' &&
    token.lower.endsWith('ing') &&
    (tokens[index + 1]?.pos !== 'NOUN' || (token.pos === 'VERB' && token.lemma !== token.lower))
  );
}

/** Verbs that end a subject's reach: a finite verb has a clause of its own; `debugging`, `to meet` do not. */
function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return !token.lower.endsWith('ing') && tokens[index - 1]?.lower !== 'to';
}

/**
 * The clause's subject when only modifiers stand between it and the verb at `index`: `The developer
 * creating the pull request misjudged`, `An S3 team member, while debugging an issue, removed`.
 */
function subjectAcross(tokens: readonly Token[], index: number): Subject | undefined {
  const subject = clauseSubject(tokens, index);
  // `The team handling the migration forgot`: a group is followed by its modifiers as a person is.
  if (subject.kind !== 'person' && subject.kind !== 'possible-person' && subject.kind !== 'group') return undefined;
  // What follows the subject must start a modifier, not go on with the noun phrase (`Operator error caused`).
  // `Whoever approved this change should have`: the subject is a clause of its own.
  const next = tokens[subject.head + 1];
  const freeRelative = tokens[subject.head]!.lower === 'whoever';
  const modifierOpens =
    next !== undefined &&
    (freeRelative ||
      next.text === ',' ||
      // `the reviewers (myself included) should have`: an aside in brackets about the subject.
      next.text === '(' ||
      next.pos === 'ADP' ||
      // `The person responsible for the rollout did not`: an adjective with its own phrase.
      (next.pos === 'ADJ' && opensPrepositionalPhrase(tokens[subject.head + 2])) ||
      opensParticiplePhrase(tokens, subject.head + 1) ||
      opensPassivePhrase(tokens, subject.head + 1) ||
      RELATIVE_PRONOUNS.has(next.lower));
  if (!modifierOpens) return undefined;
  // `The engineer who was responsible for the migration on the night of the incident did not`: a clause
  // about the person, with its own verb, between the subject and its verb.
  const aboutPerson = freeRelative || (next.kind === 'word' && PERSON_RELATIVES.has(next.lower));
  // `Registration Agent assigned to process the request erroneously approved`: the participle opening the modifier is
  // no verb of a clause of its own.
  const firstVerb = opensPassivePhrase(tokens, subject.head + 1) ? subject.head + 2 : subject.head + 1;
  for (let i = subject.head + 1; i < index; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && (token.lower === 'which' || token.lower === 'that'))
      return next.pos === 'ADP' && qualifiesThingBefore(tokens, i) ? subject : undefined;
    if (!aboutPerson && i >= firstVerb && isFiniteVerb(tokens, i)) return undefined;
  }
  return subject;
}

/**
 * `the plane that crash-landed at Heathrow`: `that` or `which` at `index`, right after a noun and right before a verb,
 * opens a clause about that noun, which runs to the verb the subject is sought for.
 */
function qualifiesThingBefore(tokens: readonly Token[], index: number): boolean {
  const [noun, verb] = [tokens[index - 1], tokens[index + 1]];
  return (noun?.pos === 'NOUN' || noun?.pos === 'PROPN') && verb?.pos === 'VERB';
}

/**
 * `assigned to process the request`, `tasked with the rollout`: a participle in the passive after a person, with its
 * phrase, says who the person is, as `responsible for` does; not `assigned the ticket`, whose object makes it the verb.
 */
function opensPassivePhrase(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (
    token?.kind === 'word' &&
    token.pos === 'VERB' &&
    /(?:ed|en)$/.test(token.lower) &&
    token.lemma !== token.lower &&
    opensPrepositionalPhrase(tokens[index + 1])
  );
}

/** Prepositions an adjective takes, whatever the model tags them (`responsible for` may read as a conjunction). */
const ADJECTIVE_PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'about', 'in', 'on', 'at']);

/** `for the rollout` after `responsible`: a preposition, or a word that is one after an adjective. */
function opensPrepositionalPhrase(token: Token | undefined): boolean {
  return token?.kind === 'word' && (token.pos === 'ADP' || ADJECTIVE_PREPOSITIONS.has(token.lower));
}

/** Relative pronouns that open a clause about a person: `the engineer who was on call`. */
const PERSON_RELATIVES = new Set(['who', "who's", 'whose']);

/**
 * Prepositions whose phrase is never the subject, though they attach no person to the noun before them: `a
 * misunderstanding by the user`, `the configured limits for this customer`.
 */
const INSIDE_ONLY = new Set(['by', 'for']);
/** Pronouns that open a clause of their own after a preposition: `for whoever mixed up the numbers`. */
const FREE_RELATIVES = new Set(['whoever', 'whomever']);

/** Prepositions that attach a phrase to the noun before them: `someone on the team`, `a developer from the vendor`. */
const ATTACHING = new Set(['on', 'of', 'from', 'in', 'at', 'with']);

/** The person a prepositional phrase modifies: `Someone on the team` for the phrase `the team`. */
function modifiedSubject(tokens: readonly Token[], phrase: Subject, depth = 0): Subject | undefined {
  // `the fourth floor`: the phrase read as a thing may start after words a person's phrase would not hold.
  let preposition = phrase.head - 1;
  while (preposition >= 1 && !(tokens[preposition]!.pos === 'ADP' && ATTACHING.has(tokens[preposition]!.lower))) {
    const token = tokens[preposition]!;
    const inPhrase = preposition >= phrase.first || NOUN_PHRASE_POS.has(token.pos) || token.pos === 'DET';
    if (!inPhrase || phrase.head - preposition > MAX_PHRASE) return undefined;
    preposition--;
  }
  if (preposition < 1) return undefined;
  // `some intern down on the fourth floor`, `a contractor over at the vendor`: a particle before the phrase.
  let end = preposition - 1;
  while (end > 0 && isParticle(tokens[end]!)) end--;
  const head = subjectAt(tokens, end);
  // `a sysadmin at the department of revenue`: one phrase may modify another.
  if (head.kind === 'thing' && depth < 2) return modifiedSubject(tokens, head, depth + 1);
  if (head.kind !== 'person' && head.kind !== 'possible-person') return undefined;
  return { kind: head.kind, first: Math.min(head.first, end), head: head.head };
}

/** The person a phrase of a thing modifies, for sure: `an employee` for `Hawthorne` in `an employee at Hawthorne`. */
function modifiedPerson(tokens: readonly Token[], phrase: Subject): Subject | undefined {
  const modified = modifiedSubject(tokens, phrase);
  return modified?.kind === 'person' ? modified : undefined;
}

/** A word of place or direction with no object of its own: `down`, `over`, `back`. */
function isParticle(token: Token): boolean {
  return (token.pos === 'ADP' || token.pos === 'ADV') && !ATTACHING.has(token.lower);
}

/** `we failed to`, `we deployed without`: the writers themselves as the subject. */
export function writersOwn(tokens: readonly Token[], subject: Subject): boolean {
  return subject.kind === 'group' && isWordIn(tokens[subject.head], FIRST_PERSON_PLURAL);
}

/** A person for sure, or, when `possibleCounts`, maybe a person. */
export function namesPerson(subject: Subject, possibleCounts: boolean): boolean {
  return subject.kind === 'person' || (possibleCounts && subject.kind === 'possible-person');
}

/** A person, or a team the writer names: both are blamed for what they did (`the networking team didn't test`). */
export function namesPeople(tokens: readonly Token[], subject: Subject): boolean {
  return namesPerson(subject, true) || namesTeam(tokens, subject);
}

/**
 * A team the writer names, judged as one person is by what only people do: `the networking team`,
 * `Team B`. Not the writers (`we`), and not teams in general (`many teams`).
 */
export function namesTeam(tokens: readonly Token[], subject: Subject): boolean {
  if (subject.kind !== 'group') return false;
  const team = [subject.head, subject.head - 1].find((index) => isTeamAt(tokens, index));
  if (team === undefined) return false;
  let first = subject.first;
  while (first > 0 && (tokens[first - 1]!.pos === 'NUM' || DETERMINERS.has(tokens[first - 1]!.lower))) first--;
  const opener = tokens[first]!;
  if (GENERIC_DETERMINERS.has(opener.lower)) return false;
  // `Many teams forget`: teams in general, unless pointed at (`the teams`, `both teams`, `Ops' teams`).
  const name = tokens[team]!.lower;
  const plural = name.endsWith('s') && TEAM_WORDS.has(name.slice(0, -1));
  return !plural || DEFINITE_DETERMINERS.has(opener.lower) || isPossessive(opener) || opener.pos === 'NUM';
}

/**
 * Whether the subject's clause supposes rather than tells: after `if`, or after `when` with its verb
 * at `verb` in the present (`When I accidentally click the wrong option` is any time, not one time). `present` says
 * whether that verb is in the present; by default a base form that is no regular past.
 */
export function supposesClause(
  tokens: readonly Token[],
  subject: Subject,
  verb: number,
  present: (token: Token) => boolean = isBaseForm,
): boolean {
  const opener = tokens[subject.first - 1];
  if (opener?.kind !== 'word' || !SUPPOSING.has(opener.lower)) return false;
  if (opener.lower !== 'when') return true;
  const acted = tokens[verb];
  // `when an engineer shut down the switch`: a past the same as its base after a singular subject is the past.
  return acted?.kind === 'word' && present(acted) && !isSameFormPast(tokens, verb);
}

/** A past the model left as its own lemma, read as an adjective, is the past all the same: `when someone mixed up`. */
function isBaseForm(token: Token): boolean {
  return token.lower === token.lemma && !PAST_ENDING.test(token.lower);
}

/** The ending of a regular past, not of `need` or `speed`. */
const PAST_ENDING = /[^e]ed$/;

/** How a walk back to a verb goes: the punctuation it may cross, and whether a lone auxiliary is a verb. */
export interface VerbWalk {
  /** Marks inside a clause the walk passes: `pulled the UPS out, resulting`. None when left out. */
  readonly crossing?: ReadonlySet<string>;
  /** An auxiliary with no verb after it carries its clause: `had an impressive drive failure`. */
  readonly auxiliaries?: boolean;
}

/** Commas and dashes, which a clause may hold. */
export const CLAUSE_INNER_MARKS: ReadonlySet<string> = new Set([',', '-']);

function isMainVerb(tokens: readonly Token[], index: number, auxiliaries: boolean): boolean {
  const token = tokens[index]!;
  if (token.pos === 'VERB') return true;
  const next = tokens[index + 1]?.pos;
  return auxiliaries && token.pos === 'AUX' && next !== 'VERB' && next !== 'AUX' && next !== 'PART';
}

/**
 * The main verbs before `index`, nearest first, within `reach` tokens and inside its clause: where a
 * judgement after an object (`deleted the database by accident`, `applied the update too broadly`)
 * looks for the act it judges.
 */
export function* mainVerbsBefore(
  tokens: readonly Token[],
  index: number,
  reach: number,
  walk: VerbWalk = {},
): Generator<number> {
  for (let i = index - 1; i >= 0 && index - i <= reach; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (walk.crossing?.has(token.text)) continue;
      return;
    }
    if (token.kind === 'word' && isMainVerb(tokens, i, walk.auxiliaries ?? false)) yield i;
  }
}
