// The timeline pass's second stage: the entries of a timeline section, as the pass reaches it:
// list items, table rows, headings and lines that begin with a time, and the date lines between
// them, each made a candidate. Code blocks, block quotes (quoted chat and logs) and HTML are never
// entries.
import type { Code, Heading, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { ModelContext } from '../model/context';
import { endOffset, plainText, startOffset } from '../model/mdastText';
import { statusUpdateTime } from '../model/statusUpdate';
import { NO_TIME, hasTextAfter, type Timestamp, timestampAt } from '../model/time';
import {
  type EntryCandidate,
  type TimelineEvent,
  entryCandidate,
  holdsLetter,
  descriptionText,
  plainTextBetween,
  writtenDate,
} from './candidate';
import type { HeadingContent, SectionScope } from './scope';
import { tableCandidates } from './table';
import { boldLabelAt, type UntimedMark, untimedMarkAt } from './untimedMarks';

/** Nesting of lists beyond this is not read (fuzzed documents nest thousands deep). */
const MAX_DEPTH = 24;
/** Only the start of a line can hold its timestamp. */
const LINE_HEAD = 240;

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** An HTML line break: `<br>`, `<br/>`, `<br />`. */
const LINE_BREAK = /^<br\s*\/?>$/i;

interface LineBreak {
  readonly start: number;
  /** Where the next line starts: past the break and the blanks after it. */
  readonly next: number;
}

/**
 * A paragraph's `<br>` breaks: a timeline written as one wrapped paragraph joins its entries with them
 * ("(Internal ID 560528920.)<br> 21:14 - DNS changes take effect").
 */
function lineBreaks(context: ModelContext, node: Nodes): LineBreak[] {
  if (node.type !== 'paragraph') return [];
  const breaks: LineBreak[] = [];
  for (const child of node.children) {
    // A `break` read from block HTML stands where its `<br>` does; one of Markdown's ends its line anyway.
    if (child.type !== 'break' && (child.type !== 'html' || !LINE_BREAK.test(child.value.trim()))) continue;
    let next = endOffset(child);
    while (context.text[next] === ' ' || context.text[next] === '\t') next++;
    breaks.push({ start: startOffset(child), next });
  }
  return breaks;
}

function lineAt(context: ModelContext, start: number, end: number): Line {
  return { text: context.text.slice(start, Math.min(end, start + LINE_HEAD)), start, end };
}

/** The lines of a node, a `<br>` in a paragraph starting a new one. */
function linesOf(context: ModelContext, node: Nodes): Line[] {
  const start = startOffset(node);
  const end = endOffset(node);
  const breaks = lineBreaks(context, node);
  const lines: Line[] = [];
  const first = context.index.positionAt(start).line;
  const last = context.index.positionAt(end).line;
  for (let line = first; line <= last; line++) {
    let lineStart = Math.max(start, context.index.lineStart(line));
    const lineEnd = Math.min(end, context.index.lineEnd(line));
    for (const lineBreak of breaks) {
      if (lineBreak.start <= lineStart || lineBreak.next >= lineEnd) continue;
      lines.push(lineAt(context, lineStart, lineBreak.start));
      lineStart = lineBreak.next;
    }
    if (lineEnd > lineStart) lines.push(lineAt(context, lineStart, lineEnd));
  }
  return lines;
}

function firstLine(context: ModelContext, node: Nodes): Line {
  const start = startOffset(node);
  const end = Math.min(endOffset(node), context.index.lineEnd(context.index.positionAt(start).line));
  return { text: context.text.slice(start, Math.min(end, start + LINE_HEAD)), start, end };
}

/** The source text of a node from `start` on, as far as a timestamp and the text after it are read. */
function plainTextFrom(context: ModelContext, node: Nodes, start: number): string {
  return context.text.slice(start, Math.min(endOffset(node), start + LINE_HEAD));
}

function maxEnd(initial: number, nodes: readonly Nodes[]): number {
  let end = initial;
  for (const node of nodes) end = Math.max(end, endOffset(node));
  return end;
}

/** Where a bullet with no time of its own has its time: nowhere, before its first word. */
const UNTIMED: Timestamp = NO_TIME;

/** A code block in a timeline section is its timeline when this many of its lines or more open with a time. */
const MIN_CODE_ENTRIES = 3;

/** What a bullet's list tells of it. */
interface ListContext {
  /** A date line is right above the list. */
  readonly dated: boolean;
  /** Most bullets open with a time in bold, so a bold label opens an entry too. */
  readonly labels: boolean;
  /** Most bullets give a bold label and then its time (`**Incident Start:** 23:15 UTC`). */
  readonly labelledTimes: boolean;
  /** Half the bullets of the list open with a time of day, so one with none is an entry with no time. */
  readonly timed: boolean;
}

/** How many phases a timeline told in bold labels holds at least (see `phasesInBold`). */
const MIN_PHASES = 3;

/** Whether a paragraph holds words to tell: a bullet that holds only markup or an image is no entry. */
function hasText(paragraph: Paragraph, text: string): boolean {
  return holdsLetter(plainTextBetween(paragraph, startOffset(paragraph), endOffset(paragraph), text));
}

/** How a line opens: its timestamp, or an offset or a month that marks an entry with no time of day. */
interface Opening {
  readonly timestamp: Timestamp;
  readonly untimed?: UntimedMark;
  /** Where the bold label before the time stands (`**Incident Start:** 23:15`): the entry's name. */
  readonly label?: { readonly start: number; readonly end: number };
}

/**
 * `**Incident Start:** 2025-08-18 23:15 UTC`, `Down: 15:21 UTC (~ 5 minutes)`: a label in bold or a few capitalised
 * words and a colon, then the time of day it names.
 */
function labelledTimeAt(text: string): Opening | undefined {
  const plain = PLAIN_LABEL.exec(text);
  const label =
    boldLabelAt(text) ??
    (plain ? { start: plain[1]!.length, end: plain[1]!.length + plain[2]!.length, rest: plain[0].length } : undefined);
  if (!label) return undefined;
  const timestamp = timestampAt(text, label.rest);
  return timestamp?.time ? { timestamp, label: { start: label.start, end: label.end } } : undefined;
}

/** Whether `text` opens with a label, bold or plain (see `labelledTimeAt`). */
function labelAt(text: string): boolean {
  return boldLabelAt(text) !== undefined || PLAIN_LABEL.test(text);
}

/** `Down:`, `Incident start:`: up to four words, the first capitalised, and a colon, opening a bullet. */
const PLAIN_LABEL = /^([ \t]*)(\p{Lu}[\p{L}\d]*(?:[ \t][\p{L}\d]+){0,3}):[ \t]*/u;

/** A day's number before its date: `Day 2 (March 13)`, `**Day 3 — 2026-03-14**`, `Day 1: Tuesday, May 12`. */
const DAY_NUMBER = /^\s*(?:\*\*|__)?day\s+\d{1,2}\s*(?:[(:,\u2013\u2014-]\s*)?/i;

function openingOf(text: string): Opening | undefined {
  const timestamp = timestampAt(text) ?? numberedDay(text);
  if (timestamp) return { timestamp };
  const marked = untimedMarkAt(text);
  return marked && { timestamp: marked.timestamp, untimed: marked.mark };
}

/** The date after a day's number (`Day 2 (March 13)`): a date line as the date alone would be; not a time alone. */
function numberedDay(text: string): Timestamp | undefined {
  const number = DAY_NUMBER.exec(text);
  if (!number) return undefined;
  const timestamp = timestampAt(text, number[0].length);
  return timestamp?.date ? timestamp : undefined;
}

/** What a line opening with `opening` is: an entry, a date line, or neither. */
function lineKind(text: string, opening: Opening | undefined): 'entry' | 'date' | undefined {
  if (!opening) return undefined;
  const { timestamp } = opening;
  if (timestamp.time || timestamp.unparseable || opening.untimed) return 'entry';
  if (timestamp.date) return hasTextAfter(text, timestamp) ? 'entry' : 'date';
  return undefined;
}

/** How many words a label over a day's list may have: `Radix Team:`, `Actions taken:`. */
const MAX_LABEL_WORDS = 4;

/**
 * Whether `label` is a label over the `list` after it (`Radix Team:` then `1. We inform the users ...`): a few words
 * and a colon, with no time or date; not a sentence that leads into details (`The change lands with a test that:`).
 */
function labelsList(label: RootContent | undefined, list: RootContent | undefined): boolean {
  if (label?.type !== 'paragraph' || list?.type !== 'list') return false;
  const text = plainText(label).trim();
  return /^[^:\n]+:$/.test(text) && text.split(/\s+/).length <= MAX_LABEL_WORDS && !openingOf(text);
}

export class TimelineScanner {
  /** The entries and date lines of the sections scanned so far, in document order. */
  readonly events: TimelineEvent[] = [];

  constructor(private readonly context: ModelContext) {}

  /**
   * Reads a timeline section: its heading (`heading`, the text of `headingNode`) when it is not its
   * group's outermost, then its blocks up to the next heading.
   */
  scanSection(
    nodes: readonly RootContent[],
    headingNode: Heading | undefined,
    heading: HeadingContent | undefined,
    scope: SectionScope,
  ): void {
    const headingKind = heading && headingNode ? this.scanHeading(heading, headingNode, nodes, scope) : undefined;
    if (headingKind === 'entry') return;
    const codes = nodes.filter((node): node is Code => node.type === 'code');
    if (codes.length > 0 && !this.holdsEntries(nodes))
      for (const code of codes) {
        const lines = this.timelineCodeLines(code);
        if (lines) {
          this.scanCodeLines(lines, scope);
          return;
        }
      }
    // A date line (or a date heading) dates the bullets of the list right under it, timed or not.
    let dated = headingKind === 'date';
    nodes.forEach((node, i) => {
      if (dated && node.type === 'paragraph' && this.isDayProse(node, nodes[i + 1])) {
        this.pushDayProse(node, scope);
        dated = false;
      } else if (dated && labelsList(node, nodes[i + 1])) {
        // The label names who acted that day; the list after it holds the day's entries.
      } else dated = this.scanBlock(node, scope, 0, dated);
    });
  }

  /**
   * Whether a paragraph with no time right under a date line is all that day holds (`**March 17, 2022:**` over
   * "The Blue Team identifies ...", then the next date line or the end): the day's entry, with no time of day. Not a
   * paragraph that leads into more (a list, another paragraph) or that opens a line with a time or a date itself.
   */
  private isDayProse(paragraph: Paragraph, next: RootContent | undefined): boolean {
    const lines = (node: Nodes) => linesOf(this.context, node).map((line) => lineKind(line.text, openingOf(line.text)));
    return (
      lines(paragraph).every((kind) => kind === undefined) &&
      (next === undefined || (next.type === 'paragraph' && lines(next).every((kind) => kind === 'date')))
    );
  }

  private pushDayProse(paragraph: Paragraph, scope: SectionScope): void {
    const start = startOffset(paragraph);
    const end = endOffset(paragraph);
    this.events.push(
      entryCandidate(this.context, UNTIMED, start, {
        scope,
        style: 'line',
        start,
        end,
        description: plainTextBetween(paragraph, start, end, this.context.text),
        markerText: this.context.text.slice(start, Math.min(end, start + 4000)),
      }),
    );
  }

  /**
   * A heading that begins with a time is an entry: its range is the heading and the paragraph right
   * under it, its text the heading's own or else that paragraph's (the section holds the rest of
   * the body), and the body is not read for more entries. A heading that holds a date is a date line. A timed
   * heading right over entries (`### 10:07-10:29 AM: Emergency Coordination` over `- 10:07: ...`) names a phase:
   * its entries are those of its body. A heading may open with an offset or a month instead (`### T+5m`).
   */
  private scanHeading(
    heading: HeadingContent,
    node: Nodes,
    body: readonly RootContent[],
    scope: SectionScope,
  ): 'entry' | 'date' | undefined {
    const text = heading.text.slice(0, LINE_HEAD);
    const updated = statusUpdateTime(text);
    const opening = openingOf(text) ?? (updated && { timestamp: updated });
    const timestamp = opening?.timestamp;
    // A date heading over entries dates them, as it does a list after a label (`Radix Team:`); over prose alone
    // (`### 2019-02-13` then what happened) it is an entry of that day.
    if (
      timestamp?.date &&
      !timestamp.time &&
      !timestamp.unparseable &&
      (body[0]?.type !== 'paragraph' || this.holdsEntries(body) || labelsList(body[0], body[1]))
    ) {
      this.events.push({ kind: 'date', scope, date: writtenDate(timestamp.date, heading.start) });
      return 'date';
    }
    if (!opening || (!timestamp?.time && !timestamp?.unparseable && !timestamp?.date && !opening.untimed))
      return undefined;
    if (this.holdsEntries(body.slice(0, 1))) return undefined;
    const start = startOffset(node);
    const own = plainTextBetween(node, heading.start + opening.timestamp.rest, endOffset(node), this.context.text);
    const firstParagraph = body[0]?.type === 'paragraph' ? body[0] : undefined;
    const description =
      own ||
      (firstParagraph
        ? plainTextBetween(firstParagraph, startOffset(firstParagraph), endOffset(firstParagraph), this.context.text)
        : '');
    const end = firstParagraph ? endOffset(firstParagraph) : endOffset(node);
    const markerText = this.context.text.slice(start, Math.min(end, start + 4000));
    this.events.push(
      entryCandidate(this.context, opening.timestamp, heading.start, {
        scope,
        style: 'heading',
        untimed: opening.untimed,
        start,
        end,
        description,
        markerText,
      }),
    );
    return 'entry';
  }

  /** The lines of a code block's contents, between its fences (an unclosed fence runs to the end). */
  private codeLines(code: Code): Line[] {
    const { index } = this.context;
    const first = index.positionAt(startOffset(code)).line + 1;
    const end = endOffset(code);
    const lastLine = index.positionAt(end).line;
    const closed = /^ {0,3}(`{3,}|~{3,})\s*$/.test(this.context.text.slice(index.lineStart(lastLine), end));
    const lines: Line[] = [];
    for (let line = first; line <= (closed ? lastLine - 1 : lastLine); line++)
      lines.push(lineAt(this.context, index.lineStart(line), Math.min(end, index.lineEnd(line))));
    return lines;
  }

  /**
   * A code block's lines when it holds a timeline set in a fixed-width font (`2023-06-17 18:05 Block 84448 is
   * created`, a line each): `MIN_CODE_ENTRIES` lines or more, and most of its lines with words, open with a time of
   * day. Otherwise undefined.
   */
  private timelineCodeLines(code: Code): Line[] | undefined {
    const lines = this.codeLines(code);
    const worded = lines.filter((line) => holdsLetter(line.text));
    const timed = worded.filter((line) => {
      const opening = openingOf(line.text);
      return opening?.timestamp.time !== undefined && lineKind(line.text, opening) === 'entry';
    });
    return timed.length >= MIN_CODE_ENTRIES && timed.length * 2 > worded.length ? lines : undefined;
  }

  /**
   * A timeline section whose only entries are a code block's lines: each line that opens with a time is an entry, in
   * the words written after it; a line with words and no time continues the entry above it.
   */
  private scanCodeLines(lines: readonly Line[], scope: SectionScope): void {
    let open: EntryCandidate | undefined;
    for (const line of lines) {
      const opening = openingOf(line.text);
      if (opening && lineKind(line.text, opening) === 'entry') {
        open = entryCandidate(this.context, opening.timestamp, line.start, {
          scope,
          style: 'line',
          start: line.start,
          end: line.end,
          description: descriptionText(line.text.slice(opening.timestamp.rest)),
          markerText: line.text,
        });
        this.events.push(open);
      } else if (open && holdsLetter(line.text)) {
        open.end = line.end;
        open.description = descriptionText(`${open.description} ${line.text}`);
      }
    }
  }

  /** Whether any of the blocks begins a line or a list item with a time, or is a table. */
  private holdsEntries(blocks: readonly RootContent[]): boolean {
    return blocks.some((block) => {
      if (block.type === 'table') return true;
      if (block.type === 'paragraph')
        return linesOf(this.context, block).some((line) => lineKind(line.text, openingOf(line.text)) !== undefined);
      if (block.type !== 'list') return false;
      return block.children.some(
        (item) =>
          item.children[0]?.type === 'paragraph' &&
          lineKind(
            firstLine(this.context, item.children[0]).text,
            openingOf(firstLine(this.context, item.children[0]).text),
          ) !== undefined,
      );
    });
  }

  /**
   * Reads a block, `dated` when a date line is right above it (or above the lists before it, parts
   * of one list the parser may hand over apart); returns whether the next block is dated.
   */
  private scanBlock(node: Nodes, scope: SectionScope, depth: number, dated: boolean): boolean {
    if (depth > MAX_DEPTH) return false;
    switch (node.type) {
      case 'paragraph':
        return this.scanParagraph(node, scope);
      case 'list':
        this.scanList(node, scope, depth, dated, true);
        return dated;
      case 'table':
        for (const candidate of tableCandidates(this.context, node, scope)) this.events.push(candidate);
        return false;
      default:
        // Code, block quotes, HTML and the rest hold no entries.
        return false;
    }
  }

  /** `entries`: the list is a list of entries, not the sub-bullets that continue an entry above it. */
  private scanList(list: List, scope: SectionScope, depth: number, dated: boolean, entries: boolean): void {
    const labels = this.stampsInBold(list) || (entries && this.phasesInBold(list));
    const labelledTimes = this.labelsThenTimes(list);
    const timed = entries && this.holdsTimedBullets(list, labels, labelledTimes);
    for (const item of list.children)
      this.scanListItem(item, scope, depth + 1, { dated, labels, labelledTimes, timed });
  }

  /**
   * Whether half the bullets of the list, and at least one, open with a time of day: then a bullet with no time there
   * is an entry that cannot be placed. A time in one bullet of a list of dated or untimed notes makes no such list.
   */
  private holdsTimedBullets(list: List, labels: boolean, labelledTimes: boolean): boolean {
    const timed = list.children.filter((item) => {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return false;
      const text = firstLine(this.context, first).text;
      const opening = this.openingOfBullet(text, first, labels, labelledTimes);
      return opening?.timestamp.time !== undefined && lineKind(text, opening) === 'entry';
    });
    return timed.length > 0 && timed.length * 2 >= list.children.length;
  }

  /**
   * Whether most bullets of a list, two at least, open with a time in bold (`- **2018-07-12 9:49 UTC**: ...`): then a
   * bullet under a bold label instead (`- **Before the incident**: ...`) is an entry too, with no time.
   */
  private stampsInBold(list: List): boolean {
    const stamped = list.children.filter((item) => {
      const first = item.children[0];
      if (first?.type !== 'paragraph' || first.children[0]?.type !== 'strong') return false;
      return openingOf(firstLine(this.context, first).text)?.timestamp.time !== undefined;
    });
    return stamped.length >= 2 && stamped.length * 2 >= list.children.length;
  }

  /**
   * Whether every bullet of a list, three at least, opens with a bold label and a colon and none with a time
   * (`- **Initial symptom:** indexer timeouts`, `- **Fix applied:** ...`): a timeline told in phases, each an entry
   * with no time.
   */
  private phasesInBold(list: List): boolean {
    return (
      list.children.length >= MIN_PHASES &&
      list.children.every((item) => {
        const first = item.children[0];
        if (first?.type !== 'paragraph' || first.children[0]?.type !== 'strong') return false;
        const { text } = firstLine(this.context, first);
        return boldLabelAt(text) !== undefined && openingOf(text) === undefined && labelledTimeAt(text) === undefined;
      })
    );
  }

  /**
   * Whether most bullets of a list, two at least, give a label and then its time (`- **Incident Start:**
   * 2025-08-18 23:15 UTC`, `- **Time of Detection:** 23:25 UTC`, `- Down: 15:21 UTC`): a timeline of named moments.
   */
  private labelsThenTimes(list: List): boolean {
    const labelled = list.children.filter((item) => {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return false;
      const { text } = firstLine(this.context, first);
      return !openingOf(text) && labelledTimeAt(text) !== undefined;
    });
    return labelled.length >= 2 && labelled.length * 2 >= list.children.length;
  }

  /**
   * The opening of a bullet's first line: its time or mark; in a list of named moments, the time after its bold label;
   * in a list of bold stamps, its bold label.
   */
  private openingOfBullet(
    text: string,
    first: Paragraph,
    labels: boolean,
    labelledTimes: boolean,
  ): Opening | undefined {
    const opening = openingOf(text) ?? (labelledTimes ? labelledTimeAt(text) : undefined);
    if (opening || !labels || first.children[0]?.type !== 'strong') return opening;
    const label = boldLabelAt(text);
    return label && { timestamp: label, untimed: 'label' };
  }

  private scanListItem(item: ListItem, scope: SectionScope, depth: number, list: ListContext): void {
    const { dated, labels, labelledTimes, timed } = list;
    const [first, ...rest] = item.children;
    const nested = rest.filter((child): child is List => child.type === 'list');
    let entry: EntryCandidate | undefined;
    let kind: ReturnType<typeof lineKind>;
    if (first?.type === 'paragraph') {
      const line = firstLine(this.context, first);
      const opening = this.openingOfBullet(line.text, first, labels, labelledTimes);
      const timestamp = opening?.timestamp;
      kind = lineKind(line.text, opening);
      // `- 2025-01-05: Day one` over a nested list of times is the date of those times.
      if (kind === 'entry' && timestamp!.date && !timestamp!.time && !timestamp!.unparseable && nested.length > 0)
        kind = 'date';
      // `- 2024-06-21:` with its text on the lines after it, in the same paragraph, is an entry of that day.
      else if (
        kind === 'date' &&
        nested.length === 0 &&
        hasTextAfter(plainTextFrom(this.context, first, line.start), timestamp!)
      )
        kind = 'entry';
      if (kind === 'date') this.events.push({ kind: 'date', scope, date: writtenDate(timestamp!.date!, line.start) });
      else if (
        kind === 'entry' ||
        dated ||
        (timed && hasText(first, this.context.text) && !(labelledTimes && labelAt(line.text)))
      ) {
        // A bullet with no time under a date line is an entry of that day; among timed bullets, one with no time
        // is an entry that cannot be placed, and says so; not a label among named moments (`Total Time: 17 minutes`),
        // which sums them up.
        const found = kind === 'entry' ? timestamp! : UNTIMED;
        const start = startOffset(item);
        const end = endOffset(item);
        const after = plainTextBetween(first, line.start + found.rest, endOffset(first), this.context.text);
        // `**Incident Start:** 23:15 UTC`: the label names the moment, and what follows the time adds to it.
        const label = kind === 'entry' ? opening?.label : undefined;
        const named = label
          ? plainTextBetween(first, line.start + label.start, line.start + label.end, this.context.text).replace(
              /:$/,
              '',
            )
          : '';
        const description = [named, after].filter(Boolean).join(' ');
        entry = entryCandidate(this.context, found, line.start, {
          scope,
          style: 'list',
          untimed: kind === 'entry' ? opening?.untimed : dated ? undefined : 'none',
          missingTime: kind !== 'entry' && timed,
          start,
          end,
          description,
          markerText: this.context.text.slice(start, Math.min(endOffset(first), start + 4000)),
        });
        this.events.push(entry);
      }
    }
    const before = this.events.length;
    for (const list of nested) this.scanList(list, scope, depth, kind === 'date', entry === undefined);
    // Entries nested under an entry end it where the nested list begins.
    if (entry && this.events.length > before && nested[0]) {
      const nestedStart = startOffset(nested[0]);
      entry.end = maxEnd(
        entry.timeEnd,
        item.children.filter((child) => startOffset(child) < nestedStart),
      );
    }
  }

  /**
   * Each line that begins with a time is an entry; the lines after it, up to the next, continue it. A time alone on
   * the paragraph's first timed line, under lines of text, closes them: a status page's update ("**Resolved** - This
   * incident has been resolved." over "Nov 3, 14:22 UTC") is told before its time. Returns whether the last line is a
   * date line.
   */
  private scanParagraph(paragraph: Paragraph, scope: SectionScope): boolean {
    let open: EntryCandidate | undefined;
    let kind: ReturnType<typeof lineKind>;
    /** Where the lines of text before the paragraph's first time start, while no entry is open. */
    let toldBefore: { start: number; end: number } | undefined;
    for (const line of linesOf(this.context, paragraph)) {
      const opening = openingOf(line.text);
      const timestamp = opening?.timestamp;
      kind = lineKind(line.text, opening);
      if (kind === 'date') {
        this.events.push({ kind: 'date', scope, date: writtenDate(timestamp!.date!, line.start) });
        open = undefined;
        toldBefore = undefined;
      } else if (kind === 'entry') {
        const own = plainTextBetween(paragraph, line.start + timestamp!.rest, line.end, this.context.text);
        const above = own || !toldBefore ? undefined : toldBefore;
        const description = above ? plainTextBetween(paragraph, above.start, above.end, this.context.text) : own;
        open = entryCandidate(this.context, timestamp!, line.start, {
          scope,
          style: 'line',
          untimed: opening?.untimed,
          start: above?.start ?? line.start,
          end: line.end,
          description,
          markerText: line.text,
        });
        this.events.push(open);
        toldBefore = undefined;
      } else if (!open && holdsLetter(line.text)) {
        toldBefore = { start: toldBefore?.start ?? line.start, end: line.end };
      } else if (open) {
        open.end = line.end;
        const more = plainTextBetween(paragraph, line.start, line.end, this.context.text);
        if (more) open.description = open.description ? `${open.description} ${more}` : more;
      }
    }
    return kind === 'date';
  }
}
