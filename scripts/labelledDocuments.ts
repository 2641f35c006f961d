// Postmortems labelled by hand (`labels.json` beside them), read the same way by the evaluation and by the unit test
// of the made-up postmortems.
import { kindsSatisfying } from '../src/core/model/requiredSections';
import type { PostmortemDocument, Range } from '../src/core/model/types';
import type { SectionKind } from '../src/core/vocabulary/terms';

/** The section kinds each label of `has_sections` stands for. */
const LABEL_KINDS: Readonly<Record<string, readonly SectionKind[]>> = {
  summary: ['summary'],
  impact: ['impact'],
  timeline: ['timeline'],
  root_cause: kindsSatisfying('root-cause'),
  action_items: ['action-items'],
  lessons: ['lessons'],
};

/** Whether the document has a section of the labelled kind, also as one of the kinds a heading names. */
export function hasLabelledSection(document: PostmortemDocument, label: string): boolean {
  const kinds = LABEL_KINDS[label] ?? [];
  return document.sections.some(
    (section) => kinds.includes(section.ownKind) || section.alsoKinds?.some((also) => kinds.includes(also)),
  );
}

/** Whether a 0-based model range holds a labelled, 1-based line. */
export function containsLine(range: Range, line: number): boolean {
  return range.start.line + 1 <= line && line <= range.end.line + 1;
}
