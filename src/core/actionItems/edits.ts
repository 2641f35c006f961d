// Edits of one action item: write its owner, mark it done. Each touches only the item's own text.
import { isCollectiveOwner, isHandle, isPlaceholderOwner } from './ownerNames';
import type { ActionItem, TextEdit } from '../model/types';

const MAX_OWNER_LENGTH = 80;
/** Letters, digits, blanks and the punctuation of handles, e-mail addresses and owner lists. */
const OWNER_CHARACTERS = /^[\p{L}\p{N}@._\-/'&+, ]+$/u;
/** A name after a dash at the end of an item ("— Carol Smith"). */
const DASH_BEFORE = /\s(?:\u2014|\u2013|--|-)\s*$/;
/** What precedes an owner written as a label's value or in a cell, rather than as a bare mention. */
const LABEL_OR_CELL_BEFORE = /[:=|]\s*$/;

/** An owner as typed, with blanks collapsed. */
export function normalizeOwner(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Why a typed owner cannot be written into an item, or undefined when it can. */
export function ownerProblem(value: string): string | undefined {
  const owner = normalizeOwner(value);
  if (owner === '') return 'Name the person or team who owns the item, such as @alice or Team Payments';
  if (owner.length > MAX_OWNER_LENGTH) return `An owner has at most ${MAX_OWNER_LENGTH} characters`;
  if (!OWNER_CHARACTERS.test(owner) || !/[\p{L}\p{N}]/u.test(owner))
    return "Use letters, digits, blanks and @ . _ - / ' & + , only";
  if (isPlaceholderOwner(owner) || isCollectiveOwner(owner))
    return `"${owner}" is not an owner: name the person or team responsible`;
  return undefined;
}

/** A character after which an owner label reads as a new sentence or clause already. */
const CLAUSE_END = /[.!?;:,\u2014\u2013-]/;

/**
 * Writes `owner` into an item that names none, as its style has it, with the owner as the edit's
 * placeholder (what an editor selects for typing): into an empty Owner cell of a table row; on a
 * line of its own under a heading item with no text below its heading (in the heading it would read
 * as the owner of a group); otherwise as `Owner: NAME` after the item's words (a list item, a task,
 * a paragraph, a table row's text cell), after a dash when the words do not end a sentence or
 * clause already, as the action-item snippet writes it, so that a due date and the owner stay
 * apart: `(due 2025-03-01) \u2014 Owner: @owner`, but `It runs first. Owner: @owner`.
 */
export function ownerInsertion(text: string, item: ActionItem, owner: string): TextEdit {
  const inCell =
    item.style === 'table' && item.ownerRange !== undefined && item.owners.length === 0 && !item.ownerPlaceholder;
  if (inCell) {
    const at = item.ownerInsertOffset;
    const before = text[at - 1] ?? '';
    const prefix = /\S/.test(before) && before !== '|' ? ' ' : '';
    return withPlaceholder(at, prefix, owner, text[at] === '|' ? ' ' : '');
  }
  const label = `Owner: `;
  if (item.style === 'heading' && headingOnly(text.slice(item.range.start.offset, item.ownerInsertOffset))) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return withPlaceholder(item.ownerInsertOffset, `${eol}${eol}${label}`, owner, '');
  }
  let at = item.ownerInsertOffset;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  const before = text[at - 1] ?? '';
  const separator =
    before === '' || before === '\n' || before === '\r' ? '' : CLAUSE_END.test(before) ? ' ' : ' \u2014 ';
  return withPlaceholder(at, `${separator}${label}`, owner, '');
}

/** Whether an item's text up to the insertion point is its heading alone (ATX, or setext with its underline). */
function headingOnly(slice: string): boolean {
  const lines = slice.split(/\r?\n/);
  return (
    (lines.length === 1 && /^ {0,3}#/.test(lines[0]!)) ||
    (lines.length === 2 && /^ {0,3}(=+|-+)[ \t]*$/.test(lines[1]!))
  );
}

function withPlaceholder(at: number, before: string, placeholder: string, after: string): TextEdit {
  return {
    start: at,
    end: at,
    newText: `${before}${placeholder}${after}`,
    placeholder: { start: before.length, end: before.length + placeholder.length },
  };
}

/**
 * Makes `owner` the item's owner: replaces the owner or placeholder written in its Owner cell,
 * `Owner:` label, trailing name or mention; fills an empty Owner cell; else appends ` Owner: NAME`
 * (an owner from a group heading or the sentence's subject stays where it is, outranked by the label).
 * A name that is not a `@handle` never replaces a bare mention, where it would read as plain words.
 */
export function assignOwnerEdit(text: string, item: ActionItem, owner: string): TextEdit {
  const name = normalizeOwner(owner);
  const range = item.ownerRange;
  const own =
    item.owners.length > 0 ? item.ownerSource !== 'group' && item.ownerSource !== 'subject' : item.ownerPlaceholder;
  if (range && own) {
    const start = range.start.offset;
    const bareMention =
      item.ownerSource !== 'label' && text[start] === '@' && !LABEL_OR_CELL_BEFORE.test(lineBefore(text, start));
    if (isHandle(name) || !bareMention) return { start, end: range.end.offset, newText: name };
  }
  return ownerInsertion(text, item, name);
}

/**
 * Marks an open item done: ticks a task's box, writes `Done` in a table row's Status cell, and
 * otherwise appends ` (done)` to the item's words, before a trailing "— Name" or "— @handle" and after an
 * `Owner:` label's value (with a period ending the value, so the marker is not read as part of it).
 * Undefined when the item is done already.
 */
export function markDoneEdit(text: string, item: ActionItem): TextEdit | undefined {
  if (item.status === 'done') return undefined;
  const status = item.statusRange;
  if (status && item.style === 'task') return { start: status.start.offset, end: status.end.offset, newText: '[x]' };
  if (status && item.style === 'table') {
    const blank = text.slice(status.start.offset, status.end.offset).trim() === '';
    return { start: status.start.offset, end: status.end.offset, newText: blank ? ' Done ' : 'Done' };
  }
  return markerEdit(text, item, '(done)');
}

/**
 * Appends a parenthesised marker (`(done)`, `(tracked in https://...)`) to the item's words: before a
 * trailing "— Name" or "— @handle", and after an `Owner:` label's value with a period ending the
 * value, so that the marker is not read as part of the owner.
 */
export function markerEdit(text: string, item: ActionItem, marker: string): TextEdit {
  const at = item.textEndOffset;
  const owner = item.ownerRange;
  if (owner && owner.end.offset === at && item.ownerSource !== 'group' && item.ownerSource !== 'subject') {
    const dash = DASH_BEFORE.exec(text.slice(0, owner.start.offset));
    if (dash) return { start: dash.index, end: dash.index, newText: ` ${marker}` };
    if (item.ownerSource === 'label' || item.ownerPlaceholder) return { start: at, end: at, newText: `. ${marker}` };
  }
  return { start: at, end: at, newText: ` ${marker}` };
}

function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
