// Blame detections as rule findings with their rephrasings as fixes.
import type { PostmortemDocument } from '../model/types';
import type { Fix, RuleFinding } from '../model/findings';
import type { BlameFailure, DocumentBlame } from '../blame/documentBlame';
import type { Rephrasing } from '../blame/types';

function fixOf(blame: DocumentBlame, rephrasing: Rephrasing): Fix {
  const replacement = rephrasing.newText.replace(/\s+/g, ' ').trim();
  const title = replacement === '' ? `Remove "${blame.phrase}"` : `Rephrase as "${replacement}"`;
  return { title, edits: [{ start: blame.start, end: blame.end, newText: rephrasing.newText }] };
}

/** A finding over the detection's span; `fix` is the first safe rephrasing, `suggestions` the others. */
export function blameFinding(document: PostmortemDocument, blame: DocumentBlame, message: string): RuleFinding {
  const preferred = blame.suggestions.find((rephrasing) => rephrasing.safe);
  const others = blame.suggestions
    .filter((rephrasing) => rephrasing !== preferred)
    .map((rephrasing) => fixOf(blame, rephrasing));
  return {
    message,
    range: document.rangeOf(blame.start, blame.end),
    ...(preferred ? { fix: fixOf(blame, preferred) } : {}),
    ...(others.length > 0 ? { suggestions: others } : {}),
  };
}

/** A finding over a block whose blame could not be read, reported as the rule's failure there. */
export function failureFinding(document: PostmortemDocument, failure: BlameFailure): RuleFinding {
  return {
    message: `blame could not be read in this paragraph (${failure.message})`,
    range: document.rangeOf(failure.start, failure.end),
    failed: true,
  };
}
