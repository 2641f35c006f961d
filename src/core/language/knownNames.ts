// The people and systems a document and its team name: the front matter's authors and owner, the
// action items' owners, people named beside their role, the speakers of chat lines, the team's owners and aliases,
// and the team's own systems.
import type { PostmortemConfig } from '../vocabulary/terms';
import type { PostmortemDocument } from '../model/types';
import { NAME_LIST_SEPARATORS } from './names';
import { GROUP_WORDS, isRoleWord, nameOf } from './people';
import { DETERMINERS, NOT_NAMES } from './vocabulary/grammar';
import type { KnownNames } from './tokens';
import { remembered } from '../util/remembered';

const HAS_LETTER = /\p{L}/u;
/**
 * Parts a program has and a person does not, in the singular or plural: `nodes`, `service`, `API`; not `release` or
 * `build`, which follow a name as verbs too.
 */
const PROGRAM_PARTS =
  'nodes?|servers?|services?|clusters?|instances?|pods?|daemons?|workers?|' +
  'databases?|APIs?|SDK|CLI|client|binary|binaries|container|containers|deployment|endpoint|endpoints';

/**
 * A word of a name, not of a phrase such as `the platform team` or `on-call engineer`. A system's name may be a role
 * word: a team's `fraud scorer` or `operator` is a program, and saying so is why the team lists it.
 */
function isNameWord(word: string, system: boolean): boolean {
  return (
    HAS_LETTER.test(word) &&
    !GROUP_WORDS.has(word) &&
    (system || !isRoleWord(word)) &&
    !DETERMINERS.has(word) &&
    !NOT_NAMES.has(word)
  );
}

/**
 * The words of names as `Token.known` looks them up: `@Alice Smith` -> `alice`, `smith`. Not the words of a group's
 * name (`cheqd product team`, `Acme SRE squad`): the group is not a person, nor is any word of its name.
 */
function addNames(into: Set<string>, value: unknown, system = false): void {
  if (typeof value === 'string') {
    for (const phrase of value.toLowerCase().split(NAME_LIST_SEPARATORS)) {
      const names = phrase.split(/\s+/).map(nameOf);
      if (GROUP_WORDS.has(names[names.length - 1] ?? '')) continue;
      for (const name of names) if (isNameWord(name, system)) into.add(name);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) addNames(into, item, system);
  }
}

/**
 * A capitalised name the document writes as a program's: before a version or a part a program has (`Pathfinder
 * 0.5.7`, `Pathfinder nodes`, `Atlas service`), so that "Pathfinder failed to sync" elsewhere tells of the program;
 * or alone as code (see `CODE_NAME`).
 */
const SYSTEM_SHAPED = new RegExp(
  String.raw`(?<![\p{L}\d@-])(\p{Lu}[\p{L}\d-]+)\s+(?:v?\d+\.\d+|(?:${PROGRAM_PARTS})(?![\p{L}\d-]))`,
  'gu',
);

/** What a line needs to name a program the way `SYSTEM_SHAPED` reads it: a version or a program's part. */
const PART_OR_VERSION = new RegExp(String.raw`\d\.\d|${PROGRAM_PARTS}`);

/** A capitalised name written alone as code (`` `Elan` ``, `` `Asklepian` ``): an identifier, a program's name. */
const CODE_NAME = /`(\p{Lu}[\p{L}\d_-]+)`/gu;

/** The system names one line holds, kept by its text: a document is read again on every edit. */
const lineSystems = remembered((text: string): readonly string[] => {
  if (!text.includes('`') && !PART_OR_VERSION.test(text)) return [];
  const found = new Set<string>();
  for (const match of [...text.matchAll(CODE_NAME), ...text.matchAll(SYSTEM_SHAPED)]) {
    // Not a pronoun or a function word before a verb of the same form: "We build ...", "They release ...".
    const name = match[1]!.toLowerCase();
    if (isNameWord(name, true)) found.add(name);
  }
  return [...found];
});

/**
 * The system names the document holds, read line by line: a long list edited in one line is read again in that line
 * only. A name and the word after it on the next line (`Redis` / `servers`) are not read as one.
 */
function documentSystems(text: string): Set<string> {
  return new Set(text.split('\n').flatMap(lineSystems));
}

export function knownNames(document: PostmortemDocument, config: PostmortemConfig): KnownNames {
  const people = new Set<string>();
  const data = document.frontMatter?.data;
  addNames(people, data?.['authors']);
  addNames(people, data?.['author']);
  addNames(people, data?.['owner']);
  for (const item of document.actionItems) addNames(people, item.owners);
  addNames(people, document.namedPeople.besideRoles);
  addNames(people, document.namedPeople.speakers);
  addNames(people, config.owners);
  addNames(people, Object.keys(config.ownerAliases));
  addNames(people, Object.values(config.ownerAliases));
  const systems = new Set<string>();
  addNames(systems, config.systems, true);
  for (const system of documentSystems(document.text)) if (!people.has(system)) systems.add(system);
  for (const system of systems) people.delete(system);
  return { people, systems, key: `${[...people].sort().join(' ')}|${[...systems].sort().join(' ')}` };
}
