import type { Link, Nodes, Root, RootContent } from 'mdast';
import { blank, maskOutside, type MaskSpan } from './mask';
import { endOffset, plainText, startOffset } from './mdastText';
import type { LineIndex } from './text';
import type { ProseBlock, Section, Statement } from './types';

/**
 * Text in double quotes is somebody else's words (an error message, a term, a name), not the author's; but a
 * quoted statement the postmortem puts forward is read as its own (`the vendor's report says "the outage was
 * entirely a result of human error"`, `"I fat fingered the rm -rf"`).
 */
const QUOTED = /"[^"\n]{1,300}"|\u201c[^\u201d\n]{1,300}\u201d/g;
/**
 * A quoted phrase of three to six plain words is the author's all the same: a finding or a verdict
 * reported (`was a "simple human error" by`, `deemed "good enough for now" by`). One or two words
 * in quotes keep their distance (`"obviously"`), and punctuation makes a message.
 */
const REPORTED_PHRASE = /^.[\p{L}' -]+.$/u;
/** From this many words a quotation is a statement: a sentence someone said or wrote, kept as said. */
const STATEMENT_WORDS = 7;

/**
 * A quotation that is the subject of a verdict on it is named, not said: `"Operator failed to follow
 * procedure" is a finding, not a cause`, `"human error" is never the answer`, `"Just be more careful"
 * feels like an answer`.
 */
const NAMED_BY_WHAT_FOLLOWS = new RegExp(
  String.raw`\s*(?:(?:is|are|was|were|isn't|aren't|wasn't|weren't)\s+` +
    '(?:a|an|the|not|never|no|just|only|rarely|often|usually|always)' +
    String.raw`|(?:feels?|sounds?|seems?|looks?)\s+like)\b`,
  'iy',
);

/**
 * Verbs that tell who said a quotation, in the past and the present: a short quotation they follow is what someone
 * said in the story (`"I just ran it without thinking," said the engineer`), not a message or a term.
 */
const SAYING = [
  'said says wrote writes admitted admits confessed confesses explained explains replied replies added adds',
  'told tells posted posts tweeted tweets messaged messages texted yelled shouted',
].join(' ');
/** Dialogue: a quotation that ends in its own punctuation (`,"` `!"` `?"` `."`) before its marks close. */
const DIALOGUE_END = /[,.!?]\s*["\u201d]$/;
/** A verb of saying within a few words after a quotation: `he said`, `said the engineer`, `the on-call lead wrote`. */
const SAID_AFTER = new RegExp(
  String.raw`\s*(?:[\p{L}@'\u2019.-]+\s+){0,3}?(?:${SAYING.replaceAll(' ', '|')})\b`,
  'iuy',
);

/** A verb of saying and its comma or colon right before a quotation: `admitted: "I ticked every box wrong."`. */
const SAID_BEFORE = new RegExp(String.raw`\b(?:${SAYING.replaceAll(' ', '|')})\s*[,:]\s*$`, 'iu');

/**
 * Whether a quotation is dialogue someone in the story said: ending in its own punctuation before a verb of saying
 * (see `SAID_AFTER`), or opened by one and its comma or colon (see `SAID_BEFORE`).
 */
function isDialogue(quotation: string, offset: number, text: string): boolean {
  if (SAID_BEFORE.test(text.slice(Math.max(0, offset - ATTRIBUTION_REACH), offset))) return true;
  if (!DIALOGUE_END.test(quotation)) return false;
  SAID_AFTER.lastIndex = offset + quotation.length;
  return SAID_AFTER.test(text);
}

/**
 * A cause attributed just before a quotation: the quoted words, however few and however punctuated, are the verdict
 * reported (`was attributed to "pilot error"`, `was due to an employee "typo."`, `was because of "one person, human
 * error."`, `blamed the mistake on a combination of "human error and ..."`, `Officials blamed "human error"`, `is
 * calling it a "human error."`, `it was a "Human Error"`), not a term held at a distance. What is attributed may
 * stand inside: `attributed the crash to`, `put the loss down to`, `blamed the outage on`.
 */
/** What is attributed, up to three words: `the crash`, `the loss`. */
const ATTRIBUTED_THING = String.raw`(?:\s+[\p{L}'\u2019-]+){0,3}?`;
const ATTRIBUTED_BEFORE = new RegExp(
  String.raw`\b(?:due to|caused by|result of|because of|` +
    String.raw`attributed${ATTRIBUTED_THING}\s+to|blamed${ATTRIBUTED_THING}\s+on|put${ATTRIBUTED_THING}\s+down to|` +
    String.raw`blamed|blames|blaming|cited|cites|citing|` +
    String.raw`(?:called|calling|termed|labell?ed|described)\s+(?:it|this|that)(?:\s+as)?|` +
    String.raw`(?:it|this|that)\s+(?:was|is)(?:\s+(?:all|just|simply|purely|really))?)\s+` +
    String.raw`(?:(?:an?|the|one|some)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'iu',
);
/** How far before a quotation its attribution is looked for. */
const ATTRIBUTION_REACH = 60;

export function attributedBefore(offset: number, text: string): boolean {
  return ATTRIBUTED_BEFORE.test(text.slice(Math.max(0, offset - ATTRIBUTION_REACH), offset));
}

/**
 * A cause named just after a quotation: the quoted words are the cause reported (`"Human error" caused the outage`,
 * `said "human error" was the reason for the breach`), not a term held at a distance; `"human error" is never the
 * cause` names the term (see `NAMED_BY_WHAT_FOLLOWS`).
 */
const ATTRIBUTED_AFTER = new RegExp(
  String.raw`\s*(?:caused|causes|led\s+to|leads\s+to|resulted\s+in|results\s+in|triggered|triggers` +
    String.raw`|(?:is|was|were)\s+(?:(?:the|a)\s+)?(?:(?:main|root|primary|likely|probable|sole)\s+)?` +
    String.raw`(?:cause|reason|culprit|trigger)|(?:is|was|were)\s+to\s+blame)\b`,
  'iy',
);

/** Whether a cause is named right after a quotation that closes before `end` (see `ATTRIBUTED_AFTER`). */
export function causeNamedAfter(text: string, end: number): boolean {
  ATTRIBUTED_AFTER.lastIndex = end;
  return ATTRIBUTED_AFTER.test(text);
}

/** Nothing but a list's or a quote's marker before a quotation on its line: it opens the line. */
const OPENS_LINE = /(?:^|\n)[ \t>*+-]*$/;
/** How far before a quotation its line's opening is looked for. */
const LINE_OPENING = 8;
/** Nothing but space after a quotation, to its line's end. */
const ENDS_LINE = /^\s*(?:\n|$)/;
/** A quotation closed by a sentence's own stop inside its marks: `"... misconfigured this."`. */
const STOPPED = /[.!?]\s*["\u201d]$/;

/**
 * A quotation that is a sentence of its own, on its own line (`"I seem to have misconfigured this."`): what someone
 * said, put forward by the postmortem, not a term or a message inside the author's words.
 */
function standsAlone(quotation: string, offset: number, text: string): boolean {
  if (!STOPPED.test(quotation) || !ENDS_LINE.test(text.slice(offset + quotation.length))) return false;
  return OPENS_LINE.test(text.slice(Math.max(0, offset - LINE_OPENING), offset));
}

/**
 * A program's output right before a quotation (`nx run app:dev reports "Daemon is not running. ..."`, `the job fails
 * with "..."`): the quotation is its message, however long, not a statement someone made.
 */
const OUTPUT_BEFORE = new RegExp(
  String.raw`\b(?:reports|prints|printed|outputs|output|logs|logged|returns|returned|displays|displayed|throws|` +
    String.raw`threw|emits|emitted|(?:responds|responded|fails|failed|errors|errored|exits|exited|crashes|crashed|` +
    String.raw`dies|died|aborts|aborted)\s+with)\s*:?\s*$`,
  'i',
);
/** How far before a quotation a program's output verb is looked for. */
const OUTPUT_REACH = 30;

function maskQuotation(quotation: string, offset: number, text: string): string {
  if (OUTPUT_BEFORE.test(text.slice(Math.max(0, offset - OUTPUT_REACH), offset))) return blank(quotation);
  if (standsAlone(quotation, offset, text)) return quotation;
  const words = quotation.slice(1, -1).trim().split(/\s+/).length;
  if (words < STATEMENT_WORDS && causeNamedAfter(text, offset + quotation.length)) return quotation;
  const reported =
    (words >= 3 && words < STATEMENT_WORDS && REPORTED_PHRASE.test(quotation)) ||
    (words < STATEMENT_WORDS && attributedBefore(offset, text)) ||
    words >= STATEMENT_WORDS ||
    isDialogue(quotation, offset, text);
  NAMED_BY_WHAT_FOLLOWS.lastIndex = offset + quotation.length;
  return reported && !NAMED_BY_WHAT_FOLLOWS.test(text) ? quotation : blank(quotation);
}

/** An autolink (`<https://...>`) or a bare URL or e-mail address: its text is the address itself. */
function isBareUrl(link: Link): boolean {
  const text = plainText(link);
  return text === link.url || `http://${text}` === link.url || `mailto:${text}` === link.url;
}

/** The spans of `text` nodes, in document order; code, HTML, URLs and markers are left out. */
function textSpans(node: Nodes, spans: MaskSpan[]): void {
  if (node.type === 'text') {
    spans.push({ start: startOffset(node), end: endOffset(node) });
    return;
  }
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference')
    return;
  if (node.type === 'link' && isBareUrl(node)) return;
  if ('children' in node) for (const child of node.children as Nodes[]) textSpans(child, spans);
}

function maskedText(node: Nodes, text: string, start: number, end: number): string {
  const spans: MaskSpan[] = [];
  textSpans(node, spans);
  spans.sort((a, b) => a.start - b.start);
  return maskOutside(text, start, end, spans).replace(QUOTED, maskQuotation);
}

/**
 * A block of the author's prose, its words masked when first read: most blocks hold no word the blame detectors need.
 */
class LazyProseBlock implements ProseBlock {
  private maskedWords: string | undefined;

  constructor(
    private readonly node: Nodes,
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly section: number | undefined,
  ) {}

  get masked(): string {
    this.maskedWords ??= maskedText(this.node, this.text, this.start, this.end);
    return this.maskedWords;
  }
}

/** Index of the section that holds an offset, for offsets in document order. */
function sectionLocator(sections: readonly Section[]): (offset: number) => number | undefined {
  // How many sections start at or before the last offset asked about.
  let passed = 0;
  let last = -1;
  return (offset) => {
    if (offset < last) passed = 0;
    last = offset;
    while (passed < sections.length && sections[passed]!.headingRange.start.offset <= offset) passed++;
    return passed > 0 ? passed - 1 : undefined;
  };
}

/** The author's prose: headings, paragraphs and table cells outside code and block quotes. */
export function collectProse(tree: Root, text: string, sections: readonly Section[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const sectionAt = sectionLocator(sections);
  const visit = (node: Nodes, section: number | undefined): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell':
        blocks.push(new LazyProseBlock(node, text, startOffset(node), endOffset(node), section));
        return;
      case 'blockquote':
      case 'code':
      case 'html':
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child, section);
    }
  };
  for (const node of tree.children) visit(node, sectionAt(startOffset(node)));
  return blocks;
}

/** Whether a node's `plainText` holds anything but blanks (a table row's ` | ` separators count). */
function hasText(node: Nodes): boolean {
  if ('value' in node && typeof node.value === 'string')
    return node.type !== 'html' && node.type !== 'yaml' && /\S/.test(node.value);
  if (!('children' in node)) return false;
  const children = node.children as Nodes[];
  return (node.type === 'tableRow' && children.length > 1) || children.some(hasText);
}

/** The paragraphs and list items of root-cause and trigger sections. */
export function collectRootCauses(sections: readonly Section[], index: LineIndex): Statement[] {
  const statements: Statement[] = [];
  const add = (node: RootContent, section: Section): void => {
    if (!hasText(node)) return;
    let text: string | undefined;
    statements.push({
      range: index.rangeOf(startOffset(node), endOffset(node)),
      // Read when first asked for: the rules need only where statements are.
      get text() {
        text ??= plainText(node).replace(/\s+/g, ' ').trim();
        return text;
      },
      sectionKind: section.kind,
    });
  };
  for (const section of sections) {
    if (section.kind !== 'root-cause' && section.kind !== 'trigger') continue;
    for (const node of section.nodes) {
      if (node.type === 'paragraph') add(node, section);
      else if (node.type === 'list') for (const item of node.children) add(item, section);
    }
  }
  return statements;
}
