// Words that judge a person rather than describe what happened: `careless`, `negligence`, `not
// paying attention`, `a rookie mistake`. Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Adjectives that judge, of a person or of their work: `a careless deploy`. */
export const JUDGING_ADJECTIVES: readonly VocabularyEntry[] = [
  {
    words:
      'careless negligent sloppy lazy reckless irresponsible thoughtless inattentive ' +
      'overconfident over-confident complacent cavalier unqualified clumsy amateurish',
    note:
      'A want of care: said of a person or of their work, it judges the person. The fix drops ' +
      'the adjective and keeps the noun. After "is", of a thing as it is now ("the admin console is clumsy"), ' +
      'it describes the thing.',
    flags: [
      'The engineer was careless.',
      'A reckless rollout took the site down.',
      'The SRE was overconfident and rushed the change.',
      'An unqualified engineer made the change.',
      'A fiber got cut by a clumsy contractor with a backhoe.',
      "It was, frankly, an amateurish piece of work by the vendor's engineer.",
    ],
    passes: [
      'The proxy uses lazy loading.',
      'A sloppy quorum let the write through.',
      'The old admin console is clumsy and hides the delete button.',
    ],
  },
  {
    words: 'unforgivable unforgiveable inexcusable unpardonable reprehensible',
    note:
      'A verdict that what was done cannot be forgiven or excused, or deserves reproach: it judges whoever did it, ' +
      'whatever the word is said of ("three unforgivable things", "an inexcusable failure by the vendor", "his role ' +
      'was highly reprehensible"). A finding says what made the act likely. Not "unforgiving", which tells how a ' +
      'system treats mistakes.',
    flags: [
      'This guy did three unforgivable things in the world of IT.',
      'The court termed his role in the exam errors highly reprehensible.',
      'Overall an inexcusable failure of network design by the vendor.',
    ],
    passes: [
      'The method of deployment was unforgiving; templates had to be copied into the CMS by hand.',
      'The old console is unforgiving: one wrong click deletes the project.',
    ],
  },
];

/**
 * Insults to a mind, of a person or of what a mind did (`a stupid mistake`); before a thing that does not think and
 * is nobody's act (`the stupid script`, `stupid AWS outages`) they vent at the thing.
 */
export const INSULTING_ADJECTIVES: readonly VocabularyEntry[] = [
  {
    words:
      'incompetent stupid dumb idiotic foolish boneheaded bone-headed bonehead clueless moronic fat-fingered ' +
      'bumbling inept hapless brainless witless hamfisted ham-fisted',
    note:
      "Insults to a person's mind, said of the person or of an act only a mind does (a mistake, a move, a " +
      'decision). Before a thing that neither thinks nor is an act ("the stupid script", "stupid outages"), or said ' +
      'after "is" of a thing or of "it" as it is now ("it\'s so dopey and stupid"), they tell what the writer makes ' +
      'of the thing.',
    flags: [
      'It was a stupid mistake.',
      'A clueless reviewer approved it.',
      'A fat-fingered admin brought down the data center.',
      'This bonehead move was made by a member of our IT team.',
      'A bumbling IT contractor shut down a power supply unit.',
      'A hamfisted worker at the colo provider shut down several ISPs.',
    ],
    passes: [
      'The dumb client retried forever.',
      'I sat there for a few minutes checking if I was dumb.',
      'Honestly, the alerting setup is dumb: every page fires twice.',
      'The stupid script deleted the logs.',
      'We spent the night on another stupid AWS outage.',
    ],
  },
];

/**
 * What a mind does, besides mistakes and choices, that an insult before it judges as its doer's: `a bonehead move`.
 * The vague ones count only after a verb of doing (see `VAGUE_DOINGS`).
 */
export const INSULTED_ACTS: readonly VocabularyEntry[] = [
  {
    words:
      'move moves idea ideas trick tricks tradeoff tradeoffs trade-off trade-offs maneuver maneuvers manoeuvre ' +
      'manoeuvres act acts stunt stunts thinking behaviour behavior change changes deploy deploys deployment ' +
      'rollout rollouts commit commits fix fixes patch patches edit edits merge merges',
    note: 'An act of a mind, or a piece of work done: an insult to it insults the one who did it.',
    flags: [
      'That was a bonehead move by the admin.',
      'Whose dumb idea was it to deploy on Friday?',
      'That was a stupid change.',
    ],
    passes: ['The stupid cron job deleted the logs.'],
  },
];

/** Anything at all, which an insult judges as a doing only after a verb of doing: `doing dumb things`. */
export const VAGUE_DOINGS: readonly VocabularyEntry[] = [
  {
    words: 'thing things stuff',
    note:
      'Anything at all: a doing after a verb of doing ("sysadmins doing dumb things"), a thing otherwise ("this ' +
      'stupid thing would not boot").',
    flags: ['Sysadmins keep doing dumb things.'],
    passes: ['This stupid thing would not boot.'],
  },
];

/** Adjectives that judge only when said of a person: `a useless manager`, `he was useless`; not `useless alerts`. */
export const PERSON_JUDGING_ADJECTIVES: readonly VocabularyEntry[] = [
  {
    words: 'naive naïve short-sighted shortsighted',
    note:
      'Judgement found wanting: of a person ("It was naive of us to assume the backups worked", "the new admin was ' +
      'naive about DNS caching") it judges them; of a program ("a naive retry loop") it names a simple design.',
    flags: ['It was naive of us to assume the backups worked.', 'The new admin was naive about DNS caching.'],
    passes: ['The naive retry loop hammered the API.', 'A naive string match picked the wrong host.'],
  },
  {
    words: 'inexperienced untrained unskilled',
    note:
      'Experience or training denied: of a person or of people ("inexperienced management", "an untrained ' +
      'contractor") it puts the cause in them; say what training, pairing or guard the work lacked ("an engineer ' +
      'new to the system, with no runbook for the step"). Of a thing ("an untrained model") it describes the thing.',
    flags: [
      'Inexperienced management at the exchange led to bad decisions during the de-peg.',
      "Don't let inexperienced managers handle the treasury.",
      'The outage was caused by an untrained contractor.',
    ],
    passes: [
      'The untrained model flagged every request as spam.',
      'Most of the stale alerts came from an untrained classifier.',
    ],
  },
  {
    words:
      'useless worthless hopeless disorganised disorganized arrogant ignorant incapable marginal mediocre ' +
      'unprofessional',
    note:
      'Worth or character denied: of a person, before them or after `is` / `was`, they judge the person; of a ' +
      'thing ("useless alerts", "marginal gains") they describe it.',
    flags: [
      'So it became apparent this guy was as useless as a screen door on a submarine.',
      'Instrument Repairman Perry Shea was a marginal employee at best.',
      'The director, who was useless, decided we should hire one.',
      'Regulators said the nurse was unprofessional in not disclosing the error.',
    ],
    passes: [
      'The alerts were useless during the outage.',
      'The dashboard was useless because the metrics were stale.',
      'The gains from caching were marginal.',
      'The old error page looked unprofessional.',
    ],
  },
];

/** Adverbs that judge how a person acted: `carelessly deleted`. */
export const JUDGING_ADVERBS: readonly VocabularyEntry[] = [
  {
    words: 'carelessly negligently sloppily incompetently recklessly stupidly foolishly irresponsibly thoughtlessly',
    note: 'Judgement of how something was done; the act without the adverb is what happened.',
    flags: ['Bob carelessly deleted the table.', 'The engineer carelessly pushed to main.'],
    passes: ['Bob deleted the table.', 'The engineer pushed to main.'],
  },
];

/** Nouns that judge: `the outage was due to negligence`. */
export const JUDGING_NOUNS: readonly VocabularyEntry[] = [
  {
    words:
      'carelessness negligence sloppiness laziness incompetence recklessness stupidity foolishness inattention ' +
      'overconfidence complacency arrogance hubris inexperience misconduct maladministration',
    note:
      'A failing of character named as the cause, where a finding would name what allowed the mistake; the nouns ' +
      'of the judging adjectives ("overconfident", "complacent"). A failing that is nobody\'s (no "his", "the", ' +
      '"by the operator") as the subject of a norm ("must not be tolerated"), of what it is now, asked about ' +
      '("What about negligence?") or in a sentence about what generally happens names no one who failed; nor does ' +
      'one before a noun, which names its kind ("a negligence solicitor").',
    flags: [
      'The outage was due to negligence.',
      'The outage came from carelessness.',
      'It is a story of that oldest character flaw: overconfidence.',
      "The engineer's inexperience led to the outage.",
      'The hearing found that gross misconduct was proven.',
      "For reasons not fully explained but which involved negligence on the driver's part, he lost control.",
    ],
    passes: [
      'The outage was due to a missing check.',
      'With that said, gross negligence and harmful acts must not be ignored or tolerated.',
      'What about negligence? In most cases dismissal would be too harsh a penalty.',
      'A clinical negligence solicitor said the error could have harmed patients.',
      "The issue to be decided is whether the employee's actions constitute misconduct.",
      'Reprimands, generally, are advisory after a breach from incompetence or lack of training.',
    ],
  },
];

/** How work is judged when a person is said to have done it: `had done a poor washing job`. */
export const POOR_WORK: readonly VocabularyEntry[] = [
  {
    words: 'poor bad sloppy shoddy terrible lousy awful substandard slapdash crap crappy horrible dreadful lazy',
    note:
      'A person who "did a poor job" or "had done a sloppy piece of work" is judged on the work, where a finding ' +
      'would say what the work lacked. Read after "do" and "a" or "an", with "job" or "work" a word or two after, ' +
      'and a person (not the writers, not a program) as the one who did it.',
    flags: [
      'It was clear that the tanker driver had done a poor washing job.',
      'The contractor did a sloppy job of the cabling.',
    ],
    passes: [
      'The health check does a poor job of detecting slow disks.',
      'We did a poor job of communicating during the outage.',
      'The engineer did a good job of containing the damage.',
    ],
  },
];

/** Name-calling: `idiot`, `moron`, `fool`. */
export const NAME_CALLING: readonly VocabularyEntry[] = [
  {
    words:
      'idiot idiots moron morons nitwit nitwits imbecile imbeciles dimwit dimwits halfwit ' +
      'halfwits schmuck schmucks asshole assholes arsehole arseholes buffoon buffoons numpty ' +
      'numpties muppet muppets fool fools wanker wankers jerk jerks loser losers dolt dolts oaf oafs',
    note:
      'Name-calling: never a finding about a system. Only as a noun: "to fool the health check" is a verb, as ' +
      'the tagger reads it.',
    flags: [
      'The engineer is an idiot.',
      'Imagine a nitwit that did not account for needing handles on the doors.',
      'As a result, this fool lost his job.',
      'The first involved some wanker driving his car into the local power substation.',
    ],
    passes: ['The engineer is an expert.', 'The probe was changed to fool the health check.'],
  },
];

/** Terms of art a judging adjective opens: `lazy loading`, `a dumb terminal`, `a sloppy quorum`. Not blame. */
export const TERMS_OF_ART: readonly PatternEntry[] = [
  {
    patterns: [
      'lazy loading|load|loaded|loader|loaders|evaluation|evaluated|initialization|initialisation|init|import|' +
        'imports|instantiation|deletion|migration|replication|iterator|iterators|sequence|sequences|val|var|' +
        'property|properties|copy',
    ],
    note: 'Lazy work, done when first needed: "lazy loading", "lazy evaluation", "lazy val".',
    flags: ["Marcus's sloppy migration wiped the sessions table."],
    passes: ['Lazy initialization delayed startup.', 'The proxy uses lazy loading.'],
  },
  {
    patterns: ['lazy *? lookup|lookups|fetch|fetches|fetching|query|queries|join|joins|relationship|relationships'],
    note: 'Data read lazily, when first used, perhaps by a store named between: "lazy DB lookups", "a lazy join".',
    flags: [],
    passes: ['The ORM avoids later lazy DB lookups.', 'A lazy relationship fired one query per row.'],
  },
  {
    patterns: ['dumb terminal|terminals|pipe|pipes|client|clients|proxy|switch'],
    note: 'Dumb devices: ones that pass data on without logic of their own.',
    flags: [],
    passes: ['The dumb client retried forever.', 'The dumb switch dropped the packets.'],
  },
  {
    patterns: ['sloppy quorum|quorums|consensus|mode', 'lazy locking|lock|matching|match|regex|quantifier|quantifiers'],
    note: 'Sloppy quorums, lazy locking and lazy regular expressions.',
    flags: [],
    passes: ['A sloppy quorum let the write through.', 'The regex uses a lazy quantifier.'],
  },
];

/** {HEED}: how much or how close the attention not paid was: `did not pay close attention`. */
export const ATTENTION_DEGREES: readonly VocabularyEntry[] = [
  {
    words:
      'close closer careful much enough full proper sufficient adequate particular any due real very too that so ' +
      'super-close',
    note:
      'Attention said not to have been paid, with how much or how close ("didn\'t pay super-close attention to the ' +
      'confirmation message", "did not pay close enough attention"): the same judgement as "did not pay attention".',
    flags: [
      "I didn't pay super-close attention to the confirmation message.",
      'The engineer did not pay close enough attention to the warning.',
      'The reviewer was not paying much attention.',
    ],
    passes: [
      'The engineer was paying close attention to the graphs.',
      'We did not pay for the extra support attention the vendor offered.',
    ],
  },
];

/** {RESPONSIBLE_PEOPLE}: people named as "responsible" or "involved", whose punishment or retraining is told. */
export const RESPONSIBLE_PEOPLE: readonly VocabularyEntry[] = [
  {
    words:
      'individual individuals person persons people party engineer engineers employee employees member members ' +
      'staffer staffers worker workers operator operators technician technicians officer officers developer developers',
    note:
      'A person picked out as the one "responsible" or "involved": what the judging phrases say happened to them ' +
      '(identified, fired, retrained, "will receive additional training") is a verdict on that person.',
    flags: ['The technician involved has been retrained.', 'The officer responsible was dismissed.'],
    passes: ['The technicians involved restored power at 10:40.'],
  },
];

/** Phrases that judge: `lack of attention`, `not paying attention`, `a rookie mistake`. */
export const JUDGING_PHRASES: readonly PatternEntry[] = [
  {
    patterns: [
      'fell|falls|fall|falling *? *? short|below of? the|an|a applicable|acceptable|required|reasonable|expected|' +
        'appropriate|professional standard|standards',
      'disregard for|of',
    ],
    note:
      'Conduct said to fall short of a standard, as ombudsmen, regulators and coroners find it ("fell so far short ' +
      'of the applicable standard", "fell below an acceptable standard of care"): a verdict on whoever acted. A ' +
      'service that fell short of "our standards" or of a commitment is the organisation\'s own apology. So is a ' +
      '"disregard for" rules, warnings or forecasts found in someone\'s conduct.',
    flags: [
      "Mr Nath's actions fell so far short of the applicable standard as to amount to maladministration.",
      'The failure to act on the test result fell below an acceptable standard of care.',
      'The investigation found that disregard for the forecasts contributed to the decision.',
    ],
    passes: [
      'This week, we fell short of our commitment to you all.',
      'Our service fell short of the standards our customers expect.',
      'Disregard the warning if the replica is already drained.',
    ],
  },
  {
    patterns: [
      "does|did|do not|n't take a|an *? genius|surgeon|scientist|expert|einstein|mastermind|wizard|phd " +
        'to see|know|realise|realize|notice|understand|figure|work|tell|spot|guess',
      'you had one job',
      'by|of|like|is|are|was|were rank amateur|amateurs|beginner|beginners|novice|novices',
    ],
    note:
      'Contempt for what anyone should have known: no expert is needed to see it ("it does not take a brain ' +
      'surgeon to work out that ..."), the person addressed had only it to do ("You had one job"), or people ' +
      'called "rank amateurs". What no expert is needed to do (use, run, restore) praises a tool, and a thing ' +
      'with one job is a program.',
    flags: [
      "It doesn't take a genius to see that the backup was never tested.",
      'Furthermore it does not take a brain surgeon to work out that the trailer would roll down the hill.',
      'You had one job: rotate the certificate.',
      'Their IT organization was run by rank amateurs.',
    ],
    passes: [
      "It doesn't take a genius to use the new deploy tool.",
      'It did not take a long time to see that the disk was full.',
      'The cron job had one job: rotate the logs, and it stopped when the disk filled.',
    ],
  },
  {
    patterns: [
      'anyone|anybody|whoever paying|who|with attention|half|was|were *? *? would|could|should have noticed|seen|' +
        'caught|spotted|known|checked',
      'any competent|careful|decent|attentive engineer|operator|admin|administrator|developer|reviewer|sre would|' +
        'could|should have',
    ],
    note:
      'What anyone attentive or competent would have done, in hindsight: a verdict on the one who did not, with ' +
      'nobody named. What made it hard to notice is the finding.',
    flags: [
      'Anyone paying attention would have noticed the disk filling up.',
      'Any competent admin would have caught the typo.',
    ],
    passes: ['Anyone could have made the same mistake with the tools we had.', 'Anyone paying attention now sees it.'],
  },
  {
    patterns: ["should have|'ve known better", 'ought to have known better', "should've|shouldve known better"],
    note:
      'A verdict in hindsight on whoever acted, the writers too ("We should have known better than to skip ' +
      'staging"): what they knew then, and what made the choice look safe, is the finding.',
    flags: ['We should have known better than to skip staging.', "I should've known better."],
    passes: ['The dashboard should have shown the error rate better.'],
  },
  {
    patterns: [
      'should|ought be|feel ashamed|embarrassed',
      'should|ought to be|feel ashamed|embarrassed',
      'shame on you|him|her|them|whoever',
    ],
    note:
      'Shame wished on someone ("Whoever approved this change should be ashamed", "Shame on them"): a verdict on ' +
      'the person. What the writer feels ("I was embarrassed by the outage") judges no one.',
    flags: [
      'Whoever approved this change should be ashamed.',
      'The team that shipped this ought to be embarrassed.',
      'Shame on whoever merged it.',
    ],
    passes: ['I was embarrassed to tell the customer.', 'Nobody should feel ashamed of asking for help.'],
  },
  {
    patterns: ['got|gets|getting|became|become|becomes|grew|grown|grows a? little|bit? too|overly comfortable|relaxed'],
    note:
      'Grown too comfortable: complacency told as a change in the person ("got a little too comfortable in the ' +
      'process"), a verdict as "complacent" is. Comfortable enough, or comfortable with a tool after training, ' +
      'judges no one.',
    flags: [
      "I got a little too comfortable in the process, and didn't realize the segment did not save.",
      'The team had grown too comfortable with manual failovers.',
    ],
    passes: [
      'The engineer got comfortable with the new tooling after a week of training.',
      'The on-call engineer was comfortable running the failover alone.',
    ],
  },
  {
    patterns: ['what was|were * *? *? thinking'],
    note:
      'The rhetorical "what were they thinking": a verdict asked as a question. The useful question is what the ' +
      'person saw and why the act made sense to them then.',
    flags: ['What was the on-call thinking when they restarted the primary?', 'What were they thinking?'],
    passes: ['What was the scheduler doing when the queue filled?', 'We asked what the on-call was seeing.'],
  },
  {
    patterns: [
      'lack|lacked|lacking|loss|lapse|lapses of? attention|care|diligence|attentiveness|focus|concentration|skill|' +
        'skills|competence|competency|professionalism|judgement|judgment',
      'lack|lacked|lacking of? common sense',
      'casual|lax|relaxed attitude|attitudes to|towards|toward|about',
      'not paying {HEED}? {HEED}? attention',
      'was|were not paying {HEED}? {HEED}? attention',
      'did|does|do not bother',
      'had|has|have not bothered to|with',
      'nobody|noone|no-one *? *? *? *? bothered|bothers to',
      'no one *? *? *? *? bothered|bothers to',
      'never bothered|bothers to',
      'if anyone|anybody had bothered to',
      'had anyone|anybody bothered to',
      'did|do not pay {HEED}? {HEED}? attention',
      "could|can|would not|n't be bothered",
    ],
    note:
      'Attention, care or skill said to be missing: a judgement of the person, where a finding would ' +
      'say what they could not see ({HEED} is how much attention, see the attention degrees).',
    flags: [
      'The outage was due to a lack of attention.',
      'Clearly, there was a lack of skill, knowledge and supervision.',
      'It shows a lack of common sense.',
      'A momentary loss of focus is all it takes to trigger a catastrophic error.',
      "The officer's actions show a casual attitude to navigational risk.",
      'The engineer was not paying attention.',
      'The review lacked focus.',
      'Nobody on the platform team bothered to read the deprecation notice.',
      "The deploy went out because Tom couldn't be bothered to wait for CI.",
      "He hadn't bothered to tell anyone that the domain was about to expire.",
      "Had anyone bothered to look at the graphs, we'd have caught it.",
    ],
    passes: [
      'A lack of alerts delayed the response.',
      'A lack of documentation made the step easy to miss.',
      'The alarms had not bothered anyone for months, so nobody checked them.',
      'The engineer was paying attention to the graphs.',
      'The runbook takes a relaxed approach to naming.',
    ],
  },
  {
    patterns: [
      'rookie|silly|obvious|basic|elementary|avoidable|amateur|amateurish|inexcusable|' +
        'unforgivable|simple|trivial|dumb|stupid ' +
        'mistake|mistakes|error|errors|oversight|oversights|blunder|blunders|typo|typos',
      'lapse|lapses|error|errors in judgement|judgment',
      'poor|bad judgement|judgment',
      'poor|bad|careless|sloppy|negligent seamanship|airmanship|workmanship',
      'mere typo|typos|oversight|oversights|slip|slips',
      'fat fingered|fingering user|users|admin|admins|operator|operators|engineer|engineers|' +
        'developer|developers|typo|typos|mistake|mistakes|error|errors',
    ],
    note:
      'A mistake called one nobody should make, or judgement or a craft called poor: "poor seamanship" and ' +
      '"poor airmanship" in accident reports, "careless workmanship" in disciplinary findings.',
    flags: [
      'It was a rookie mistake.',
      'It was a lapse in judgement.',
      'It showed poor judgement.',
      'Poor seamanship;',
      'It came down to mere typos.',
      'It was a simple mistake that anyone would have avoided.',
      'The root cause remains some variant of a fat fingered user.',
    ],
    passes: [
      'It was a typo.',
      'It was an error in the config.',
      'The dashboard showed poor latency.',
      'The captain is to be commended for the professional airmanship he displayed.',
      "They shouldn't have been put in a position where a simple mistake could cost them their job.",
    ],
  },
  {
    patterns: [
      'something|what|that should have|ve taken only? * minutes|mins|seconds|secs',
      'such a|an simple|trivial|basic|small|silly issue|fix|change|thing|task|problem',
      'running|ran|run around like headless chickens',
      'who the hell|heck|fuck',
      'not|hardly rocket science',
      'should know better',
      'ought to know better',
      'did|does|do not know|understand what he|she|they|you was|were|is|are doing',
      'no idea what he|she|they|you was|were|is|are doing',
      'between the? chair and the? keyboard',
      'between the? keyboard and the? chair',
      'no-brainer|no-brainers',
      'should have|ve been obvious',
      'blindingly|painfully|glaringly obvious',
      'nobody|noone|no-one thought to',
      'no one thought to',
      'asleep at the wheel|switch',
      'out of his|her|their depth',
      'sat|sits|sitting on the|a|that|this|his|her|their ticket|tickets|request|requests|report|reports|alert|alerts ' +
        'for|all|over|until|till',
      'taking|take|took|takes|taken appropriate|swift|further|internal? disciplinary action|actions|measures|steps',
      'facing|faces|face|faced possible? disciplinary action|actions|measures|proceedings for',
      '{RESPONSIBLE_PEOPLE} responsible|involved|concerned? *? *? will|should|must|shall be held accountable|liable',
      'has|have|had been let go',
      'was|were let go',
      'has|have|had been disciplined|reprimanded|sacked|spoken',
      'was|were disciplined|reprimanded|sacked|spoken',
      'was|were fired|dismissed|sacked for failing|neglecting|negligence',
      'has|have|had been fired|dismissed|sacked for failing|neglecting|negligence',
      'was|were|been suspended|fired|dismissed|sacked|disciplined for his|her|their *? conduct|negligence|duty|' +
        'duties|actions|role|part|mistake|mistakes|error|errors|failure|failures|behaviour|behavior',
      'all he|she|they|someone|anyone really? needed|had|has|have|need|needs to do was|is',
      'a|any kid|monkey|toddler|five-year-old *? *? *? *? *? *? *? could',
      'pretty|perfectly|completely|totally|quite obvious that',
      'had|has|have the bright|genius idea',
      'should|must|can not|never be allowed|let|trusted anywhere? near',
      '{RESPONSIBLE_PEOPLE} responsible|involved|concerned *? *? *? *? *? *? *? *? *? *? *? *? has|have|had? ' +
        'been|was|were identified|found|named|suspended|fired|dismissed|sacked|disciplined|retrained|re-trained',
      '{RESPONSIBLE_PEOPLE} *? *? *? was|were|been held responsible|accountable|liable for',
      'action|actions|measures will|would|shall|has|have|had|was|were|is|are be|been? taken against ' +
        'those|anyone|whoever|the|any *? responsible|involved',
      'disciplinary action|actions|measures|proceedings will|would|shall|has|have|had|was|were|is|are be|been? ' +
        'taken|launched|started|initiated|begun',
      '{RESPONSIBLE_PEOPLE} responsible|involved|concerned *? *? *? *? *? will|should|must|has|have|had|was|were ' +
        'be|been? receive|received|undergo|undergone|attend|attended|complete|completed|given|re-sit|resit|retake ' +
        '*? *? *? training|retraining|warning|reminder|reprimand|coaching|exam|exams|course',
    ],
    note:
      'Belittling what people faced, mocking how they acted, or telling of their punishment (or wishing one: ' +
      '"should not be allowed near production"), or of the hunt for whoever did it ("the individual responsible has ' +
      'been identified"): the work looked small only afterwards, and a postmortem that says who was disciplined ' +
      'teaches people to hide.',
    flags: [
      'It took 4 hours to fix something that should have taken 20 minutes.',
      'After three hours of watching people running around like headless chickens, the truth came out.',
      'Who the hell runs something on a prod DB without testing it first?',
      'In all that time noone thought to roll back the code.',
      'Frankly, the team was asleep at the wheel.',
      'The new contractor was way out of his depth with the database upgrade.',
      'The admin on shift just sat on the ticket all night.',
      'Later on the tram driver was suspended for his negligible duty.',
      'A county dispatcher is facing possible disciplinary action for sending firefighters to the wrong address.',
      'Capita is investigating the matter and taking appropriate disciplinary action.',
      'Checking the target cluster is not rocket science.',
      'The problem should have been obvious from the graphs.',
      'The engineer responsible has been spoken to.',
      'The person responsible for the deploy has been let go.',
      'All he really needed to do was paste a few commands.',
      'A kid with a Raspberry Pi could do it in an hour.',
      "It's pretty obvious that the server is plugged into it.",
      'Someone had the bright idea of cleaning up the old databases by dropping them.',
      "The new guy didn't know what he was doing.",
      'The problem was between the chair and the keyboard.',
      'Honestly, the developer should know better by now.',
      'The intern should not be allowed anywhere near the billing system again.',
      'The individual responsible for this policy change has been identified.',
      'The spokesperson said the engineer responsible had been suspended.',
      'The employee responsible was fired.',
      'The party responsible will be held accountable and appropriately discharged.',
      'Two officers of the Board were held responsible for the mistake in compiling the results.',
      'The chief executive said that action would be taken against those responsible for the outage.',
      'Disciplinary action has been taken against the two employees.',
      'The individuals responsible for the inaccurate display of the images in the report have been identified.',
      'The staff member involved has been retrained.',
      'The person responsible should re-sit their security exams.',
      'The employees involved have received additional training.',
      'The supervisor was fired for failing to check the transfer.',
    ],
    passes: [
      'The restore should have taken 20 minutes but the snapshot was corrupt.',
      'The fix was a small change to the retry policy.',
      'All we had to do was wait for the replica.',
      'All you need to do is run the script.',
      'A child process could not start.',
      'It was not obvious that the server was plugged into it.',
      'The dashboard did not show what the job was doing.',
      'The cable ran between the chair and the desk.',
      'The account was suspended for not paying.',
      'The idea was to clean up the old databases first.',
      'Deploys should not be allowed to run during the freeze.',
      'The commit responsible for the regression has been identified.',
      'The engineers involved will receive a copy of this report.',
      'The exchange should be held responsible for the shutdown, its chief said.',
      'The people involved were paged at 10:02.',
      'The queue sat on the ticket service for an hour before the workers drained it.',
      'No disciplinary action was taken: the review found a gap in the runbook.',
      'The account was suspended for their own protection after the breach.',
    ],
  },
];
