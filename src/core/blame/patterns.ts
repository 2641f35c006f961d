// A small language for sequences of words, so that phrases read as phrases:
// `forgot|forgets to`, `made a|an *? mistake|error`, `{ROLE} was to blame`.
import { isReadAsWritten } from '../language/english';
import type { Token } from '../language/tokens';

interface Element {
  /** The words this element accepts; undefined for `*`, any word. */
  readonly words: ReadonlySet<string> | undefined;
  readonly optional: boolean;
}

export interface TokenPattern {
  readonly text: string;
  readonly elements: readonly Element[];
}

export type WordSets = Readonly<Record<string, ReadonlySet<string>>>;

function compileElement(element: string, sets: WordSets): Element {
  const optional = element.endsWith('?');
  const body = optional ? element.slice(0, -1) : element;
  if (body === '*') return { words: undefined, optional };
  const set = /^\{(\w+)\}$/.exec(body);
  if (set) {
    const words = sets[set[1]!];
    if (!words) throw new Error(`unknown word set ${body}`);
    return { words, optional };
  }
  return { words: new Set(body.split('|')), optional };
}

/** Words separated by spaces; `a|b` alternatives, `?` optional, `*` any word, `{NAME}` a word set. */
export function compilePattern(text: string, sets: WordSets = {}): TokenPattern {
  return {
    text,
    elements: text
      .trim()
      .split(/\s+/)
      .map((element) => compileElement(element, sets)),
  };
}

function matchFrom(tokens: readonly Token[], position: number, elements: readonly Element[], next: number): number {
  if (next === elements.length) return position;
  const element = elements[next]!;
  const token = tokens[position];
  if (token !== undefined && token.kind === 'word' && (element.words === undefined || element.words.has(token.lower))) {
    const end = matchFrom(tokens, position + 1, elements, next + 1);
    if (end >= 0) return end;
  }
  return element.optional ? matchFrom(tokens, position, elements, next + 1) : -1;
}

/**
 * The index after the last token the pattern matches from `index`, or -1. Only words match;
 * an optional element is taken when the rest still matches, and skipped otherwise.
 */
export function matchAt(tokens: readonly Token[], index: number, pattern: TokenPattern): number {
  const end = matchFrom(tokens, index, pattern.elements, 0);
  return end > index ? end : -1;
}

/** Patterns in order, looked up by the word they start with, so most words try none. */
export interface PatternList<T extends { readonly pattern: TokenPattern }> {
  readonly entries: readonly T[];
  readonly byFirstWord: ReadonlyMap<string, readonly T[]>;
  /** Patterns that may start with any word, in order. */
  readonly anyFirstWord: readonly T[];
}

export function patternList<T extends { readonly pattern: TokenPattern }>(entries: readonly T[]): PatternList<T> {
  const opensWith = (entry: T): ReadonlySet<string> | undefined => {
    const first = entry.pattern.elements[0];
    return first && !first.optional ? first.words : undefined;
  };
  const anyFirstWord = entries.filter((entry) => opensWith(entry) === undefined);
  const byFirstWord = new Map<string, T[]>();
  for (const entry of entries) {
    for (const word of opensWith(entry) ?? []) {
      if (!byFirstWord.has(word))
        byFirstWord.set(
          word,
          entries.filter((other) => opensWith(other)?.has(word) ?? true),
        );
    }
  }
  return { entries, byFirstWord, anyFirstWord };
}

/** Patterns, in order, as a list; `sets` are the word sets they name in braces. */
export function compileList(
  texts: readonly string[],
  sets: WordSets = {},
): PatternList<{ readonly pattern: TokenPattern }> {
  return patternList(texts.map((text) => ({ pattern: compilePattern(text, sets) })));
}

/** The first pattern of the list that matches at `index`, with its end. */
export function firstMatch<T extends { readonly pattern: TokenPattern }>(
  tokens: readonly Token[],
  index: number,
  list: PatternList<T>,
): { readonly entry: T; readonly end: number } | undefined {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return undefined;
  for (const entry of list.byFirstWord.get(token.lower) ?? list.anyFirstWord) {
    const end = matchAt(tokens, index, entry.pattern);
    if (end > 0) return { entry, end };
  }
  return undefined;
}

/** The words a pattern can start with; it matches nowhere else. */
export function openingWords(pattern: TokenPattern): ReadonlySet<string> {
  const first = pattern.elements[0];
  if (!first?.words || first.optional) throw new Error(`"${pattern.text}" may start with any word`);
  return first.words;
}

/** The words the patterns of a list can start with; `firstMatch` finds nothing elsewhere. */
export function listOpeningWords(list: PatternList<{ readonly pattern: TokenPattern }>): Iterable<string> {
  if (list.anyFirstWord.length > 0) throw new Error('a pattern of the list may start with any word');
  return list.byFirstWord.keys();
}

/** Words in nearly every sentence: a pattern's other words tell better whether it can match there. */
const COMMON_WORDS = new Set(
  (
    'a an the to at of on in by for with is was are were be been have has had not no do did ' +
    'does if and or it up out that what who one something should would could can how around ' +
    'like than'
  ).split(' '),
);

/**
 * Words one of which every match of the pattern holds: those of one of its required elements, the
 * one with the fewest common words (then the fewest words).
 */
export function requiredWords(pattern: TokenPattern): ReadonlySet<string> {
  let best: ReadonlySet<string> | undefined;
  let bestScore = Infinity;
  for (const element of pattern.elements) {
    if (!element.words || element.optional) continue;
    let common = 0;
    for (const word of element.words) if (COMMON_WORDS.has(word)) common++;
    const score = common * 1000 + element.words.size;
    if (score < bestScore) {
      best = element.words;
      bestScore = score;
    }
  }
  if (!best) throw new Error(`"${pattern.text}" requires no word`);
  return best;
}

/**
 * A word a detector needs (see `Detector.needs`), and, for a word of a pattern that holds other words as
 * written, the pattern: `between` of `between the? chair and the? keyboard`, needed only in text that
 * `patternTest` matches.
 */
export type NeededWord = string | { readonly word: string; readonly pattern: TokenPattern };

/**
 * An element whose words stand as written in the text of every token read as one of them (see
 * `isReadAsWritten`, and `Token.lower`, which is the text in lower case for such words), as an alternation.
 */
function writtenWords(element: Element): string | undefined {
  if (!element.words || element.optional) return undefined;
  const alternatives: string[] = [];
  for (const word of element.words) {
    if (!isReadAsWritten(word)) return undefined;
    alternatives.push(word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return `(?:${alternatives.join('|')})`;
}

/**
 * What stands between two word tokens one after the other: nothing that is a letter or a digit, as every
 * character with one lies in a word token (see `readSentences`). No word edge is asked for: the model may
 * split a token off a longer word (`cannot`, `5GB`).
 */
const BETWEEN_WORDS = '[^\\p{L}\\p{N}]*';
/** What an element not matched as written (`*`, an optional one, `have` of `'ve`) may take, with what is around it. */
const ANYTHING = '[^]*?';

/**
 * A test that matches the text wherever the pattern matches a sentence of it, and sometimes elsewhere: the
 * words of its elements that are matched as written, in order, with nothing but non-words between those that
 * stand next to each other, and anything in place of the other elements.
 */
export function patternTest(pattern: TokenPattern): RegExp {
  let source = '';
  let gap = '';
  for (const element of pattern.elements) {
    const written = writtenWords(element);
    if (written === undefined) {
      if (source !== '') gap = ANYTHING;
      continue;
    }
    source += gap + written;
    gap = BETWEEN_WORDS;
  }
  return new RegExp(source, 'iu');
}

/** Whether a pattern holds another element than `required` whose words are matched as written. */
function holdsMoreWrittenWords(pattern: TokenPattern, required: ReadonlySet<string>): boolean {
  return pattern.elements.some((element) => element.words !== required && writtenWords(element) !== undefined);
}

/**
 * Words one of which every match of a pattern of the list holds, each with its pattern where that tells
 * more (see `NeededWord`), for a detector that finds nothing but whole matches of the list's patterns.
 */
export function listRequiredWords(list: PatternList<{ readonly pattern: TokenPattern }>): NeededWord[] {
  return list.entries.flatMap(({ pattern }) => {
    const required = requiredWords(pattern);
    const tellsMore = holdsMoreWrittenWords(pattern, required);
    return [...required].map((word) => (tellsMore ? { word, pattern } : word));
  });
}
