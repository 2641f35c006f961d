// Whether prose may hold one of a set of words, without splitting it into tokens: a detector needs
// certain words, and most prose holds none of them.

interface Trie {
  readonly next: Map<string, Trie>;
  word: boolean;
}

/**
 * A character of a word as a pattern: an apostrophe matches a curly one too (see `Token.lower`),
 * and the space between the words of a phrase any blanks.
 */
function characterPattern(character: string): string {
  if (character === "'") return "['\\u2019]";
  if (character === ' ') return '\\s+';
  if (!/^[a-z0-9-]$/.test(character))
    throw new Error(`"${character}" in a needed word is not a lower-case letter, digit, hyphen, apostrophe or space`);
  return character;
}

/** The alternatives of a trie as one pattern, shared prefixes written once: the engine reads each character once. */
function triePattern(trie: Trie): string {
  const branches = [...trie.next].map(([character, next]) => characterPattern(character) + triePattern(next));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return trie.word ? `(?:${body})?` : body;
}

/** An ASCII letter, digit or `_` (or what folds to one) next to a match: then it is inside a longer word. */
const WORD_EDGE = '[A-Za-z0-9_]';

/**
 * A pattern that matches where a word token (see `tokenize`) whose `lower` is one of `words`
 * starts, and sometimes elsewhere. A token starts and ends beside characters that are not
 * word characters, which are outside `WORD_EDGE` also when case-folded; the words themselves
 * match case-insensitively as `toLowerCase` reads them. Without `wholeWords`, it matches the
 * words inside longer words too: where they are written at all.
 */
export function anyWordTest(words: Iterable<string>, flags = '', wholeWords = true): RegExp {
  const root: Trie = { next: new Map(), word: false };
  for (const word of words) {
    let trie = root;
    for (const character of word) {
      let next = trie.next.get(character);
      if (!next) {
        next = { next: new Map(), word: false };
        trie.next.set(character, next);
      }
      trie = next;
    }
    trie.word = true;
  }
  const pattern = triePattern(root);
  return new RegExp(wholeWords ? `(?<!${WORD_EDGE})${pattern}(?!${WORD_EDGE})` : pattern, `iu${flags}`);
}
