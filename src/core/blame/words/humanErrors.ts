// "human error", "user error", "operator mistake": a kind of person and a mistake in one noun phrase.
// Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/**
 * A kind of person before an error noun: `user error`, `developer mistake`. In the plural their errors are theirs only
 * in a sentence that states a cause: `user errors rose` are the errors users saw, `typing errors were corrected` are
 * the text's.
 */
export const ERROR_AGENTS: readonly VocabularyEntry[] = [
  {
    words: 'user users developer developers admin administrator',
    note: 'Roles: "user error" names the user as the cause, as a "developer mistake" names the developer.',
    flags: [
      'The outage was caused by user error.',
      'It was a developer mistake.',
      'An administrator error deleted the DNS records.',
    ],
    passes: [
      'A user reported an error at 10:05.',
      'The user error rate rose during the outage.',
      'User errors rose during the outage.',
    ],
  },
  {
    words: 'copy-paste copy-and-paste copy/paste copy&paste paste cut-and-paste cut&paste cut/paste',
    note:
      'A slip of the hands named by what they did: a "copy-paste error" is a person\'s, as a typo is; so is a ' +
      '"copy paste error" in two words, whose last is "paste".',
    flags: [
      'A copy-paste error caused the outage.',
      'A copy/paste mistake in #599 led to using the wrong provider.',
      'Seems that was a copy paste error when we duplicated that line.',
      'The error was a combination of a cut&paste error and a never before seen bug in the services.',
    ],
    passes: ['The copy-paste buffer was cleared after the error.'],
  },
  {
    words: 'manual person individual',
    note: 'A person in general, or work done by hand: "manual error" is a person\'s error too.',
    flags: ['Manual error caused the outage.'],
    passes: ['Automation eliminates manual error.'],
  },
  {
    words: 'typing clerical administrative keying data-entry procedural maintenance repair',
    note:
      'A slip of the hands or of the paperwork: "a typing mistake", "a clerical error", "an administrative ' +
      'oversight", "a keying error", "a procedural error during maintenance" (a step done wrong), "a maintenance ' +
      'error" or "a repair oversight" (work on the aircraft done wrong) are human error in other words, as ' +
      'official statements and accident reports write it. Not ' +
      '"transcription error", which names a kind of medication or data error whatever its cause.',
    flags: [
      'The root cause of this outage was a typing mistake in the configuration files.',
      'A clerical error deleted the zone.',
      'Due to an administrative error, the names of 200 pupils were shared with parents.',
      'The wrong totals were published after a keying error was made.',
      'A simple data entry error caused the shortfall.',
      'The outage was caused by a procedural error during scheduled maintenance work at the sub-station.',
      'Plane incident due to repair oversight',
    ],
    passes: [
      'Validation now catches a typing mistake before the deploy.',
      'Any system that could be brought down for so long by a data entry error is a broken system.',
      'Typing errors were corrected by the editor.',
    ],
  },
];

/**
 * People at work named by their job, before an error noun: `staff error`, `crew errors`. They make errors rather than
 * see them, so their errors in the plural are theirs too: `after several staff errors`.
 */
export const STAFF_ERROR_AGENTS: readonly VocabularyEntry[] = [
  {
    words: 'employee employees engineer',
    note: 'Roles: "employee error" names the employee as the cause, as "several employee errors" do.',
    flags: ['The leak followed several employee errors.'],
    passes: ['Employee error counts are tracked per quarter.'],
  },
  {
    words: 'staff technician technicians crew',
    note:
      'People at work named by their job or group: "staff error" names the staff as the cause. Not "worker", ' +
      'which in software is as often a process ("a worker error" in a job queue).',
    flags: [
      'The cause was staff error.',
      'A technician error took the feeder offline.',
      'Man died in hospital after several staff errors, rules coroner',
    ],
    passes: [
      'Staff reported an error on the login page.',
      'The error was found by the crew at 10:05.',
      'Staff errors are rarer with a second check.',
    ],
  },
  {
    words: 'trader traders dealer dealers',
    note:
      'People who place orders: a "trader error" or a "trader blunder" that wipes billions off an index is a ' +
      'person named as the cause, as a fat finger is.',
    flags: [
      'UK regulators fine bank over 2022 trader blunder that prompted flash crash in European stocks',
      'The flash crash was caused by a dealer error.',
    ],
    passes: ['The trader reported an error in the order book at 10:05.'],
  },
];

/**
 * Kinds of person that are as often a program's part (`a worker error` in a job queue): their error is a person's
 * only said as the cause, bare and in the singular, as "human error" is said.
 */
export const CAUSAL_ERROR_AGENTS: readonly VocabularyEntry[] = [
  {
    words: 'worker workman workmen',
    note:
      'A person at work named as the cause ("Customers Lose Service Due To Worker Error"); a queue\'s worker ' +
      'errs too, so only the bare singular in a sentence that states a cause counts, not "a worker error" or ' +
      '"worker errors".',
    flags: [
      'At&T Cable Cut At New Stadium Television, Internet Customers Lose Service Due To Worker Error',
      'The outage was caused by worker error during the cutover.',
    ],
    passes: [
      'The job failed because of a worker error in the queue.',
      'Worker errors triggered the retry alert.',
      'The dashboard shows worker error counts per queue.',
      'The outage was not caused by worker error.',
    ],
  },
];

/** Mistakes called ones made in good faith, which only people make: a person's only as the stated cause. */
export const GOOD_FAITH_ERRORS: readonly VocabularyEntry[] = [
  {
    words: 'honest genuine innocent',
    note:
      'A mistake made in good faith: "It was an honest mistake because we are only human", "sent due to a genuine ' +
      'error" give a person\'s slip as the cause, however kindly. Only in a sentence that states a cause: "this ' +
      'genuine error occurred" in an apology, or what others "thought was an honest mistake", tells no cause.',
    flags: ['It was an honest mistake because we are only human.', 'The letter was sent due to a genuine error.'],
    passes: [
      'We are extremely sorry this genuine error occurred.',
      'A few kind souls thought it was an honest mistake and offered to pay.',
      'It was a genuine question about the timeout, caused by the docs.',
    ],
  },
];

/** Kinds of person whose "failure" is a person failing; a user failure is a failure users see. */
export const FAILING_AGENTS: readonly VocabularyEntry[] = [
  {
    words: 'human humans operator operators personnel pilot',
    note:
      'People as the ones who failed: "operator failure", "human error". Not "user failure", ' +
      'which is as often what users saw.',
    flags: ['The incident was caused by operator failure.', 'The outage was caused by human error.'],
    passes: ['The outage came from user failure.'],
  },
];

/**
 * Agents that name a person even with one more noun before the error noun: `a human process error`, `human
 * configuration errors`. Not a user or a developer, whose `user interface error` is the interface's.
 */
export const QUALIFIED_ERROR_AGENTS: readonly VocabularyEntry[] = [
  {
    words: 'human',
    note: 'A human error of some kind is still human error: "a human process error", "a human configuration error".',
    flags: ['The main technical root cause was reported as a human process error.'],
    passes: ['The human interface error messages were unclear.', 'We reduced human process errors with automation.'],
  },
];

/**
 * Mistakes after a kind of person that still read well once the person is taken out: `user misunderstanding` -> `a
 * misunderstanding`.
 */
export const ERROR_NOUNS: readonly VocabularyEntry[] = [
  {
    words:
      'error errors mistake mistakes misunderstanding misunderstandings oversight oversights ' +
      'slip slips typo typos misconfiguration misconfigurations',
    note:
      'What went wrong, said of a person. The rephrase keeps the noun and drops the person: "an ' +
      'operator typo" -> "a typo".',
    flags: ['An operator typo caused the outage.', 'A user misunderstanding caused the outage.'],
    passes: ['A user reported an error at 10:05.', 'User errors rose during the outage.'],
  },
];

/** Mistakes that only a person makes: without the person, only a process gap is left to say. */
export const PERSONAL_ERROR_NOUNS: readonly VocabularyEntry[] = [
  {
    words:
      'lapse lapses blunder blunders negligence carelessness misjudgment misjudgement ' +
      'misjudgments misjudgements inattention fault misconduct',
    note:
      'A person\'s failing: "operator negligence" cannot become "a negligence", so the rephrase ' +
      'is "a process gap".',
    flags: [
      'Operator negligence caused the outage.',
      'Operator misjudgment led to the outage.',
      'The breach was rooted in individual misconduct.',
    ],
    passes: ['The operator found the fault at 10:40.'],
  },
];

/** A person failing, only after the kinds of person that fail. */
export const FAILURE_NOUNS: readonly VocabularyEntry[] = [
  {
    words: 'failure failures',
    note:
      'Failure is a person\'s only after a failing agent ("operator failure"); after most words ' +
      "it is a program's or a disk's.",
    flags: ['Human failure caused the outage.'],
    passes: ['The outage came from user failure.', 'A disk failure took the replica down.'],
  },
];

/** A person made the maker of an error in one word: `an engineer-driven configuration error`. */
export const ERROR_MAKERS: readonly VocabularyEntry[] = [
  {
    words: 'driven induced caused initiated made related',
    note: "After a role or a kind of person and a hyphen, with an error noun after it: the error is the person's.",
    flags: [
      'An engineer-driven configuration error caused the outage.',
      'An operator-induced error took the site down.',
    ],
    passes: ['An engineer-driven change took the site down.', 'The outage was an operator-related failure.'],
  },
];

/** Written as one word: `human-error`, and the jokes that mean the same. */
export const ERROR_COMPOUNDS: readonly VocabularyEntry[] = [
  {
    words:
      'human-error user-error operator-error pilot-error pebkac pebcak id10t fat-finger wetware fat-finger-error ' +
      'fat-fingered-error human-caused human-induced',
    note: 'Human error in one word. The jokes ("problem exists between keyboard and chair") blame the user as much.',
    flags: [
      'The outage was human-error.',
      'Root cause: PEBKAC.',
      'A fat-finger in the config took the site down.',
      'This Fat-Finger-Error wiped £30bn off the value of the index.',
      'The agency said the system did not malfunction, and that the error was human-caused.',
    ],
    passes: ['We looked for user-error reports in the logs.'],
  },
];
