// Commitments in prose: sentences such as "We will add a manual override to the health checks" or
// "The IPS team is continuing to improve the response process", as opposed to narrative.
import { openerEnd } from '../language/commitment';
import type { Token } from '../language/tokens';
import { readItemSentences, type Sentence } from './sentences';

const WILL_ACT =
  /\b(?:will|shall|'ll|\u2019ll)\s+(?!be\b|not\b|never\b)(?:also\s+|now\s+|then\s+|continue\s+to\s+)?[a-z]/i;
const WILL_BE_ACTED = new RegExp(
  String.raw`\bwill\s+(?:also\s+)?be\s+(?:\w+ed|\w+en|built|made|done|set|run|held|taught` +
    String.raw`|kept|put|sent|shown|written|taken|\w+ing)\b`,
  'i',
);
const GOING_TO = new RegExp(
  String.raw`\b(?:am|is|are|'re|\u2019re)\s+(?:also\s+|now\s+)?(?:going|planning|working` +
    String.raw`|continuing)\s+(?:to|on)\b|\b(?:plans?|planning|intends?|intending)\s+to\b` +
    String.raw`|\bcontinu(?:e|es|ing)\s+to\b`,
  'i',
);
const WE_OUGHT = /\bwe\s+(?:should|must|need\s+to|have\s+to|want\s+to|would\s+like\s+to)\b|\bneeds\s+to\b/i;
const IDEAL = /\bideal(?:ly)?\b/i;
const WOULD = /\bwould\b/i;
const FORWARD = /\b(?:going|moving)\s+forward\b|\bfrom\s+now\s+on\b|\bin\s+(?:the\s+)?future\b/i;
const WE_COMMIT = new RegExp(
  String.raw`\bwe\s*(?:'ll|\u2019ll|\s+will|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to` +
    String.raw`|\u2019re\s+going\s+to|\s+plan\s+to|\s+intend\s+to|\s+are\s+planning\s+to` +
    String.raw`|\s+are\s+working\s+(?:on|to))\b`,
  'i',
);

/** "This will prevent ...": what a change will do, not a new commitment. */
const EFFECT = /^(?:this|that|it|these|those|which|doing\s+so|this\s+change|this\s+fix|the\s+change|the\s+fix)\b/i;
/** "We'll be making several changes": an announcement of the items, not an item. */
const ANNOUNCEMENT = new RegExp(
  String.raw`\b(?:several|some|a\s+few|a\s+number\s+of|a\s+couple\s+of|the\s+following|these` +
    String.raw`|various|multiple)\s+(?:changes|improvements|steps|actions|measures|things` +
    String.raw`|items|fixes)\b`,
  'i',
);

/** "To prevent similar issues in the future, we've made a few changes:": what the list after it holds. */
const PREVENTION = /\bto\s+(?:prevent|avoid)\b|\b(?:going|moving)\s+forward\b|\bin\s+(?:the\s+)?future\b/i;

/** Whether a paragraph ending in a colon announces the changes listed after it. */
export function announcesItems(text: string): boolean {
  return text.trimEnd().endsWith(':') && (ANNOUNCEMENT.test(text) || PREVENTION.test(text));
}

/** "We will continue to take security seriously": a stance, not an action. */
const STANCE = new RegExp(
  String.raw`\bseriously\b|\b(?:do|try)\s+our\s+(?:very\s+)?best\b|\bstrive\b|\b(?:remain` +
    String.raw`|stay|are|is)\s+committed\b|\bcare\s+(?:deeply\s+)?about\b|\bapologi[sz]e\b`,
  'i',
);

/** A strict commitment (see `isCommitment`) holds one of these: text without any holds none. */
const STRICT_HINT = /will|shall|['\u2019]ll|going|plan|intend|working|continu/i;

/** A cheap look at text (a paragraph's source) before its sentences are read for strict commitments. */
export function mayHoldStrictCommitment(text: string): boolean {
  return STRICT_HINT.test(text);
}

/**
 * Whether a sentence (its words and tokens) commits to future work. `strict` (for prose outside an
 * action-items section) asks for a first-person commitment, or a future verb together with an
 * opener or "in the future".
 */
export function isCommitment(sentence: string, tokens: readonly Token[], strict: boolean): boolean {
  const text = sentence.trim();
  if (!text || text.endsWith(':') || EFFECT.test(text) || ANNOUNCEMENT.test(text) || STANCE.test(text)) return false;
  const future = WILL_ACT.test(text) || WILL_BE_ACTED.test(text) || GOING_TO.test(text);
  if (strict) return WE_COMMIT.test(text) || (future && (FORWARD.test(text) || openerEnd(tokens) > 0));
  return future || WE_OUGHT.test(text) || (IDEAL.test(text) && WOULD.test(text)) || FORWARD.test(text);
}

/** Whether some sentence of `text` may be a commitment (see `isCommitment`), without reading its sentences. */
function mayHoldCommitment(text: string, strict: boolean): boolean {
  if (WILL_ACT.test(text) || WILL_BE_ACTED.test(text) || GOING_TO.test(text)) return true;
  return strict
    ? WE_COMMIT.test(text)
    : WE_OUGHT.test(text) || (IDEAL.test(text) && WOULD.test(text)) || FORWARD.test(text);
}

/**
 * Groups a paragraph's sentences into commitments: each runs from a committing sentence through the
 * sentences that elaborate on it, up to the next commitment. Sentences before the first are narrative.
 */
export function commitmentRuns(text: string, visible: string, strict: boolean): Sentence[] {
  const runs: Sentence[] = [];
  if (!mayHoldCommitment(text, strict)) return runs;
  let current: { start: number; end: number } | undefined;
  for (const sentence of readItemSentences(text, visible)) {
    if (isCommitment(text.slice(sentence.start, sentence.end), sentence.tokens, strict)) {
      if (current) runs.push(current);
      current = { start: sentence.start, end: sentence.end };
    } else if (current) {
      current.end = sentence.end;
    }
  }
  if (current) runs.push(current);
  return runs;
}
