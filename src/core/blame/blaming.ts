// Blame owned in so many words by the writers: blaming a person (`We blame ourselves for not catching this`, `I blamed
// the on-call engineer`, `we blamed the outage on the new hire`), or taking the blame or laying it on someone (`I had
// to take some of the blame`, `we put the blame on the DBA`). Blame that others laid (`The company blamed the
// analyst`) is reported, and blaming talked about (`Blaming the engineer would not have prevented this`, `if we only
// blame the engineer`, `it is tempting to blame the operator`) is not done: neither is read.
import { deniedInClause } from '../language/denial';
import {
  clauseSubject,
  namesPerson,
  namesTeam,
  subjectAfter,
  subjectBefore,
  supposesClause,
} from '../language/subject';
import type { Subject } from '../language/subject';
import { isWord, isWordIn, regularFormsOf, type Token } from '../language/tokens';
import { BE_FORMS } from '../language/vocabulary/grammar';
import { wordsOf, type VocabularyEntry } from '../language/vocabulary/entry';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { tokenSpan } from './sentence';
import { BLAME_LAID, BLAME_NOUNS, BLAME_TAKEN, BLAMED_PRONOUNS, BLAMERS, BLAMING_VERBS } from './words/blaming';

/** Each form of the verbs, written: the model leaves some unlemmatised or tags them adjectives (`shouldered`). */
function formsOf(entries: readonly VocabularyEntry[]): ReadonlySet<string> {
  return new Set([...wordsOf(entries)].flatMap(regularFormsOf));
}

const BLAMING = formsOf(BLAMING_VERBS);
const BLAMED = wordsOf(BLAMED_PRONOUNS);
const TAKEN = formsOf(BLAME_TAKEN);
const LAID = formsOf(BLAME_LAID);
const BLAME = wordsOf(BLAME_NOUNS);
const WRITERS = wordsOf(BLAMERS);
/** The parts of speech the model gives a verb's forms: `shouldered` may be read as an adjective. */
const VERB_TAGS = new Set(['VERB', 'ADJ']);
/** Where blame is laid: `blamed the outage on the intern`, `put the blame onto the DBA`. */
const ON = new Set(['on', 'onto', 'upon']);
/** How far after the verb `on` may stand: `blamed the whole sorry outage on`. */
const ON_REACH = 6;
/** How far before the blame its verb may stand: `take some of the blame`, `shouldered all the blame`. */
const TAKEN_REACH = 4;

/** A person or a team for sure, not a capitalised word that may name a product (`I blame Grammarly`). */
function isPeople(tokens: readonly Token[], subject: Subject): boolean {
  return namesPerson(subject, false) || namesTeam(tokens, subject);
}

/** `had to take the blame`: the writers' duty told, not an infinitive of purpose. */
const HAD = new Set(['had']);

/**
 * The writers as the subject of the verb at `verb`, telling (`I blamed`, `we had to take`), not supposing (`if we only
 * blame`) nor talking of blaming (`to blame`); the span's first word, or undefined.
 */
function writersActing(tokens: readonly Token[], verb: number): number | undefined {
  if (tokens[verb - 1]?.lower === 'to' && !isWordIn(tokens[verb - 2], HAD)) return undefined;
  // `I went from blaming the guy to blaming the UI`: a gerund names the blaming; `we were blaming` tells it.
  if (tokens[verb]!.lower.endsWith('ing') && !isWordIn(tokens[verb - 1], BE_FORMS)) return undefined;
  if (deniedInClause(tokens, verb)) return undefined;
  const before = subjectBefore(tokens, verb);
  const subject = isWordIn(tokens[before.head], WRITERS) ? before : clauseSubject(tokens, verb);
  if (!isWordIn(tokens[subject.head], WRITERS) || supposesClause(tokens, subject, verb)) return undefined;
  return subject.first;
}

/** The person after `on` within reach of `index`, as the last word of the span: `on the new hire`. */
function blamedOn(tokens: readonly Token[], index: number): number | undefined {
  for (let i = index + 1; i <= index + ON_REACH && isWord(tokens[i]); i++) {
    if (!isWordIn(tokens[i], ON)) continue;
    const person = subjectAfter(tokens, i + 1);
    return isPeople(tokens, person) ? person.end - 1 : undefined;
  }
  return undefined;
}

function draft(tokens: readonly Token[], first: number, last: number): DetectionDraft {
  return { ...tokenSpan(tokens, first, last), kind: 'person-mistake', namesPerson: true };
}

/** `we blame ourselves`, `I blamed the on-call engineer`, `we blamed the outage on the new hire`. */
function personBlamed(tokens: readonly Token[], verb: number): DetectionDraft | undefined {
  const first = writersActing(tokens, verb);
  if (first === undefined) return undefined;
  if (isWordIn(tokens[verb + 1], BLAMED)) return draft(tokens, first, verb + 1);
  const object = subjectAfter(tokens, verb + 1);
  // `we blame human error`: a person's word opening a thing's name.
  const compound = tokens[object.end]?.pos === 'NOUN';
  if (isPeople(tokens, object) && !compound) return draft(tokens, first, object.end - 1);
  const on = blamedOn(tokens, verb);
  return on === undefined ? undefined : draft(tokens, first, on);
}

/** `I had to take some of the blame`, `we put the blame on the DBA`: the verb before the blame, and who bears it. */
function blameBorne(tokens: readonly Token[], noun: number): DetectionDraft | undefined {
  for (let verb = noun - 1; verb >= 0 && noun - verb <= TAKEN_REACH && isWord(tokens[verb]); verb--) {
    if (!VERB_TAGS.has(tokens[verb]!.pos)) continue;
    const taken = isWordIn(tokens[verb], TAKEN);
    if (!taken && !isWordIn(tokens[verb], LAID)) continue;
    const first = writersActing(tokens, verb);
    if (first === undefined) return undefined;
    if (taken) return draft(tokens, first, noun);
    const on = blamedOn(tokens, noun - 1);
    return on === undefined ? undefined : draft(tokens, first, on);
  }
  return undefined;
}

function detectBlaming(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  // `When a service goes dark, we blame human error`: what happens, not what happened; questions ask.
  if (sentence.general || sentence.asks) return [];
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const found =
      isWordIn(token, BLAMING) && VERB_TAGS.has(token.pos)
        ? personBlamed(tokens, i)
        : isWordIn(token, BLAME) && token.pos === 'NOUN'
          ? blameBorne(tokens, i)
          : undefined;
    if (found) drafts.push(found);
  }
  return drafts;
}

/** The writers blaming a person or taking the blame, in so many words. */
export const blamingDetector: Detector = {
  find: detectBlaming,
  // Alone, not with a person: the writers who blame themselves (`We blame ourselves`) are no person to that test.
  needs: [...BLAMING, ...BLAME],
};
