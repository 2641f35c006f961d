// Milestone markers of timeline entries. Only explicit markers count: a milestone word alone in
// brackets, parentheses or bold (`[detected]`, `(resolved)`, `**OUTAGE BEGINS**`), never a word
// in a sentence ("the alert was detected late" marks nothing).
import type { Milestone } from '../vocabulary/terms';

const SUBJECT = '(?:(?:outage|incident|impact|problem|issue|service|degradation|disruption)\\s{1,3})?';
const WORD = '(begins?|began|start(?:s|ed)?|detected|detection|mitigated|mitigation|ends?|ended|resolved|recovered)';
const BODY = `\\s{0,3}${SUBJECT}${WORD}:?\\s{0,3}`;
const MARKER = new RegExp(`\\[${BODY}\\](?![(\\[])|\\(${BODY}\\)|\\*\\*${BODY}\\*\\*|__${BODY}__`, 'gi');

function milestoneOfWord(word: string): Milestone {
  const lower = word.toLowerCase();
  if (lower.startsWith('detect')) return 'detected';
  if (lower.startsWith('mitigat')) return 'mitigated';
  if (lower.startsWith('begin') || lower === 'began' || lower.startsWith('start')) return 'started';
  return 'resolved';
}

/** The first milestone marker in the first 4,000 characters of an entry's source text. */
export function milestoneIn(source: string): Milestone | undefined {
  const text = source.length > 4000 ? source.slice(0, 4000) : source;
  // Every marker opens with a bracket, a parenthesis, `**` or `__`.
  if (!text.includes('[') && !text.includes('(') && !text.includes('**') && !text.includes('__')) return undefined;
  MARKER.lastIndex = 0;
  const found = MARKER.exec(text);
  if (!found) return undefined;
  const word = found.slice(1).find((group) => group !== undefined);
  return word === undefined ? undefined : milestoneOfWord(word);
}
