// The team's own phrases: `phrases.flag` are always flagged, `phrases.allow` never.
import type { TextSpan } from './rephrase';
import type { PhraseOptions } from './types';

export interface CompiledPhrases {
  readonly flag: readonly RegExp[];
  readonly allow: readonly RegExp[];
}

/** Longer phrases are a configuration mistake, not a phrase; they are ignored. */
const MAX_PHRASE_LENGTH = 200;

function compile(phrase: unknown): RegExp | undefined {
  if (typeof phrase !== 'string') return undefined;
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0 || phrase.length > MAX_PHRASE_LENGTH) return undefined;
  const body = words
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]"))
    .join('\\s+');
  // Whole words only: "blame" does not match "blameless".
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}

function compileAll(phrases: readonly unknown[] | undefined): RegExp[] {
  if (!Array.isArray(phrases)) return [];
  return phrases.map(compile).filter((pattern): pattern is RegExp => pattern !== undefined);
}

export function compilePhrases(options: PhraseOptions | undefined): CompiledPhrases {
  return { flag: compileAll(options?.flag), allow: compileAll(options?.allow) };
}

/** Every occurrence of any of the patterns in `text`. */
export function findPhrases(text: string, patterns: readonly RegExp[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return spans;
}

/**
 * A test of whether a span overlaps any of `spans`, in logarithmic time: the spans sorted by
 * start, with the furthest end reached so far.
 */
export function overlapTest(spans: readonly TextSpan[]): (span: TextSpan) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const span of sorted) furthestEnd.push(Math.max(span.end, furthestEnd[furthestEnd.length - 1] ?? -1));
  return (span) => {
    // The last span that starts before `span` ends.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthestEnd[low - 1]! > span.start;
  };
}
