// Splits a block of prose into sentences, with their offsets.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'fig', 'a.m', 'p.m', 'incl', 'esp', 'resp', 'al']);

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && start > end - 12 && !isSpace(text[start - 1]) && text[start - 1] !== '(') start--;
  return text.slice(start, end).toLowerCase();
}

/** Whether the period at `index` closes an abbreviation or a single letter (`A. Smith`). */
function closesAbbreviation(text: string, index: number): boolean {
  const word = wordBefore(text, index);
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function startsSentence(character: string | undefined): boolean {
  if (character === undefined) return true;
  return character !== character.toLowerCase() || (character >= '0' && character <= '9') || character === '@' || character === '#';
}

const SENTENCE_END = /[.!?]/g;
const NON_BLANK = /\S/g;

/** Whether `text` holds anything but blanks between two offsets. */
function hasWords(text: string, span: Span): boolean {
  NON_BLANK.lastIndex = span.start;
  const found = NON_BLANK.exec(text);
  return found !== null && found.index < span.end;
}

/** Sentences of `text`: a period, `!` or `?` followed by space and a capital, a digit or the end. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    SENTENCE_END.lastIndex = i;
    const end = SENTENCE_END.exec(text);
    if (!end) break;
    i = end.index;
    const character = end[0];
    if (!isSpace(text[i + 1]) && i + 1 < text.length) continue;
    let next = i + 1;
    while (next < text.length && isSpace(text[next])) next++;
    if (!startsSentence(text[next])) continue;
    if (character === '.' && closesAbbreviation(text, i)) continue;
    sentences.push({ start, end: i + 1 });
    start = next;
    i = next - 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences.filter((sentence) => hasWords(text, sentence));
}
