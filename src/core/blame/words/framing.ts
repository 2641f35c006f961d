// How a sentence frames "human error": as something measured, a risk to reduce, a denial, or a
// cause. Only a cause is blame. Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Nouns after "user error" that make it something measured or shown rather than a cause: `user error rate`. */
export const MEASURE_NOUNS: readonly VocabularyEntry[] = [
  {
    words:
      'rate rates budget budgets count counts ratio ratios metric metrics percentage spike ' +
      'spikes report reports reporting tracking',
    note: 'Measures: "the user error rate" counts errors, it blames nobody.',
    flags: [],
    passes: [
      'The user error rate doubled after the release.',
      'The operator error count fell to zero.',
      "The engineer's error rate was high.",
    ],
  },
  {
    words: 'message messages code codes log logs page pages dialog dialogs screen screens banner banners',
    note: 'What a program shows: a "user error page" is the page users see when their input is wrong.',
    flags: [],
    passes: ['Customers saw the user error page for ten minutes.', 'The user error message was confusing.'],
  },
  {
    words:
      'handling state states class classes type types response responses path paths boundary ' +
      'boundaries case cases field fields',
    note: 'Code that handles errors: a "human error handling path" is a program\'s.',
    flags: [],
    passes: ['The human error handling path was never tested.', 'We added a user error class for bad input.'],
  },
];

/** A chance or a danger of something: what follows is a risk, said of no one (`the danger of becoming complacent`). */
export const RISK_NOUNS: readonly VocabularyEntry[] = [
  {
    words:
      'room chance chances risk risks likelihood possibility possibilities potential probability ' +
      'opportunity opportunities prone susceptible vulnerable danger dangers',
    note:
      'A chance of human error is a property of the process, which is the blameless way to say it; so is the ' +
      'danger of a state of mind that a practice guards against.',
    flags: [],
    passes: [
      'The new flow leaves less room for human error.',
      'The manual steps were prone to human error.',
      'We cut the non-critical pages, as there is a danger of becoming complacent.',
    ],
  },
];

/** Words before "human error" that make it a risk to reduce, not a cause: `reduce the chance of human error`. */
export const RISK_WORDS: readonly VocabularyEntry[] = [
  ...RISK_NOUNS,
  {
    words:
      'reduce reduces reduced reducing minimize minimizes minimized minimizing minimise ' +
      'minimises minimised minimising prevent prevents prevented preventing avoid avoids ' +
      'avoiding eliminate eliminates eliminating mitigate mitigates mitigating lessen lower ' +
      'lowers fewer less remove removes removing',
    note: 'Making human error less likely: a remedy, not a cause.',
    flags: [],
    passes: [
      'The checklist reduces the chance of human error.',
      'The wizard prevents operator error.',
      'You write something, validate it and then remove the human error element.',
    ],
  },
  {
    words:
      'against catch catches catching detect detects handle handles tolerate tolerates guard ' +
      'guards protect protects surface surfaces',
    note:
      'A system that copes with human error: what it does about errors, not who made one. A preposition frames ' +
      'only its own object: "run against staging by mistake" tells how the act was done.',
    flags: ['The engineer ran the migration against the production database by mistake.'],
    passes: [
      'The script guards against operator error.',
      'The validator catches user error before it reaches production.',
    ],
  },
];

/** Words before or after "human error" that deny it: `this was not human error`, `human error was not the cause`. */
export const DENIALS: readonly VocabularyEntry[] = [
  {
    words: "not never no isn't wasn't aren't weren't don't doesn't didn't nor without",
    note: 'Negation: saying a mistake was not the cause is what a blameless review says.',
    flags: [],
    passes: [
      'This was not human error.',
      'Human error was not the cause.',
      'The outage was caused by a race, not human error.',
    ],
  },
  {
    words: 'rather instead than unlike beyond',
    note: 'Contrast: human error named as what the cause was not.',
    flags: [],
    passes: ['The cause was the config rather than human error.', 'Unlike human error, the race was hard to see.'],
  },
  {
    words: 'deny denies denied denying rumor rumors rumour rumours alleged allegedly',
    note: 'Denials and rumours: a claim reported in order to deny or doubt it is not the writer naming a cause.',
    flags: [],
    passes: [
      'IT contractors deny human error to blame.',
      'Wright denied rumors of a botched mainframe upgrade as the reason for the glitch.',
    ],
  },
  {
    words: 'ruled excluded eliminated dismissed discounted',
    note: 'Ruling out: human error said to have been ruled out or excluded is a cause the review set aside.',
    flags: [],
    passes: [
      'Human error was ruled out after we found the scheduler bug.',
      'We ruled out operator error within the first hour.',
      'Investigators excluded human error as a factor.',
    ],
  },
];

/** Words after a denial that turn to what is said: `not a lack of electricity but employee error`. */
export const AFFIRMING_TURNS: readonly VocabularyEntry[] = [
  {
    words: 'but',
    note: 'After a denial, what follows "but" is what the writer says the cause was.',
    flags: ['The cause was not a lack of capacity but employee error.'],
    passes: ['The cause was not employee error but a race in the scheduler.'],
  },
];

/** What is said of human error in general, after `is` or `are`: `human mistakes are inevitable`. */
export const GENERAL_CLAIMS: readonly VocabularyEntry[] = [
  {
    words:
      'inevitable unavoidable normal natural expected common label term phrase word catch-all symptom starting ' +
      'something',
    note: 'Human error spoken of in general, or as a label: a view of error, not a person named as a cause.',
    flags: ['The root cause is human error.', 'Human error is what caused the outage.'],
    passes: [
      'Human mistakes are inevitable, and the system should make them hard to do.',
      "'Human error' is an overarching label that hides poor decisions.",
      'Human error is a symptom, not a cause.',
      'Operator error is something you can and should examine and address.',
      'Human error is predictable.',
      'Human error is seen as the effect of systemic vulnerabilities deeper inside the organization.',
      'In an exercise of this scale, human error can occur, but we have processes in place as has happened here.',
      'But human error cannot be eliminated even though electronic trading has made markets more efficient.',
      'Given the size of the Public Service, human error and lapses occur from time to time.',
    ],
  },
];

/** What follows a term that a sentence defines: `Human error refers to`, `Pilot error can be a mistake`. */
export const DEFINITIONS: readonly PatternEntry[] = [
  {
    patterns: ['refers|refer to', 'means|mean', 'is|are defined|understood as', 'can|may be a|an|any'],
    note:
      'A term at the opening of a sentence, then what it refers to, means or can be: the sentence defines the ' +
      'term. What the definition holds ("an act that had an outcome nobody intended", "lapse in judgment") is ' +
      'told of no incident.',
    flags: ['Human error may have caused the outage.', 'Operator error can be blamed for this outage.'],
    passes: [
      'Pilot error can be a mistake, oversight, lapse in judgment, or failure to exercise due diligence by pilots.',
      'Human error refers to an act that had an outcome nobody intended.',
      'Pilot error is defined as a decision or action that contributed to an accident.',
    ],
  },
];

/** Verbs (lemmas) that name a term, in `-ing` after a word that makes the naming a topic (see `NAMING_TOPICS`). */
export const TERM_NAMING: readonly VocabularyEntry[] = [
  {
    words: 'cite call label blame name classify',
    note:
      'Naming the term as an act talked about ("Regarding citing human error as the root cause", "stop calling ' +
      'it operator error", "the habit of blaming pilot error"), not done by the writers here.',
    flags: ['We are citing human error as the root cause.', 'The report closed the case, citing human error.'],
    passes: [
      'Regarding citing human error as the root cause, I would keep asking why.',
      'We should stop calling it operator error and ask what made the slip easy.',
      'The habit of blaming pilot error hides the design flaw.',
    ],
  },
];

/** Words before a naming verb in `-ing` that make the naming a topic: `about calling it`, `stop blaming`. */
export const NAMING_TOPICS: readonly VocabularyEntry[] = [
  {
    words: 'about regarding concerning of against on stop avoid quit',
    note:
      'A preposition, or a verb of giving up, before the naming: the naming is what the sentence talks about. ' +
      'A naming that opens the sentence is one too ("Citing human error as the root cause ends the inquiry"); ' +
      'after "are", a comma or "after" it is told as done.',
    flags: ['After citing operator error, the team closed the ticket.'],
    passes: ['Instead of labelling it human error, the review asked what the console showed.'],
  },
];

/** Nouns before `of` that make the term after them the topic: `on the topic of human error`. */
export const TOPIC_NOUNS: readonly VocabularyEntry[] = [
  {
    words: 'topic subject theme question matter',
    note:
      'The term named as what is talked about ("Since we\'re on the topic of human error, ...", "the subject of ' +
      'operator error came up"): it states no cause.',
    flags: ['The topic of the review was the outage, which human error caused.'],
    passes: ["Since we're on the topic of human error, I'd like to share a neat piece of our culture."],
  },
];

/** Verbs (lemmas) of telling someone what to do: `Telling people to be more careful`. */
export const ADVISING: readonly VocabularyEntry[] = [
  {
    words: 'tell ask remind urge instruct train encourage warn',
    note:
      'Telling nobody in particular (anyone, people, a plural with no determiner) to be more careful or to pay ' +
      'more attention is advice, often a remedy the writer rejects ("Telling people to be more careful will make ' +
      'the problem go away"); said to a person ("We told Bob to be more careful"), it judges that person.',
    flags: ['We told Bob to be more careful.', 'Dave was told to be more careful.'],
    passes: [
      'Telling people to be more careful will not stop the next outage.',
      'Asking engineers to pay more attention does not fix a noisy pager.',
    ],
  },
];

/** Words that mark a sentence as stating a cause. */
export const CAUSAL_WORDS: readonly VocabularyEntry[] = [
  {
    words:
      'root cause caused causes causing because due result resulted resulting led trigger ' +
      'triggered triggering attributed attributable owing stemmed stemming culprit broke wiped',
    note:
      'Errors in the plural ("user errors") are as often the errors users see as the errors ' +
      'users made: only a sentence that states a cause blames them. Breaking or wiping something ' +
      'states one too; "brought" does not ("brought to our attention").',
    flags: [
      'The outage was caused by user errors.',
      'User errors triggered the cascading failure.',
      'The root of it was user errors.',
      'A typo in the CI configuration broke the build.',
    ],
    passes: ['User errors rose during the outage.', 'User errors were brought to our attention by support.'],
  },
];

/** Naming what caused it: `Officials blamed human error`, `the city is calling it human error`. */
export const CAUSE_NAMINGS: readonly PatternEntry[] = [
  {
    patterns: [
      'blamed|blames|blaming|cited|cites|citing|chalked|chalks|chalking',
      'called|calling|termed|described|labelled|labeled it|this|that',
    ],
    note:
      'Blaming or citing a cause, or calling the incident something, states what caused it: "Officials blamed ' +
      'human error for the false alert", "the city is calling it human error". Only the sentence\'s stating a ' +
      'cause comes from here; "stop calling it operator error" is still a naming talked about (see "naming ' +
      'topics"), and "we call this X" in the present is what a term means to the writers.',
    flags: ['Officials blamed human error for the false alert.', 'The county is calling it a human error.'],
    passes: ['Calling it human error would miss the point: the console invited the slip.'],
  },
  {
    patterns: [
      'traced|traces|trace|tracing back? to',
      'came|comes|come|boiled|boils down to',
      'is|are|was|were to blame',
    ],
    note:
      'Tracing the incident back to something, saying it came down to it or is to blame, states what caused it: ' +
      '"The outage traces back to Omar\'s decision to skip the canary", "it came down to a typo in the runbook". ' +
      "Only the sentence's stating a cause comes from here, which lets a person's choice or a plural of errors " +
      'named in it count as the cause.',
    flags: [
      "The outage traces back to Omar's decision to skip the canary.",
      'An official report says pilot error is to blame for the plane crash last year.',
    ],
    passes: [
      "We traced the requests back to the engineer's laptop, which had the old config.",
      'A report says a faulty sensor is to blame for the crash.',
    ],
  },
];

/** Words that make a present-tense sentence a claim about incidents in general: `human error is often the cause`. */
export const GENERALISATIONS: readonly VocabularyEntry[] = [
  {
    words: 'often usually typically commonly frequently generally sometimes always invariably rarely seldom',
    note:
      'With "is", "are" or a verb in the present, and no "was", "were" or verb in the past, the sentence speaks ' +
      'of incidents in general, not of this one. "As is often the case, the cause was human error" still says ' +
      'what this cause was, and "always" with a verb in the past ("The engineer always forgot to renew the ' +
      'certificate") tells of this incident too.',
    flags: [
      'As is often the case, the root cause was human error.',
      'Human error often compounded the delay.',
      'The engineer always forgot to renew the certificate.',
    ],
    passes: [
      'All too often, operator error is identified as the causal factor.',
      'Sometimes the problems are caused by operator error where the crew makes a mistake.',
      'Human error, missing safeguards and time pressure often compound in subtle ways.',
      'There is always a missing guard behind a mistake made by an operator.',
    ],
  },
];

/**
 * Subjects that speak of anyone at all: with a verb in the present and none in the past, the sentence says what
 * happens, not what happened (`outages can occur due to human error`, `a technician makes a mistake`).
 */
export const GENERIC_DETERMINERS: readonly VocabularyEntry[] = [
  {
    words: 'a an any every each many most',
    note:
      'Before the subject of a verb in the present: one of a kind, any of them, not a person of this incident. ' +
      'A plural with no determiner at all ("Accidents are blamed on operator error") speaks in general too; ' +
      '"the", "our" and a name point at particular ones, and a verb in the past tells of this incident.',
    flags: ['A technician made a mistake, and the data center went down.', 'The operators are to blame.'],
    passes: [
      'Every once in a while, the backup systems fail, or a technician makes a mistake, and the site goes down.',
      'Accidents are blamed on operator error, mechanical failure, or some other single cause.',
      'Internet outages can occur due to equipment failures, power outages, or even human error.',
      'Misconfiguration: an administrator unintentionally modifies policies, leading to unintended consequences.',
    ],
  },
];

/**
 * Verbs that report what someone said: their past is the saying's, not the incident's (`"Humans make mistakes," he
 * said`).
 */
export const REPORTING_VERBS: readonly VocabularyEntry[] = [
  {
    words: 'say tell add write explain note',
    note:
      'In the past they tell when something was said, not what happened: a saying in the present ("Humans make ' +
      'mistakes," he said) still speaks in general. Another verb in the past still tells of this incident.',
    flags: ['"The operator made a mistake," he said.'],
    passes: ['"Humans make mistakes," he said, according to the newspaper.', 'He said that people make mistakes.'],
  },
];

/**
 * Verbs (as lemmas) that report what an organisation says of itself: a pronoun opening what it says stands for it
 * (`United says it accidentally filed fares`).
 */
export const STATEMENTS: readonly VocabularyEntry[] = [
  {
    words: 'say state admit acknowledge confirm concede announce explain',
    note:
      'An organisation that says "it" or "they" did something by mistake owns the slip, as if it had said "we": ' +
      'the pronoun stands for the speaker; so it does after a verb with no object and "after", "when" or "since" ' +
      '("Oxfam has apologised after it accidentally emailed"). A person speaking of "it" speaks of something else.',
    flags: [
      'United says it accidentally filed fares for $0.',
      'The council admitted that it had mistakenly sent the letters.',
      'Oxfam has apologised after it accidentally emailed a number of supporters.',
      'The council apologised after admitting it had inadvertently shared their email addresses.',
    ],
    passes: [
      'The engineer said it accidentally restarted the pod.',
      'United says it has fixed the fares.',
      'Acme restarted the proxy after it accidentally dropped the connection.',
    ],
  },
];

/** Verbs of letting happen: a thing that lets a slip be made says what could go wrong, not what someone did. */
export const PERMISSIONS: readonly VocabularyEntry[] = [
  {
    words: 'allow allowed allows allowing permit permitted permits permitting let lets enable enabled enables enabling',
    note:
      'A design or a tool that "allowed them to be installed incorrectly" tells how a slip was possible, a condition ' +
      'a finding names; the slip is not told as done. A person who let it happen is still read as acting.',
    flags: [],
    passes: [
      'A contributory factor was the design of the cams, which allowed them to be installed incorrectly.',
      'The console permitted the volume to be deleted accidentally.',
    ],
  },
];

/** Subjects that are nobody in particular: with a verb in the present, what happens, not who did it. */
export const ANYONE: readonly VocabularyEntry[] = [
  {
    words: 'someone somebody anyone anybody everyone everybody people',
    note: 'Nobody in particular, in the present: "someone fat-fingers a command" is what happens, not who did.',
    flags: ['Someone fat-fingered a command and the cluster went down.'],
    passes: ['Every so often someone fat-fingers a command and the cluster goes down.'],
  },
];

/**
 * Seeking a person, in `-ing` or after `to`: `finding the person who pushed the wrong button`, `to blame the one who`.
 * The person sought is anyone who might have done it, not one the sentence says did; `found` tells of one.
 */
export const SEEKING: readonly VocabularyEntry[] = [
  {
    words:
      'find finding look looking hunt hunting search searching blame blaming punish punishing identify identifying',
    note:
      'A blame culture described: "It\'s not about finding the person who pushed the wrong button" seeks whoever ' +
      'did it, and says nobody did. Told in the past ("we found the person who ...") the person is one who did.',
    flags: ['We found the person who typed the wrong command.'],
    passes: ['A blameless review is not about hunting for the person who typed the wrong command.'],
  },
];

/** Nouns of a person nobody in particular, after `the` or `a`, that SEEKING seeks: `the person who`, `the one who`. */
export const SOUGHT_PERSONS: readonly VocabularyEntry[] = [
  {
    words: 'person one individual culprit',
    note: 'Anyone who did it: after a word of seeking in "-ing" or after "to", nobody the sentence names.',
    flags: ['The person who restarted the wrong pod was on their first shift.'],
    passes: ['Nobody here is looking for the person who restarted the wrong pod.'],
  },
];

/**
 * Clause openers that, before a verb in the present, tell what happens whenever something does: `When a service
 * goes dark, we blame human error`.
 */
export const HABITUAL_OPENERS: readonly VocabularyEntry[] = [
  {
    words: 'when whenever if unless once',
    note:
      'With every verb in the present and none in the past, the clause says what happens each time, not what ' +
      'happened in this incident.',
    flags: ['When the service went dark, the operator error took the site down.'],
    passes: [
      'When a service goes dark, we blame human error, bad luck, or a flaky vendor.',
      'Blame happens when we stop our investigation with operator error.',
    ],
  },
];

/**
 * Incidents of a kind, in the plural with no determiner after a preposition: `of adverse incidents which have resulted
 * from human error`, `the contribution of human error to accidents`.
 */
export const INCIDENTS_AT_LARGE: readonly VocabularyEntry[] = [
  {
    words: 'incidents accidents outages breaches crashes mishaps',
    note:
      'Bare plurals after a preposition speak of incidents in general ("the reporting of adverse incidents which ' +
      'have resulted from human error"), not of this one; a determiner or a number points at particular ones ' +
      '("the two outages were caused by human error").',
    flags: ['The two outages were caused by human error.'],
    passes: [
      'Staff are often disciplined after the reporting of adverse incidents which have resulted from human error.',
      'We asked employers about a no-blame culture given the contribution of human error to adverse incidents.',
    ],
  },
];

/**
 * Words that make a sentence about many incidents or about the words themselves, in any tense: statistics, studies,
 * terms.
 */
export const MANY_INCIDENTS: readonly VocabularyEntry[] = [
  {
    words:
      'percent % per-cent proportion majority two-thirds studies study surveys survey estimated ' +
      'estimates industry organizations organisations patterns trends',
    note:
      'Statistics and studies count many incidents: "70% of outages were caused by human error" ' +
      'says nothing of this one.',
    flags: [],
    passes: [
      'An estimated 60% of unplanned downtime is attributed to human error during device configuration.',
      'Human errors caused a major outage in 40 percent of organizations in the past three years.',
      'Uptime estimates that human error plays some role in about two-thirds of all outages.',
    ],
  },
  {
    words: 'term terms so-called called describe describes described phrase label',
    note:
      'A sentence about a word mentions it rather than uses it: "The fat finger problem is a ' +
      'term used to describe errors".',
    flags: [],
    passes: [
      'The "fat finger" problem is a term used to describe errors caused by human operators making mistakes.',
      'So called fat-finger blunders have become more common with high-frequency trading.',
    ],
  },
];

/**
 * Quantifiers that, before an incident noun, make a claim about incidents in general: `almost every serious incident`,
 * `all outages`.
 */
export const INCIDENT_QUANTIFIERS: readonly VocabularyEntry[] = [
  {
    words: 'every all most many',
    note: 'Before an incident noun, within a few words: the sentence is about incidents in general.',
    flags: [],
    passes: [
      'Almost every serious incident traces back to a system that allowed a normal human mistake to cause damage.',
      'Over 70 of all outages are caused by human error.',
    ],
  },
];

/**
 * What opens a concession: `Even with the worker's mistake, the calls should have been rerouted`. A mistake
 * granted in an opening phrase, before a main clause that says what the system should have done, is the premise
 * of a systemic finding, not the writer's verdict.
 */
export const CONCESSIONS: readonly PatternEntry[] = [
  {
    patterns: ['even with|if|though|after|when', 'despite', 'in spite of', 'notwithstanding', 'although', 'granted'],
    note:
      "A person's mistake granted in an opening phrase, when the clause after the comma says what should have " +
      'caught it ("should", "must", "could", "would"), is conceded on the way to a finding about the system.',
    flags: ["Despite the runbook's warning, the engineer's mistake took the site down."],
    passes: [
      "Even with the worker's mistake, 911 calls should have been automatically rerouted to the back-up center.",
      "Even with the admin's mistake, the backup job should have refused to wipe a disk with no snapshot.",
      'Although the engineer forgot to drain the node, the scheduler should have moved the pods.',
    ],
  },
];

/**
 * Frames that disown the claim after them: the writer reports a denial (`The company denied that ...`), says how the
 * incident might look to others (`While this might look like human error, ...`), or names a verdict to set it aside
 * (`It would be easy to call this operator error, but ...`). A mistake after one, up to a turn (`but`, `however`, a
 * semicolon), is not the writer's finding.
 */
export const DISOWNINGS: readonly PatternEntry[] = [
  {
    patterns: [
      'denied|denies|deny|denying|rejected|rejects|reject|rejecting|refuted|refutes|disputed|disputes|dismissed|' +
        'scotched|scotches|quashed|quashes|debunked|debunks that|claims|claim|reports|suggestions|allegations|' +
        'speculation|rumours|rumors|accusations',
      'denied|denies|rejected|rejects|refuted|refutes|disputed|disputes|dismissed|scotched|quashed|debunked ' +
        'claims|reports|suggestions that',
    ],
    note: 'A denial or rejection reported: the claim it disowns names no cause the writer gives.',
    flags: ['The report found that the engineer had deleted the wrong table.'],
    passes: [
      'The company denied that the outage was caused by human error.',
      'Officials rejected claims that staff error was to blame.',
      'The bank says it has fixed a computer problem and has scotched reports the problem was due to human error.',
    ],
  },
  {
    patterns: [
      'easy|tempting|convenient|simplistic|unfair|wrong|premature|early|misleading|lazy to call|blame|say|conclude|' +
        'label|write|dismiss',
      'calling|labelling|labeling|dismissing this|it|that',
    ],
    note: 'A verdict named in order to set it aside: what would be easy or tempting to say is not what is said.',
    flags: ['We had to call this operator error.'],
    passes: [
      'It would be easy to call this operator error, but the interface invited the mistake.',
      'Calling this a human error would miss the point: the tool allowed a destructive command.',
      'It is tempting to say the engineer should have checked, but nothing prompted them to.',
      'The chief engineer said it was premature to call it human error until the review was done.',
    ],
  },
  {
    patterns: [
      'no|little evidence|indication|suggestion|sign|reason that|to|of',
      'no valid|good|real evidence|indication|suggestion|sign|reason that|to|of',
      'no|little evidence|indication|suggestion|sign in|on the|this|that? * that',
      'nothing suggests|suggested|indicates|indicated|shows|showed',
    ],
    note:
      'A finding that nothing supports the blame ("There is no evidence that the engineer was negligent", "no valid ' +
      'reason to conclude the employee had been negligent"): the claim is set aside, not made.',
    flags: ['The report found that the engineer had deleted the wrong table.'],
    passes: [
      'There is no evidence that the engineer was negligent.',
      'There was no valid reason to conclude the employee had been negligent in complying with safety requirements.',
      'Nothing suggests the operator was careless.',
      'There was no evidence in the record that he was performing his duties in a careless manner.',
    ],
  },
  {
    patterns: ['misspoke|misspoken|misspeaks|retracted|retracts|withdrew|withdraws|recanted|recants'],
    note:
      'A statement taken back ("she misspoke when she attributed the failure to human error"): the cause it gave is ' +
      'the one withdrawn.',
    flags: ['The report found that the engineer had deleted the wrong table.'],
    passes: [
      'The clerk said she misspoke last week when she attributed the initial failure to review the ballots to human ' +
        'error.',
    ],
  },
  {
    patterns: ['made|makes|make it sound|look|seem like|as'],
    note:
      'Words said to have given a wrong impression ("I made it sound like I was blaming my staff"): the writer takes ' +
      'back what the impression was, not a cause they give.',
    flags: ['The report made clear that the engineer had deleted the wrong table.'],
    passes: ['I made it sound like I was blaming my staff, and I did not mean that.'],
  },
];

/**
 * How the incident might look (`While this might look like simple human error, it was made possible by ...`): disowned
 * only where the sentence corrects it, opening with a concession (`while`, `although`) or turning after it (`but`).
 * "This may sound like a very stupid mistake" alone says it was one.
 */
export const APPEARANCES: readonly PatternEntry[] = [
  {
    patterns: ['might|may|could|would look|seem|appear|sound like|as', 'sounded like|as'],
    note:
      'An appearance the sentence corrects: what it may look like, or what words sounded like, is not what the ' +
      'writer finds. "Looks like" and "looked like" tell what the writer found ("Looks like @dev force pushed main, ' +
      'but ...").',
    flags: [
      'This may sound like a very stupid mistake you will never make.',
      'Looks like the engineer accidentally deleted the wrong table, but we restored it.',
    ],
    passes: [
      'While this might look like simple human error, it was made possible by a missing safeguard.',
      'This may look like operator error, but the console offered no confirmation.',
      "I know that it sounded like it's my fault but the truth is, it's not.",
    ],
  },
  {
    patterns: ['i|we thought|feared|assumed|suspected|worried'],
    note:
      'What the writers first believed, and the sentence then corrects: "At first I thought I\'d somehow caused it, ' +
      'but it was not my fault". A belief acted on stays the act ("I thought it was staging, so I ran the ' +
      'migration in production").',
    flags: ['I thought it was staging, so I dropped the production table.'],
    passes: ["At first I thought I'd somehow caused it, but fortunately it was not my fault."],
  },
];

/** What opens a sentence that grants an appearance on the way to correcting it: `While this might look like ...`. */
export const CORRECTING_OPENERS: readonly VocabularyEntry[] = [
  {
    words: 'while whilst although though',
    note: 'A concession opening the sentence: the appearance it grants is corrected in the main clause.',
    flags: [],
    passes: ['Although it may seem like a careless slip, the form invited it.'],
  },
];

/** Claims a sentence reports in order to refute them later in it: `Early speculation that ... proved false`. */
export const REFUTED_CLAIMS: readonly PatternEntry[] = [
  {
    patterns: ['speculation|claims|claim|reports|report|rumours|rumors|suggestions|allegations|fears that'],
    note: 'A claim the same sentence calls false (see `REFUTATIONS`) names no cause the writer gives.',
    flags: ['Reports that the engineer forgot to renew the certificate were confirmed.'],
    passes: ['Early speculation that an employee had deleted the records proved false.'],
  },
];

/** What calls a claim false after it: `proved false`, `turned out to be wrong`, `were unfounded`. */
export const REFUTATIONS: readonly PatternEntry[] = [
  {
    patterns: [
      'proved|proven|turned|was|were|is|are|has|have *? *? *? false|wrong|unfounded|untrue|baseless|incorrect|mistaken',
    ],
    note: 'A claim called false: what it said is not the cause.',
    flags: [],
    passes: ['Rumours that a technician had unplugged the server turned out to be false.'],
  },
];

/** Modals of the clause a concession leads to: what the system should, could or would have done. */
export const OBLIGATIONS: readonly VocabularyEntry[] = [
  {
    words: 'should must could would ought',
    note: "After a conceded mistake, the main clause's modal says what the system should have done instead.",
    flags: [],
    passes: ["Even with the worker's mistake, 911 calls should have been automatically rerouted."],
  },
];

/**
 * What may open a diary's note before its verb, with a comma after it: `Whoops, must've forgotten to build`, `Sorry,
 * missed a file`. The writer, left out, is the verb's subject all the same.
 */
export const DIARY_INTERJECTIONS: readonly VocabularyEntry[] = [
  {
    words: "oops whoops woops sorry argh ugh damn dang welp ouch yikes doh d'oh meh oh ah",
    note:
      'An exclamation or an apology before a root cause\'s note that opens with its verb ("Oops, forgot to bump the ' +
      'version") leaves the writer out as the note does without it: the slip is the writer\'s.',
    flags: ["Whoops, must've forgotten to build.", 'Sorry, forgot to run the migrations.'],
    passes: ['Oops, the scheduler skipped the backup.', 'Sorry, the build was slow.'],
  },
];
