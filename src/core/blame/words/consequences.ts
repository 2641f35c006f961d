// What a person's act is said to have led to. Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** Words that tell what came of an act: `deployed it, causing`, `pulled it out, resulting in`. */
export const CONSEQUENCES: readonly VocabularyEntry[] = [
  {
    words: 'causing resulting triggering bringing taking knocking leading leaving meaning',
    note:
      'A consequence told after an act: with harm after it, the act, and so the person who did ' +
      'it, is named as the cause. Told after a destructive act, the consequence needs no harm ' +
      'word.',
    flags: [
      'An engineer had disconnected a power supply at the data center, causing a surge that damaged the racks.',
      'The minion had decided to pull the UPS out on rails at the top of the cabinet, resulting in a huge imbalance.',
      'The engineer enabled the flag for every region at once, leading to an outage of the checkout service.',
    ],
    passes: [
      'The on-call engineer restarted the service, resulting in a full recovery.',
      'The deploy enabled the flag for every region, leading to an outage.',
    ],
  },
];

/** Harm after a consequence word: `resulting in the deletion of 775 sites`, `causing more servers to go down`. */
export const HARMS: readonly VocabularyEntry[] = [
  {
    words: `outage outages downtime deletion deletions loss losses imbalance failure failures crash crashes corruption
      surge damage disruption disruptions degradation error errors down offline unavailable unreachable broken
      blackout fire smoke shutdown incident panic timeout timeouts exception exceptions`,
    note:
      'What went wrong, as a noun or a state: after a consequence word, the act before it did ' +
      'harm. A recovery or a fix after the same word is no harm.',
    flags: ['The intern turned off the primary nameserver, meaning the websites were all down.'],
    passes: ['The failover turned off the old nameserver, meaning the new one took the traffic.'],
  },
];

/** Consequences told with a verb after `which` or `and`: `which caused an outage`, `and took the site down`. */
export const CONSEQUENCE_VERBS: readonly VocabularyEntry[] = [
  {
    words: 'caused resulted led triggered took brought knocked left meant',
    note:
      'The same consequence said as a clause of its own, after "which" or "and". A destructive verb in the past ' +
      'there ("that broke the build") is harm by itself.',
    flags: [
      'In a rush, the engineer applied the patch to every host, which caused an outage.',
      'Someone merged an article that broke the build.',
    ],
    passes: ['The engineer applied the patch to every host, which caused the errors to stop.'],
  },
];

/** What ends harm: `caused the errors to stop` tells of a recovery. */
export const HARM_ENDINGS: readonly VocabularyEntry[] = [
  {
    words: 'stop end cease subside clear disappear recover resolve drop fall',
    note: 'After a harm word and "to": the harm ended, so the act before it helped.',
    flags: [],
    passes: ['The engineer applied the patch to every host, which caused the errors to stop.'],
  },
];
