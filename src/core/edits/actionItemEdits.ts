// Edits of one action item: write its owner, mark it done. Each touches only the item's own text.
import { isCollectiveOwner, isHandle, isPlaceholderOwner } from '../model/actions/ownerNames';
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
  if (!OWNER_CHARACTERS.test(owner) || !/[\p{L}\p{N}]/u.test(owner)) return 'Use letters, digits, blanks and @ . _ - / \' & + , only';
  if (isPlaceholderOwner(owner) || isCollectiveOwner(owner)) return `"${owner}" is not an owner: name the person or team responsible`;
  return undefined;
}

/** Inserts an owner at `at`: into an empty Owner cell, or as ` Owner: NAME` after the item's words. */
export function ownerInsertion(text: string, at: number, owner: string, inCell: boolean): TextEdit {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  const newText = inCell ? `${/\S/.test(before) && before !== '|' ? ' ' : ''}${owner}${after === '|' ? ' ' : ''}` : `${before === '' || /\s/.test(before) ? '' : ' '}Owner: ${owner}`;
  return { start: at, end: at, newText };
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
  const own = item.owners.length > 0 ? item.ownerSource !== 'group' && item.ownerSource !== 'subject' : item.ownerPlaceholder;
  if (range && own) {
    const start = range.start.offset;
    const bareMention = item.ownerSource !== 'label' && text[start] === '@' && !LABEL_OR_CELL_BEFORE.test(lineBefore(text, start));
    if (isHandle(name) || !bareMention) return { start, end: range.end.offset, newText: name };
  }
  const emptyCell = item.style === 'table' && range !== undefined && item.owners.length === 0 && !item.ownerPlaceholder;
  return ownerInsertion(text, item.ownerInsertOffset, name, emptyCell);
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
  const at = item.textEndOffset;
  const owner = item.ownerRange;
  if (owner && owner.end.offset === at && item.ownerSource !== 'group' && item.ownerSource !== 'subject') {
    const dash = DASH_BEFORE.exec(text.slice(0, owner.start.offset));
    if (dash) return { start: dash.index, end: dash.index, newText: ' (done)' };
    if (item.ownerSource === 'label' || item.ownerPlaceholder) return { start: at, end: at, newText: '. (done)' };
  }
  return { start: at, end: at, newText: ' (done)' };
}

function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
