// Splits the author's prose into words and the punctuation that bounds clauses.

export type TokenKind = 'word' | 'punct' | 'opaque';

export interface Token {
  readonly kind: TokenKind;
  /** As written. */
  readonly text: string;
  /** Lower case, with curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '[', ']', '.', '!', '?', '\u2014', '\u2013']);
/** Characters that join two runs of letters into one word: `didn't`, `on-call`, `e.g`, `error_rate`. */
const JOINERS = new Set(["'", '\u2019', '-', '.', '_']);
/** Blanked source text that started with one of these was code or a quotation: a thing, not nothing. */
const OPAQUE_OPENERS = new Set(['`', '"', '\u201c', '\u201d']);
const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

export function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

/** A word token whose lower-cased text is in `set`. */
export function isWordIn(token: Token | undefined, set: ReadonlySet<string>): token is Token {
  return token?.kind === 'word' && set.has(token.lower);
}

function isWordCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return NON_ASCII_WORD_CHARACTER.test(character);
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r' || character === '\u00a0';
}

/**
 * Tokens of `masked` between `start` and `end`. `source` is the unmasked text of the same length:
 * where it held code or a quotation, an `opaque` token stands for it.
 */
export function tokenize(masked: string, source: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const character = masked[i]!;
    if (isBlank(character)) {
      if (source[i] !== character && OPAQUE_OPENERS.has(source[i]!)) {
        let j = i + 1;
        while (j < end && isBlank(masked[j]!) && masked[j] !== '\n') j++;
        tokens.push({ kind: 'opaque', text: '', lower: '', start: i, end: j });
        i = j;
      } else {
        i++;
      }
      continue;
    }
    const prefixed = (character === '@' || character === '#') && i + 1 < end && isWordCharacter(masked[i + 1]!);
    if (prefixed || isWordCharacter(character)) {
      let j = prefixed ? i + 2 : i + 1;
      while (j < end) {
        if (isWordCharacter(masked[j]!)) j++;
        else if (JOINERS.has(masked[j]!) && j + 1 < end && isWordCharacter(masked[j + 1]!)) j += 2;
        else break;
      }
      const text = masked.slice(i, j);
      tokens.push({ kind: 'word', text, lower: text.toLowerCase().replace(/\u2019/g, "'"), start: i, end: j });
      i = j;
      continue;
    }
    if (CLAUSE_PUNCTUATION.has(character) || (character === '-' && i > start && isBlank(masked[i - 1]!))) {
      tokens.push({ kind: 'punct', text: character, lower: character, start: i, end: i + 1 });
    }
    i++;
  }
  return tokens;
}
