import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { withHtmlBlocksRead } from './htmlBlocks';
import { REMARK_PARSER } from './remarkParser';

/** The parser every block goes through, seen only through its `MarkdownParser` interface. */
const parser = REMARK_PARSER;
type Variant = ReturnType<typeof parser.variantFor>;

const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /\n(---|\.\.\.)[ \t]*(\r?\n|$)/;

/** A `---` line first, and a `---` or `...` line later. */
function startsWithFrontMatter(text: string, from = 0): boolean {
  return FRONT_MATTER_OPEN.test(text.slice(from, from + 8)) && FRONT_MATTER_CLOSE.test(text);
}

/**
 * Shapes that make remark slow (measured: a 2 MB line of emphasis, hundreds of nested list levels,
 * tables of tens of thousands of rows) are not parsed: the block holding them is reported instead.
 */
const PARSE_LIMITS = {
  maxLineLength: 20_000,
  maxNesting: 40,
  maxBlockLines: 5_000,
  maxBlockLength: 500_000,
  maxDocumentLength: 10_000_000,
};

/** A run of lines that parses the same on its own as inside the whole document. */
interface Block {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

interface SkippedBlock {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export interface MarkdownParse {
  readonly tree: Root;
  readonly skipped: readonly SkippedBlock[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const BULLET_ITEM = /^[-*+][ \t]+\S/;
const HTML_COMMENT_OPEN = /^ {0,3}<!--/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpaceOrTab(line.charCodeAt(i))) return false;
  return true;
}

/** The tests below are costly on every line: most lines cannot pass them, as their first character tells. */
function mayBeHeading(line: string): boolean {
  return line.charCodeAt(0) === 35 /* # */ && ATX_HEADING.test(line);
}

function mayBeBullet(line: string): boolean {
  const first = line.charCodeAt(0);
  return (first === 45 /* - */ || first === 42 /* * */ || first === 43) /* + */ && BULLET_ITEM.test(line);
}

/**
 * Splits the text into blocks at lines where a new top-level block starts for certain: after a
 * blank line when the next line is not indented, and before a heading or bullet at column 0;
 * never inside front matter, a fenced code block or a multi-line HTML block.
 */
function splitBlocks(text: string, from: number): Block[] {
  const blocks: Block[] = [];
  let blockStart = from;
  let blockLine = 0;
  let previousBlank = true;
  let previousListLine = false;
  let closer: ((line: string) => boolean) | undefined;
  // The column where the content of the list item a line is in starts, and that of the item the open fence is in:
  // a line indented less ends the item, and with it the fence (`1. Logs:` / `   ```` / a line at column 0).
  let itemColumn = -1;
  let closerItemColumn = -1;
  let position = from;
  let line = 0;
  if (startsWithFrontMatter(text, from)) {
    closer = (candidate) => /^(---|\.\.\.)[ \t]*$/.test(candidate);
    const firstBreak = text.indexOf('\n', from);
    position = firstBreak + 1;
    line = 1;
  }
  while (position < text.length) {
    const lineBreak = text.indexOf('\n', position);
    const next = lineBreak === -1 ? text.length : lineBreak + 1;
    const raw = text.slice(position, lineBreak === -1 ? text.length : lineBreak);
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const blank = isBlank(content);
    if (closer && closerItemColumn > 0 && !blank && indentation(content) < closerItemColumn) {
      closer = undefined;
      itemColumn = -1;
    }
    if (closer) {
      if (closer(content)) closer = undefined;
    } else {
      const startsBlock =
        position > blockStart &&
        ((previousBlank && content.length > 0 && !isSpaceOrTab(content.charCodeAt(0))) ||
          mayBeHeading(content) ||
          (previousListLine && mayBeBullet(content)));
      if (startsBlock) {
        blocks.push({ start: blockStart, end: position, line: blockLine });
        blockStart = position;
        blockLine = line;
      }
      if (!blank) itemColumn = listItemColumn(content, itemColumn);
      closer = openCloser(content);
      closerItemColumn = closer && indentation(content) >= itemColumn ? itemColumn : -1;
    }
    previousListLine = !blank && (mayBeBullet(content) || (previousListLine && isSpaceOrTab(content.charCodeAt(0))));
    previousBlank = blank;
    position = next;
    line++;
  }
  if (blockStart < text.length || blocks.length === 0)
    blocks.push({ start: blockStart, end: text.length, line: blockLine });
  return blocks;
}

/** How many columns of blanks a line starts with (a tab to the next multiple of 4). */
function indentation(line: string): number {
  let column = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) column++;
    else if (code === 9) column += 4 - (column % 4);
    else break;
  }
  return column;
}

const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])( +|\t|$)/;

/**
 * The content column of the list item a non-blank line is in: the one it opens (`1. ` at column 0 gives 3), else the
 * one it continues, if indented that far; -1 for none.
 */
function listItemColumn(line: string, itemColumn: number): number {
  const first = line.charCodeAt(line.length - line.trimStart().length);
  const mayBeMarker =
    first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */ || (first >= 48 && first <= 57);
  const marker = mayBeMarker ? LIST_MARKER.exec(line) : null;
  if (marker) {
    // One to four blanks after the marker belong to it; more, a tab or none, and the content starts one further.
    const gap = marker[3]!.length >= 1 && marker[3]!.length <= 4 && marker[3] !== '\t' ? marker[3]!.length : 1;
    return marker[1]!.length + marker[2]!.length + gap;
  }
  return itemColumn >= 0 && indentation(line) >= itemColumn ? itemColumn : -1;
}

/** The closing tag of each multi-line raw HTML block. */
const RAW_HTML_END = new Map(['script', 'pre', 'style', 'textarea'].map((tag) => [tag, new RegExp(`</${tag}>`, 'i')]));

/**
 * Whether a line closes a fence of at least `length` characters `fence`: up to 3 spaces, the fence, then only blanks.
 */
function closesFence(line: string, fence: number, length: number): boolean {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  let run = 0;
  while (line.charCodeAt(at + run) === fence) run++;
  if (run < length) return false;
  for (let i = at + run; i < line.length; i++) if (!isSpaceOrTab(line.charCodeAt(i))) return false;
  return true;
}

/** For a line that opens a fenced code block or a multi-line HTML block, the test for its closing line. */
function openCloser(line: string): ((line: string) => boolean) | undefined {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const first = line.charCodeAt(at);
  if (first !== 96 /* ` */ && first !== 126 /* ~ */ && first !== 60 /* < */) return undefined;
  const fence = FENCE.exec(line);
  if (fence) {
    const marker = fence[1]!;
    if (marker[0] === '`' && line.slice(fence[0].length).includes('`')) return undefined;
    return (candidate) => closesFence(candidate, marker.charCodeAt(0), marker.length);
  }
  if (HTML_COMMENT_OPEN.test(line)) return line.includes('-->') ? undefined : (candidate) => candidate.includes('-->');
  const raw = RAW_HTML_OPEN.exec(line);
  if (raw) {
    const end = RAW_HTML_END.get(raw[1]!.toLowerCase())!;
    return end.test(line) ? undefined : (candidate) => end.test(candidate);
  }
  return undefined;
}

/** Why a block is too costly to parse, or undefined when it is fine. */
function tooCostly(text: string, block: Block): string | undefined {
  let lines = 0;
  let position = block.start;
  while (position < block.end) {
    const lineBreak = text.indexOf('\n', position);
    const end = lineBreak === -1 || lineBreak > block.end ? block.end : lineBreak;
    lines++;
    if (end - position > PARSE_LIMITS.maxLineLength) {
      return (
        `a line of ${(end - position).toLocaleString('en-US')} characters (the ` +
        `limit is ${PARSE_LIMITS.maxLineLength.toLocaleString('en-US')})`
      );
    }
    const nesting = nestingDepth(text, position, end);
    if (nesting > PARSE_LIMITS.maxNesting)
      return `lists or quotes nested more than ${PARSE_LIMITS.maxNesting} levels deep`;
    position = end + 1;
  }
  if (lines > PARSE_LIMITS.maxBlockLines)
    return (
      `a block of ${lines.toLocaleString('en-US')} lines without a break ` +
      `(the limit is ${PARSE_LIMITS.maxBlockLines.toLocaleString('en-US')})`
    );
  const length = block.end - block.start;
  if (length > PARSE_LIMITS.maxBlockLength)
    return (
      `a block of ${length.toLocaleString('en-US')} characters ` +
      `(the limit is ${PARSE_LIMITS.maxBlockLength.toLocaleString('en-US')})`
    );
  return undefined;
}

/** How many list or quote levels a line's leading indentation and markers open, at most. */
function nestingDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let column = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) column++;
    else if (code === 9) column += 4;
    else if (code === 62 /* > */ || code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) depth++;
    else if (code >= 48 && code <= 57) continue;
    else if (code === 46 || code === 41) depth++;
    else break;
  }
  return depth + Math.floor(column / 2);
}

/** How many characters at each end of a block its hash reads. */
const HASHED_ENDS = 32;

/**
 * FNV-1a over a block's length and the characters at its ends: the same text always gives the same
 * chunk boundaries, and reading every character of every block on each edit would cost more than
 * the boundaries are worth. (The cache is keyed by the text itself.)
 */
function blockHash(text: string, start: number, end: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  const headEnd = Math.min(end, start + HASHED_ENDS);
  for (let i = start; i < headEnd; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(headEnd, end - HASHED_ENDS); i < end; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A list the parser read across chunks, cut into one list per chunk, as each chunk parses alone:
 * a chunk that starts with list items starts a list of its own (numbered from its first item).
 * Other nodes never cross a chunk's end.
 */
function splitAtChunks(node: RootContent, chunks: readonly Block[], text: string): RootContent[] {
  const end = node.position?.end.offset ?? 0;
  const home = chunks.find((chunk) => (node.position?.start.offset ?? 0) < chunk.end);
  if (node.type !== 'list' || !home || end <= home.end) return [node];
  const parts: List[] = [];
  let chunkEnd = -1;
  for (const item of node.children) {
    const start = item.position?.start.offset ?? 0;
    if (parts.length > 0 && start < chunkEnd) {
      const part = parts[parts.length - 1]!;
      part.children.push(item);
      part.position = { start: part.position!.start, end: { ...item.position!.end } };
      continue;
    }
    chunkEnd = chunks.find((chunk) => start < chunk.end)?.end ?? Number.POSITIVE_INFINITY;
    const number = node.ordered
      ? Number(/^\s*(\d{1,9})/.exec(text.slice(start, start + 12))?.[1] ?? node.start ?? 1)
      : null;
    // Points of their own: moving a cached node moves its points, which must not be its items'.
    parts.push({
      ...node,
      start: number,
      children: [item],
      position: { start: { ...item.position!.start }, end: { ...item.position!.end } },
    });
  }
  return parts;
}

/** The marker a list item opens with: `-`, `*`, `+`, or a number's closing `.` or `)`. */
function itemMarker(text: string, item: ListItem): string {
  const start = item.position?.start.offset ?? 0;
  return (
    /^[ \t]*(?:([-*+])|\d{1,9}([.)]))/
      .exec(text.slice(start, start + 16))
      ?.slice(1)
      .join('') ?? ''
  );
}

/**
 * The top-level nodes with each list that chunking split (see `splitAtChunks`, and a chunk parsed apart from the one
 * before it) whole again: a list right after a list, only blanks between, of the same kind and marker, is the same
 * list, as CommonMark reads it. Readers count a list's items; a list in parts would be counted part by part.
 */
function joinedLists(nodes: readonly RootContent[], text: string): RootContent[] {
  const joined: RootContent[] = [];
  for (const node of nodes) {
    const last = joined[joined.length - 1];
    const continues =
      node.type === 'list' &&
      last?.type === 'list' &&
      last.ordered === node.ordered &&
      isBlankText(text.slice(last.position?.end.offset ?? 0, node.position?.start.offset ?? 0)) &&
      itemMarker(text, last.children[0]!) === itemMarker(text, node.children[0]!);
    if (!continues) {
      joined.push(node);
      continue;
    }
    const between = text.slice(last.position!.end.offset, node.position!.start.offset);
    joined[joined.length - 1] = {
      ...last,
      spread: last.spread === true || node.spread === true || between.split('\n').length > 2,
      children: [...last.children, ...node.children],
      position: { start: { ...last.position!.start }, end: { ...node.position!.end } },
    };
  }
  return joined;
}

function isBlankText(text: string): boolean {
  return /^\s*$/.test(text);
}

/** At most this much text is parsed in one call: longer texts parse more slowly per character. */
const MAX_RUN_LENGTH = 48_000;

/** About how many blocks a chunk holds: each parser call has a cost of its own, and an edit re-parses one chunk. */
const BLOCKS_PER_CHUNK = 8;
const MAX_CHUNK_LENGTH = 32_000;

/**
 * Groups blocks into chunks for the parser. A chunk ends after a block whose hash says so, so that
 * an edit changes only the chunk it falls in, not the grouping of the blocks after it. Blocks that
 * are too costly to parse are skipped and reported.
 */
function chunkBlocks(text: string, blocks: readonly Block[], skipped: SkippedBlock[]): Block[] {
  const chunks: Block[] = [];
  let open: Block | undefined;
  const close = (): void => {
    if (open) chunks.push(open);
    open = undefined;
  };
  for (const block of blocks) {
    const reason = tooCostly(text, block);
    if (reason) {
      close();
      skipped.push({ start: block.start, end: block.end, reason });
      continue;
    }
    open = open ? { start: open.start, end: block.end, line: open.line } : block;
    if (blockHash(text, block.start, block.end) % BLOCKS_PER_CHUNK === 0 || open.end - open.start >= MAX_CHUNK_LENGTH)
      close();
  }
  close();
  return chunks;
}

function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, lines, offset);
}

interface CachedBlock {
  readonly children: RootContent[];
  line: number;
  offset: number;
  generation: number;
}

/**
 * What a later step of the analysis read from a block, by a key that holds the block's text and everything else the
 * result depends on: a new version of the document reads again only where an edit touched the text or its context.
 * An entry the last version did not use is dropped when the next begins, so that memory stays flat over many edits.
 */
export class KeptResults<T> {
  private readonly entries = new Map<string, { readonly value: T; generation: number }>();

  constructor(private readonly version: () => number) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.generation = this.version();
    return entry?.value;
  }

  set(key: string, value: T): void {
    this.entries.set(key, { value, generation: this.version() });
  }

  /** Drops the entries that the version before `current` did not use. */
  forgetUnusedBefore(current: number): void {
    for (const [key, entry] of this.entries) if (entry.generation !== current - 1) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Parsed blocks of the previous version of a document, by their text: a new version re-parses
 * only the blocks an edit touched. Keep one cache per document; it also keeps, in `kept`, what later
 * steps read from the blocks.
 */
export class MarkdownCache {
  private blocks = new Map<string, CachedBlock>();
  private generation = 0;
  private readonly results = new Map<string, KeptResults<unknown>>();
  /** The document's reference definitions, as this version's blocks are parsed with them. */
  private definitions = '';

  /**
   * A key for a block's text that holds all its parse depends on: the text, and the document's reference definitions
   * where the text holds a `]`.
   */
  blockKey(blockText: string): string {
    return MarkdownCache.key(blockText, this.definitions, false);
  }

  /** The results a step keeps under `name`, one store per step. */
  kept<T>(name: string): KeptResults<T> {
    let results = this.results.get(name);
    if (!results) {
      results = new KeptResults(() => this.generation);
      this.results.set(name, results);
    }
    return results as KeptResults<T>;
  }

  private static key(blockText: string, definitions: string, frontMatter: boolean): string {
    const withDefinitions = definitions && blockText.includes(']') ? `${blockText}\u0000${definitions}` : blockText;
    return `${frontMatter ? '\u0001' : ''}${withDefinitions}`;
  }

  /** The block's top-level nodes from the previous version, moved to the given place; undefined when not cached. */
  lookup(
    blockText: string,
    definitions: string,
    line: number,
    offset: number,
    frontMatter: boolean,
  ): RootContent[] | undefined {
    const cached = this.blocks.get(MarkdownCache.key(blockText, definitions, frontMatter));
    // A block text seen twice in one version gets its own nodes; the first copy stays cached.
    if (!cached || cached.generation === this.generation) return undefined;
    cached.generation = this.generation;
    if (line !== cached.line || offset !== cached.offset) {
      for (const child of cached.children) shift(child, line - cached.line, offset - cached.offset);
    }
    cached.line = line;
    cached.offset = offset;
    return cached.children;
  }

  store(
    blockText: string,
    definitions: string,
    frontMatter: boolean,
    children: RootContent[],
    line: number,
    offset: number,
  ): void {
    const key = MarkdownCache.key(blockText, definitions, frontMatter);
    if (!this.blocks.has(key)) this.blocks.set(key, { children, line, offset, generation: this.generation });
  }

  /** Starts a new document version; blocks not used by the previous one are forgotten. */
  beginVersion(definitions: string): void {
    this.definitions = definitions;
    const current = this.generation;
    for (const [key, block] of this.blocks) if (block.generation !== current) this.blocks.delete(key);
    this.generation++;
    for (const results of this.results.values()) results.forgetUnusedBefore(this.generation);
  }
}

/**
 * Parses one block. Link reference definitions elsewhere in the document are appended after the
 * block so that `[text][ref]` reads as a link, and the definitions' own nodes are dropped. Block HTML is read as the
 * blocks it means (`htmlBlocks.ts`).
 */
function parseBlock(
  blockText: string,
  definitions: string,
  line: number,
  offset: number,
  frontMatter: boolean,
  variant: Variant,
): RootContent[] {
  const source = definitions && blockText.includes(']') ? `${blockText}\n\n${definitions}` : blockText;
  const children = withHtmlBlocksRead(parser.parse(source, variant, frontMatter).children, source).filter(
    (child) => (child.position?.start.offset ?? 0) < blockText.length,
  );
  for (const child of children) shift(child, line, offset);
  return children;
}

/**
 * A definition's opening line, with the next line when what it defines starts there (`[^1]:` and its
 * indented text, `[docs]:` and the address below it).
 */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*(?:\S.*|\r?\n[ \t]*\S.*)$/gm;

/**
 * The document's link reference and footnote definitions, by their opening lines: with them after a block, its
 * `[text][ref]` reads as a link and its `[^1]` as a footnote call, as in the whole document; a blank line apart,
 * so that no definition reads as the text of the one before.
 */
function referenceDefinitions(text: string): string {
  return text.includes(']:') ? (text.match(DEFINITION_LINE) ?? []).join('\n\n') : '';
}

/**
 * A bullet sign and a space or tab opening a line ("●\tAlert on queue depth"), as text pasted from a word processor or
 * Google Docs writes a list: the sign and the character after it are read as "- ", of the same length, so that the
 * line reads as a list item and every position stays where it was.
 */
const PASTED_BULLET = /^([ \t]*)[\u2022\u25cf\u25e6\u25aa\u2023\u2043][ \t]/gm;

function withMarkdownBullets(text: string): string {
  PASTED_BULLET.lastIndex = 0;
  return PASTED_BULLET.test(text) ? text.replace(PASTED_BULLET, '$1- ') : text;
}

/**
 * Parses Markdown into an mdast tree whose positions are offsets into `text` (a leading byte-order
 * mark included), block by block so that a cache can reuse the blocks an edit did not touch.
 */
export function parseMarkdown(original: string, cache?: MarkdownCache): MarkdownParse {
  const text = withMarkdownBullets(original);
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipped: SkippedBlock[] = [];
  const children: RootContent[] = [];
  const tooLong = text.length > PARSE_LIMITS.maxDocumentLength;
  const definitions = tooLong ? '' : referenceDefinitions(text);
  cache?.beginVersion(definitions);
  if (tooLong) {
    skipped.push({
      start: 0,
      end: text.length,
      reason:
        `a document of ${text.length.toLocaleString('en-US')} characters (the ` +
        `limit is ${PARSE_LIMITS.maxDocumentLength.toLocaleString('en-US')})`,
    });
  } else {
    // Consecutive chunks that are not cached are parsed in one call, as each call has a cost of its
    // own; their nodes are then cached chunk by chunk.
    let run: Block[] = [];
    let runVariant: Variant | undefined;
    const parseRun = (): void => {
      if (run.length === 0 || runVariant === undefined) return;
      const first = run[0]!;
      const runText = text.slice(first.start, run[run.length - 1]!.end);
      const parsed = parseBlock(
        runText,
        definitions,
        first.line,
        first.start,
        first.start === from && startsWithFrontMatter(runText),
        runVariant,
      );
      const nodes = parsed.flatMap((node) => splitAtChunks(node, run, text));
      let next = 0;
      for (const chunk of run) {
        const own: RootContent[] = [];
        while (next < nodes.length && (nodes[next]!.position?.start.offset ?? 0) < chunk.end) own.push(nodes[next++]!);
        // A node reaching into the next chunk would not be what the chunk parses to alone.
        if (own.some((node) => (node.position?.end.offset ?? 0) > chunk.end)) break;
        const chunkText = text.slice(chunk.start, chunk.end);
        cache?.store(
          chunkText,
          definitions,
          chunk.start === from && startsWithFrontMatter(chunkText),
          own,
          chunk.line,
          chunk.start,
        );
      }
      for (const node of nodes) children.push(node);
      run = [];
    };
    for (const chunk of chunkBlocks(text, splitBlocks(text, from), skipped)) {
      const chunkText = text.slice(chunk.start, chunk.end);
      const cached = cache?.lookup(
        chunkText,
        definitions,
        chunk.line,
        chunk.start,
        chunk.start === from && startsWithFrontMatter(chunkText),
      );
      const first = run[0];
      // Only the chunk's own text counts: a definition's destination and title are not text, where literal autolinks
      // are read.
      const variant = parser.variantFor(chunkText);
      // Chunks whose variants no one variant reads as each alone are parsed apart.
      const joined = runVariant === undefined ? variant : parser.joined(runVariant, variant);
      // A list item after a chunk would join the list the chunk ends with, where alone it starts a list of its own.
      if (
        cached ||
        (first &&
          (run[run.length - 1]!.end !== chunk.start ||
            chunk.end - first.start > MAX_RUN_LENGTH ||
            joined === undefined))
      )
        parseRun();
      if (cached) for (const node of cached) children.push(node);
      else {
        runVariant = run.length === 0 ? variant : joined;
        run.push(chunk);
      }
    }
    parseRun();
  }
  let lastLine = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lastLine++;
  const tree: Root = {
    type: 'root',
    children: joinedLists(children, text),
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lastLine, column: 1, offset: text.length } },
  };
  return { tree, skipped };
}
