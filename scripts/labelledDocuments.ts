// Postmortems labelled by hand (`labels.json` beside them), read the same way by the evaluation and by the unit test
// of the made-up postmortems.
import { kindsSatisfying } from '../src/core/model/requiredSections';
import type { PostmortemDocument, Range, TimelineEntry } from '../src/core/model/types';
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

/**
 * Whether the document has a section of the labelled kind, also as one of the kinds a heading names; a heading with
 * nothing written under it or its subsections is not that section, as the labels read them ("'## Analysis' is an
 * empty heading": no cause section).
 */
export function hasLabelledSection(document: PostmortemDocument, label: string): boolean {
  const kinds = LABEL_KINDS[label] ?? [];
  return document.sections.some(
    (section) =>
      !section.empty && (kinds.includes(section.ownKind) || section.alsoKinds?.some((also) => kinds.includes(also))),
  );
}

/** Whether a 0-based model range holds a labelled, 1-based line. */
export function containsLine(range: Range, line: number): boolean {
  return range.start.line + 1 <= line && line <= range.end.line + 1;
}

/** The text a label quotes: `'(UTC + 2)' inside the text gives the zone ...`. */
const QUOTED = /'([^']+)'/g;

/**
 * Whether a timeline entry is what a not-an-entry trap warns of: it starts on the trap's line and, when the trap
 * quotes what must not be read (`'(UTC + 2)' inside the text`), its time is in a quote. An entry whose own stamp
 * opens the line, with the quoted text later in it, or one that only runs on over the line, is a real entry beside
 * the trap.
 */
export function readsTrap(entry: TimelineEntry, trap: { readonly line: number; readonly issue: string }): boolean {
  if (entry.range.start.line + 1 !== trap.line) return false;
  const quotes = [...trap.issue.matchAll(QUOTED)].map((match) => match[1]!);
  // An entry with no time written reads no quoted time (every text includes the empty one).
  return quotes.length === 0 || quotes.some((quote) => entry.timeText !== '' && quote.includes(entry.timeText));
}
