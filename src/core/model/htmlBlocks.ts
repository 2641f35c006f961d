// Block HTML in a Markdown document, read as the Markdown it means. A postmortem exported from a blog, a wiki or a
// word processor keeps its lists, paragraphs and headings as HTML (`<ul><li><span style=...>`), which remark reads as
// one `html` node that every reader skips. Such a node is parsed with parse5, as a browser would, into the mdast nodes
// it means: paragraphs, headings, lists, tables, quotes. Every text node points at its characters in the document.
//
// Readers read the document's characters as well as the tree (a line's timestamp, an item's words): `readableText`
// gives them the document with each converted block's markup blanked and its character references written as the
// character they stand for, padded with blanks, so that every offset, line and column stays where it is.
import type {
  BlockContent,
  Heading,
  Html,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { decodeHTML } from 'entities/decode';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { blank } from './mask';
import { LineIndex } from './text';

type HtmlNode = DefaultTreeAdapterMap['childNode'];
type HtmlElement = DefaultTreeAdapterMap['element'];

declare module 'mdast' {
  interface Data {
    /**
     * On a top-level node read from block HTML: how far the HTML block reaches before its start and after its end,
     * so that the block's span moves with the node when a cached block is moved.
     */
    htmlBlock?: { readonly before: number; readonly after: number };
  }
}

/** An HTML block holds one of these tags when it holds blocks; any other is left as the `html` node it is. */
const BLOCK_TAG = /<(?:p|ul|ol|li|h[1-6]|table|tr|td|th|div|blockquote)[\s/>]/i;

/** Elements nested deeper than this are not read (their words are left out): hostile input nests thousands. */
const MAX_DEPTH = 48;

const HEADINGS: Readonly<Record<string, Heading['depth']>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements whose contents are not shown, or not text. */
const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'title', 'head', 'img', 'svg', 'iframe', 'object']);
/** Block containers whose contents are read as blocks of their own. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'figure',
  'figcaption',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'address',
  'form',
  'fieldset',
  'li',
  'caption',
]);
const STRONG = new Set(['strong', 'b']);
const EMPHASIS = new Set(['em', 'i', 'cite']);
const CODE = new Set(['code', 'kbd', 'tt', 'samp']);
const LISTS = new Set(['ul', 'ol']);
const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);

/** Blanks as HTML collapses them; a no-break space counts as one, as readers read it as a blank. */
const HTML_BLANKS = /[ \t\n\r\f\u00a0]+/g;
/** A character reference as HTML reads one: named (some without their `;`), decimal or hexadecimal. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/g;
/** Blanks and no-break spaces, written or as references, at the start and at the end of a run of text. */
const LEADING_BLANKS = /^(?:[ \t\n\r\f\u00a0]|&nbsp;|&#160;|&#x[aA]0;)+/;
const TRAILING_BLANKS = /(?:[ \t\n\r\f\u00a0]|&nbsp;|&#160;|&#x[aA]0;)+$/;
const NO_BREAK_SPACE_REFERENCE = /&nbsp;|&#160;|&#x[aA]0;/g;
/** A run of characters between blanks. */
const RAW_WORD = /[^ \t\n\r\f\u00a0]+/g;

/** Whether an `html` node's value may hold blocks: the cheap test before any parse. */
function mayHoldBlockHtml(value: string): boolean {
  return BLOCK_TAG.test(value);
}

/** Offsets into the text an HTML block was parsed from, as mdast points (lines and columns from 1). */
class PointIndex {
  private readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  point(offset: number) {
    const { line, character } = this.lines.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  }
}

function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

function textOf(node: HtmlNode, level: number): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) || UNREAD.has(node.tagName) || level > MAX_DEPTH) return '';
  return node.childNodes.map((child) => textOf(child, level + 1)).join('');
}

function hasWords(nodes: readonly Nodes[]): boolean {
  return nodes.some((node) =>
    node.type === 'text' || node.type === 'inlineCode'
      ? node.value.trim() !== ''
      : 'children' in node && hasWords(node.children as Nodes[]),
  );
}

/** The span from the first child's start to the last child's end: a block's range covers its words, not its tags. */
function spanOf(children: readonly Nodes[]): Nodes['position'] {
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  // Points of its own: shifting a moved block shifts every node's points once.
  return first && last ? { start: { ...first.start }, end: { ...last.end } } : undefined;
}

/**
 * Reads one parsed HTML fragment into mdast blocks. Phrasing content outside any block is gathered into paragraphs,
 * as a browser lays it out; two line breaks in a row (a blank line on the page) end a paragraph.
 */
class HtmlReader {
  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly points: PointIndex,
  ) {}

  private position(start: number, end: number): NonNullable<Nodes['position']> {
    return { start: this.points.point(this.base + start), end: this.points.point(this.base + end) };
  }

  blocks(nodes: readonly HtmlNode[], depth: number): BlockContent[] {
    const blocks: BlockContent[] = [];
    let phrasing: PhrasingContent[] = [];
    const flush = (): void => {
      blocks.push(...paragraphs(phrasing));
      phrasing = [];
    };
    const visit = (node: HtmlNode, level: number): void => {
      if (!isElement(node)) {
        phrasing.push(...this.phrasing(node, level));
        return;
      }
      const tag = node.tagName;
      if (level > MAX_DEPTH || UNREAD.has(tag)) return;
      const block = this.block(node, level);
      if (block !== undefined) {
        flush();
        blocks.push(...block);
      } else if (CONTAINERS.has(tag)) {
        flush();
        for (const child of node.childNodes) visit(child, level + 1);
        flush();
      } else if (this.holdsBlocks(node, level)) {
        // An inline element around blocks (`<span><p>`): its children are read in its place.
        for (const child of node.childNodes) visit(child, level + 1);
      } else phrasing.push(...this.phrasing(node, level));
    };
    for (const node of nodes) visit(node, depth);
    flush();
    return blocks;
  }

  private holdsBlocks(node: HtmlElement, level: number): boolean {
    if (level > MAX_DEPTH) return false;
    return node.childNodes.some(
      (child) =>
        isElement(child) &&
        (child.tagName === 'p' ||
          CONTAINERS.has(child.tagName) ||
          LISTS.has(child.tagName) ||
          child.tagName in HEADINGS ||
          child.tagName === 'table' ||
          child.tagName === 'blockquote' ||
          this.holdsBlocks(child, level + 1)),
    );
  }

  /** The blocks an element is, or undefined when it is no block of its own (phrasing, a container). */
  private block(node: HtmlElement, level: number): BlockContent[] | undefined {
    const tag = node.tagName;
    if (tag === 'p') return this.blocks(node.childNodes, level + 1);
    const depth = HEADINGS[tag];
    if (depth !== undefined) {
      const children = trimmed(this.phrasingOfAll(node.childNodes, level + 1));
      return hasWords(children) ? [{ type: 'heading', depth, children, position: spanOf(children) }] : [];
    }
    if (LISTS.has(tag)) return this.list(node, level);
    if (tag === 'table') return this.table(node, level);
    if (tag === 'blockquote') {
      const children = this.blocks(node.childNodes, level + 1);
      return children.length > 0 ? [{ type: 'blockquote', children, position: spanOf(children) }] : [];
    }
    if (tag === 'pre') {
      const value = textOf(node, level).replace(/^\n/, '').replace(/\n$/, '');
      const inner = this.innerSpan(node);
      if (value.trim() === '' || !inner) return [];
      return [{ type: 'code', lang: null, meta: null, value, position: this.position(inner[0], inner[1]) }];
    }
    if (tag === 'hr') {
      const location = node.sourceCodeLocation;
      return location
        ? [{ type: 'thematicBreak', position: this.position(location.startOffset, location.endOffset) }]
        : [];
    }
    return undefined;
  }

  /**
   * A list: its `li` children are its items; a list or other content written between items (`<ul><li>a</li><ul>`,
   * which browsers show nested) belongs to the item before it.
   */
  private list(node: HtmlElement, level: number): BlockContent[] {
    const items: ListItem[] = [];
    for (const child of node.childNodes) {
      if (isElement(child) && child.tagName === 'li') {
        const children = this.blocks(child.childNodes, level + 1);
        if (children.length > 0)
          items.push({ type: 'listItem', spread: false, checked: null, children, position: spanOf(children) });
        continue;
      }
      const children = this.blocks([child], level + 1);
      if (children.length === 0) continue;
      const previous = items[items.length - 1];
      if (previous) {
        previous.children.push(...children);
        previous.position = spanOf(previous.children);
      } else items.push({ type: 'listItem', spread: false, checked: null, children, position: spanOf(children) });
    }
    if (items.length === 0) return [];
    const ordered = node.tagName === 'ol';
    const start = Number.parseInt(node.attrs.find((attribute) => attribute.name === 'start')?.value ?? '1', 10);
    const list: List = {
      type: 'list',
      ordered,
      start: ordered ? (Number.isFinite(start) ? start : 1) : null,
      spread: false,
      children: items,
      position: spanOf(items),
    };
    return [list];
  }

  private table(node: HtmlElement, level: number): BlockContent[] {
    const rows: TableRow[] = [];
    const readRows = (parent: HtmlElement, at: number): void => {
      for (const child of parent.childNodes) {
        if (!isElement(child) || at > MAX_DEPTH) continue;
        if (TABLE_SECTIONS.has(child.tagName)) readRows(child, at + 1);
        else if (child.tagName === 'tr') {
          const cells: TableCell[] = child.childNodes
            .filter((cell): cell is HtmlElement => isElement(cell) && CELLS.has(cell.tagName))
            .map((cell) => {
              const children = trimmed(this.phrasingOfAll(cell.childNodes, at + 2));
              const location = cell.sourceCodeLocation;
              const position =
                spanOf(children) ??
                (location
                  ? this.position(
                      location.startTag?.endOffset ?? location.startOffset,
                      location.startTag?.endOffset ?? location.startOffset,
                    )
                  : undefined);
              return { type: 'tableCell', children, position };
            });
          if (cells.length > 0) rows.push({ type: 'tableRow', children: cells, position: spanOf(cells) });
        }
      }
    };
    readRows(node, level + 1);
    if (!rows.some((row) => hasWords(row.children))) return [];
    const columns = Math.max(...rows.map((row) => row.children.length));
    const table: Table = { type: 'table', align: Array(columns).fill(null), children: rows, position: spanOf(rows) };
    return [table];
  }

  /** The phrasing content of nodes, blocks among them read as their words with a line break between. */
  private phrasingOfAll(nodes: readonly HtmlNode[], level: number): PhrasingContent[] {
    return nodes.flatMap((node) => this.phrasing(node, level));
  }

  private phrasing(node: HtmlNode, level: number): PhrasingContent[] {
    if (node.nodeName === '#text') return this.text(node as DefaultTreeAdapterMap['textNode']);
    if (!isElement(node) || level > MAX_DEPTH || UNREAD.has(node.tagName)) return [];
    const tag = node.tagName;
    const location = node.sourceCodeLocation;
    if (tag === 'br')
      return location ? [{ type: 'break', position: this.position(location.startOffset, location.endOffset) }] : [];
    if (CODE.has(tag)) {
      const value = textOf(node, level).replace(HTML_BLANKS, ' ');
      const inner = this.innerSpan(node);
      return value.trim() !== '' && inner
        ? [{ type: 'inlineCode', value, position: this.position(inner[0], inner[1]) }]
        : [];
    }
    const children = this.phrasingOfAll(node.childNodes, level + 1);
    if (children.length === 0) return [];
    const position = spanOf(children);
    if (STRONG.has(tag)) return [{ type: 'strong', children, position }];
    if (EMPHASIS.has(tag)) return [{ type: 'emphasis', children, position }];
    if (tag === 'a') {
      const url = node.attrs.find((attribute) => attribute.name === 'href')?.value ?? '';
      return [{ type: 'link', url, title: null, children, position }];
    }
    // Every other element is read as its contents: a `span`, `font`, `u`, `sup`, and blocks inside phrasing.
    return children;
  }

  private innerSpan(node: HtmlElement): [number, number] | undefined {
    const location = node.sourceCodeLocation;
    if (!location) return undefined;
    return [location.startTag?.endOffset ?? location.startOffset, location.endTag?.startOffset ?? location.endOffset];
  }

  /** A text node, its blanks collapsed; its range leaves out the blanks at its ends. */
  private text(node: DefaultTreeAdapterMap['textNode']): Text[] {
    const location = node.sourceCodeLocation;
    if (!location) return [];
    const value = node.value.replace(HTML_BLANKS, ' ');
    const raw = this.source.slice(location.startOffset, location.endOffset);
    if (value.trim() === '') {
      return value === ''
        ? []
        : [{ type: 'text', value, position: this.position(location.startOffset, location.endOffset) }];
    }
    const start = location.startOffset + (LEADING_BLANKS.exec(raw)?.[0].length ?? 0);
    const end = location.endOffset - (TRAILING_BLANKS.exec(raw)?.[0].length ?? 0);
    return [{ type: 'text', value, position: this.position(start, end) }];
  }
}

/** Blanks collapsed across a paragraph, as a browser shows it: none at its ends, one between words. */
function collapsed(children: PhrasingContent[]): PhrasingContent[] {
  let afterBlank = true;
  const visit = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const kept: PhrasingContent[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        const value = afterBlank ? node.value.replace(/^ /, '') : node.value;
        if (value === '') continue;
        afterBlank = value.endsWith(' ');
        kept.push(value === node.value ? node : { ...node, value });
      } else if (node.type === 'break') {
        afterBlank = true;
        kept.push(node);
      } else if ('children' in node) {
        const children = visit(node.children as PhrasingContent[]);
        if (children.length > 0) kept.push({ ...node, children } as PhrasingContent);
      } else {
        afterBlank = false;
        kept.push(node);
      }
    }
    return kept;
  };
  return visit(children);
}

/** Phrasing content without the blanks and line breaks at its ends, which a browser does not show. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const kept = collapsed(children);
  while (kept.length > 0 && isBlankOrBreak(kept[0]!)) kept.shift();
  while (kept.length > 0 && isBlankOrBreak(kept[kept.length - 1]!)) kept.pop();
  trimEnd(kept);
  return kept;
}

function isBlankOrBreak(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
}

/** Drops the blank at the end of the last text. */
function trimEnd(nodes: PhrasingContent[]): void {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text' && last.value.endsWith(' '))
    nodes[nodes.length - 1] = { ...last, value: last.value.trimEnd() };
  else if (last && 'children' in last) trimEnd(last.children as PhrasingContent[]);
}

/**
 * Phrasing content as paragraphs: two line breaks with only blanks between end one (`<br /><br />` shows a blank
 * line, as between two paragraphs), and a paragraph without words is none.
 */
function paragraphs(phrasing: PhrasingContent[]): Paragraph[] {
  const found: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let breakAt = -1;
  const close = (): void => {
    const children = trimmed(current);
    if (hasWords(children)) found.push({ type: 'paragraph', children, position: spanOf(children) });
    current = [];
    breakAt = -1;
  };
  for (const node of phrasing) {
    if (node.type === 'break') {
      if (breakAt >= 0) {
        current = current.slice(0, breakAt);
        close();
        continue;
      }
      breakAt = current.length;
    } else if (!(node.type === 'text' && node.value.trim() === '')) breakAt = -1;
    current.push(node);
  }
  close();
  return found;
}

/** The comments of a fragment, at any depth, as `html` nodes. */
function commentsOf(nodes: readonly HtmlNode[], source: string, base: number, points: PointIndex): Html[] {
  if (!source.includes('<!--')) return [];
  const found: Html[] = [];
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const location = node.sourceCodeLocation;
    if (node.nodeName === '#comment' && location) {
      const position = {
        start: points.point(base + location.startOffset),
        end: points.point(base + location.endOffset),
      };
      found.push({ type: 'html', value: source.slice(location.startOffset, location.endOffset), position });
    } else if (isElement(node)) pending.push(...node.childNodes);
  }
  return found;
}

/**
 * The top-level nodes with each `html` node that holds blocks read as the blocks it means; `source` is the text the
 * nodes' positions are offsets into. A node whose value is not its text as written (inside a container) and one that
 * reads as no block with words (an image, a comment) stay as they are.
 */
export function withHtmlBlocksRead(children: readonly RootContent[], source: string): RootContent[] {
  if (!children.some((node) => node.type === 'html' && mayHoldBlockHtml(node.value))) return children as RootContent[];
  let points: PointIndex | undefined;
  return children.flatMap((node): RootContent[] => {
    if (node.type !== 'html' || !mayHoldBlockHtml(node.value)) return [node];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || source.slice(start, end) !== node.value) return [node];
    points ??= new PointIndex(source);
    const fragment = parseFragment(node.value, { sourceCodeLocationInfo: true });
    const blocks: RootContent[] = new HtmlReader(node.value, start, points).blocks(fragment.childNodes, 0);
    if (blocks.length === 0) return [node];
    // Its comments stay `html` nodes, where suppression comments are read.
    blocks.push(...commentsOf(fragment.childNodes, node.value, start, points));
    blocks.sort((a, b) => a.position!.start.offset! - b.position!.start.offset!);
    for (const block of blocks) {
      const position = block.position!;
      block.data = { htmlBlock: { before: position.start.offset! - start, after: end - position.end.offset! } };
    }
    return blocks;
  });
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Each tree's spans read from block HTML, found once: the parse, the lint, the analysis and the edits all ask. */
const spansRead = new WeakMap<Root, readonly Span[]>();

/** The spans of the document that were read from block HTML: no edit may write inside them. */
export function htmlBlockSpans(tree: Root): readonly Span[] {
  let spans = spansRead.get(tree);
  if (!spans) {
    spans = blockSpans(tree);
    spansRead.set(tree, spans);
  }
  return spans;
}

function blockSpans(tree: Root): Span[] {
  const spans: Span[] = [];
  for (const node of tree.children) {
    const block = node.data?.htmlBlock;
    if (!block || !node.position) continue;
    const start = (node.position.start.offset ?? 0) - block.before;
    const end = (node.position.end.offset ?? 0) + block.after;
    const last = spans[spans.length - 1];
    if (last && last.start === start) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** Whether an edit of [start, end) writes inside a span read from block HTML (touching its ends is inside too). */
export function writesInsideHtml(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start <= span.end && span.start <= end);
}

/**
 * A text's character references written as what they stand for, each word that holds one padded with blanks after
 * it to its written length: `don&rsquo;t` reads as `don’t` and five blanks, not as two words, and every word starts
 * where it is written.
 */
function decodedInPlace(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw
    .replace(NO_BREAK_SPACE_REFERENCE, (reference) => ' '.repeat(reference.length))
    .replace(RAW_WORD, (word) => {
      if (!word.includes('&')) return word;
      const decoded = word.replace(CHARACTER_REFERENCE, (reference) => {
        const character = decodeHTML(reference);
        return character.length <= reference.length ? character : reference;
      });
      return decoded + ' '.repeat(word.length - decoded.length);
    });
}

/**
 * The document as its readers read it: in each span read from block HTML, the markup blanked (line breaks kept) and
 * the words of its text nodes kept, character references decoded in place; elsewhere the text as written.
 */
export function readableText(text: string, tree: Root): string {
  const spans = htmlBlockSpans(tree);
  if (spans.length === 0) return text;
  const words: Span[] = [];
  const collect = (node: Nodes): void => {
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.position)
      words.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    else if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  for (const node of tree.children) if (node.data?.htmlBlock) collect(node);
  words.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  let word = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start));
    at = span.start;
    for (; word < words.length && words[word]!.start < span.end; word++) {
      const { start, end } = words[word]!;
      if (start < at) continue;
      parts.push(blank(text.slice(at, start)), decodedInPlace(text.slice(start, end)));
      at = end;
    }
    parts.push(blank(text.slice(at, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
