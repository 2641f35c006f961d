import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from './mdastText';
import { headingKind } from './sections';
import type { SectionKind } from '../vocabulary/terms';

/** A heading line is short: a bold line longer than this is an emphasised sentence. */
const MAX_HEADING_LENGTH = 80;

/** Bold lines that name sections before a document's bold lines count as its headings. */
const MIN_NAMED_SECTIONS = 2;

/** The text of a paragraph that is one bold phrase alone on its line ("**Summary**"), else undefined. */
function boldLine(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (parts.length !== 1 || parts[0]!.type !== 'strong') return undefined;
  const title = plainText(parts[0]!).trim();
  return title !== '' && !title.includes('\n') && title.length <= MAX_HEADING_LENGTH ? title : undefined;
}

function asHeading(paragraph: Paragraph, depth: Heading['depth'] = 2): Heading {
  return {
    type: 'heading',
    depth,
    children: paragraph.children,
    position: paragraph.position,
    // A paragraph read from block HTML keeps its mark (`htmlBlocks.ts`).
    ...(paragraph.data ? { data: paragraph.data } : {}),
  };
}

/**
 * A document pasted from Google Docs or a word processor writes its headings as bold lines ("**Summary**" alone on a
 * line, then "**Timeline (UTC)**"). In a document with no headings below its title, where at least two bold lines
 * name sections, every bold line is read as a second-level heading; elsewhere a bold line is emphasis.
 */
export function withBoldLineHeadings(tree: Root, extraNames: Readonly<Record<string, SectionKind>> = {}): Root {
  if (tree.children.some((node) => node.type === 'heading' && node.depth > 1))
    return withBoldSectionLabels(tree, extraNames);
  let named = 0;
  for (const node of tree.children) {
    const title = boldLine(node);
    if (title !== undefined && headingKind(title, extraNames) !== 'other') named++;
  }
  if (named < MIN_NAMED_SECTIONS) return tree;
  return {
    ...tree,
    children: tree.children.map((node) =>
      node.type === 'paragraph' && boldLine(node) !== undefined ? asHeading(node) : node,
    ),
  };
}

/** Sections a document with headings may give under a bold label inside another section. */
const LABELLED_KINDS: readonly SectionKind[] = ['timeline', 'action-items'];

/**
 * A document with headings but no timeline or action-items section may give one under a bold label inside another
 * section ("## Root cause", then "**Timeline:**" over "1. A malformed JSON was merged ...", or "**What has been done**"
 * over "1. A small upgrade was released ..."): the label is read as a heading one level below the heading before it,
 * so that the list is that section and the section above keeps the rest. Only one such label of a kind: several are
 * each the close of the section they stand in.
 */
function withBoldSectionLabels(tree: Root, extraNames: Readonly<Record<string, SectionKind>>): Root {
  const { children } = tree;
  const labels = new Set<number>();
  for (const kind of LABELLED_KINDS) {
    const isKind = (title: string | undefined) => title !== undefined && headingKind(title, extraNames) === kind;
    if (children.some((node) => node.type === 'heading' && isKind(plainText(node)))) continue;
    const found = children.flatMap((node, i) =>
      isKind(boldLine(node)) && children[i + 1]?.type === 'list' ? [i] : [],
    );
    // Labels over lists all through the document (`**Actions planned:**` under each lesson) are the lessons' own.
    if (found.length === 1) labels.add(found[0]!);
  }
  if (labels.size === 0) return tree;
  let depth: Heading['depth'] = 2;
  return {
    ...tree,
    children: children.map((node, i) => {
      if (node.type === 'heading') depth = Math.min(node.depth + 1, 6) as Heading['depth'];
      return labels.has(i) ? asHeading(node as Paragraph, depth) : node;
    }),
  };
}
