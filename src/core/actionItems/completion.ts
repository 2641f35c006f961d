// When a done action item was done, as its own text says: a completion word and a date
// ("done 2025-02-20", "Closed: 2025-02-27", "shipped on March 3, 2025", "✅ 2025-02-20").
import type { ActionItem } from '../model/types';
import { dateAt } from './dates';
import { COMPLETION_WORDS } from './completionWords';

const WORDS = COMPLETION_WORDS.flatMap((entry) => entry.words.trim().split(/\s+/));
/** A completion word or a check mark, then what may stand between it and the date. */
const COMPLETION = new RegExp(
  `(?:(?<![\\w-])(?:${WORDS.join('|')})(?![\\w-])|[\\u2705\\u2714\\u2611\\u2713]\\uFE0F?)` +
    `\\s*(?:on\\s+|at\\s+|in\\s+)?[:=(\\u2013\\u2014-]?\\s*`,
  'gi',
);
const DIGIT = /\d/;

export interface CompletionMatch {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Relative to the text searched: the completion word (or check mark) and the date. */
  readonly start: number;
  readonly end: number;
}

/** Each completion word (or check mark) in `text` with a date after it, and where the two are written. */
function* completions(text: string): Generator<CompletionMatch> {
  if (!DIGIT.test(text)) return;
  for (const match of text.matchAll(COMPLETION)) {
    const found = dateAt(text, match.index + match[0].length, { anchor: undefined, bare: false });
    if (found?.date) yield { date: found.date, start: match.index, end: found.end };
  }
}

/** The first completion word in `text` with a date after it. */
export function completionIn(text: string): CompletionMatch | undefined {
  for (const completion of completions(text)) return completion;
  return undefined;
}

/** What stands before a completion that is a remark on the item: a bracket, a separator, a cell's edge. */
const REMARK_BEFORE = /(?:^|[([,;|\u2014\u2013]|\s-)\s*$/;
/** What follows it: the end of the bracket, clause or item. */
const REMARK_AFTER = /^\s*(?:[)\],;.|]|$)/;
const TICK = /^[\u2705\u2714\u2611\u2713]/;

/**
 * A completion written as a remark on the whole item, set off from its words: "(done 2026-11-10)",
 * "(@alice, completed 2026-11-10)", ", shipped on March 3, 2025" at the end, "✅ 2026-11-10"; not a date told in
 * the item's sentence ("Verify the fix deployed 2026-11-02 holds under load").
 */
export function completionRemark(text: string): CompletionMatch | undefined {
  for (const completion of completions(text)) {
    const setOff = TICK.test(text.slice(completion.start)) || REMARK_BEFORE.test(text.slice(0, completion.start));
    if (setOff && REMARK_AFTER.test(text.slice(completion.end))) return completion;
  }
  return undefined;
}

/** The date (`YYYY-MM-DD`) written after a completion word in `text`, if any; the first one wins. */
export function completionDateIn(text: string): string | undefined {
  return completionIn(text)?.date;
}

/** When a done item was done, from its source in `documentText`; undefined for an open item. */
export function completionDate(documentText: string, item: Pick<ActionItem, 'range' | 'status'>): string | undefined {
  if (item.status !== 'done') return undefined;
  return completionDateIn(documentText.slice(item.range.start.offset, item.range.end.offset));
}
