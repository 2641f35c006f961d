// Milestone markers of timeline entries. Only explicit markers count: a milestone word alone in
// brackets, parentheses or bold (`[detected]`, `(resolved)`, `**OUTAGE BEGINS**`), or the incident
// and the word in capitals as the SRE book writes them (`OUTAGE BEGINS — search backends melt
// down`), never a word in a sentence ("the alert was detected late" marks nothing).
import type { Milestone } from '../vocabulary/terms';

const SUBJECTS = 'outage|incident|impact|problem|issue|service|degradation|disruption';
// `**Time of Detection:**`: the moment named as the time of the milestone.
const SUBJECT = `(?:time\\s{1,3}of\\s{1,3})?(?:(?:${SUBJECTS})\\s{1,3})?`;
const WORDS =
  'begins?|began|start(?:s|ed)?|detected|detection|mitigated|mitigation|ends?|ended|resolved|resolution|recovered';
const WORD = `(${WORDS})`;
const BODY = `\\s{0,3}${SUBJECT}${WORD}:?\\s{0,3}`;
const MARKER = new RegExp(`\\[${BODY}\\](?![(\\[])|\\(${BODY}\\)|\\*\\*${BODY}\\*\\*|__${BODY}__`, 'gi');
/** `OUTAGE BEGINS`, `INCIDENT MITIGATED`: the incident and the word, both in capitals and nothing else. */
export const CAPITALS_MARKER = new RegExp(
  `(?<![\\p{L}])(?:${SUBJECTS.toUpperCase()})\\s{1,3}(${WORDS.toUpperCase()})(?![\\p{L}])`,
  'gu',
);

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
  CAPITALS_MARKER.lastIndex = 0;
  const capitals = CAPITALS_MARKER.exec(text);
  // Every other marker opens with a bracket, a parenthesis, `**` or `__`.
  const marked = text.includes('[') || text.includes('(') || text.includes('**') || text.includes('__');
  MARKER.lastIndex = 0;
  const found = marked ? MARKER.exec(text) : null;
  const first = found && (!capitals || found.index < capitals.index) ? found : capitals;
  const word = first?.slice(1).find((group) => group !== undefined);
  return word === undefined ? undefined : milestoneOfWord(word);
}
