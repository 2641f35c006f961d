// Where the parts of a timeline entry are written: its lines, its time, its description (a list
// item's first paragraph, a line, a heading or the paragraph under it, a table row's cells), its
// milestone marker; and how text a person typed is written there so that it reads back the same.
import type { Heading, Nodes, Table } from 'mdast';
import { endOffset, startOffset } from '../model/mdastText';
import { CAPITALS_MARKER, milestoneIn } from './milestones';
import { parseTimestamp, timestampAt } from '../model/time';
import type { Milestone } from '../vocabulary/terms';
import type { PostmortemDocument, TimelineEntry } from '../model/types';
import { dateCellStyle } from './timeFormat';
import { namedTimeColumns } from './table';

interface Cell {
  /** Between the pipes. */
  readonly rawStart: number;
  readonly rawEnd: number;
  /** The content without surrounding blanks; an empty cell's is empty, after its first blank. */
  readonly start: number;
  readonly end: number;
}

export interface EntrySource {
  readonly entry: TimelineEntry;
  /** The start of the entry's first line and the end of its last, before the line break. */
  readonly start: number;
  readonly end: number;
  /** The description as written, markup included (and a milestone marker in it). */
  readonly descriptionStart: number;
  readonly descriptionEnd: number;
  /** A heading entry whose description is the paragraph under it. */
  readonly descriptionBelow: boolean;
  /** A bullet that names its moment in a bold label before the time (`- **Incident Start:** 23:15 UTC`). */
  readonly labelBefore: boolean;
  readonly cells: readonly Cell[];
  readonly timeCell: number;
  /** Cells that are neither the time nor a date or weekday: the description's. */
  readonly descriptionCells: readonly number[];
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?$/i;
const MAX_DEPTH = 32;

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The node of `type` that starts at `offset`. */
function nodeAt(node: Nodes, offset: number, type: Nodes['type'], depth = 0): Nodes | undefined {
  if (node.type === type && startOffset(node) === offset) return node;
  if (!('children' in node) || depth > MAX_DEPTH) return undefined;
  for (const child of node.children as Nodes[]) {
    if (startOffset(child) <= offset && offset < Math.max(endOffset(child), startOffset(child) + 1))
      return nodeAt(child, offset, type, depth + 1);
  }
  return undefined;
}

/** Where the description begins after the time: past closing markup and a separator such as ` - `. */
function restAfterTime(text: string, entry: TimelineEntry): number {
  const timeStart = entry.timeRange.start.offset;
  const timeEnd = entry.timeRange.end.offset;
  // The scanner read the time after leading markup (`**`, `[`, `~`); find where, to read the same trailer.
  for (let start = timeStart; start >= Math.max(lineStartOf(text, timeStart), timeStart - 12); start--) {
    const found = timestampAt(text, start);
    if (found?.start === timeStart && found.end === timeEnd) return found.rest;
  }
  return timeEnd;
}

function tableCells(text: string, lineStart: number, lineEnd: number): Cell[] {
  const line = text.slice(lineStart, lineEnd);
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const bounds = [...(pipes[0] !== undefined && line.slice(0, pipes[0]).trim() === '' ? [] : [-1]), ...pipes];
  if (line.slice((pipes[pipes.length - 1] ?? -1) + 1).trim() !== '') bounds.push(line.length);
  const cells: Cell[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const rawStart = lineStart + bounds[i]! + 1;
    const rawEnd = lineStart + bounds[i + 1]!;
    const raw = text.slice(rawStart, rawEnd);
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    const start = content === '' ? Math.min(rawStart + 1, rawEnd) : rawStart + leading;
    cells.push({ rawStart, rawEnd, start, end: start + content.length });
  }
  return cells;
}

function isDateCell(content: string): boolean {
  if (WEEKDAY.test(content) || dateCellStyle(content)) return true;
  const found = parseTimestamp(content, { wholeCell: true });
  return found !== undefined && found.date !== undefined && found.time === undefined;
}

/** The node of `type` that holds `offset`, outermost first. */
function nodeAround(node: Nodes, offset: number, type: Nodes['type'], depth = 0): Nodes | undefined {
  if (node.type === type) return node;
  if (!('children' in node) || depth > MAX_DEPTH) return undefined;
  const child = (node.children as Nodes[]).find(
    (candidate) => startOffset(candidate) <= offset && offset < endOffset(candidate),
  );
  return child ? nodeAround(child, offset, type, depth + 1) : undefined;
}

/** Each document's tables' time columns, read once per table: each of its rows' entries asks for them. */
const timeColumnsOfTables = new WeakMap<PostmortemDocument, Map<Nodes, ReadonlySet<number>>>();

/**
 * The columns of the table holding a row that the header names as the date or the time, or in which some row writes a
 * date or a weekday (the split `Day | Date | Time` columns): the cells that are not the description.
 */
function tableTimeColumns(document: PostmortemDocument, offset: number): ReadonlySet<number> {
  const table = nodeAround(document.tree, offset, 'table');
  if (table?.type !== 'table') return new Set();
  let tables = timeColumnsOfTables.get(document);
  if (!tables) {
    tables = new Map();
    timeColumnsOfTables.set(document, tables);
  }
  let columns = tables.get(table);
  if (!columns) {
    columns = timeColumnsOf(document.text, table);
    tables.set(table, columns);
  }
  return columns;
}

function timeColumnsOf(text: string, table: Table): Set<number> {
  // The columns the reader takes the time from never hold the description, whatever a row holds in them.
  const columns = new Set(namedTimeColumns(table));
  for (const row of table.children.slice(1)) {
    const start = lineStartOf(text, startOffset(row));
    tableCells(text, start, lineEndOf(text, start)).forEach((cell, index) => {
      if (isDateCell(text.slice(cell.start, cell.end))) columns.add(index);
    });
  }
  return columns;
}

/** The parts of an entry, or why it cannot be edited. */
export function entrySource(document: PostmortemDocument, entry: TimelineEntry): EntrySource | string {
  const { text } = document;
  const start = lineStartOf(text, entry.range.start.offset);
  const timeStart = entry.timeRange.start.offset;
  const base = {
    entry,
    start,
    descriptionBelow: false,
    labelBefore: false,
    cells: [] as Cell[],
    timeCell: -1,
    descriptionCells: [] as number[],
  };
  switch (entry.style) {
    case 'line':
      // Entries joined on one line by `<br>` share it: the editor changes whole lines.
      if (
        text.slice(start, entry.range.start.offset).trim() !== '' ||
        text.slice(entry.range.end.offset, lineEndOf(text, entry.range.end.offset)).trim() !== ''
      )
        return 'This entry shares its line with another (joined by <br>); edit it in the text';
      return {
        ...base,
        end: lineEndOf(text, entry.range.end.offset),
        ...(lineStartOf(text, timeStart) > start
          ? // Told above its time, as a status page writes an update: the lines above are the description.
            {
              descriptionStart: entry.range.start.offset,
              descriptionEnd: lineEndOf(text, lineStartOf(text, timeStart) - 1),
            }
          : { descriptionStart: restAfterTime(text, entry), descriptionEnd: entry.range.end.offset }),
      };
    case 'list': {
      const item = nodeAt(document.tree, entry.range.start.offset, 'listItem');
      const first = item && 'children' in item ? (item.children[0] as Nodes | undefined) : undefined;
      const descriptionEnd = first?.type === 'paragraph' ? endOffset(first) : lineEndOf(text, timeStart);
      // Words in bold before the time, or a few words and a colon (`Down: 15:21`), not the markup of a time in bold
      // (`**14:05**`) nor `At 14:05`: a label the description starts with.
      const lead = first ? text.slice(startOffset(first), timeStart) : '';
      return {
        ...base,
        labelBefore: /^(?:\*\*|__)[^*_]*[\p{L}\d]/u.test(lead) || /^\p{L}[^:\n]{0,40}:\s*$/u.test(lead),
        end: lineEndOf(text, entry.range.end.offset),
        descriptionStart: restAfterTime(text, entry),
        descriptionEnd,
      };
    }
    case 'heading': {
      const heading = nodeAt(document.tree, entry.range.start.offset, 'heading') as Heading | undefined;
      const section = document.sections.find(
        (candidate) => candidate.headingRange.start.offset === entry.range.start.offset,
      );
      if (!heading || !section || text[entry.range.start.offset] !== '#')
        return (
          'This heading entry is written in a shape the editor cannot change (an underlined ' +
          'heading); edit it in the text'
        );
      const last = heading.children[heading.children.length - 1];
      const contentEnd = last ? endOffset(last) : endOffset(heading);
      const rest = Math.min(restAfterTime(text, entry), contentEnd);
      const end = lineEndOf(text, section.range.end.offset);
      if (text.slice(rest, contentEnd).trim() !== '' || entry.range.end.offset <= endOffset(heading))
        return { ...base, end, descriptionStart: rest, descriptionEnd: contentEnd };
      const below = text.slice(endOffset(heading), entry.range.end.offset);
      return {
        ...base,
        end,
        descriptionStart: endOffset(heading) + below.length - below.trimStart().length,
        descriptionEnd: entry.range.end.offset,
        descriptionBelow: true,
      };
    }
    case 'table': {
      const end = lineEndOf(text, entry.range.start.offset);
      const cells = tableCells(text, start, end);
      const timeCell = cells.findIndex((cell) => cell.rawStart <= timeStart && timeStart < cell.rawEnd);
      if (timeCell === -1) return 'This table row is written in a shape the editor cannot change; edit it in the text';
      const timeColumns = tableTimeColumns(document, entry.range.start.offset);
      const descriptionCells = cells
        .map((_cell, index) => index)
        .filter((index) => index !== timeCell && !timeColumns.has(index));
      const written = descriptionCells.filter((index) => cells[index]!.end > cells[index]!.start);
      const first = cells[descriptionCells[0] ?? timeCell]!;
      const descriptionStart = written.length > 0 ? cells[written[0]!]!.start : first.start;
      const descriptionEnd = written.length > 0 ? cells[written[written.length - 1]!]!.end : first.start;
      return { ...base, end, cells, timeCell, descriptionCells, descriptionStart, descriptionEnd };
    }
  }
}

export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly milestone: Milestone;
}

const MARKER_FORMS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['(', ')'],
  ['**', '**'],
  ['__', '__'],
];

/** The first milestone marker in `source` (`[detected]`, `(resolved)`, `**OUTAGE BEGINS**`), offsets in `source`. */
export function findMarker(source: string): Marker | undefined {
  for (let i = 0; i < source.length; i++) {
    for (const [open, close] of MARKER_FORMS) {
      if (!source.startsWith(open, i)) continue;
      const closing = source.indexOf(close, i + open.length);
      if (closing === -1 || closing - i > 60) continue;
      const end = closing + close.length;
      const inner = source.slice(i + open.length, closing);
      if (!/^[\p{L}\s:]*$/u.test(inner) || (open === '[' && /[([]/.test(source[end] ?? ''))) continue;
      const milestone = milestoneIn(source.slice(i, end));
      if (milestone) return { start: i, end, milestone };
    }
  }
  CAPITALS_MARKER.lastIndex = 0;
  const capitals = CAPITALS_MARKER.exec(source);
  const milestone = capitals ? milestoneIn(capitals[0]) : undefined;
  return capitals && milestone
    ? { start: capitals.index, end: capitals.index + capitals[0].length, milestone }
    : undefined;
}

/** How a document writes milestone markers, from the first one in it; `[detected]` at the end by default. */
export interface MarkerStyle {
  readonly open: string;
  readonly close: string;
  readonly subject: string | undefined;
  readonly upper: boolean;
  readonly leading: boolean;
}

export const DEFAULT_MARKER_STYLE: MarkerStyle = {
  open: '[',
  close: ']',
  subject: undefined,
  upper: false,
  leading: false,
};

export function markerStyleOf(description: string): MarkerStyle | undefined {
  const marker = findMarker(description);
  if (!marker) return undefined;
  const written = description.slice(marker.start, marker.end);
  // A marker in capitals with no bracket (`OUTAGE BEGINS`) is written back so.
  const form = MARKER_FORMS.find(([open]) => written.startsWith(open)) ?? ['', ''];
  const inner = written.slice(form[0].length, written.length - form[1].length).trim();
  const subject = /^(outage|incident|impact|problem|issue|service|degradation|disruption)\s/i.exec(inner)?.[1];
  return {
    open: form[0],
    close: form[1],
    subject,
    upper: inner === inner.toUpperCase(),
    leading: description.slice(0, marker.start).trim() === '',
  };
}

const SUBJECT_WORDS: Readonly<Record<Milestone, string>> = {
  started: 'begins',
  detected: 'detected',
  mitigated: 'mitigated',
  resolved: 'ends',
};

function markerText(style: MarkerStyle, milestone: Milestone): string {
  const words = style.subject ? `${style.subject} ${SUBJECT_WORDS[milestone]}` : milestone;
  return `${style.open}${style.upper ? words.toUpperCase() : words}${style.close}`;
}

export interface EscapeContext {
  readonly table: boolean;
  readonly heading: boolean;
  /** The text begins a line, where `#`, `>`, `-` or `1.` would start a block. */
  readonly lineStart: boolean;
}

/** Typed text as Markdown that reads back as that text: on one line, markup characters escaped. */
export function escapeText(typed: string, context: EscapeContext): string {
  let text = typed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>~]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&');
  if (context.table) text = text.replace(/\|/g, '\\|');
  if (context.heading) text = text.replace(/#/g, '\\#');
  if (context.lineStart) text = text.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return text;
}

/** Whitespace collapsed, as the model reads a description. */
export function normalizeText(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim();
}

/**
 * Each character of `plain` matched in order to one of `source` (blanks to blanks), or undefined when they do not
 * align.
 */
function align(source: string, plain: string): number[] | undefined {
  const positions: number[] = [];
  let at = 0;
  for (const char of plain) {
    if (/\s/.test(char)) {
      while (at < source.length && !/\s/.test(source[at]!)) at++;
    } else {
      at = source.indexOf(char, at);
      if (at === -1) return undefined;
    }
    if (at >= source.length) return undefined;
    positions.push(at);
    at += char.length;
    if (/\s/.test(char)) while (at < source.length && /\s/.test(source[at]!)) at++;
  }
  return positions;
}

/**
 * The description's source rewritten to read `next` instead of `previous` (both as the model reads
 * them): only the characters that differ are replaced, so markup and links around them stay.
 */
export function rewriteDescription(
  source: string,
  previous: string,
  next: string,
  escapeText: (text: string) => string,
): string {
  if (previous === next) return source;
  const chars = Array.from(previous);
  const nextChars = Array.from(next);
  const positions = align(source, previous);
  if (!positions || chars.length === 0) return escapeText(next);
  let prefix = 0;
  while (prefix < chars.length && prefix < nextChars.length && chars[prefix] === nextChars[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < chars.length - prefix &&
    suffix < nextChars.length - prefix &&
    chars[chars.length - 1 - suffix] === nextChars[nextChars.length - 1 - suffix]
  )
    suffix++;
  const inserted = nextChars.slice(prefix, nextChars.length - suffix).join('');
  const removedFrom = prefix;
  const removedTo = chars.length - suffix;
  let start: number;
  let end: number;
  // A character written escaped (`\_`) starts at its backslash.
  const startOf = (index: number) => positions[index]! - (source[positions[index]! - 1] === '\\' ? 1 : 0);
  if (removedFrom === removedTo)
    start = end = prefix > 0 ? positions[prefix - 1]! + chars[prefix - 1]!.length : startOf(removedTo);
  else {
    start = startOf(removedFrom);
    end = positions[removedTo - 1]! + chars[removedTo - 1]!.length;
  }
  // Escaping needs the neighbours: an underscore is markup only at a word's edge, a blank is kept as one.
  const written = /^\s|\s$/.test(inserted) ? inserted.replace(/^\s+|\s+$/g, ' ') : inserted;
  const leading = written.startsWith(' ') ? ' ' : '';
  const trailing = written.length > 1 && written.endsWith(' ') ? ' ' : '';
  return source.slice(0, start) + leading + escapeText(written) + trailing + source.slice(end);
}

/** A description (as written) with its milestone marker added, replaced or removed. */
export function withMilestone(description: string, milestone: Milestone | null, style: MarkerStyle): string {
  const marker = findMarker(description);
  if (marker) {
    if (milestone === marker.milestone) return description;
    if (milestone !== null)
      return (
        description.slice(0, marker.start) +
        markerText(markerStyleOf(description) ?? style, milestone) +
        description.slice(marker.end)
      );
    const before = description[marker.start - 1] === ' ' ? 1 : 0;
    const after = !before && description[marker.end] === ' ' ? 1 : 0;
    return description.slice(0, marker.start - before) + description.slice(marker.end + after);
  }
  if (milestone === null) return description;
  const text = markerText(style, milestone);
  if (description.trim() === '') return text;
  return style.leading ? `${text} ${description}` : `${description}${/\s$/.test(description) ? '' : ' '}${text}`;
}

/** A description as the timeline editor shows it: without its milestone marker, which it shows apart. */
export function withoutMilestone(description: string): string {
  return withMilestone(description, null, DEFAULT_MARKER_STYLE);
}
