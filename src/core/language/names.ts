// Whether a word written alone, outside a sentence, is shaped like a word of a person's name: in an
// Owner field, a group line or after a dash there is no sentence for the model to read it in.

/**
 * A capitalised word in any cased script (`Alice`, `Łukasz`, `O'Brien`, `Jean-Luc`, `Владимир`), or an initial (`J.`).
 */
const CASED_NAME = /^(?:\p{Lu}\p{Ll}+(?:['\u2019-]\p{L}\p{Ll}+)*|\p{Lu}\.)$/u;
/** A word of a script without case (`张伟`, `さくら`, `김민준`): no capital marks it, and none is needed. */
const UNCASED_NAME = /^[\p{Lo}\p{M}]{1,12}$/u;

export function hasNameShape(word: string): boolean {
  return CASED_NAME.test(word) || UNCASED_NAME.test(word);
}

/** What separates the names of a list written alone: `@a, @b and Carol`, `Ann & Bo`, `infra/SRE`, `Ann + Bo`. */
export const NAME_LIST_SEPARATORS = /\s*(?:,|;|&|\/|\+|\band\b)\s*/;
