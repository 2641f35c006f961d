// The text edits that carry out a timeline editor's intent, against the document's current text.
// Every edit lies inside a timeline section and is as small as it can be; new entries are written
// in the document's own style, copied from the entry next to them.
import { applyEdits } from '../edits/applyEdits';
import { sectionInsertion } from '../edits/insertSection';
import { htmlBlockSpans, writesInsideHtml } from '../model/htmlBlocks';
import type { Milestone } from '../vocabulary/terms';
import type { PostmortemDocument, Section, TextEdit, TimelineEntry } from '../model/types';
import {
  DEFAULT_MARKER_STYLE,
  type EntrySource,
  type MarkerStyle,
  entrySource,
  escapeText,
  findMarker,
  lineEndOf,
  lineStartOf,
  markerStyleOf,
  nextLineStart,
  normalizeText,
  rewriteDescription,
  withMilestone,
  withoutMilestone,
} from './entrySource';
import { entryIds } from './ids';
import type { NewEntry, TimelineIntent } from './protocol';
import { firstEntryFormat } from './now';
import {
  type TimeFormat,
  type WallTime,
  dateCellStyle,
  formatCalendarDate,
  formatClock,
  formatOf,
  formatTime,
  readTypedTime,
  wallTimeAt,
} from './timeFormat';

export type TimelineEditResult = { readonly edits: readonly TextEdit[] } | { readonly refused: string };

const CHANGED_MEANWHILE =
  'That entry changed or was removed meanwhile (the document was edited); nothing was ' +
  'changed. Try again on the updated timeline.';

/**
 * The edits for `intent`, or why it cannot be carried out; `now` (milliseconds since the epoch) is the time of entries
 * added "now".
 */
export function timelineEdits(document: PostmortemDocument, intent: TimelineIntent, now: number): TimelineEditResult {
  const result =
    intent.type === 'createSection' ? createSection(document) : editsFor(new Timeline(document), intent, now);
  if ('refused' in result) return result;
  const html = htmlBlockSpans(document.tree);
  if (result.edits.some((edit) => writesInsideHtml(html, edit.start, edit.end)))
    return {
      refused:
        'This entry is written in HTML; nothing was changed, so that the markup stays as written. Edit it in the text.',
    };
  if (intent.type === 'createSection') return result;
  const regions = timelineRegions(document);
  const outside = result.edits.some(
    (edit) => !regions.some((region) => region.start <= edit.start && edit.end <= region.end),
  );
  return outside
    ? {
        refused:
          'This change would touch text outside the timeline section; nothing was changed. Edit this ' +
          'entry in the text.',
      }
    : result;
}

const NO_DESCRIPTION_CELL = 'This table row has no cell for a description; change it in the text.';
const LABEL_BEFORE_TIME = "This entry's words start in a label before its time; change them in the text.";

/** How many entries the document has after an intent's edits, for those whose count it decides. */
function expectedEntryCount(document: PostmortemDocument, intent: TimelineIntent): number | undefined {
  const count = document.timeline.length;
  switch (intent.type) {
    case 'add':
      return count + 1;
    case 'import':
      return count + intent.entries.length;
    case 'delete':
      return count - 1;
    case 'edit':
    case 'sort':
      return count;
    case 'createSection':
      return undefined;
  }
}

/**
 * `timelineEdits`, checked by reading the result again with `parse`: edits whose text would not
 * read back with the entries intended (an entry added after an unclosed code fence would be code)
 * are refused instead of applied.
 */
export function checkedTimelineEdits(
  document: PostmortemDocument,
  intent: TimelineIntent,
  now: number,
  parse: (text: string) => PostmortemDocument,
): TimelineEditResult {
  const result = timelineEdits(document, intent, now);
  const expected = expectedEntryCount(document, intent);
  if ('refused' in result || result.edits.length === 0 || expected === undefined) return result;
  if (parse(applyEdits(document.text, result.edits)).timeline.length === expected) return result;
  return {
    refused:
      'The Markdown around this entry would not read back as intended (an unclosed code block, ' +
      'say); nothing was changed. Make this change in the text.',
  };
}

function editsFor(
  timeline: Timeline,
  intent: Exclude<TimelineIntent, { type: 'createSection' }>,
  now: number,
): TimelineEditResult {
  switch (intent.type) {
    case 'edit': {
      const entry = timeline.entry(intent.id);
      return entry ? editEntry(timeline, entry, intent) : { refused: CHANGED_MEANWHILE };
    }
    case 'delete': {
      const entry = timeline.entry(intent.id);
      return entry ? deleteEntry(timeline, entry) : { refused: CHANGED_MEANWHILE };
    }
    case 'add':
      return insertEntries(timeline, intent.afterId, [intent.entry], now);
    case 'import':
      return insertEntries(timeline, intent.afterId, intent.entries, now);
    case 'sort':
      return sortEntries(timeline);
  }
}

/** The document's entries with their ids, and what its timeline sections look like. */
class Timeline {
  readonly text: string;
  readonly eol: string;
  readonly ids: readonly string[];
  readonly sections: readonly Section[];
  private style: MarkerStyle | undefined;

  constructor(readonly document: PostmortemDocument) {
    this.text = document.text;
    this.eol = document.text.includes('\r\n') ? '\r\n' : '\n';
    this.ids = entryIds(document.timeline);
    this.sections = outermostTimelineSections(document);
  }

  entry(id: string): TimelineEntry | undefined {
    const index = this.ids.indexOf(id);
    return index === -1 ? undefined : this.document.timeline[index];
  }

  /** The outermost timeline section holding an offset. */
  sectionAt(offset: number): Section | undefined {
    return this.sections.find(
      (section) => section.headingRange.start.offset <= offset && offset <= regionEnd(this.text, section),
    );
  }

  /** How the document writes milestone markers: as its first marker does. */
  markerStyle(): MarkerStyle {
    if (this.style) return this.style;
    for (const entry of this.document.timeline) {
      const source = entrySource(this.document, entry);
      this.style =
        typeof source === 'string'
          ? undefined
          : markerStyleOf(this.text.slice(source.descriptionStart, source.descriptionEnd));
      if (this.style) return this.style;
    }
    this.style = DEFAULT_MARKER_STYLE;
    return this.style;
  }
}

function outermostTimelineSections(document: PostmortemDocument): Section[] {
  return document.sections.filter(
    (section) =>
      section.kind === 'timeline' &&
      (section.parent === undefined || document.sections[section.parent]?.kind !== 'timeline'),
  );
}

/** The end of a section's last line. */
function regionEnd(text: string, section: Section): number {
  return lineEndOf(text, section.range.end.offset);
}

/** The text each timeline section owns: from the end of its heading to the end of its last line. */
function timelineRegions(document: PostmortemDocument): { start: number; end: number }[] {
  return outermostTimelineSections(document).map((section) => ({
    start: section.headingRange.end.offset,
    end: regionEnd(document.text, section),
  }));
}

function createSection(document: PostmortemDocument): TimelineEditResult {
  if (document.sections.some((section) => section.kind === 'timeline'))
    return { refused: 'This document has a timeline section already.' };
  return { edits: [sectionInsertion(document, 'timeline').edit] };
}

/** The smallest edit that turns `before`, written at `offset`, into `after`; undefined when they are equal. */
function smallestEdit(offset: number, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return {
    start: offset + prefix,
    end: offset + before.length - suffix,
    newText: after.slice(prefix, after.length - suffix),
  };
}

function escaperFor(
  source: Pick<EntrySource, 'entry' | 'descriptionBelow'>,
  lineStart: boolean,
): (text: string) => string {
  const { style } = source.entry;
  return (text) =>
    escapeText(text, { table: style === 'table', heading: style === 'heading' && !source.descriptionBelow, lineStart });
}

/**
 * The model reads a line entry's marker in the line's first 240 characters: a marker after a long line goes before its
 * words.
 */
function markerStyleFor(timeline: Timeline, source: EntrySource, description: string): MarkerStyle {
  const style = timeline.markerStyle();
  const long = source.entry.style === 'line' && source.descriptionStart - source.start + description.length > 200;
  return long ? { ...style, leading: true } : style;
}

/** The time text to write for a typed time or now, in `format`; a string says why it cannot be written. */
function timeToWrite(
  time: string | null,
  format: TimeFormat,
  now: number,
): WallTime | { readonly text: string } | { readonly invalid: string } {
  if (time === null) return wallTimeAt(now, format);
  const read = readTypedTime(time, format);
  return typeof read === 'string' ? { text: read } : read;
}

function editEntry(
  timeline: Timeline,
  entry: TimelineEntry,
  change: { time?: string; description?: string; milestone?: Milestone | null },
): TimelineEditResult {
  const { text } = timeline;
  const source = entrySource(timeline.document, entry);
  if (typeof source === 'string') return { refused: source };
  const edits: TextEdit[] = [];
  if (change.time !== undefined) {
    const format = formatOf(entry);
    const time = timeToWrite(change.time, format, 0);
    if ('invalid' in time) return { refused: time.invalid };
    const split = entry.style === 'table' ? dateColumn(text, source, format, time) : undefined;
    const written = split?.clock ?? ('text' in time ? time.text : formatTime(time, format));
    // A bullet with no time of its own gets one before its words.
    const spaced = entry.timeText === '' ? `${written} ` : written;
    const edit = smallestEdit(
      entry.timeRange.start.offset,
      entry.timeText,
      entry.style === 'table' ? spaced.replace(/\|/g, '\\|') : spaced,
    );
    if (edit) edits.push(edit);
    const cell = split && source.cells[split.cell]!;
    const dateEdit = cell && split.date && smallestEdit(cell.start, text.slice(cell.start, cell.end), split.date);
    if (dateEdit) edits.push(dateEdit);
  }
  if (change.description !== undefined || change.milestone !== undefined) {
    if (source.entry.style === 'table' && source.descriptionCells.length === 0) return { refused: NO_DESCRIPTION_CELL };
    if (change.description !== undefined && source.labelBefore) return { refused: LABEL_BEFORE_TIME };
    const { descriptionStart: start, descriptionEnd: end } = source;
    const before = text.slice(start, end);
    const escapeText = escaperFor(source, source.descriptionBelow);
    let after = before;
    if (change.description !== undefined) {
      // The webview shows descriptions without their marker: the words are rewritten without it, and the marker is put
      // back.
      const marker = findMarker(before);
      const written = rewriteDescription(
        withMilestone(before, null, DEFAULT_MARKER_STYLE),
        withoutMilestone(entry.description),
        normalizeText(change.description),
        escapeText,
      );
      after = marker
        ? withMilestone(written, marker.milestone, markerStyleOf(before) ?? markerStyleFor(timeline, source, written))
        : written;
    }
    if (change.milestone !== undefined)
      after = withMilestone(after, change.milestone, markerStyleFor(timeline, source, after));
    if (before === '' && after !== '' && !/[\s|]/.test(text[start - 1] ?? ' ')) after = ` ${after}`;
    const edit = smallestEdit(start, before, after);
    if (edit) edits.push(edit);
  }
  return { edits };
}

function deleteEntry(timeline: Timeline, entry: TimelineEntry): TimelineEditResult {
  const { text } = timeline;
  const source = entrySource(timeline.document, entry);
  if (typeof source === 'string') return { refused: source };
  const section = timeline.sectionAt(source.start);
  if (!section) return { refused: 'This entry lies outside a timeline section; edit it in the text.' };
  const lastOffset = regionEnd(text, section);
  let start = source.start;
  let end = nextLineStart(text, source.end);
  // A heading entry's block takes the blank lines after it along.
  if (entry.style === 'heading')
    while (end < lastOffset && text.slice(end, lineEndOf(text, end)).trim() === '') end = nextLineStart(text, end);
  if (end > lastOffset) {
    // The section's last entry: take the line breaks before it, not the one after the section.
    end = source.end;
    const floor = section.headingRange.end.offset;
    while (start > floor && /\s/.test(text[start - 1]!)) start--;
  }
  return { edits: [{ start, end, newText: '' }] };
}

/** The line breaks between two neighbouring entries, to write between new ones alike; the style's usual otherwise. */
function separatorAfter(timeline: Timeline, source: EntrySource): string {
  const { document, text, eol } = timeline;
  const index = document.timeline.indexOf(source.entry);
  const pairs = [
    [source.entry, document.timeline[index + 1]],
    [document.timeline[index - 1], source.entry],
  ] as const;
  for (const [first, second] of pairs) {
    if (!first || !second || first.style !== second.style) continue;
    const [a, b] = [first, second].map((entry) => (entry === source.entry ? source : entrySource(document, entry)));
    if (typeof a !== 'object' || typeof b !== 'object') continue;
    const gap = text.slice(a.end, b.start);
    const breaks = gap.split('\n').length - 1;
    if (gap.trim() === '' && breaks >= 1 && breaks <= 2) return eol.repeat(breaks);
  }
  return source.entry.style === 'heading' ? eol + eol : eol;
}

function insertEntries(
  timeline: Timeline,
  afterId: string | null,
  entries: readonly NewEntry[],
  now: number,
): TimelineEditResult {
  const { document, eol } = timeline;
  const anchor = afterId === null ? document.timeline[document.timeline.length - 1] : timeline.entry(afterId);
  if (afterId !== null && !anchor) return { refused: CHANGED_MEANWHILE };
  if (entries.length === 0) return { edits: [] };
  if (!anchor) return insertFirstEntries(timeline, entries, now);
  const source = entrySource(document, anchor);
  if (typeof source === 'string') return { refused: source };
  const separator = separatorAfter(timeline, source);
  const format = formatOf(anchor);
  let inserted = '';
  for (const entry of entries) {
    const written = newEntryText(timeline, source, format, entry, now);
    if (typeof written !== 'string') return { refused: written.invalid };
    inserted += separator + written;
  }
  return { edits: [{ start: source.end, end: source.end, newText: inserted.replace(/\r?\n/g, eol) }] };
}

/** `- 14:32 UTC Description` lines at the end of the first timeline section, for a timeline with no entries. */
function insertFirstEntries(timeline: Timeline, entries: readonly NewEntry[], now: number): TimelineEditResult {
  const { document, text, eol } = timeline;
  const section = timeline.sections[0];
  if (!section) return { refused: 'This document has no timeline section; create one first.' };
  const format = firstEntryFormat(document.frontMatter?.data);
  const lines: string[] = [];
  for (const entry of entries) {
    const time = timeToWrite(entry.time, format, now);
    if ('invalid' in time) return { refused: time.invalid };
    const description = withMilestone(
      escapeText(entry.description, { table: false, heading: false, lineStart: false }),
      entry.milestone,
      timeline.markerStyle(),
    );
    lines.push(`- ${'text' in time ? time.text : formatTime(time, format)} ${description}`.trimEnd());
  }
  // A code or HTML block that runs to the end of the document may be unclosed, and would swallow
  // what follows it: the entries go before it.
  const last = section.nodes[section.nodes.length - 1];
  if (
    last &&
    (last.type === 'code' || last.type === 'html') &&
    (last.position?.end.offset ?? 0) >= text.trimEnd().length
  ) {
    const at = lineStartOf(text, last.position?.start.offset ?? 0);
    return { edits: [{ start: at, end: at, newText: lines.join(eol) + eol + eol }] };
  }
  // After the section's own text, not in a subsection of another kind under it.
  const ownEnd = Math.max(
    section.headingRange.end.offset,
    ...section.nodes.map((node) => node.position?.end.offset ?? 0),
  );
  const at = lineEndOf(text, ownEnd);
  const blankBefore =
    text.slice(lineStartOf(text, at), at).trim() === '' && at > section.headingRange.end.offset ? '' : eol;
  const blankAfter = /^\r?\n[^\r\n]/.test(text.slice(at)) ? eol : '';
  return { edits: [{ start: at, end: at, newText: eol + blankBefore + lines.join(eol) + blankAfter }] };
}

/** A new entry's text in the style of `sample`: its bullet, markup, separator, table columns or heading shape. */
function newEntryText(
  timeline: Timeline,
  sample: EntrySource,
  format: TimeFormat,
  entry: NewEntry,
  now: number,
): string | { readonly invalid: string } {
  const { text } = timeline;
  const time = timeToWrite(entry.time, format, now);
  if ('invalid' in time) return time;
  const timeText = 'text' in time ? time.text : formatTime(time, format);
  const description = (lineStart: boolean) =>
    withMilestone(escaperFor(sample, lineStart)(entry.description), entry.milestone, timeline.markerStyle());
  const { timeRange } = sample.entry;
  if (sample.entry.style === 'table') {
    if (sample.descriptionCells.length === 0) return { invalid: NO_DESCRIPTION_CELL };
    return tableRow(text, sample, format, time, timeText, description(false));
  }
  // The line up to the time, without a sample's `~` or ticked box, and what separates the time from the description.
  const prefix = text
    .slice(sample.start, timeRange.start.offset)
    .replace(/[~\u2248]+$/, '')
    .replace(/\[[xX]\]/, '[ ]');
  if (sample.descriptionBelow) {
    const heading = prefix + timeText + text.slice(timeRange.end.offset, lineEndOf(text, timeRange.end.offset));
    const paragraph = description(true);
    return paragraph === '' ? heading : `${heading}\n\n${paragraph}`;
  }
  let between = text.slice(timeRange.end.offset, Math.max(timeRange.end.offset, sample.descriptionStart));
  if (!/\s$/.test(between)) between += ' ';
  return (prefix + timeText + between + description(false)).trimEnd();
}

/**
 * In a table row with the date in a cell of its own: the clock to write in the time cell and, for a
 * time on another day, the date to write in the date cell in its style (`2025-01-05`, `Jan 5`).
 */
function dateColumn(
  text: string,
  source: EntrySource,
  format: TimeFormat,
  time: WallTime | { text: string },
): { cell: number; clock: string; date: string | undefined } | undefined {
  const { cells, timeCell } = source;
  const cell = cells.findIndex(
    (other, index) => index !== timeCell && dateCellStyle(text.slice(other.start, other.end)) !== undefined,
  );
  const style = cell === -1 ? undefined : dateCellStyle(text.slice(cells[cell]!.start, cells[cell]!.end));
  if (!style || !('msOfDay' in time)) return undefined;
  const reference = format.referenceDay;
  const otherDay =
    time.day && (!reference || formatCalendarDate(time.day, style) !== formatCalendarDate(reference, style));
  return {
    cell,
    clock: formatClock(time.msOfDay, format),
    date: time.day && otherDay ? formatCalendarDate(time.day, style) : undefined,
  };
}

/**
 * A table row with the sample's columns: the time (and date, in split columns) and the description filled, the other
 * cells empty.
 */
function tableRow(
  text: string,
  sample: EntrySource,
  format: TimeFormat,
  time: WallTime | { text: string },
  timeText: string,
  description: string,
): string {
  const { cells, timeCell, descriptionCells } = sample;
  const contents = cells.map(() => '');
  contents[timeCell] = timeText.replace(/\|/g, '\\|');
  const split = dateColumn(text, sample, format, time);
  if (split) {
    contents[timeCell] = split.clock;
    if (split.date) contents[split.cell] = split.date;
  }
  const descriptionCell = descriptionCells[0];
  if (descriptionCell !== undefined) contents[descriptionCell] = description;
  const row = cells.map((cell, index) => ` ${contents[index]} `.padEnd(cell.rawEnd - cell.rawStart)).join('|');
  const closing = text.slice(cells[cells.length - 1]!.rawEnd, sample.end);
  return text.slice(sample.start, cells[0]!.rawStart) + (closing === '' ? row.trimEnd() : row) + closing;
}

/** Sorts each timeline section's entries by time, moving their text; entries with no time stay where they are. */
function sortEntries(timeline: Timeline): TimelineEditResult {
  const { document, text } = timeline;
  const edits: TextEdit[] = [];
  for (const section of timeline.sections) {
    const last = regionEnd(text, section);
    const entries = document.timeline.filter(
      (entry) => entry.range.start.offset >= section.headingRange.end.offset && entry.range.start.offset <= last,
    );
    const byInstant = entries.every((entry) => entry.instant !== undefined || entry.wallClock === undefined);
    const keyOf = (entry: TimelineEntry) => (byInstant ? entry.instant : entry.wallClock);
    const sources: EntrySource[] = [];
    for (const entry of entries.filter((candidate) => keyOf(candidate) !== undefined)) {
      const source = entrySource(document, entry);
      if (typeof source === 'string') return { refused: source };
      if (sources.length > 0 && source.start < sources[sources.length - 1]!.end)
        return { refused: 'Entries nested in other entries cannot be sorted here; sort them in the text.' };
      sources.push(source);
    }
    const sorted = sources
      .map((source, index) => ({ source, index }))
      .sort((a, b) => keyOf(a.source.entry)! - keyOf(b.source.entry)! || a.index - b.index);
    for (const [slot, { source }] of sorted.entries()) {
      const place = sources[slot]!;
      if (place === source) continue;
      if (shapeOf(text, place) !== shapeOf(text, source))
        return {
          refused:
            'The entries are written in different shapes (lists, tables, headings, indentation), so ' +
            'sorting would mix them; sort them in the text.',
        };
      edits.push({ start: place.start, end: place.end, newText: text.slice(source.start, source.end) });
    }
  }
  return { edits };
}

/** What must match for an entry's text to move to another's place: its style, indentation and heading level. */
function shapeOf(text: string, source: EntrySource): string {
  const line = text.slice(source.start, source.end);
  return `${source.entry.style}:${/^[ \t>]*#*/.exec(line)![0]}`;
}
