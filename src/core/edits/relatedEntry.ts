// Adds a postmortem's id (or path) to the front matter's `related:` list as the smallest edit that
// keeps the list's own style: one more item in a `[a, b]` list or a `- a` block, a scalar made a
// list, a `related:` line added to the front matter, or front matter added when there is none.
import type { PostmortemDocument, TextEdit } from '../model/types';

/** Characters that end or change a plain value inside a `[...]` list. */
const NEEDS_QUOTES = /[,[\]{}#&*!|>'"%@`]|:\s|^\s|\s$|^-/;

const flowValue = (value: string): string => (NEEDS_QUOTES.test(value) ? JSON.stringify(value) : value);

/**
 * The edit adding `value` to `related:`; undefined when the list holds it already; a reason when the front matter
 * cannot be edited safely.
 */
export function relatedEntryInsertion(
  document: Pick<PostmortemDocument, 'text' | 'frontMatter'>,
  value: string,
): TextEdit | undefined | { readonly refused: string } {
  const { text, frontMatter } = document;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `related: [${flowValue(value)}]`;
  if (!frontMatter) return { start: 0, end: 0, newText: `---${eol}${line}${eol}---${eol}${eol}` };
  if (frontMatter.errors.length > 0 || !frontMatter.data)
    return { refused: 'The front matter has errors; fix them before adding a related postmortem.' };
  const field = frontMatter.fields.find((candidate) => candidate.key === 'related');
  if (!field) {
    const closingLine = text.lastIndexOf('\n', frontMatter.range.end.offset - 1) + 1;
    return { start: closingLine, end: closingLine, newText: `${line}${eol}` };
  }
  const listed = Array.isArray(field.value) ? field.value : field.value === null ? [] : [field.value];
  if (listed.some((entry) => String(entry) === value)) return undefined;
  const start = field.valueRange.start.offset;
  const end = field.valueRange.end.offset;
  const written = text.slice(start, end);
  if (field.value === null) {
    const lineEnd = lineEndAt(text, field.keyRange.end.offset);
    return { start: field.keyRange.end.offset, end: lineEnd, newText: line.slice('related'.length) };
  }
  if (written.startsWith('[')) {
    const close = start + written.lastIndexOf(']');
    const separator = text.slice(start + 1, close).trim() === '' ? '' : ', ';
    const before = text.slice(start + 1, close).trimEnd().length + start + 1;
    return { start: before, end: before, newText: `${separator}${flowValue(value)}` };
  }
  if (Array.isArray(field.value)) {
    const firstItemLine = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(firstItemLine, start);
    const lastItemEnd = lineEndAt(text, text.slice(start, end).trimEnd().length + start);
    return { start: lastItemEnd, end: lastItemEnd, newText: `${eol}${indent}- ${flowValue(value)}` };
  }
  return { start, end, newText: `[${flowValue(String(field.value))}, ${flowValue(value)}]` };
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The edits writing `to` in place of each `related:` entry that is `from`: after a postmortem's id or path changed. */
export function relatedEntryReplacement(
  document: Pick<PostmortemDocument, 'frontMatter'>,
  from: string,
  to: string,
): TextEdit[] {
  const field = document.frontMatter?.fields.find((candidate) => candidate.key === 'related');
  if (!field) return [];
  const entries = field.items ?? (field.value === null ? [] : [{ value: field.value, range: field.valueRange }]);
  return entries
    .filter((entry) => String(entry.value) === from)
    .map(({ range }) => ({ start: range.start.offset, end: range.end.offset, newText: flowValue(to) }));
}
