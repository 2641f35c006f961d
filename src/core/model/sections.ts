import type { Heading, List, ListItem, Root, RootContent, Table } from 'mdast';
import { endOffset, plainText, startOffset } from './mdastText';
import { isPlaceholderText } from './placeholders';
import sectionNames from './sectionNames.json';
import type { LineIndex } from './text';
import { hasTextAfter, timestampAt } from './time';
import { opensWithStatusLead } from '../vocabulary/statusLeads';
import { statusUpdateTime } from './statusUpdate';
import { remembered } from '../util/remembered';
import { SECTION_KINDS, type SectionKind } from '../vocabulary/terms';
import type { ActionItem, Section } from './types';

/** Where a name's words must stand in a heading: anywhere as whole words, at its start or end, or as all of it. */
const PLACES: Readonly<Record<string, (words: string) => string>> = {
  anywhere: (words) => `\\b(?:${words})\\b`,
  start: (words) => `^(?:${words})\\b`,
  end: (words) => `\\b(?:${words})$`,
  whole: (words) => `^(?:${words})$`,
};

type SectionName = (typeof sectionNames.names)[number] & { readonly onlyWithout?: boolean; readonly notUnder?: string };

function compileName(name: SectionName): readonly [SectionKind, RegExp] {
  const place = PLACES[name.at];
  if (!place || !(SECTION_KINDS as readonly string[]).includes(name.kind))
    throw new Error(`sectionNames.json: bad entry ${JSON.stringify(name)}`);
  return [name.kind as SectionKind, new RegExp(place(name.words))];
}

const NAMES: readonly SectionName[] = sectionNames.names;

/**
 * Heading names real postmortems use, by kind (the data in sectionNames.json); tried in order, the first match wins.
 */
const HEADING_VOCABULARY: ReadonlyArray<readonly [SectionKind, RegExp]> = NAMES.filter((name) => !name.onlyWithout).map(
  compileName,
);

/** Names that count only where no other section has their kind ("Looking forward" beside no action items). */
const FALLBACK_VOCABULARY: ReadonlyArray<readonly [SectionKind, RegExp]> = NAMES.filter((name) => name.onlyWithout).map(
  compileName,
);

/**
 * What opens a heading before its words: emoji, symbols and numbering in any order ("🚫 Prevention", "1. 📋 To do",
 * "📋 2) Remediation"). Not an emoji written as a `:shortcode:`, whose words stay: Python Discord's template pairs
 * ":warning: Leadup" with timed events, not with the root cause that "Leadup" alone names.
 */
const HEADING_LEAD = /^(?:[^\p{L}\p{N}]|(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+)+/u;
/** What closes a heading after its words: punctuation, emoji and symbols ("Action items: ✅", "Timeline 🕐"). */
const HEADING_TAIL = /[^\p{L}\p{N}]+$/u;

/**
 * Lower-cased heading text without numbering, emoji, symbols or punctuation around it, or a parenthesised remark; kept
 * by the title, as a document's headings are read again on every edit.
 */
export const normalizeHeading = remembered((title: string): string =>
  title
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(HEADING_LEAD, '')
    .replace(HEADING_TAIL, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** The kind a heading names only when the document has no other section of that kind, if any. */
function fallbackKind(title: string): SectionKind | undefined {
  const normalized = normalizeHeading(title);
  return FALLBACK_VOCABULARY.find(([, pattern]) => pattern.test(normalized))?.[0];
}

export function headingKind(title: string, extraNames: Readonly<Record<string, SectionKind>> = {}): SectionKind {
  const normalized = normalizeHeading(title);
  for (const [name, kind] of Object.entries(extraNames)) {
    if (normalizeHeading(name) === normalized) return kind;
  }
  for (const [kind, pattern] of HEADING_VOCABULARY) {
    if (pattern.test(normalized)) return kind;
  }
  return 'other';
}

/**
 * Where a heading that names several kinds splits into its names: a comma, "and", "&", a slash; not a colon, whose
 * words after it describe the section ("Timeline: what happened").
 */
const NAME_SEPARATOR = /\s*(?:[,;&/+]|\band\b)\s*/;

/**
 * A summary's heading that says what it sums up: "Summary of the impact" sums up the incident by its impact. Not
 * "Description of the bug", whose head only introduces what it is about.
 */
const SUMMARY_OF = /^((?:[\w-]+ )?summary) of ./;

/**
 * The kinds the parts of a heading name other than `ownKind`: "Root cause and remediation" names two, and so does
 * "Summary of the impact" (see `SUMMARY_OF`).
 */
function namedAlso(title: string, ownKind: SectionKind, extraNames: Readonly<Record<string, SectionKind>>) {
  const normalized = normalizeHeading(title);
  const parts = normalized.split(NAME_SEPARATOR);
  const summary = SUMMARY_OF.exec(normalized);
  if (summary) parts.push(summary[1]!);
  if (parts.length < 2) return [];
  const kinds = new Set(parts.filter((part) => part !== '').map((part) => headingKind(part, extraNames)));
  kinds.delete('other');
  kinds.delete(ownKind);
  return [...kinds];
}

/**
 * A "Conclusion" (or "Conclusions regarding ...") that states what caused the incident is where the root cause lives.
 */
const CONCLUSION = /^conclusions?\b/;
/** Wording that says what caused the incident ("caused by", "..., this caused an outage"): the data in sectionNames. */
const CAUSAL_WORDING = new RegExp(
  `\\b(?:${sectionNames.causes.wording.map((entry) => entry.words).join('|')})\\b`,
  'i',
);

const REFLECTIVE_HEADING = new RegExp(
  `^(?:${sectionNames.reflections.headings.map((entry) => entry.words).join('|')})$`,
);
const LESSON_WORDING = new RegExp(
  `\\b(?:${sectionNames.reflections.wording.map((entry) => entry.words).join('|')})\\b`,
  'i',
);

/** Whether a heading names a closing or reflective section ("Conclusion", "Closing remarks", "Postmortem"). */
export function namesReflection(title: string): boolean {
  return REFLECTIVE_HEADING.test(normalizeHeading(title));
}

/**
 * A closing or reflective section under a name of its own ("Conclusion", "Postmortem"), with no subsections, that
 * says what was learned or what is needed ("More time needs to be allocated to ...") is where the lessons live.
 */
function reflectsLessons(title: string, nodes: readonly RootContent[], hasSubsections: boolean): boolean {
  return (
    !hasSubsections &&
    namesReflection(title) &&
    nodes.some((node) => isContent(node) && LESSON_WORDING.test(plainText(node)))
  );
}

/**
 * A resolution section that holds nothing but a list of two or more entries, each under a bold title ("## Resolution"
 * over "1. **Settings:** ...", "2. **Source cleanup:** ...") or led by its status ("## Mitigations" over
 * "- Implemented: ...", "- Suggested: ...") lists the remediations made and proposed: those are its action items.
 * Prose, a list of plain steps ("- Rolled back the release"), or entries whose every title names a step of the
 * recovery ("**Immediate mitigation**:", "**Verification**:", see `recoverySteps`) tells of the recovery instead.
 */
function listsRemediations(nodes: readonly RootContent[]): boolean {
  const content = nodes.filter(isContent);
  const entries = content.flatMap((node) => (node.type === 'list' ? node.children : []));
  return (
    content.length > 0 &&
    content.every((node) => node.type === 'list') &&
    entries.length >= 2 &&
    entries.every((entry) => {
      const first = entry.children[0];
      return first?.type === 'paragraph' && (boldTitle(entry) !== undefined || opensWithStatusLead(plainText(first)));
    }) &&
    !entries.every((entry) => RECOVERY_STEP.test(boldTitle(entry)?.toLowerCase() ?? ''))
  );
}

/** The bold title a list entry opens with (`**Settings:**`), if any. */
function boldTitle(entry: ListItem): string | undefined {
  const first = entry.children[0];
  const title = first?.type === 'paragraph' ? first.children[0] : undefined;
  return title?.type === 'strong' ? plainText(title) : undefined;
}

/** A bold title that tells the recovery itself: `**Immediate mitigation**`, `**Verification**` (see the data). */
const RECOVERY_STEP = new RegExp(
  `\\b(?:${sectionNames.recoverySteps.titles.map((entry) => entry.words).join('|')})\\b`,
);

const ADVICE_HEADING = new RegExp(`^(?:${sectionNames.advice.headings.map((entry) => entry.words).join('|')})$`);

/** "Package maintainers should ...", "Users must ...": a bullet that opens by telling somebody what to do. */
const ADVICE = /^((?:[\w'-]+[ ,]+){1,6}?)(?:should|must|can)\b/i;
/** The writers themselves, as the subject of a bullet's advice: their own work, not advice. */
const WRITERS = /\b(?:we|our|us|i|team)\b/i;

/** Whether a bullet opens by telling somebody other than the writers what to do. */
function advisesOthers(text: string): boolean {
  const subject = ADVICE.exec(text)?.[1];
  return subject !== undefined && !WRITERS.test(subject);
}

/** "you", "your": the reader, spoken to. */
const READER = /\byour?\b/i;

/** Whether a bullet speaks to the reader ("Have a backup plan for accessing your realm"), not of the writers' work. */
function addressesReader(text: string): boolean {
  return READER.test(text) && !WRITERS.test(text);
}

/**
 * A section whose bullets, two or more, each speak to the reader ("Pay careful attention to your custom authentication
 * flows", "Rotate your tokens"), or a recommendations section whose bullets each advise somebody other than the
 * writers: advice to readers, not the writers' own work.
 */
export function advisesReaders(title: string, nodes: readonly RootContent[]): boolean {
  const bullets = nodes
    .flatMap((node) => (node.type === 'list' ? node.children : []))
    .map((bullet) => plainText(bullet).trim());
  if (bullets.length < 2) return false;
  if (bullets.every(addressesReader)) return true;
  return ADVICE_HEADING.test(normalizeHeading(title)) && bullets.every(advisesOthers);
}

/**
 * "The actual root cause was deeper", "The issue was caused by a line of code", "much of this stemmed from a recent
 * change": a sentence that gives what the incident came from (the data in sectionNames); not one that says the root
 * cause is still sought ("root cause is being worked at", "the root cause is not yet known", "is still unclear").
 */
const GIVES_ROOT_CAUSE = new RegExp(
  `\\b(?:${sectionNames.openings.wording.map((entry) => entry.words).join('|')})\\b`,
  'i',
);

type Opening = (typeof sectionNames.openings.wording)[number] & { readonly named?: boolean };

/** "This leads me to the root cause of this problem: the server needs more RAM!": the root cause in so many words. */
const NAMES_ROOT_CAUSE = new RegExp(
  `\\b(?:${(sectionNames.openings.wording as readonly Opening[])
    .filter((entry) => entry.named)
    .map((entry) => entry.words)
    .join('|')})\\b`,
  'i',
);

/**
 * A section under a name of its own ("The Nitty Gritty", "Issue details") whose first paragraph gives the root cause
 * is where it lives.
 */
function opensWithRootCause(nodes: readonly RootContent[]): boolean {
  const first = nodes.find(isContent);
  return first?.type === 'paragraph' && GIVES_ROOT_CAUSE.test(plainText(first));
}

/**
 * Where a section under a name of its own that opens with the root cause is the root cause: anywhere outside a named
 * section, and under the summary, whose subsection ("# The Incident" over "## Details") tells more than it.
 */
const OPENS_CAUSE_UNDER: ReadonlySet<SectionKind> = new Set(['other', 'summary']);

const STORY_HEADING = new RegExp(`^(?:${sectionNames.stories.headings.map((entry) => entry.words).join('|')})$`);
/** A summary is short: a story told in this many paragraphs or lists or more is an account, not a summary. */
const MIN_STORY_BLOCKS = 4;

/** The paragraphs and lists that tell a section's story. */
function storyBlocks(nodes: readonly RootContent[]): RootContent[] {
  return nodes.filter((node) => isContent(node) && (node.type === 'paragraph' || node.type === 'list'));
}

/**
 * A section named for the story ("What happened") that tells it at length and says what caused it
 * ("Because of this design, ...", "The root cause wound up being ...") is the account of the cause, in a
 * document with no root-cause section of its own; a short one ("On Tuesday the site was down, caused by a
 * DoS attack.") is the summary.
 */
function tellsTheCause(title: string, nodes: readonly RootContent[]): boolean {
  const blocks = storyBlocks(nodes);
  return (
    STORY_HEADING.test(normalizeHeading(title)) &&
    blocks.length >= MIN_STORY_BLOCKS &&
    blocks.some((node) => CAUSAL_WORDING.test(plainText(node)))
  );
}

const ACCOUNT_HEADING = new RegExp(`^(?:${sectionNames.accounts.headings.map((entry) => entry.words).join('|')})$`);
/**
 * The whole account is this long: a blog post's "The incident" that narrates the response step by step in 25
 * paragraphs; the longest summary under a story name in the labelled documents holds 7.
 */
const MIN_ACCOUNT_BLOCKS = 12;

/** A section named for the incident itself ("The incident") that tells all of it at length: the account, no summary. */
function tellsTheWholeStory(title: string, nodes: readonly RootContent[]): boolean {
  return ACCOUNT_HEADING.test(normalizeHeading(title)) && storyBlocks(nodes).length >= MIN_ACCOUNT_BLOCKS;
}

/** Whether a block says something: not a heading, a comment, or a table of column names over no rows. */
function isContent(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'table') return node.children.length > 1;
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  // A template's `[One paragraph on what happened]` or `TBD` is text still to be written.
  if (node.type === 'paragraph' || node.type === 'list') return !isPlaceholderText(plainText(node));
  return true;
}

/**
 * Kinds whose names also sort follow-up work by what it is for: prevent, detect, mitigate, repair
 * ("## Action items" over "### Detection", "### Mitigation", "### Fixes").
 */
const WORK_CATEGORY_KINDS: ReadonlySet<SectionKind> = new Set(['detection', 'resolution']);

/** `alsoKinds` when the heading names other kinds beside its own (but `readOtherwise`), else nothing. */
function alsoKindsOf(
  title: string,
  ownKind: SectionKind,
  extraNames: Readonly<Record<string, SectionKind>>,
  readOtherwise?: SectionKind,
): { alsoKinds?: readonly SectionKind[] } {
  if (ownKind === 'other') return {};
  const also = namedAlso(title, ownKind, extraNames).filter((kind) => kind !== readOtherwise);
  return also.length > 0 ? { alsoKinds: also } : {};
}

/** Lessons names that tell how the failure came about when no lessons section stands around or beside them. */
const ALONE_NAMES: ReadonlyArray<readonly [SectionKind, RegExp]> = sectionNames.alone.headings.map((entry) => [
  entry.kind as SectionKind,
  new RegExp(`\\b(?:${entry.words})\\b`),
]);

/** Lessons names beside which a lessons name is one of the lessons: "What went well" beside "What went wrong". */
const BESIDE_NAMES = new RegExp(`\\b(?:${sectionNames.alone.beside.map((entry) => entry.words).join('|')})\\b`);

/** The kind a lessons name takes alone ("What went wrong and how was it fixed?" with no "What went well"), if any. */
function aloneKind(title: string): SectionKind | undefined {
  const normalized = normalizeHeading(title);
  return ALONE_NAMES.find(([, pattern]) => pattern.test(normalized))?.[0];
}

const PROPOSAL_NAME = new RegExp(`\\b(?:${sectionNames.proposals.headings.map((entry) => entry.words).join('|')})\\b`);

/**
 * Sections of ideas not yet agreed ("Possible Improvements", "Recommendations", "What we could do to ...") beside the
 * document's own list of actions, written, are what the review considered: the lessons, with every action-items
 * section under them. Alone, or beside a list still to write, such a section is the document's follow-ups.
 */
function settleProposals(
  drafts: { ownKind: SectionKind; kind: SectionKind; title: string; parent?: number; hasContent: boolean }[],
) {
  const proposes = drafts.map(
    (draft) => draft.ownKind === 'action-items' && PROPOSAL_NAME.test(normalizeHeading(draft.title)),
  );
  const underProposal = (i: number): boolean => {
    const parent = drafts[i]!.parent;
    return parent !== undefined && (proposes[parent]! || underProposal(parent));
  };
  // A list of actions still to write ("## Action items" over "TBD") agrees on nothing.
  const agreed = drafts.some(
    (draft, i) => draft.ownKind === 'action-items' && draft.hasContent && !proposes[i] && !underProposal(i),
  );
  if (!agreed) return;
  drafts.forEach((draft, i) => {
    if ((proposes[i] || underProposal(i)) && draft.ownKind === 'action-items') draft.ownKind = draft.kind = 'lessons';
  });
}

/** Names that do not count under a heading that names what helped ("What went well" over "Faster detection"). */
const NOT_UNDER: ReadonlyArray<readonly [RegExp, RegExp]> = NAMES.filter((name) => name.notUnder).map((name) => [
  compileName(name)[1],
  new RegExp(`\\b(?:${name.notUnder})\\b`),
]);

/** Whether a heading's name does not count under its parent's heading (see `NOT_UNDER`). */
function notNamedUnder(title: string, parentTitle: string): boolean {
  const normalized = normalizeHeading(title);
  const parent = normalizeHeading(parentTitle);
  return NOT_UNDER.some(([name, under]) => name.test(normalized) && under.test(parent));
}

/** A heading that holds only a date ("May 12", "2024-05-12", "Tuesday, 12 May"): a day of a timeline. */
function isDayHeading(title: string): boolean {
  const timestamp = timestampAt(title);
  return timestamp?.date !== undefined && !timestamp.time && !timestamp.unparseable && !hasTextAfter(title, timestamp);
}

/** A section under another name is a timeline when this many of its lines open with a time... */
const MIN_TIMED_LINES = 3;

/** The first line of each paragraph line and list item of `nodes`, as text. */
function openingLines(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph') return plainText(node).split('\n');
    if (node.type === 'list') return node.children.map((item) => plainText(item).split('\n')[0] ?? '');
    return [];
  });
}

/**
 * ...and they are most of its lines: "How was it fixed" holding `1738: Cloudinary posted ...` lines,
 * under its own heading or under day headings (`### 28 Feb 2017`).
 */
function readsAsTimeline(nodes: readonly RootContent[]): boolean {
  const lines = openingLines(nodes).filter((line) => line.trim() !== '');
  const timed = lines.filter((line) => timestampAt(line)?.time !== undefined).length;
  return timed >= MIN_TIMED_LINES && timed * 2 >= lines.length;
}

/** The names of a timeline that may stand anywhere in a heading ("timeline", "sequence of events"): the data. */
const TIMELINE_NAME = new RegExp(
  `\\b(?:${NAMES.filter((name) => name.kind === 'timeline' && name.at === 'anywhere')
    .map((name) => name.words)
    .join('|')})\\b`,
  'i',
);
/**
 * Whether a section may hold the timeline as a list its story announces: one under a name of its own, or the story of
 * the incident ("What happened", "The outage"); not a section named the summary, which stays the summary.
 */
function mayHoldStory(draft: { ownKind: SectionKind; title: string }): boolean {
  const named = normalizeHeading(draft.title);
  return draft.ownKind === 'other' || (draft.ownKind === 'summary' && ACCOUNT_HEADING.test(named));
}

/**
 * Whether a table's rows, `MIN_TIMED_LINES` of them or more, all give a time of day in one of their first two cells
 * (`| Nov 28 | 09:10 | Indexer v4.2 rolled out |`): a table of events.
 */
function isTimedTable(table: Table): boolean {
  const rows = table.children.slice(1);
  return (
    rows.length >= MIN_TIMED_LINES &&
    rows.every((row) =>
      row.children.slice(0, 2).some((cell) => timestampAt(plainText(cell).trim())?.time !== undefined),
    )
  );
}

/**
 * Whether a section holds a list its paragraph announces as the timeline ("This is the timeline of events that
 * occurred on Thursday February 11 2016:"), two or more and at least half of its items opening with a time; or,
 * announced or not,
 * a list of `MIN_TIMED_LINES` or more items that all do ("All times CEST." over "- 09:12 — Deploy of ..."), or a table
 * of as many rows that all give a time.
 */
function holdsAnnouncedTimeline(nodes: readonly RootContent[], announcedOnly = false): boolean {
  const timedItems = (list: List) =>
    list.children.filter((item) => timestampAt(plainText(item).trimStart())?.time !== undefined).length;
  return nodes.some((node, i) => {
    if (!announcedOnly) {
      if (node.type === 'list' && node.children.length >= MIN_TIMED_LINES && timedItems(node) === node.children.length)
        return true;
      if (node.type === 'table' && isTimedTable(node)) return true;
    }
    const next = nodes[i + 1];
    if (node.type !== 'paragraph' || next?.type !== 'list' || next.children.length < 2) return false;
    const text = plainText(node).trim();
    // Announced, the list may open with what came before the day (`In 2021, we changed ...`).
    const timed = timedItems(next);
    const enough = announcedOnly ? MIN_TIMED_LINES : 2;
    return text.endsWith(':') && TIMELINE_NAME.test(text) && timed >= enough && timed * 2 >= next.children.length;
  });
}

/**
 * In a document with no timeline section, the section whose story announces its timeline as a list ("### What
 * happened" over "This is the timeline of events ...:" and " - 10.42: ...") is the timeline.
 */
function announcedTimeline(
  drafts: { ownKind: SectionKind; kind: SectionKind; title: string; nodes: RootContent[]; parent?: number }[],
) {
  if (drafts.some((draft) => draft.ownKind === 'timeline')) return;
  // Not the document's title over its sections: its lead is no section of its own.
  const title = (i: number): boolean => drafts[i]!.parent === undefined && drafts.some((child) => child.parent === i);
  const story = drafts.find((draft, i) => !title(i) && mayHoldStory(draft) && holdsAnnouncedTimeline(draft.nodes));
  // A section of another name that says in so many words that its list of `MIN_TIMED_LINES` or more times is the
  // timeline ("# Technical details" over "Here is the timeline of what happened, all times in Pacific Time:") holds it.
  const announced = story ?? drafts.find((draft, i) => !title(i) && holdsAnnouncedTimeline(draft.nodes, true));
  // A section of any name that is one table of times (`### Immediate actions` over `| Time (UTC) | Action |`) logs
  // what was done when.
  const logged = announced ?? drafts.find((draft) => draft.nodes.length === 1 && isTimeLog(draft.nodes[0]!));
  if (logged) logged.ownKind = logged.kind = 'timeline';
}

/** A column headed by the time of each row: `Time (UTC)`, `Timestamp`. */
const TIME_HEADER = /^\W*(?:time|timestamp)\b/i;

/**
 * A table whose first column is headed by the time and gives one in most of `MIN_TIMED_LINES` rows or more, an
 * approximate one too (`~15:09`).
 */
function isTimeLog(node: RootContent): boolean {
  if (node.type !== 'table') return false;
  const [header, ...rows] = node.children;
  if (!header?.children[0] || !TIME_HEADER.test(plainText(header.children[0]).trim())) return false;
  const timed = rows.filter((row) => {
    const first = row.children[0];
    return first !== undefined && timestampAt(plainText(first).replace(/^[\s~≈]+/, ''))?.time !== undefined;
  }).length;
  return rows.length >= MIN_TIMED_LINES && timed * 2 >= rows.length;
}

/**
 * Whether a heading ends an open section: one at its level or above does, except that the days of a
 * timeline written as headings at the timeline's own level ("## Timeline", "## May 12") continue it.
 */
function closedBy(
  open: { readonly heading: Heading; readonly ownKind: SectionKind },
  heading: Heading,
  day: boolean,
): boolean {
  if (open.heading.depth < heading.depth) return false;
  return !(day && open.ownKind === 'timeline' && open.heading.depth === heading.depth);
}

/** Splits the document at its top-level headings into sections with kinds, ranges and contents. */
export function buildSections(
  tree: Root,
  index: LineIndex,
  extraNames: Readonly<Record<string, SectionKind>> = {},
): Section[] {
  interface Draft {
    heading: Heading;
    title: string;
    ownKind: SectionKind;
    kind: SectionKind;
    nodes: RootContent[];
    parent: number | undefined;
    end: number;
    hasContent: boolean;
    /** Named as lessons, read as the kind the name takes alone: not also lessons. */
    alone?: boolean;
  }
  const drafts: Draft[] = [];
  const open: number[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = plainText(node).replace(/\s+/g, ' ').trim();
      const day = isDayHeading(title);
      while (open.length > 0 && closedBy(drafts[open[open.length - 1]!]!, node, day)) open.pop();
      const parent = open.length > 0 ? open[open.length - 1] : undefined;
      const inherited = parent === undefined ? 'other' : drafts[parent]!.kind;
      // `### 14:35 Root cause found` under a timeline is a timeline entry, not a root-cause section.
      const ownKind =
        (inherited === 'timeline' && timestampAt(title)?.time) ||
        (parent !== undefined && notNamedUnder(title, drafts[parent]!.title))
          ? 'other'
          : headingKind(title, extraNames);
      drafts.push({
        heading: node,
        title,
        ownKind,
        kind: ownKind === 'other' ? inherited : ownKind,
        nodes: [],
        parent,
        end: endOffset(node),
        hasContent: false,
      });
      open.push(drafts.length - 1);
    } else if (open.length > 0) {
      const current = drafts[open[open.length - 1]!]!;
      current.nodes.push(node);
      // Read once, not once per enclosing section: a list's or paragraph's text is gathered to tell.
      const content = isContent(node);
      const end = endOffset(node);
      for (const ancestor of open) {
        const draft = drafts[ancestor]!;
        draft.end = Math.max(draft.end, end);
        if (content) draft.hasContent = true;
      }
    }
  }
  drafts.forEach((draft, i) => {
    const alone = draft.ownKind === 'lessons' ? aloneKind(draft.title) : undefined;
    const lessonsBeside = drafts.some(
      (other, at) =>
        at !== i &&
        other.ownKind === 'lessons' &&
        other.parent === draft.parent &&
        BESIDE_NAMES.test(normalizeHeading(other.title)),
    );
    const inLessons = draft.parent !== undefined && drafts[draft.parent]!.kind === 'lessons';
    if (!alone || lessonsBeside || inLessons) return;
    draft.ownKind = draft.kind = alone;
    draft.alone = true;
  });
  for (const draft of drafts) {
    const fallback = draft.ownKind === 'other' ? fallbackKind(draft.title) : undefined;
    if (fallback && !drafts.some((other) => other.ownKind === fallback)) draft.ownKind = draft.kind = fallback;
  }
  drafts.forEach((draft, i) => {
    // The days of a timeline are part of it, not timelines of their own.
    if (draft.ownKind !== 'other' || (draft.parent !== undefined && drafts[draft.parent]!.ownKind === 'timeline'))
      return;
    const days = drafts.filter((child) => child.parent === i && isDayHeading(child.title));
    if (readsAsTimeline([...draft.nodes, ...days.flatMap((day) => day.nodes)])) draft.ownKind = draft.kind = 'timeline';
  });
  // Days side by side under a section of another kind (`## What happened` over `### March 3`, `### March 4`) are a
  // timeline together, each day a part of it, though one day may hold fewer times than a timeline of its own.
  drafts.forEach((draft, i) => {
    if (draft.kind === 'timeline') return;
    const days = drafts.filter(
      (child) =>
        child.parent === i && (child.ownKind === 'other' || child.ownKind === 'timeline') && isDayHeading(child.title),
    );
    if (days.length < 2 || !readsAsTimeline(days.flatMap((day) => day.nodes))) return;
    for (const day of days) day.ownKind = day.kind = 'timeline';
  });
  // Status updates, a heading each with its time (`## Update (2013-08-06 9:33 UTC)`): the incident's timeline, each
  // update an entry of it.
  const updates = drafts.filter((draft) => statusUpdateTime(draft.title) !== undefined);
  if (updates.length >= 2)
    for (const update of updates) if (update.ownKind === 'other') update.ownKind = update.kind = 'timeline';
  announcedTimeline(drafts);
  // A section with nothing of its own under its heading ("## Issue details" over "### Description") opens with its
  // first subsection; not the document's title, whose first subsection opens the whole story.
  const openingNodes = (draft: Draft): readonly RootContent[] => {
    if (draft.parent === undefined || draft.nodes.some(isContent)) return draft.nodes;
    return drafts.find((child) => child.parent !== undefined && drafts[child.parent] === draft)?.nodes ?? [];
  };
  // Under a timeline, a section is a day or an incident of it: its updates may name the cause.
  const underTimeline = (draft: Draft): boolean =>
    draft.parent !== undefined && (drafts[draft.parent]!.kind === 'timeline' || underTimeline(drafts[draft.parent]!));
  for (const draft of drafts) {
    if (
      draft.ownKind === 'other' &&
      ((CONCLUSION.test(normalizeHeading(draft.title)) &&
        draft.nodes.some((node) => CAUSAL_WORDING.test(plainText(node)))) ||
        (OPENS_CAUSE_UNDER.has(draft.kind) && !underTimeline(draft) && opensWithRootCause(openingNodes(draft))))
    ) {
      draft.ownKind = 'root-cause';
      draft.kind = 'root-cause';
    }
  }
  if (!drafts.some((draft) => draft.ownKind === 'root-cause')) {
    const story = drafts.find((draft) => draft.ownKind === 'summary' && tellsTheCause(draft.title, draft.nodes));
    // A debugging story under names of its own ends where it names the root cause ("The Smoking Gun"); not a bold
    // label paragraph ("**Root Causes**: ..."), a template's field written in the section of another name, nor the
    // lead under the document's title, which holds its sections.
    const named = drafts.find(
      (draft, i) =>
        draft.kind === 'other' &&
        !underTimeline(draft) &&
        !(draft.parent === undefined && drafts.some((child) => child.parent === i)) &&
        draft.nodes.some(
          (node) =>
            node.type === 'paragraph' && node.children[0]?.type !== 'strong' && NAMES_ROOT_CAUSE.test(plainText(node)),
        ),
    );
    const cause = story ?? named;
    if (cause) cause.ownKind = cause.kind = 'root-cause';
  }
  for (const draft of drafts) {
    if (draft.ownKind === 'summary' && tellsTheWholeStory(draft.title, draft.nodes)) {
      draft.ownKind = 'other';
      draft.kind = draft.parent === undefined ? 'other' : drafts[draft.parent]!.kind;
    }
  }
  drafts.forEach((draft, i) => {
    if (
      draft.ownKind === 'other' &&
      reflectsLessons(
        draft.title,
        draft.nodes,
        drafts.some((child) => child.parent === i),
      )
    )
      draft.ownKind = draft.kind = 'lessons';
  });
  for (const draft of drafts) {
    if (draft.ownKind === 'action-items' && advisesReaders(draft.title, draft.nodes))
      draft.ownKind = draft.kind = 'lessons';
  }
  settleProposals(drafts);
  drafts.forEach((draft, i) => {
    if (draft.ownKind === 'resolution' && listsRemediations(draft.nodes) && !drafts.some((child) => child.parent === i))
      draft.ownKind = draft.kind = 'action-items';
  });
  // A subsection inherits its kind from an enclosing section whose kind was settled above; under action
  // items, "### Detection" or "### Mitigation" names a category of the work, as Google's template sorts it.
  for (const draft of drafts) {
    if (draft.parent === undefined) continue;
    const inherited = drafts[draft.parent]!.kind;
    if (draft.ownKind === 'other' || (inherited === 'action-items' && WORK_CATEGORY_KINDS.has(draft.ownKind)))
      draft.kind = inherited;
  }
  return drafts.map((draft) => ({
    title: draft.title,
    level: draft.heading.depth,
    ownKind: draft.ownKind,
    kind: draft.kind,
    ...alsoKindsOf(draft.title, draft.ownKind, extraNames, draft.alone ? 'lessons' : undefined),
    headingRange: index.rangeOf(startOffset(draft.heading), endOffset(draft.heading)),
    range: index.rangeOf(startOffset(draft.heading), draft.end),
    nodes: draft.nodes,
    empty: !draft.hasContent,
    parent: draft.parent,
  }));
}

/**
 * A table of action items is one by its columns, wherever it stands (`| Action Item | Type | Owner | Bug |` under an
 * unnamed heading): the section that holds it also meets the action-items requirement.
 */
export function withItemTables(sections: readonly Section[], items: readonly ActionItem[]): Section[] {
  const holding = new Set<number>();
  for (const item of items) {
    if (item.style !== 'table') continue;
    const line = item.range.start.line;
    let innermost = -1;
    sections.forEach((section, i) => {
      if (section.range.start.line <= line && line <= section.range.end.line) innermost = i;
    });
    if (innermost >= 0) holding.add(innermost);
  }
  return sections.map((section, i) => {
    const kinds = [section.kind, ...(section.alsoKinds ?? [])];
    if (!holding.has(i) || kinds.includes('action-items')) return section;
    return { ...section, alsoKinds: [...(section.alsoKinds ?? []), 'action-items'] };
  });
}
