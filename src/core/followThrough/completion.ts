// When a done action item was done, as its own text says: a completion word and a date
// ("done 2025-02-20", "Closed: 2025-02-27", "shipped on March 3, 2025", "✅ 2025-02-20").
import type { ActionItem } from '../model/types';
import { dateAt } from '../actionItems/dates';
import { COMPLETION_WORDS } from './completionWords';

const WORDS = COMPLETION_WORDS.flatMap((entry) => entry.words.trim().split(/\s+/));
/** A completion word or a check mark, then what may stand between it and the date. */
const COMPLETION = new RegExp(
  `(?:(?<![\\w-])(?:${WORDS.join('|')})(?![\\w-])|[\\u2705\\u2714\\u2611\\u2713]\\uFE0F?)` +
    `\\s*(?:on\\s+|at\\s+|in\\s+)?[:=(\\u2013\\u2014-]?\\s*`,
  'gi',
);
const DIGIT = /\d/;

/** The date (`YYYY-MM-DD`) written after a completion word in `text`, if any; the first one wins. */
export function completionDateIn(text: string): string | undefined {
  if (!DIGIT.test(text)) return undefined;
  for (const match of text.matchAll(COMPLETION)) {
    const found = dateAt(text, match.index + match[0].length, { anchor: undefined, bare: false });
    if (found?.date) return found.date;
  }
  return undefined;
}

/** When a done item was done, from its source in `documentText`; undefined for an open item. */
export function completionDate(documentText: string, item: Pick<ActionItem, 'range' | 'status'>): string | undefined {
  if (item.status !== 'done') return undefined;
  return completionDateIn(documentText.slice(item.range.start.offset, item.range.end.offset));
}
