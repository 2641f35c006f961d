// Mistakes that belong to a person: `Bob's mistake`, `an error by the operator`, `the fault of the
// release manager`, `responsible for the outage`. Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Faults only people have: `the fault of the release manager`, as well as `their fault`. */
export const PERSONAL_FAULTS: readonly VocabularyEntry[] = [
  {
    words: 'fault mistake mistakes oversight oversights blunder blunders misstep missteps gaffe gaffes',
    note:
      'A person\'s own mistake, owned by a possessive (the writers\' "our" too, but not "our mistakes", a creed) or ' +
      'by "of", or a person\'s act said to be one ("My merge was a ' +
      'mistake"). Judgement nouns after "of" are ' +
      "judgement's to flag. Only people make these, so a role that may be a program's (admin, operator) is a " +
      'person when it makes one.',
    flags: [
      'It was their mistake.',
      'It was the fault of the release manager.',
      'The blunder of the release manager cost an hour.',
      'The root cause was a mistake by the network admin.',
      'My merge was a mistake, this is not ready.',
      'His decision to restart both nodes was a mistake.',
      'Totally our fault!',
      'The major mistake on our side was that we thought the old hardware would hold out.',
    ],
    passes: [
      'My merge was not a mistake.',
      'The timeout in the template was a mistake.',
      'It was the failure of the release manager.',
      'The root cause was an error by the network admin panel.',
      'This error was not the fault of one person, and personal attacks are not tolerated.',
      'The release manager was not at fault.',
      "It was not really any single engineer's fault.",
      'We always recognize our mistakes and talk about them openly.',
      'We are very sorry for this, it was not our fault.',
    ],
  },
];

/**
 * Besides the faults, what is said to be a person's after `be`, `lies with` or `belongs to`: `the biggest failure
 * belongs to me`, `the blame lies with the on-call engineer`.
 */
export const DECLARED_FAULTS: readonly VocabularyEntry[] = [
  {
    words: 'blame failure failures error errors typo typos slip slips',
    note:
      "A failure or an error is a program's as often as a person's, but one declared to be a person's (\"the " +
      'biggest failure belongs to me", "the error was his", "Mea culpa: the config typo was mine") names that ' +
      'person as the cause, and so does a team it lies with. A program as the owner ("belongs to the storage layer") ' +
      'is not read.',
    flags: [
      'There were many failures in this, but the biggest failure belongs to me.',
      'The error was his.',
      'The blame lies with the on-call engineer.',
      'Mea culpa: the config typo was mine.',
      'The blame lies with the team that approved the change.',
    ],
    passes: [
      'The failure belongs to the storage layer.',
      'The decision belongs to the incident commander.',
      'The typo was in the config template.',
      'The error was not mine.',
    ],
  },
];

/** What a person can own, besides the faults: `their misjudgment`, `my bad`. */
export const PERSONAL_MISTAKES: readonly VocabularyEntry[] = [
  {
    words: 'misjudgment misjudgement negligence carelessness ignorance downfall undoing failings shortcomings',
    note:
      'A person\'s failing, owned by a possessive: even "their" is a person here. A downfall or an undoing ' +
      'is the mistake that brought them down; ignorance is the failing "ignorant" judges a person for, a state of ' +
      'knowledge when nobody owns it ("Ignorance of the limit was widespread"). A person\'s failings and ' +
      "shortcomings are judged in them; a system's are findings.",
    flags: [
      'It was their misjudgment.',
      "The pharmacist's failings were serious and repeated.",
      'It was their negligence.',
      'His downfall was not reading the label.',
      'His ignorance further shone through when he recommended a system restore to fix email.',
    ],
    passes: [
      "The scheduler's misjudgment of load delayed the job.",
      'It was their judgement.',
      'Ignorance of the connection limit was widespread across the teams.',
      "The system's shortcomings led to the outage.",
    ],
  },
  {
    words: 'bad',
    note: '"My bad": an admission, which names the writer as the cause. Only after "my".',
    flags: ['Sorry, my bad.'],
    passes: ['It was his bad.'],
  },
];

/** What a program can own too (`the client's error`): a person's only when the owner is a known person. */
export const SHARED_MISTAKES: readonly VocabularyEntry[] = [
  {
    words: 'error errors failure typo typos slip lapse misunderstanding',
    note:
      'Errors and failures are as often a program\'s: "their error" may be the client\'s, "the ' +
      'engineer\'s error" is not.',
    flags: ["It was the engineer's error.", "It was the operator's failure."],
    passes: ['It was their error.', "It was the client's error.", "The engineer's error rate was high."],
  },
  {
    words:
      'misconfiguration misconfigurations misstep missteps misclick misclicks miscalculation miscalculations ' +
      'mishandling misreading misinterpretation misinterpretations misoperation misoperations misuse',
    note:
      'An act done wrongly, named by its "mis-" noun: a person\'s when a person owns it, but programs misconfigure ' +
      'and misread too, so "their" alone does not make it one.',
    flags: [
      "An engineer's misconfiguration of the DNS record took the site offline.",
      "The operator's misclick sent the purge to every region.",
    ],
    passes: [
      "The installer's misconfiguration of the proxy broke TLS.",
      'Their misconfiguration of the proxy broke TLS.',
      "The engineer's misconfiguration report listed three hosts.",
    ],
  },
];

/** Mistakes said to be made by someone: `a mistake by the operator`, `an error on the part of the reviewer`. */
export const SINGULAR_MISTAKES: readonly VocabularyEntry[] = [
  {
    words: 'error mistake oversight slip blunder typo lapse misjudgment misjudgement misunderstanding misstep gaffe',
    note: 'After a determiner and before "by" or "on the part of" a person. A program as the agent is a finding.',
    flags: [
      'It was a mistake by the operator.',
      'A mistake was made by the networking team.',
      'It was an error on the part of the reviewer.',
      'It was a lapse in attention by the person on call.',
      'A misstep by the on-call engineer turned a minor issue into a full outage.',
    ],
    passes: ['It was an error by the deploy tool.', 'Mistakes by many teams are why we built the guard.'],
  },
  {
    words: 'screwup screw-up foul-up cock-up goof goof-up slip-up fuckup fuck-up boo-boo',
    note:
      'A mistake in slang, made by a person as the others are: "the only screwup I made". Written as two words ' +
      '("screw up") after a determiner too, see the spaced slang below.',
    flags: ['The only screw-up I made was skipping the drain.', 'It was a slip-up by the on-call engineer.'],
    passes: ['The screw-up in the release script skipped the drain.'],
  },
];

/** Verbs of slang mistakes that, with `up` after them and a determiner before, are nouns: `the only screw up`. */
export const SPACED_SLANG_MISTAKES: readonly VocabularyEntry[] = [
  {
    words: 'screw foul cock goof fuck',
    note:
      'Right after a determiner, or a determiner and one modifier, and before "up": the slang noun written as two ' +
      'words, owned as any mistake is ("the only screw up that I made"). After a subject it is the verb, read by ' +
      'the mistake verbs.',
    flags: ['The only screw up that I made was forgetting to drain the node.'],
    passes: ['The deploy script will screw up the cache if it runs twice.'],
  },
];

/**
 * What a person may be said to have shown, besides mistakes, once it is put on their part: `bad look-out on the part
 * of the quartermaster`, `a failure on the part of the crew`.
 */
export const LAPSES_ON_THEIR_PART: readonly VocabularyEntry[] = [
  {
    words: 'failure failures lookout look-out',
    note:
      'A failure, or a watch badly kept, said to be "on the part of" a person: the person is named as the one who ' +
      'failed. On the part of a program or a vendor it is a finding.',
    flags: [
      'It was bad look-out on the part of the quartermaster not to report the matter.',
      'There was a failure on the part of the crew to monitor the airspeed.',
    ],
    passes: [
      'There was a failure on the part of the vendor to notify us.',
      'There was great effort on the part of the on-call engineer.',
      'There was no failure on the part of the crew.',
    ],
  },
];

/**
 * A person's choice, which is blame only when it is judged (`the pilot's unwise decision`) or named as the cause (`the
 * cause was the captain's decision to continue`).
 */
export const PERSONAL_CHOICES: readonly VocabularyEntry[] = [
  {
    words: 'decision decisions decision-making choice choices persistence insistence',
    note:
      'What a person chose, owned by a possessive or by "of" and a person: blame when a word before it says it was ' +
      'wrong, or when the sentence names it as the cause. Told as what happened, it is an account.',
    flags: [
      "The probable cause was the pilot's unwise decision to take off.",
      "The root cause was the engineer's decision to restart the primary.",
      "The pilot's decision-making in poor weather was the probable cause of the crash.",
    ],
    passes: [
      "The engineer's decision to roll back restored service.",
      "The root cause was the vendor's decision to retire the API.",
      "The outage was not caused by the pilot's decision to divert.",
    ],
  },
  {
    words: 'use handling conduct response performance',
    note:
      'How a person used or handled something, as investigators name it as the cause ("the pilot\'s use of an ' +
      'improper procedure", "the captain\'s handling of the engine failure"): read as a choice is, blame when judged ' +
      'or named as the cause, or said to be poor after it ("The engineer\'s response was inadequate").',
    flags: [
      "The probable cause was the pilot's use of an improper soft-field takeoff procedure.",
      "The cause of the crash was the captain's handling of the engine failure.",
    ],
    passes: [
      "The engineer's use of the runbook shortened the outage.",
      "The cause was not the operator's handling of the alarm.",
    ],
  },
];

/** A person's act, read as a choice is (`Probable cause: action of the pilot in continuing`). */
export const PERSONAL_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'action actions',
    note:
      'What a person did, read as a choice is. "Action" is everywhere in postmortems ("Action items"), so it is ' +
      'read only in a root cause, where every sentence that may name a person is read.',
    flags: ['Probable cause: action of the pilot in continuing the flight into cloud.'],
    passes: ['The actions of the on-call engineer in restoring service were quick.', 'Action items: @alice to page.'],
  },
];

/** Words that find fault with what follows: `critical of the pilot's decision`, `faulted the captain's decision`. */
export const FAULT_FINDING: readonly VocabularyEntry[] = [
  {
    words: 'critical blamed faulted criticised criticized',
    note:
      'A report that finds fault with a person\'s choice judges it, as a word before it would ("critical of", ' +
      '"blamed on", or right before it).',
    flags: [
      "The report was critical of the pilot's decision to continue the approach.",
      "Investigators faulted the captain's decision to take off.",
    ],
    passes: [
      "The report praised the pilot's decision to divert.",
      "The report was not critical of the pilot's decision to continue.",
      "Was the report critical of the pilot's decision?",
    ],
  },
];

/** How a mistake came from the person named after `by`: `a typo entered by a team member`. */
export const MAKING_PARTICIPLES: readonly VocabularyEntry[] = [
  {
    words: 'made entered introduced typed committed pushed',
    note: 'Making or putting in the mistake; finding or fixing it ("a typo caught by the reviewer") is the response.',
    flags: [
      'The issue was traced to a command-line typo entered by an authorized team member.',
      'It was an error made by the operator.',
    ],
    passes: ['The error found by the operator was in the config.', 'Errors caused by the disk filled the log.'],
  },
];

/** Mistakes in the plural need no determiner: `Mistakes by the release manager led to ...`. */
export const PLURAL_MISTAKES: readonly VocabularyEntry[] = [
  {
    words: 'mistakes errors oversights slips blunders typos lapses missteps gaffes',
    note: 'The same in the plural, which may open the sentence.',
    flags: ['Mistakes by the release manager led to the outage.', 'Errors by the release manager led to the outage.'],
    passes: ['Errors by the load balancer led to the outage.'],
  },
];

/** What a person is said to be responsible for when they are blamed for it: `responsible for the outage`. */
export const INCIDENTS: readonly VocabularyEntry[] = [
  {
    words: 'outage incident failure error mistake downtime breakage bug problem issue loss breach',
    note:
      'Being "responsible for" the incident names a person as its cause; being responsible for a ' +
      'task is ownership.',
    flags: ['Bob was responsible for the outage.', 'The engineer was responsible for the data loss.'],
    passes: ['Bob was responsible for the rollout.', 'The engineer was responsible for the deploy.'],
  },
];

/** Judgement in the passive: `It was deemed good enough by the developer`. */
export const DEEMING: readonly VocabularyEntry[] = [
  {
    words: 'deemed judged',
    note: "A judgement said to be a person's, in the passive: the person is named as the one who judged wrong.",
    flags: ['It was deemed good enough by the developer.', 'It was judged safe by the reviewer.'],
    passes: ['It was deemed good enough by the test suite.', 'It was checked by the reviewer.'],
  },
];

/** How an act is said to have been done badly, before its participle and its agent: `poorly designed by Jacob`. */
export const DONE_BADLY: readonly VocabularyEntry[] = [
  {
    words: 'poorly badly sloppily carelessly hastily incorrectly wrongly improperly',
    note:
      'Work said to be done badly by a person, in the passive: the person is named as the one who did it badly. ' +
      'Done badly by a program, or with no agent, it is a finding about the work.',
    flags: ['The RAID setup was very poorly designed by Jacob.', 'The migration was hastily planned by the DBA.'],
    passes: ['The RAID setup was poorly designed.', 'The retry loop was badly written by the code generator.'],
  },
];

/** Verbs of owning up, before `the mistake`: `The LPN acknowledged the mistake`. */
export const ADMISSIONS: readonly VocabularyEntry[] = [
  {
    words: 'acknowledged admitted conceded confessed owned acknowledges admits concedes confesses owns',
    note:
      'A person who owned up to "the mistake" or "the error" is named as the one who made it, as "her mistake" ' +
      'names her. What a program or an organisation acknowledged, or a mistake denied, is not.',
    flags: ['The LPN acknowledged the mistake, stating that the order required two tablets.'],
    passes: ['The vendor acknowledged the error in its API.', 'The nurse never admitted any mistake.'],
  },
];

/**
 * An apology for an act that did harm, the act as a gerund after `for` (see `APOLOGISED_ACTS`): `my abject apologies
 * for breaking this`, `Sorry for deleting the branch`. The writer owns the act.
 */
export const APOLOGIES: readonly VocabularyEntry[] = [
  {
    words: 'sorry apologies apologize apologise apology apologizing apologising',
    note:
      'Apologising for breaking or deleting something names the writer as the one who did it: say what let the ' +
      'act do harm. An apology for the incident, the delay or the noise names no one.',
    flags: [
      'Outstanding volunteerism – and my abject apologies for breaking this *sooo* blatantly.',
      'Sorry for deleting the release branch, it is restored now.',
    ],
    passes: [
      'Sorry for the outage this morning.',
      'Apologies for the delay in publishing this report.',
      'Sorry for taking so long to answer.',
    ],
  },
];

/** Acts that did harm, as gerunds after an apology's `for` (see `APOLOGIES`), besides the destructive ones. */
export const APOLOGISED_ACTS: readonly PatternEntry[] = [
  {
    patterns: ['breaking|borking', 'taking|bringing|knocking down|out|offline'],
    note: 'Breaking something, or taking it down: with "sorry for", the writer did it.',
    flags: ['Sorry for taking down the staging cluster yesterday.'],
    passes: ['Sorry for taking a while to reply.'],
  },
];

/** A person's work, owned by a possessive: `my last commit`, `your PR`, `Kevin's change`. */
export const PERSONAL_WORK: readonly VocabularyEntry[] = [
  {
    words:
      'commit commits change changes pr prs push merge patch script query migration deploy deployment release ' +
      'edit edits typo command',
    note:
      'What a person made or ran, owned by "my", "your", a name or a role: said to have broken something (see ' +
      '`BREAKING_ACTS`), it names the person as the cause, outside a root cause too ("Sorry, my last commit broke ' +
      'the Windows build"). The writers\' "our" and a vendor\'s "their" are left out: an organisation\'s change.',
    flags: ['Sorry, my last commit broke the Windows build.', '@dev123 your commit broke the nightly build.'],
    passes: ['My last commit fixes the Windows build.', 'Did my commit break the build?'],
  },
];

/** What a person's work did that broke something: `broke`, `took down`, `wiped`. */
export const BREAKING_ACTS: readonly PatternEntry[] = [
  {
    patterns: [
      'broke|borked|wiped|corrupted|clobbered|nuked',
      'took|brought|knocked down|out|offline',
      'has|had broken|borked|wiped|corrupted',
    ],
    note: "Breaking or taking down, in the past: what a person's work is said to have done.",
    flags: ["Kevin's change took down the login page for an hour."],
    passes: ["Kevin's change has not broken anything."],
  },
];

/** What a person's choice or conduct is said to be, after `was` or `as`: `The engineer's response was inadequate`. */
export const VERDICTS_ON_CONDUCT: readonly VocabularyEntry[] = [
  {
    words:
      'inadequate inappropriate improper unacceptable deficient insufficient wrong poor bad flawed mistaken ' +
      'unwise ill-advised reckless careless negligent substandard hesitant late belated tardy',
    note:
      'A verdict on what a person chose or did, after "was" or "described as": it judges the person, as "an unwise ' +
      'decision" does before the noun; so does one on its timing ("the watchkeeping officer\'s action was hesitant ' +
      'and too late"). Of a program ("The pipeline\'s handling of retries was inadequate") it is a finding.',
    flags: [
      "The board described the captain's handling of the emergency as inadequate.",
      "The engineer's response was inadequate.",
      "The pilot's decision was poor.",
      "The watchkeeping officer's action was hesitant and too late to avoid a collision.",
    ],
    passes: [
      "The pipeline's handling of retries was inadequate.",
      "The engineer's response was not inadequate; the page came late.",
    ],
  },
];
