// A postmortem without front matter often gives its metadata in a table under its title: rows of a name and a value
// (`| Severity | SEV-2 |`), or a header row of names over one row of values (`| Severity | Status |`).
import type { RootContent, Table } from 'mdast';
import { plainText, startOffset } from './mdastText';
import type { PostmortemDocument } from './types';

/** A name as a key: lower-case, one space between words, without a closing colon (`**Severity:**` is `severity`). */
function fieldKey(name: string): string {
  return name.replace(/:\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function tableFields(table: Table, fields: Map<string, string>): void {
  const rows = table.children.map((row) => row.children.map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()));
  const [header, values] = rows;
  const pairs: (readonly [string, string | undefined])[] =
    rows.length === 2 && header!.length > 2
      ? header!.map((name, column) => [name, values![column]])
      : rows.map((cells) => [cells[0] ?? '', cells.length === 2 ? cells[1] : undefined]);
  for (const [name, value] of pairs) {
    const key = fieldKey(name);
    if (key !== '' && value && !fields.has(key)) fields.set(key, value);
  }
}

/**
 * The fields of the metadata tables among `blocks` before the offset `before` (the first section under the title), by
 * lower-case name; the first table to name a field gives its value, and an empty cell gives none.
 */
function metadataTableFields(blocks: readonly RootContent[], before: number): Readonly<Record<string, string>> {
  const fields = new Map<string, string>();
  for (const block of blocks) {
    if (startOffset(block) >= before) break;
    if (block.type === 'table') tableFields(block, fields);
  }
  return Object.fromEntries(fields);
}

/**
 * The fields of a document's metadata table under its title, when it has no front matter; none when it has. The
 * metadata ends where the first section after the title starts, at any level: a Jira or Confluence export writes its
 * sections at the title's level (`# Summary` after `# INC-4471 ...`), and the Timeline table there is no metadata.
 */
export function documentMetadataTable(
  document: Pick<PostmortemDocument, 'frontMatter' | 'tree' | 'sections' | 'text'>,
): Readonly<Record<string, string>> {
  if (document.frontMatter) return {};
  const [first, second] = document.sections;
  const firstSection = first?.level === 1 ? second : first;
  return metadataTableFields(document.tree.children, firstSection?.headingRange.start.offset ?? document.text.length);
}
