// A timeline entry as found in the text, before its date, zone and instant are resolved.
import type { Nodes } from 'mdast';
import type { ModelContext } from '../model/context';
import type { CalendarDate, DateMatch, DateOrder } from '../model/dates';
import { endOffset, startOffset } from '../model/mdastText';
import { milestoneIn } from './milestones';
import type { ClockTime, Timestamp } from '../model/time';
import { type ZoneMention, mentionAt } from './mention';
import type { SectionScope } from './scope';
import type { Milestone } from '../vocabulary/terms';
import type { TimelineEntry } from '../model/types';
import type { UntimedMark } from './untimedMarks';

/** A date written in the text, where it is, and what its digits leave open (`02/07/2024`: February 7 or July 2). */
export interface WrittenDate {
  /** As read: month first for digits either way round. */
  readonly date: CalendarDate;
  /** The day-first reading of digits that may be either way round, when it is another day. */
  readonly dayFirst: CalendarDate | undefined;
  /** The order a number over 12 shows (`26/05/2021`: day first). */
  readonly order: DateOrder | undefined;
  /** Document offsets of the date's text. */
  readonly start: number;
  readonly end: number;
}

/** A date matched in text that starts at document offset `base`. */
export function writtenDate(match: DateMatch, base: number): WrittenDate {
  const { date, dayFirst, order } = match;
  return { date, dayFirst, order, start: base + match.start, end: base + match.end };
}

export interface EntryCandidate {
  readonly kind: 'entry';
  readonly scope: SectionScope;
  readonly style: TimelineEntry['style'];
  readonly start: number;
  /** Extended while the lines after the entry's continue it. */
  end: number;
  readonly timeStart: number;
  readonly timeEnd: number;
  /** The date written in the entry, when it is a real one. */
  readonly date: WrittenDate | undefined;
  readonly time: ClockTime | undefined;
  /** The day of the week written instead of a date (`Wednesday 16:58`), 0 for Sunday. */
  readonly weekday: number | undefined;
  readonly invalid: string | undefined;
  readonly unparseable: boolean;
  readonly approximate: boolean;
  /** A range such as `13:30-13:45`. */
  readonly range: boolean;
  /** The zone written in the entry itself. */
  readonly zone: ZoneMention | undefined;
  /** `03:00 -04:00`: the end read as `readAs`, and the offset it also is. */
  readonly offsetOrRange: { readonly offset: ZoneMention; readonly readAs: 'offset' | 'range' } | undefined;
  /** `14:05 Pacific region failover`: a zone word that may be the description's first word. */
  readonly zoneOrWord: ZoneMention | undefined;
  /** The zone and year a table's column headers give (`Time (UTC)`, `Date (2022)`). */
  readonly columnZone: ZoneMention | undefined;
  readonly columnYear: number | undefined;
  description: string;
  readonly milestone: Milestone | undefined;
  /** An offset or a month where the time of day would be (`T+5m`, `Jul 2024`). */
  readonly untimed: UntimedMark | undefined;
  /** A bullet or row with no time among timed ones. */
  readonly missingTime: boolean;
}

/** A line, list item or heading that holds only a date: the date of the entries after it. */
interface DateLine {
  readonly kind: 'date';
  readonly scope: SectionScope;
  readonly date: WrittenDate;
}

export type TimelineEvent = EntryCandidate | DateLine;

export interface CandidateSource {
  readonly scope: SectionScope;
  readonly style: TimelineEntry['style'];
  readonly start: number;
  readonly end: number;
  readonly description: string;
  /** The source text in which to look for a milestone marker. */
  readonly markerText: string;
  readonly columnZone?: ZoneMention | undefined;
  readonly columnYear?: number | undefined;
  readonly approximate?: boolean;
  readonly untimed?: UntimedMark | undefined;
  readonly missingTime?: boolean;
}

/** An entry from a timestamp scanned in text that starts at document offset `base`. */
export function entryCandidate(
  context: ModelContext,
  timestamp: Timestamp,
  base: number,
  source: CandidateSource,
): EntryCandidate {
  return {
    kind: 'entry',
    scope: source.scope,
    style: source.style,
    start: source.start,
    end: source.end,
    timeStart: base + timestamp.start,
    timeEnd: base + timestamp.end,
    date: !timestamp.date || timestamp.date.invalid ? undefined : writtenDate(timestamp.date, base),
    time: timestamp.time,
    weekday: timestamp.weekday,
    invalid: timestamp.invalid,
    unparseable: timestamp.unparseable,
    approximate: timestamp.approximate || source.approximate === true || source.scope.approximate,
    range: timestamp.range,
    zone: mentionAt(context, base, timestamp.zone),
    offsetOrRange: offsetOrRangeAt(context, base, timestamp),
    zoneOrWord: mentionAt(context, base, timestamp.zoneOrWord),
    columnZone: source.columnZone,
    columnYear: source.columnYear,
    description: withoutClosingBraces(source.description),
    milestone: milestoneIn(source.markerText),
    untimed: source.untimed,
    missingTime: source.missingTime === true,
  };
}

/**
 * A description without the `}}` that closed a template's braces around a heading filled in with the stamp and its
 * text (`### {{ 2022-01-20 Between 02:00 and 02.30 PM }}`): braces opened in the description itself stay.
 */
function withoutClosingBraces(description: string): string {
  return description.includes('{{') ? description : description.replace(/\s*\}\}$/, '');
}

function offsetOrRangeAt(context: ModelContext, base: number, timestamp: Timestamp): EntryCandidate['offsetOrRange'] {
  const both = timestamp.offsetOrRange;
  const offset = both && mentionAt(context, base, both.offset);
  return both && offset ? { offset, readAs: both.readAs } : undefined;
}

const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Source text read as Markdown would: without backslash escapes, with the common entities decoded. */
function markdownText(source: string): string {
  return source
    .replace(ESCAPE, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_entity, name: string) => ENTITIES[name]!);
}

/**
 * A letter. A constant, not a literal where it is used: esbuild writes a `\p{…}` outside a character class as a
 * `new RegExp`, which a literal in a function would build again at each call.
 */
const LETTER = /\p{L}/u;

/** Whether a text holds a letter: words to tell, not only markup, an image or a time. */
export function holdsLetter(text: string): boolean {
  return LETTER.test(text);
}

/**
 * The visible text of the part of `node` between two document offsets of `text`: text and inline
 * code, links by their text, no markup. Whitespace is collapsed.
 */
export function plainTextBetween(node: Nodes, from: number, to: number, text: string): string {
  const parts: string[] = [];
  const visit = (current: Nodes, depth: number): void => {
    const start = startOffset(current);
    const end = endOffset(current);
    if (end <= from || start >= to || depth > 64) return;
    if (current.type === 'text' || current.type === 'inlineCode') {
      const value = current.value;
      if (start >= from && end <= to) parts.push(value);
      else if (current.type === 'text' && value.length === end - start)
        parts.push(value.slice(Math.max(from, start) - start, Math.min(to, end) - start));
      // Escapes, entities or indentation make the value differ from the source: read the source.
      else if (current.type === 'text') parts.push(markdownText(text.slice(Math.max(from, start), Math.min(to, end))));
      return;
    }
    if (current.type === 'break') parts.push(' ');
    else if (current.type === 'tableCell') parts.push(' | ');
    // Inline HTML is text a person wrote (`<b>`, `<script>`): kept as written, except comments.
    if (current.type === 'html' && start >= from && end <= to && !current.value.startsWith('<!--'))
      parts.push(current.value);
    if (current.type === 'html' || current.type === 'image' || current.type === 'code' || current.type === 'blockquote')
      return;
    if ('children' in current) for (const child of current.children as Nodes[]) visit(child, depth + 1);
  };
  visit(node, 0);
  return descriptionText(parts.join(''));
}

/** Words as an entry's description: blanks run together, no bars around them, no separator before them (`- `, `: `). */
export function descriptionText(words: string): string {
  return words
    .replace(/\s+/g, ' ')
    .replace(/^[\s|]+|[\s|]+$/g, '')
    .replace(/^[-\u2013\u2014:;,.]\s+/, '');
}
