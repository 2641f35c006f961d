// Words every postmortem's causes use, which say nothing about which cause it was: left out when
// causes are compared. Data, one entry per reason; every entry's example runs as a test
// (test/unit/related.test.ts): the example's words are all stop words.

export interface StopWordEntry {
  /** The lemmas, separated by spaces, in lower case. */
  readonly words: string;
  /** Why these words are here. */
  readonly note: string;
  /** A phrase made only of these words (and others' stop words). */
  readonly example: string;
}

export const STOP_WORDS: readonly StopWordEntry[] = [
  {
    words: 'incident outage issue problem event impact impacted',
    note: 'Every postmortem is about an incident with an impact; naming it says nothing about its cause.',
    example: 'the incident outage issue',
  },
  {
    words: 'cause root contribute contributing factor trigger reason result lead due',
    note: "The words of the section's own heading and of causation itself: the cause is what follows them.",
    example: 'the root cause and a contributing factor',
  },
  {
    words: 'we our us team time day hour minute customer user',
    note: 'Who and when, in every postmortem alike.',
    example: 'our team at that time',
  },
  {
    words: 'be have do can could would should will may might also not no',
    note: 'Auxiliaries and negation, which the language layer keeps as words but which carry no topic.',
    example: 'could not have been',
  },
  {
    words:
      'the a an this that these those it its there which who what when where how and or but of ' +
      'to in on at for with by from as into after before during while because than then so if ' +
      'some any all more most other such',
    note: 'Function words: determiners, pronouns, prepositions and conjunctions.',
    example: 'which of these was there before',
  },
];

/** Every stop word, as one set. */
export const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS.flatMap((entry) => entry.words.split(/\s+/)));
