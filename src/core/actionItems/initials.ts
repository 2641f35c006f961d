// Owners written as initials, as real follow-up lists sign them: `Move incident reports to team manual [DB]`,
// `Add an alert — JK`, `[CF to write story]`. Capitals alone may as well be a tag or a system (`[WIP]`, `— API`), so
// they count only where the document names a person with those initials ("Daniel Blair" in the retro's attendance)
// or where no tag or acronym of the vocabulary (`NOT_INITIALS`) nor an English word in capitals is meant.
import { isEnglishWord } from '../language/english';
import { isPlainName, type OwnerDirectory } from './ownerNames';
import { NOT_INITIALS } from './words';

/** Two to four capitals, or as many dotted initials: `JK`, `IBG`, `J.K.`. */
const INITIALS = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,4})$/u;
/** Initials, several of them (`DB, IBG`), then perhaps what they are to do: `CF to write story`. */
const INITIALS_FIELD = /^([\p{Lu}.]+(?:\s*[,/&+]\s*[\p{Lu}.]+)*)(?:\s+(?:to|will)\s+\p{Ll}.*)?$/u;

const TAGS: ReadonlySet<string> = new Set(NOT_INITIALS.flatMap((entry) => entry.words));

/**
 * A run of capitalised words, and single capitals after the first (`Daniel Blair`, `Iain Baars-Gordon`, `Chris F`),
 * as the names of people are written in an attendance row or a sentence.
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[^\S\n]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.?(?![\p{L}])))+/gu;

/** The initials of a name's words, a double-barrelled surname giving one or both of its capitals. */
function initialsOf(words: readonly string[]): string[] {
  const short = words.map((word) => word[0]!).join('');
  const long = words
    .map((word) =>
      word
        .split('-')
        .map((part) => part[0]!)
        .join(''),
    )
    .join('');
  return short === long ? [short] : [short, long];
}

/**
 * The initials of the people a document names: two or three words of a run of capitalised words that open with a
 * person's plain name (`isPlainName`: "Daniel Blair" gives DB, "Iain Baars-Gordon" IB and IBG), not of words that
 * could be a term ("Data Backup").
 */
function documentInitials(text: string, directory: OwnerDirectory): ReadonlySet<string> {
  const found = new Set<string>();
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/).map((word) => word.replace(/\.$/, ''));
    words.forEach((word, i) => {
      if (word.length < 2 || !isPlainName(word, directory)) return;
      for (const length of [2, 3])
        if (i + length <= words.length)
          for (const initials of initialsOf(words.slice(i, i + length))) found.add(initials);
    });
  }
  return found;
}

/** Each directory's people's initials, read from its text when first asked for. */
const initialsRead = new WeakMap<OwnerDirectory, ReadonlySet<string>>();

function peoplesInitials(directory: OwnerDirectory): ReadonlySet<string> {
  let found = initialsRead.get(directory);
  if (!found) {
    found = documentInitials(directory.text, directory);
    initialsRead.set(directory, found);
  }
  return found;
}

/** Whether a word is initials that name a person here: one the document names, or no tag, acronym or word. */
function isOwnerInitials(word: string, directory: OwnerDirectory): boolean {
  if (!INITIALS.test(word)) return false;
  const letters = word.replace(/\./g, '');
  if (peoplesInitials(directory).has(letters)) return true;
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
