// The words that lead an action item as its status, set off by a colon or a dash ("Implemented: ...", "Suggested -
// ..."): the action items read them as the item's status, and the sections read a list of items led by them as a
// list of action items. A leaf, as terms.ts is: both folders use it without importing each other.

/** Words of one status that lead an item: why they are here, and a document whose one item shows them at work. */
export interface StatusLeadWords {
  readonly words: readonly string[];
  readonly note: string;
  readonly example: string;
}

export const DONE_LEAD_WORDS: StatusLeadWords = {
  words: ['done', 'complete', 'completed', 'implemented', 'shipped'],
  note:
    'Before an item\'s words ("Done: rotate the keys"), as a sentence of its own closing it ("Add an alert. Done.") ' +
    'or, in capitals, anywhere in it ("DONE").',
  example: '## Action items\n\n- Done: rotate the keys\n',
};

export const PROPOSAL_LEAD_WORDS: StatusLeadWords = {
  words: ['suggested', 'proposed', 'planned', 'pending', 'recommended'],
  note:
    'Before an item\'s words with a colon or a dash ("Suggested: increase helm knowledge in the team"): work ' +
    'proposed or planned, not done yet. Not inside an item ("the planned migration").',
  example: '## Action items\n\n- Suggested: add an alert on queue depth\n',
};

/** A status that leads an item, one of `words`, with its colon or dash and the blanks after them. */
export function statusLead(words: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`^\\s*(?:${words.join('|')})\\s*[:\u2013\u2014-]\\s*`, flags);
}

const ANY_LEAD = statusLead([...DONE_LEAD_WORDS.words, ...PROPOSAL_LEAD_WORDS.words], 'i');

/** Whether text opens with a status that leads an item (`Implemented: ...`, `Suggested: ...`). */
export function opensWithStatusLead(text: string): boolean {
  return ANY_LEAD.test(text);
}
