// Words that dismiss what a person faced: `obviously`, `she simply had to`. Each entry's sentences
// run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Dismissive wherever they stand, unless negated: `obviously`. */
export const DISMISSIVE_ALWAYS: readonly VocabularyEntry[] = [
  {
    words: 'obviously',
    note: 'What is obvious in hindsight was not at the time; "not obviously related" says the opposite of dismissing.',
    flags: ['Obviously, the config was wrong.', 'The fix was obviously needed.'],
    passes: ['The cause was not obviously related to the deploy.'],
  },
];

/** Dismissive before what a person had to do or did not do: `simply had to`, `just forgot`. */
export const MINIMISERS: readonly VocabularyEntry[] = [
  {
    words: 'simply just merely',
    note: 'Making a person\'s task sound trivial: "she simply had to run the script". A team describing its own work ("we just had to wait") is not dismissed.',
    flags: ['She simply had to run the script.', 'The engineer merely needed to restart the pod.'],
    passes: ['We just had to wait for the replica.', 'Bob simply restarted the job.'],
  },
];

/** What a minimiser dismisses: `simply had to run`, `just forgot`. */
export const DISMISSED: readonly PatternEntry[] = [
  {
    patterns: ['had|has|have|needed|need|needs to', 'forgot|forget|forgets|ignored|neglected|missed|overlooked|failed|should', 'did not', 'could have'],
    note: 'A duty or a lapse after a minimiser: what the person "simply" had to do, or "just" did not.',
    flags: ['The operator simply needs to restart the pod.'],
    passes: ['The service simply had to restart.', 'The engineer just restarted the job.'],
  },
];
