// A person as the subject of a mistake: `the engineer forgot to`, `Bob failed to`, `I made an
// incorrect assumption`. A system as the subject (`the deploy tool failed to roll back`) is not blame.
import {
  compileList,
  compilePattern,
  firstMatch,
  listOpeningWords,
  listRequiredWords,
  patternList,
  type TokenPattern,
} from './patterns';
import { negationFor } from './rephrase';
import type { DetectionDraft, Detector, EditProposal, Sentence } from './sentence';
import { AFFECTED_PEOPLE, isPlain, looksLikeName, tokenSpan, writerLeftOut } from './sentence';
import {
  clauseSubject,
  namesPerson,
  passiveAgent,
  subjectAfter,
  subjectAt,
  subjectBefore,
  supposesClause,
  type Subject,
  mainVerbsBefore,
  namesTeam,
  writersOwn,
} from '../language/subject';
import {
  type Token,
  beforeAdverbs,
  complementsBe,
  cue,
  hasCue,
  isLemmaIn,
  isPassive,
  isPastVerb,
  isWord,
  isWordIn,
  VERB_TAGS,
} from '../language/tokens';
import { objectFault } from './faults';
import { isHumanAct } from './omission';
import { isNameShaped, SYSTEM_NAMES } from '../language/people';
import { nothingDone } from '../language/denial';
import { patternsOf, wordsOf } from '../language/vocabulary/entry';
import {
  BE_FORMS,
  DAY_ADVERBS,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  HYPOTHETICAL,
  NEGATIONS,
  PERFECT_AUXILIARIES,
  words,
} from '../language/vocabulary/grammar';
import { ATTEMPTS, DISREGARDED, FAILED_MARKS, HUMAN_SIGNALS, RECEIVING } from './words/failing';
import { DISCOVERIES, MISTAKE_ADVERBIALS, MISTAKE_ADVERBS, VERB_JUDGING_ADVERBS } from './words/mistakeAdverbs';
import { DESTRUCTIVE_ACTIONS, RISKY_ACTIONS } from './words/omissions';
import { SINGULAR_MISTAKES } from './words/ownedMistakes';
import { STATEMENTS } from './words/framing';
import {
  BAD_QUALITIES,
  FORBIDDEN_ACTS,
  JUDGED_CHOICES,
  MISTAKEN_IDENTITIES,
  MISTAKE_VERBS,
  type MistakeVerbEntry,
  type Rephrase,
  WRONG_ACTIONS,
  WRONG_OBJECTS,
} from './words/mistakeVerbs';

/** A mistake verb's pattern, compiled, with how its entry reads it. */
interface MistakeVerb extends Omit<MistakeVerbEntry, 'patterns' | 'note' | 'flags' | 'passes'> {
  readonly pattern: TokenPattern;
}

/** The word sets the mistake verbs name in braces: `made a {BAD} {JUDGED}`. */
const SETS = {
  BAD: wordsOf(BAD_QUALITIES),
  JUDGED: wordsOf(JUDGED_CHOICES),
  WRONG: wordsOf(WRONG_OBJECTS),
  WRONG_ACTIONS: wordsOf(WRONG_ACTIONS),
  FORBIDDEN: new Set([...wordsOf(FORBIDDEN_ACTS), ...wordsOf(RISKY_ACTIONS), ...wordsOf(DESTRUCTIVE_ACTIONS)]),
};

const SIGNALS = wordsOf(HUMAN_SIGNALS);
/** What a person may be told to have acted despite: the signals and the checks (see `DISREGARDED`). */
const CHECKS = wordsOf(DISREGARDED);
const HEEDED = new Set([...SIGNALS, ...CHECKS]);
const FAILED = wordsOf(FAILED_MARKS);
const HAPPENED_TO = wordsOf(ATTEMPTS);
const RECEIVED = wordsOf(RECEIVING);
const JUDGING_ADVERBS = wordsOf(VERB_JUDGING_ADVERBS);
const DISCOVERED = wordsOf(DISCOVERIES);
/** How many nouns a signal's compound may hold: `the disk space warnings`. */
const OBJECT_NOUNS = 4;

/** In the entries' order: the first match wins. */
const VERBS = patternList(
  MISTAKE_VERBS.flatMap(({ patterns, note: _note, flags: _flags, passes: _passes, ...reading }) =>
    patterns.map((pattern): MistakeVerb => ({ pattern: compilePattern(pattern, SETS), ...reading })),
  ),
);

/** Words that open a clause whose subject is the main clause's: `after accidentally deleting`. */
const SUBORDINATORS = words(`after while when before by since upon`);
/** Words before a gerund whose subject is the main clause's: `after accidentally deleting`, `apologised for it`. */
const GERUND_OPENERS = new Set([...SUBORDINATORS, 'for']);
const ADVERBS = wordsOf(MISTAKE_ADVERBS);
const ADVERBIALS = compileList(patternsOf(MISTAKE_ADVERBIALS));
/** The words a verb or an adverb starts with. */
const CUE = cue([...listOpeningWords(VERBS), ...listOpeningWords(ADVERBIALS), ...ADVERBS]);

/** Whether what follows the verb is something only a person does or attends to. */
function humanComplement(tokens: readonly Token[], end: number, complement: MistakeVerb['complement']): boolean {
  if (complement === 'action') return isHumanAct(tokens[end]);
  let object = end;
  // `ignored the warnings`, `ignored three warnings`, `missed all 12 alerts`.
  while ((isWordIn(tokens[object], DETERMINERS) || tokens[object]?.pos === 'NUM') && object - end < 2) object++;
  // `ignored the disk space warnings`: the signal may end a compound.
  for (let noun = object; noun - object < OBJECT_NOUNS && isWord(tokens[noun]); noun++) {
    if (isWordIn(tokens[noun], SIGNALS)) return true;
    if (isWordIn(tokens[noun], CHECKS) && isWordIn(tokens[noun - 1], FAILED)) return true;
    if (tokens[noun]!.pos !== 'NOUN' && tokens[noun]!.pos !== 'ADJ' && tokens[noun]!.pos !== 'PROPN') return false;
  }
  return false;
}

function subjectCounts(subject: Subject, entry: MistakeVerb, tokens: readonly Token[], end: number): boolean {
  if (entry.complement === 'action' && isWordIn(tokens[end], HAPPENED_TO)) return false;
  if (entry.complement !== undefined && AFFECTED_PEOPLE.has(tokens[subject.head]?.lower ?? ''))
    return entry.complement === 'action' && humanComplement(tokens, end, entry.complement);
  if (subject.kind === 'person' || (subject.kind === 'group' && entry.judgesGroups)) return true;
  const team = namesTeam(tokens, subject);
  if (entry.judgesTeams && team) return true;
  // `the QA team failed to test`: a named team, as a possible person, by a human act or signal after the verb.
  if (team) return entry.complement !== undefined && humanComplement(tokens, end, entry.complement);
  if (subject.kind !== 'possible-person') return false;
  if (opensWithMishap(tokens, subject)) return false;
  return entry.humanOnly || (entry.complement !== undefined && humanComplement(tokens, end, entry.complement));
}

/**
 * `Error syncing pod, skipping`, `Failure reading config, skipping`: a capitalised word opening the sentence that is
 * no name (a mishap, a common noun; see `looksLikeName`), or one after a label's colon, heads a log line, whose acts
 * are a program's. Not a word
 * inside the sentence, where the subject finder may have stopped short of the person (`one of our developers working
 * on the Quota Increase Application made a mistake`).
 */
function opensWithMishap(tokens: readonly Token[], subject: Subject): boolean {
  const head = tokens[subject.head];
  if (head?.pos !== 'PROPN' || !isNameShaped(head) || looksLikeName(head)) return false;
  // `Warning: Failure loading plugin, skipping`: after a label's colon too.
  if (tokens[subject.head - 1]?.text === ':') return true;
  return tokens.slice(0, subject.head).every((token) => token.kind !== 'word');
}

const AS_IF = compileList(patternsOf(MISTAKEN_IDENTITIES));
/** Tags of the words that name a thing taken for another: `access router 2`, `staging`, `rack 21`. */
const NAMING_TAGS = words(`NOUN PROPN NUM`);
/** How many words of the thing taken for another are looked at: `access router 2`. */
const NAMED_REACH = 3;

/**
 * Whether what follows `as if it was` at `index` names a thing: a definite phrase (`the standby`), or a noun, a name
 * or a number among its first words (`access router 2`, `staging`); not `a real incident`, nor a state (`idle`).
 */
function namesThing(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  if (!isWord(first)) return false;
  if (DETERMINERS.has(first.lower)) return DEFINITE_DETERMINERS.has(first.lower);
  if (first.pos === 'ADJ' || first.pos === 'ADV' || first.pos === 'ADP') return false;
  for (let i = index; i < index + NAMED_REACH && isWord(tokens[i]); i++)
    if (NAMING_TAGS.has(tokens[i]!.pos)) return true;
  return false;
}

/**
 * The nearest verb in the past before `index` in its clause, or the one before `to` and a nearest verb (`proceeded to
 * work on`); the model reads a noun as a verb now and then (`access router 1`), and such a word is passed over.
 */
function pastActBefore(tokens: readonly Token[], index: number): number | undefined {
  for (const verb of mainVerbsBefore(tokens, index, VERB_REACH)) {
    const acted = tokens[verb - 1]?.lower === 'to' ? beforeAdverbs(tokens, verb - 1) : verb;
    if (isPastVerb(tokens[acted])) return acted;
  }
  return undefined;
}

/**
 * `The engineer then proceeded to work on access router 1 as if it was access router 2`: a person's act in the past
 * on one thing told as done to another (see `MISTAKEN_IDENTITIES`), in a root cause or a stated cause; from the
 * person to the end of `as if it was`.
 */
function actedAsIf(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (!(sentence.rootCause || sentence.causal)) return undefined;
  const match = firstMatch(tokens, index, AS_IF);
  if (!match || !namesThing(tokens, match.end)) return undefined;
  const acted = pastActBefore(tokens, index);
  const subject = acted === undefined ? undefined : actingPerson(tokens, acted);
  if (!subject) return undefined;
  return { ...tokenSpan(tokens, subject.first, match.end - 1), kind: 'person-mistake', namesPerson: true };
}

/** The person who did the act in the past at `acted`, told as done (neither supposed nor denied), or undefined. */
function actingPerson(tokens: readonly Token[], acted: number): Subject | undefined {
  const subject = subjectBefore(tokens, acted);
  return namesPerson(subject, true) && !supposesClause(tokens, subject, acted) && !denied(tokens, acted, acted + 1)
    ? subject
    : undefined;
}

/** How many words may stand between `despite` and what was disregarded: `despite the two failing CI checks`. */
const DESPITE_REACH = 5;

/**
 * `The team lead approved the change despite the failing checks`, `Despite the warnings, the engineer pushed the
 * change`: a person's act in the past done despite a signal or a check, from the person to what was disregarded, or
 * from `despite` to the act when it opens the sentence.
 */
function actedDespite(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const opener = tokens[index]!.lower === 'despite' ? index : index - 1;
  if (opener !== index && (tokens[opener]?.lower !== 'in' || tokens[index + 1]?.lower !== 'of')) return undefined;
  let heeded = opener === index ? index + 1 : index + 2;
  while (heeded - index <= DESPITE_REACH && isWord(tokens[heeded]) && !isWordIn(tokens[heeded], HEEDED)) heeded++;
  if (!isWordIn(tokens[heeded], HEEDED)) return undefined;
  const acted = pastActBefore(tokens, opener);
  if (acted === undefined) return opener === sentence.firstWord ? actedAfterDespite(tokens, opener, heeded) : undefined;
  const subject = actingPerson(tokens, acted);
  return subject && { ...tokenSpan(tokens, subject.first, heeded), kind: 'person-mistake', namesPerson: true };
}

/** Words that close an act done against what was said: `deployed anyway`. */
const ANYWAY = words('anyway regardless');

/**
 * `The developer had been warned about the risk but deployed anyway`: a person's act in the past done `anyway` after a
 * warning the same sentence tells of (`warned`, or a signal or check heeded, see `HEEDED`); from the person to
 * `anyway`.
 */
function actedAnyway(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  if (isWord(tokens[index + 1])) return undefined;
  const acted = pastActBefore(tokens, index);
  if (acted === undefined) return undefined;
  const warned = tokens.slice(0, acted).some((token) => token.lemma === 'warn' || isWordIn(token, HEEDED));
  const subject = warned ? actingPerson(tokens, acted) : undefined;
  return subject && { ...tokenSpan(tokens, subject.first, index), kind: 'person-mistake', namesPerson: true };
}

/** `Despite the warnings, the engineer pushed the change`: the person and the act after the opening phrase's comma. */
function actedAfterDespite(tokens: readonly Token[], opener: number, heeded: number): DetectionDraft | undefined {
  let comma = heeded + 1;
  while (isWord(tokens[comma])) comma++;
  if (tokens[comma]?.text !== ',') return undefined;
  const subject = subjectAfter(tokens, comma + 1);
  let acted = subject.end;
  while (tokens[acted]?.pos === 'ADV') acted++;
  if (!namesPerson(subject, true) || !isPastVerb(tokens[acted]) || denied(tokens, acted, acted + 1)) return undefined;
  return { ...tokenSpan(tokens, opener, acted), kind: 'person-mistake', namesPerson: true };
}

const MISTAKE_NOUNS = wordsOf(SINGULAR_MISTAKES);

/**
 * `made the error message clearer`, `I made the error say too many open connections`: a mistake word that a noun
 * follows opens a compound or a causative, and names no mistake made.
 */
function mistakeNounGoesOn(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return (
    isWordIn(tokens[end - 1], MISTAKE_NOUNS) &&
    isWord(next) &&
    next.pos === 'NOUN' &&
    !next.lower.endsWith('ing') &&
    !DAY_ADVERBS.has(next.lower)
  );
}

/** Where a rephrase starts: the verb, or a judging adverb right before it (`simply forgot to`). */
function editStart(sentence: Sentence, verbIndex: number): number {
  const { tokens } = sentence;
  let start = verbIndex;
  while (
    isWordIn(tokens[start - 1], JUDGING_ADVERBS) &&
    isPlain(sentence, tokens[start - 1]!.end, tokens[start]!.start)
  )
    start--;
  return start;
}

function edits(sentence: Sentence, verbIndex: number, end: number, rephrase: Rephrase): EditProposal[] {
  const { tokens } = sentence;
  const first = editStart(sentence, verbIndex);
  const span = tokenSpan(tokens, first, end - 1);
  const verbWord = tokens[verbIndex]!.lower;
  // "had forgotten to renew" cannot become "had did not renew", nor "kept ignoring" "kept do not act on".
  if (isWordIn(tokens[first - 1], PERFECT_AUXILIARIES) || verbWord.endsWith('ing')) return [];
  switch (rephrase) {
    case 'negate':
      return [{ ...span, newText: negationFor(verbWord), safe: true }];
    case 'notice':
      return [{ ...span, newText: `${negationFor(verbWord)} notice`, safe: true }];
    case 'mistype':
      return [
        {
          ...span,
          newText: verbWord.endsWith('s') ? 'mistypes' : /(?:ed|['\u2019]d)$/.test(verbWord) ? 'mistyped' : 'mistype',
          safe: true,
        },
      ];
    case 'suggest-notice':
      return [{ ...span, newText: `${negationFor(verbWord)} notice`, safe: false }];
    case 'suggest-act-on':
      return [{ ...span, newText: `${negationFor(verbWord)} act on`, safe: false }];
    case 'none':
      return [];
  }
}

/**
 * `so I don't forget to`, `she never ignored`, `I forgot nothing`: a mistake verb denied, or with nothing as its
 * object, did not happen.
 */
function denied(tokens: readonly Token[], index: number, end: number): boolean {
  const negated = isLemmaIn(tokens[beforeAdverbs(tokens, index, NEGATIONS)], NEGATIONS);
  return negated || nothingDone(tokens, end);
}

/** Modals and `to` before a verb's plain form: `developers will make mistakes`, `easy to misread`. */
const MODALS = words(`will would can could may might must shall should`);
const POSSIBILITY = new Set([...MODALS, 'to']);

/** A modal, then `adverb` and a verb's plain form: `could accidentally delete`. */
function mayHappen(tokens: readonly Token[], adverb: number): boolean {
  const verb = tokens[adverb + 1]!;
  return isWordIn(tokens[beforeAdverbs(tokens, adverb)], MODALS) && verb.lower === verb.lemma;
}

/** Whether the verb at `index` says what may happen, or what a thing is (see `complementsBe`), not what someone did. */
function saysWhatMayHappen(tokens: readonly Token[], index: number): boolean {
  return (
    (isWordIn(tokens[beforeAdverbs(tokens, index)], POSSIBILITY) && tokens[index]!.lower === tokens[index]!.lemma) ||
    complementsBe(tokens, index)
  );
}

/**
 * `we accidentally deleted the production database`, `The crew inadvertently left the speedbrakes deployed`: the
 * writers' or a named team's slip, told as what happened; a slip all the same, though no one person is named.
 */
function ourSlip(tokens: readonly Token[], subject: Subject): boolean {
  return writersOwn(tokens, subject) || namesTeam(tokens, subject);
}

/**
 * `The PSNI mistakenly published a spreadsheet`, `University of Canberra accidentally sent`: a name the model reads as
 * a thing (an acronym, a place), not a known system, did it by mistake: an organisation's slip, human error with no
 * one named. Programs' names are systems (`Terraform`, see `systems.ts`), and a team can list its own.
 */
function organisationsSlip(tokens: readonly Token[], subject: Subject): boolean {
  const head = tokens[subject.head];
  if (subject.kind !== 'thing' || head?.pos !== 'PROPN' || head.known === 'system' || SYSTEM_NAMES.has(head.lower))
    return false;
  // The sentence's subject, all of it capitalised: not `changes to the Fortnite Client and Server inadvertently`.
  const opening = tokens[0]?.lower === 'the' ? 1 : 0;
  const phrase = tokens.slice(opening, subject.head + 1);
  return phrase.every((token) => token.lower === 'of' || /^\p{Lu}/u.test(token.text));
}

const SAYING = wordsOf(STATEMENTS);
const SPEAKERS_PRONOUNS = words(`it they`);

/**
 * The verb whose subject `it` or `they` at `pronoun` stands for: a verb of saying right before it, `that` allowed
 * between (`United says it`), or a verb in the past with no object right before the word that opens the pronoun's
 * clause, adverbs allowed between (`Oxfam has apologised after it`; not `Bob restarted the server after it`, where
 * `it` may be the server); else -1.
 */
function antecedentVerb(tokens: readonly Token[], pronoun: number): number {
  const opener = tokens[pronoun - 1]?.lower === 'that' ? pronoun - 2 : pronoun - 1;
  if (SAYING.has(tokens[opener]?.lemma ?? '')) return opener;
  if (!isWordIn(tokens[opener], SUBORDINATORS)) return -1;
  const verb = beforeAdverbs(tokens, opener);
  return tokens[verb]?.pos === 'VERB' && isPastVerb(tokens[verb]) ? verb : -1;
}

/**
 * `United says it accidentally filed fares`, `The council admitted that they had mistakenly sent`, `Oxfam has
 * apologised after it accidentally emailed`: `it` or `they` opening what an organisation says, or a clause about what
 * it did, stands for the organisation, so the slip is its own. The organisation is a named team or a name: a program
 * says nothing, and a name that may be a person's (`United`) is no person's if it is `it`.
 */
function speakersSlip(tokens: readonly Token[], subject: Subject): boolean {
  const pronoun = tokens[subject.head];
  if (subject.first !== subject.head || !isWordIn(pronoun, SPEAKERS_PRONOUNS)) return false;
  const verb = antecedentVerb(tokens, subject.first);
  if (verb < 0) return false;
  // `apologised after admitting it had`: the gerund's subject is the main clause's.
  const gerund = tokens[verb]!.lower.endsWith('ing') && isWordIn(tokens[verb - 1], GERUND_OPENERS);
  const speaker = gerund ? subjectOfVerbBefore(tokens, verb - 1) : subjectBefore(tokens, verb);
  if (namesTeam(tokens, speaker)) return true;
  const name = tokens[speaker.head]?.pos === 'PROPN';
  return name && (speaker.kind === 'thing' || (speaker.kind === 'possible-person' && pronoun!.lower === 'it'));
}

/** How far back the verb of an adverbial after its object may stand: `deleted the production database by accident`. */
const VERB_REACH = 8;

/** The subject of the nearest verb before `index` in its clause, else the clause's subject. */
function subjectOfVerbBefore(tokens: readonly Token[], index: number): Subject {
  const [verb] = mainVerbsBefore(tokens, index, VERB_REACH);
  const subject = verb === undefined ? undefined : subjectBefore(tokens, verb);
  if (subject && subject.kind !== 'none') return subject;
  return clauseSubject(tokens, index);
}

/** How far back from a participle's comma the verb of the clause it closes may stand: past a long object. */
const CLAUSE_VERB_REACH = 15;

/**
 * `To let the locomotives pass, the crew reversed the train into the track, forgetting that ...`: the subject of a
 * participle after the comma at `comma` is that of the nearest verb before the comma, past the clause's object; not
 * a verb's object that a bare infinitive follows (`I let it deplete, forgetting`, whose subject is `I`); else the
 * clause's subject.
 */
function subjectOfClauseBefore(tokens: readonly Token[], comma: number): Subject {
  for (const verb of mainVerbsBefore(tokens, comma, CLAUSE_VERB_REACH)) {
    const subject = subjectBefore(tokens, verb);
    if (subject.kind !== 'none' && tokens[subject.first - 1]?.pos !== 'VERB') return subject;
  }
  return clauseSubject(tokens, comma + 1);
}

/** Whether the nearest verb before `index` in its clause opens the sentence in the past, its subject left out. */
function opensWithItsVerb(tokens: readonly Token[], index: number, firstWord: number): boolean {
  const [verb] = mainVerbsBefore(tokens, index, VERB_REACH);
  return verb === firstWord && isPastVerb(tokens[verb]);
}

/** Tags of the words that open a clause or a noun phrase, not a verb: `while`, `with`, `and`, `the`, `one`, `we`. */
const CLAUSE_OPENING_TAGS = words(`SCONJ ADP CCONJ DET NUM PRON PROPN`);

/** Whether only adverbs and day words stand before `index` in the sentence: `Today accidentally`, `Then mistakenly`. */
function opensSentence(tokens: readonly Token[], firstWord: number, index: number): boolean {
  return tokens.slice(firstWord, index).every((token) => token.pos === 'ADV' || DAY_ADVERBS.has(token.lower));
}

/** A mistake adverb before its verb (the subject precedes it) or after the object (the clause's subject). */
function mistakeAdverb(tokens: readonly Token[], index: number, firstWord: number): DetectionDraft | undefined {
  const adverbial = firstMatch(tokens, index, ADVERBIALS);
  if (!adverbial && !ADVERBS.has(tokens[index]!.lower)) return undefined;
  const last = adverbial ? adverbial.end - 1 : index;
  // `connected wires inadvertently while cutting`: a word that opens a clause or a phrase is no verb.
  const beforeVerb = !adverbial && isWord(tokens[index + 1]) && !CLAUSE_OPENING_TAGS.has(tokens[index + 1]!.pos);
  // `so we don't accidentally delete them`, `An engineer could accidentally delete it`: no slip that happened. Not
  // `I managed to accidentally corrupt`, `We'd accidentally caused`.
  if (beforeVerb && (denied(tokens, index, index + 1) || mayHappen(tokens, index))) return undefined;
  // `she had mistakenly received the email`: what reached the person, someone else's slip (see `RECEIVING`).
  if (beforeVerb && isLemmaIn(tokens[index + 1], RECEIVED)) return undefined;
  // `shut down the ports after accidentally knocking out the power`, `we removed the change, inadvertently triggering
  // a shutdown`: the clause's subject.
  const afterSubordinator =
    beforeVerb &&
    (isWordIn(tokens[index - 1], GERUND_OPENERS) || tokens[index - 1]?.text === ',') &&
    tokens[index + 1]!.lower.endsWith('ing');
  // `Without authorization, the engineer disabled`, `Inadvertently, I scrapped`: an adverbial that opens the
  // clause, its subject after the comma.
  const comma = adverbial ? adverbial.end : index + 1;
  // `Unintentionally one of the members made a push force`: the opening adverb's comma left out.
  const opening =
    (tokens[comma]?.text === ',' && clauseSubject(tokens, index).kind === 'none') ||
    (!beforeVerb && opensSentence(tokens, firstWord, index));
  // `Accidentally pushed to master`: a diary's sentence, whose subject is the writer.
  // Not `Accidentally deleted buckets are kept`: a participle before its noun and that noun's verb.
  const attributive = tokens[index + 2]?.pos === 'NOUN' && VERB_TAGS.has(tokens[index + 3]?.pos ?? '');
  if (!adverbial && index === firstWord && isPastVerb(tokens[index + 1]) && !attributive) {
    return { ...tokenSpan(tokens, index, index + 1), kind: 'human-error', namesPerson: false };
  }
  // `Applied the staging change to production by mistake`: the same diary's sentence, the adverbial after the object.
  if (!beforeVerb && !opening && opensWithItsVerb(tokens, index, firstWord))
    return { ...tokenSpan(tokens, index, last), kind: 'human-error', namesPerson: false };
  // `resulted in me accidentally deleting`: a pronoun right before the adverb and its gerund is the gerund's subject,
  // though it stands in a prepositional phrase.
  const gerundSubject =
    beforeVerb && tokens[index - 1]?.pos === 'PRON' && tokens[index + 1]!.lower.endsWith('ing')
      ? subjectAt(tokens, index - 1)
      : undefined;
  const subject = opening
    ? subjectAfter(tokens, tokens[comma]?.text === ',' ? comma + 1 : comma)
    : (gerundSubject ??
      (beforeVerb && !afterSubordinator ? subjectBefore(tokens, index) : subjectOfVerbBefore(tokens, index)));
  // After the object the adverb may belong to a passive (`X had been set accidentally`): a name counts only in the
  // active.
  if (supposesClause(tokens, subject, beforeVerb ? index + 1 : -1)) return undefined;
  const passive = tokens.slice(Math.max(0, subject.head), index).some((token) => BE_FORMS.has(token.lower));
  // `An engineer accidentally discovered the leak`: found by chance, whoever found it.
  const acts = tokens.slice(subject.head + 1, (beforeVerb ? index + 1 : index) + 1);
  if (acts.some((token) => DISCOVERED.has(token.lemma))) return undefined;
  if (!passive && (ourSlip(tokens, subject) || organisationsSlip(tokens, subject) || speakersSlip(tokens, subject)))
    return {
      ...tokenSpan(tokens, Math.min(subject.first, index), beforeVerb ? index + 1 : last),
      kind: 'human-error',
      namesPerson: false,
    };
  // `was mistakenly deleted by the intern`, `was sent in error by an employee`: the passive's agent is the one who
  // slipped, not its subject, the one acted on (`they were incorrectly auto-enrolled onto a pension scheme`).
  const agent = passive && !opening ? passiveAgent(tokens, beforeVerb ? index + 1 : last, AGENT_REACH) : undefined;
  if (agent && namesPerson(agent, true) && tokens[agent.end]?.pos !== 'NOUN')
    return { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true };
  if (beforeVerb && passive && !opening && isPassive(tokens, index + 1)) return undefined;
  if (!namesPerson(subject, beforeVerb || !passive)) return undefined;
  const end = opening ? subject.head : beforeVerb ? index + 1 : last;
  return { ...tokenSpan(tokens, Math.min(subject.first, index), end), kind: 'person-mistake', namesPerson: true };
}

const TOLD_PASSIVES = words(`was were been got gotten`);
/** How far after a passive mistake verb its `by` may stand: `was overlooked entirely by the reviewer`. */
const AGENT_REACH = 3;

/**
 * `the warning was overlooked by the engineer on call`: a mistake verb in the passive with a person as its agent. A
 * verb that needs a human signal or act after it (`ignored the alert`) needs it before it here, as what was ignored.
 */
function passiveMistake(
  tokens: readonly Token[],
  index: number,
  match: { readonly entry: MistakeVerb; readonly end: number },
): DetectionDraft | undefined {
  // `was overlooked`, `had been skipped`, `got ignored`: told of the incident, not `outages are caused by ...`.
  if (!isPassive(tokens, index) || !isWordIn(tokens[beforeAdverbs(tokens, index)], TOLD_PASSIVES)) return undefined;
  // `was rushed by the lead`: a pattern may end at the agent's `by`.
  const last = tokens[match.end - 1]?.lower === 'by' ? match.end - 2 : match.end - 1;
  const agent = passiveAgent(tokens, last, AGENT_REACH);
  if (agent === undefined || !namesPerson(agent, match.entry.humanOnly)) return undefined;
  // `caused by human errors`: the person word modifies the noun after it.
  if (tokens[agent.end]?.pos === 'NOUN') return undefined;
  if (match.entry.complement !== undefined) {
    const patient = subjectBefore(tokens, index);
    if (!humanComplement(tokens, patient.first, match.entry.complement)) return undefined;
  }
  return { ...tokenSpan(tokens, index, agent.end - 1), kind: 'person-mistake', namesPerson: true };
}

/**
 * Whether the verb, its subject left out, tells of a slip of the writer's: what only people do, what only people
 * attend to (`Ignored the disk warnings`), or a slip whatever its object (`Missed a semicolon`, see `writersSlip`).
 */
function writersAct(match: { readonly entry: MistakeVerb; readonly end: number }, tokens: readonly Token[]): boolean {
  const { entry, end } = match;
  if (entry.humanOnly) return true;
  if (entry.writersSlip && isWordIn(tokens[end], DETERMINERS)) return true;
  return entry.complement !== undefined && humanComplement(tokens, end, entry.complement);
}

function detectPersonMistakes(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  const drafts: DetectionDraft[] = [];
  // `Every so often a technician makes a mistake`: what happens to anyone, not what someone did.
  if (sentence.timeless) return drafts;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower === 'as') {
      const asIf = actedAsIf(sentence, i);
      if (asIf) drafts.push(asIf);
      continue;
    }
    if (tokens[i]!.lower === 'despite' || tokens[i]!.lower === 'spite') {
      const despite = actedDespite(sentence, i);
      if (despite) drafts.push(despite);
      continue;
    }
    if (isWordIn(tokens[i], ANYWAY)) {
      const warned = actedAnyway(sentence, i);
      if (warned) drafts.push(warned);
      continue;
    }
    if (!hasCue(tokens[i], CUE)) continue;
    const match = firstMatch(tokens, i, VERBS);
    if (!match) {
      const adverb = mistakeAdverb(tokens, i, sentence.firstWord);
      if (adverb) drafts.push(adverb);
      continue;
    }
    if (saysWhatMayHappen(tokens, i) || mistakeNounGoesOn(tokens, match.end) || denied(tokens, i, match.end)) continue;
    // `bypassed the problem and routed new power lines`: a workaround, the response.
    if (match.entry.worksAround && objectFault(tokens, match.end)) continue;
    const passive = passiveMistake(tokens, i, match);
    if (passive) {
      drafts.push(passive);
      i = match.end - 1;
      continue;
    }
    // `The technician was sent to the wrong rack`: the subject of a passive is the one acted on.
    if (isPassive(tokens, i)) continue;
    // `pushed straight to main, bypassing code review`: a participle after a comma has the clause's subject.
    const participle = tokens[i]!.lower.endsWith('ing') && tokens[i - 1]?.text === ',';
    const subject = participle ? subjectOfClauseBefore(tokens, i - 1) : subjectBefore(tokens, i);
    const elided = sentence.rootCause && writersAct(match, tokens) && writerLeftOut(tokens, sentence.firstWord, i);
    // `Oops, we forgot to deploy that`, in a root cause: the writers' slip, told as the cause.
    // A verb programs share (`failed to`) is the writers' slip only with `we`, not a named team's or an organisation's.
    const ours =
      sentence.rootCause &&
      match.entry.oursInRootCause === true &&
      (match.entry.humanOnly ? ourSlip(tokens, subject) : writersOwn(tokens, subject));
    if (!elided && !ours && !subjectCounts(subject, match.entry, tokens, match.end)) continue;
    // `even if he totally messed up, ...`: a mistake supposed, not told.
    if (isWordIn(tokens[subject.first - 1], HYPOTHETICAL)) continue;
    if (ours && !subjectCounts(subject, match.entry, tokens, match.end)) {
      drafts.push({ ...tokenSpan(tokens, subject.first, match.end - 1), kind: 'human-error', namesPerson: false });
      i = match.end - 1;
      continue;
    }
    const span = tokenSpan(tokens, elided ? i : subject.first, match.end - 1);
    drafts.push({
      ...span,
      kind: 'person-mistake',
      namesPerson: true,
      edits: edits(sentence, i, match.end, match.entry.rephrase),
    });
    i = match.end - 1;
  }
  return drafts;
}

/** A mistake verb, or a mistake adverb or adverbial. */
export const personMistakeDetector: Detector = {
  find: detectPersonMistakes,
  // A team's sloppiness (`we botched it`) is judged with no person named.
  // So is a slip of ours (`we accidentally deleted`).
  needs: [
    ...listRequiredWords(patternList(VERBS.entries.filter((entry) => entry.judgesGroups))),
    ...listRequiredWords(ADVERBIALS),
    ...ADVERBS,
  ],
  needsWithPerson: [...listRequiredWords(VERBS), ...listRequiredWords(AS_IF), 'despite', 'spite', ...ANYWAY],
  // A root cause's note leaves its writer out: `uploaded to wrong place!` names no one. Only the verbs that may be the
  // writer's so (see `writersAct`): not `caused`, which nearly every root cause holds.
  needsAloneInRootCause: listRequiredWords(
    patternList(VERBS.entries.filter((entry) => entry.humanOnly || entry.writersSlip || entry.complement)),
  ),
};
