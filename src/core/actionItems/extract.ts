// Action items: from the lists, tables and prose of action-items sections (and their subsections),
// from "Action item:" paragraphs, labelled lists and tables with action-item columns anywhere, from
// first-person commitments in lessons and resolution sections ("We'll add an index ..."), the gerund phrases a
// sentence lists as its action items anywhere ("our action items included rotating keys, ..."), and, in a
// document without an action-items section, from the commitments of its prose ("Secondly, ...").
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import {
  actionTableDrafts,
  markedDrafts,
  narrativeCommitmentDrafts,
  proseCommitmentDrafts,
  sectionDrafts,
  doneSinceDrafts,
  workAskedDrafts,
} from './blocks';
import { buildItem, type Draft, EMPTY_SCOPE, type Extraction } from './build';
import { headingItemDrafts } from './headingItems';
import { lessonDrafts } from './lessons';
import { listedItemDrafts } from './listedItems';
import { frontMatterPeople, ownerDirectory, signingPeople } from './ownerNames';
import { tableActors } from './actors';
import { sectionScopes } from './scope';
import { keptTables } from './tables';
import { collectDefinitions } from './source';
import type { ModelContext } from '../model/context';
import { documentIncidentDate } from '../timeline/scope';
import { startOffset } from '../model/mdastText';
import { advisesReaders, namesReflection } from '../model/sections';
import type { SectionKind } from '../vocabulary/terms';
import type { ActionItem, NamedPeople, Section, TimelineEntry } from '../model/types';
import type { DatedDay } from '../model/dates';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first day the timeline gives with its year (`2026-12-04`): the incident's, where nothing else names it. */
function firstTimelineDay(timeline: readonly TimelineEntry[]): DatedDay | undefined {
  const days = timeline.flatMap((entry) => (entry.day && FULL_DAY.test(entry.day) ? [entry.day] : [])).sort();
  const [year, month, day] = (days[0]?.split('-') ?? []).map(Number);
  return year === undefined ? undefined : { year, month: month!, day: day! };
}

/**
 * The action items of a document. `timeline` gives the incident's day where the document names it nowhere else, for
 * due dates written without a year (`Q1`, `by Jan 15`); `named` the people the text names as such, owners too.
 */
export function extractActionItems(
  context: ModelContext,
  timeline: readonly TimelineEntry[] = [],
  named: NamedPeople = { besideRoles: [], speakers: [] },
): ActionItem[] {
  const { text, index, tree, sections, config } = context;
  const people = [...frontMatterPeople(context.frontMatter?.data), ...named.besideRoles];
  // Handles are written in lower case (`kira:`): owners as written, as the names an actor column gives are.
  const actors = [...tableActors(tree), ...named.speakers];
  const read = {
    text,
    index,
    definitions: collectDefinitions(tree),
    directory: ownerDirectory(config, text, people, actors),
    postmortemDate: documentIncidentDate(context) ?? firstTimelineDay(timeline),
  };
  const extraction: Extraction = context.cache ? { ...read, keptTables: keptTables(context.cache, read) } : read;
  const headings = new Map<number, Heading>();
  for (const node of tree.children) if (node.type === 'heading') headings.set(startOffset(node), node);
  const scopes = sectionScopes(sections, headings, extraction);

  const headingItems = headingItemDrafts(sections, headings, scopes, extraction);
  const drafts: Draft[] = [];
  /** Blocks read by their section's own reader, or by none. */
  const readApart = new Set<RootContent>();
  sections.forEach((section, i) => {
    // Recommendations to readers ("Package maintainers should ...") are what the incident taught them, not work.
    if (section.kind === 'lessons' && advisesReaders(section.title, section.nodes))
      for (const node of section.nodes) readApart.add(node);
    if (section.kind !== 'action-items') return;
    const item = headingItems.get(i);
    drafts.push(...(item ? [item] : sectionDrafts(section.nodes, scopes[i]!, extraction)));
    for (const node of section.nodes) readApart.add(node);
  });
  const elsewhere = blocksWithKinds(
    tree.children.filter((node) => !readApart.has(node)),
    sections,
  );
  drafts.push(
    ...draftsElsewhere(
      elsewhere,
      sections.some((section) => section.kind === 'action-items'),
      extraction,
    ),
  );
  drafts.push(...lessonDrafts(sections, EMPTY_SCOPE, extraction));
  const built = withoutRereadBlocks(drafts).map((draft) => ({
    draft,
    item: 'kept' in draft ? draft.kept : buildItem(draft, extraction),
  }));
  const items = built.map(({ item }) => item);
  const signing = signingPeople(items, extraction.directory);
  if (signing.length === 0 || items.every((item) => item.owners.length > 0)) return items;
  // Read again, the unowned items may name one of the people who sign others ("Mark to add ..." beside "- Mark").
  const again = { ...extraction, directory: ownerDirectory(config, text, [...people, ...signing], actors) };
  return built.map(({ draft, item }) => (item.owners.length > 0 || 'kept' in draft ? item : buildItem(draft, again)));
}

/** Sections where the authors say what they learnt and did, and so what they will do next. */
const COMMITTING_KINDS: ReadonlySet<SectionKind | undefined> = new Set(['lessons', 'resolution', 'root-cause']);

interface Block {
  readonly node: RootContent;
  readonly kind: SectionKind | undefined;
  /** In a closing section under a name of its own ("Conclusion"): where the authors say what they will do next. */
  readonly closing: boolean;
}

/**
 * Items outside action-items sections: marked, labelled and in action tables anywhere but timelines; committed to in
 * prose.
 */
function draftsElsewhere(blocks: readonly Block[], hasActionSection: boolean, extraction: Extraction): Draft[] {
  const nodes = (kept: (block: Block) => boolean) => blocks.filter(kept).map((block) => block.node);
  // A lesson tells what was done about it as well as what will be ("**Actions taken:**").
  const drafts: Draft[] = [
    ...markedDrafts(
      nodes((block) => block.kind !== 'lessons'),
      EMPTY_SCOPE,
      extraction,
    ),
    ...markedDrafts(
      nodes((block) => block.kind === 'lessons'),
      EMPTY_SCOPE,
      extraction,
      true,
    ),
  ];
  // A timeline's table lists what was done, whatever its columns are called.
  drafts.push(
    ...actionTableDrafts(
      nodes((block) => block.kind !== 'timeline'),
      EMPTY_SCOPE,
      extraction,
    ),
  );
  drafts.push(
    ...narrativeCommitmentDrafts(
      nodes((block) => COMMITTING_KINDS.has(block.kind) || block.closing),
      EMPTY_SCOPE,
      extraction,
      !hasActionSection,
    ),
  );
  const story = nodes((block) => block.kind !== 'timeline' && !COMMITTING_KINDS.has(block.kind) && !block.closing);
  const prose = story.filter((node): node is Paragraph => node.type === 'paragraph');
  drafts.push(...workAskedDrafts(prose, EMPTY_SCOPE, extraction));
  const untimed = nodes((block) => block.kind !== 'timeline').filter(
    (node): node is Paragraph => node.type === 'paragraph',
  );
  drafts.push(...doneSinceDrafts(untimed, EMPTY_SCOPE, extraction));
  drafts.push(...listedItemDrafts(untimed, EMPTY_SCOPE, extraction));
  if (hasActionSection) return drafts;
  // "- [We will no longer](...) automatically update spec-repos": a bullet of a story committing as prose does.
  const bullets = story
    .filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children.map((item) => item.children[0]))
    .filter((first): first is Paragraph => first?.type === 'paragraph');
  return [...drafts, ...proseCommitmentDrafts([...prose, ...bullets], EMPTY_SCOPE, extraction)];
}

/** Top-level blocks, in document order, with the kind of the section each stands in. */
function blocksWithKinds(nodes: readonly RootContent[], sections: readonly Section[]): Block[] {
  const sectionAt = new Map(sections.map((section) => [section.headingRange.start.offset, section]));
  let kind: SectionKind | undefined;
  let closing = false;
  return nodes.map((node) => {
    const section = node.type === 'heading' ? sectionAt.get(startOffset(node)) : undefined;
    if (section) {
      kind = section.kind;
      closing = namesReflection(section.title);
    }
    return { node, kind, closing };
  });
}

/** In document order, without a block two readers found (a bullet under "**Next steps:**" that also says "We will"). */
function withoutRereadBlocks(drafts: readonly Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  let end = -1;
  return sorted.filter((draft) => {
    if (draft.range.end <= end) return false;
    end = draft.range.end;
    return true;
  });
}
