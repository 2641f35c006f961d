// The timeline pass's first stage: what each timeline section says about the times in it, read as
// the pass reaches the section. The zone named in its heading (`Timeline (all times PST)`) or in a
// line (`All times in UTC.`), whether they are approximate, the date the incident happened (front
// matter, the timeline heading, the document's title, its summary); and the document's own zone.
import type { Heading, Paragraph } from 'mdast';
import type { ModelContext } from '../model/context';
import { type CalendarDate, type DatedDay, findDate, formatDate, unambiguousFullDates } from '../model/dates';
import { frontMatterDate } from '../model/frontMatter';
import { endOffset, plainText, startOffset } from '../model/mdastText';
import { timestampAt } from '../model/time';
import type { Section } from '../model/types';
import { findZoneMention, readZone } from '../model/zones';
import { labelledIncidentDate } from './dateLabel';
import { titleLine } from '../model/titleLine';
import { type ZoneMention, mentionAt } from './mention';

export interface SectionScope {
  /** Index in `sections` of the outermost timeline section holding this one. */
  readonly group: number;
  /** The zone named by this section's heading or the nearest enclosing timeline heading. */
  readonly headingZone: ZoneMention | undefined;
  /** The zone named by an `All times in X` line of this section or an enclosing timeline section. */
  readonly lineZone: ZoneMention | undefined;
  readonly approximate: boolean;
  /** The incident's date, for the group's times written without one (see `incidentDate`). */
  readonly incidentDate: CalendarDate | undefined;
}

/** The zone the document names for all its times, and where. */
export interface DocumentZone {
  readonly mention: ZoneMention;
  readonly source: 'front-matter' | 'config';
}

/** The text of a heading without its `#` markers or setext underline, and where it starts. */
export interface HeadingContent {
  readonly text: string;
  readonly start: number;
}

const ZONE_LINE = /\b(?:times?|timestamps?|zone|clock)\b/i;
const APPROXIMATE_LINE = /\b(?:times?|timestamps?)\b[^\n]{0,40}\bapprox/i;

/** The heading node of each section, by the offset where it starts. */
export function headingNodes(context: ModelContext): Map<number, Heading> {
  const headings = new Map<number, Heading>();
  for (const node of context.tree.children) if (node.type === 'heading') headings.set(startOffset(node), node);
  return headings;
}

export function headingContent(context: ModelContext, heading: Heading | undefined): HeadingContent | undefined {
  const first = heading?.children[0];
  const last = heading?.children[heading.children.length - 1];
  if (!first || !last) return undefined;
  const start = startOffset(first);
  return { text: context.text.slice(start, endOffset(last)), start };
}

/** Short paragraphs such as `All times in UTC.` that are not themselves entries. */
function zoneLine(
  context: ModelContext,
  paragraph: Paragraph,
): { zone: ZoneMention | undefined; approximate: boolean } {
  const start = startOffset(paragraph);
  const end = endOffset(paragraph);
  if (end - start > 300) return { zone: undefined, approximate: false };
  const text = context.text.slice(start, end);
  if (timestampAt(text)?.time) return { zone: undefined, approximate: false };
  const zone = ZONE_LINE.test(text) ? mentionAt(context, start, findZoneMention(text)) : undefined;
  return { zone, approximate: APPROXIMATE_LINE.test(text) };
}

/**
 * The scope of the timeline section at `index`, whose heading is `heading`, inside the timeline
 * section whose scope is `parent` (none for a group's outermost section).
 */
export function sectionScope(
  context: ModelContext,
  index: number,
  heading: HeadingContent | undefined,
  parent: SectionScope | undefined,
): SectionScope {
  const section = context.sections[index]!;
  const ownHeadingZone = heading ? mentionAt(context, heading.start, findZoneMention(heading.text)) : undefined;
  let lineZone: ZoneMention | undefined;
  let approximate = heading !== undefined && APPROXIMATE_LINE.test(heading.text);
  for (const node of section.nodes) {
    if (node.type !== 'paragraph') continue;
    const line = zoneLine(context, node);
    lineZone ??= line.zone;
    approximate ||= line.approximate;
  }
  return {
    group: parent?.group ?? index,
    headingZone: ownHeadingZone ?? parent?.headingZone,
    lineZone: lineZone ?? parent?.lineZone ?? (parent ? undefined : preambleZone(context)),
    approximate: approximate || (parent?.approximate ?? false),
    incidentDate: parent ? parent.incidentDate : incidentDate(context, section),
  };
}

/**
 * A zone line the document writes under its title, before its first section (`# Registry outage` over "All times are
 * PT."): it names the zone of every timeline that names none of its own.
 */
function preambleZone(context: ModelContext): ZoneMention | undefined {
  for (const node of context.tree.children) {
    if (node.type === 'heading' && node.depth > 1) return undefined;
    if (node.type !== 'paragraph') continue;
    const zone = zoneLine(context, node).zone;
    if (zone) return zone;
  }
  return undefined;
}

/** The front matter's `timezone`, else the configuration's. */
export function documentZone(context: ModelContext): DocumentZone | undefined {
  const field = context.frontMatter?.fields.find((candidate) => candidate.key === 'timezone');
  if (field && typeof field.value === 'string') {
    const read = readZone(field.value);
    const mention = { ...read, text: field.value, range: field.valueRange };
    if (read.zone || read.meanings.length > 0) return { mention, source: 'front-matter' };
  }
  const configured = context.config.timezone;
  const read = configured === undefined ? undefined : readZone(configured);
  if (!read?.zone || configured === undefined) return undefined;
  return { mention: { ...read, text: configured, range: undefined }, source: 'config' };
}

/**
 * The incident's date, for times written without one: the front matter's `date`, else a date in
 * the timeline's heading (`Timeline 7/5/2023`), else a date the document writes before the timeline (see
 * `writtenIncidentDate`).
 */
function incidentDate(context: ModelContext, timeline: Section): CalendarDate | undefined {
  return (
    frontMatterDate(context.frontMatter) ??
    findDate(timeline.title) ??
    writtenIncidentDate(context, timeline.headingRange.start.offset)
  );
}

/**
 * The incident's day as the whole document gives it, for dates written without a year (an action item's `due Sep
 * 30`): the front matter's `date`, else a date it writes (see `writtenIncidentDate`).
 */
export function documentIncidentDate(context: ModelContext): DatedDay | undefined {
  const date = frontMatterDate(context.frontMatter) ?? writtenIncidentDate(context, context.text.length);
  return date?.year === undefined ? undefined : { ...date, year: date.year };
}

/**
 * A date the document writes before `before` for the incident: a date label (`Date: 2015-03-21`), else the title's
 * date, else the one day its summary names, else the date on the first line of a document with no title heading.
 */
function writtenIncidentDate(context: ModelContext, before: number): CalendarDate | undefined {
  const fromLabel = labelledIncidentDate(context.tree.children, before);
  if (fromLabel) return fromLabel;
  const title = context.sections.find((section) => section.level === 1);
  const fromTitle = title && title.headingRange.start.offset < before ? findDate(title.title) : undefined;
  const line = title ? undefined : titleLine(context.tree, context.sections);
  const fromLine = line && endOffset(line) <= before ? findDate(plainText(line)) : undefined;
  return fromTitle ?? summaryDate(context.sections, before) ?? fromLine;
}

/**
 * The one day a summary before `before` names (`On March 12, 2024, checkout returned errors`): none when it names
 * two (`the change of March 10 broke checkout on March 12`), which could be either.
 */
function summaryDate(sections: readonly Section[], before: number): CalendarDate | undefined {
  const days = new Map<string, CalendarDate>();
  for (const section of sections) {
    if (section.ownKind !== 'summary' || section.range.start.offset >= before) continue;
    for (const node of section.nodes)
      if (node.type === 'paragraph' || node.type === 'list')
        for (const date of unambiguousFullDates(plainText(node))) days.set(formatDate(date), date);
  }
  return days.size === 1 ? [...days.values()][0] : undefined;
}
