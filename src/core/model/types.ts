// The postmortem model: what the tool understands in a document, every element with its range.
import type { Root, RootContent } from 'mdast';
import type { Milestone, SectionKind } from '../vocabulary/terms';
import type { MarkdownCache } from './markdown';

/** A place in the document: 0-based line and UTF-16 character, and the 0-based offset in the text. */
export interface Position {
  readonly line: number;
  readonly character: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A replacement of the text between two offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /**
   * The part of `newText` (offsets into it) a person types over next, such as an owner
   * placeholder: an editor applying the edit at a person's request selects it.
   */
  readonly placeholder?: { readonly start: number; readonly end: number };
}

export interface Section {
  /** The heading's text, without markers, emphasis or trailing hashes. */
  readonly title: string;
  /** 1 to 6; setext headings are 1 (`===`) or 2 (`---`). */
  readonly level: number;
  /** The kind the heading's own text names, or `other`. */
  readonly ownKind: SectionKind;
  /** `ownKind`, or the enclosing section's kind when the heading names none (`### Immediate` under Remediation). */
  readonly kind: SectionKind;
  /**
   * Other kinds the heading names beside `ownKind`, one per part ("Root cause and remediation" is also action items,
   * "Response, Cause, Prevention" also a root cause and action items): the section meets their requirements too.
   */
  readonly alsoKinds?: readonly SectionKind[];
  readonly headingRange: Range;
  /** From the heading to the end of the section, subsections included. */
  readonly range: Range;
  /** Top-level nodes between this heading and the next heading of any level. */
  readonly nodes: readonly RootContent[];
  /** No text in the section nor in its subsections. */
  readonly empty: boolean;
  /** Index of the enclosing section in `PostmortemDocument.sections`, if any. */
  readonly parent: number | undefined;
}

export interface FrontMatterField {
  readonly key: string;
  readonly value: unknown;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** A list's items, each with its own range: `[a, b]` or `- a` lines. */
  readonly items?: readonly { readonly value: unknown; readonly range: Range }[];
}

export interface FrontMatter {
  /** The whole block, fences included. */
  readonly range: Range;
  /** The parsed mapping, or undefined when the YAML is invalid or not a mapping. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly fields: readonly FrontMatterField[];
  readonly errors: readonly { readonly message: string; readonly range: Range }[];
}

export interface TimelineEntry {
  /** Stable within a document version: `t<index>`. */
  readonly id: string;
  /** The whole entry: the list item, table row, heading or line. */
  readonly range: Range;
  readonly style: 'list' | 'table' | 'heading' | 'line';
  /** The time as written, such as `14:32 UTC` or `Sep 27 2017 13:06`. */
  readonly timeText: string;
  readonly timeRange: Range;
  /** The entry's text without its time. */
  readonly description: string;
  /**
   * The day the entry is on, `YYYY-MM-DD` (`MM-DD` when no year is known): its own date, else that of
   * the date line or entry before it, else the incident's; undefined when no date is in scope. A
   * bullet with no time under a date line has this day and no time (`timeText` is empty).
   */
  readonly day: string | undefined;
  /** The resolved instant, milliseconds since the epoch, UTC; undefined with `error` saying why. */
  readonly instant: number | undefined;
  /**
   * The date and time as written, read as if in UTC: for ordering entries that have no zone. A time
   * with no date in scope is placed on 2000-01-01 (plus the days it rolled over), so it still orders.
   */
  readonly wallClock: number | undefined;
  /** The zone the time was read in (`UTC`, `America/Los_Angeles`, `+02:00`), if any. */
  readonly zone: string | undefined;
  readonly zoneSource: 'entry' | 'section' | 'line' | 'front-matter' | 'column' | 'config' | undefined;
  /**
   * The zone as written (`PST`, `GMT+2`, `Europe/Berlin`) and where: in the entry, a heading, a line or a column
   * header.
   */
  readonly zoneText?: string;
  readonly zoneRange?: Range;
  /** Why the time could not be resolved to an instant, in words a person reads. */
  readonly error: string | undefined;
  /** Why the time is impossible (`13:06 PM`, `25:00`), as opposed to merely unresolved. */
  readonly invalid: string | undefined;
  readonly approximate: boolean;
  /** True when the entry's date was carried over midnight from the previous entry. */
  readonly rolledOver: boolean;
  /**
   * Why the time cannot be read surely, when it cannot: a wall time that a clock change skipped or
   * repeated, an end that reads as an offset and as a range, a zone unknown or ambiguous. With an
   * instant, the message says which was taken; without, `error` says why none.
   */
  readonly doubt?: TimeDoubt;
  readonly milestone: Milestone | undefined;
  /** A bullet or table row with no time among timed ones: it cannot be placed (`timeText` is empty). */
  readonly missingTime?: true;
  /** Written in block HTML: the timeline editor shows the entry read-only, so that the markup stays as written. */
  readonly writtenInHtml?: true;
}

export interface TimeDoubt {
  readonly kind:
    | 'nonexistent-time'
    | 'repeated-time'
    | 'offset-or-range'
    | 'unknown-zone'
    | 'ambiguous-zone'
    | 'zone-or-word'
    | 'ambiguous-date';
  readonly message: string;
  /** Where the doubtful part is written: the zone, or the time. */
  readonly range: Range;
}

export interface Metrics {
  /** Milliseconds from started to detected, or undefined. */
  readonly timeToDetect: number | undefined;
  readonly timeToMitigate: number | undefined;
  readonly timeToResolve: number | undefined;
}

export interface ActionItem {
  /** The whole item: the list item, table row, paragraph, or heading with the paragraphs under it. */
  readonly range: Range;
  readonly style: 'table' | 'task' | 'bullet' | 'paragraph' | 'heading';
  /** The item's text as plain text, without its owner, due and status markup where separable. */
  readonly text: string;
  /** Owners as written: `@alice`, `Alice Smith`, `Team Identity`; empty when nobody owns it. */
  readonly owners: readonly string[];
  readonly ownerSource: 'mention' | 'label' | 'column' | 'group' | 'subject' | undefined;
  /** Where an owner was written, or where a placeholder owner would go. */
  readonly ownerRange: Range | undefined;
  /** Offset at which a quick fix inserts ` Owner: @TBD`-style text (or the empty Owner cell). */
  readonly ownerInsertOffset: number;
  /** True when the item has an Owner cell or label that holds a non-owner (`TBD`, `?`, `n/a`). */
  readonly ownerPlaceholder: boolean;
  /**
   * Where the status is written: a task's box (`[ ]`), or the Status cell of a table row (its text, or its inside when
   * empty).
   */
  readonly statusRange: Range | undefined;
  /**
   * The offset just after the item's own words (its paragraphs, its text cell), where a marker such as ` (done)` goes.
   */
  readonly textEndOffset: number;
  /** YYYY-MM-DD. */
  readonly due: string | undefined;
  /**
   * A due date written without a year (`Nov 15`, `by Friday`, `end of the quarter`) in a postmortem whose front matter
   * gives no `date` to read it by, as written; `due` is then undefined.
   */
  readonly yearlessDue: string | undefined;
  readonly priority: string | undefined;
  readonly type: string | undefined;
  readonly status: 'open' | 'done';
  /** Its own words mark it done (`(done)`, a tick) while its box or Status cell says open. */
  readonly markedDone?: boolean;
  /** Issue and pull-request references and URLs: `#123`, `repo#45`, `https://...`. */
  readonly links: readonly string[];
}

/** A paragraph or list item of a root-cause or trigger section. */
export interface Statement {
  readonly range: Range;
  readonly text: string;
  readonly sectionKind: SectionKind;
}

/**
 * A block of the author's own prose (a paragraph, a heading, a table cell) as `masked`, a string
 * of the same length as the source slice in which everything that is not the author's words
 * (code, URLs, HTML, quoted text, Markdown markers) is replaced by spaces, so that an index in
 * `masked` plus `start` is the document offset.
 */
export interface ProseBlock {
  /** The block's document offsets. */
  readonly start: number;
  readonly end: number;
  readonly masked: string;
  /** Index of the section holding the block, if any. */
  readonly section: number | undefined;
}

interface ParseProblem {
  readonly message: string;
  readonly range: Range;
}

/** People a document names where nothing else says so: beside their role, or as the speakers of its chat lines. */
export interface NamedPeople {
  /** "Our support lead, Dana, escalated": see `namesInApposition`. */
  readonly besideRoles: readonly string[];
  /** Handles that speak in the timeline, "21:12 — kira: reverting now": see `chatSpeakers`. */
  readonly speakers: readonly string[];
}

export interface PostmortemDocument {
  readonly text: string;
  readonly frontMatter: FrontMatter | undefined;
  readonly sections: readonly Section[];
  readonly timeline: readonly TimelineEntry[];
  readonly actionItems: readonly ActionItem[];
  readonly rootCauses: readonly Statement[];
  readonly prose: readonly ProseBlock[];
  readonly metrics: Metrics;
  /** People the text names as such, read once for the owners and the blame rules (see `NamedPeople`). */
  readonly namedPeople: NamedPeople;
  /** Problems that stopped the analysis of a part of the document (too large, too deep). */
  readonly problems: readonly ParseProblem[];
  /** The Markdown tree, positions absolute in `text`. */
  readonly tree: Root;
  /** The cache kept from the document's previous version, if any: the rules keep in it what they read from blocks. */
  readonly cache?: MarkdownCache;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
  /** Offset of the start of a 0-based line (the text's length past the last line). */
  lineStart(line: number): number;
}
