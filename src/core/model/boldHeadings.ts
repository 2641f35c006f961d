import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import { plainText } from './mdastText';
import { headingKind } from './sections';
import type { SectionKind } from '../vocabulary/terms';

/** A heading line is short: a bold line longer than this is an emphasised sentence. */
const MAX_HEADING_LENGTH = 80;

/** Bold lines that name sections before a document's bold lines count as its headings. */
const MIN_NAMED_SECTIONS = 2;

/**
 * An italic or a plain line is a label when it is as short as a heading's name ("_Lessons learned_", "Agreed
 * actions:"); a longer one is a template's prompt ("*List the sequence of events that led to the incident*") or a
 * sentence ("This is what we learnt:").
 */
const MAX_LABEL_WORDS = 4;

/**
 * The text of a paragraph that is one bold phrase alone on its line ("**Summary**"), else undefined; with `italic`, a
 * short italic one too (see `MAX_LABEL_WORDS`).
 */
function boldLine(node: RootContent, italic = false): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const type = parts[0]?.type;
  if (parts.length !== 1 || !(type === 'strong' || (italic && type === 'emphasis'))) return undefined;
  const title = plainText(parts[0]!).trim();
  if (type === 'emphasis' && title.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return title !== '' && !title.includes('\n') && title.length <= MAX_HEADING_LENGTH ? title : undefined;
}

/**
 * The title of a paragraph that is one short line of plain text, less its closing colon ("Agreed actions:" gives
 * "Agreed actions"), else undefined; with `colon`, only a line that closes with one. A line that holds a sentence's
 * punctuation is text.
 */
function plainLabel(node: RootContent | undefined, colon: boolean): string | undefined {
  if (node?.type !== 'paragraph' || node.children.some((child) => child.type !== 'text')) return undefined;
  const text = plainText(node).trim();
  if (text.includes('\n') || (colon && !text.endsWith(':'))) return undefined;
  const title = text.replace(/:$/, '').trim();
  if (title === '' || /[.!?;:,]/.test(title) || title.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return title;
}

/** The title of a plain label that names a section, else undefined. */
function plainSectionLabel(
  node: RootContent | undefined,
  colon: boolean,
  extraNames: Readonly<Record<string, SectionKind>>,
): string | undefined {
  const title = plainLabel(node, colon);
  return title !== undefined && headingKind(title, extraNames) !== 'other' ? title : undefined;
}

/** A label's words without the colon that closes it: "Agreed actions:" is titled "Agreed actions". */
function withoutClosingColon(children: readonly PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text' || !/:\s*$/.test(last.value)) return [...children];
  const value = last.value.replace(/\s*:\s*$/, '');
  return value === '' ? children.slice(0, -1) : [...children.slice(0, -1), { ...last, value }];
}

function asHeading(paragraph: Paragraph, depth: Heading['depth'] = 2): Heading {
  return {
    type: 'heading',
    depth,
    children: withoutClosingColon(paragraph.children),
    position: paragraph.position,
    // A paragraph read from block HTML keeps its mark (`htmlBlocks.ts`).
    ...(paragraph.data ? { data: paragraph.data } : {}),
  };
}

/**
 * A document pasted from Google Docs or a word processor writes its headings as bold lines ("**Summary**" alone on a
 * line, then "**Timeline (UTC)**"), and one written as plain text as short lines of their own ("What happened:", then
 * "Agreed actions:"). In a document with no headings below its title, where at least two such lines name sections,
 * every bold line and every plain one that names a section is read as a second-level heading; elsewhere a bold line is
 * emphasis and a plain one text.
 */
export function withBoldLineHeadings(tree: Root, extraNames: Readonly<Record<string, SectionKind>> = {}): Root {
  const lined = withBoldLines(tree, extraNames);
  const fielded = withBoldFieldHeadings(withFieldLists(lined, extraNames), extraNames);
  // `**Summary:** ...`, `**Root cause:** ...`, then `**Action items:**` over a list: once the fields are headings, the
  // label over the list is read as in any document with headings.
  return fielded === lined || lined !== tree ? fielded : withBoldSectionLabels(fielded, extraNames);
}

function withBoldLines(tree: Root, extraNames: Readonly<Record<string, SectionKind>>): Root {
  if (tree.children.some((node) => node.type === 'heading' && node.depth > 1))
    return withBoldSectionLabels(tree, extraNames);
  const titles = tree.children.map((node) => boldLine(node) ?? plainSectionLabel(node, false, extraNames));
  const named = titles.filter((title) => title !== undefined && headingKind(title, extraNames) !== 'other').length;
  if (named < MIN_NAMED_SECTIONS) return tree;
  return {
    ...tree,
    children: tree.children.map((node, i) =>
      node.type === 'paragraph' && titles[i] !== undefined ? asHeading(node) : node,
    ),
  };
}

/** Sections a document with headings may give under a bold label inside another section. */
const LABELLED_KINDS: readonly SectionKind[] = ['timeline', 'action-items', 'lessons'];

/**
 * A document with headings but no timeline, action-items or lessons section may give one under a bold or italic label,
 * or a plain one closed by a colon, inside another section ("## Root cause", then "**Timeline:**" over "1. A malformed
 * JSON was merged ...", "**What has been done**" over "1. A small upgrade was released ...", "_Lessons learned_" over
 * "- Before migration, plan ahead ...", "Action items:" over "- Add an alert ..."; a plain line that announces a
 * timeline is read with its list as `sections.ts` says): the label is read as a heading one level below the heading
 * before it,
 * so that the list is that section and the section above keeps the rest. Only one such label of a kind: several are
 * each the close of the section they stand in.
 */
function withBoldSectionLabels(tree: Root, extraNames: Readonly<Record<string, SectionKind>>): Root {
  const { children } = tree;
  // Each heading and each label over a list is named once, whichever kind is looked for.
  const headingKinds = new Set<SectionKind>();
  const labelsByKind = new Map<SectionKind, number[]>();
  children.forEach((node, i) => {
    if (node.type === 'heading') headingKinds.add(headingKind(plainText(node), extraNames));
    if (children[i + 1]?.type !== 'list') return;
    const bold = boldLine(node, true);
    const label = bold ?? plainSectionLabel(node, true, extraNames);
    if (label === undefined) return;
    const kind = headingKind(label, extraNames);
    // A plain line that announces a timeline ("Timeline of the outage:") is read with its list in `sections.ts`.
    if (bold === undefined && kind === 'timeline') return;
    labelsByKind.set(kind, [...(labelsByKind.get(kind) ?? []), i]);
  });
  const labels = new Set<number>();
  for (const kind of LABELLED_KINDS) {
    const found = labelsByKind.get(kind) ?? [];
    // Labels over lists all through the document (`**Actions planned:**` under each lesson) are the lessons' own.
    if (!headingKinds.has(kind) && found.length === 1) labels.add(found[0]!);
  }
  if (labels.size === 0) return tree;
  let depth: Heading['depth'] = 2;
  return {
    ...tree,
    children: children.map((node, i) => {
      if (node.type === 'heading') depth = Math.min(node.depth + 1, 6) as Heading['depth'];
      return labels.has(i) ? asHeading(node as Paragraph, depth) : node;
    }),
  };
}

/** A line of a paragraph: what stands between two line breaks. */
type Line = PhrasingContent[];

/** Whether a paragraph's child ends its line: a hard break, or a text whose soft break is its last character. */
function endsLine(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.endsWith('\n'));
}

function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [[]];
  for (const child of paragraph.children) {
    lines[lines.length - 1]!.push(child);
    if (endsLine(child)) lines.push([]);
  }
  return lines.filter((line) => line.length > 0);
}

/** The title of a line opening with a bold label and a colon (`**Summary**: ...`, `**Root Causes:** ...`). */
function fieldTitle(line: Line): string | undefined {
  const [label, after] = line;
  if (label?.type !== 'strong') return undefined;
  const title = plainText(label).trim();
  const colon = title.endsWith(':') || (after?.type === 'text' && after.value.startsWith(':'));
  return colon && title.length <= MAX_HEADING_LENGTH ? title.replace(/:$/, '').trim().toLowerCase() : undefined;
}

/** The titles of fields that name sections, each written once in the document, with the kinds they name. */
type FieldNames = ReadonlyMap<string, SectionKind>;

function fieldKind(line: Line, names: FieldNames): SectionKind | undefined {
  const title = fieldTitle(line);
  return title === undefined ? undefined : names.get(title);
}

/** A node's position with its start moved on by characters of its first line. */
function shifted(node: PhrasingContent, by: number): NonNullable<PhrasingContent['position']> {
  const { start, end } = node.position!;
  return { start: { line: start.line, column: start.column + by, offset: (start.offset ?? 0) + by }, end };
}

function paragraphOf(children: Line): Paragraph | undefined {
  const from = children.findIndex(
    (child) => child.type !== 'break' && plainText(child).replace(/^:/, '').trim() !== '',
  );
  if (from < 0) return undefined;
  const first = children[from]!;
  let to = children.length;
  while (children[to - 1]?.type === 'break') to--;
  const kept = children.slice(from, to);
  // `**Summary**: Chain halted`: the colon after the label and the blanks after it are the label's.
  if (first.type === 'text') {
    const lead = /^:?[ \t]*/.exec(first.value)![0].length;
    if (lead > 0) kept[0] = { ...first, value: first.value.slice(lead), position: shifted(first, lead) };
  }
  const start = kept[0]!.position!.start;
  const last = kept[kept.length - 1]!;
  let end = last.position!.end;
  // A soft break ends the line's text: the paragraph ends before it, on the line it closes.
  if (last.type === 'text' && last.value.endsWith('\n') && last.position!.start.line === end.line - 1) {
    const offset = (end.offset ?? 0) - 1;
    end = {
      line: end.line - 1,
      column: last.position!.start.column + offset - (last.position!.start.offset ?? 0),
      offset,
    };
  }
  return { type: 'paragraph', children: kept, position: { start, end } };
}

/** The blocks a paragraph of fields becomes: a heading for each field that names a section, with its text after it. */
function fieldBlocks(lines: readonly Line[], depth: Heading['depth'], names: FieldNames): RootContent[] {
  const blocks: RootContent[] = [];
  let pending: Line = [];
  const flush = (): void => {
    const text = paragraphOf(pending);
    if (text) blocks.push(text);
    pending = [];
  };
  for (const line of lines) {
    if (fieldKind(line, names) === undefined) {
      pending.push(...line);
      continue;
    }
    flush();
    const label = line[0] as Strong;
    blocks.push({ type: 'heading', depth, children: label.children, position: label.position });
    pending = line.slice(1);
  }
  flush();
  return blocks;
}

/** Fields naming sections before a document's field lines count as its sections. */
const MIN_NAMED_FIELDS = 2;
/**
 * Sections whose bold labels are their own (`**Detection:** 10:02 alert fired` in a timeline is an entry), and which a
 * field does not name: `**Actions planned:**` under each lesson is the lesson's (see `withBoldSectionLabels`).
 */
const FIELDS_OWN_KINDS: readonly SectionKind[] = ['timeline', 'action-items'];

/**
 * A document written after a template's fields gives some sections as a bold label opening a line, with the text after
 * it ("**Summary**: Chain halted ...", then "**Impact**:" over a list, then "**Root Causes**: ..."), each line its own
 * paragraph or several in one. Where at least two such labels name sections, each is read as a heading one level below
 * the heading before it, with its text as the section's paragraph; other fields (`**Authors**: ...`) stay text. Not in
 * a timeline or an action-items section, whose labels are their entries' and items', nor a label written more than
 * once (`**Action taken:**` under each lesson), which is each part's own.
 */
function withBoldFieldHeadings(tree: Root, extraNames: Readonly<Record<string, SectionKind>>): Root {
  /** The lines of each paragraph that holds a field, by its index among the tree's children. */
  const candidates = new Map<number, Line[]>();
  const written = new Map<string, number>();
  let ownKind: SectionKind = 'other';
  tree.children.forEach((node, i) => {
    if (node.type === 'heading') ownKind = headingKind(plainText(node), extraNames);
    if (node.type !== 'paragraph' || FIELDS_OWN_KINDS.includes(ownKind)) return;
    const lines = linesOf(node);
    const titles = lines.flatMap((line) => fieldTitle(line) ?? []);
    for (const title of titles) written.set(title, (written.get(title) ?? 0) + 1);
    if (titles.length > 0) candidates.set(i, lines);
  });
  const names = new Map<string, SectionKind>();
  for (const [title, times] of written) {
    const kind = headingKind(title, extraNames);
    if (times === 1 && kind !== 'other' && !FIELDS_OWN_KINDS.includes(kind)) names.set(title, kind);
  }
  if (names.size < MIN_NAMED_FIELDS) return tree;
  let depth: Heading['depth'] = 2;
  return {
    ...tree,
    children: tree.children.flatMap((node, i) => {
      if (node.type === 'heading') depth = Math.min(node.depth + 1, 6) as Heading['depth'];
      const lines = candidates.get(i);
      return lines?.some((line) => fieldKind(line, names)) ? fieldBlocks(lines, depth, names) : [node];
    }),
  };
}

/**
 * A report written as a list of fields, each item a bold label naming a section and its text ("- **Reason/Cause**: I
 * believe ...", "- **Remedial Actions**: I am going to ..."), one list per report on a page of several, or a plain
 * outline, each item a section's name alone on its line over the item's own blocks ("4. Timeline" over a nested list,
 * "5. Root Cause", "7. Preventative Measures"): where at least two items of a list name different sections, and no
 * name repeats unless three differ (an outline's "Tracking of Preventative Measures" after "Preventative Measures";
 * `**Action taken:**` under each of two lessons is each one's own), each such item is read as a heading one level
 * below the heading before it, with the item's text and nested blocks as the section. Items that name none stay a
 * list. Not a list in a timeline or an action-items section, whose labels are their entries' and items'.
 */
function withFieldLists(tree: Root, extraNames: Readonly<Record<string, SectionKind>>): Root {
  let ownKind: SectionKind = 'other';
  let depth: Heading['depth'] = 2;
  let changed = false;
  const children = tree.children.flatMap((node): RootContent[] => {
    if (node.type === 'heading') {
      ownKind = headingKind(plainText(node), extraNames);
      depth = Math.min(node.depth + 1, 6) as Heading['depth'];
    }
    if (node.type !== 'list' || FIELDS_OWN_KINDS.includes(ownKind)) return [node];
    const kinds = node.children.map((item) => itemFieldKind(item, extraNames));
    const named = new Set(kinds.filter((kind) => kind !== undefined));
    const repeats = named.size < kinds.filter((kind) => kind !== undefined).length;
    if (named.size < MIN_NAMED_FIELDS || (repeats && named.size < MIN_NAMED_WITH_REPEATS)) return [node];
    changed = true;
    return fieldListBlocks(node, kinds, depth);
  });
  return changed ? { ...tree, children } : tree;
}

/** Sections a list of fields names, one of them more than once, before it counts as a report's outline. */
const MIN_NAMED_WITH_REPEATS = 3;

/** The title of a list item that is a section's name alone over its own blocks (`7. Preventative Measures`). */
function outlineTitle(item: ListItem): string | undefined {
  return item.children.length > 1 ? plainLabel(item.children[0], false) : undefined;
}

/**
 * The section a list item's opening field names (`- **Impact**: ...`), or its title as an outline's item names
 * (see `outlineTitle`), if any.
 */
function itemFieldKind(item: ListItem, extraNames: Readonly<Record<string, SectionKind>>): SectionKind | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const title = fieldTitle(linesOf(first)[0] ?? []) ?? outlineTitle(item);
  const kind = title === undefined ? 'other' : headingKind(title, extraNames);
  return kind === 'other' ? undefined : kind;
}

/** The blocks of a list of fields: a heading and its text for each field item, the other items kept as lists. */
function fieldListBlocks(
  list: List,
  kinds: readonly (SectionKind | undefined)[],
  depth: Heading['depth'],
): RootContent[] {
  const blocks: RootContent[] = [];
  let rest: ListItem[] = [];
  const flush = (): void => {
    if (rest.length > 0) blocks.push({ ...list, children: rest, position: spanOf(rest) });
    rest = [];
  };
  list.children.forEach((item, i) => {
    if (kinds[i] === undefined) {
      rest.push(item);
      return;
    }
    flush();
    const [first, ...after] = item.children as [Paragraph, ...RootContent[]];
    if (outlineTitle(item) !== undefined) {
      blocks.push({ type: 'heading', depth, children: first.children, position: first.position }, ...after);
      return;
    }
    const [line, ...lines] = linesOf(first);
    const label = line![0] as Strong;
    blocks.push({ type: 'heading', depth, children: label.children, position: label.position });
    const text = paragraphOf([...line!.slice(1), ...lines.flat()]);
    if (text) blocks.push(text);
    blocks.push(...(after as RootContent[]));
  });
  flush();
  return blocks;
}

/** The position from the first item's start to the last one's end. */
function spanOf(items: readonly ListItem[]): List['position'] {
  const [first, last] = [items[0]!.position, items[items.length - 1]!.position];
  return first && last ? { start: first.start, end: last.end } : undefined;
}
