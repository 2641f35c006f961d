// One heading per item: under an action-items section, "### Enhancement of monitoring system" and
// the paragraphs under it are one item, when the subsection holds no list or table of items.
import type { Heading, Nodes, Paragraph } from 'mdast';
import { endOffset, startOffset } from '../model/mdastText';
import type { Section } from '../model/types';
import type { Extraction, ItemDraft, Scope } from './build';
import { headingGroupsItems } from './scope';
import { commitmentSentences } from './firstPerson';
import { itemSource } from './source';

/**
 * Whether a subsection of an action-items section may be one item: it names no kind of its own and holds no list, table
 * or subsection.
 */
function mayBeItem(section: Section, sections: readonly Section[], hasSubsections: boolean): boolean {
  const parent = section.parent === undefined ? undefined : sections[section.parent];
  if (
    section.kind !== 'action-items' ||
    section.ownKind !== 'other' ||
    parent?.kind !== 'action-items' ||
    section.title === '' ||
    hasSubsections
  )
    return false;
  return !section.nodes.some((node) => node.type === 'list' || node.type === 'table');
}

/**
 * `#### Communication and SLAs` over "John will meet with Rob ...", then "We also need to establish a defined SLA ...":
 * work committed to in two paragraphs or more is several items, each read where it is said, not one under the heading.
 */
function committedApart(paragraphs: readonly Paragraph[], extraction: Extraction): boolean {
  const committing = paragraphs.filter((paragraph) => {
    const source = itemSource(extraction.text, [paragraph], extraction.definitions);
    return commitmentSentences(source.prose, source.visible, true).length > 0;
  });
  return committing.length >= 2;
}

/** The subsections that are one item each (the heading the title, its paragraphs the description), by section index. */
export function headingItemDrafts(
  sections: readonly Section[],
  headings: ReadonlyMap<number, Heading>,
  scopes: readonly Scope[],
  extraction: Extraction,
): Map<number, ItemDraft> {
  const parents = new Set(sections.map((section) => section.parent));
  const drafts = new Map<number, ItemDraft>();
  sections.forEach((section, index) => {
    const heading = headings.get(section.headingRange.start.offset);
    if (!heading || !mayBeItem(section, sections, parents.has(index)) || headingGroupsItems(heading, extraction))
      return;
    const paragraphs = section.nodes.filter((node): node is Paragraph => node.type === 'paragraph');
    if (committedApart(paragraphs, extraction)) return;
    const first = paragraphs[0];
    drafts.set(index, {
      style: 'heading',
      range: { start: startOffset(heading), end: section.range.end.offset },
      source: itemSource(extraction.text, [heading, ...paragraphs] as Nodes[], extraction.definitions),
      ownerInsertOffset: endOffset(first ?? heading),
      scope: scopes[index]!,
      bodyStart: first ? startOffset(first) : undefined,
    });
  });
  return drafts;
}
