// Whether prose may hold one of a set of words, without splitting it into tokens: a detector needs
// certain words, and most prose holds none of them.
import { writtenForms } from './english';

interface Trie {
  readonly next: Map<string, Trie>;
  word: boolean;
}

/**
 * A character of a word as a pattern: an apostrophe matches a curly one too (see `Token.lower`),
 * and the space between the words of a phrase any blanks; a slash is the one of `w/o`, an ampersand the one of
 * `cut&paste`.
 */
function characterPattern(character: string): string {
  if (character === "'") return "['\\u2019]";
  if (character === ' ') return '\\s+';
  if (character === '/') return '\\/';
  if (!/^[\p{Ll}0-9&-]$/u.test(character))
    throw new Error(`"${character}" in a needed word is no lower-case letter, digit, or one of - / & ' and space`);
  return character;
}

/** The alternatives of a trie as one pattern, shared prefixes written once: the engine reads each character once. */
function triePattern(trie: Trie): string {
  const branches = [...trie.next].map(([character, next]) => characterPattern(character) + triePattern(next));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return trie.word ? `(?:${body})?` : body;
}

/**
 * An ASCII letter or `_` (or what folds to one) before a match, or one of those or a digit after it: then it is
 * inside a longer word. A digit before is not, as the model splits a word off the digits before it (`5GB`, `2x`).
 */
const EDGE_BEFORE = '[A-Za-z_]';
const EDGE_AFTER = '[A-Za-z0-9_]';

/**
 * A pattern that matches where a word token (see `tokenize`) whose `lower` is one of `words`
 * starts, and sometimes elsewhere. A token starts and ends beside characters outside `EDGE_BEFORE`
 * and `EDGE_AFTER`, also when case-folded, but where the model splits a word it knows (`cannot`,
 * `theyve`) or a run it reads as one thing (`1st`, `5am`, `USD`, `:D`) off the letters after it; the words themselves
 * match case-insensitively as `toLowerCase` reads them, in each of their written forms (`mis-typed`
 * for `mistyped`, `didn't` for `did not`, see `writtenForms`). Without `wholeWords`, it matches the
 * words inside longer words too: where they are written at all.
 */
export function anyWordTest(words: Iterable<string>, flags = '', wholeWords = true): RegExp {
  const { apart, joined } = writtenFormTries(words);
  return wordTestOf(apart, joined, flags, wholeWords);
}

/** The written forms of words (see `anyWordTest`), those apart and those that join the word before them. */
function writtenFormTries(words: Iterable<string>): { apart: Trie; joined: Trie } {
  const apart: Trie = { next: new Map(), word: false };
  const joined: Trie = { next: new Map(), word: false };
  for (const form of [...words].flatMap(writtenForms)) {
    let trie = form.joined ? joined : apart;
    for (const character of form.text) {
      let next = trie.next.get(character);
      if (!next) {
        next = { next: new Map(), word: false };
        trie.next.set(character, next);
      }
      trie = next;
    }
    trie.word = true;
  }
  return { apart, joined };
}

function wordTestOf(apart: Trie, joined: Trie, flags: string, wholeWords: boolean): RegExp {
  // A form that joins the word before it (`'ve not`) has a word character before it.
  const pattern = [
    ...(apart.next.size > 0 ? [wholeWords ? `(?<!${EDGE_BEFORE})${triePattern(apart)}` : triePattern(apart)] : []),
    ...(joined.next.size > 0 ? [triePattern(joined)] : []),
  ].join('|');
  return new RegExp(wholeWords ? `(?:${pattern})(?!${EDGE_AFTER})` : pattern, `iu${flags}`);
}

/**
 * V8 leaves a regular expression whose source is 20 KB or more unoptimised, and one over the line tests prose about
 * five times slower (the blame rules' needed words, measured): longer word lists are split into tests under it.
 */
const OPTIMISED_SOURCE_LENGTH = 20_000;

/** `anyWordTest` for a list too long for one fast test: the tests that together match where that one would. */
export function anyWordTests(words: readonly string[], flags = '', wholeWords = true): RegExp[] {
  const sorted = [...new Set(words)].sort();
  for (let parts = 1; ; parts++) {
    const size = Math.ceil(sorted.length / parts);
    const tests = Array.from({ length: parts }, (_, part) =>
      anyWordTest(sorted.slice(part * size, (part + 1) * size), flags, wholeWords),
    );
    if (tests.every((test) => test.source.length < OPTIMISED_SOURCE_LENGTH) || size <= 1) return tests;
  }
}

/** Where one of a search's words stands, after a given offset: the match as a test's `exec` gives it, or null. */
export type WordSearch = (from: number) => RegExpExecArray | null;

/**
 * The matches of `anyWordTest(words)` in a text, one after another, for a list that may be too long for one fast test:
 * the words are split by their first character into tests under `OPTIMISED_SOURCE_LENGTH`, so that at most one test
 * can match at any offset, and the search gives the earliest of their matches. The forms that join the word before
 * them (`'ve`, `n't`) stay in one test with the other forms opening with the same characters, after them, as in the
 * one test.
 */
export function anyWordSearch(words: Iterable<string>): (text: string) => WordSearch {
  const { apart, joined } = writtenFormTries(words);
  const withJoined: Trie = { next: new Map(), word: false };
  const groups: Trie[] = [withJoined];
  let size = triePattern(joined).length;
  for (const [character, next] of apart.next) {
    const branch = characterPattern(character).length + triePattern(next).length;
    if (joined.next.has(character)) {
      withJoined.next.set(character, next);
      size += branch;
    }
  }
  for (const [character, next] of apart.next) {
    if (joined.next.has(character)) continue;
    const branch = characterPattern(character).length + triePattern(next).length;
    // Room for what wraps the branches.
    if (size + branch > OPTIMISED_SOURCE_LENGTH - 100) {
      groups.push({ next: new Map(), word: false });
      size = 0;
    }
    groups[groups.length - 1]!.next.set(character, next);
    size += branch;
  }
  const none: Trie = { next: new Map(), word: false };
  return searchOf(
    groups
      .filter((group, index) => group.next.size > 0 || (index === 0 && joined.next.size > 0))
      .map((group) => wordTestOf(group, group === withJoined ? joined : none, 'g', true)),
  );
}

/**
 * The earliest of the tests' matches from an offset on (the first test's where two start at the same offset): each
 * test looks again only when the search has passed its last match.
 */
export function searchOf(tests: readonly RegExp[]): (text: string) => WordSearch {
  return (text) => {
    const found: (RegExpExecArray | null | undefined)[] = tests.map(() => undefined);
    return (from) => {
      let first: RegExpExecArray | null = null;
      for (let i = 0; i < tests.length; i++) {
        let match = found[i];
        if (match === undefined || (match !== null && match.index < from)) {
          const test = tests[i]!;
          test.lastIndex = from;
          match = test.exec(text);
          found[i] = match;
        }
        if (match && (!first || match.index < first.index)) first = match;
      }
      return first;
    };
  };
}
