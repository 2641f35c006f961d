// The frame at the start of an action item's words, as the language layer reads it, in offsets into
// those words: who is the subject tells the owner; what follows the verb is what will be done.
import { leadingClause, openerEnd, opensWithVerb } from '../language/commitment';
import { readWords } from '../language/english';
import type { Token } from '../language/tokens';

/**
 * Only the start of an item is read (an opener, a subject of at most 12 words and the committing words fit), so a long
 * item costs no more than a short one.
 */
const WINDOW = 200;

export interface ItemClause {
  /** Offsets relative to the text given. */
  readonly subjectStart: number;
  readonly subjectEnd: number;
  /** The committing words, lower-cased: `will`, `is going to`, `to`. */
  readonly verb: string;
  readonly passive: boolean;
  /** The subject is the object of an imperative verb: "Remind engineers to test". */
  readonly imperative: boolean;
  /** Where the action itself starts: "add monitoring" in "We will add monitoring". */
  readonly predicateStart: number;
}

/** Reads "<subject> <committing words>" at the start of `text`, past an opener such as "Going forward,". */
export function itemClause(text: string): ItemClause | undefined {
  return clauseOf(text, readWords(text.slice(0, WINDOW)));
}

function clauseOf(text: string, tokens: readonly Token[]): ItemClause | undefined {
  const clause = leadingClause(tokens);
  if (!clause) return undefined;
  return {
    subjectStart: tokens[clause.subjectFirst]!.start,
    subjectEnd: tokens[clause.subjectLast]!.end,
    verb: clause.verb,
    passive: clause.passive,
    imperative: opensWithVerb(tokens, clause.subjectFirst, clause.subjectLast),
    predicateStart: tokens[clause.predicate]?.start ?? text.length,
  };
}

/** The start of the action in a commitment ("improve ..." in "The IPS team is continuing to improve ..."), relative. */
export function predicateStart(text: string): number {
  const tokens = readWords(text.slice(0, WINDOW));
  const clause = clauseOf(text, tokens);
  if (clause && !clause.passive && !clause.imperative) return clause.predicateStart;
  return tokens[openerEnd(tokens)]?.start ?? text.length;
}
