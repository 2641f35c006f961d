// The words after which a done action item says when it was done: "done 2025-02-10",
// "(completed on March 3, 2025)", "Closed: 2025-02-10". Data, one entry per meaning; every
// entry's examples run as tests (test/unit/followThrough.test.ts).

export interface CompletionWordEntry {
  /** The words, separated by spaces, in lower case. */
  readonly words: string;
  /** Why these words are here. */
  readonly note: string;
  /** An item's text, and the completion date it gives. */
  readonly example: { readonly text: string; readonly completedOn: string };
}

export const COMPLETION_WORDS: readonly CompletionWordEntry[] = [
  {
    words: 'done completed complete finished',
    note: 'The plain statement that the work is over, as a status marker or a cell.',
    example: {
      text: '- [x] Add an alert on p99 latency. Owner: @alice, due 2025-03-01 (done 2025-02-20)',
      completedOn: '2025-02-20',
    },
  },
  {
    words: 'closed resolved fixed',
    note: 'How trackers and people say a ticket is finished.',
    example: { text: '| Cap retries | @bob | 2025-03-01 | Closed: 2025-02-27 |', completedOn: '2025-02-27' },
  },
  {
    words: 'shipped merged deployed released implemented',
    note: 'Engineering work reported by how it reached production.',
    example: { text: '- [x] Shard the queue, shipped on March 3, 2025', completedOn: '2025-03-03' },
  },
];
