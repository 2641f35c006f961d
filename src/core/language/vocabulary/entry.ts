// A vocabulary entry: words that play one part in how a reader reads a sentence, with why they
// are there and sentences that show it. Every entry's examples run as tests (test/unit/vocabulary).

interface Examples {
  /** Why these words are here, and what they are not. */
  readonly note: string;
  /** Sentences a blame rule flags because of this entry. */
  readonly flags: readonly string[];
  /** Sentences that look alike and are not flagged. */
  readonly passes: readonly string[];
}

export interface VocabularyEntry extends Examples {
  /** The words, separated by spaces, in lower case. */
  readonly words: string;
}

/** Phrases rather than words: token patterns (see blame/patterns.ts), `forgot|forgets to`, `made a|an? *? mistake`. */
export interface PatternEntry extends Examples {
  readonly patterns: readonly string[];
}

/** The words of a list of entries, as one set. */
export function wordsOf(entries: readonly VocabularyEntry[]): ReadonlySet<string> {
  return new Set(entries.flatMap((entry) => entry.words.trim().split(/\s+/)));
}

/** The patterns of a list of entries, in order. */
export function patternsOf(entries: readonly PatternEntry[]): string[] {
  return entries.flatMap((entry) => entry.patterns);
}

/** What an entry lists, as written: its words, or its patterns separated by commas. */
export function listing(entry: VocabularyEntry | PatternEntry): string {
  return 'words' in entry ? entry.words : entry.patterns.join(', ');
}
