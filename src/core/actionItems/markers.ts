// Inline action items: "Action item:" or "Action point:" at the start of a paragraph, a bullet or a
// sentence ("We lost DNS. Action item: rotate the resolver keys.").
import type { ItemSource, Span } from './source';
import { ACTION_MARKERS, alternation, STATUS_MARKERS } from './words';

const MARKER_WORDS = alternation([ACTION_MARKERS], '[- ]');
const MARKER = new RegExp(`(?<![\\w-])(?:${MARKER_WORDS})\\s*[:\u2013\u2014-]`, 'gi');
const LEADING_MARKER = new RegExp(`^\\s*(?:${MARKER_WORDS})\\s*[:\u2013\u2014-]`, 'i');
const CAPITAL_STATUS_WORDS = alternation(
  [{ ...STATUS_MARKERS, words: STATUS_MARKERS.words.map((word) => word.toUpperCase()) }],
  '[- ]',
);
/** A status in capitals opening the source, then four words or more: `**DOING** the import should check ...`. */
const LEADING_STATUS = new RegExp(
  `^\\s*(?:${CAPITAL_STATUS_WORDS})(?![\\w-])\\s*[:\u2013\u2014-]?(?=\\s*[^\\s:\u2013\u2014-]\\S*(?:\\s+\\S+){3})`,
);
/** The marker's words in raw Markdown, with emphasis or blanks between them: `**Action** items`. */
const RAW_MARKER = new RegExp(alternation([ACTION_MARKERS], '[\\s*_-]*'), 'i');
const RAW_STATUS = new RegExp(`(?<![\\w-])(?:${CAPITAL_STATUS_WORDS})(?![\\w-])`);

/** Where a marker matched at the source's start stands, blanks before it left out. */
function openingSpan(source: ItemSource, match: RegExpExecArray | null): Span | undefined {
  return match ? { start: source.start + match[0].search(/\S/), end: source.start + match[0].length } : undefined;
}

/** The marker at the very start of the source, if any: an action marker or a status in capitals. */
export function leadingActionMarker(source: ItemSource): Span | undefined {
  const opening = source.prose.slice(0, 80);
  return openingSpan(source, LEADING_MARKER.exec(opening) ?? LEADING_STATUS.exec(opening));
}

/** The first marker at the start of the source or of one of its sentences, or a status in capitals opening it. */
export function actionMarker(source: ItemSource): Span | undefined {
  const status = openingSpan(source, LEADING_STATUS.exec(source.prose.slice(0, 80)));
  if (status) return status;
  for (const match of source.prose.matchAll(MARKER)) {
    let before = match.index;
    while (before > 0 && /\s/.test(source.prose[before - 1]!)) before--;
    if (before === 0 || /[.!?:]/.test(source.prose[before - 1]!))
      return { start: source.start + match.index, end: source.start + match.index + match[0].length };
  }
  return undefined;
}

/** A cheap look at raw text before its words are read: most paragraphs hold no marker. */
export function mayHoldActionMarker(raw: string): boolean {
  return RAW_MARKER.test(raw) || RAW_STATUS.test(raw);
}
