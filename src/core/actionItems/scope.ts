// What headings and group lines say about the items under them: "### Immediate actions (completed)",
// "### Long-term (Q4 2025 - Q1 2026)", "### Short-term ([follow along](.../issues/39133))",
// "**Alice**" or "**Team Identity**" on its own line.
import type { Heading } from 'mdast';
import { normalizeHeading } from '../model/sections';
import type { Section } from '../model/types';
import { EMPTY_SCOPE, type Extraction, type Scope } from './build';
import { parenthesisedDue, labelledDue } from './dates';
import { itemLinks } from './links';
import { cleanOwnerText, isHandle, isKnownOwner, isTeamName, namedOwners } from './ownerNames';
import { markedOwners } from './owners';
import { allBold, collapse, holdsMoreWordsThan, itemSource, type ItemSource, type Span } from './source';
import { headingStatus, type ItemStatus } from './status';
import { LABEL_WORDS, MONTH_AND_DAY_NAMES } from './vocabulary';

/**
 * Owners a heading names outright: `### Owner: Alice`, `### @alice`, `### Platform team`. Product and topic names are
 * not owners.
 */
function headingOwners(source: ItemSource, extraction: Extraction): readonly string[] {
  const labelled = markedOwners(source, extraction.directory);
  if (labelled?.source === 'label' || labelled?.source === 'mention') return labelled.owners;
  return namedOwners(collapse(source.prose), extraction.directory, 'none') ?? [];
}

/** The scope a heading gives its items, on top of its parent's. */
function headingScope(heading: Heading, parent: Scope, extraction: Extraction): Scope {
  const source = itemSource(extraction.text, [heading], extraction.definitions);
  const owners = headingOwners(source, extraction);
  const due =
    labelledDue(source.prose, extraction.postmortemDate) ?? parenthesisedDue(source.prose, extraction.postmortemDate);
  return {
    owners: owners.length > 0 ? owners : parent.owners,
    ownerRange: owners.length > 0 ? { start: source.start, end: source.end } : parent.ownerRange,
    status: headingStatus(collapse(source.prose)) ?? parent.status,
    due: due ?? parent.due,
    links: [...new Set([...parent.links, ...itemLinks(source)])],
  };
}

/** A word of a heading that sorts by time: a quarter, a half, a year or another number. */
const PERIOD = /^(?:q[1-4]|h[12]|\d[\d./-]*)$/;

/**
 * Whether a heading sorts the items under it rather than being one: it names a horizon, a category
 * or a status in label words only ("Short-term", "Monitoring", "Completed", "Q3 2025"), or an owner.
 */
export function headingGroupsItems(heading: Heading, extraction: Extraction): boolean {
  const source = itemSource(extraction.text, [heading], extraction.definitions);
  return labelWordsOnly(collapse(source.prose)) || headingOwners(source, extraction).length > 0;
}

/** Whether a label names a horizon, a category or a status in label words only ("Short-term", "Q3 2025"). */
function labelWordsOnly(label: string): boolean {
  return normalizeHeading(label)
    .split(/[\s/&,+:-]+/)
    .filter((word) => word !== '')
    .every((word) => LABEL_WORDS.has(word) || MONTH_AND_DAY_NAMES.has(word) || PERIOD.test(word));
}

/** The scope of each action-items section, inherited down from the outermost action-items section. */
export function sectionScopes(
  sections: readonly Section[],
  headings: ReadonlyMap<number, Heading>,
  extraction: Extraction,
): Scope[] {
  const scopes: Scope[] = [];
  sections.forEach((section, i) => {
    const parent =
      section.parent !== undefined && sections[section.parent]!.kind === 'action-items'
        ? scopes[section.parent]!
        : EMPTY_SCOPE;
    const heading = headings.get(section.headingRange.start.offset);
    scopes[i] = section.kind === 'action-items' && heading ? headingScope(heading, parent, extraction) : EMPTY_SCOPE;
  });
  return scopes;
}

/** A label's status is that of the items under it (`**Immediate Actions Taken**:`), as a heading's is. */
export type GroupLine =
  | { readonly kind: 'owner'; readonly owners: readonly string[] }
  | { readonly kind: 'label'; readonly status?: ItemStatus };

const MAX_GROUP_WORDS = 8;

/**
 * The words of a short line that heads what follows it: all bold (`**Alice**`, `**Next steps**`) or ending in a colon
 * (`Short-term:`).
 */
export function labelWords(source: ItemSource): string | undefined {
  // A long paragraph is not collapsed only to be counted.
  if (holdsMoreWordsThan(source.prose, MAX_GROUP_WORDS)) return undefined;
  const words = collapse(source.prose);
  if (!words) return undefined;
  return allBold(source) || words.endsWith(':') ? words : undefined;
}

/**
 * A label line that heads a group of items (`**Alice**`, `**For planning**`, `Short-term:`). It
 * names owners when it reads as a name, a handle or a team.
 */
export function groupLine(source: ItemSource, extraction: Extraction): GroupLine | undefined {
  const words = labelWords(source);
  return words === undefined ? undefined : groupName(words, source, extraction);
}

function groupName(words: string, source: ItemSource, extraction: Extraction): GroupLine {
  const labelled = markedOwners(source, extraction.directory);
  if (labelled && labelled.owners.length > 0 && (labelled.source === 'label' || labelled.source === 'mention'))
    return { kind: 'owner', owners: labelled.owners };
  const owners = namedOwners(cleanOwnerText(words), extraction.directory, 'plain');
  return owners ? { kind: 'owner', owners } : { kind: 'label', status: headingStatus(words) };
}

/**
 * Whether a list item with a nested list heads a group rather than being an item with details:
 * it ends in a colon, is all bold, is a name, or consists of label words only ("Monitoring").
 */
export function listGroupHead(source: ItemSource, extraction: Extraction, ordered = false): GroupLine | undefined {
  const words = collapse(source.prose);
  if (!words) return { kind: 'label' };
  const line = groupLine(source, extraction);
  if (line) return titlesItem(line, words, source, extraction, ordered) ? undefined : line;
  if (words.split(' ').length > 4 || /[.!?]$/.test(words)) return undefined;
  const named = groupName(words, source, extraction);
  if (named.kind === 'owner') return named;
  return words
    .toLowerCase()
    .split(/[\s/&]+/)
    .every((word) => LABEL_WORDS.has(word.replace(/[:,]$/, '')))
    ? named
    : undefined;
}

/**
 * Whether a head line titles one item whose details the nested list gives, rather than grouping items: its
 * words say what to do ("A better process for flagging erupting fires quickly:"), or it is a numbered entry's
 * title that reads as a name by its capitals alone ("1. **Simulator Load Handling**"): people and teams that
 * own items are not numbered.
 */
function titlesItem(line: GroupLine, words: string, source: ItemSource, extraction: Extraction, ordered: boolean) {
  if (line.kind === 'label') return !labelWordsOnly(words);
  if (!ordered) return false;
  const { directory } = extraction;
  const marked = markedOwners(source, directory);
  if (marked?.source === 'label' || marked?.source === 'mention') return false;
  return !line.owners.some(
    (owner) => isHandle(owner) || isKnownOwner(owner, directory) || isTeamName(owner, directory),
  );
}

/** The scope for items under a group line: its owners, or the enclosing scope again after a label. */
export function groupScope(line: GroupLine, range: Span, base: Scope): Scope {
  if (line.kind === 'owner') return { ...base, owners: line.owners, ownerRange: range };
  return line.status ? { ...base, status: line.status } : base;
}
