// A slip named as the cause with nobody named: "a typo in the config caused", "the button was
// unintentionally pressed". The corpus counts these as human error. Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Slips that only a person's hands make: in a root cause, or in a sentence that states a cause. */
export const SLIP_NOUNS: readonly VocabularyEntry[] = [
  {
    words: 'typo typos typographical mistype mistypes misspelling misspellings fat-finger oopsie oopsies whoopsie',
    note:
      "A typo as the cause stops the analysis at the person's hands: say what let the typo " +
      'through (no validation, no review, no dry run).',
    flags: [
      'The root cause was a typo in the configuration files.',
      'A single typo in the config caused the outage.',
      'The outage was caused by a dependency oopsie.',
    ],
    passes: [
      'Validation now rejects a typo in the region name.',
      'Typos in the runbook were fixed.',
      'Now if you mistype the command, the prompt stops the deploy that a typo would have caused.',
    ],
  },
  {
    words:
      'screwup screwups screw-up screw-ups cock-up cock-ups foul-up foul-ups goof goofs goof-up gaffe gaffes ' +
      'mix-up mix-ups',
    note:
      'A mistake in slang, stated as the cause ("due to a merge screwup"): human error with the person left out, as ' +
      'a typo is; say what let it through.',
    flags: [
      'The release was pulled because, due to a merge screwup, the tarball did not match the tag.',
      'An email gaffe exposed the details of 300 staff.',
    ],
    passes: ["The new merge queue makes a screwup like last month's impossible."],
  },
];

/** Errors said to be made in doing something, before `when`, `while` or `in`: `an error when making a change`. */
export const ERRORS_IN_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'error errors mistake mistakes',
    note:
      'An error made while a person did a step ("an error when making a setting change", "a mistake while ' +
      'updating the record"), in a root cause or a sentence that states a cause: a slip with its person left out. ' +
      'The act must be one only people do, a duty (see "duties") or making a change; "an error when processing ' +
      'the request" is a program\'s.',
    flags: [
      'The cause of the outage was determined to be an error when making a setting change to an email server.',
      'A mistake while updating the DNS record caused the outage.',
    ],
    passes: [
      'The cause of the outage was an error when processing large uploads.',
      'The job logs an error when making a request to the API.',
    ],
  },
];

/** What a person makes, after `making`: `an error when making a setting change`. */
export const CHANGES_MADE: readonly VocabularyEntry[] = [
  {
    words: 'change changes edit edits update updates modification modifications',
    note: "A change a person makes: an error while making one is the person's slip.",
    flags: ['The cause was an error while making a configuration change.'],
    passes: ['The cause was an error while making a request to the billing API.'],
  },
];

/** Mistakes given as the cause with nobody named, right after a word of cause: `due to a mistake`. */
export const MISTAKES_AS_CAUSE: readonly VocabularyEntry[] = [
  {
    words: 'mistake blunder misstep slip-up',
    note:
      'One mistake given as the cause with nobody named ("due to a mistake, it ended up being a real release", ' +
      '"because of a mistake in typing the address"): a person\'s slip all the same, as a typo is; not a ' +
      'mistake in a thing ("a mistake in the university software"). Only right after "due to", "because of", ' +
      '"owing to", "caused by", "the result of" or "arose from" and "a", "an" or "one", or as the subject of ' +
      '"caused", "led", "resulted" or "triggered" ("after a blunder led to a patient being given the wrong ' +
      'medication"): said ' +
      'anywhere else a mistake is often a program\'s or anyone\'s ("A mistake in the WHERE clause deleted rows", ' +
      '"everyone makes mistakes").',
    flags: [
      'It was intended to be a dry-run release, but due to a mistake, it ended up being a real release.',
      'The alerts did not get through because of a mistake in typing the address.',
      'The pharmacy changed its procedures after a blunder led to a patient being given the wrong medication.',
      'The situation arose from a genuine mistake when sending out some 5,000 letters.',
    ],
    passes: [
      'The delay happened because our monitoring focuses on common mistakes.',
      'A mistake in the WHERE clause of the migration deleted 3,000 rows.',
      'The applicants received the email because of a mistake in the university software.',
    ],
  },
];

/** Words that call an act a slip, before the act's noun (see `ACCIDENTAL_ACTS`): `an accidental switch-off`. */
export const SLIP_ADJECTIVES: readonly VocabularyEntry[] = [
  {
    words: 'accidental inadvertent unintentional mistaken',
    note:
      'An act said to be done by accident or by mistake, stated as the cause: human error with the person left ' +
      'out, as a typo is. Only before an act (see "accidental acts"): "accidental complexity" is no slip.',
    flags: [
      'An accidental switch-off caused IT systems at the council to go offline for 36 hours.',
      'One of these outages was an accidental paste into a terminal.',
      'The outage was caused by the mistaken takedown of the production server.',
    ],
    passes: ['Accidental complexity in the deploy scripts slowed the response.'],
  },
];

/** Acts that, called accidental, are a slip: `an accidental deletion`, `the inadvertent release of the data`. */
export const ACCIDENTAL_ACTS: readonly VocabularyEntry[] = [
  {
    words:
      'deletion deletions removal removals switch-off switch-offs shutdown shutdowns shut-down reboot reboots ' +
      'restart restarts push pushes merge merges commit commits overwrite overwrites publication release ' +
      'disclosure disclosures email emails e-mail click upload uploads change changes disconnection unplugging ' +
      'paste pastes takedown takedowns keystroke keystrokes keypress wipe wipes forwarding sending sharing posting ' +
      'transfer transfers',
    note:
      'What a person does by hand: called accidental and stated as the cause (in a root cause, or with a word of ' +
      'cause), it is a slip with nobody named. Guarding against it is no cause.',
    flags: [
      'The root cause was the accidental deletion of the production bucket.',
      'An inadvertent push to the release branch triggered the deploy.',
      'The email reached 180 unintended recipients, due to mistaken forwarding of the email.',
    ],
    passes: [
      'Versioning protects the bucket against accidental deletion.',
      'Accidental deletions are kept in the trash for 30 days.',
    ],
  },
];

/**
 * Mistakes that, as the whole of a root cause's note, are a person's slip: `Mistake from previous push`. The slip
 * nouns above are read so too.
 */
export const SLIP_HEADLINES: readonly VocabularyEntry[] = [
  {
    words: 'mistake mistakes oversight oversights blunder blunders slip-up slip-ups goof goofs',
    note:
      'A root cause that is only a mistake\'s name and where it was ("Typo in the hostname", "Mistake from previous ' +
      "push\") is a commit's or a changelog's note of the writer's slip: say what let it through. A program's " +
      'fault is an "error" or a "bug", not read so.',
    flags: ['Mistake from previous push', 'Typo in the hostname', 'Small oversight in the migration script.'],
    passes: [
      'Typo detection in the linter is off by default.',
      'Error in the config parser.',
      'Mistakes in the runbook were fixed.',
    ],
  },
];

/**
 * Slips said with an adverb, in the passive or before a participle: `was unintentionally pressed`, `an incorrectly
 * typed command`.
 */
export const SLIP_ADVERBS: readonly VocabularyEntry[] = [
  {
    words:
      'accidentally accidently accidentaly accidentlly accidentially mistakenly mistakingly inadvertently ' +
      'inadvertantly unintentionally ' +
      'mistyped misspelled misspelt misdirected misplaced',
    note:
      'In a root cause, a slip in the passive names human error with the person left out; a ' +
      'program as the agent ("was deleted accidentally by the cleanup job") is a finding about ' +
      'the program. So does an act done by accident whose doer is left out or not a program ("and accidentally ' +
      'merged it", "only to have accidentally deleted the admin\'s account"). Elsewhere, only a slip told in the ' +
      'passive of a thing ("One of the nodes was accidentally deleted", "the issue was closed by mistake"): not a ' +
      'state ("were issued incorrectly"), a thing before its noun ("a misdirected email"), what befell people ("the ' +
      'platform team was accidentally paged"), nor what is said in general.',
    flags: [
      'The "Publish" button for release 0.48.0 was unintentionally pressed instead of the "Save Draft" button.',
      'He tried to help me, and accidentally merged it.',
      'An accidentally deleted route table caused the outage.',
      'Pages that carried essential code had been deleted, by mistake of course.',
      'The blog was mistakenly deleted by us.',
      'The root cause was a misdirected migration command to the production environment.',
    ],
    passes: [
      'The bucket was accidentally deleted by the cleanup job.',
      'The cron job accidentally deleted the bucket.',
    ],
  },
];

/**
 * Adverbs that say a result was wrong, not that an act was unintended: in the passive they are slips as the words above
 * are; before a participle and its noun they tell the thing's state, as `mis-` does, and are a slip only where the
 * `mis-` word is one of the slips above (`an incorrectly typed command` is a mistyped one).
 */
export const RESULT_SLIP_ADVERBS: readonly VocabularyEntry[] = [
  {
    words: 'incorrectly erroneously wrongly',
    note:
      'In a root cause, "the renewal was erroneously approved" names a slip with the person left out. Before a ' +
      'noun, "an incorrectly configured mailing list" says what state the list was in, as "a misconfigured mailing ' +
      'list" does, and names no slip; "an incorrectly typed command" is a mistyped one, which only hands make.',
    flags: [
      'An incorrectly typed command during routine debugging caused the outage.',
      'The renewal was erroneously approved before the domain was revalidated.',
      'A wrongly spelled hostname in the deploy script took the site down.',
    ],
    passes: [
      'These delays are due to an incorrectly configured mailing list that was replied to many times.',
      'The root cause was a wrongly sized connection pool.',
      'An erroneously formatted date in the feed stopped the import.',
    ],
  },
];

/**
 * A mistake made, in the passive, with nobody named: `a really embarrassing mistake was made`, `a manual configuration
 * error was made`. One mistake, after a determiner that is not `no`.
 */
export const MADE_SLIPS: readonly PatternEntry[] = [
  {
    patterns: [
      'mistake|error|blunder|oversight|slip|slip-up|typo|goof|misjudgment|misjudgement|miscalculation ' +
        'was|got made|committed',
      'mistake|error|blunder|oversight|slip|slip-up|typo|goof|misjudgment|misjudgement|miscalculation ' +
        'had|has been made|committed',
    ],
    note:
      'Making a mistake is what people do: "a mistake was made" names human error as the cause with the person ' +
      'left out. Read in a root cause or a stated cause, for one mistake: "a whole series of mistakes were made" ' +
      'speaks of a system of them, and "no mistake was made" denies it. A program\'s error is returned, thrown or ' +
      'logged, not made; a mistake "made worse" or an error "made visible" was there already.',
    flags: [
      'Unfortunately a really embarrassing mistake was made, which affected a limited number of our customers.',
      'A manual configuration error was made during the migration.',
      'During this process, an error was made that resulted in the wrong zone being targeted.',
      'A costly oversight had been made in the rollout plan.',
    ],
    passes: [
      'No mistake was made during the failover.',
      'It is not a single mistake: a whole series of mistakes were made.',
      'The error was made visible on the new dashboard.',
      'An error was returned by the API for every request.',
      'If a mistake is made, the dry run shows it.',
    ],
  },
];

/**
 * Verbs of an event that happened: `This breach happened by mistake`. With `by mistake` after them, in a root cause,
 * the event came of someone's mistake, as an act in the passive does (`The deletion was done by mistake`).
 */
export const MISTAKEN_EVENTS: readonly VocabularyEntry[] = [
  {
    words: 'happen occur',
    note:
      'An event that "happened by mistake" or "occurred by mistake" came of a mistake with the person left out, as ' +
      '"was done by mistake" does: a slip named as the cause. A program\'s own act by mistake ("the alert fired by ' +
      'mistake") is a false positive, not read so; nor is a denial ("None of this happened by mistake").',
    flags: [
      'This data privacy breach happened by mistake.',
      'The outage occurred by mistake during routine maintenance.',
      'The deletion was done by mistake.',
    ],
    passes: [
      'The alert fired by mistake.',
      'None of this happened by mistake: the script was written to purge old rows.',
      'The email was sent by mistake by the notification service.',
    ],
  },
];

/** Lapses only a mind has, told in the passive: `the step was forgotten`. */
export const LAPSED_PASSIVES: readonly VocabularyEntry[] = [
  {
    words: 'forgotten overlooked neglected missed omitted',
    note:
      'In a root cause, a step "was forgotten", a setting "was overlooked": a lapse of someone\'s with the person ' +
      'left out, human error said in the passive. Not with a program as the agent ("overlooked by the linter"), nor ' +
      'denied ("nothing was overlooked").',
    flags: [
      'But at some point that selection was overlooked, officials said.',
      'The final step was forgotten.',
      'A step was missed in what should have been standard operating procedure.',
    ],
    passes: ['The error was overlooked by the linter.', 'Nothing was overlooked: the runbook had no such step.'],
  },
  {
    words: 'transposed mistyped misdialled misdialed misfiled mislabelled mislabeled misaddressed miskeyed',
    note:
      'A slip of the hands told in the passive, its doer left out ("the red and yellow aspects were transposed", ' +
      '"the hostname was mistyped"): human error said without the word, as a lapse is.',
    flags: ['After the track works, the red and yellow aspects on the signal were transposed.'],
    passes: ['The columns were transposed by the export script.'],
  },
];

/** Acts of putting something in by hand, which `instead of` tells were done to the wrong place or thing. */
export const INPUT_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'typed keyed entered selected chosen picked copied pasted filled ticked clicked inputted input',
    note:
      'Entering or choosing by hand: in a root cause, told in the passive with "instead of" the right place or ' +
      'thing ("the addresses were entered into the To field instead of the Bcc field"), a slip with its doer left ' +
      'out, as the wrong field named is. Not sending or routing, which programs do as often ("the traffic was sent ' +
      'to the backup region instead of the primary").',
    flags: ['The addresses were entered into the To field instead of the Bcc field.'],
    passes: [
      'The traffic was sent to the backup region instead of the primary.',
      'The value is now typed in a form instead of a spreadsheet.',
      'The config was copied from staging instead of production by the sync job.',
    ],
  },
];

/** What a root cause may call the act, after `it was`: `Thanks, yeah, that was an accident.` */
export const SLIPS_CALLED: readonly VocabularyEntry[] = [
  {
    words: 'accident blunder slip-up oversight',
    note:
      'In a root cause, "it was an accident" or "that was an oversight" with nothing after it calls the act a slip, ' +
      'with nobody named: human ' +
      'error said without the word. Not denied ("it was not an accident"), nor with more after the noun ("it was an ' +
      'accident on the motorway"). Not "it was a mistake", which is what fix-all leaves of "it was a careless ' +
      'mistake": the judgement taken out, the sentence says what the writers made of it.',
    flags: [
      'Thanks, yeah, that was an accident.',
      'It was a genuine accident.',
      "Hi, I'm sorry about that, that was an oversight.",
    ],
    passes: [
      'It was not an accident.',
      'It was an accident on the motorway that closed the road to the data centre.',
      'It was a mistake.',
    ],
  },
];
