// Action items from tables: one per body row, with Owner / Who / Assignee, Due, Priority, Type,
// Status and Tracking columns found by their header text.
import type { Table, TableCell } from 'mdast';
import { endOffset, startOffset } from '../model/mdastText';
import { headingKind } from '../model/sections';
import type { KeptResults, MarkdownCache } from '../model/markdown';
import type { ActionItem, Range } from '../model/types';
import {
  buildItem,
  ownedByColumn,
  type ColumnValues,
  type Draft,
  type Extraction,
  type ItemDraft,
  type Scope,
} from './build';
import { dateIn } from './dates';
import { itemLinks } from './links';
import { isCollectiveOwner, isOwnerRemark, isPlaceholderOwner, splitOwnerList } from './ownerNames';
import type { OwnerMatch } from './owners';
import { collapse, isBlankText, itemSource, type ItemSource, type Span } from './source';
import { statusMarkers, statusWord, type ItemStatus } from './status';
import { normalizePriority } from './tags';
import { isBlankAt, type LineIndex } from '../model/text';

type Role = 'owner' | 'due' | 'priority' | 'status' | 'type' | 'tracking' | 'text';

/** Tried in order: "Action owner" is an owner column, "Due date" a due column. */
const ROLE_HEADERS: ReadonlyArray<readonly [Role, RegExp]> = [
  ['owner', /\b(?:owners?|who|assignees?|assigned(?: to)?|respons[ai]ble|dri|accountable|poc|point of contact|lead)\b/],
  ['due', /\b(?:due|deadline|target date|eta|by when|when|date|target)\b/],
  ['priority', /\b(?:priority|prio|pri|importance|severity|p)\b/],
  ['status', /\b(?:status|state|done|progress|complete|completed)\b/],
  ['type', /\b(?:type|kind|category|class)\b/],
  [
    'tracking',
    /\b(?:tracking|ticket|tickets|issues?|bugs?|links?|jira|prs?|pull requests?|references?|ref|tracker|url)\b/,
  ],
  [
    'text',
    new RegExp(
      String.raw`\b(?:actions?|action items?|items?|tasks?|descriptions?|what|title` +
        String.raw`|follow[- ]?ups?|remediation|to ?do|measures?|summary|details?|name)\b`,
    ),
  ],
];

/** The interior of a cell between its pipes, and its trimmed content. */
interface CellBounds {
  readonly interior: Span;
  readonly content: Span;
}

function cellBounds(text: string, cell: TableCell): CellBounds {
  let start = startOffset(cell);
  let end = endOffset(cell);
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  let contentStart = start;
  let contentEnd = end;
  while (contentStart < contentEnd && isBlankAt(text, contentStart)) contentStart++;
  while (contentEnd > contentStart && isBlankAt(text, contentEnd - 1)) contentEnd--;
  return { interior: { start, end }, content: { start: contentStart, end: contentEnd } };
}

/** The header's cells as lower-cased words. */
function headerTitles(table: Table, extraction: Extraction): string[] {
  const header = table.children[0]?.children ?? [];
  return header.map((cell) =>
    collapse(itemSource(extraction.text, [cell], extraction.definitions).visible).toLowerCase(),
  );
}

function columnRoles(titles: readonly string[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  titles.forEach((title, column) => {
    const role = ROLE_HEADERS.find(([candidate, pattern]) => !roles.has(candidate) && pattern.test(title))?.[0];
    if (role) roles.set(role, column);
  });
  if (!roles.has('text')) {
    const free = titles.findIndex((_, column) => ![...roles.values()].includes(column));
    if (free >= 0) roles.set('text', free);
  }
  return roles;
}

/** A column of times of day makes a table a timeline's, whatever its other columns say. */
const TIME_OF_DAY_HEADER = /\b(?:time|times|timestamp|hour|clock)\b/;

/**
 * Whether a table lists action items by its columns, wherever it stands: one column is headed by a
 * name of action items (Action, Action item, Task, Follow-up, Remediation) and another by an item's
 * owner, due date, priority, status, type or tracking (Owner, Who, Due, Priority, Status, Type, Bug).
 */
export function isActionTable(table: Table, extraction: Extraction): boolean {
  const titles = headerTitles(table, extraction);
  if (titles.some((title) => TIME_OF_DAY_HEADER.test(title))) return false;
  const actionColumn = titles.findIndex((title) => headingKind(title) === 'action-items');
  return (
    actionColumn >= 0 && [...columnRoles(titles)].some(([role, column]) => role !== 'text' && column !== actionColumn)
  );
}

/**
 * Whether a table in an action-items section holds items: some header names an item's part (Action,
 * Owner, Due, Status, ...), or none is written. `| Resolver | Query | Mutation |` lists data.
 */
export function holdsItems(table: Table, extraction: Extraction): boolean {
  const titles = headerTitles(table, extraction);
  // `| Time (UTC) | Action |`: a table that opens with the time of each row tells what was done when, not work.
  if (TIME_OF_DAY_HEADER.test(titles[0] ?? '')) return false;
  return (
    titles.every((title) => title === '') ||
    titles.some(
      (title) => headingKind(title) === 'action-items' || ROLE_HEADERS.some(([, pattern]) => pattern.test(title)),
    )
  );
}

export function tableDrafts(table: Table, scope: Scope, extraction: Extraction): ItemDraft[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const roles = columnRoles(headerTitles(table, extraction));
  const drafts: ItemDraft[] = [];
  for (const row of rows) {
    const cells = row.children;
    const sources = cells.map((cell) => {
      const bounds = cellBounds(extraction.text, cell);
      return {
        cell,
        bounds,
        source: itemSource(extraction.text, [cell], extraction.definitions, bounds.content.start, bounds.content.end),
      };
    });
    if (sources.every(({ source }) => isBlankText(source.visible))) continue;
    const at = (role: Role) => {
      const column = roles.get(role);
      return column === undefined ? undefined : sources[column];
    };
    const textCell = at('text') ?? sources.find(({ source }) => !isBlankText(source.visible))!;
    const ownerCell = at('owner');
    const words = (role: Role): string | undefined => {
      const cell = at(role);
      const value = cell ? collapse(cell.source.visible) : '';
      return value || undefined;
    };
    const tracking = at('tracking');
    const columns: ColumnValues = {
      owner: ownerCell ? columnOwner(ownerCell.source, ownerCell.bounds) : undefined,
      due: dateIn(words('due') ?? '', extraction.postmortemDate),
      priority: normalizePriority(words('priority') ?? ''),
      type: words('type')?.toLowerCase().slice(0, 40),
      status:
        statusWord(words('status') ?? '') ??
        markedStatus(sources.filter((cell) => cell !== textCell && cell !== ownerCell).map((cell) => cell.source)),
      links: tracking ? itemLinks(tracking.source) : [],
    };
    drafts.push({
      style: 'table',
      range: { start: startOffset(row), end: endOffset(row) },
      source: textCell.source,
      ownerInsertOffset: ownerCell
        ? emptyCellInsertOffset(extraction.text, ownerCell.bounds)
        : textCell.bounds.content.end,
      scope,
      columns,
      statusSpan: cellSpan(at('status')?.bounds),
    });
  }
  return drafts;
}

/** A marker in another cell, as Google's template writes it: `| Bug 5554823 **TODO** |`. */
function markedStatus(cells: readonly ItemSource[]): ItemStatus | undefined {
  for (const cell of cells) {
    const { status } = statusMarkers(cell);
    if (status) return status;
  }
  return undefined;
}

/** Inside an empty cell, one blank after the pipe: `|   |` becomes `| @owner  |`. */
function emptyCellInsertOffset(text: string, bounds: CellBounds): number {
  const { interior, content } = bounds;
  if (content.end > content.start) return content.end;
  return interior.start < interior.end && text[interior.start] === ' ' ? interior.start + 1 : interior.start;
}

/** A cell's text, or its inside when it is empty. */
function cellSpan(bounds: CellBounds | undefined): Span | undefined {
  if (!bounds) return undefined;
  return bounds.content.end > bounds.content.start ? bounds.content : bounds.interior;
}

function columnOwner(source: ItemSource, bounds: CellBounds): OwnerMatch {
  const value = collapse(source.visible);
  const owners: string[] = [];
  let placeholder = false;
  for (const part of splitOwnerList(value)) {
    if (isPlaceholderOwner(part) || isCollectiveOwner(part) || isOwnerRemark(part)) placeholder = true;
    else owners.push(part);
  }
  const range = value ? bounds.content : bounds.interior;
  return { owners, source: 'column', range, placeholder: placeholder && owners.length === 0, removals: [] };
}

/** A table's items as built, and the offset the table started at then. */
interface KeptTable {
  readonly start: number;
  readonly items: readonly ActionItem[];
}

/** Where a document's tables' items are kept between its versions, and what else they were read with. */
export interface KeptTables {
  readonly cache: MarkdownCache;
  readonly results: KeptResults<KeptTable>;
  /**
   * The reference definitions the tree holds, by which a cell's links are read (a definition line may stand in a
   * paragraph, where it defines nothing).
   */
  readonly definitions: string;
  /** The configured owners and the postmortem's date, which every row's owner and due date are read by. */
  readonly context: string;
}

export function keptTables(
  cache: MarkdownCache,
  { definitions, directory, postmortemDate }: Omit<Extraction, 'keptTables'>,
): KeptTables {
  return {
    cache,
    results: cache.kept<KeptTable>('action-item tables'),
    definitions: JSON.stringify([...definitions]),
    context: JSON.stringify([[...directory.known], postmortemDate]),
  };
}

/**
 * The items of a table, as `read` drafts them (`reader` names which reader), built: kept from the document's previous
 * version when the table's text and context are as they were. Only a table whose every row's owner is its Owner
 * cell's is kept: another row's owner may be read from anywhere in the document.
 */
export function keptTableItems(
  table: Table,
  reader: string,
  scope: Scope,
  extraction: Extraction,
  read: () => ItemDraft[],
): Draft[] {
  const kept = extraction.keptTables;
  if (!kept) return read();
  const start = startOffset(table);
  const tableText = extraction.text.slice(start, endOffset(table));
  // Of the scope, a row owned by its cell reads only the status, the due date and the links.
  const scopeKey = JSON.stringify([scope.status, scope.due?.date, scope.due?.written, scope.links]);
  const definitions = tableText.includes(']') ? kept.definitions : '';
  const parsed = kept.cache.blockKey(tableText);
  const key = `${reader}\u0000${scopeKey}\u0000${kept.context}\u0000${definitions}\u0000${parsed}`;
  const found = kept.results.get(key);
  if (found) return found.items.map((item) => keptItem(moved(item, start - found.start, extraction.index)));
  const drafts = read();
  if (!drafts.every(ownedByColumn)) return drafts;
  const items = drafts.map((draft) => buildItem(draft, extraction));
  kept.results.set(key, { start, items });
  return items.map(keptItem);
}

function keptItem(item: ActionItem): Draft {
  return { range: { start: item.range.start.offset, end: item.range.end.offset }, kept: item };
}

/** An item `by` characters further on, its lines and columns read anew. */
function moved(item: ActionItem, by: number, index: LineIndex): ActionItem {
  const move = (range: Range): Range => index.rangeOf(range.start.offset + by, range.end.offset + by);
  return {
    ...item,
    range: move(item.range),
    ownerRange: item.ownerRange && move(item.ownerRange),
    ownerInsertOffset: item.ownerInsertOffset + by,
    statusRange: item.statusRange && move(item.statusRange),
    textEndOffset: item.textEndOffset + by,
  };
}
