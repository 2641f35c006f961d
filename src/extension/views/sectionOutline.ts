// The Sections view's tree as plain data: the document's sections nested as written, the title
// heading left out (its subsections are the document's sections), and each required section the
// document lacks at its place in the template order.
import { TEMPLATE_ORDER, titleSection, type Analysis, type SectionKind, type SectionSummary } from '../../core';

export interface PresentSectionNode {
  readonly type: 'section';
  readonly section: SectionSummary;
  readonly children: readonly OutlineNode[];
}

export interface MissingSectionNode {
  readonly type: 'missing';
  readonly kind: SectionKind;
}

export type OutlineNode = PresentSectionNode | MissingSectionNode;

const rank = (kind: SectionKind): number => TEMPLATE_ORDER.indexOf(kind as (typeof TEMPLATE_ORDER)[number]);

export function sectionOutline(analysis: Pick<Analysis, 'sections' | 'missingSections'>): OutlineNode[] {
  const { sections } = analysis;
  const title = titleSection(sections);
  const children = sections.map((): OutlineNode[] => []);
  const roots: OutlineNode[] = [];
  sections.forEach((section, index) => {
    if (section === title) return;
    const node: PresentSectionNode = { type: 'section', section, children: children[index]! };
    const parent = section.parent === undefined ? undefined : sections[section.parent];
    if (parent === undefined || parent === title) roots.push(node);
    else children[section.parent!]!.push(node);
  });
  for (const kind of analysis.missingSections) {
    const after = roots.findIndex((node) => node.type === 'section' && rank(node.section.ownKind) > rank(kind));
    roots.splice(after < 0 ? roots.length : after, 0, { type: 'missing', kind });
  }
  return roots;
}
