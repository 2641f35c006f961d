// Inline action items: "Action item:" or "Action point:" at the start of a paragraph, a bullet or a
// sentence ("We lost DNS. Action item: rotate the resolver keys.").
import type { ItemSource, Span } from './source';
import { ACTION_MARKERS, alternation } from './words';

const MARKER_WORDS = alternation([ACTION_MARKERS], '[- ]');
const MARKER = new RegExp(`(?<![\\w-])(?:${MARKER_WORDS})\\s*[:\u2013\u2014-]`, 'gi');
const LEADING_MARKER = new RegExp(`^\\s*(?:${MARKER_WORDS})\\s*[:\u2013\u2014-]`, 'i');
/** The marker's words in raw Markdown, with emphasis or blanks between them: `**Action** items`. */
const RAW_MARKER = new RegExp(alternation([ACTION_MARKERS], '[\\s*_-]*'), 'i');

/** The marker at the very start of the source, if any. */
export function leadingActionMarker(source: ItemSource): Span | undefined {
  const match = LEADING_MARKER.exec(source.prose.slice(0, 80));
  return match ? { start: source.start + match[0].search(/\S/), end: source.start + match[0].length } : undefined;
}

/** The first marker at the start of the source or of one of its sentences. */
export function actionMarker(source: ItemSource): Span | undefined {
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
  return RAW_MARKER.test(raw);
}
