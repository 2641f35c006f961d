/** What kind of blame a detection is. */
export type BlameKind = 'human-error' | 'person-mistake' | 'counterfactual' | 'judgement' | 'dismissive' | 'configured';

/** A replacement text for a detection's whole span. */
export interface Rephrasing {
  readonly newText: string;
  /** A pure rephrase that keeps the sentence grammatical and its meaning, so fix-all may apply it. */
  readonly safe: boolean;
}

/** Blame found in the author's prose. Offsets are in the text that was scanned. */
export interface BlameDetection {
  readonly start: number;
  readonly end: number;
  readonly kind: BlameKind;
  /** The flagged words as the author wrote them, markup left out. */
  readonly phrase: string;
  readonly message: string;
  readonly suggestions: readonly Rephrasing[];
  /** A person (role, name, handle, pronoun) is named as the one who erred. */
  readonly namesPerson: boolean;
  /** The sentence states a cause ("caused by", "root cause", "due to"). */
  readonly causal: boolean;
}

/** Team-specific phrases from the configuration. */
export interface PhraseOptions {
  readonly flag: readonly string[];
  readonly allow: readonly string[];
}
