// Whether an action item is done: a checked box, a marker such as `(done)` or ✅, struck-through
// text, a heading such as "Immediate actions (completed)", or wording that reports finished work.
import type { ActionItem } from '../model/types';
import type { ItemSource, Span } from './source';
import { statusLead } from '../vocabulary/statusLeads';
import {
  ALREADY,
  ALREADY_STATES,
  alternation,
  CLOSED_WORDS,
  DONE_LEADS,
  DONE_WORDS,
  hintOf,
  type ItemWords,
  OPEN_LEADS,
  OPEN_WORDS,
  PROPOSAL_LEADS,
  STATUS_LABELS,
  UNBRACKETED_STATUS,
} from './words';

export type ItemStatus = ActionItem['status'];

interface Marker {
  readonly pattern: RegExp;
  readonly status: ItemStatus;
  /** Whether the marker is markup to leave out of the item's text. */
  readonly strip: boolean;
}

const DONE = alternation([DONE_WORDS]);
const CLOSED = alternation([CLOSED_WORDS]);
const OPEN = alternation([OPEN_WORDS]);
const LABEL = alternation([STATUS_LABELS]);
/** Words that count only in capitals (`DONE`, `TODO`). */
const upper = (entry: ItemWords): string =>
  alternation([{ ...entry, words: entry.words.map((word) => word.toUpperCase()) }]);

/**
 * After a bracketed status, why, in the same brackets: `(dropped: it would block the nightly job)`, `(done - see #12)`;
 * not a word that goes on (`(open-source)`).
 */
const REASON = '(?:(?:\\s*[:;,\u2013\u2014]|\\s+-\\s)[^()[\\]]{0,200})?';

/**
 * Before a status that closes a bracket of the item's fields, after a comma: `(API team, done)`, `(@ann, in
 * progress)`, `(Infra, PAY-12, won't do)`; the fields before it stay.
 */
const LAST_FIELD = '(?<=[([][^()[\\]\\n]{1,60}),\\s*';
const FIELDS_END = '\\s*(?=[)\\]])';

/** A status set off by a spaced dash as the item's last field: "Move the account - Rahul - done", "— in progress". */
const TRAILING_FIELD = '(?<=\\s)(?:-|\u2013|\u2014)\\s+';
const ITEM_END = '\\s*[.!]?\\s*$';

/** Ticks that say done. */
const TICKS = '\u2705\u2714\u2611\u2713';

/** A status in brackets, why after it in the same brackets: `(done)`, `(in progress: waiting on the vendor)`. */
const bracketed = (statuses: string): string => `[([](?:${statuses})${REASON}[)\\]]`;

const DONE_LEAD = statusLead(DONE_LEADS.words);
const PROPOSAL_LEAD = statusLead(PROPOSAL_LEADS.words);

const MARKERS: readonly Marker[] = [
  { pattern: new RegExp(`[${TICKS}]\uFE0F?`, 'g'), status: 'done', strip: true },
  { pattern: new RegExp(bracketed(`${DONE}|${CLOSED}`), 'gi'), status: 'done', strip: true },
  { pattern: new RegExp(`${LAST_FIELD}(?:${DONE}|${CLOSED})${FIELDS_END}`, 'gi'), status: 'done', strip: true },
  { pattern: new RegExp(`${TRAILING_FIELD}(?:${DONE}|${CLOSED})${ITEM_END}`, 'gi'), status: 'done', strip: true },
  {
    pattern: new RegExp(`\\b(?:${LABEL})\\s*[:=]\\s*(?:${DONE}|${CLOSED})\\b`, 'gi'),
    status: 'done',
    strip: true,
  },
  { pattern: new RegExp(`(?<![\\w-])(?:${upper(DONE_LEADS)})(?![\\w-])`, 'g'), status: 'done', strip: true },
  { pattern: DONE_LEAD, status: 'done', strip: true },
  // `We add an alert on the error rate. Done.`: a sentence of its own that closes the item.
  {
    pattern: new RegExp(`(?<=[.!;]\\s+)(?:${alternation([DONE_LEADS])})[.!]?\\s*$`, 'gi'),
    status: 'done',
    strip: true,
  },
  {
    pattern: new RegExp(`\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:${CLOSED})\\b`, 'gi'),
    status: 'done',
    strip: false,
  },
  {
    pattern: new RegExp(
      `\\b(?:${alternation([ALREADY])})\\s+(?:been\\s+)?(?:${alternation([DONE_WORDS, ALREADY_STATES])})\\b`,
      'gi',
    ),
    status: 'done',
    strip: false,
  },
  { pattern: new RegExp(bracketed(OPEN), 'gi'), status: 'open', strip: true },
  { pattern: new RegExp(`${LAST_FIELD}(?:${OPEN})${FIELDS_END}`, 'gi'), status: 'open', strip: true },
  { pattern: new RegExp(`${TRAILING_FIELD}(?:${OPEN})${ITEM_END}`, 'gi'), status: 'open', strip: true },
  { pattern: new RegExp(`\\b(?:${LABEL})\\s*[:=]\\s*(?:${OPEN})\\b`, 'gi'), status: 'open', strip: true },
  { pattern: new RegExp(`(?<![\\w-])(?:${upper(OPEN_LEADS)})(?![\\w-])\\s*:?`, 'g'), status: 'open', strip: true },
  { pattern: PROPOSAL_LEAD, status: 'open', strip: true },
];

const TRAILING_STATUS = new RegExp(`\\s${TRAILING_FIELD}(?:${DONE}|${CLOSED}|${OPEN})${ITEM_END}`, 'i');

/** Where a status set off as the item's last field starts ("Move the account - Rahul - done"), if it has one. */
export function trailingStatusStart(text: string): number | undefined {
  return TRAILING_STATUS.exec(text)?.index;
}

export interface StatusMatch {
  readonly status: ItemStatus | undefined;
  readonly removals: readonly Span[];
}

/**
 * Text without one of these holds no marker: a tick or a bracket, a word the markers outside brackets need, or a
 * dash before a last field.
 */
const BRACKET_OR_TICK = new RegExp(`[${TICKS}([]|\\s[-\u2013\u2014]\\s`);
const TICK = new RegExp(`[${TICKS}]`);
const MARKER_WORD = hintOf(UNBRACKETED_STATUS);

/** The status an item's own markers state; the first marker decides, every marker is stripped. */
export function statusMarkers(source: ItemSource): StatusMatch {
  let status: ItemStatus | undefined;
  let first = Infinity;
  const removals: Span[] = [];
  const markers = BRACKET_OR_TICK.test(source.visible) || MARKER_WORD.test(source.visible) ? MARKERS : [];
  for (const marker of markers) {
    for (const match of source.visible.matchAll(marker.pattern)) {
      if (match.index < first) {
        first = match.index;
        status = marker.status;
      }
      if (marker.strip)
        removals.push({ start: source.start + match.index, end: source.start + match.index + match[0].length });
    }
  }
  if (status === undefined && isStruckThrough(source)) status = 'done';
  return { status, removals };
}

/**
 * Whether the item is struck through: nearly all of it (`~~Rotate the keys~~ (see #12)`), or most of it with a word
 * of completion beside it (`~~Rotate the EU edge keys~~ done on Sep 4`).
 */
function isStruckThrough(source: ItemSource): boolean {
  const written = source.prose.replace(/\s+/g, '').length;
  if (source.struck === 0) return false;
  return source.struck >= written * 0.8 || (source.struck >= written * 0.4 && statusWord(source.prose) === 'done');
}

const BRACKETED_STATUS = new RegExp(`[${TICKS}]|${bracketed(`${DONE}|${CLOSED}|${OPEN}`)}`, 'i');

/** Whether the text carries a tick or a status in brackets: `More monitor nodes (currently being worked on)`. */
export function hasBracketedStatus(text: string): boolean {
  return BRACKETED_STATUS.test(text);
}

const OPEN_WORD = new RegExp(`\\b(?:${OPEN}|not\\s+done|no)\\b`);
const DONE_WORD = new RegExp(`\\b(?:${DONE}|${CLOSED}|yes)\\b`);

/** A cell or heading word: `Done`, `Closed`, `In progress`, `✅`. */
export function statusWord(text: string): ItemStatus | undefined {
  const lower = text.toLowerCase();
  const open = OPEN_WORD.test(lower);
  const done = DONE_WORD.test(lower) || TICK.test(text);
  if (open && !done) return 'open';
  if (done && !open) return 'done';
  return undefined;
}

const OPEN_HEADING = new RegExp(
  String.raw`\b(?:planned|in[- ]progress|open|pending|todo|to do|not started|ongoing` +
    String.raw`|upcoming|proposed|backlog|next steps)\b`,
);
/**
 * "Completed", "Actions taken" mark work done; "What could be done to avoid this", "What is being done to prevent ...":
 * work still to do.
 */
const DONE_HEADING = new RegExp(
  String.raw`\b(?<!\b(?:be|being) )(?:completed?|done|finished|closed|shipped|already (?:done|implemented)` +
    String.raw`|(?:actions?|steps|measures|changes) (?:taken|implemented))\b`,
);

/** "Immediate actions (completed)", "Done" make items under them done; "Planned" makes them open; both say nothing. */
export function headingStatus(title: string): ItemStatus | undefined {
  const lower = title.toLowerCase();
  const open = OPEN_HEADING.test(lower);
  const done = DONE_HEADING.test(lower);
  if (open && !done) return 'open';
  if (done && !open) return 'done';
  return undefined;
}

/**
 * Past tense with a determiner after the verb is a report ("Reverted the change"); "Improved runbooks" and "Made a
 * plan to shed load" are plans.
 */
const REPORTED_VERB = new RegExp(
  String.raw`^(?:(?:reverted|sent|made|built|wrote|took|ran|gave|held|did|\w+ed)\s+(?:the|a` +
    String.raw`|an|all|our|its|their|this|that|these|those|some|every|each|both|\d)\b|(?:sent` +
    String.raw`|made|built|wrote|took|ran|gave|held|did)\s)`,
  'i',
);
const NOT_A_REPORT = new RegExp(
  '^(?:planned|proposed|suggested|recommended|scheduled|need|needed|required' +
    '|related|based|started|decided|agreed|wanted|intended|hoped|expected|considered' +
    // "We used the same token across services": how things were done, not a change made.
    '|used|relied|depended|assumed|trusted|believed' +
    String.raw`|discussed|made\s+(?:a\s+)?plans?\s+(?:to|for))\b`,
  'i',
);
const WE_DID = new RegExp(
  String.raw`^(?:we|i)(?:['\u2019]ve\s+|\s+(?:have\s+|had\s+)?)(?:(?:also|already|now|recently|since` +
    String.raw`|for\s+\w+\s+\w+)\s+){0,3}(\w+ed|sent|made|built|wrote|took|ran|gave|held|did` +
    String.raw`|set\s+up|rolled\s+out)\b`,
  'i',
);

/**
 * "The issue was fixed in PR #1616", "Immediate corrective action was taken to remove ...", "The relay has been
 * patched to ...": work done to a thing, told in the passive in the first clause, a few words into it.
 */
const PASSIVE_DONE = new RegExp(
  String.raw`^(?:[\w\`'#./-]+[ \t]+){1,8}?(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+` +
    String.raw`(?:(?:also|already|now|then|swiftly|promptly|immediately)[ \t]+)?` +
    String.raw`(?:\w+ed|taken|made|built|done|put|set[ \t]+up|carried[ \t]+out|rolled[ \t]+out)\b`,
  'i',
);

/**
 * "Since then, we've added ...", "As a direct result of this incident, I've bumped ...": an opener that dates the
 * report after the incident, not part of it.
 */
export const DONE_OPENER =
  String.raw`(?:since\s+(?:then|the\s+incident)` +
  String.raw`|as\s+a\s+(?:direct\s+)?result\s+of\s+(?:this|the)\s+(?:incident|outage))`;
const SINCE_OPENER = new RegExp(String.raw`^${DONE_OPENER},?\s+`, 'i');

/** "..., and will avoid creating one in the future": work promised beside the work reported, still to do. */
const PROMISED_TOO = /\b(?:and|but)\s+(?:(?:we|i)\s+)?(?:will|shall)\s+(?!be\b)[a-z]/i;

/**
 * Whether an item's wording reports work already done ("We enabled ...", "Reverted the change"), and promises none
 * beside it ("I have revoked the token, and will avoid creating one").
 */
export function reportsDoneWork(text: string): boolean {
  const start = text.trimStart().replace(SINCE_OPENER, '').slice(0, 200);
  if (PROMISED_TOO.test(start)) return false;
  const we = WE_DID.exec(start);
  // "We made a plan to ...": the verb and what follows it.
  if (we) return !NOT_A_REPORT.test(start.slice(we[0].length - we[1]!.length));
  if (reportsDoneToThing(start)) return true;
  return REPORTED_VERB.test(start) && !NOT_A_REPORT.test(start);
}

/** Whether a sentence reports work done to a thing, in the passive ("The issue was fixed in PR #1616"). */
function reportsDoneToThing(text: string): boolean {
  const passive = PASSIVE_DONE.exec(text.trimStart().slice(0, 200));
  return passive !== null && !NOT_A_REPORT.test(passive[0].slice(passive[0].search(/\S+$/)));
}

/** A past tense first, not a plan's ("added Dart team members", "fixed by adding"; not "planned", "based on"). */
const PAST_FIRST = /^(?:\w+ed|sent|made|built|wrote|took|ran|gave|held|did|set\s+up)\b/i;

/** Whether a short remark on an item reports it done in the past tense, with or without an object after the verb. */
export function remarksDone(remark: string): boolean {
  const text = remark.trimStart();
  return PAST_FIRST.test(text) && !NOT_A_REPORT.test(text);
}
