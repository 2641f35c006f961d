// Action items: from the lists, tables and prose of action-items sections (and their subsections),
// from "Action item:" paragraphs and tables with action-item columns anywhere, and, in a document
// without an action-items section, from the commitments of its prose ("Secondly, we'll add ...").
import type { Heading, Paragraph, RootContent } from 'mdast';
import { actionTableDrafts, markedDrafts, proseCommitmentDrafts, sectionDrafts } from './actions/blocks';
import { buildItem, EMPTY_SCOPE, type Extraction, type ItemDraft } from './actions/build';
import { headingItemDraft } from './actions/headingItems';
import { ownerDirectory } from './actions/ownerNames';
import { sectionScopes } from './actions/scope';
import { collectDefinitions } from './actions/source';
import type { ModelContext } from './context';
import { startOffset } from './mdastText';
import type { ActionItem, Section } from './types';

export function extractActionItems(context: ModelContext): ActionItem[] {
  const { text, index, tree, sections, config } = context;
  const extraction: Extraction = { text, index, definitions: collectDefinitions(tree), directory: ownerDirectory(config, text) };
  const headings = new Map<number, Heading>();
  for (const node of tree.children) if (node.type === 'heading') headings.set(startOffset(node), node);
  const scopes = sectionScopes(sections, headings, extraction);

  const drafts: ItemDraft[] = [];
  const inActionSections = new Set<RootContent>();
  sections.forEach((section, i) => {
    if (section.kind !== 'action-items') return;
    const heading = headings.get(section.headingRange.start.offset);
    const item = heading && headingItemDraft(sections, i, heading, scopes[i]!, extraction);
    drafts.push(...(item ? [item] : sectionDrafts(section.nodes, scopes[i]!, extraction)));
    for (const node of section.nodes) inActionSections.add(node);
  });
  const elsewhere = tree.children.filter((node) => !inActionSections.has(node));
  drafts.push(...markedDrafts(elsewhere, EMPTY_SCOPE, extraction), ...actionTableDrafts(elsewhere, EMPTY_SCOPE, extraction));
  if (!sections.some((section) => section.kind === 'action-items')) {
    drafts.push(...proseCommitmentDrafts(paragraphsOutsideTimelines(elsewhere, sections), EMPTY_SCOPE, extraction));
  }
  return drafts.sort((a, b) => a.range.start - b.range.start).map((draft) => buildItem(draft, extraction));
}

/** Top-level paragraphs, in document order, except those of timeline sections. */
function paragraphsOutsideTimelines(nodes: readonly RootContent[], sections: readonly Section[]): Paragraph[] {
  const kindAt = new Map(sections.map((section) => [section.headingRange.start.offset, section.kind]));
  const paragraphs: Paragraph[] = [];
  let kind: Section['kind'] | undefined;
  for (const node of nodes) {
    if (node.type === 'heading') kind = kindAt.get(startOffset(node)) ?? kind;
    else if (node.type === 'paragraph' && kind !== 'timeline') paragraphs.push(node);
  }
  return paragraphs;
}
