// Priority and type tags: `**HIGH**`, `P1`, `[P2]`, `priority: high`, `Type: prevent`, `[mitigate]`.
import type { ItemSource, Span } from './source';
import { alternation, hintOf, LABELLED_LEVELS, PRIORITY_LABELS, PRIORITY_NUMBERS, SHOUTED_LEVELS } from './words';

export interface TagMatch {
  readonly value: string;
  readonly span: Span;
}

const LEVELS = alternation([SHOUTED_LEVELS, LABELLED_LEVELS]);
const PRIORITY = alternation([PRIORITY_LABELS]);
const PRIORITY_PATTERNS: readonly RegExp[] = [
  /(?<![\w-])P([0-4])(?![\w-])/g,
  /[[(]p([0-4])[\])]/gi,
  new RegExp(`\\b(?:${PRIORITY})\\s*[:=]?\\s*(p[0-4]|${LEVELS})\\b`, 'gi'),
  new RegExp(`\\b(${LEVELS})[- ](?:${PRIORITY})\\b`, 'gi'),
  new RegExp(`[[(](${LEVELS})[\\])]`, 'gi'),
];
/** An upper-case level counts only in bold or at the start: `**HIGH**`, `HIGH: ...`. */
const SHOUTED_LEVEL = new RegExp(`(?<![\\w-])(${alternation([SHOUTED_LEVELS]).toUpperCase()})(?![\\w-])`, 'g');

const LEVEL = new RegExp(`^(?:${LEVELS})$`, 'i');
const EMBEDDED_LEVEL = new RegExp(`\\b(?:${LEVELS})\\b`, 'i');

/** `P1` stays `P1`; words are lower-cased: `high`. */
export function normalizePriority(raw: string): string | undefined {
  const value = raw
    .trim()
    .replace(/^[[(*_]+|[\])*_:]+$/g, '')
    .trim();
  if (/^p[0-4]$/i.test(value)) return value.toUpperCase();
  if (LEVEL.test(value)) return value.toLowerCase();
  const embedded = /\bp[0-4]\b/i.exec(value) ?? EMBEDDED_LEVEL.exec(value);
  return embedded ? normalizePriority(embedded[0]) : value.length > 0 && value.length <= 20 ? value : undefined;
}

/** Every priority pattern matches one of these words. */
const PRIORITY_HINT = hintOf([PRIORITY_LABELS, PRIORITY_NUMBERS, SHOUTED_LEVELS, LABELLED_LEVELS]);

export function findPriority(source: ItemSource): TagMatch | undefined {
  if (!PRIORITY_HINT.test(source.prose)) return undefined;
  let best: TagMatch | undefined;
  const consider = (value: string, start: number, end: number): void => {
    if (!best || start < best.span.start - source.start) {
      best = {
        value: normalizePriority(value) ?? value,
        span: { start: source.start + start, end: source.start + end },
      };
    }
  };
  for (const pattern of PRIORITY_PATTERNS) {
    for (const match of source.prose.matchAll(pattern))
      consider(/^\d$/.test(match[1]!) ? `P${match[1]}` : match[1]!, match.index, match.index + match[0].length);
  }
  const firstWord = source.prose.search(/\S/);
  for (const match of source.prose.matchAll(SHOUTED_LEVEL)) {
    const at = source.start + match.index;
    const inBold = source.strong.some((span) => span.start <= at && at < span.end);
    if (inBold || match.index === firstWord) consider(match[1]!, match.index, match.index + match[0].length);
  }
  return best;
}

const TYPES =
  'prevent(?:ion|ive)?|preventative|mitigat(?:e|ion)|detect(?:ion)?|process|repair|' +
  'investigat(?:e|ion)|corrective|follow-?up';
const TAG_VALUE = new RegExp(`^(?:p[0-4]|${LEVELS}|${TYPES})$`, 'i');

/** Whether a term is a priority or a type as items are tagged with them: `P0`, `High`, `Mitigate`. */
export function isTagValue(term: string): boolean {
  return TAG_VALUE.test(term);
}
const TYPE_LABEL = /\btype\s*[:=]\s*([A-Za-z][\w-]{0,30})/gi;
const TYPE_TAG = new RegExp(`\\[(${TYPES})\\]`, 'gi');

export function findType(source: ItemSource): TagMatch | undefined {
  // A type label ends in `:` or `=`, a tag is in brackets.
  if (!/[:=[]/.test(source.prose)) return undefined;
  const match = TYPE_LABEL.exec(source.prose) ?? TYPE_TAG.exec(source.prose);
  TYPE_LABEL.lastIndex = 0;
  TYPE_TAG.lastIndex = 0;
  if (!match) return undefined;
  return {
    value: match[1]!.toLowerCase(),
    span: { start: source.start + match.index, end: source.start + match.index + match[0].length },
  };
}
