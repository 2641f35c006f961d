// Who is a person, from evidence: a role or a pronoun only people are, the document's and the team's
// own people, a handle, or a proper noun that is no known system. No list of first names: a name
// never seen before is a person all the same.
import { wordsOf } from './vocabulary/entry';
import {
  DETERMINERS,
  NEGATIONS,
  NOT_NAMES,
  PERFECT_AUXILIARIES,
  POSSESSIVE_DETERMINERS,
  SUBORDINATORS,
  SUPPOSING,
} from './vocabulary/grammar';
import {
  ADDRESSED_PRONOUNS,
  HONORIFICS,
  AMBIGUOUS_PRONOUNS,
  AMBIGUOUS_ROLES,
  BODIES,
  PROGRAM_COMPOUNDS,
  CONTROL_POSTS,
  CONTROL_SETTINGS,
  CONTROLLER_ROLES,
  DISPATCH_POSTS,
  DISPATCH_SETTINGS,
  DISPATCHER_ROLES,
  LOOKOUT_POSTS,
  LOOKOUT_ROLES,
  DOMAIN_MODIFIERS,
  SHIFT_MODIFIERS,
  DRIVER_ROLES,
  DRIVING_POSTS,
  DRIVING_SETTINGS,
  GROUPS,
  HUMAN_ROLES,
  MASTER_ROLES,
  OWNED_TEAMS,
  PERSON_ADJECTIVES,
  PERSON_PRONOUNS,
  PROGRAM_ROLES,
  SHIP_POSTS,
  SHIP_SETTINGS,
  TEAMS,
} from './vocabulary/people';
import { PERSON_NOUNS } from './vocabulary/personNouns';
import { SERVICE_PARTS, SYSTEMS } from './vocabulary/systems';
import { isPastVerb, isWord, isWordIn, type KnownNames, type Token } from './tokens';

export const HUMAN_ROLE_WORDS = wordsOf(HUMAN_ROLES);
const AMBIGUOUS_ROLE_WORDS = wordsOf(AMBIGUOUS_ROLES);
const PERSON_PRONOUN_WORDS = wordsOf(PERSON_PRONOUNS);
const AMBIGUOUS_PRONOUN_WORDS = wordsOf(AMBIGUOUS_PRONOUNS);
const ADDRESSED_PRONOUN_WORDS = wordsOf(ADDRESSED_PRONOUNS);
const HONORIFIC_WORDS = wordsOf(HONORIFICS);
const BODY_WORDS = wordsOf(BODIES);
/** Teams, and bodies of people (`management`) where they name no part of a system. */
export const TEAM_WORDS = new Set([...wordsOf(TEAMS), ...BODY_WORDS]);
export const GROUP_WORDS = new Set([...wordsOf(GROUPS), ...TEAM_WORDS]);
const OWNED_TEAM_WORDS = wordsOf(OWNED_TEAMS);
const PERSON_ADJECTIVE_WORDS = wordsOf(PERSON_ADJECTIVES);
const DOMAIN_MODIFIER_WORDS = wordsOf(DOMAIN_MODIFIERS);
const SHIFT_MODIFIER_WORDS = wordsOf(SHIFT_MODIFIERS);
export const SYSTEM_NAMES = wordsOf(SYSTEMS);
const SERVICE_PART_WORDS = wordsOf(SERVICE_PARTS);
const PROGRAM_ROLE_WORDS = wordsOf(PROGRAM_ROLES);
/** `password manager`, `package manager`: a person's word that names a program after its noun. */
const PROGRAM_COMPOUND_WORDS = wordsOf(PROGRAM_COMPOUNDS);
/** The words before a role a program plays too that make it a person's, and the words of its setting that do. */
interface RoleContext {
  readonly posts: ReadonlySet<string>;
  readonly settings: ReadonlySet<string>;
}
const CONTROLLING: RoleContext = { posts: wordsOf(CONTROL_POSTS), settings: wordsOf(CONTROL_SETTINGS) };
const DRIVING: RoleContext = { posts: wordsOf(DRIVING_POSTS), settings: wordsOf(DRIVING_SETTINGS) };
const COMMANDING: RoleContext = { posts: wordsOf(SHIP_POSTS), settings: wordsOf(SHIP_SETTINGS) };
const DISPATCHING: RoleContext = { posts: wordsOf(DISPATCH_POSTS), settings: wordsOf(DISPATCH_SETTINGS) };
/** A lookout watches trains, roads and ships: the settings of drivers and masters but the word itself. */
const LOOKOUT_WORDS = wordsOf(LOOKOUT_ROLES);
const LOOKING_OUT: RoleContext = {
  posts: wordsOf(LOOKOUT_POSTS),
  settings: new Set(
    [...wordsOf(DRIVING_SETTINGS), ...wordsOf(SHIP_SETTINGS)].filter((word) => !LOOKOUT_WORDS.has(word)),
  ),
};
const ROLE_CONTEXTS: ReadonlyMap<string, RoleContext> = new Map([
  ...[...wordsOf(CONTROLLER_ROLES)].map((role) => [role, CONTROLLING] as const),
  ...[...wordsOf(DRIVER_ROLES)].map((role) => [role, DRIVING] as const),
  ...[...wordsOf(MASTER_ROLES)].map((role) => [role, COMMANDING] as const),
  ...[...wordsOf(DISPATCHER_ROLES)].map((role) => [role, DISPATCHING] as const),
  ...[...LOOKOUT_WORDS].map((role) => [role, LOOKING_OUT] as const),
]);
const CONTEXT_ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_CONTEXTS.keys());
const PERSON_NOUN_WORDS = new Set(
  PERSON_NOUNS.trim()
    .split(/\s+/)
    .filter((noun) => !PROGRAM_ROLE_WORDS.has(noun) && !AMBIGUOUS_ROLE_WORDS.has(noun) && !SYSTEM_NAMES.has(noun)),
);

/**
 * Every word `hasSingularIn` accepts, made on first use: one look-up for a word, where finding its singulars
 * makes new strings for every word in `s`.
 */
let personNounPluralWords: ReadonlySet<string> | undefined;

/** Whether a plural is one of a person noun's, by the singulars it may have: `officers`, `witnesses`, `deputies`. */
function isPersonNounPlural(lower: string): boolean {
  return personNounPlurals().has(lower);
}

function personNounPlurals(): ReadonlySet<string> {
  personNounPluralWords ??= pluralsOf(PERSON_NOUN_WORDS);
  return personNounPluralWords;
}

/** The plurals of the human roles that are not listed with them (see `humanRolePlurals`). */
let humanRolePluralWords: ReadonlySet<string> | undefined;

/**
 * `the nurses`, `two clerks`, `the skippers`: a role listed in the singular only, because WordNet knows it as a verb
 * too, is a person in the plural all the same.
 */
function humanRolePlurals(): ReadonlySet<string> {
  humanRolePluralWords ??= pluralsOf(HUMAN_ROLE_WORDS);
  return humanRolePluralWords;
}

/** The plurals of `nouns`: `outages`, `breaches`, `engineers`, `policemen`. */
export function pluralsOf(nouns: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...nouns].flatMap(pluralsToTry).filter((plural) => hasSingularIn(plural, nouns)));
}

/** The words whose singular `hasSingularIn` may find to be `noun`. */
function pluralsToTry(noun: string): string[] {
  const plurals = [`${noun}s`, `${noun}es`];
  if (noun.endsWith('y')) plurals.push(`${noun.slice(0, -1)}ies`);
  if (noun.endsWith('man')) plurals.push(`${noun.slice(0, -3)}men`);
  return plurals;
}

function hasSingularIn(lower: string, nouns: ReadonlySet<string>): boolean {
  if (lower.endsWith('ies')) return nouns.has(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('men')) return nouns.has(`${lower.slice(0, -3)}man`);
  if (lower.endsWith('es')) return nouns.has(lower.slice(0, -1)) || nouns.has(lower.slice(0, -2));
  return lower.endsWith('s') && nouns.has(lower.slice(0, -1));
}

/** A team's word at `index`: `the crew`, `staff`, or a party's `people` (`our people`, `the vendor's people`). */
export function isTeamAt(tokens: readonly Token[], index: number): boolean {
  const lower = withoutPossessive(tokens[index]?.lower ?? '');
  if (TEAM_WORDS.has(lower)) return true;
  const before = tokens[index - 1];
  return (
    OWNED_TEAM_WORDS.has(lower) &&
    before !== undefined &&
    (isWordIn(before, POSSESSIVE_DETERMINERS) || isPossessive(before))
  );
}

/** A pronoun, whoever it stands for: `she`, `they`, `you`. */
export function isPronoun(lower: string): boolean {
  return PERSON_PRONOUN_WORDS.has(lower) || AMBIGUOUS_PRONOUN_WORDS.has(lower) || ADDRESSED_PRONOUN_WORDS.has(lower);
}

/** A noun that names only people (WordNet's, see personNouns.ts), singular or plural: `officer`, `staffers`. */
function isPersonNoun(lower: string): boolean {
  if (PROGRAM_ROLE_WORDS.has(lower)) return false;
  return PERSON_NOUN_WORDS.has(lower) || isPersonNounPlural(lower);
}

/**
 * `person`: a role, a pronoun, a handle or one of the document's or team's people; `possible-person`: `they`, or a
 * capitalised word that may be a name or a product; `group`: the team, nobody in particular.
 */
export type DoerKind = 'person' | 'possible-person' | 'group' | 'thing' | 'none';

/** Pronouns and possessives that stand for a person, for `mayNamePerson`, beside the pronouns of `isPronoun`. */
const PERSONAL_WORDS = new Set([
  'i',
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'their',
  'my',
  'me',
  'who',
  'someone',
  'somebody',
  'you',
  'your',
]);
const WORD = /[@\p{L}](?:[\p{L}\p{N}]|['\u2019_.-](?=[\p{L}\p{N}]))*/gu;

/** How a word may name a person whatever the document names: always, if not a known system, or only if a person. */
type PersonHint = 'person' | 'name-shaped' | 'unless-known';

/** Each word's hint, kept: prose repeats its words. At most this many are kept; then they are forgotten. */
const hints = new Map<string, { readonly lower: string; readonly hint: PersonHint }>();
const KEPT_HINTS = 50_000;

/** Forgets the words' hints, so that a benchmark reads text as never seen (see `forgetReadings`). */
export function forgetPersonHints(): void {
  hints.clear();
}

/** An apostrophe, before which the model may read a word of its own: `I've`, `she'd`, `they're`. */
const APOSTROPHE = /['\u2019]/;

/** The words `isPersonWord` reads as a person whatever their case: personal words, pronouns, roles, teams. */
let personWords: ReadonlySet<string> | undefined;

function isPersonWord(word: string, lower: string): boolean {
  personWords ??= new Set([
    ...PERSONAL_WORDS,
    ...PERSON_PRONOUN_WORDS,
    ...AMBIGUOUS_PRONOUN_WORDS,
    ...ADDRESSED_PRONOUN_WORDS,
    ...roleWords(),
    ...TEAM_WORDS,
  ]);
  return word.startsWith('@') || personWords.has(lower);
}

function hintOf(word: string): { readonly lower: string; readonly hint: PersonHint } {
  let found = hints.get(word);
  if (!found) {
    const lower = withoutPossessive(word.toLowerCase());
    const apostrophe = APOSTROPHE.exec(lower);
    const hint =
      isPersonWord(word, lower) || (apostrophe !== null && isPersonWord(word, lower.slice(0, apostrophe.index)))
        ? 'person'
        : hasNameShape(word) && !NOT_NAMES.has(lower) && !SYSTEM_NAMES.has(lower)
          ? 'name-shaped'
          : 'unless-known';
    if (hints.size >= KEPT_HINTS) hints.clear();
    found = { lower, hint };
    hints.set(word, found);
  }
  return found;
}

/**
 * Whether text may name a person, without reading it word by word: a handle, a pronoun, a role, one
 * of the document's people, the one `on call`, or a capitalised word that is neither a function word
 * nor a known system: each word `classifyWord` may read as a person. Text that names none holds no
 * person who erred.
 */
export function mayNamePerson(text: string, names: KnownNames): boolean {
  WORD.lastIndex = 0;
  let before = '';
  let possessed = false;
  let role: RoleContext | undefined;
  for (let found = WORD.exec(text); found; found = WORD.exec(text)) {
    const { lower, hint } = hintOf(found[0]);
    if (hint === 'person' || names.people.has(lower)) return true;
    if (hint === 'name-shaped' && !names.systems.has(lower)) return true;
    // `the on call forgot`, `the tower controller forgot`: the one on duty, the one at a post (see `classifyWord`).
    const context = ROLE_CONTEXTS.get(lower);
    if ((before === 'on' && ON_DUTY.has(lower)) || context?.posts.has(before)) return true;
    // `naive of us`: the writers, judged; `us` elsewhere (`alerted us`) is read only for a word needed alone.
    if (before === 'of' && lower === 'us') return true;
    // `our people`, `the vendor's people`: a party's staff (see `isTeamAt`).
    if (OWNED_TEAM_WORDS.has(lower) && (POSSESSIVE_DETERMINERS.has(before) || possessed)) return true;
    role ??= context;
    before = lower;
    possessed = POSSESSIVE_ENDING.test(found[0]);
  }
  return role !== undefined && inSetting(text, role);
}

/** Whether a word that supposes or gives a cause stands before `index`: `if`, `when`, `because`. */
function supposes(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(0, index).some((token) => SUPPOSING.has(token.lower) || token.lower === 'because');
}

/** How far a past act after a pronoun may stand: past `'ve` and an adverb, `you've accidentally deleted`. */
const ACT_REACH = 3;

/** Where the verb after the word at `index` stands, past a perfect's auxiliary and adverbs (`you've just deleted`). */
function actAfter(tokens: readonly Token[], index: number): number {
  let verb = index + 1;
  while (
    verb - index < ACT_REACH &&
    (tokens[verb]?.pos === 'ADV' || isWordIn(tokens[verb], PERFECT_AUXILIARIES) || tokens[verb]?.lower === "'ve")
  )
    verb++;
  return verb;
}

/** Whether a word of the role's setting stands in the text: `planes` for a controller, `signal` for a driver. */
function inSetting(text: string, role: RoleContext): boolean {
  WORD.lastIndex = 0;
  for (let found = WORD.exec(text); found; found = WORD.exec(text))
    if (role.settings.has(found[0].toLowerCase())) return true;
  return false;
}

/** A label after a team's name or a role: `Team B`, `team 2`, `Engineer A`, `Operator 2`. */
const LABEL = /^(?:\p{Lu}|\d{1,2})$/u;

/** `the engineer on call`, `the SRE on shift`. */
const ON_DUTY = new Set(['call', 'shift', 'duty']);
/** A capitalised word, perhaps with a hyphenated part or a user name's digits: `Maria`, `O'Brien`, `MacFan4000`. */
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}(?:['-]\p{Lu}?\p{Ll}+)?\d{0,4}(?:['\u2019]s?)?$/u;
/** Capitals and a plural's `s`: `PRs`, `VMs`, `APIs`, things counted, never a name (people's are roles: `SREs`). */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

function hasNameShape(word: string): boolean {
  return NAME_SHAPE.test(word) && !ACRONYM_PLURAL.test(word);
}

/** The word without a possessive ending (an apostrophe, straight or curly, and perhaps `s`): `Bob's` -> `Bob`. */
export function withoutPossessive(text: string): string {
  const mark = text.endsWith('s') ? text.length - 2 : text.length - 1;
  return text[mark] === "'" || text[mark] === '\u2019' ? text.slice(0, mark) : text;
}

/** The name a word (lower case) stands for: `@alice's` -> `alice`. */
export function nameOf(lower: string): string {
  return withoutPossessive(lower.startsWith('@') ? lower.slice(1) : lower);
}

/**
 * A letter and a possessive mark at a word's end. esbuild's Node targets write a regular expression with `\p{…}`
 * outside a character class as `new RegExp(…)`, built again at each use: such a one is kept in a constant.
 */
const POSSESSIVE_ENDING = /\p{L}['\u2019]s?$/u;

/** `Bob's`, `the engineers'`: the word ends in a possessive mark (see `readSentences`). */
export function isPossessive(token: Token): boolean {
  return POSSESSIVE_ENDING.test(token.text) && token.lower !== "it's" && token.lower !== "let's";
}

/** A capitalised word that may be a name: not a function word, not a known system. */
export function isNameShaped(token: Token): boolean {
  if (token.known === 'system') return false;
  if (token.known === 'person') return true;
  return hasNameShape(token.text) && !NOT_NAMES.has(withoutPossessive(token.lower));
}

/** The roles and person nouns in one set, singular (person nouns hold no program role): one look-up for most words. */
const ROLE_WORDS = new Set([...HUMAN_ROLE_WORDS, ...AMBIGUOUS_ROLE_WORDS, ...PERSON_NOUN_WORDS]);

/** The roles and person nouns, singular or plural, in one set made on first use (a program role is no plural). */
let roleWordsAndPlurals: ReadonlySet<string> | undefined;

export function isRoleWord(lower: string): boolean {
  return roleWords().has(lower);
}

function roleWords(): ReadonlySet<string> {
  roleWordsAndPlurals ??= new Set([
    ...ROLE_WORDS,
    ...[...personNounPlurals()].filter((plural) => !PROGRAM_ROLE_WORDS.has(plural)),
    ...humanRolePlurals(),
  ]);
  return roleWordsAndPlurals;
}

/** Words that open a clause whose subject follows them: `when`, `because`; not `as` nor `like` (`tools like`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  [...SUBORDINATORS].filter((word) => word !== 'as' && word !== 'like'),
);

/**
 * Whether the words before an ambiguous role make it a person: `the operator`, `the end user`,
 * not `the Kubernetes operator` nor `the database user`.
 */
function introducesPerson(before: Token | undefined): boolean {
  // At a clause's start or after `and` (`The developer and reviewers did not`): people.
  // `should have been contained by operators`: the agent of a passive too.
  if (before === undefined || before.kind !== 'word' || before.pos === 'CCONJ' || before.lower === 'by') return true;
  // `The fire occurred when operators inadvertently removed bolts`: a clause of its own opens with them.
  if (CLAUSE_OPENERS.has(before.lower)) return true;
  return (
    DETERMINERS.has(before.lower) ||
    PERSON_ADJECTIVE_WORDS.has(before.lower) ||
    SHIFT_MODIFIER_WORDS.has(before.lower) ||
    before.pos === 'ADJ' ||
    HUMAN_ROLE_WORDS.has(before.lower) ||
    GROUP_WORDS.has(before.lower) ||
    isPossessive(before) ||
    before.lower.startsWith('@')
  );
}

/** What kind of doer the word at `index` is, read as the head of a noun phrase. */
export function classifyWord(tokens: readonly Token[], index: number): DoerKind {
  const token = tokens[index];
  if (token === undefined) return 'none';
  if (token.kind === 'opaque') return 'thing';
  if (token.kind !== 'word') return 'none';
  if (token.known === 'system') return 'thing';
  if (token.known === 'person') return 'person';
  const lower = withoutPossessive(token.lower);
  const before = tokens[index - 1];
  if (lower.length > 1 && lower.startsWith('@')) return 'person';
  // A lower-case `i` is a person in casual writing, and a variable or a list marker elsewhere.
  if (PERSON_PRONOUN_WORDS.has(lower))
    return lower === 'i' && token.text !== 'I' && token.pos !== 'PRON' ? 'thing' : 'person';
  if (AMBIGUOUS_PRONOUN_WORDS.has(lower)) return 'possible-person';
  // `you broke it` is said to someone; `you can see`, `if you restart` are anyone's, read as any other word.
  if (ADDRESSED_PRONOUN_WORDS.has(lower) && isPastVerb(tokens[index + 1]) && !isWordIn(before, SUPPOSING))
    return 'person';
  // `you've accidentally deleted the file`: said to someone too, in a sentence that supposes nothing and gives no
  // cause (not `Losing money because you have typed in the wrong number is ...`).
  // `You didn't update the version number`: an act not done, in the past, said to someone; not `Nothing you did`.
  const notDone = tokens[index + 1]?.lower === 'did' && isWordIn(tokens[index + 2], NEGATIONS);
  const pastAct = isPastVerb(tokens[actAfter(tokens, index)]) || notDone;
  if (ADDRESSED_PRONOUN_WORDS.has(lower) && pastAct && !supposes(tokens, index)) return 'person';
  // `configuration management`, `the change management process`: a part of a system, named beside a noun.
  if (BODY_WORDS.has(lower)) return introducesPerson(before) && tokens[index + 1]?.pos !== 'NOUN' ? 'group' : 'thing';
  if (GROUP_WORDS.has(lower)) return 'group';
  // `Team B`, `team 2`: a team's label.
  if (TEAM_WORDS.has(before?.lower ?? '') && LABEL.test(token.text)) return 'group';
  if (before?.kind === 'word' && PROGRAM_COMPOUND_WORDS.has(`${before.lower}-${lower.replace(/s$/, '')}`))
    return 'thing';
  if (HUMAN_ROLE_WORDS.has(lower) || (token.pos === 'NOUN' && humanRolePlurals().has(lower))) return 'person';
  if (AMBIGUOUS_ROLE_WORDS.has(lower)) {
    if (introducesPerson(before)) return 'person';
    // `control room operators`, `the FirstEnergy operators`: people or programs, as the verb tells.
    const product = before?.known === 'system' || SYSTEM_NAMES.has(before?.lower ?? '');
    return !product && (before?.pos === 'NOUN' || before?.pos === 'PROPN') ? 'possible-person' : 'thing';
  }
  if (CONTEXT_ROLE_WORDS.has(lower)) return heldByPerson(tokens, index) ? 'person' : 'thing';
  if ((token.pos === 'NOUN' || token.pos === 'PROPN') && isPersonNoun(lower)) return 'person';
  if (ON_DUTY.has(lower) && before?.lower === 'on') return 'person';
  // `Engineer A`, `Operator 2`: a person kept anonymous.
  if (LABEL.test(token.text) && before?.kind === 'word' && isRoleWord(before.lower)) return 'person';
  // A capitalised common noun or verb opening a sentence (`Automation consumed`, `Modifying the
  // tests`) is no name: the model tags names as proper nouns.
  if (namesPlaceAfterAnother(tokens, index)) return 'thing';
  if (isNameShaped(token) && token.pos === 'PROPN') {
    if (titledByRole(tokens, index)) return 'person';
    // `the Kubernetes`, `a Terraform`: a product. Otherwise a name or a product we do not know.
    // `is that Tim did not`: a subordinating `that` opens a clause, not a noun phrase.
    if (before?.kind === 'word' && DETERMINERS.has(before.lower) && before.pos !== 'SCONJ') return 'thing';
    // `Testing did not detect the fault`, `Backup did not run`: a common noun opening the sentence, tagged a name;
    // `the Fortnite Client and Server`: a part of the service capitalised in a product's name, anywhere.
    // `the Common Alerting Protocol Handler`: a part a program plays, capitalised in its name (see `PROGRAM_ROLES`).
    if (
      SERVICE_PART_WORDS.has(lower) ||
      (PROGRAM_ROLE_WORDS.has(lower) && isWord(before) && isNameShaped(before)) ||
      (hasCommonNounEnding(lower) && tokens.slice(0, index).every((earlier) => earlier.kind !== 'word'))
    )
      return 'thing';
    return 'possible-person';
  }
  return 'thing';
}

/**
 * `engineer Brandon Bostian`, `trainee nurse Jane`, `Mr Williams`: a name after a role only people hold, as news style
 * titles a person, or after a title; the name may have one more name-shaped word before it.
 */
function titledByRole(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (isHonorific(previous)) return true;
  const before = isWord(previous) && isNameShaped(previous) ? tokens[index - 2] : previous;
  if (!isWord(before)) return false;
  const lower = before.lower;
  return isHonorific(before) || HUMAN_ROLE_WORDS.has(lower) || (before.pos === 'NOUN' && PERSON_NOUN_WORDS.has(lower));
}

/** `Mr`, `Dr.`: a title, capitalised. */
function isHonorific(token: Token | undefined): boolean {
  return isWord(token) && /^\p{Lu}/u.test(token.text) && HONORIFIC_WORDS.has(token.lower.replace(/\.$/, ''));
}

/** Whether a role a program plays too is a person's: `controller` (see `ROLES_BY_CONTEXT`). */
export function isRoleByContext(lower: string): boolean {
  return CONTEXT_ROLE_WORDS.has(lower);
}

/** Pronouns that stand for one person, and only a person: `his responsibility`, `she never called`. */
export const ONE_PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'himself',
  'herself',
]);
/** How far after the role its pronoun may stand: `this controller did not meet his responsibility`. */
const PRONOUN_REACH = 10;

/**
 * `the tower controller`, `the controller on duty`, `this controller did not meet his responsibility`: the post
 * before the role, duty after it, or a person's pronoun after it before any other person it may stand for.
 */
function heldByPerson(tokens: readonly Token[], index: number): boolean {
  const context = ROLE_CONTEXTS.get(withoutPossessive(tokens[index]!.lower));
  if (context === undefined) return false;
  if (isWordIn(tokens[index - 1], context.posts)) return true;
  if (tokens.some((token) => context.settings.has(token.lower))) return true;
  if (tokens[index + 1]?.lower === 'on' && ON_DUTY.has(tokens[index + 2]?.lower ?? '')) return true;
  for (let i = index + 1; i < tokens.length && i - index <= PRONOUN_REACH; i++) {
    const token = tokens[i]!;
    if (ONE_PERSON_PRONOUNS.has(token.lower)) return true;
    if (token.pos === 'PROPN' || isRoleWord(token.lower) || PERSONAL_WORDS.has(token.lower)) return false;
  }
  return false;
}

/**
 * `a facility in Englewood, Colorado caused`, `a data center in Ashburn, Virginia took`: a name after a comma that
 * follows a name in a phrase after a noun is the place's region, not a person; not `After talking with Bob, Alice`.
 */
function namesPlaceAfterAnother(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index - 4];
  return (
    tokens[index - 1]?.text === ',' &&
    tokens[index - 2]?.pos === 'PROPN' &&
    tokens[index - 3]?.pos === 'ADP' &&
    isWord(noun) &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN')
  );
}

/** Endings of common nouns, which a capitalised word opening a sentence may have: `Misconfiguration`, `Testing`. */
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ing|ity)$/;

export function hasCommonNounEnding(lower: string): boolean {
  return COMMON_NOUN_ENDING.test(lower);
}

export function isModifier(lower: string): boolean {
  return PERSON_ADJECTIVE_WORDS.has(lower) || DOMAIN_MODIFIER_WORDS.has(lower) || SHIFT_MODIFIER_WORDS.has(lower);
}
