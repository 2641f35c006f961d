// Turns what a list item, table row or paragraph says into an ActionItem with every field filled.
import type { LineIndex } from '../model/text';
import type { ActionItem } from '../model/types';
import { antecedentOwners } from './antecedent';
import type { DatedDay } from '../model/dates';
import { readAsides } from './asides';
import { completionIn, completionRemark } from './completion';
import { type DueMatch, labelledDue, parenthesisedDue, trailingDue } from './dates';
import { itemLinks } from './links';
import { canonicalOwner, type OwnerDirectory } from './ownerNames';
import { findOwners, type OwnerMatch } from './owners';
import { collapse, type Definitions, type ItemSource, type Span } from './source';
import { opensWithCommitment, tellsOwnChange } from './commitments';
import { reportsDoneWork, statusMarkers, type ItemStatus } from './status';
import type { KeptTables } from './tables';
import { findPriority, findType } from './tags';
import { alternation, TRACKING_LABELS } from './words';

/** What the document around an item says about it: a group's owner, a heading's status, due date and links. */
export interface Scope {
  readonly owners: readonly string[];
  readonly ownerRange: Span | undefined;
  readonly status: ItemStatus | undefined;
  readonly due: DueMatch | undefined;
  readonly links: readonly string[];
}

export const EMPTY_SCOPE: Scope = { owners: [], ownerRange: undefined, status: undefined, due: undefined, links: [] };

/** Values from a table row's Owner, Due, Priority, Type, Status and Tracking columns. */
export interface ColumnValues {
  /** Undefined without an Owner column (or when the row lacks that cell). */
  readonly owner: OwnerMatch | undefined;
  readonly due: DueMatch | undefined;
  readonly priority: string | undefined;
  readonly type: string | undefined;
  readonly status: ItemStatus | undefined;
  readonly links: readonly string[];
}

export interface ItemDraft {
  readonly style: ActionItem['style'];
  readonly range: Span;
  /** The item's own words: its paragraphs, its text cell, or its sentences. */
  readonly source: ItemSource;
  readonly ownerInsertOffset: number;
  readonly scope: Scope;
  /** Where the description after a bold title starts. */
  readonly bodyStart?: number;
  /** A task list item's box. */
  readonly checked?: boolean;
  /** Where the status is written: the task box, or the Status cell. */
  readonly statusSpan?: Span;
  readonly columns?: ColumnValues;
  /** An "Action item:" marker to leave out of the text. */
  readonly marker?: Span;
}

/** An item read before from a block whose text and context are as they were: only where it stands is new. */
interface KeptItem {
  readonly range: Span;
  readonly kept: ActionItem;
}

/** An item to build, or one already built. */
export type Draft = ItemDraft | KeptItem;

/** What every extractor shares while reading one document. */
export interface Extraction {
  readonly text: string;
  readonly index: LineIndex;
  readonly definitions: Definitions;
  readonly directory: OwnerDirectory;
  /** The postmortem's date, by which due dates written without a year are read. */
  readonly postmortemDate: DatedDay | undefined;
  /** Tables' items kept from the document's previous version, when its cache is at hand. */
  readonly keptTables?: KeptTables;
}

export function buildItem(draft: ItemDraft, extraction: Extraction): ActionItem {
  const { source, scope, columns } = draft;
  const owner = ownerOf(draft, extraction);
  const markers = statusMarkers(source);
  const anchor = extraction.postmortemDate;
  const dueSpan =
    labelledDue(source.prose, anchor) ?? parenthesisedDue(source.prose, anchor) ?? trailingDue(source.prose, anchor);
  const priority = columns?.priority === undefined ? findPriority(source) : undefined;
  const type = columns?.type === undefined ? findType(source) : undefined;
  const removals: Span[] = [...owner.removals, ...markers.removals];
  if (dueSpan) removals.push({ start: source.start + dueSpan.start, end: source.start + dueSpan.end });
  if (priority) removals.push(priority.span);
  if (type) removals.push(type.span);
  if (draft.marker) removals.push(draft.marker);
  const ownLinks = itemLinks(source);
  removals.push(...referenceLinks(source), ...trackingFields(source, ownLinks));
  const links = [...new Set([...ownLinks, ...(columns?.links ?? []), ...scope.links])];
  const words = textWithout(source, removals);
  const status = statusOf(draft, markers.status, words);
  const text = withoutReadAsides(source, removals, { owner, status, links }) ?? (words || links[0] || '');
  const { index } = extraction;
  // A date read is worth more than one whose year is unknown, wherever each is written.
  const dues = [columns?.due, dueSpan, scope.due];
  const due = dues.find((candidate) => candidate?.date !== undefined) ?? dues.find((candidate) => candidate);
  return {
    range: index.rangeOf(draft.range.start, draft.range.end),
    style: draft.style,
    text,
    owners: [...new Set(owner.owners.map((name) => canonicalOwner(name, extraction.directory)))],
    ownerSource: owner.owners.length > 0 ? owner.source : undefined,
    ownerRange: owner.range ? index.rangeOf(owner.range.start, owner.range.end) : undefined,
    ownerInsertOffset: draft.ownerInsertOffset,
    ownerPlaceholder: owner.placeholder,
    statusRange: draft.statusSpan ? index.rangeOf(draft.statusSpan.start, draft.statusSpan.end) : undefined,
    textEndOffset: source.end,
    due: due?.date,
    yearlessDue: due && due.date === undefined ? due.written : undefined,
    priority: columns?.priority ?? priority?.value,
    type: columns?.type ?? type?.value,
    status,
    ...(markers.status === 'done' && status === 'open' ? { markedDone: true } : {}),
    links,
  };
}

/**
 * The item's words without the brackets and trailing dash parts that hold only what was read into its fields
 * (owner, due date, done date, priority, links); undefined when it has none.
 */
function withoutReadAsides(
  source: ItemSource,
  removals: readonly Span[],
  fields: { readonly owner: OwnerMatch; readonly status: ItemStatus; readonly links: readonly string[] },
): string | undefined {
  const spans = [...removals];
  if (fields.owner.range) spans.push(fields.owner.range);
  if (fields.status === 'done') {
    const completion = completionIn(source.visible);
    if (completion) spans.push({ start: source.start + completion.start, end: source.start + completion.end });
  }
  const asides = readAsides(source, { spans, values: [...fields.owner.owners, ...fields.links] });
  return asides.length > 0 ? textWithout(source, [...removals, ...asides]) || undefined : undefined;
}

/**
 * Whether a table row's Owner cell names its owner, or holds a placeholder: then the owner is read from the cell alone,
 * whatever else the document says.
 */
export function ownedByColumn(draft: ItemDraft): boolean {
  const column = draft.columns?.owner;
  return column !== undefined && (column.owners.length > 0 || column.placeholder);
}

function ownerOf(draft: ItemDraft, { directory, text }: Extraction): OwnerMatch {
  const column = draft.columns?.owner;
  if (column && ownedByColumn(draft)) return column;
  const own = findOwners(draft.source, directory, draft.bodyStart);
  if (own.owners.length > 0 || own.placeholder) return own;
  const antecedent = draft.style === 'paragraph' ? antecedentOwners(draft.source, text, directory) : undefined;
  if (antecedent) return antecedent;
  if (draft.scope.owners.length > 0)
    return {
      owners: draft.scope.owners,
      source: 'group',
      range: draft.scope.ownerRange,
      placeholder: false,
      removals: [],
    };
  // An empty Owner cell is still where the owner goes.
  return column ?? own;
}

/**
 * An item's status: its box or its own marker, its table's status column, then what its words say ("We've updated the
 * checks" under "Next steps" is done; "We are also replacing the engine" under "What has been done" is not), then its
 * heading's.
 */
function statusOf(draft: ItemDraft, marked: ItemStatus | undefined, text: string): ItemStatus {
  if (draft.checked !== undefined) return draft.checked ? 'done' : 'open';
  return marked ?? draft.columns?.status ?? wordedStatus(draft, text) ?? draft.scope.status ?? 'open';
}

/** The status an item's words say: done work reported, or work committed to or under way; else undefined. */
function wordedStatus(draft: ItemDraft, text: string): ItemStatus | undefined {
  const words = reportText(draft, text);
  if (completionRemark(draft.source.visible) || reportsDone(words)) return 'done';
  return opensWithCommitment(words) ? 'open' : undefined;
}

/** Whether an item's words report work done, at their start or in a clause of their own ("..., we added a page"). */
function reportsDone(text: string): boolean {
  return reportsDoneWork(text) || tellsOwnChange(text);
}

/** The words that may report work done: after a bold title ("**Source cleanup:** materialized the IDs"), if any. */
function reportText(draft: ItemDraft, text: string): string {
  if (draft.bodyStart === undefined) return text;
  const body = draft.source.prose.slice(draft.bodyStart - draft.source.start).replace(/^[\s:.\u2013\u2014-]+/, '');
  return body || text;
}

/** A link whose words only say "issue" or "PR" is tracking, kept in `links`, not part of the text. */
const REFERENCE_WORDS = /^(?:issue|pr|pull request|ticket|link|tracking issue|github issue|jira|jira ticket|#\d+)$/i;

function referenceLinks(source: ItemSource): Span[] {
  return source.links
    .filter((link) =>
      REFERENCE_WORDS.test(collapse(source.visible.slice(link.at - source.start, link.end - source.start))),
    )
    .map((link) => ({ start: link.at, end: link.end }));
}

const TRACKING_FIELD = new RegExp(
  String.raw`(?<![\w-])(?:${alternation([TRACKING_LABELS])})\s*[:=]\s*([^\s,;)\]]+)`,
  'gi',
);

/** `Ticket: SRCH-410`, `tracking: https://...`: a label before one of the item's `links`, left out of its text. */
function trackingFields(source: ItemSource, links: readonly string[]): Span[] {
  if (!source.visible.includes(':') && !source.visible.includes('=')) return [];
  const spans: Span[] = [];
  for (const field of source.visible.matchAll(TRACKING_FIELD))
    if (links.includes(field[1]!.replace(/[.]$/, '')))
      spans.push({ start: source.start + field.index, end: source.start + field.index + field[0].length });
  return spans;
}

/** What the tidying of stray separators below looks at: without it, only blanks need collapsing. */
const PUNCTUATION = /[.,;:!?()[\]]/;

/** The item's visible words without the removed markup, on one line. */
function textWithout(source: ItemSource, removals: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const removal of [...removals].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, removal.start - source.start);
    const end = Math.min(source.visible.length, removal.end - source.start);
    if (end <= start) continue;
    parts.push(source.visible.slice(at, start), ' ');
    at = end;
  }
  parts.push(source.visible.slice(at));
  const joined = parts.join('');
  if (!PUNCTUATION.test(joined)) return trimSeparators(joined.replace(/\s+/g, ' '));
  // Removed markup leaves stray separators behind: "(owner: @bob, due: 2024-01-01)" becomes "(, )".
  const words = joined
    .replace(/\s+/g, ' ')
    .replace(/([.!?]) [.,;:]/g, '$1')
    .replace(/ ([)\],.;:!?])/g, '$1')
    .replace(/([([]) ?(?:[,;] ?)*/g, '$1')
    .replace(/([,;:]) ?(?=[,;:)\]])/g, '')
    .replace(/\(\)|\[\]/g, '')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ');
  return trimSeparators(words);
}

const SEPARATOR = /[\s:;,.\u2013\u2014-]/;

/** Strips blanks and separators from both ends, keeping a final period. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text[start]!)) start++;
  while (end > start && SEPARATOR.test(text[end - 1]!) && text[end - 1] !== '.') end--;
  return text.slice(start, end);
}
