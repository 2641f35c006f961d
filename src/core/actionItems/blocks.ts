// Action items from the blocks of a section, and from prose elsewhere: lists, tables, group lines,
// "Action item:" paragraphs and commitment sentences.
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { endOffset, plainText, startOffset } from '../model/mdastText';
import { headingKind, normalizeHeading } from '../model/sections';
import type { Draft, Extraction, ItemDraft, Scope } from './build';
import { type ClosingRemark, closingRemark } from './closingRemark';
import {
  announcesItems,
  commitmentRuns,
  doneSinceSentences,
  countsDoneWork,
  firstPersonLead,
  leadsOwnChanges,
  mayAskForWorkOnThings,
  mayHoldStrictCommitment,
  workAskedSentences,
} from './commitments';
import { commitmentSentences, mayHoldCommitmentSentence } from './firstPerson';
import { isLegend } from './legend';
import { isDetailList, joinAdjacentLists, listDrafts } from './lists';
import { actionMarker, leadingActionMarker, mayHoldActionMarker } from './markers';
import { namedOwners } from './ownerNames';
import { findOwners } from './owners';
import { type GroupLine, groupLine, groupScope, labelWords } from './scope';
import type { Sentence } from './sentences';
import {
  holdsMoreWordsThan,
  isBlankText,
  itemSource,
  pointsToTrackedWork,
  skipBlanks,
  subSource,
  type ItemSource,
  type Span,
} from './source';
import { headingStatus, type ItemStatus } from './status';
import { holdsItems, isActionTable, keptTableItems, tableDrafts } from './tables';
import {
  alternation,
  DETAIL_LEADS,
  ITEM_RULE_NOUNS,
  NUMBERED_ITEM_LABELS,
  OUGHT_WORDS,
  PROCEDURE_NOUNS,
  TRACKED_WORK_NOUNS,
  TRACKING_VERBS,
} from './words';

/** Every item in the top-level blocks of an action-items section. */
export function sectionDrafts(sectionNodes: readonly RootContent[], scope: Scope, extraction: Extraction): Draft[] {
  const nodes = joinAdjacentLists(sectionNodes, extraction.text);
  const drafts: Draft[] = [];
  let current = scope;
  let detailed: RootContent | undefined;
  nodes.forEach((node, i) => {
    if (node === detailed) return;
    switch (node.type) {
      case 'paragraph': {
        const source = paragraphSource(node, extraction);
        const labelled = labelledLines(source);
        if (labelled) {
          drafts.push(...spanDrafts(source, labelled, current));
          return;
        }
        const marked = markedParagraph(node, source, current);
        if (marked) {
          drafts.push(marked);
          return;
        }
        const owner = leadingOwner(node, source, extraction);
        if (owner) {
          const owned = groupScope({ kind: 'owner', owners: owner.owners }, owner.range, current);
          drafts.push(...spanDrafts(source, [wholeOf(source)], owned));
          return;
        }
        const next = nodes[i + 1];
        if (next?.type === 'list' && namesProcedure(source)) {
          detailed = next;
          return;
        }
        if (next?.type === 'list' && DETAILS_AHEAD.test(source.prose.trimEnd())) {
          const range = { start: source.start, end: endOffset(next) };
          drafts.push({ style: 'paragraph', range, source, ownerInsertOffset: source.end, scope: current });
          detailed = next;
          return;
        }
        // "We added the following Datadog monitors -": the list after it names changes made, done.
        if (next?.type === 'list' && leadsOwnChanges(source.prose)) {
          drafts.push(...listDrafts(next, { ...current, status: 'done' }, extraction));
          detailed = next;
          return;
        }
        const closing = closingRemark(source.prose);
        if (closing) {
          drafts.push(remarkedParagraph(source, closing, current));
          return;
        }
        const line = groupLine(source, extraction) ?? ownedLead(source, next, extraction);
        if (line) current = groupScope(line, { start: source.start, end: source.end }, scope);
        // A paragraph that is only a link to a tracked issue is that issue.
        else if (pointsToTrackedWork(source)) drafts.push(...spanDrafts(source, [wholeOf(source)], current));
        else if (!ITEM_RULE.test(source.prose.trimStart())) drafts.push(...commitmentDrafts(source, current, false));
        return;
      }
      case 'list':
        if (!isDetailList(nodes, i, extraction) && !isLegend(node, extraction, nodes[i - 1]))
          drafts.push(...unlessNamesOnly(listDrafts(node, current, extraction), i === nodes.length - 1));
        return;
      case 'table':
        if (holdsItems(node, extraction))
          drafts.push(
            ...keptTableItems(node, 'section', current, extraction, () =>
              unlessNamesOnly(tableDrafts(node, current, extraction)),
            ),
          );
        return;
      case 'thematicBreak':
        current = scope;
        return;
      default:
        return;
    }
  });
  return drafts;
}

/** The start of a paragraph's last sentence: past the last stop followed by a blank. */
const LAST_SENTENCE = /(?:^|[.!?]\s+)(?=[^.!?]*$)/;

/**
 * "The cheqd product team will address the following items ahead of the next upgrade:": the sentence that introduces
 * the list after it, ending in a colon, hands the list to the team or person it has as its subject. Not when an
 * earlier sentence names them ("The development team will conduct the following actions. ... Those are:").
 */
function ownedLead(source: ItemSource, next: RootContent | undefined, extraction: Extraction): GroupLine | undefined {
  const prose = source.prose.trimEnd();
  if (next?.type !== 'list' || !prose.endsWith(':')) return undefined;
  // `The SRE team will fix what v1.2 broke:` holds a stop with no blank after it: the whole paragraph.
  const match = LAST_SENTENCE.exec(prose);
  const from = source.start + (match ? match.index + match[0].length : 0);
  const owners = findOwners(subSource(source, from, source.start + prose.length), extraction.directory);
  const named = owners.source === 'subject' || owners.source === 'mention';
  return named ? { kind: 'owner', owners: owners.owners } : undefined;
}

/** An item's label at the start of a line: "AI-5:", "Action 2.", "Task #3)" (see `NUMBERED_ITEM_LABELS`). */
const NUMBERED_LABEL = new RegExp(
  `^\\s*(?:${alternation([NUMBERED_ITEM_LABELS], '[- ]')})\\s*[-#]?\\s*\\d+\\s*[:.)]\\s+\\S`,
  'i',
);

const CONTINUED_LINE = /^\s*\p{Ll}/u;

/**
 * "AI-5: Review broker disk capacity" over "AI-6: Add the dashboard link to the alert": the lines of a paragraph that
 * each open with a numbered item label, as spans relative to the source, a line in lower case after one going on with
 * it; undefined when another line does not.
 */
function labelledLines(source: ItemSource): Sentence[] | undefined {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of source.prose.split('\n')) {
    const end = start + line.length;
    const last = spans[spans.length - 1];
    if (NUMBERED_LABEL.test(line)) spans.push({ start: start + line.search(/\S/), end: start + line.trimEnd().length });
    // A line that goes on in lower case goes on with the item above it.
    else if (last && CONTINUED_LINE.test(line)) last.end = start + line.trimEnd().length;
    else if (line.trim() !== '') return undefined;
    start = end + 1;
  }
  return spans.length > 0 ? spans : undefined;
}

/** "Action items should directly address ...": a paragraph that opens with a rule for writing the items is guidance. */
const ITEM_RULE = new RegExp(
  `^(?:(?:all|our|the)\\s+)?(?:${alternation([ITEM_RULE_NOUNS])})\\s+(?:${alternation([OUGHT_WORDS])})\\b`,
  'i',
);

/** "Configure a jump server, allowing:": an item whose details the list after it gives. */
const DETAILS_AHEAD = new RegExp(`\\b(?:${alternation([DETAIL_LEADS])}):$`, 'i');

/** A short label a procedure noun closes ("**Process:**", "Release procedure:"), over the steps of one procedure. */
const PROCEDURE_LABEL = new RegExp(`^(?:[\\w-]+ ){0,2}(?:${alternation([PROCEDURE_NOUNS])}):?$`, 'i');

/** Whether a paragraph labels the list after it as the steps of one procedure: they are not items of their own. */
function namesProcedure(source: ItemSource): boolean {
  const words = labelWords(source);
  return words !== undefined && PROCEDURE_LABEL.test(words);
}

/**
 * A list or table whose every entry is one word (`staticshare`, `www.statemag.state.gov`) names the
 * things a sentence before it speaks of: work is said in more words than one. Tasks stay tasks, and
 * so do links to where work is tracked (`- https://github.com/o/r/issues/8567`). A lone bullet of one
 * capitalised word closing the section is the writer signing off (`- Damien`), with `closesSection`.
 */
function unlessNamesOnly(drafts: ItemDraft[], closesSection = false): ItemDraft[] {
  const namesOnly =
    (drafts.length > 1 || (closesSection && signsOff(drafts[0]))) &&
    drafts.every(
      (draft) =>
        draft.checked === undefined && !/\s/.test(draft.source.visible.trim()) && !pointsToTrackedWork(draft.source),
    );
  return namesOnly ? [] : drafts;
}

/** A lone capitalised word: a name signing off. */
function signsOff(draft: ItemDraft | undefined): boolean {
  return draft !== undefined && /^\p{Lu}\p{Ll}+$/u.test(draft.source.visible.trim());
}

function paragraphSource(paragraph: Paragraph, extraction: Extraction): ItemSource {
  return itemSource(extraction.text, [paragraph as Nodes], extraction.definitions);
}

/** An "Action item: ..." paragraph, or its part from the marker on, as one item. */
function markedParagraph(paragraph: Paragraph, source: ItemSource, scope: Scope): ItemDraft | undefined {
  const marker = actionMarker(source);
  // A bare "Action items:" labels what follows it.
  if (!marker || isBlankText(source.prose.slice(marker.end - source.start))) return undefined;
  const leading = source.prose.slice(0, marker.start - source.start).trim() === '';
  const span = { start: leading ? startOffset(paragraph) : marker.start, end: endOffset(paragraph) };
  return {
    style: 'paragraph',
    range: span,
    source: leading ? source : subSource(source, span.start, span.end),
    ownerInsertOffset: span.end,
    scope,
    marker,
  };
}

/** Commitment sentences of a paragraph, each with the sentences that elaborate on it. */
function commitmentDrafts(source: ItemSource, scope: Scope, strict: boolean): ItemDraft[] {
  return spanDrafts(source, commitmentRuns(source.prose, source.visible, strict), scope);
}

/**
 * A paragraph closed by a remark on what became of it, as one item: the remark gives its status and stays out of its
 * words, so that a handle in it ("added an @emergency role") is not read as the owner.
 */
function remarkedParagraph(source: ItemSource, remark: ClosingRemark, scope: Scope): ItemDraft {
  const range = { start: source.start, end: source.end };
  return {
    style: 'paragraph',
    range,
    source: subSource(source, source.start, source.start + remark.start),
    ownerInsertOffset: range.end,
    scope: { ...scope, status: remark.status },
  };
}

/**
 * `**Robert** Turn on 2FA for Elastic`, `**Alex** Investigate caching`, `Robert: Investigate caching`: a paragraph of
 * an action-items section that opens with a person's or a team's name in bold or before a colon, the work given to them
 * after it; the name and where it stands.
 */
function leadingOwner(
  paragraph: Paragraph,
  source: ItemSource,
  extraction: Extraction,
): { owners: readonly string[]; range: Span } | undefined {
  const first = paragraph.children[0];
  // `Robert: Investigate caching`: a name and a colon at the paragraph's start.
  const colon = first?.type === 'text' ? NAME_AND_COLON.exec(first.value) : null;
  if (!first || (first.type !== 'strong' && !colon)) return undefined;
  if (first.type === 'strong' && paragraph.children.length < 2) return undefined;
  const name = colon ? colon[1]! : plainText(first).trim().replace(/:$/, '');
  const owners = namedOwners(name, extraction.directory, 'plain');
  if (!owners || owners.length === 0) return undefined;
  const start = startOffset(first);
  const end = colon ? start + name.length : endOffset(first);
  const after = source.prose
    .slice(end - source.start)
    .replace(/^\s*:/, '')
    .trim();
  return holdsMoreWordsThan(after, 1) ? { owners, range: { start, end } } : undefined;
}

/** A name of one or two capitalised words and a colon: `Robert: `, `Mary Jones: `. */
const NAME_AND_COLON = /^(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?):\s+\S/u;

/** The span of all of a source's words, relative to it. */
function wholeOf(source: ItemSource): Sentence {
  return { start: 0, end: source.end - source.start };
}

/** One item per span of a paragraph's words (offsets relative to its source). */
export function spanDrafts(source: ItemSource, spans: readonly Sentence[], scope: Scope): ItemDraft[] {
  return spans.map((run) => {
    const span = { start: source.start + run.start, end: source.start + run.end };
    return {
      style: 'paragraph',
      range: span,
      source: subSource(source, span.start, span.end),
      ownerInsertOffset: span.end,
      scope,
    };
  });
}

/**
 * "Action item:" paragraphs and bullets outside action-items sections, and the items headed by a
 * label that names action items ("**Actions planned:**", "Next steps:"): the list right after it,
 * the paragraphs after it, or the rest of its own paragraph ("**Action planned:** We will ...").
 * With `completedToo` (in lessons, where each lesson tells what was done about it), a label of
 * work done ("**Actions taken:**") heads done items. A sentence that announces changes and ends
 * in a colon heads the list after it. Searched through lists but not into block quotes, code or tables.
 */
export function markedDrafts(
  nodes: readonly RootContent[],
  scope: Scope,
  extraction: Extraction,
  completedToo = false,
): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  // Runs of sibling blocks still to read: a label heads the blocks right after it.
  const pending: (readonly Nodes[])[] = [joinAdjacentLists(nodes, extraction.text)];
  while (pending.length > 0) {
    const siblings = pending.pop()!;
    for (let i = 0; i < siblings.length; i++) {
      const node = siblings[i]!;
      const next = siblings[i + 1];
      const label = node.type === 'paragraph' ? actionLabel(node, extraction, completedToo) : undefined;
      const lead = node.type === 'paragraph' && next?.type === 'list' ? listLead(node, next, extraction) : undefined;
      const status = label?.status ?? lead?.status;
      const labelScope = status ? { ...scope, status } : scope;
      if (node.type === 'paragraph' && next?.type === 'list' && (label?.whole || lead)) {
        drafts.push(...listDrafts(next, leadScope(node, next, labelScope, extraction), extraction));
        i++;
      } else if (node.type === 'paragraph' && label && !label.whole) {
        drafts.push(labelledParagraph(node, label, labelScope, extraction));
      } else if (node.type === 'paragraph' && label) {
        for (
          ;
          siblings[i + 1]?.type === 'paragraph' && !actionLabel(siblings[i + 1] as Paragraph, extraction, completedToo);
          i++
        ) {
          const source = paragraphSource(siblings[i + 1] as Paragraph, extraction);
          drafts.push(...spanDrafts(source, [wholeOf(source)], labelScope));
        }
      } else if (node.type === 'paragraph') {
        const marked = mayHoldActionMarker(rawText(node, extraction))
          ? markedParagraph(node, paragraphSource(node, extraction), scope)
          : undefined;
        if (marked) drafts.push(marked);
      } else if (node.type === 'list') {
        pending.push(node.children);
      } else if (node.type === 'listItem') {
        const marked = markedBulletDrafts(node, scope, extraction);
        if (marked) drafts.push(...marked);
        else pending.push(node.children.filter((child) => child.type === 'list'));
      }
    }
  }
  return drafts;
}

/**
 * The scope of a list that a paragraph heads: "The cheqd product team will address the following items ...:" hands
 * the list to the lead's subject, in a lesson as in an action-items section (`ownedLead`).
 */
function leadScope(lead: Paragraph, list: List, scope: Scope, extraction: Extraction): Scope {
  const source = paragraphSource(lead, extraction);
  const line = ownedLead(source, list, extraction);
  return line ? groupScope(line, { start: source.start, end: source.end }, scope) : scope;
}

/**
 * A paragraph that heads the list after it: it announces changes, counts things made ("Two tests added:"), or
 * starts a sentence the list completes ("We have:").
 */
function listLead(
  paragraph: Paragraph,
  list: List,
  extraction: Extraction,
): { status: ItemStatus | undefined } | undefined {
  const raw = rawText(paragraph, extraction);
  const status = firstPersonLead(raw) ?? (countsDoneWork(raw) ? 'done' : undefined);
  return status || announcesItems(raw) || announcesTrackedWork(raw, list, extraction) ? { status } : undefined;
}

const TRACKED_WORK = new RegExp(`\\b(?:${alternation([TRACKED_WORK_NOUNS])})\\b`, 'i');
const TRACKING = new RegExp(`\\b(?:${alternation([TRACKING_VERBS])})\\b`, 'i');

/**
 * "We have created tickets in the nodejs/build repository to track the work needed to fill those gaps:" over a list
 * of nothing but links: each link is where an item is tracked. Not "service issues were reported ...:" over links to
 * a status page's incidents.
 */
function announcesTrackedWork(raw: string, list: List, extraction: Extraction): boolean {
  if (!raw.trimEnd().endsWith(':') || !TRACKED_WORK.test(raw) || !TRACKING.test(raw)) return false;
  return list.children.every((item) => {
    const first = item.children[0];
    return (
      item.children.length === 1 &&
      first?.type === 'paragraph' &&
      pointsToTrackedWork(paragraphSource(first, extraction))
    );
  });
}

/**
 * A bullet that is an item ("- Action item: ..."), or holds one from a later sentence on, or the items under a bullet
 * that labels them; undefined for any other.
 */
function markedBulletDrafts(item: ListItem, scope: Scope, extraction: Extraction): ItemDraft[] | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  // `- [x] Repository synchronized with PyPI`: a task list's box marks an item wherever it stands.
  if (typeof item.checked === 'boolean') return listDrafts({ type: 'list', children: [item] }, scope, extraction);
  if (mayHoldActionMarker(rawText(first, extraction))) {
    const source = paragraphSource(first, extraction);
    if (leadingActionMarker(source)) return listDrafts({ type: 'list', children: [item] }, scope, extraction);
    // "- **CI must test the deployment shape.** ... Follow-up: a smoke job ...": the item from its marker on.
    const marked = markedParagraph(first, source, scope);
    if (marked) return [marked];
  }
  const label = actionLabel(first, extraction, false);
  // "- **Review actions**: Cloud Platform will ...": the bullet is the item, without its label.
  if (label && !label.whole) {
    const labelScope = label.status ? { ...scope, status: label.status } : scope;
    return listDrafts({ type: 'list', children: [item] }, labelScope, extraction).map((draft) => ({
      ...draft,
      marker: { start: startOffset(first), end: label.end },
    }));
  }
  const nested = item.children.filter((child): child is List => child.type === 'list');
  return nested.length > 0 && label?.whole === true
    ? nested.flatMap((list) => listDrafts(list, scope, extraction))
    : undefined;
}

/** Labels of work already done, which head items only where `completedToo` says so. */
const DONE_LABEL = /^(?:actions?|steps|changes|measures|remediations?) (?:taken|completed|done|made|implemented)$/;

interface ActionLabel {
  /** The label is the whole paragraph, heading the blocks after it; else it leads the paragraph's own item. */
  readonly whole: boolean;
  /** Where the label ends (a document offset). */
  readonly end: number;
  readonly status: ItemStatus | undefined;
}

/**
 * A label that names action items: a short paragraph that is all bold or ends in a colon
 * ("**Actions planned:**", "Next steps:"), or the bold words that open a paragraph and end in a
 * colon ("**Action planned:** We will ...").
 */
function actionLabel(paragraph: Paragraph, extraction: Extraction, completedToo: boolean): ActionLabel | undefined {
  const raw = rawText(paragraph, extraction);
  // A label is short and ends in bold or a colon.
  if (raw.length <= 200 && /[*_:]$/.test(raw.trimEnd())) {
    const words = labelWords(paragraphSource(paragraph, extraction));
    const status = words === undefined ? undefined : labelStatus(words, completedToo);
    if (status) return { whole: true, end: endOffset(paragraph), status: status.status };
  }
  const lead = paragraph.children[0];
  if (lead?.type !== 'strong' || paragraph.children.length < 2) return undefined;
  const words = labelWords(itemSource(extraction.text, [lead], extraction.definitions));
  // "**Review actions**:" on a line of its own: the colon may follow the bold ("**Effective
  // remediation**: we filtered ..." is a bold title).
  const after = paragraph.children[1];
  const colonAfter = after?.type === 'text' && /^:[^\S\n]*\n/.test(after.value);
  const status = words?.endsWith(':') || colonAfter ? labelStatus(words ?? '', completedToo) : undefined;
  const end = colonAfter ? endOffset(lead) + 1 : endOffset(lead);
  return status ? { whole: false, end, status: status.status } : undefined;
}

/** What a label says of the items under it, or undefined when it names no action items. */
function labelStatus(words: string, completedToo: boolean): { status: ItemStatus | undefined } | undefined {
  if (headingKind(words) === 'action-items') return { status: headingStatus(words) };
  const normalized = normalizeHeading(words);
  return FIX_LABEL.test(normalized) || (completedToo && DONE_LABEL.test(normalized)) ? { status: 'done' } : undefined;
}

/** A label that tells the fix made, anywhere (`**Fix:** the deploy job now pins the image`): its items are done. */
const FIX_LABEL = /^(?:the )?fix(?:es|ed)?$/;

/** "**Action taken:** This process is now documented": the paragraph is the item, without its label. */
function labelledParagraph(paragraph: Paragraph, label: ActionLabel, scope: Scope, extraction: Extraction): ItemDraft {
  const source = paragraphSource(paragraph, extraction);
  const span = { start: startOffset(paragraph), end: endOffset(paragraph) };
  return {
    style: 'paragraph',
    range: span,
    source,
    ownerInsertOffset: span.end,
    scope,
    marker: { start: span.start, end: label.end },
  };
}

/** The rows of tables that list action items by their columns, outside action-items sections. */
export function actionTableDrafts(nodes: readonly RootContent[], scope: Scope, extraction: Extraction): Draft[] {
  return nodes.flatMap((node) =>
    node.type === 'table' && isActionTable(node, extraction)
      ? keptTableItems(node, 'elsewhere', scope, extraction, () => tableDrafts(node, scope, extraction))
      : [],
  );
}

function rawText(node: Nodes, extraction: Extraction): string {
  return extraction.text.slice(startOffset(node), endOffset(node));
}

/** Commitments in the paragraphs of a document that has no action-items section ("Secondly, we'll add ..."). */
export function proseCommitmentDrafts(
  paragraphs: readonly Paragraph[],
  scope: Scope,
  extraction: Extraction,
): ItemDraft[] {
  return paragraphs.flatMap((paragraph) => {
    if (!mayHoldStrictCommitment(rawText(paragraph, extraction))) return [];
    const source = paragraphSource(paragraph, extraction);
    return mayHoldActionMarker(rawText(paragraph, extraction)) && actionMarker(source)
      ? []
      : commitmentDrafts(source, scope, true);
  });
}

/** Work asked for in prose anywhere ("Robust unit tests should be added"), one sentence each. */
export function workAskedDrafts(paragraphs: readonly Paragraph[], scope: Scope, extraction: Extraction): ItemDraft[] {
  return paragraphs.flatMap((paragraph) => {
    if (!mayAskForWorkOnThings(rawText(paragraph, extraction))) return [];
    const source = paragraphSource(paragraph, extraction);
    return spanDrafts(source, workAskedSentences(source.prose, source.visible), scope);
  });
}

/** Work reported done since the incident in prose anywhere ("We have since published a fix ..."), one sentence each. */
export function doneSinceDrafts(paragraphs: readonly Paragraph[], scope: Scope, extraction: Extraction): ItemDraft[] {
  return paragraphs.flatMap((paragraph) => {
    const source = paragraphSource(paragraph, extraction);
    return spanDrafts(source, doneSinceSentences(source.prose, source.visible), scope);
  });
}

/** Beyond this nesting, lists are not searched for commitments. */
const MAX_DEPTH = 16;

/**
 * "As a next step, @olistic is going to produce two documents:" over a list: a commitment that leads the list after
 * it with a colon commits to the list's entries, which are the items, handed to the lead's subject when it names one.
 */
function committedListDrafts(
  paragraph: Paragraph,
  list: List,
  scope: Scope,
  extraction: Extraction,
  alsoStrict: boolean,
): ItemDraft[] {
  const source = paragraphSource(paragraph, extraction);
  const prose = source.prose.trimEnd();
  if (!prose.endsWith(':')) return [];
  const lead = prose.slice(0, -1);
  const last = commitmentSentences(lead, source.visible.slice(0, lead.length), alsoStrict).at(-1);
  if (!last || lead.slice(last.end).trim() !== '') return [];
  const owner = ownedLead(source, list, extraction);
  const listScope = owner ? groupScope(owner, { start: source.start, end: source.end }, scope) : scope;
  return listDrafts(list, listScope, extraction);
}

/**
 * Commitments in the paragraphs and lists of lessons and resolution sections: each committing
 * sentence of a paragraph, each bullet that opens with one ("- We'll add an index on ..."), and
 * each committing sentence later in a bullet ("- **Inform the community.** ... Moving forward, we'll ...").
 */
export function narrativeCommitmentDrafts(
  nodes: readonly RootContent[],
  scope: Scope,
  extraction: Extraction,
  alsoStrict: boolean,
): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  const led = new Set<Nodes>();
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    if (node.type !== 'paragraph' || next?.type !== 'list') return;
    const listed = committedListDrafts(node, next, scope, extraction, alsoStrict);
    if (listed.length === 0) return;
    drafts.push(...listed);
    led.add(node).add(next);
  });
  const pending: { node: Nodes; depth: number }[] = nodes
    .filter((node) => !led.has(node))
    .map((node) => ({ node, depth: 0 }));
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (node.type === 'paragraph') {
      if (!mayHoldCommitmentSentence(rawText(node, extraction), alsoStrict)) continue;
      const source = paragraphSource(node, extraction);
      drafts.push(...spanDrafts(source, commitmentSentences(source.prose, source.visible, alsoStrict), scope));
    } else if (node.type === 'list' && depth < MAX_DEPTH) {
      for (const item of node.children) {
        const first = item.children[0];
        const committing =
          first?.type === 'paragraph' && mayHoldCommitmentSentence(rawText(first, extraction), alsoStrict);
        const source = committing ? paragraphSource(first, extraction) : undefined;
        const sentences = source ? commitmentSentences(source.prose, source.visible, alsoStrict) : [];
        if (source && sentences[0]?.start === skipBlanks(source.prose)) {
          drafts.push(...listDrafts({ type: 'list', children: [item] }, scope, extraction));
          continue;
        }
        // Later in a bullet that opens otherwise, telling what went wrong or what was done, work asked for whoever
        // does it judges that account ("We added it as a peer dependency. Instead, the regular dependency should
        // be added."): only a commitment there is work.
        const committed =
          source && sentences.length > 0 ? commitmentSentences(source.prose, source.visible, alsoStrict, false) : [];
        if (source && committed.length > 0) drafts.push(...spanDrafts(source, committed, scope));
        else
          for (const child of item.children) if (child.type === 'list') pending.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return drafts;
}
