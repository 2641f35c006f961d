// The asides of an action item that only repeat its fields: "(@bob, by 2026-12-01)", "— @erin, 2026-12-05",
// ", shipped on March 3, 2025" at the end of a done item.
// A tracker takes the item's words as an issue's title, and the owner and dates as fields of their own.
import type { ItemSource, Span } from './source';

/** What was read out of an item's words into its fields. */
export interface ReadParts {
  /** Document offsets of text read into a field: an owner label or mention, a due date, a marker, a done date. */
  readonly spans: readonly Span[];
  /** Values read as written (owners, links): a piece of an aside that is one of them was read too. */
  readonly values: readonly string[];
}

/** A bracket with no bracket inside it. */
const BRACKET = /\(([^()\n]*)\)|\[([^[\]\n]*)\]/g;
/** Where a trailing "— owner, date" or ", done date" part starts. */
const SEPARATOR = /\s(?:\u2014|\u2013|--|-)\s|,\s/g;
/** Where the pieces of an aside meet: commas, semicolons, "and", "&". */
const PIECE_BREAK = /[,;]|\s(?:and|&)\s/i;
/** Blanks and the punctuation that joins pieces, left when every word of a piece was read. */
const FILLER = /[\s.:,;]/;

/**
 * Document spans of the brackets, and of the trailing parts after a dash or comma, of `source` whose every piece was
 * read into a field; a bracket or part with anything else in it ("(see INC-12)", "(PCI scope)", ", then the CDN") is
 * the item's words.
 */
export function readAsides(source: ItemSource, read: ReadParts): Span[] {
  const text = source.visible;
  if (!/[([,]|\s[\u2014\u2013-]/.test(text)) return [];
  const covered = coverage(source, read.spans);
  const values = new Set(read.values.map((value) => value.toLowerCase()));
  const isRead = (from: number, to: number): boolean => allPiecesRead(text, from, to, covered, values);
  const asides: Span[] = [];
  for (const match of text.matchAll(BRACKET)) {
    const inner = match.index + 1;
    if (/\S/.test(match[1] ?? match[2]!) && isRead(inner, match.index + match[0].length - 1))
      asides.push({ start: source.start + match.index, end: source.start + match.index + match[0].length });
  }
  // "— @alice — 2026-03-01", ", shipped on March 3, 2025": each part from the end, while every piece of it was read.
  let end = text.trimEnd().length;
  const separators = [...text.matchAll(SEPARATOR)];
  for (let i = separators.length - 1; i >= 0; i--) {
    const separator = separators[i]!;
    const from = separator.index + separator[0].length;
    if (from >= end) continue;
    if (!isRead(from, end)) break;
    asides.push({ start: source.start + separator.index, end: source.start + end });
    end = separator.index;
  }
  return asides;
}

/** Which characters of `source.visible` lie in a read span. */
function coverage(source: ItemSource, spans: readonly Span[]): boolean[] {
  const covered = new Array<boolean>(source.visible.length).fill(false);
  for (const span of spans)
    for (let at = Math.max(0, span.start - source.start); at < Math.min(covered.length, span.end - source.start); at++)
      covered[at] = true;
  return covered;
}

function allPiecesRead(
  text: string,
  from: number,
  to: number,
  covered: readonly boolean[],
  values: ReadonlySet<string>,
): boolean {
  let start = from;
  let pieces = 0;
  for (const piece of text.slice(from, to).split(PIECE_BREAK)) {
    const at = text.indexOf(piece, start);
    start = at + piece.length;
    const words = piece.trim().replace(/[.:]+$/, '');
    if (words === '') continue;
    pieces++;
    if (values.has(words.toLowerCase())) continue;
    for (let i = at; i < at + piece.length; i++) if (!covered[i] && !FILLER.test(text[i]!)) return false;
  }
  return pieces > 0;
}
