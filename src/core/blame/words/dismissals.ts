// Words that dismiss what a person faced: `obviously`, `she simply had to`. Each entry's sentences
// run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Dismissive of what a person did or had to do, unless negated: `you obviously did not read`. */
export const DISMISSIVE_ALWAYS: readonly VocabularyEntry[] = [
  {
    words: 'obviously',
    note:
      'What is obvious in hindsight was not at the time: dismissive when said of a person (`he ' +
      'obviously`, `you obviously`) or of what should have been done or how easy it was ' +
      '(OBVIOUSLY_ABOUT). Of a system or an event ("the roll-out obviously had failed") it only ' +
      'says what the evidence showed; "not obviously related" says the opposite of dismissing.',
    flags: [
      'Obviously, the config should have been validated by the author.',
      'You obviously did not read the runbook.',
      'The fix was obviously needed.',
    ],
    passes: [
      'The cause was not obviously related to the deploy.',
      'The configuration roll-out obviously had failed at some point.',
      'A drive was wiped, obviously taking a production server down with it.',
    ],
  },
];

/** Words near `obviously` that make it hindsight: what should have been done, or how easy it was. */
export const OBVIOUSLY_ABOUT: readonly VocabularyEntry[] = [
  {
    words: "should shouldn't must mustn't ought need needs needed",
    note: 'What should have been done: with `obviously`, hindsight that dismisses whoever did not do it.',
    flags: ['It obviously should have been tested first.'],
    passes: ['It obviously failed after the upgrade.', 'Obviously we learned that the floor needs to be flagged.'],
  },
  {
    words: 'trivial easy simple avoidable preventable basic elementary straightforward',
    note: 'How easy it was: with `obviously`, what looks easy afterwards was not at the time.',
    flags: ['Obviously, the fix was trivial.', 'It was obviously avoidable.'],
    passes: ['It was obviously a misconfiguration.'],
  },
];

/** Dismissive before what a person had to do or did not do: `simply had to`, `just forgot`. */
export const MINIMISERS: readonly VocabularyEntry[] = [
  {
    words: 'simply just merely',
    note:
      'Making a person\'s task sound trivial: "she simply had to run the script". A team ' +
      'describing its own work ("we just had to wait") is not dismissed.',
    flags: ['She simply had to run the script.', 'The engineer merely needed to restart the pod.'],
    passes: ['We just had to wait for the replica.', 'Bob simply restarted the job.'],
  },
];

/** What a minimiser dismisses: `simply had to run`, `just forgot`. */
export const DISMISSED: readonly PatternEntry[] = [
  {
    patterns: [
      'had|has|have|needed|need|needs to',
      'forgot|forget|forgets|ignored|neglected|missed|overlooked|failed|should',
      'did not',
      'could have',
    ],
    note: 'A duty or a lapse after a minimiser: what the person "simply" had to do, or "just" did not.',
    flags: ['The operator simply needs to restart the pod.'],
    passes: ['The service simply had to restart.', 'The engineer just restarted the job.'],
  },
];
