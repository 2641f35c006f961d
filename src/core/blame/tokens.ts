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
  /** For a word, the cues (see `cue`) it is one of; 0 for anything else. */
  readonly cues: number;
}

const cuesByWord = new Map<string, number>();
let nextCue = 1;

/**
 * A new cue: a bit set on every word token that is one of `words`. A detector that can only find
 * something at certain words tests this bit first and skips the other words without a lookup.
 * Cues are made when the detectors' modules load, before any text is tokenized.
 */
export function cue(words: Iterable<string>): number {
  if (nextCue === 0) throw new Error('too many cues');
  const bit = nextCue;
  nextCue <<= 1;
  for (const word of words) cuesByWord.set(word, (cuesByWord.get(word) ?? 0) | bit);
  return bit;
}

/** A word token that is one of the words of `bit`. */
export function hasCue(token: Token | undefined, bit: number): token is Token {
  return token !== undefined && (token.cues & bit) !== 0;
}

/** Punctuation that bounds clauses: `, ; : ( ) [ ] . ! ?`, em and en dashes. */
const CLAUSE_PUNCTUATION = new Set([44, 59, 58, 40, 41, 91, 93, 46, 33, 63, 0x2014, 0x2013]);
/** Characters that join two runs of letters into one word: `didn't`, `on-call`, `e.g`, `error_rate`. */
const JOINERS = new Set([39, 0x2019, 45, 46, 95]);
/** Blanked source text that started with one of these was code or a quotation: a thing, not nothing. */
const OPAQUE_OPENERS = new Set([96, 34, 0x201c, 0x201d]);
const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const LINE_FEED = 10;
const HYPHEN = 45;

export function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

/** A word token whose lower-cased text is in `set`. */
export function isWordIn(token: Token | undefined, set: ReadonlySet<string>): token is Token {
  return token?.kind === 'word' && set.has(token.lower);
}

/** A letter, digit or `_`; a UTF-16 code unit, so the halves of an astral character are not. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return NON_ASCII_WORD_CHARACTER.test(text[index]!);
}

/** Text that lower-casing leaves as it is: no capitals, nothing beyond ASCII. */
function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return false;
  }
  return true;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/**
 * Where the word token that starts at `i` ends (at `end` at the latest), or -1 when none starts
 * there: a run of word characters, joined by joiners between them, after an optional `@` or `#`.
 */
export function wordEnd(masked: string, i: number, end: number): number {
  const code = masked.charCodeAt(i);
  const prefixed = (code === 64 /* @ */ || code === 35) /* # */ && i + 1 < end && isWordCharacter(masked, i + 1);
  if (!prefixed && !isWordCharacter(masked, i)) return -1;
  let j = prefixed ? i + 2 : i + 1;
  while (j < end) {
    if (isWordCharacter(masked, j)) j++;
    else if (JOINERS.has(masked.charCodeAt(j)) && j + 1 < end && isWordCharacter(masked, j + 1)) j += 2;
    else break;
  }
  return j;
}

/**
 * Tokens of `masked` between `start` and `end`. `source` is the unmasked text of the same length:
 * where it held code or a quotation, an `opaque` token stands for it.
 */
export function tokenize(masked: string, source: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = masked.charCodeAt(i);
    if (isBlank(code)) {
      const sourceCode = source.charCodeAt(i);
      if (sourceCode !== code && OPAQUE_OPENERS.has(sourceCode)) {
        let j = i + 1;
        while (j < end && isBlank(masked.charCodeAt(j)) && masked.charCodeAt(j) !== LINE_FEED) j++;
        tokens.push({ kind: 'opaque', text: '', lower: '', start: i, end: j, cues: 0 });
        i = j;
      } else {
        i++;
      }
      continue;
    }
    const j = wordEnd(masked, i, end);
    if (j >= 0) {
      const text = masked.slice(i, j);
      const lower = isLowerAscii(text) ? text : text.toLowerCase().replace(/\u2019/g, "'");
      tokens.push({ kind: 'word', text, lower, start: i, end: j, cues: cuesByWord.get(lower) ?? 0 });
      i = j;
      continue;
    }
    if (CLAUSE_PUNCTUATION.has(code) || (code === HYPHEN && i > start && isBlank(masked.charCodeAt(i - 1)))) {
      tokens.push({ kind: 'punct', text: masked[i]!, lower: masked[i]!, start: i, end: i + 1, cues: 0 });
    }
    i++;
  }
  return tokens;
}
