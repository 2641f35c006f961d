// Owners written as initials, as real follow-up lists sign them: `Move incident reports to team manual [DB]`,
// `Add an alert — JK`, `[CF to write story]`. Capitals alone may as well be a tag or a system (`[WIP]`, `— API`), so
// they count only where the document names a person with those initials ("Daniel Blair" in the retro's attendance)
// or where no tag or acronym of the vocabulary (`NOT_INITIALS`) nor an English word in capitals is meant.
import { isEnglishWord } from '../language/english';
import type { OwnerDirectory } from './ownerNames';
import { NOT_INITIALS } from './words';

/** Two to four capitals, or as many dotted initials: `JK`, `IBG`, `J.K.`. */
const INITIALS = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,4})$/u;
/** Initials, several of them (`DB, IBG`), then perhaps what they are to do: `CF to write story`. */
const INITIALS_FIELD = /^([\p{Lu}.]+(?:\s*[,/&+]\s*[\p{Lu}.]+)*)(?:\s+(?:to|will)\s+\p{Ll}.*)?$/u;

const TAGS: ReadonlySet<string> = new Set(NOT_INITIALS.flatMap((entry) => entry.words));

/** Whether a word is initials that name a person here: one the document names, or no tag, acronym or word. */
function isOwnerInitials(word: string, directory: OwnerDirectory): boolean {
  if (!INITIALS.test(word)) return false;
  const letters = word.replace(/\./g, '');
  if (directory.initials.has(letters)) return true;
  // A word in capitals ("[NOTE]", "[HOLD]") is a tag the vocabulary need not list; two letters are read as initials
  // ("CF", "AL"), which the lexicon holds as abbreviations.
  const lower = letters.toLowerCase();
  return !TAGS.has(lower) && !(word === letters && lower.length > 2 && isEnglishWord(lower));
}

/** The owners a field of initials names (`DB`, `IBG, DB`, `CF to write story`), or undefined. */
export function initialsOwners(field: string, directory: OwnerDirectory): string[] | undefined {
  const match = INITIALS_FIELD.exec(field.trim());
  if (!match) return undefined;
  const owners = match[1]!.split(/\s*[,/&+]\s*/);
  return owners.every((owner) => isOwnerInitials(owner, directory)) ? owners : undefined;
}
