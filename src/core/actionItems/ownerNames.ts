// Tells who a short text names: a handle, a person, a team; or nobody (a placeholder, "we", a label).
import type { ActionItem } from '../model/types';
import type { PostmortemConfig } from '../vocabulary/terms';
import { isEnglishWord, readWords } from '../language/english';
import { hasNameShape, NAME_LIST_SEPARATORS } from '../language/names';
import { isRoleWord, SYSTEM_NAMES, TEAM_WORDS } from '../language/people';
import { NOT_NAMES } from '../language/vocabulary/grammar';
import { organisationWords, teamNames } from './organisations';
import {
  COLLECTIVE_OWNERS,
  GENERIC_QUALIFIERS,
  LABEL_WORDS,
  MONTH_AND_DAY_NAMES,
  PLACEHOLDER_OWNERS,
  PREPOSITIONS,
  ROLE_NOUNS,
  TEAM_NOUNS,
} from './vocabulary';

/** What extraction knows about owners: the configured ones and the document's organisation names. */
export interface OwnerDirectory {
  /** Lower-cased configured owners and aliases, with and without `@`, to the canonical owner. */
  readonly known: ReadonlyMap<string, string>;
  /** Lower-cased names the document uses for the whole organisation (`chia` in "Chia Network"). */
  readonly organisations: ReadonlySet<string>;
  /** Lower-cased names the document gives its teams (`cloud platform` in "The Cloud Platform team"). */
  readonly teams: ReadonlySet<string>;
  /** The document's own people (its authors), lower-cased, by whole name and each of their names. */
  readonly people: ReadonlySet<string>;
  /**
   * Words the document writes as no person's name is written, lower-cased: in lower case (`tooling`, not in a handle
   * or a path), or after an article, a possessive or a preposition no person follows (`the Cabotage app`, `in Okta`).
   */
  readonly unnamelike: ReadonlySet<string>;
  /** The document's text, for the readings of it made on first use (the initials of its people: `initials.ts`). */
  readonly text: string;
}

/**
 * A handle's name after its `@`: GitHub's (`nova`, `org/team`) and the dotted ones of Slack, GitLab and Jira
 * (`tom.becker`); a dot ends it unless a letter or digit follows (`@tom.` ends a sentence).
 */
export const HANDLE_NAME = String.raw`[A-Za-z0-9][A-Za-z0-9_-]{0,38}(?:\.[A-Za-z0-9_-]{1,38}){0,3}`;
const HANDLE = new RegExp(String.raw`^@${HANDLE_NAME}(?:\/[A-Za-z0-9_.-]{1,60})?$`);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}s?$/;

/** Front-matter keys whose values are the document's own people: its authors and its owner. */
const PEOPLE_KEYS = ['authors', 'author', 'owner'];

/** The people a front matter names (`author: Kris Nóva`, `authors: [a, b]`, `owner: "@lee"`), as written. */
export function frontMatterPeople(frontMatter: Readonly<Record<string, unknown>> | undefined): string[] {
  const names: string[] = [];
  for (const key of PEOPLE_KEYS) {
    const value = frontMatter?.[key];
    if (typeof value === 'string') names.push(...value.split(',').map((name) => name.trim()));
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') names.push(item.trim());
  }
  return names;
}

/**
 * The people who sign items with a label, a column or a trailing name whom the plain test misses: names that are also
 * English words (`Owner: Grace`, `— Mark`). The document's own people, so that "Mark to add the dashboard" elsewhere
 * is Mark's.
 */
export function signingPeople(items: readonly ActionItem[], directory: OwnerDirectory): string[] {
  const found = new Set<string>();
  for (const item of items) {
    if (item.ownerSource !== 'label' && item.ownerSource !== 'column') continue;
    for (const owner of item.owners)
      if (isPersonName(owner) && !isKnownOwner(owner, directory) && !isPlainName(owner, directory)) found.add(owner);
  }
  return [...found];
}

/** Each word of `name` with a capital first letter: `sam lee` -> `Sam Lee`. */
function capitalised(name: string): string {
  return name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** `Kris Nóva ([@krisnova](https://...))`: the name without a parenthesised remark or a link. */
const REMARK = /\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]\([^)]*\)/g;

/**
 * The configured owners, and the document's own people (`people`, the authors its front matter names) by their
 * whole names and each of their names: "Nóva to send the list" names the author Kris Nóva. An author is an owner as
 * written, never the canonical name of a configured owner or a handle. `actors` are the names the document's tables
 * give as the ones who acted (see `tableActors`): owners as written too, acronyms and words included (`ICL`, `Hypha`).
 */
export function ownerDirectory(
  config: PostmortemConfig,
  text: string,
  people: readonly string[] = [],
  actors: readonly string[] = [],
): OwnerDirectory {
  const known = new Map<string, string>();
  const add = (name: string, canonical: string): void => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    known.set(key, canonical);
    known.set(key.startsWith('@') ? key.slice(1) : `@${key}`, canonical);
  };
  const names = new Set<string>();
  for (const person of people) {
    const name = person.replace(REMARK, ' ').replace(/\s+/g, ' ').trim();
    // `authors: [sam]`: front matter often gives its people as lower-case user names, a name all the same.
    if (!isPersonName(capitalised(name))) continue;
    names.add(name.toLowerCase());
    // A short name counts (`Jo`, `Li`, `张伟`), an initial (`J.`) or a particle (`de`, `van`) does not.
    for (const part of words(name))
      if (part.length >= 3 || (hasNameShape(part) && !part.endsWith('.'))) names.add(part.toLowerCase());
  }
  for (const owner of config.owners) if (typeof owner === 'string') add(owner, owner);
  // A label or a system in an actor column (`Alert`, `Kubernetes`) acted, but owns no work.
  for (const actor of actors) {
    const lower = actor.toLowerCase();
    if (!LABEL_WORDS.has(lower) && !SYSTEM_NAMES.has(lower) && !known.has(lower)) add(actor, actor);
  }
  for (const [alias, canonical] of Object.entries(config.ownerAliases)) {
    if (typeof canonical !== 'string') continue;
    add(canonical, canonical);
    add(alias, canonical);
  }
  let organisations: ReadonlySet<string> | undefined;
  let teams: ReadonlySet<string> | undefined;
  let unnamelike: ReadonlySet<string> | undefined;
  return {
    known,
    people: names,
    text,
    get unnamelike() {
      unnamelike ??= unnamelikeWords(text);
      return unnamelike;
    },
    // Searched for in the whole text only when a team name needs them.
    get organisations() {
      organisations ??= organisationNames(text);
      return organisations;
    },
    get teams() {
      teams ??= documentTeams(text);
      return teams;
    },
  };
}

/** A word in lower case, not part of a handle, an address or a path: `tooling`, not `@priya` nor `/priya`. */
const LOWER_CASE_WORD = /(?<![@/\\\p{L}\p{N}_.-])\p{Ll}[\p{Ll}'\u2019-]*(?![\p{L}\p{N}_@/])/gu;
/**
 * A capitalised word after an article, a possessive or a preposition no person follows, not itself a possessive: a
 * thing's name (`the Cabotage app`, `errors in Okta`, `sent via Mailgun`), not `on Priya's laptop`.
 */
const AFTER_ARTICLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Yy]our|[Ii]n|[Ii]nto|[Oo]n|[Oo]nto|[Vv]ia` +
    String.raw`|[Ii]nside|[Ww]ithin)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'\u2019])`,
  'gu',
);

function unnamelikeWords(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(LOWER_CASE_WORD)) found.add(match[0]);
  for (const match of text.matchAll(AFTER_ARTICLE)) found.add(match[1]!.toLowerCase());
  return found;
}

/** The document's team names without the words that only point at them: `the`, `our`, `whole`. */
function documentTeams(text: string): ReadonlySet<string> {
  const teams = new Set<string>();
  for (const name of teamNames(text)) {
    const words = name.split(/\s+/);
    while (words.length > 0 && GENERIC_QUALIFIERS.has(words[0]!)) words.shift();
    if (words.length > 0 && !words.every((word) => LABEL_WORDS.has(word))) teams.add(words.join(' '));
  }
  return teams;
}

function organisationNames(text: string): ReadonlySet<string> {
  const organisations = new Set<string>();
  for (const name of organisationWords(text)) {
    const word = name.toLowerCase();
    if (!GENERIC_QUALIFIERS.has(word) && !['open', 'source', 'pilot', 'side', 'this'].includes(word))
      organisations.add(word);
  }
  return organisations;
}

/** Text with none of these characters is clean already. */
const UNCLEAN = /[\s*_`"\u201c\u201d([{<)\]}>.,;:!]/;

/** Strips emphasis, quotes, brackets and trailing punctuation, and collapses blanks. */
export function cleanOwnerText(raw: string): string {
  if (!UNCLEAN.test(raw)) return raw;
  return raw
    .replace(/[*_`"\u201c\u201d]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[([{<]+|[)\]}>]+$/g, '')
    .replace(/[\s.,;:!]+$/, '')
    .trim();
}

export function isPlaceholderOwner(value: string): boolean {
  return PLACEHOLDER_OWNERS.has(cleanOwnerText(value).toLowerCase());
}

/** Fewer words than this in an owner field are a name, however they are tagged (`Will Smith`, `Mark`). */
const REMARK_WORDS = 3;

/**
 * An owner field that says something instead of naming someone: a clause with a verb and lower-case words in it
 * ("Added along with the PR fix", "Will be assigned after triage"). Not a name with particles (`Jan van der Berg`).
 */
export function isOwnerRemark(value: string): boolean {
  // Most owner fields are a name or two: the model is asked only about longer ones.
  if (value.trim().split(/\s+/).length < REMARK_WORDS) return false;
  const tokens = readWords(value).filter((token) => /\p{L}/u.test(token.text));
  if (tokens.length < REMARK_WORDS) return false;
  const lowerCase = tokens.filter((token) => /^\p{Ll}/u.test(token.text)).length;
  return lowerCase >= 2 && tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

export function isCollectiveOwner(value: string): boolean {
  const lower = cleanOwnerText(value).toLowerCase();
  return COLLECTIVE_OWNERS.has(lower) || POINTING_BACK.test(lower);
}

/** `These two teams`, `those people`, `both groups`: a phrase that points back to people named before, no name. */
const POINTING_BACK = /^(?:these|those|both)\b/;

export function isHandle(value: string): boolean {
  return HANDLE.test(value);
}

/** Splits `@a, @b and Carol` into its names. */
export function splitOwnerList(value: string): string[] {
  if (isPlaceholderOwner(value)) return [cleanOwnerText(value)];
  return value
    .split(NAME_LIST_SEPARATORS)
    .map(cleanOwnerText)
    .filter((part) => part.length > 0);
}

function words(value: string): string[] {
  return value.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * `Team Identity`, `the Identity team`, `error tracking team`, `Chia operations engineers`; not
 * `the whole team`, nor the organisation itself (`the Chia team` in a Chia Network document).
 */
export function isTeamName(value: string, directory: OwnerDirectory): boolean {
  const tokens = words(value.replace(/^the\s+/i, ''));
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/^team$/i.test(tokens[0]!))
    return tokens.slice(1).every((token) => /^[A-Z0-9@]/.test(token)) && !LABEL_WORDS.has(tokens[1]!.toLowerCase());
  const noun = tokens[tokens.length - 1]!.toLowerCase();
  const qualifiers = tokens.slice(0, -1);
  if (!qualifiers.every((token) => /^[\w&'.-]+$/.test(token))) return false;
  // A preposition joins a phrase, not a name: "Work with USDR ops team" is work done with a team.
  if (qualifiers.some((token) => PREPOSITIONS.has(token.toLowerCase()))) return false;
  const lower = qualifiers.map((token) => token.toLowerCase());
  if (lower.every((token) => GENERIC_QUALIFIERS.has(token))) return false;
  // A role needs a proper name to become a group: "Chia operations engineers", not "on-call engineers".
  const group =
    TEAM_NOUNS.has(noun) ||
    (ROLE_NOUNS.has(noun) &&
      qualifiers.some(
        (token, i) =>
          ACRONYM.test(token) || (hasNameShape(token) && !(i === 0 && GENERIC_QUALIFIERS.has(token.toLowerCase()))),
      ));
  return group && !lower.every((token) => GENERIC_QUALIFIERS.has(token) || directory.organisations.has(token));
}

/**
 * One to three words shaped like names that are not common label, month or day words: `Alice`, `Bob Smith`, `Zoë
 * Łukasik`, `张伟`.
 */
function isPersonName(value: string): boolean {
  const tokens = words(value);
  if (tokens.length < 1 || tokens.length > 3) return false;
  return tokens.every(
    (token) =>
      hasNameShape(token) && !LABEL_WORDS.has(token.toLowerCase()) && !MONTH_AND_DAY_NAMES.has(token.toLowerCase()),
  );
}

/**
 * A person's plain name, where the words around it say a person is meant ("Priya to add ...", "Marco: roll back
 * ..."): one or two name-shaped words (`Priya`, `Oluwaseun Adeyemi`, `Zoë`), none an English word the language
 * layer's lexicon holds, in the singular or the plural (`Monitoring`, `Security`, `Grace`), a label, system, role
 * or team word (`Docs`, `Backend`, `Kubernetes`), a month or a day, nor a word the document writes as no name is
 * written (`tooling` in lower case, `the Cabotage app`). A name that is also a word (`Mark`, `Will`) is missed,
 * never a category taken for a person.
 */
export function isPlainName(value: string, directory: OwnerDirectory): boolean {
  const tokens = words(value);
  if (tokens.length < 1 || tokens.length > 2) return false;
  return tokens.every((token) => {
    const lower = token.toLowerCase();
    return (
      hasNameShape(token) &&
      !LABEL_WORDS.has(lower) &&
      !MONTH_AND_DAY_NAMES.has(lower) &&
      !SYSTEM_NAMES.has(lower) &&
      !NOT_NAMES.has(lower) &&
      !TEAM_WORDS.has(lower) &&
      !isRoleWord(lower) &&
      !isEnglishWord(lower) &&
      !(lower.endsWith('s') && isEnglishWord(lower.slice(0, -1))) &&
      !directory.unnamelike.has(lower)
    );
  });
}

/** The canonical spelling of an owner: its configured alias target, or the owner as written. */
export function canonicalOwner(name: string, directory: OwnerDirectory): string {
  return directory.known.get(name.toLowerCase()) ?? name;
}

/**
 * Whether text may name an owner as its subject: it holds a handle, a team or role noun, a known
 * owner's name, the organisation's or a team's the document names. Text without any is not read word by word for one.
 */
export function mayNameOwner(text: string, directory: OwnerDirectory): boolean {
  if (text.includes('@')) return true;
  const lower = text.toLowerCase();
  for (const word of lower.split(/[^\p{L}\p{N}'-]+/u)) {
    if (
      TEAM_NOUNS.has(word) ||
      ROLE_NOUNS.has(word) ||
      directory.known.has(word) ||
      directory.people.has(word) ||
      directory.organisations.has(word)
    )
      return true;
  }
  for (const name of [...directory.known.keys(), ...directory.people])
    if (name.includes(' ') && lower.includes(name)) return true;
  for (const name of directory.teams) if (lower.includes(name)) return true;
  return false;
}

export function isKnownOwner(name: string, directory: OwnerDirectory): boolean {
  const lower = name.toLowerCase();
  return directory.known.has(lower) || directory.people.has(lower);
}

/** Whether the document names a team so: "Cloud Platform" after "The Cloud Platform team ...". */
export function isDocumentTeam(name: string, directory: OwnerDirectory): boolean {
  return directory.teams.has(name.replace(/^the\s+/i, '').toLowerCase());
}

/**
 * How a short text may name a person: `shaped`, by capitals alone (`Alice`, `Bob Smith`); `plain`, by capitals and a
 * word no English word, label or system could be (`Priya`, `Bob Jones`; not `Options`, `Critical Data`); `none`, not at
 * all (handles, known owners and teams only).
 */
type PersonNames = 'shaped' | 'plain' | 'none';

/** The owners a short text names when every part of it is a handle, a person or a team; else undefined. */
export function namedOwners(
  value: string,
  directory: OwnerDirectory,
  people: PersonNames = 'shaped',
): string[] | undefined {
  const cleaned = cleanOwnerText(value);
  if (!cleaned || isPlaceholderOwner(cleaned) || isCollectiveOwner(cleaned)) return undefined;
  if (isKnownOwner(cleaned, directory)) return [cleaned];
  const parts = splitOwnerList(cleaned);
  if (parts.length === 0) return undefined;
  const isPerson = (part: string): boolean =>
    people === 'shaped'
      ? isPersonName(part)
      : people === 'plain' && isPersonName(part) && words(part).some((word) => isPlainName(word, directory));
  const named = parts.every(
    (part) => isHandle(part) || isKnownOwner(part, directory) || isTeamName(part, directory) || isPerson(part),
  );
  return named ? parts : undefined;
}
