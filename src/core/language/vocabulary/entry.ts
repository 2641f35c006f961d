// A vocabulary entry: words that play one part in how a reader reads a sentence, with why they
// are there and sentences that show it. Every entry's examples run as tests (test/unit/vocabulary).

export interface VocabularyEntry {
  /** The words, separated by spaces, in lower case. */
  readonly words: string;
  /** Why these words are here, and what they are not. */
  readonly note: string;
  /** Sentences a blame rule flags because of this entry. */
  readonly flags: readonly string[];
  /** Sentences that look alike and are not flagged. */
  readonly passes: readonly string[];
}

/** The words of a list of entries, as one set. */
export function wordsOf(entries: readonly VocabularyEntry[]): ReadonlySet<string> {
  return new Set(entries.flatMap((entry) => entry.words.trim().split(/\s+/)));
}
