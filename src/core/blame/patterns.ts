// A small language for sequences of words, so that phrases read as phrases:
// `forgot|forgets to`, `made a|an *? mistake|error`, `{ROLE} was to blame`.
import type { Token } from './tokens';

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
  return { text, elements: text.trim().split(/\s+/).map((element) => compileElement(element, sets)) };
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
      if (!byFirstWord.has(word)) byFirstWord.set(word, entries.filter((other) => opensWith(other)?.has(word) ?? true));
    }
  }
  return { byFirstWord, anyFirstWord };
}

/** The first pattern of the list that matches at `index`, with its end. */
export function firstMatch<T extends { readonly pattern: TokenPattern }>(tokens: readonly Token[], index: number, list: PatternList<T>): { readonly entry: T; readonly end: number } | undefined {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word') return undefined;
  for (const entry of list.byFirstWord.get(token.lower) ?? list.anyFirstWord) {
    const end = matchAt(tokens, index, entry.pattern);
    if (end > 0) return { entry, end };
  }
  return undefined;
}
