// The words of an action item as masks over the document: same length as the source slice, so an
// index into a mask plus `start` is a document offset, and patterns can be matched on plain words.
import type { Nodes, Root } from 'mdast';
import { maskOutside } from '../model/mask';
import { endOffset, startOffset } from '../model/mdastText';
import { isBlankAt } from '../model/text';

/** Absolute offsets into the document. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ItemSource {
  readonly start: number;
  readonly end: number;
  /** The author's words: text only; inline code, markers, URLs and HTML are blank (line breaks kept). */
  readonly prose: string;
  /** What a reader sees: text and inline code. */
  readonly visible: string;
  /** Targets of links and of resolved reference links, in document order. */
  readonly links: readonly LinkTarget[];
  /** Bold spans. */
  readonly strong: readonly Span[];
  /** How many non-blank characters of prose are struck through. */
  readonly struck: number;
}

interface LinkTarget {
  readonly url: string;
  /** Offsets of the link (text and destination) in the document. */
  readonly at: number;
  readonly end: number;
}

/** Link reference definitions (`[id]: url`) by normalized identifier. */
export type Definitions = ReadonlyMap<string, string>;

export function collectDefinitions(tree: Root): Definitions {
  const definitions = new Map<string, string>();
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'definition') {
      const id = node.identifier.toLowerCase();
      if (!definitions.has(id)) definitions.set(id, node.url);
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      pending.push(...(node.children as Nodes[]));
    }
  }
  return definitions;
}

interface Copy {
  readonly start: number;
  readonly end: number;
  readonly code: boolean;
}

/**
 * Reads the words of `nodes` (paragraphs, table cells, headings) over the slice [start, end),
 * which defaults to the nodes' own extent.
 */
export function itemSource(
  text: string,
  nodes: readonly Nodes[],
  definitions: Definitions,
  start?: number,
  end?: number,
): ItemSource {
  const from =
    start ??
    nodes.reduce((least, node) => Math.min(least, startOffset(node)), nodes.length > 0 ? startOffset(nodes[0]!) : 0);
  const to = Math.max(from, end ?? nodes.reduce((most, node) => Math.max(most, endOffset(node)), from));
  const copies: Copy[] = [];
  const links: LinkTarget[] = [];
  const strong: Span[] = [];
  let struck = 0;
  // Nodes to read, last first, and whether each is struck through (an explicit stack: nesting may be deep).
  const pending: Nodes[] = [];
  const pendingStruck: boolean[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    pending.push(nodes[i]!);
    pendingStruck.push(false);
  }
  while (pending.length > 0) {
    const node = pending.pop()!;
    const inDelete = pendingStruck.pop()!;
    switch (node.type) {
      case 'text': {
        const copy = { start: startOffset(node), end: endOffset(node), code: false };
        copies.push(copy);
        if (inDelete) struck += text.slice(copy.start, copy.end).replace(/\s+/g, '').length;
        continue;
      }
      case 'inlineCode':
        copies.push({ start: startOffset(node), end: endOffset(node), code: true });
        continue;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'code':
      case 'list':
        continue;
      case 'link':
        links.push({ url: node.url, at: startOffset(node), end: endOffset(node) });
        break;
      case 'linkReference': {
        const url = definitions.get(node.identifier.toLowerCase());
        if (url !== undefined) links.push({ url, at: startOffset(node), end: endOffset(node) });
        break;
      }
      case 'strong':
        strong.push({ start: startOffset(node), end: endOffset(node) });
        break;
      default:
        break;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      const childStruck = inDelete || node.type === 'delete';
      for (let i = children.length - 1; i >= 0; i--) {
        pending.push(children[i]!);
        pendingStruck.push(childStruck);
      }
    }
  }
  copies.sort((a, b) => a.start - b.start);
  return {
    start: from,
    end: to,
    prose: maskOutside(
      text,
      from,
      to,
      copies.filter((copy) => !copy.code),
    ),
    visible: maskOutside(text, from, to, copies),
    links,
    strong,
    struck,
  };
}

/** The part of a source between two absolute offsets inside it: one sentence of a paragraph. */
export function subSource(source: ItemSource, start: number, end: number): ItemSource {
  const from = Math.max(source.start, Math.min(start, source.end));
  const to = Math.max(from, Math.min(end, source.end));
  const inside = (at: number): boolean => from <= at && at < to;
  return {
    start: from,
    end: to,
    prose: source.prose.slice(from - source.start, to - source.start),
    visible: source.visible.slice(from - source.start, to - source.start),
    links: source.links.filter((link) => inside(link.at)),
    strong: source.strong.filter((span) => inside(span.start)),
    struck: 0,
  };
}

/** Whether every non-blank character of the source lies in a bold span. */
export function allBold(source: ItemSource): boolean {
  if (source.strong.length === 0) return false;
  const spans = [...source.strong].sort((a, b) => a.start - b.start);
  let next = 0;
  let coveredTo = -1;
  for (let i = 0; i < source.prose.length; i++) {
    if (isBlankAt(source.prose, i)) continue;
    const at = source.start + i;
    while (next < spans.length && spans[next]!.start <= at) coveredTo = Math.max(coveredTo, spans[next++]!.end);
    if (at >= coveredTo) return false;
  }
  return true;
}

/** Whether a mask holds no words: its `collapse` is empty. */
export function isBlankText(mask: string): boolean {
  return !/\S/.test(mask);
}

/** A mask's words with runs of blanks collapsed to one space. */
export function collapse(mask: string): string {
  return mask.replace(/\s+/g, ' ').trim();
}

const WORD_RUN = /\S+/g;

/** Whether a mask holds more than `limit` runs of non-blanks (the words of its `collapse`), read no further. */
export function holdsMoreWordsThan(mask: string, limit: number): boolean {
  WORD_RUN.lastIndex = 0;
  let words = 0;
  while (WORD_RUN.test(mask)) if (++words > limit) return true;
  return false;
}

/** Offset of the first non-blank character of a mask at or after `from` (relative), or the mask's length. */
export function skipBlanks(mask: string, from = 0): number {
  let at = from;
  while (at < mask.length && isBlankAt(mask, at)) at++;
  return at;
}

/** A web address with a path: a page of its own (an issue, a pull request, a ticket), not a bare host name. */
const ADDRESS_WITH_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]+\/\S/i;

/**
 * Whether the source says nothing but where the work is tracked: its words all lie in links to pages
 * (`https://github.com/o/r/issues/8567`, `[#8567](...)`), so the linked page is the item.
 */
export function pointsToTrackedWork(source: ItemSource): boolean {
  if (!source.links.some((link) => ADDRESS_WITH_PATH.test(link.url))) return false;
  const outside = source.prose.split('');
  for (const link of source.links)
    for (let at = link.at - source.start; at < link.end - source.start && at < outside.length; at++) outside[at] = ' ';
  return isBlankText(outside.join('').replace(/[*_,;:.()[\]-]/g, ' '));
}
