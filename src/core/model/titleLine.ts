import type { Paragraph, Root } from 'mdast';
import { plainText, startOffset } from './mdastText';
import type { PostmortemDocument, Section } from './types';

/** How many words a title may have. */
const TITLE_WORDS = 16;

/**
 * A document written as plain text titles itself by its first line, alone before any section ("Payments API outage,
 * 3 March 2026"): that paragraph, when it is one short line and no heading stands before it.
 */
export function titleLine(tree: Root, sections: readonly Section[]): Paragraph | undefined {
  const first = tree.children.find((node) => node.type !== 'yaml');
  if (first?.type !== 'paragraph') return undefined;
  const firstSection = sections[0];
  if (firstSection && firstSection.headingRange.start.offset < startOffset(first)) return undefined;
  const text = plainText(first).trim();
  return !text.includes('\n') && text.split(/\s+/).length <= TITLE_WORDS ? first : undefined;
}

/**
 * A postmortem's title: its front matter's `title`, else its title heading's text, else a plain-text document's
 * first line (see `titleLine`).
 */
export function documentTitle(
  document: Pick<PostmortemDocument, 'frontMatter' | 'sections' | 'tree'>,
): string | undefined {
  const fromFrontMatter = document.frontMatter?.data?.['title'];
  if (typeof fromFrontMatter === 'string') return fromFrontMatter;
  const heading = document.sections.find((section) => section.level === 1);
  if (heading) return heading.title;
  const line = titleLine(document.tree, document.sections);
  return line ? plainText(line).trim() : undefined;
}
