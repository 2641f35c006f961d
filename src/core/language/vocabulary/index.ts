// Every vocabulary of the language layer and the blame rules, by name: for the tests that run each
// entry's sentences and for the rule pages' word tables.
import { CARE, DESTRUCTIVE_ACTIONS, DUTIES, PRODUCTION_OBJECTS, REMEDY_ACTIONS, SLOWNESS, WRONG_CHOICE, WRONG_THINGS } from '../../blame/words/omissions';
import type { PatternEntry, VocabularyEntry } from './entry';
import { AMBIGUOUS_PRONOUNS, AMBIGUOUS_ROLES, DOMAIN_MODIFIERS, GROUPS, HUMAN_ROLES, PERSON_ADJECTIVES, PERSON_PRONOUNS } from './people';
import { SYSTEMS } from './systems';

export interface Vocabulary {
  readonly name: string;
  /** What the words do, for the rule pages. */
  readonly role: string;
  readonly entries: readonly (VocabularyEntry | PatternEntry)[];
}

export const VOCABULARIES: readonly Vocabulary[] = [
  { name: 'human roles', role: 'a person, as the subject of a mistake', entries: HUMAN_ROLES },
  { name: 'ambiguous roles', role: 'a person after a determiner, a program after a product name', entries: AMBIGUOUS_ROLES },
  { name: 'person pronouns', role: 'a person', entries: PERSON_PRONOUNS },
  { name: 'ambiguous pronouns', role: 'a person only with verbs only people do', entries: AMBIGUOUS_PRONOUNS },
  { name: 'groups', role: 'the team or nobody in particular: not a person who erred', entries: GROUPS },
  { name: 'person adjectives', role: 'words before a role that keep it a person', entries: PERSON_ADJECTIVES },
  { name: 'domain modifiers', role: 'a line of work before a role', entries: DOMAIN_MODIFIERS },
  { name: 'systems', role: 'a program, bot or product: never a person who erred', entries: SYSTEMS },
  { name: 'duties', role: 'what a person is blamed for not doing', entries: DUTIES },
  { name: 'destructive actions', role: 'a person destroying something live', entries: DESTRUCTIVE_ACTIONS },
  { name: 'production objects', role: 'what makes a destroyed thing live', entries: PRODUCTION_OBJECTS },
  { name: 'slowness', role: 'a person judged slow', entries: SLOWNESS },
  { name: 'care', role: 'care asked of people as the remedy', entries: CARE },
  { name: 'wrong choice', role: 'a person who chose one thing instead of another', entries: WRONG_CHOICE },
  { name: 'wrong things', role: 'a person acting with something wrong', entries: WRONG_THINGS },
  { name: 'remedies', role: 'acts on a wrong thing that find or undo it: not blame', entries: REMEDY_ACTIONS },
];
