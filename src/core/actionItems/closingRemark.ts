// A paragraph of an action-items section that closes with what became of it, in brackets: "The monitoring
// system is incorrectly configured to check the old domain. (fixed by adding a separate monitoring entry)", "It
// would be useful to have a channel for emergencies. (added an @emergency role)", "... (filed
// https://github.com/o/r/issues/1)". The paragraph states one piece of work, a problem and its remedy, whatever
// its sentences say; the remark gives its status.
import { remarksDone, type ItemStatus } from './status';
import { alternation, DONE_WORDS, TRACKED_REMARKS } from './words';

/** The brackets at the end of a paragraph's words. */
const CLOSING_BRACKETS = /\(\s*([^()]{3,400})\)\s*$/;
const DONE_FIRST = new RegExp(`^(?:${alternation([DONE_WORDS])})\\b`, 'i');
const TRACKED_FIRST = new RegExp(`^(?:${alternation([TRACKED_REMARKS])})\\b`, 'i');

export interface ClosingRemark {
  /** Where the brackets start, relative to the prose read. */
  readonly start: number;
  readonly status: ItemStatus;
}

/** The brackets closing a paragraph (its words, code blanked) when they say what became of its work. */
export function closingRemark(prose: string): ClosingRemark | undefined {
  const brackets = CLOSING_BRACKETS.exec(prose);
  const remark = brackets?.[1]?.trim();
  if (!brackets || !remark) return undefined;
  // "filed" is a past tense too, of tracking the work, not of doing it.
  const status = TRACKED_FIRST.test(remark)
    ? 'open'
    : DONE_FIRST.test(remark) || remarksDone(remark)
      ? 'done'
      : undefined;
  return status ? { start: brackets.index, status } : undefined;
}
