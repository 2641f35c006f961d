// One heading per item: under an action-items section, "### Enhancement of monitoring system" and
// the paragraphs under it are one item, when the subsection holds no list or table of items.
import type { Heading, Nodes, Paragraph } from 'mdast';
import { endOffset, startOffset } from '../mdastText';
import type { Section } from '../types';
import type { Extraction, ItemDraft, Scope } from './build';
import { headingGroupsItems } from './scope';
import { itemSource } from './source';

/** Whether the section at `index` is a subsection of an action-items section that may be one item: it names no kind of its own and holds no list, table or subsection. */
function mayBeItem(sections: readonly Section[], index: number): boolean {
  const section = sections[index]!;
  const parent = section.parent === undefined ? undefined : sections[section.parent];
  if (section.kind !== 'action-items' || section.ownKind !== 'other' || parent?.kind !== 'action-items' || section.title === '') return false;
  return !section.nodes.some((node) => node.type === 'list' || node.type === 'table') && !sections.some((other) => other.parent === index);
}

/** The subsection at `index` as one item (its heading the title, its paragraphs the description), or undefined when it is not one. */
export function headingItemDraft(sections: readonly Section[], index: number, heading: Heading, scope: Scope, extraction: Extraction): ItemDraft | undefined {
  if (!mayBeItem(sections, index) || headingGroupsItems(heading, extraction)) return undefined;
  const section = sections[index]!;
  const paragraphs = section.nodes.filter((node): node is Paragraph => node.type === 'paragraph');
  const first = paragraphs[0];
  return {
    style: 'heading',
    range: { start: startOffset(heading), end: section.range.end.offset },
    source: itemSource(extraction.text, [heading, ...paragraphs] as Nodes[], extraction.definitions),
    ownerInsertOffset: endOffset(first ?? heading),
    scope,
    bodyStart: first ? startOffset(first) : undefined,
  };
}
