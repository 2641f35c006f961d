// The sentences of an item's words as the language layer reads them: spans with their tokens.
import { readSentences } from '../language/english';
import type { Token } from '../language/tokens';

export interface Sentence {
  /** Relative to the text read. */
  readonly start: number;
  readonly end: number;
}

export interface ReadSentence extends Sentence {
  readonly tokens: readonly Token[];
}

/**
 * The sentences of `prose` (an item's words, code blanked), with offsets relative to it. `visible`
 * is the same text with the code in place, so that code stands in a sentence as a word.
 */
export function readItemSentences(prose: string, visible: string = prose): ReadSentence[] {
  return readSentences(prose, visible).map((tokens) => ({
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    tokens,
  }));
}
