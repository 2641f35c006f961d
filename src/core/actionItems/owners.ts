// Finds who owns an action item in its own words: an `Owner:` label, an @mention, a trailing
// "— Name", or a named team or person as the subject of the commitment.
import type { ActionItem } from '../model/types';
import {
  isDocumentTeam,
  cleanOwnerText,
  HANDLE_NAME,
  isCollectiveOwner,
  isHandle,
  isKnownOwner,
  isPlaceholderOwner,
  isPlainName,
  isTeamName,
  mayNameOwner,
  namedOwners,
  splitOwnerList,
  type OwnerDirectory,
} from './ownerNames';
import { isWholeDate, trailingDue } from './dates';
import { initialsOwners } from './initials';
import { alternation, FIELD_LABELS, LABELLED_LEVELS, PERIOD_FIELDS, SCHEDULE_FIELDS, SHOUTED_LEVELS } from './words';
import { trailingStatusStart } from './status';
import type { ItemSource, Span } from './source';
import { itemClause } from './subject';
import { readsAsVerb } from '../language/commitment';
import { COMMITTING_MODALS, TAKING_ON_VERBS, TO_VERBS } from '../language/vocabulary/commitments';
import { BE_FORMS, PERFECT_AUXILIARIES } from '../language/vocabulary/grammar';

type OwnerSource = NonNullable<ActionItem['ownerSource']>;

export interface OwnerMatch {
  readonly owners: readonly string[];
  readonly source: OwnerSource | undefined;
  /** Where the owner (or the placeholder in an owner's place) is written. */
  readonly range: Span | undefined;
  /** An owner label or mention holds a non-owner: `Owner: TBD`, `@owner`. */
  readonly placeholder: boolean;
  /** Owner markup to leave out of the item's text. */
  readonly removals: readonly Span[];
}

const MAX_LABELS = 8;

const NO_OWNER: OwnerMatch = { owners: [], source: undefined, range: undefined, placeholder: false, removals: [] };

const OWNER_LABEL = new RegExp(
  String.raw`(?<![\w-])(?:co-?)?(?:owners?|assignees?|assigned(?:\s+to)?|dri|respons[ai]ble` +
    String.raw`(?:\s+(?:team|person|party))?|accountable|who|point\s+of\s+contact|poc|lead` +
    String.raw`|drivers?)\s*[:=]`,
  'gi',
);
/** Where a label's value ends: a bracket, a separator or the next label (`owner: Dana, ticket: SRCH-411`). */
const VALUE_END = new RegExp(
  String.raw`[\n\r;)\]|]|\s\(|\.(?:\s|$)|\s[\u2014\u2013]|\s-\s` +
    String.raw`|\s(?:due|by|deadline|eta|priority|status|type|target)\b` +
    String.raw`|,?\s+(?:${alternation([FIELD_LABELS])})\s*[:=]`,
  'i',
);
const MENTION = new RegExp(String.raw`(?<![\w@./+-])@(${HANDLE_NAME}(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,59})?)`, 'g');
/** A mention right after these words is the object of the item ("Ask @bob to review"), not its owner. */
const OBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[^\w])(?:ask|asking|ping|pinging|tell|notify|remind|contact|e-?mail|cc` +
    String.raw`|thank|thanks|with|from|to|for|inform|consult|help|helping|per|via|loop\s+in` +
    String.raw`|reach\s+out\s+to|sync\s+with|check\s+with|talk\s+to)\s*[,:]?\s*$`,
  'i',
);
const ASSIGNED_BEFORE = /\bassign(?:ed)?\s+to\s*$/i;
/** Blanks before a label's value, across at most one line break. */
const LEADING_BLANKS = /^[^\S\n]*(?:\n[^\S\n]*)?/;

/**
 * Owners written as such: an `Owner:` label, an @mention, a trailing "— Name", or a known owner or team before a colon,
 * in square brackets or in round ones (or a placeholder in their place).
 */
export function markedOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  return (
    labelledOwners(source, directory) ??
    spokenLabelOwners(source, directory) ??
    mentionedOwners(source, directory) ??
    trailingOwners(source, directory) ??
    bracketedOwners(source, directory) ??
    signedField(source, directory) ??
    setOffOwners(source, directory)
  );
}

/** The last field of an item after a colon: `Define acceptance tests : Chris F create story`. */
const LAST_FIELD = /\S\s*:\s+([^:\n]{2,60})$/;
/** A first name and the initial of a surname, then what is left: `Chris F create story`. */
const SIGNED_NAME = /^(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu})\.?)?(?=\s|$)\s*(.*)$/u;
const COMMITTED = /^(?:to|will)\s+(\p{Ll}+)/u;

/**
 * A person signing the item's last field after a colon, as a review's follow-up list writes owner or state there
 * (`... : Chris F create story`, `... : Priya to write the story`; not `... : Shared` nor `... : Existing story in
 * backlog`): a plain first name (`isPlainName`) with a surname's initial, alone or before what they do, or before
 * "to" or "will" and a verb.
 */
function signedField(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  const field = LAST_FIELD.exec(source.prose);
  const signed = field && SIGNED_NAME.exec(field[1]!.trimEnd());
  if (!signed || !isPlainName(signed[1]!, directory)) return undefined;
  const [, first, initial, rest] = signed;
  const committed = COMMITTED.exec(rest!);
  const acts = initial ? rest === '' || readsAsVerb(rest!.split(/\s/)[0]!.toLowerCase()) : false;
  if (!acts && !(committed && committed[1] !== 'be' && readsAsVerb(committed[1]!))) return undefined;
  const name = initial ? `${first} ${initial}` : first!;
  const start = source.start + field.index + field[0].indexOf(field[1]!);
  return {
    owners: [name],
    source: 'label',
    range: { start, end: start + signed[0].indexOf(name) + name.length },
    placeholder: false,
    removals: [],
  };
}

/** The brackets, square or round, that end an item: `[DB]`, `[IBG] [done]`, `[CF to write story]`, `(JK)`. */
const TRAILING_BRACKETS = /(?:[^\S\n]*(?:\[[^\][\n]{1,40}\]|\([^()\n]{1,40}\)))+[^\S\n]*$/;
const BRACKET = /\[([^\][\n]{1,40})\]|\(([^()\n]{1,40})\)/g;

/** Whether one set of capitals spells the initials of the words before it: "write-ahead log (WAL)" defines WAL. */
function abbreviates(before: string, owners: readonly string[]): boolean {
  if (owners.length !== 1) return false;
  const letters = owners[0]!.replace(/\./g, '').toLowerCase();
  const words = before.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  const initials = words
    .slice(-letters.length)
    .map((word) => word[0]!.toLowerCase())
    .join('');
  return initials === letters;
}

/**
 * An owner's label without its colon, opening a bracket: `(owner Ana)`, `[owned by Ana]`, `(assigned to Ana)`, or an
 * arrow handing the work on: `(-> system team)`, `(\u2192 Bob)`.
 */
const BRACKET_OWNER_LABEL =
  /^\s*(?:(?:(?:co-?)?owners?|owned\s+by|assigned\s+to|assignee|driven\s+by|led\s+by)\s+|(?:->|=>|\u2192)\s*)/i;

/**
 * A person or team a bracket that ends an item names, alone or first (`(Tomas)`, `[Ana Lopez]`, `(Tomas, Q1)`,
 * `(owner Ana)`): by a plain name (`isPlainName`), a handle, a known owner or a team, so that a place or a product in
 * a bracket (`(Grafana)`, `(staging)`, `(P2)`) names no one.
 */
function bracketNameOwners(field: string, directory: OwnerDirectory): string[] | undefined {
  const value = field.replace(BRACKET_OWNER_LABEL, '');
  return namedOwners(value, directory, 'plain') ?? namedOwners(value.split(',')[0]!, directory, 'plain');
}

/**
 * `Move incident reports to team manual [DB]`, `Investigate a statuspage account [IBG] [done]`, `Add an alert (JK)`,
 * `Add schema validation (Tomas)`: initials or a name in brackets among those that end an item sign its owner
 * (`initialsOwners`, `bracketNameOwners`), unless the words before initials spell them ("write-ahead log (WAL)"); at
 * its start they tag a category ("[DB] Add an index").
 */
function bracketedOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  const trailing = TRAILING_BRACKETS.exec(source.prose);
  if (!trailing || trailing.index === 0) return undefined;
  for (const bracket of trailing[0].matchAll(BRACKET)) {
    const field = bracket[1] ?? bracket[2]!;
    const initials = initialsOwners(field, directory);
    const owners =
      initials && !abbreviates(source.prose.slice(0, trailing.index + bracket.index), initials)
        ? initials
        : bracketNameOwners(field, directory);
    if (!owners) continue;
    const start = source.start + trailing.index + bracket.index;
    const range = { start, end: start + bracket[0].length };
    return { owners, source: 'label', range, placeholder: false, removals: [range] };
  }
  return undefined;
}

/**
 * `Marco: add a canary stage`, `[Payments team] Add backoff`, `Priya \u2014 add an alert`: what opens an item, before a
 * colon or a spaced dash, or in brackets.
 */
const OPENING_LABEL = /^\s*(?:\[([^\]\n]{1,40})\]|([^:\n\u2014\u2013]{1,40}?)(?::|\s+(?:\u2014|\u2013|--?))\s)/;
const FIRST_WORD = /^\s*([A-Za-z]+)\b/;
/** `(Marco, by 2026-11-15)`, `(Payments team)`: a bracket that opens with a name. */
const BRACKETED = /\(([^(),\n]{1,40})[,)]/g;

/**
 * A known owner, a handle or a team set off at the item's start or in brackets; or a person's plain name set off at
 * its start before an instruction (`Priya \u2014 add an alert`, `Marco: roll back faster`). A category there
 * (`Monitoring:`, `Docs:`, `(PCI)`) is not a name (see `isPlainName`).
 */
function setOffOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  const opening = OPENING_LABEL.exec(source.prose);
  const candidates = [...source.prose.matchAll(BRACKETED)].map((match) => ({
    value: match[1]!,
    start: match.index + 1,
    opening: false,
  }));
  if (opening) {
    const value = opening[1] ?? opening[2]!;
    candidates.unshift({ value, start: opening.index + opening[0].indexOf(value), opening: true });
  }
  // What follows a name is an instruction: its first word reads as a verb ("roll back", "add an alert").
  const instructed = (): boolean => {
    const first = opening ? FIRST_WORD.exec(source.prose.slice(opening[0].length)) : null;
    return first !== null && readsAsVerb(first[1]!.toLowerCase());
  };
  for (const { value, start, opening: opens } of candidates) {
    const name = cleanOwnerText(value);
    const owners =
      namedOwners(value, directory, 'none') ??
      (opens && isPlainName(name, directory) && instructed() ? [name] : undefined);
    if (!owners) continue;
    const trimmed = value.trim();
    const at = source.start + start + value.indexOf(trimmed);
    return {
      owners,
      source: 'label',
      range: { start: at, end: at + trimmed.length },
      placeholder: false,
      removals: [],
    };
  }
  return undefined;
}

/** The owner of an item from its own words; `bodyStart` is where the text after a bold title starts. */
export function findOwners(source: ItemSource, directory: OwnerDirectory, bodyStart = source.start): OwnerMatch {
  return (
    markedOwners(source, directory) ??
    subjectOwners(source, source.start, directory) ??
    (bodyStart > source.start ? subjectOwners(source, bodyStart, directory) : undefined) ??
    subjectAfterLabel(source, directory, bodyStart) ??
    laterClauseOwners(source, directory) ??
    NO_OWNER
  );
}

/**
 * The subject after an opening label ("Follow-up: Priya will add ...", "AI: Jo to ask the vendor"): a label that names
 * no owner is a category or a marker, and the subject after it may be the owner. Not read again where the label ends
 * at `bodyStart`, whose subject is read already.
 */
function subjectAfterLabel(source: ItemSource, directory: OwnerDirectory, bodyStart: number): OwnerMatch | undefined {
  const opening = OPENING_LABEL.exec(source.prose);
  if (!opening) return undefined;
  const labelEnd = source.start + opening.index + opening[0].length;
  return labelEnd === bodyStart ? undefined : subjectOwners(source, labelEnd, directory);
}

/**
 * A clause after a comma or semicolon that a person's plain name opens, then `will`, `to` or a verb of taking the work
 * on (`owns`, `takes`, `leads`, `drives`, `handles`): "..., Anna will write the guideline"; or a sentence of the item
 * after its first that so takes it on: "We're adding a policy check. Sam owns this, by Oct 16." (not "Priya will
 * review the thresholds", a part of the work told of).
 */
const TAKING_ON = [...TAKING_ON_VERBS].map((verb) => `${verb}s`).join('|');
const LATER_CLAUSE = new RegExp(
  String.raw`[,;]\s+(?=\p{Lu}\p{Ll}+\s+(?:will|to|shall|${TAKING_ON})\s)` +
    String.raw`|[.!]\s+(?=\p{Lu}\p{Ll}+\s+(?:${TAKING_ON})\s)`,
  'gu',
);

/**
 * `Key format changes need a compatibility test, Anna will write the guideline`: the work, then who does it, in a
 * clause of its own. Only a person counts there, by a plain name (`isPlainName`) or as one of the document's own people
 * (an author, "Sam owns this"), not a team or a role, which may be told of.
 */
function laterClauseOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  for (const match of source.prose.matchAll(LATER_CLAUSE)) {
    const from = source.start + match.index + match[0].length;
    const found = subjectOwners(source, from, directory);
    if (found?.owners.every((owner) => isPlainName(owner, directory) || isKnownOwner(owner, directory))) return found;
  }
  return undefined;
}

interface LabelValue {
  readonly value: string;
  /** The value's characters in the document. */
  readonly range: Span;
  /** The label and its value. */
  readonly removal: Span;
}

/** The value after an owner's label at `index`, `length` long: up to a bracket, a separator or the next label. */
function labelValue(source: ItemSource, index: number, length: number): LabelValue {
  // The value may wrap onto the next line ("OWNER:" at a line's end, "blasten@" below it).
  const valueStart = index + length + LEADING_BLANKS.exec(source.visible.slice(index + length))![0].length;
  const limit = source.visible.slice(valueStart, valueStart + 160);
  const stop = VALUE_END.exec(limit);
  const rawValue = stop ? limit.slice(0, stop.index) : limit;
  const value = rawValue.trim().replace(/[\s,;:]+$/, '');
  const valueOffset = valueStart + rawValue.indexOf(value);
  const removal = { start: source.start + index, end: source.start + valueOffset + value.length };
  const range = value ? { start: source.start + valueOffset, end: removal.end } : removal;
  return { value, range, removal };
}

/**
 * "owner is Sneha", "The owner will be the payments team": the label said in a sentence, as people writing in a
 * second language often do. Only a name counts there (`namedOwners`), so "the owner is unclear" names no one.
 */
const SPOKEN_OWNER_LABEL = /(?<![\w-])owner\s+(?:is|will\s+be)\s+(?:the\s+)?/gi;

function spokenLabelOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  for (const label of source.prose.matchAll(SPOKEN_OWNER_LABEL)) {
    const { value, range, removal } = labelValue(source, label.index, label[0].length);
    const owners = namedOwners(value, directory);
    if (owners) return { owners, source: 'label', range, placeholder: false, removals: [removal] };
  }
  return undefined;
}

function labelledOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  // A label ends in `:` or `=`.
  if (!source.prose.includes(':') && !source.prose.includes('=')) return undefined;
  let placeholder: OwnerMatch | undefined;
  let labels = 0;
  for (const label of source.prose.matchAll(OWNER_LABEL)) {
    // An item names its owner once or twice; a run of labels is not worth reading to the end.
    if (++labels > MAX_LABELS) break;
    const { value, range, removal } = labelValue(source, label.index, label[0].length);
    const owners: string[] = [];
    let holdsNonOwner = value.length === 0;
    for (const part of splitOwnerList(value)) {
      if (isWholeDate(part)) continue;
      if (isPlaceholderOwner(part) || isCollectiveOwner(part)) holdsNonOwner = true;
      else if (isHandle(part) || isKnownOwner(part, directory) || part.split(' ').length <= 4) owners.push(part);
    }
    if (owners.length > 0) return { owners, source: 'label', range, placeholder: false, removals: [removal] };
    if (holdsNonOwner) placeholder ??= { owners: [], source: undefined, range, placeholder: true, removals: [removal] };
  }
  return placeholder;
}

/** A code span that holds only a handle (`` `@nova` ``): a mention written as code. */
const CODE_HANDLE = new RegExp(`\`@${HANDLE_NAME}\``, 'g');

/** The item's prose with the handles written as code put back: the text its mentions are read in. */
function mentionText(source: ItemSource): string {
  if (!source.visible.includes('`@')) return source.prose;
  let text = source.prose;
  for (const code of source.visible.matchAll(CODE_HANDLE))
    text = text.slice(0, code.index) + code[0] + text.slice(code.index + code[0].length);
  return text;
}

/** A capitalised first name as a handle (`@Mei`), as Notion and Confluence write a mention of a person. */
const NAME_HANDLE = /^@\p{Lu}\p{Ll}+$/u;
/** The surname after it, then the end of the field: `@Mei Chen — by 12/15`, `(@Ravi Kumar, done)`. */
const MENTIONED_SURNAME = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s*(?:$|[,;)\]|\u2014\u2013]|\s-\s|\s(?:due|by)\b))/u;

/**
 * The length of the surname after a mention of a person by their whole name (`@Mei Chen`), or 0: a plain name
 * (`isPlainName`) that ends the field, so "ask @Mei Please" and "@Sam Hall" (a word too) keep the first name only.
 */
function mentionedSurname(handle: string, after: string, directory: OwnerDirectory): number {
  if (!NAME_HANDLE.test(handle)) return 0;
  const surname = MENTIONED_SURNAME.exec(after);
  return surname && isPlainName(surname[1]!, directory) ? surname[0].length : 0;
}

function mentionedOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  const prose = mentionText(source);
  if (!prose.includes('@')) return undefined;
  const owners = new Set<string>();
  const spans: Span[] = [];
  let placeholder: Span | undefined;
  for (const mention of prose.matchAll(MENTION)) {
    const handle = `@${mention[1]!.replace(/\.+$/, '')}`;
    const surname = mentionedSurname(handle, prose.slice(mention.index + handle.length), directory);
    const end = mention.index + handle.length + surname;
    if (/^['\u2019]s\b/.test(prose.slice(end, end + 3))) continue;
    const before = prose.slice(Math.max(0, mention.index - 30), mention.index);
    if (OBJECT_BEFORE.test(before) && !ASSIGNED_BEFORE.test(before)) continue;
    const span = { start: source.start + mention.index, end: source.start + end };
    if (isPlaceholderOwner(handle)) {
      placeholder ??= span;
      continue;
    }
    owners.add(surname > 0 ? prose.slice(mention.index + 1, end) : handle);
    spans.push(span);
  }
  if (owners.size > 0)
    return {
      owners: [...owners],
      source: 'mention',
      range: spans[0],
      placeholder: false,
      removals: trailingRun(source, spans),
    };
  if (placeholder) return { owners: [], source: undefined, range: placeholder, placeholder: true, removals: [] };
  return undefined;
}

/** Mentions at the very end of the item ("... — @carol, @dave"), with their separator, for removal from the text. */
function trailingRun(source: ItemSource, spans: readonly Span[]): Span[] {
  let tail = source.start + source.prose.trimEnd().length;
  let runStart: number | undefined;
  for (let i = spans.length - 1; i >= 0; i--) {
    const gap = source.prose.slice(spans[i]!.end - source.start, tail - source.start);
    if (!/^[\s,;&()\u2014\u2013-]*(?:and\s*)?$/.test(gap)) break;
    runStart = spans[i]!.start;
    tail = runStart;
  }
  if (runStart === undefined) return [];
  let start = runStart - source.start;
  while (start > 0 && /\s/.test(source.prose[start - 1]!)) start--;
  // Only a run set off by a dash, bracket or comma is markup; "done by @lee" keeps its words.
  if (start > 0 && !/[(\u2014\u2013,;:-]/.test(source.prose[start - 1]!)) return [];
  while (start > 0 && /[\s(\u2014\u2013,;:-]/.test(source.prose[start - 1]!)) start--;
  const end = source.prose.trimEnd().length;
  // "(cheaper storage, @bob)": the bracket the run closes, but did not open, stays.
  const run = source.prose.slice(start, end);
  const unopened = run.split(')').length > run.split('(').length ? run.indexOf(')') : -1;
  return [{ start: source.start + start, end: source.start + (unopened >= 0 ? start + unopened : end) }];
}

/**
 * What sets off an item's last fields: a spaced dash, slash, bar or arrow (`— Carol`, `/ Ana /`, `→ Ana`), or `owned
 * by` (`, owned by Ana`).
 */
const TRAILING_SEPARATOR = /\s(?:\u2014|\u2013|--|-|\/|\||\u2192|->|=>)\s|,?\s(?:owned|driven|led)\s+by\s/g;
/** How many of an item's last fields are read for its owner: the name may stand before a priority or a period. */
const OWNER_FIELDS = 2;
/** A last field of priority or of when: `P1`, `high`, `next sprint`, `Q3 2027`, `(ASAP)`. */
const SCHEDULE_FIELD = new RegExp(
  String.raw`^\s*[[(]?(?:p[0-4]|sev\s*[0-4]|(?:${alternation([SHOUTED_LEVELS, LABELLED_LEVELS])})` +
    String.raw`(?:[\s-]+priority)?|(?:${alternation([SCHEDULE_FIELDS, PERIOD_FIELDS])})(?:\s+\d{4})?)[\])]?[\s.;]*$`,
  'i',
);

/**
 * "Add the alert — Carol Smith", "Add a canary — Sam — next sprint", "Fix the retry — Mark - P1": a name set off at
 * the end of the item. In the last field a name's shape is enough (`namedOwners`); before one more field that is no
 * date or status, it must be a plain name, a handle, a known owner or a team.
 */
function trailingOwners(source: ItemSource, directory: OwnerDirectory): OwnerMatch | undefined {
  if (!/[-\u2013\u2014/|\u2192>]|\sby\s/.test(source.prose)) return undefined;
  // A parenthesised remark after the name ("— Carol Smith (done)") is not part of it.
  const end = source.prose.trimEnd().replace(/\s*\([^()\n]{0,40}\)$/, '').length;
  const windowStart = Math.max(0, end - 80);
  // "— Marco, Nov 15", "— JK — Fri", "- Rahul - done": a due date or a status after the name is read as such.
  const fields = source.prose.slice(windowStart, end);
  const fieldsEnd = trailingStatusStart(fields) ?? fields.length;
  const date = trailingDue(fields, undefined);
  const nameEnd = windowStart + (date ? date.start : fieldsEnd);
  const separators = [...source.prose.slice(windowStart, nameEnd).matchAll(TRAILING_SEPARATOR)];
  for (let field = separators.length - 1; field >= Math.max(0, separators.length - OWNER_FIELDS); field--) {
    const separator = separators[field]!;
    const last = field === separators.length - 1;
    const nameStart = windowStart + separator.index + separator[0].length;
    const fieldEnd = last ? nameEnd : windowStart + separators[field + 1]!.index;
    const name = source.prose.slice(nameStart, fieldEnd);
    const shaped = last || SCHEDULE_FIELD.test(source.prose.slice(fieldEnd, nameEnd).replace(TRAILING_SEPARATOR, ''));
    const owners = shaped
      ? (namedOwners(name, directory) ?? initialsOwners(name, directory))
      : namedOwners(name, directory, 'plain');
    if (!owners) continue;
    const range = { start: source.start + nameStart, end: source.start + (last ? end : fieldEnd) };
    return {
      owners,
      source: 'label',
      range,
      placeholder: false,
      removals: [{ start: source.start + windowStart + separator.index, end: range.end }],
    };
  }
  return undefined;
}

/** How far into an item its subject may reach: an opener and a subject of a dozen words. */
const SUBJECT_REACH = 200;

/**
 * The first word of the committing words `leadingClause` reads (see `language/commitment.ts`), in any form: `will`,
 * `to`, `is` (going to, working on, responsible for), `needs` or `agreed` (to), `owns`, `is driving`.
 */
const COMMITTING_START = [
  ...COMMITTING_MODALS,
  'to',
  ...BE_FORMS,
  ...PERFECT_AUXILIARIES,
  // A verb's stem before its endings: `agre` for agrees, agreed; `driv` for drives, driving.
  ...[...TO_VERBS, ...TAKING_ON_VERBS].map((verb) => `${verb.replace(/e$/, '')}\\p{Ll}*`),
].join('|');

/** A capitalised word, or two, as the subject of work to come: `Priya will`, `Oluwaseun Adeyemi to`, `Sam owns`. */
const CAPITALISED_SUBJECT = new RegExp(
  String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:${COMMITTING_START})(?![\p{L}])`,
  'gu',
);

/**
 * Whether the first words of a text hold a person's plain name as the subject of work to come ("Going forward, Priya
 * will ...", "Priya to add ..."); any other capitalised word is left to the cheaper tests, not read as a subject.
 */
function holdsPlainName(text: string, directory: OwnerDirectory): boolean {
  for (const match of text.slice(0, 60).matchAll(CAPITALISED_SUBJECT))
    if (match[1]!.split(/\s+/).some((word) => isPlainName(word, directory))) return true;
  return false;
}

/** "The SRE team will add ...", "Platform team to migrate ...", "@alice will ..."; not "Remind engineers to test". */
function subjectOwners(source: ItemSource, itemStart: number, directory: OwnerDirectory): OwnerMatch | undefined {
  // `I promise I will add ...`, `I want to assure you that I will be building ...`: the work follows the promise.
  const assured = ASSURANCE.exec(
    source.prose.slice(itemStart - source.start, itemStart - source.start + SUBJECT_REACH),
  );
  const from = itemStart + (assured?.[0].length ?? 0);
  const relative = from - source.start;
  const head = source.prose.slice(relative, relative + SUBJECT_REACH);
  // `I will build better monitoring`: the writer takes the work on, and owns it.
  const writer = WRITER_SUBJECT.test(head);
  if (!writer && !mayNameOwner(head, directory) && !holdsPlainName(head, directory)) return undefined;
  const clause = itemClause(source.prose.slice(relative));
  if (!clause || clause.passive || clause.imperative) return undefined;
  const subject = cleanOwnerText(source.prose.slice(relative + clause.subjectStart, relative + clause.subjectEnd));
  if (writer && subject === 'I') return ownedBySubject(['I'], from, clause);
  if (isCollectiveOwner(subject)) return undefined;
  const parts = splitOwnerList(subject);
  // A capitalised word at the start of a sentence may be any noun ("Migration to ..."), so a
  // person's plain name counts as a subject only when no English word, label or system could be meant.
  if (
    parts.length === 0 ||
    !parts.every(
      (part) =>
        isHandle(part) ||
        isKnownOwner(part, directory) ||
        isTeamName(part, directory) ||
        isDocumentTeam(part, directory) ||
        isPlainName(part, directory),
    )
  )
    return undefined;
  return ownedBySubject(
    parts.map((part) => part.replace(/^the\s+/i, '')),
    from,
    clause,
  );
}

/** A promise before the work promised, by the writers: `I promise`, `We can assure you that`. */
const ASSURANCE = new RegExp(
  String.raw`^\s*(?:I|we)\s+(?:can\s+|want\s+to\s+(?:not\s+only\s+)?|would\s+like\s+to\s+)?` +
    String.raw`(?:promise|assure\s+(?:you|everyone|our\s+\w+)|guarantee|commit\s+to\s+you)(?:\s+that)?\s+(?=\S)`,
  'i',
);

/** `I will`, `I'll`: the writer as an item's subject. */
const WRITER_SUBJECT = /^\s*I\b(?!\.)/;

function ownedBySubject(
  owners: readonly string[],
  from: number,
  clause: { subjectStart: number; subjectEnd: number },
): OwnerMatch {
  return {
    owners,
    source: 'subject',
    range: { start: from + clause.subjectStart, end: from + clause.subjectEnd },
    placeholder: false,
    removals: [],
  };
}
