// Action items from lists: bullets, numbered items and task lists; a bullet whose nested list it
// heads ("**Alice**", "Short-term:", "Monitoring") is a group, not an item.
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { endOffset, startOffset } from '../model/mdastText';
import type { Extraction, ItemDraft, Scope } from './build';
import { isTemplateVariable } from '../model/placeholders';
import { opensWithCommitment } from './commitments';
import { leadingActionMarker } from './markers';
import { groupScope, labelWords, listGroupHead } from './scope';
import { isBlankText, itemSource, type ItemSource, type Span } from './source';
import { alternation, FIELD_LABELS, REPORT_PARTS } from './words';

/** Beyond this nesting, lists are not read for items (nobody nests action items that deep). */
const MAX_DEPTH = 16;
const EMPTY_ITEM = /^(?:none|n\/a|na|tbd|-|\u2013|\u2014|\.\.\.|\u2026)?$/i;

export function listDrafts(list: List, scope: Scope, extraction: Extraction, depth = 0): ItemDraft[] {
  if (closesTheReport(list, extraction)) return [];
  const drafts: ItemDraft[] = [];
  for (const item of list.children)
    drafts.push(...listItemDrafts(item, list.ordered === true, scope, extraction, depth));
  return drafts;
}

function listItemDrafts(
  item: ListItem,
  ordered: boolean,
  scope: Scope,
  extraction: Extraction,
  depth: number,
): ItemDraft[] {
  const textNodes = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  const nested = depth < MAX_DEPTH ? item.children.filter((child): child is List => child.type === 'list') : [];
  const underGroup = (groupScopeValue: Scope): ItemDraft[] =>
    nested.flatMap((list) => listDrafts(list, groupScopeValue, extraction, depth + 1));
  if (textNodes.length === 0) return underGroup(scope);
  const headSource = itemSource(extraction.text, textNodes, extraction.definitions);
  if (nested.length > 0 && (item.checked === null || item.checked === undefined)) {
    const head = listGroupHead(headSource, extraction, ordered);
    if (head) return underGroup(groupScope(head, { start: headSource.start, end: headSource.end }, scope));
  }
  const fields = nested.flatMap((list) => fieldParagraphs(list, extraction));
  const source =
    fields.length > 0 ? itemSource(extraction.text, [...textNodes, ...fields], extraction.definitions) : headSource;
  // No empty mark holds a blank, so the trimmed text matches one where its `collapse` does, without a copy of it all.
  if (EMPTY_ITEM.test(source.visible.trim()) && source.links.length === 0) return [];
  if (isTemplateVariable(source.visible)) return [];
  // `- \`COPYRIGHT_QUERY\``: a bullet of code names the things a sentence before it lists.
  if (item.checked !== true && item.checked !== false && isBlankText(source.prose) && source.links.length === 0)
    return [];
  const first = textNodes[0]!;
  const checked = typeof item.checked === 'boolean' ? item.checked : undefined;
  // Boxes nested under a box ("- [ ] Alert on:" over "  - [ ] Warp Speed") are tasks of their own, and so
  // are the entries under a short title ending in a colon when each says a piece of work in words
  // ("A better process for flagging fires:" over "Alerts for issues that quickly gain thumb ups"); a
  // sentence that runs into its colon ("... measures which will:") is completed by its list instead.
  // A commitment's entries that each commit in words of their own ("We're changing our CD system ..." over "We're also
  // going to run recovery drills") are items of their own too.
  const subtasks =
    checked === undefined
      ? labelWords(source)?.endsWith(':')
        ? nested.filter((list) => list.children.every((child) => saysWork(child, extraction)))
        : opensWithCommitment(source.prose)
          ? nested.filter((list) => list.children.every((child) => commits(child, extraction)))
          : []
      : nested.filter((list) => list.children.some((child) => typeof child.checked === 'boolean'));
  const end = subtasks.length > 0 ? endOffset(textNodes[textNodes.length - 1]!) : endOffset(item);
  return [
    {
      style: checked === undefined ? 'bullet' : 'task',
      range: { start: startOffset(item), end },
      source,
      ownerInsertOffset: endOffset(first),
      scope,
      bodyStart: boldTitleEnd(first),
      checked,
      statusSpan: checked === undefined ? undefined : taskBox(extraction.text, startOffset(item), startOffset(first)),
      marker: leadingActionMarker(source),
    },
    ...subtasks.flatMap((list) => listDrafts(list, scope, extraction, depth + 1)),
  ];
}

/** A field's label at the start of a sub-bullet: "Owner:", "Due date:", "Status =". */
const FIELD_LINE = new RegExp(`^\\s*(?:${alternation([FIELD_LABELS])})\\s*[:=]`, 'i');

/** The paragraphs of a nested list's entries that each give a field of the item above ("- Owner: Ravi"). */
function fieldParagraphs(list: List, extraction: Extraction): Paragraph[] {
  return list.children.flatMap((entry) => {
    if (entry.children.length !== 1 || entry.children[0]!.type !== 'paragraph') return [];
    const paragraph = entry.children[0];
    const prose = itemSource(extraction.text, [paragraph], extraction.definitions).prose;
    return FIELD_LINE.test(prose) ? [paragraph] : [];
  });
}

/**
 * A task whose subject is the report or a part of it, stating what must hold ("Sections above are filled out",
 * "Incident title and after-action report is cleaned up", "Incident has been dealt with or is over").
 */
const REPORT_STATE = new RegExp(
  `^(?:[\\w'-]+\\s+){0,5}?(?:${alternation([REPORT_PARTS])})(?:\\s+(?:above|below))?\\s+(?:is|are|has|have)\\b`,
  'i',
);

/**
 * A checklist of two or more boxes, each stating what must hold of the report before it is closed: the template's
 * checklist for the report itself, not follow-up work. A list that mixes in a task of another kind is read as tasks.
 */
function closesTheReport(list: List, extraction: Extraction): boolean {
  return (
    list.children.length >= 2 &&
    list.children.every((item) => {
      if (typeof item.checked !== 'boolean') return false;
      const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
      return REPORT_STATE.test(itemSource(extraction.text, paragraphs, extraction.definitions).prose.trim());
    })
  );
}

/** Whether a list entry says something in several words, not only names a thing (`CPU`, `staticshare`). */
function saysWork(item: ListItem, extraction: Extraction): boolean {
  return /\S\s+\S/.test(entryProse(item, extraction));
}

/** Whether a list entry opens with work the writers commit to (see `opensWithCommitment`). */
function commits(item: ListItem, extraction: Extraction): boolean {
  return opensWithCommitment(entryProse(item, extraction));
}

function entryProse(item: ListItem, extraction: Extraction): string {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  return itemSource(extraction.text, paragraphs, extraction.definitions).prose;
}

/** The `[ ]` or `[x]` between a task item's marker and its text. */
function taskBox(text: string, itemStart: number, textStart: number): Span | undefined {
  const open = text.lastIndexOf('[', textStart);
  return open >= itemStart && /^\[[ xX]\]$/.test(text.slice(open, open + 3))
    ? { start: open, end: open + 3 }
    : undefined;
}

/** Where the description starts after a bold title ("**Circuit breakers**: Add ..."), if the item has one. */
function boldTitleEnd(paragraph: Paragraph): number | undefined {
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const title = children[0];
  return title?.type === 'strong' && children.length > 1 ? endOffset(title) : undefined;
}

/** The marker that continues a list: `-`, `*`, `+`, or an ordered list's `.` or `)`. */
function listMarker(text: string, list: List): string {
  const at = startOffset(list);
  if (!list.ordered) return text[at] ?? '';
  const delimiter = /^\d{1,9}([.)])/.exec(text.slice(at, at + 11));
  return delimiter ? delimiter[1]! : '';
}

/**
 * Joins adjacent lists that Markdown reads as one (same marker; numbering that carries on): the
 * parser may hand over each top-level item as a list of its own.
 */
export function joinAdjacentLists(nodes: readonly RootContent[], text: string): RootContent[] {
  const joined: RootContent[] = [];
  for (const node of nodes) {
    const previous = joined[joined.length - 1];
    if (node.type === 'list' && previous?.type === 'list' && continuesList(previous, node, text)) {
      joined[joined.length - 1] = {
        ...previous,
        spread: previous.spread || node.spread,
        children: [...previous.children, ...node.children],
        position:
          previous.position && node.position
            ? { start: previous.position.start, end: node.position.end }
            : previous.position,
      };
    } else {
      joined.push(node);
    }
  }
  return joined;
}

function continuesList(previous: List, next: List, text: string): boolean {
  if (previous.ordered !== next.ordered || listMarker(text, previous) !== listMarker(text, next)) return false;
  return !next.ordered || next.start === (previous.start ?? 1) + previous.children.length;
}

/**
 * Whether the list at `index` holds the details of the item before it rather than items: it follows
 * an item that ends in a colon ("... alerts around:"), or it sits between numbered lists whose
 * numbering carries on across it (an item's sub-bullets written at the margin).
 */
export function isDetailList(nodes: readonly RootContent[], index: number, extraction: Extraction): boolean {
  const list = nodes[index];
  const previous = nodes[index - 1];
  if (list?.type !== 'list' || previous?.type !== 'list') return false;
  const last = previous.children[previous.children.length - 1];
  if (last && endsWithColon(last, extraction)) return true;
  const next = nodes[index + 1];
  return (
    previous.ordered === true &&
    list.ordered !== true &&
    next?.type === 'list' &&
    next.ordered === true &&
    next.start === (previous.start ?? 1) + previous.children.length
  );
}

function endsWithColon(item: ListItem, extraction: Extraction): boolean {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return false;
  const source: ItemSource = itemSource(extraction.text, [last as Nodes], extraction.definitions);
  return source.prose.trimEnd().endsWith(':');
}
