// Timeline entries in tables: one per row, its time in one column (`| 2025-01-05 14:32 | ... |`)
// or split over Day / Date / Time columns, with a zone or a year in the column headers
// (`Time (UTC)`, `Date (2022)`).
import type { Table, TableCell, TableRow } from 'mdast';
import type { ModelContext } from '../model/context';
import { endOffset, plainText, startOffset } from '../model/mdastText';
import { NO_TIME, type Timestamp, timestampAt } from '../model/time';
import { type EntryCandidate, entryCandidate, holdsLetter, plainTextBetween, writtenDate } from './candidate';
import { type ZoneMention, mentionAt } from './mention';
import type { SectionScope } from './scope';
import { findZoneMention } from '../model/zones';
import { type UntimedMark, untimedMarkAt } from './untimedMarks';

const TIME_HEADER = /\b(?:time|times|when|timestamp|hour|clock|utc|gmt)\b/i;
const DATE_HEADER = /\b(?:date|day|when)\b/i;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?$/i;
/** A cell in a time column that tried to hold a time: digits, colons, question marks. */
const TIME_LIKE = /^[\d?xX:.\s\-/]{1,20}$/;

interface CellText {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function cellText(context: ModelContext, cell: TableCell | undefined): CellText | undefined {
  const first = cell?.children[0];
  const last = cell?.children[cell.children.length - 1];
  if (!first || !last) return undefined;
  const start = startOffset(first);
  const end = endOffset(last);
  return { text: context.text.slice(start, Math.min(end, start + 240)), start, end };
}

interface Columns {
  /** Columns that hold the date or the time, in order; the first column when no header says. */
  readonly indexes: readonly number[];
  readonly named: boolean;
  readonly zone: ZoneMention | undefined;
  readonly year: number | undefined;
  readonly compact: ReadonlySet<number>;
}

/** The columns whose headers say they hold the date or the time (`Time (UTC)`, `Date`, `When`); the rest describe. */
export function namedTimeColumns(table: Table): number[] {
  const header = table.children[0]?.children ?? [];
  return header.flatMap((cell, index) => {
    const text = plainText(cell);
    return TIME_HEADER.test(text) || DATE_HEADER.test(text) ? [index] : [];
  });
}

function readColumns(context: ModelContext, table: Table): Columns {
  const header = table.children[0]?.children ?? [];
  const indexes = namedTimeColumns(table);
  const compact = new Set<number>();
  let zone: ZoneMention | undefined;
  let year: number | undefined;
  for (const index of indexes) {
    const cell = header[index]!;
    const text = plainText(cell);
    if (TIME_HEADER.test(text)) compact.add(index);
    const content = cellText(context, cell);
    if (content) zone ??= mentionAt(context, content.start, findZoneMention(content.text));
    if (DATE_HEADER.test(text)) year ??= Number(/\b(?:19|20)\d{2}\b/.exec(text)?.[0] ?? Number.NaN) || undefined;
  }
  return indexes.length > 0
    ? { indexes, named: true, zone, year, compact }
    : { indexes: [0], named: false, zone, year, compact };
}

interface CellTimestamp {
  readonly cell: CellText;
  readonly timestamp: Timestamp;
}

/**
 * One entry per row whose date or time columns hold a date or a time, and in a table where some row holds a time,
 * one per row with words and no time, which cannot be placed.
 */
export function tableCandidates(context: ModelContext, table: Table, scope: SectionScope): EntryCandidate[] {
  const columns = readColumns(context, table);
  const rows = table.children.slice(1).map((row) => ({ row, ...rowTimestamps(context, row, columns) }));
  const timedRows = rows.filter((row) => row.timed !== undefined).length;
  const timedTable = timedRows > 0 && timedRows * 2 >= rows.length;
  const candidates: EntryCandidate[] = [];
  for (const { row, dated, timed, marked, unparseable } of rows) {
    const found = timed ?? dated ?? marked ?? unparseable;
    const untimed = found || !timedTable ? undefined : noTime(context, row, columns);
    const main = found ?? untimed;
    if (!main) continue;
    const description = row.children
      .filter((_cell, index) => !columns.indexes.includes(index))
      .map((cell) => plainTextBetween(cell, startOffset(cell), endOffset(cell), context.text))
      .filter((text) => text.length > 0)
      .join(' | ');
    const missingTime = main === untimed;
    if (missingTime && !holdsLetter(description)) continue;
    const start = startOffset(row);
    const end = endOffset(row);
    const candidate = entryCandidate(context, main.timestamp, main.cell.start, {
      scope,
      style: 'table',
      untimed: main === marked ? marked.mark : missingTime ? 'none' : undefined,
      missingTime,
      start,
      end,
      description,
      markerText: context.text.slice(start, Math.min(end, start + 4000)),
      columnZone: columns.zone,
      columnYear: columns.year,
    });
    // A date in one column and the time in another: the row's date is the date column's.
    candidates.push(
      timed && dated && !timed.timestamp.date
        ? {
            ...candidate,
            date: dated.timestamp.date && writtenDate(dated.timestamp.date, dated.cell.start),
            invalid: candidate.invalid ?? dated.timestamp.invalid,
          }
        : candidate,
    );
  }
  return candidates;
}

/** Where a row with no time has its time: its first time column's words ("Between the 10th and the 16th"), if any. */
function noTime(context: ModelContext, row: TableRow, columns: Columns): CellTimestamp | undefined {
  const cell = row.children[columns.indexes[0]!];
  if (!cell) return undefined;
  const written = cellText(context, cell);
  // A dash or a question mark in the cell says "no time" as an empty cell does.
  if (written && /[\p{L}\p{N}]/u.test(written.text)) {
    const end = written.text.trimEnd().length;
    return { cell: written, timestamp: { ...NO_TIME, end, rest: end } };
  }
  const start = written?.start ?? startOffset(cell) + 1;
  return { cell: { text: '', start, end: start }, timestamp: NO_TIME };
}

interface RowTimestamps {
  readonly dated?: CellTimestamp;
  readonly timed?: CellTimestamp;
  readonly unparseable?: CellTimestamp;
  readonly marked?: CellTimestamp & { readonly mark: UntimedMark };
}

/** What the date and time columns of a row hold. */
function rowTimestamps(context: ModelContext, row: TableRow, columns: Columns): RowTimestamps {
  let dated: CellTimestamp | undefined;
  let timed: CellTimestamp | undefined;
  let unparseable: CellTimestamp | undefined;
  let marked: (CellTimestamp & { readonly mark: UntimedMark }) | undefined;
  for (const index of columns.indexes) {
    const cell = cellText(context, row.children[index]);
    if (!cell || WEEKDAY.test(cell.text.trim())) continue;
    const timestamp = timestampAt(cell.text, 0, { compact: columns.compact.has(index), wholeCell: true });
    const untimed = timestamp ? undefined : untimedMarkAt(cell.text);
    if (timestamp?.time) timed ??= { cell, timestamp };
    else if (timestamp?.date && !timestamp.unparseable) dated ??= { cell, timestamp };
    else if (untimed) marked ??= { cell, timestamp: untimed.timestamp, mark: untimed.mark };
    else if (columns.named && (timestamp?.unparseable || (TIME_LIKE.test(cell.text) && /[\d?]/.test(cell.text))))
      unparseable ??= { cell, timestamp: timestamp ?? placeholder(cell.text) };
  }
  return { dated, timed, unparseable, marked };
}

function placeholder(text: string): Timestamp {
  const trimmed = text.trimEnd();
  const start = text.length - text.trimStart().length;
  return { ...NO_TIME, start, end: trimmed.length, rest: trimmed.length, unparseable: true };
}
