// Adds a postmortem's id (or path) to the front matter's `related:` list as the smallest edit that
// keeps the list's own style: one more item in a `[a, b]` list or a `- a` block, a scalar made a
// list, a `related:` line added to the front matter, or front matter added when there is none.
import type { PostmortemDocument, TextEdit } from '../model/types';
import { parseDocument } from 'yaml';
import { frontMatterSource } from '../model/documentType';
import { applyEdits } from './applyEdits';

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

/** An entry of `related:` to write anew: `to` in place of `from`. */
interface Replacement {
  readonly from: string;
  readonly to: string;
}

/** `value` in the quotes `written` (a scalar as the YAML has it) is in, else as a plain value when it may be one. */
function inQuotesOf(written: string, value: string): string {
  if (written.startsWith("'")) return `'${value.replaceAll("'", "''")}'`;
  if (written.startsWith('"')) return JSON.stringify(value);
  return flowValue(value);
}

/** What the front matter's YAML says, aliases resolved; undefined when it has errors or warnings. */
function frontMatterValue(text: string): unknown {
  const source = frontMatterSource(text);
  if (source === undefined) return undefined;
  const parsed = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  return parsed.errors.length > 0 || parsed.warnings.length > 0 ? undefined : parsed.toJS();
}

/**
 * The edits writing each replacement's `to` in place of the `related:` entries that are its `from` (after a
 * postmortem's id or path changed), each in the quotes it was written in, and nothing else: refused when the front
 * matter has errors, or when the text edited would not read back as the same front matter with the new entries.
 */
export function relatedEntryReplacement(
  document: Pick<PostmortemDocument, 'text' | 'frontMatter'>,
  replacements: readonly Replacement[],
): { readonly edits: TextEdit[] } | { readonly refused: string } {
  const { text, frontMatter } = document;
  if (frontMatter && (frontMatter.errors.length > 0 || !frontMatter.data))
    return { refused: 'The front matter has errors; fix them, then write the related postmortems again.' };
  const field = frontMatter?.fields.find((candidate) => candidate.key === 'related');
  if (!field) return { edits: [] };
  const written = new Map(replacements.map(({ from, to }) => [from, to]));
  const renamed = (value: unknown): unknown => written.get(String(value)) ?? value;
  const entries = field.items ?? (field.value === null ? [] : [{ value: field.value, range: field.valueRange }]);
  const edits = entries.flatMap(({ value, range }) => {
    const to = written.get(String(value));
    if (to === undefined) return [];
    const [start, end] = [range.start.offset, range.end.offset];
    return [{ start, end, newText: inQuotesOf(text.slice(start, end), to) }];
  });
  if (edits.length === 0) return { edits };
  const before = frontMatterValue(text);
  const expected =
    before && typeof before === 'object' && 'related' in before
      ? { ...before, related: Array.isArray(before.related) ? before.related.map(renamed) : renamed(before.related) }
      : undefined;
  const after = frontMatterValue(applyEdits(text, edits));
  if (expected && after && JSON.stringify(after) === JSON.stringify(expected)) return { edits };
  return { refused: 'The front matter would not read back with the new related: entries; nothing was changed.' };
}
