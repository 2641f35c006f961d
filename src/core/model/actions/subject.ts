// The grammatical frame at the start of a commitment: "Going forward, the SRE team will add ...".
// Who is the subject tells the owner; what follows the verb is what will be done.

/** Openers before the subject: "Going forward", "Secondly", "As a long-term fix (Q2 2024),". */
const LEAD_IN =
  /^(?:(?:going|moving)\s+forward|from\s+now\s+on|in\s+(?:the\s+)?future|next|then|also|additionally|finally|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?|further(?:more)?|in\s+addition|to\s+start\s+with|as\s+a\s+[\w -]{0,40}?(?:solution|fix|measure|step|improvement))(?:\s*\([^()\n]{0,40}\))?\s*,?\s+/i;

/** A subject of up to 80 characters, then the verb that makes the sentence a commitment. */
const COMMITMENT_VERB =
  /^(.{1,80}?)\s+(will|shall|should|must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|to|owns?|(?:is|are)\s+(?:responsible|accountable)\s+for|takes?|(?:is|are|am)\s+(?:going|working|continuing|planning)\s+(?:to|on)|plans?\s+to|intends?\s+to|agreed\s+to|commits?\s+to|continues?\s+to|(?:is|are)\s+(?:taking|owning|driving|leading|handling))\b/i;

/** "will be added": the subject is what is acted on, not who acts; "will be responsible" is still an actor. */
const PASSIVE_AFTER = /^\s+be\s+(?!responsible\b|accountable\b|in\s+charge\b|owning\b|leading\b|driving\b|working\b|handling\b|taking\b|looking\b)\w/i;

/** Words that can start a subject noun phrase; anything else at the start is an imperative verb. */
const SUBJECT_START = /^(?:(?:we|i|you|they|he|she|the|our|a|an|this|that|these|those|all|each|every|some|more|additional|further|better|team)\b|@)/i;

export interface LeadingClause {
  /** Offsets relative to the text given. */
  readonly subjectStart: number;
  readonly subjectEnd: number;
  readonly subject: string;
  /** The verb phrase, lower-cased with single spaces: `will`, `is going to`, `to`. */
  readonly verb: string;
  readonly passive: boolean;
  /** Where the action itself starts: "add monitoring" in "We will add monitoring". */
  readonly predicateStart: number;
}

/** Where the text starts after an opener such as "Going forward," (relative), or 0. */
export function leadInEnd(text: string): number {
  const match = LEAD_IN.exec(text);
  return match ? match[0].length : 0;
}

/**
 * Reads "<subject> <verb>" at the start of `text` (leading blanks and an opener skipped). Only a
 * window of the text is read, so a long sentence costs no more than a short one.
 */
export function leadingClause(text: string): LeadingClause | undefined {
  const window = text.slice(0, 400).replace(/[\n\r]/g, ' ');
  let at = 0;
  while (at < window.length && /\s/.test(window[at]!)) at++;
  at += leadInEnd(window.slice(at));
  const rest = window.slice(at);
  const match = COMMITMENT_VERB.exec(rest);
  if (!match) return undefined;
  const raw = match[1]!;
  const subject = raw.trim();
  if (!subject) return undefined;
  const subjectStart = at + raw.indexOf(subject);
  const verbEnd = at + match[0].length;
  return {
    subjectStart,
    subjectEnd: subjectStart + subject.length,
    subject,
    verb: match[2]!.toLowerCase().replace(/\s+/g, ' '),
    passive: PASSIVE_AFTER.test(window.slice(verbEnd)),
    predicateStart: verbEnd,
  };
}

/** Whether a phrase could be a subject rather than the start of an imperative ("Teach the teams how"). */
export function couldBeSubject(subject: string): boolean {
  return SUBJECT_START.test(subject) || /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$/.test(subject) || /\b(?:team|squad|engineers|developers|maintainers)$/i.test(subject);
}

/** The start of the action in a commitment ("improve ..." in "The IPS team is continuing to improve ..."), relative. */
export function predicateStart(text: string): number {
  const clause = leadingClause(text);
  const skipBlanks = (from: number): number => {
    let at = from;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    return at;
  };
  if (clause && !clause.passive && couldBeSubject(clause.subject)) return skipBlanks(clause.predicateStart);
  const start = skipBlanks(0);
  return start + leadInEnd(text.slice(start));
}
