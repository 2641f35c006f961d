// "Besu team used a plugin system ... They are also going to review ...": an item in prose whose subject is "They"
// is owned by the team the sentence before it opens with.
import { isDocumentTeam, namedOwners, type OwnerDirectory } from './ownerNames';
import type { OwnerMatch } from './owners';
import type { ItemSource } from './source';

/** "They" opening the item, as its subject. */
const THEY = /^\s*they\b/i;

/** How far back the sentence before the item is looked for: within its paragraph, and this many characters. */
const LOOK_BACK = 400;

/** A team's name is a few words: "Besu team", "The platform team", "The SRE on-call team". */
const MAX_NAME_WORDS = 6;

/** The sentence before `start` in its paragraph, if any. */
function sentenceBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  const paragraph = before.split(/\n[ \t>]*\n/).pop() ?? '';
  const sentences = paragraph
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  return sentences.pop();
}

/** The longest run of the sentence's first words that names a team or a known owner. */
function openingOwner(sentence: string, directory: OwnerDirectory): string | undefined {
  const words = sentence.split(/\s+/).slice(0, MAX_NAME_WORDS);
  for (let count = words.length; count >= 1; count--) {
    const name = words.slice(0, count).join(' ');
    if (/[,;:]$/.test(name)) continue;
    if (isDocumentTeam(name, directory) || namedOwners(name, directory, 'none')?.length === 1)
      return name.replace(/^the\s+/i, '');
  }
  return undefined;
}

/** The owner "They" stands for when the item opens with it and the sentence before opens with a team's name. */
export function antecedentOwners(source: ItemSource, text: string, directory: OwnerDirectory): OwnerMatch | undefined {
  const they = THEY.exec(source.prose);
  if (!they) return undefined;
  const sentence = sentenceBefore(text, source.start);
  const owner = sentence === undefined ? undefined : openingOwner(sentence, directory);
  if (owner === undefined) return undefined;
  const end = source.start + they[0].length;
  return {
    owners: [owner],
    source: 'subject',
    range: { start: end - 4, end },
    placeholder: false,
    removals: [],
  };
}
