// Adverbs that make an act a person's mistake (`accidentally deleted`, `ran it by mistake`), and
// adverbs that judge along with a mistake verb (`simply forgot to`). Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** `Bob accidentally deleted`, `deleted the nodes accidentally`: only with a person as the subject. */
export const MISTAKE_ADVERBS: readonly VocabularyEntry[] = [
  {
    words: 'accidentally mistakenly inadvertently unintentionally wrongly incorrectly erroneously',
    note:
      'An act done by mistake: with a person as the subject, the person is named as the cause. A ' +
      'program is not blame; the passive with nobody named is human error with the person left out (see the slip ' +
      'adverbs).',
    flags: [
      'Bob accidentally deleted the bucket.',
      'The engineer mistakenly ran the script against production.',
      'In our efforts to add a distribution, we accidentally deleted an entry in our architecture table.',
      'Inadvertently, I scrapped about 100 items in a real factory.',
      'Accidentally pushed to master instead of develop, whoops!',
      'The bucket was accidentally deleted.',
    ],
    passes: [
      'The cron job accidentally deleted the bucket.',
      'The staff were paid less after they were incorrectly auto-enrolled onto a pension scheme.',
      'We accidentally discovered the bug while testing another feature.',
      'Accidentally, the cron job deleted the bucket.',
      'Accidentally deleted buckets are kept for a week.',
      'If I had mistakenly disabled access for the world at large, it would not have impacted the desktop.',
      'When I accidentally click the wrong option, I want to confirm that option was correct.',
    ],
  },
  {
    words:
      'accidently accidentaly accidentlly accidentially accidentely accidentily mistakingly inadvertantly ' +
      'inadvertenly unintentionaly unknowingly unwittingly absentmindedly absent-mindedly',
    note: 'The same, misspelt as writers often do, or said as not knowing what one did.',
    flags: [
      'Last week one of the guys accidently dropped their production database.',
      'I have accidentlly updated the PERSON page.',
      'The admin unknowingly ran the cleanup against the live cluster.',
    ],
    passes: ['The script unknowingly ran the cleanup against the live cluster.'],
  },
  {
    words: 'blithely heedlessly unthinkingly cavalierly inattentively haphazardly',
    note:
      'An act done without the thought or care it needed ("I blithely confirmed the deletion"), said of a person: ' +
      'as a judgement it needs a person as the subject, as writers say it of programs too ("the retry loop ' +
      'blithely ignored the error"). Speed alone ("hastily", "hurriedly") is not read: people act fast in a ' +
      'response ("hastily started to copy their DNS entries").',
    flags: [
      'I blithely confirmed the deletion, then a progress bar appeared.',
      'The admin heedlessly ran the cleanup script against the live cluster.',
      'An engineer cavalierly approved his own change to the firewall rules.',
    ],
    passes: [
      'The retry loop blithely ignored the error and kept going.',
      'The deploy tool haphazardly ordered the migrations.',
      'The team hastily rolled back the release once the alerts fired.',
    ],
  },
  {
    words: 'improperly inappropriately',
    note:
      'An act done the wrong way, said of the person who did it: "staff inappropriately applied a protocol". A ' +
      'program that does something improperly is a finding about the program.',
    flags: [
      'ISO staff then inappropriately applied a protocol that called for a cut in load.',
      'The technician improperly installed the oil filter.',
    ],
    passes: [
      'The parser improperly escaped the input.',
      'The valve was improperly installed.',
      'The technician did not improperly install the filter.',
    ],
  },
];

/**
 * A slip said in two words: `by mistake`, `in error`, and `by error` as writers of English as a second language have
 * it. Read as ending its phrase only (not `in error rates`, `by error codes`).
 */
export const SLIP_ADVERBIALS: readonly PatternEntry[] = [
  {
    patterns: ['by mistake|accident|error', 'in error'],
    note:
      "An act done by mistake, said after the object: the clause's subject is named if it is a person; in the " +
      'passive, with nobody named, it is a slip with the person left out.',
    flags: [
      'I dropped the production database by mistake.',
      'The engineer restarted the primary in error.',
      'The instance running the process have been archived by error.',
    ],
    passes: [
      'The job ran the script by mistake.',
      'The records were marked in error by the import job.',
      'The dashboard groups the failures by error codes.',
    ],
  },
];

/** The same said in two words, after the object: `ran the script by mistake`. */
export const MISTAKE_ADVERBIALS: readonly PatternEntry[] = [
  ...SLIP_ADVERBIALS,
  {
    patterns: ['without authorization|authorisation|permission|approval|sign-off', 'than intended|planned'],
    note:
      "An act against the rules or beyond what was meant: with a person as the clause's subject, " +
      'the person is named as the one who erred.',
    flags: [
      'Without authorization, the engineer disabled two levels of relay protection.',
      'An S3 team member, while debugging an issue, removed a larger set of servers than intended.',
    ],
    passes: ['The job removed more servers than intended.', 'Without approval, the change could not be deployed.'],
  },
];

/** Words a rephrase takes out together with a mistake verb: `simply forgot to` -> `did not`. */
export const VERB_JUDGING_ADVERBS: readonly VocabularyEntry[] = [
  {
    words: 'carelessly simply just merely obviously clearly completely totally',
    note:
      'Right before a mistake verb they add judgement or scorn, so the rephrase takes them out ' +
      'too: "simply forgot to" -> "did not".',
    flags: ['The engineer simply forgot to run the migration.', 'Bob just forgot to run the migration.'],
    passes: ['The job simply restarted.', 'The engineer just restarted the job.'],
  },
];

/** Finding by chance: `we accidentally discovered the bug` is luck, not a slip. Lemmas. */
export const DISCOVERIES: readonly VocabularyEntry[] = [
  {
    words: 'discover find notice spot catch detect uncover stumble learn fix solve resolve help improve save prevent',
    note:
      'After a mistake adverb, whoever the subject: what was found, fixed or helped by chance, not done by mistake ' +
      '("we inadvertently fixed what was causing data corruption").',
    flags: [],
    passes: [
      'We accidentally discovered the bug while testing another feature.',
      'We inadvertently found a second leak.',
      'An engineer accidentally discovered the leak while testing.',
      'The networking team inadvertently noticed the spike.',
      'Lucky, because we inadvertently fixed what was causing data corruption.',
    ],
  },
];
