// Who does the verb: the subject of a clause, found by walking back from the verb.
import type { Token } from './tokens';
import {
  AMBIGUOUS_PRONOUNS,
  AMBIGUOUS_ROLES,
  DETERMINERS,
  FIRST_NAMES,
  GROUPS,
  HUMAN_ROLES,
  INTRODUCERS,
  DOMAIN_MODIFIERS,
  NOT_NAMES,
  PERSON_ADJECTIVES,
  PERSON_PRONOUNS,
  RELATIVE_PRONOUNS,
  VERB_MODIFIERS,
} from './vocabulary';

/**
 * `person`: a role, a pronoun, a handle or a common first name; `possible-person`: `they`, or a
 * capitalised word that may be a name or a product; `group`: the team, nobody in particular.
 */
export type SubjectKind = 'person' | 'possible-person' | 'group' | 'thing' | 'none';

export interface Subject {
  readonly kind: SubjectKind;
  /** Token index of the subject's first word (its determiner), or -1 when there is none. */
  readonly first: number;
  /** Token index of the subject's head word, or -1. */
  readonly head: number;
}

const NONE: Subject = { kind: 'none', first: -1, head: -1 };
/** `any engineer could have made this mistake`: anyone, not a person who erred. */
const GENERIC_DETERMINERS = new Set(['any', 'every', 'each', 'no']);
const CLAUSE_BOUNDARIES = new Set([';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '-', '.', '!', '?']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor']);
/** `the engineer on call`, `the SRE on shift`. */
const ON_DUTY = new Set(['call', 'shift', 'duty']);
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:['-]\p{Lu}?\p{Ll}+)?$/u;
const MAX_SKIPPED = 5;
const MAX_PHRASE = 5;
/** How far back a clause's start is looked for; a longer clause has no subject we can trust. */
const MAX_CLAUSE = 40;

function word(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token : undefined;
}

/** The word without a possessive ending: `Bob's` -> `Bob`. */
export function withoutPossessive(text: string): string {
  return text.replace(/['\u2019]s?$/, '');
}

function isApostrophe(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 39 || code === 0x2019;
}

/** `Bob's`, `the engineers'`: an apostrophe, and an `s` or nothing after it, ending the word. */
export function isPossessive(token: Token): boolean {
  const { text } = token;
  const apostrophe = text.endsWith('s') ? text.length - 2 : text.length - 1;
  return apostrophe >= 1 && isApostrophe(text, apostrophe) && !isApostrophe(text, apostrophe - 1) && token.lower !== "it's" && token.lower !== "let's";
}

function isNameShaped(text: string): boolean {
  return NAME_SHAPE.test(text) && !NOT_NAMES.has(text.toLowerCase());
}

function isRoleWord(lower: string): boolean {
  return HUMAN_ROLES.has(lower) || AMBIGUOUS_ROLES.has(lower);
}

/**
 * Whether the words before an ambiguous role make it a person: `the operator`, `the end user`,
 * not `the Kubernetes operator` nor `the database user`.
 */
function introducesPerson(before: Token | undefined): boolean {
  if (before === undefined || before.kind !== 'word') return true;
  return DETERMINERS.has(before.lower) || PERSON_ADJECTIVES.has(before.lower) || HUMAN_ROLES.has(before.lower) || GROUPS.has(before.lower) || isPossessive(before) || before.lower.startsWith('@');
}

/** What kind of doer the word at `index` is, read as the head of a noun phrase. */
export function classifyWord(tokens: readonly Token[], index: number, text = tokens[index]?.text ?? ''): SubjectKind {
  const token = tokens[index];
  if (token === undefined) return 'none';
  if (token.kind === 'opaque') return 'thing';
  if (token.kind !== 'word') return 'none';
  const lower = text.toLowerCase().replace(/\u2019/g, "'");
  const before = tokens[index - 1];
  if (lower.length > 1 && lower.startsWith('@')) return 'person';
  if (PERSON_PRONOUNS.has(lower)) return lower === 'i' && text !== 'I' ? 'thing' : 'person';
  if (AMBIGUOUS_PRONOUNS.has(lower)) return 'possible-person';
  if (GROUPS.has(lower)) return 'group';
  if (HUMAN_ROLES.has(lower)) return 'person';
  if (AMBIGUOUS_ROLES.has(lower)) return introducesPerson(before) ? 'person' : 'thing';
  if (ON_DUTY.has(lower) && before?.lower === 'on') return 'person';
  // `Engineer A`, `Operator 2`: a person kept anonymous.
  if (/^(\p{Lu}|\d{1,2})$/u.test(text) && before?.kind === 'word' && isRoleWord(before.lower)) return 'person';
  if (isNameShaped(text)) {
    if (before?.kind === 'word' && DETERMINERS.has(before.lower)) return 'thing';
    const previousIsFirstName = before?.kind === 'word' && FIRST_NAMES.has(before.lower) && before.end + 1 === token.start;
    return FIRST_NAMES.has(lower) || previousIsFirstName ? 'person' : 'possible-person';
  }
  return 'thing';
}

function isModifier(lower: string): boolean {
  return PERSON_ADJECTIVES.has(lower) || DOMAIN_MODIFIERS.has(lower);
}

function isPhraseWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return DETERMINERS.has(token.lower) || isModifier(token.lower) || isRoleWord(token.lower) || GROUPS.has(token.lower) || isNameShaped(token.text) || token.lower === 'on';
}

/** The first word of the noun phrase whose head is at `head`. */
function phraseStart(tokens: readonly Token[], head: number): number {
  const token = tokens[head]!;
  if (PERSON_PRONOUNS.has(token.lower) || AMBIGUOUS_PRONOUNS.has(token.lower) || token.lower.startsWith('@')) return head;
  let first = head;
  while (first > 0 && head - first < MAX_PHRASE && isPhraseWord(tokens[first - 1])) first--;
  return first;
}

function subjectAt(tokens: readonly Token[], head: number): Subject {
  const token = tokens[head];
  if (token?.kind === 'word' && isPossessive(token)) return { kind: 'thing', first: head, head };
  const kind = classifyWord(tokens, head);
  if (kind === 'none') return NONE;
  const first = phraseStart(tokens, head);
  return { kind: GENERIC_DETERMINERS.has(tokens[first]!.lower) ? 'group' : kind, first, head };
}

/** The doer introduced by `who` shortly before `index`: `the engineer who was on call forgot`. */
function relativeClauseSubject(tokens: readonly Token[], index: number): Subject | undefined {
  for (let i = index; i >= 0 && index - i < 10; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && token.text !== ',') return undefined;
    if (token.kind === 'word' && RELATIVE_PRONOUNS.has(token.lower)) {
      const head = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
      return subjectAt(tokens, head);
    }
  }
  return undefined;
}

/** The noun phrase that starts at `index`: `the on-call engineer`, `Dave Smith`, `@alice`. */
export function subjectAfter(tokens: readonly Token[], index: number): Subject & { readonly end: number } {
  let i = index;
  while (word(tokens, i) && DETERMINERS.has(tokens[i]!.lower) && i - index < 2) i++;
  let head = -1;
  while (word(tokens, i) && i - index < MAX_PHRASE) {
    const token = tokens[i]!;
    const partOfPhrase = isModifier(token.lower) || isRoleWord(token.lower) || isNameShaped(token.text) || token.lower.startsWith('@') || PERSON_PRONOUNS.has(token.lower) || AMBIGUOUS_PRONOUNS.has(token.lower) || GROUPS.has(token.lower);
    if (!partOfPhrase) break;
    head = i;
    i++;
    if (PERSON_PRONOUNS.has(token.lower) || AMBIGUOUS_PRONOUNS.has(token.lower) || GROUPS.has(token.lower)) break;
  }
  if (head < 0) return { kind: word(tokens, i) ? 'thing' : 'none', first: index, head: i, end: i + 1 };
  if (isPossessive(tokens[head]!)) return { kind: 'thing', first: index, head, end: head + 1 };
  const generic = GENERIC_DETERMINERS.has(tokens[index]!.lower);
  return { kind: generic ? 'group' : classifyWord(tokens, head), first: index, head, end: head + 1 };
}

/** Where the clause that holds `index` begins, past an introduction such as `After the deploy,`; -1 when too far. */
function clauseStart(tokens: readonly Token[], index: number): number {
  let start = index;
  while (start > 0 && !(tokens[start - 1]!.kind === 'punct' && CLAUSE_BOUNDARIES.has(tokens[start - 1]!.text))) {
    if (index - start >= MAX_CLAUSE) return -1;
    start--;
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
  return subject.end <= index ? { kind: subject.kind, first: subject.first, head: subject.head } : NONE;
}

/** The subject of the verb at `index`, walking back over adverbs and auxiliaries. */
export function subjectBefore(tokens: readonly Token[], index: number): Subject {
  let j = index - 1;
  while (j >= 0 && index - 1 - j < MAX_SKIPPED && word(tokens, j) && VERB_MODIFIERS.has(tokens[j]!.lower)) j--;
  const token = tokens[j];
  if (token === undefined) return NONE;
  if (token.kind === 'punct') {
    if (token.text !== ',') return NONE;
    const appositive = subjectAt(tokens, j - 1);
    if (appositive.kind === 'person' || appositive.kind === 'possible-person') return appositive;
    return relativeClauseSubject(tokens, j - 1) ?? appositive;
  }
  if (token.kind === 'word' && CONJUNCTIONS.has(token.lower)) return clauseSubject(tokens, j);
  const direct = subjectAt(tokens, j);
  if (direct.kind !== 'thing') return direct;
  return relativeClauseSubject(tokens, j) ?? direct;
}

/** A person for sure, or, when `possibleCounts`, maybe a person. */
export function namesPerson(subject: Subject, possibleCounts: boolean): boolean {
  return subject.kind === 'person' || (possibleCounts && subject.kind === 'possible-person');
}
