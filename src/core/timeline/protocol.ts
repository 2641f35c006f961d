// The messages between the timeline editor's webview and the extension host. Both sides import
// this module; the host checks every message it receives with `readWebviewMessage` before use.
import { MILESTONES, type Milestone, type Severity } from '../vocabulary/terms';

/** How the webview shows instants: in the document's own zone, in UTC, or in the viewer's zone. */
export type ZoneMode = 'document' | 'utc' | 'local';

/** A finding about one entry, worded as the diagnostic is. */
export interface EntryProblem {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface TimelineRow {
  /** Stable across document versions while the entry's own text is unchanged. */
  readonly id: string;
  /** 0-based line of the entry's start. */
  readonly line: number;
  readonly style: 'list' | 'table' | 'heading' | 'line';
  /** The time as written. */
  readonly timeText: string;
  readonly description: string;
  /** Milliseconds since the epoch, or null when the time does not resolve. */
  readonly instant: number | null;
  /** Why `instant` is null (`no date for this time`), the reasons none of the row's problems says; else null. */
  readonly unresolvedBecause: string | null;
  /** The zone the time was read in (`UTC`, `America/Los_Angeles`, `+02:00`), or null. */
  readonly zone: string | null;
  readonly approximate: boolean;
  readonly milestone: Milestone | null;
  readonly problems: readonly EntryProblem[];
  /** Written in block HTML: shown read-only, so that the markup stays as written. */
  readonly writtenInHtml?: true;
}

/** A long quiet stretch between two consecutive resolved entries. */
export interface TimelineGap {
  readonly afterId: string;
  readonly beforeId: string;
  readonly ms: number;
}

export interface TimelineViewModel {
  /** The document version this view shows; intents name it. */
  readonly version: number;
  readonly title: string;
  readonly hasSection: boolean;
  /** The zone the document's times are written in (IANA name, `UTC` or an offset such as `+02:00`), or null. */
  readonly documentZone: string | null;
  /** That zone as the document writes it (`PST`, `Europe/Berlin`), or null. */
  readonly documentZoneText: string | null;
  readonly rows: readonly TimelineRow[];
  /** The timeline rules' findings on no one entry (a timeline with no zone), worded as the diagnostics are. */
  readonly sectionProblems: readonly EntryProblem[];
  readonly metrics: {
    readonly timeToDetect: number | null;
    readonly timeToMitigate: number | null;
    readonly timeToResolve: number | null;
    /** Why the metrics that are null are not known (`no entry is marked [started]`), each reason once. */
    readonly unknownBecause: readonly string[];
  };
  readonly gaps: readonly TimelineGap[];
}

/** An entry to write. `time: null` means now, in the document's zone and time format. */
export interface NewEntry {
  readonly time: string | null;
  readonly description: string;
  readonly milestone: Milestone | null;
}

/** Changes to the timeline section, keyed by entry ids of the view at `version`. */
export type TimelineIntent =
  | {
      readonly type: 'edit';
      readonly version: number;
      readonly id: string;
      readonly time?: string;
      readonly description?: string;
      readonly milestone?: Milestone | null;
    }
  | { readonly type: 'add'; readonly version: number; readonly afterId: string | null; readonly entry: NewEntry }
  | { readonly type: 'delete'; readonly version: number; readonly id: string }
  | { readonly type: 'sort'; readonly version: number }
  | {
      readonly type: 'import';
      readonly version: number;
      readonly afterId: string | null;
      readonly entries: readonly NewEntry[];
    }
  | { readonly type: 'createSection'; readonly version: number };

/** Everything the webview may send. */
export type WebviewMessage =
  | TimelineIntent
  | { readonly type: 'ready' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Show the entry's line in the text editor. */
  | { readonly type: 'reveal'; readonly id: string };

/** Everything the host sends. */
export type HostMessage =
  | { readonly type: 'state'; readonly view: TimelineViewModel }
  /** An intent that could not be applied (its entry changed meanwhile, say); nothing was changed. */
  | { readonly type: 'refused'; readonly reason: string };

const MAX_TEXT = 10_000;
const MAX_ENTRIES = 5_000;

type Reader<T> = (value: unknown, path: string) => T;

class InvalidMessage extends Error {}

const fail = (path: string, expected: string): never => {
  throw new InvalidMessage(`${path} must be ${expected}`);
};

const text: Reader<string> = (value, path) =>
  typeof value === 'string' && value.length <= MAX_TEXT
    ? value
    : fail(path, `a string of at most ${MAX_TEXT} characters`);

const version: Reader<number> = (value, path) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : fail(path, 'a version number');

const milestone: Reader<Milestone | null> = (value, path) =>
  value === null || MILESTONES.includes(value as Milestone)
    ? (value as Milestone | null)
    : fail(path, `null or one of ${MILESTONES.join(', ')}`);

const optional =
  <T>(read: Reader<T>): Reader<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : read(value, path);

const nullable =
  <T>(read: Reader<T>): Reader<T | null> =>
  (value, path) =>
    value === null ? null : read(value, path);

function record(value: unknown, path: string): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(path, 'an object');
}

function newEntry(value: unknown, path: string): NewEntry {
  const entry = record(value, path);
  return {
    time: nullable(text)(entry['time'], `${path}.time`),
    description: text(entry['description'], `${path}.description`),
    milestone: milestone(entry['milestone'], `${path}.milestone`),
  };
}

function entries(value: unknown, path: string): NewEntry[] {
  if (!Array.isArray(value) || value.length > MAX_ENTRIES)
    return fail(path, `an array of at most ${MAX_ENTRIES} entries`);
  return value.map((entry, index) => newEntry(entry, `${path}[${index}]`));
}

function read(value: unknown): WebviewMessage {
  const message = record(value, 'message');
  switch (message['type']) {
    case 'ready':
    case 'undo':
    case 'redo':
      return { type: message['type'] };
    case 'reveal':
      return { type: 'reveal', id: text(message['id'], 'id') };
    case 'edit': {
      const edit = {
        type: 'edit' as const,
        version: version(message['version'], 'version'),
        id: text(message['id'], 'id'),
        time: optional(text)(message['time'], 'time'),
        description: optional(text)(message['description'], 'description'),
        milestone: message['milestone'] === undefined ? undefined : milestone(message['milestone'], 'milestone'),
      };
      if (edit.time === undefined && edit.description === undefined && edit.milestone === undefined)
        fail('edit', 'a change of time, description or milestone');
      return edit;
    }
    case 'add':
      return {
        type: 'add',
        version: version(message['version'], 'version'),
        afterId: nullable(text)(message['afterId'], 'afterId'),
        entry: newEntry(message['entry'], 'entry'),
      };
    case 'delete':
      return { type: 'delete', version: version(message['version'], 'version'), id: text(message['id'], 'id') };
    case 'sort':
    case 'createSection':
      return { type: message['type'], version: version(message['version'], 'version') };
    case 'import':
      return {
        type: 'import',
        version: version(message['version'], 'version'),
        afterId: nullable(text)(message['afterId'], 'afterId'),
        entries: entries(message['entries'], 'entries'),
      };
    default:
      return fail('type', 'one of ready, undo, redo, reveal, edit, add, delete, sort, import, createSection');
  }
}

/** The message if it is one the protocol knows, well formed; otherwise why not. */
export function readWebviewMessage(
  value: unknown,
): { readonly message: WebviewMessage } | { readonly invalid: string } {
  try {
    return { message: read(value) };
  } catch (error) {
    if (error instanceof InvalidMessage) return { invalid: error.message };
    throw error;
  }
}
