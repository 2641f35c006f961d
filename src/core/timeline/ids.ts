// Stable ids of timeline entries: a hash of the entry's own text, so an id survives edits
// elsewhere in the document, with an occurrence counter for entries written twice.
import type { TimelineEntry } from '../model/types';

/** FNV-1a, 32 bits: short, fast, and stable across runtimes. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36).padStart(7, '0').slice(-7);
}

/** One id per entry, in order: `e1a2b3c`, and `e1a2b3c-2` for the second entry with the same time and description. */
export function entryIds(entries: readonly Pick<TimelineEntry, 'timeText' | 'description'>[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `e${hash(`${entry.timeText}\0${entry.description}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
