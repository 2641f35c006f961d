// Who is a person: roles, indefinite people and pronouns. A name needs no list: a proper noun that is
// not a known system, the document's own people and the team's owners are people (see people.ts).
import type { VocabularyEntry } from './entry';

/** Roles only people hold: the head of a subject that names the person who erred. */
export const HUMAN_ROLES: readonly VocabularyEntry[] = [
  {
    words:
      'engineer engineers eng engs developer developers dev devs programmer programmers sre sres sysadmin ' +
      'sysadmins dba dbas technician technicians tester testers analyst analysts coder coders',
    note:
      'Technical roles. A role is as much a person as a name: "the engineer forgot" blames someone; "eng" is ' +
      'how chat and notes write it. WordNet also knows a "coder" as a device that encodes, which our writing calls ' +
      'an encoder.',
    flags: [
      "The engineer didn't check the tests.",
      'One of the technicians did not copy the new code to one of the servers.',
      'The eng ran the migration without a backup.',
    ],
    passes: ['The engineer on call was paged at 10:02.', 'A technician replaced the failed disk.'],
  },
  {
    words:
      'on-call oncall on-caller on-callers responder responders commander coordinator approver ' +
      'approvers committer committers maintainer maintainers',
    note: 'Incident and review roles.',
    flags: ['The on-call was slow to respond.', 'The maintainer forgot to tag the release.'],
    passes: ['The on-call acknowledged the page within two minutes.', 'The incident commander opened a bridge.'],
  },
  {
    words:
      'contractor contractors intern interns employee employees staffer staffers teammate ' +
      'teammates colleague colleagues coworker coworkers co-worker co-workers manager managers ' +
      'supervisor supervisors newcomer newcomers newbie hire volunteer volunteers liaison liaisons',
    note:
      'People by their place in the organisation. WordNet knows "volunteer" as a verb too, so personNouns.ts leaves ' +
      'it out, and a "liaison" only as a channel between groups, not the person who is one.',
    flags: [
      'The intern did not verify the backup before wiping the disk.',
      'A contractor accidentally deleted the bucket.',
      'A volunteer mistakenly unsubscribed the whole mailing list.',
      'The nurse supervisor responsible for the discharge orders failed to transcribe them.',
      'Our vendor liaison dropped the ball on the maintenance window.',
    ],
    passes: ['A contractor joined the incident call.', 'The shift supervisor approved the rollback at 02:10.'],
  },
  {
    words: 'cto ctos cio cios ciso cisos coo cso cpo vp vps svp evp exec execs executive executives',
    note:
      'Executives, by their initials too; WordNet knows CEO and CFO, not these, and knows "exec" only as a group and ' +
      '"executive" as an adjective too ("the executive summary", where the noun after it is the head).',
    flags: [
      'The guy to blame is the CTO.',
      'The VP forgot to approve the failover plan.',
      'A top exec for London-based Carat International accidentally emailed the entire firm a note.',
    ],
    passes: ['The CTO joined the incident call at 03:10.'],
  },
  {
    words:
      'personnel worker workers techie techies electrician electricians consultant consultants ' +
      'subcontractor subcontractors sub-contractor sub-contractors janitor cleaner crew crews',
    note: 'People on site and hired hands, as reports of data-centre and facility incidents name them.',
    flags: [
      'The outage was caused by personnel who did not follow procedure.',
      'An electrician accidentally cut power to the room.',
      'A construction crew neglected to remove the grounding rods.',
    ],
    passes: ['An electrician restored power at 14:10.'],
  },
  {
    words:
      'mechanic mechanics captain captains copilot copilots co-pilot co-pilots skipper helmsman mate mates ' +
      'watchkeeper watchkeepers deckhand deckhands',
    note:
      'Crew of aircraft and ships and those who service them, as accident reports name them: WordNet knows ' +
      '"mechanic" as an adjective too and "captain" as a verb, so they are listed here. A ship\'s "mate" (a friend ' +
      'elsewhere, a person too).',
    flags: [
      "The probable cause was the mechanic's failure to secure the plug.",
      'The captain did not check the fuel before take-off.',
      'The probable cause was a failure to maintain a proper lookout by the mate on the fishing vessel.',
    ],
    passes: ['The mechanic replaced the oil filter at 10:05.', 'The captain briefed the crew before take-off.'],
  },
  {
    words:
      'oow oows watchkeeper watchkeepers watch-keeper watch-keepers deckhand deckhands crewmember crewmembers ' +
      'crew-member crew-members',
    note:
      "A ship's crew by their duties, as marine accident reports name them: the officer of the watch (OOW), " +
      'the watchkeeper, a deckhand, a crewmember.',
    flags: ['The OOW accidentally switched off the radar.', 'A crewmember accidentally released the anchor.'],
    passes: ['The OOW called the master at 04:41.'],
  },
  {
    words: 'rn rns lpn lpns cna cnas',
    note:
      'Nurses and nursing assistants by their initials, as care-home and hospital reports name them (registered ' +
      'nurse, licensed practical nurse, certified nursing assistant).',
    flags: ['The RN mistakenly administered the wrong cup to the resident.'],
    passes: ['The RN administered the evening medications at 20:00.'],
  },
  {
    words:
      'teacher teachers pupil pupils president presidents pastor pastors rabbi rabbis dealer dealers lineman ' +
      'linemen schoolmaster bodyguard bodyguards',
    note:
      'Occupations WordNet also knows in a sense that is no person (a teacher as what teaches, a lineman of ' +
      'football), so that personNouns.ts, which keeps only nouns all of whose senses are people, leaves them out.',
    flags: ['The teacher accidentally shared the file publicly.', 'A lineman cut the fibre cable by mistake.'],
    passes: ['The teacher reported the problem at 09:10.'],
  },
  {
    words: 'moderator moderators sysop sysops cashier cashiers',
    note:
      'People who keep a forum, a server or a till: WordNet also knows a "moderator" as what slows neutrons and ' +
      '"cashier" as a verb, so personNouns.ts leaves them out.',
    flags: ['A moderator banned the wrong account by mistake.', 'The cashier forgot to void the test payment.'],
    passes: ['A moderator locked the thread at 10:05.'],
  },
  {
    words: 'man men woman women fellow chap bloke',
    note: 'A person by sex or in casual words: "one man deleted his entire company".',
    flags: ['One man accidentally deleted his entire company with one bad line of code.'],
    passes: ['One man answered the phone.'],
  },
  {
    words: 'officer officers staffer clerk nurse doctor minion webmaster trainee',
    note:
      'Any noun WordNet knows only as a person is a person too (personNouns.ts, 6,000 nouns): ' +
      'these stand for them.',
    flags: [
      'A newish officer spilled his coffee into the router by mistake.',
      'The webmaster forgot to renew the domain.',
    ],
    passes: ['The officer restored the service at 10:20.'],
  },
  {
    words: 'official officials',
    note:
      'A public servant: WordNet also knows the word as an adjective ("the official docs"), so it is not among the ' +
      'person nouns; as the head of a noun phrase it is a person.',
    flags: ['A junior official forgot to encrypt the CD before posting it.'],
    passes: ['The official release notes listed the change.'],
  },
  {
    words: 'person individual individuals human humans guy guys someone somebody',
    note: 'A person left unnamed, and indefinite pronouns for one.',
    flags: ['The guy forgot to put it in bypass.', 'Someone on the team pushed a broken config.'],
    passes: ['Someone opened a ticket at 10:05.', 'A person from support joined the call.'],
  },
];

/**
 * Roles that name a person after a determiner (`the operator`) and a program or a thing after a
 * product or a noun (`the Kubernetes operator`, `the database user`).
 */
export const AMBIGUOUS_ROLES: readonly VocabularyEntry[] = [
  {
    words:
      'user users operator operators admin admins administrator administrators deployer ' +
      'deployers reviewer reviewers author authors owner owners customer customers lead member ' +
      'members agent agents representative representatives rep reps pilot pilots',
    note:
      'People or programs: "the operator forgot" is a person, "the Kubernetes operator failed to" is a controller; ' +
      '"the pilot did not detect" flies the aircraft, "the pilot program" is a trial. "Rep" is short for a ' +
      'representative ("the support rep"), and a repetition after a number ("three reps").',
    flags: [
      'The operator forgot to drain the node.',
      'The customer support rep mistakenly refunded every order.',
      'The reviewer approved the migration without reading it.',
      'The support agent forgot to escalate the ticket.',
      'The pilot did not detect that the rudder trim was set wrong.',
    ],
    passes: [
      'The Kubernetes operator failed to reconcile the resource.',
      'The database user lacked the grant.',
      'The Datadog agent failed to report metrics.',
      'The pilot program did not detect any regressions.',
    ],
  },
];

/**
 * Controllers: a person only where the sentence says so: a word of the post before it (`CONTROL_POSTS`), a word of
 * aircraft in its sentence (`CONTROL_SETTINGS`), `on duty` after it, or a personal pronoun after it that stands for it.
 */
export const CONTROLLER_ROLES: readonly VocabularyEntry[] = [
  {
    words: 'controller controllers',
    note:
      'An air traffic controller directs aircraft; a Kubernetes or a disk controller reconciles state. A person ' +
      'only with a post before it ("the tower controller", "the air-traffic controller"), aircraft or a runway in ' +
      'its sentence, "on duty" after it, or "he", "his", "she" or "her" after it ("this controller did not meet his ' +
      'responsibility").',
    flags: [
      'The tower controller forgot to pass on the runway change.',
      'An air traffic controller made the mistake of clearing two jets onto the same runway.',
      'The controller forgot to hand off the flight, and he never called the next sector.',
      'Controllers mistakenly cleared two planes onto the same runway.',
    ],
    passes: [
      'The controller forgot to requeue the object after the watch expired.',
      'The replication controller failed to reschedule the pods.',
      'The tower controller handed the flight to approach at 10:02.',
    ],
  },
];

/** Drivers: a person only with a vehicle before it (`DRIVING_POSTS`) or a word of trains and roads in its sentence. */
export const DRIVER_ROLES: readonly VocabularyEntry[] = [
  {
    words: 'driver drivers',
    note:
      'A train or bus driver drives; a device or database driver is a program. A person only with a vehicle before ' +
      'it ("the train driver"), a word of trains and roads in its sentence ("failed to stop at the crossing"), ' +
      '"on duty" after it, or "he", "his", "she" or "her" after it.',
    flags: [
      'The driver failed to stop at the level crossing.',
      'The bus driver forgot to check the mirrors.',
      'The driver mistakenly took the train onto the wrong line.',
    ],
    passes: [
      'The driver failed to load after the kernel upgrade.',
      'The database driver forgot to close the connection.',
      'The train driver stopped at the red signal.',
      'The driver failed to handle the signal.',
      'The GPU driver mistakenly dropped the signal.',
    ],
  },
];

/** Masters: a person only with a ship before it (`SHIP_POSTS`) or a word of ships in its sentence. */
export const MASTER_ROLES: readonly VocabularyEntry[] = [
  {
    words: 'master masters',
    note:
      "A ship's master commands it; a master branch, node or database is a program's. A person only with a " +
      'vessel before it ("the ferry master"), a word of ships in its sentence ("the master failed to alter ' +
      'course" in a report on a vessel), "on duty" after it, or "he", "his", "she" or "her" after it.',
    flags: [
      'The master of the vessel forgot to post a lookout.',
      'The master forgot about the target, which he had acquired on the radar.',
    ],
    passes: ['The master failed to elect a new leader.', 'The master forgot to flush the binlog.'],
  },
];

/** Dispatchers: a person only with a post before it (`DISPATCH_POSTS`) or a word of aircraft or ambulances near. */
export const DISPATCHER_ROLES: readonly VocabularyEntry[] = [
  {
    words: 'dispatcher dispatchers',
    note:
      'A flight or ambulance dispatcher is a person; an event or a job dispatcher is a program. A person only with ' +
      'a post before it ("the flight dispatcher"), aircraft or an ambulance in its sentence, "on duty" after it, or ' +
      '"he", "his", "she" or "her" after it.',
    flags: ['The dispatcher forgot to add the cargo to the load sheet of the aircraft.'],
    passes: ['The dispatcher failed to route the event to its handler.'],
  },
];

/** Lookouts: a person only with a post before it (`LOOKOUT_POSTS`) or a word of trains, roads or ships near. */
export const LOOKOUT_ROLES: readonly VocabularyEntry[] = [
  {
    words: 'lookout lookouts',
    note:
      'A site or a ship\'s lookout watches for trains or vessels; "a proper lookout" and "on the lookout" are the ' +
      'watching itself. A person only with a post before it ("the site lookout"), a word of trains, roads or ships ' +
      'in its sentence, "on duty" after it, or "he", "his", "she" or "her" after it.',
    flags: [
      'The site lookout forgot to sound the horn.',
      'The lookout forgot to warn the gang of the approaching train.',
    ],
    passes: ['We are on the lookout for expiring certificates.', 'The lookout job failed to run overnight.'],
  },
];

/**
 * Roles a program plays as often as a person, a person only where the sentence says so: a word of the post before
 * it, a word of its setting in the sentence, `on duty` after it, or a personal pronoun after it that stands for it.
 */
export const ROLES_BY_CONTEXT: readonly VocabularyEntry[] = [
  ...CONTROLLER_ROLES,
  ...DRIVER_ROLES,
  ...MASTER_ROLES,
  ...DISPATCHER_ROLES,
  ...LOOKOUT_ROLES,
];

/** Words of an air traffic post before `controller`: `air traffic controller`, `the tower controller`. */
export const CONTROL_POSTS: readonly VocabularyEntry[] = [
  {
    words: 'traffic air-traffic tower approach ground local radar train rail',
    note:
      'Where a controller works: the word before "controller" that makes it a person, hyphenated or not ' +
      '("the air-traffic controller"); on the railways, the train controller who authorises trains onto the track.',
    flags: [
      'The local controller forgot to scan the runway before clearing the jet.',
      'The air-traffic controller forgot to hand off the flight.',
      'Major errors by a train controller contributed to a near-collision between a freight train and a crane.',
    ],
    passes: ['The ingress controller forgot to reload its routes.'],
  },
];

/** What controllers direct: with one of these in its sentence, a controller is a person. */
export const CONTROL_SETTINGS: readonly VocabularyEntry[] = [
  {
    words: 'plane planes aircraft airplane airplanes aeroplane aeroplanes jet jets runway runways airport airspace',
    note:
      'Aircraft and airfields: a controller in the same sentence directs them ("controllers mistakenly flew three ' +
      'planes too close"). "Flight" is left out: a drone\'s flight controller is a program.',
    flags: ['A report describes a chaotic scene after controllers mistakenly flew three planes too close together.'],
    passes: ['The flight controller forgot to arm the motors.'],
  },
  {
    words: 'train trains locomotive locomotives',
    note: 'Trains: a controller in the same sentence authorises them ("the controller forgot to hold the train").',
    flags: ['The controller forgot to hold the train at the signal.'],
    passes: ['The controller retried the request for the training job.'],
  },
];

/** Vehicles before `driver`: `the train driver`, `a bus driver`. */
export const DRIVING_POSTS: readonly VocabularyEntry[] = [
  {
    words: 'train bus truck lorry taxi tram coach van delivery locomotive tanker tractor forklift crane digger',
    note: 'What a driver drives: the word before "driver" that makes it a person.',
    flags: ['The lorry driver forgot to lower the tipper.'],
    passes: ['The graphics driver forgot to release the buffer.'],
  },
];

/** Vessels before `master`: `the ferry master`, `the harbour master`. */
export const SHIP_POSTS: readonly VocabularyEntry[] = [
  {
    words: "ship ship's ship’s vessel vessel's vessel’s ferry tanker trawler barge tug yacht harbour harbor",
    note: 'What a master commands: the word before "master" that makes it a person.',
    flags: ["The ship's master forgot to post a lookout."],
    passes: ['The database master forgot to flush the log.'],
  },
];

/** Ships and the sea: with one of these in its sentence, a master is a person. */
export const SHIP_SETTINGS: readonly VocabularyEntry[] = [
  {
    words:
      "vessel vessels vessel's vessel’s ship ships ship's ship’s boat boats ferry ferries tanker tankers trawler " +
      'trawlers yacht yachts barge barges tug tugs tugboat starboard helm harbour harbor mooring berth berthing ' +
      'seamanship wheelhouse aground lookout',
    note:
      'Ships and the sea: a master in the same sentence commands a vessel ("the master did not slow the vessel"). ' +
      'Not "bridge", "port" or "watch": networks and programs have those too.',
    flags: ['The master forgot to slow the vessel in the fog.'],
    passes: ['The master did not replicate the write to the replica.'],
  },
];

/** Posts before `dispatcher`: `the flight dispatcher`, `an ambulance dispatcher`. */
export const DISPATCH_POSTS: readonly VocabularyEntry[] = [
  {
    words: 'flight ambulance police fire emergency 911 999 112 train rail',
    note: 'Where a dispatcher works: the word before "dispatcher" that makes it a person.',
    flags: ['The ambulance dispatcher forgot to send the second crew.'],
    passes: ['The event dispatcher forgot to release the lock.'],
  },
];

/** Where a lookout stands, before `lookout`: `the site lookout`, `the ship's lookout`. */
export const LOOKOUT_POSTS: readonly VocabularyEntry[] = [
  {
    words: "site distant bow track ship's ship’s vessel's vessel’s designated dedicated",
    note: 'Where a lookout watches from, or who posted them: the word before "lookout" that makes it a person.',
    flags: ['The site lookout forgot to sound the horn.'],
    passes: ['The certificate lookout forgot nothing: it is a cron job.'],
  },
];

/** Aircraft and ambulances: with one of these in its sentence, a dispatcher is a person. */
export const DISPATCH_SETTINGS: readonly VocabularyEntry[] = [
  {
    words:
      'plane planes aircraft airplane airplanes aeroplane aeroplanes jet jets runway airport ambulance ambulances ' +
      'paramedic paramedics firefighter firefighters deputy deputies 911 caller callers',
    note:
      'Aircraft, ambulances, fire crews and police, and the callers who reach them: a dispatcher in the same ' +
      'sentence sends them ("the dispatcher released the aircraft", "sending firefighters to the wrong address").',
    flags: [
      'The dispatcher mistakenly released the aircraft without the fuel figures.',
      'The dispatcher sent firefighters to the wrong address.',
    ],
    passes: ['The dispatcher mistakenly released the job twice.'],
  },
];

/** Trains and roads: with one of these in its sentence, a driver is a person. */
export const DRIVING_SETTINGS: readonly VocabularyEntry[] = [
  {
    words:
      'train trains locomotive tram brake brakes handbrake crossing junction road lane pedestrian pedestrians ' +
      'passenger passengers vehicle trailer truck lorry mirrors light lights speeding danger bus buses coach ' +
      'coaches car cars van vans taxi taxis highway motorway railway railways railroad railroads carriage ' +
      'carriages wagon wagons tractor tractors forklift',
    note:
      'Trains and roads: a driver in the same sentence drives ("the driver failed to stop at the crossing", "ran a ' +
      'red light", "passed the signal at danger"). Not "signal": programs handle signals, and a device driver is ' +
      'often said to miss one.',
    flags: [
      'The driver failed to notice the signal at danger.',
      'The driver failed to check the brakes before leaving the depot.',
      'The handbrake on the trailer had not been applied by the driver.',
      'The driver failed to stop at the red light.',
      'If the driver had slowed down, the bus would not have overturned.',
      'The engine collided with carriages when the driver became distracted and forgot to change the points.',
    ],
    passes: ['The driver failed to load the firmware.'],
  },
];

/** Titles before a name, capitalised: the name after one is a person's, not a product's. */
export const HONORIFICS: readonly VocabularyEntry[] = [
  {
    words: 'mr mrs ms mx miss dr sir dame',
    note:
      'A title before a capitalised name, as news and investigators\' reports name people ("Mr Williams", "Dr. ' +
      'Patel"): the name is a person\'s. Read only capitalised, so "5 ms" stays a duration.',
    flags: ['If Mr Williams had slowed down, the bus would not have overturned.'],
    passes: ['Latency rose to 500 ms after Williams was deployed.'],
  },
];

export const PERSON_PRONOUNS: readonly VocabularyEntry[] = [
  {
    words: 'i he she me him whoever',
    note:
      'A person, the author included: a first-person admission is still a person as the cause. The object ' +
      'forms name the doer of a passive: "dropped by me"; "whoever wrote it" is a person not named.',
    flags: [
      'I dropped the production database by mistake.',
      'He forgot to renew the certificate.',
      'The table was accidentally dropped by him.',
      'Whoever approved this change should have caught the missing index.',
    ],
    passes: ['I restarted the pods at 10:20.', 'She rolled back the deploy and the errors stopped.'],
  },
];

/** Parties made of people, which a finding names as a dependency; an insult to one insults its people. */
export const ORGANISATIONS: readonly VocabularyEntry[] = [
  {
    words: 'vendor vendors supplier suppliers partner partners provider providers sponsor sponsors',
    note: 'Organisations: a partner who erred is a finding about the dependency, not a person who erred.',
    flags: [],
    passes: ['The vendor failed to notify us of the maintenance.'],
  },
];

/** Parties who attack the service from outside: what they did is the incident, not a colleague's mistake. */
const ADVERSARIES: readonly VocabularyEntry[] = [
  {
    words:
      'attacker attackers intruder intruders hacker hackers adversary adversaries thief thieves criminal ' +
      'criminals spammer spammers scammer scammers fraudster fraudsters',
    note: 'Attackers: what an intruder did is told as the incident, with no blame of a colleague in it.',
    flags: [],
    passes: [
      'The attackers fully compromised this machine, including gaining root privileges.',
      'All but one log file were deleted by the attacker.',
      'An intruder wiped the audit logs before we noticed.',
    ],
  },
];

/**
 * A person's word after the noun that makes it a program's: `password manager`, `package manager`, `load balancer`,
 * written here as the two words joined by a hyphen.
 */
export const PROGRAM_COMPOUNDS: readonly VocabularyEntry[] = [
  {
    words:
      'password-manager package-manager task-manager window-manager resource-manager node-manager ' +
      'cluster-manager secrets-manager secret-manager certificate-manager connection-manager session-manager ' +
      'dependency-manager version-manager device-manager boot-manager state-manager config-manager ' +
      'configuration-manager memory-manager file-manager display-manager download-manager',
    note:
      'Programs named "manager": "the password manager synced the admin password" tells of a program. "The ' +
      'release manager", "the incident manager", "the engineering manager" are people.',
    flags: ['The release manager tagged the wrong commit.'],
    passes: ['The password manager synced the admin password to a shared vault.'],
  },
  {
    words:
      'background-worker queue-worker job-worker celery-worker sidekiq-worker cron-worker web-worker ' +
      'service-worker cloudflare-worker resque-worker',
    note:
      'Programs named "worker": "a background worker had been reading the column" tells of a process. "A utility ' +
      'worker", "a maintenance worker" are people.',
    flags: ['A maintenance worker cut the wrong cable.'],
    passes: ['A background worker had been quietly reading one of the new columns.'],
  },
];

/**
 * Nouns WordNet knows only as people that name programs or parties in our writing: left out of the
 * person nouns (personNouns.ts), so that they are people only when a vocabulary here says so.
 */
export const PROGRAM_ROLES: readonly VocabularyEntry[] = [
  {
    words:
      'consumer consumers subscriber subscribers caller callers requester requesters requestor ' +
      'writer writers handler handlers follower followers listener listeners watcher watchers ' +
      'loader loaders keeper keepers gatekeeper sentinel guardian delegate delegates peer peers ' +
      'slave slaves observer observers daemon daemons visitor visitors signer signers bearer ' +
      'payer payers candidate candidates voter voters tenant tenants principal principals ' +
      'originator initiator invoker resolver referee arbiter witness learner learners tracker ' +
      'trackers broker brokers puppeteer scout scouts courier couriers ' +
      'provisioner provisioners',
    note:
      'Parts a program plays: a Kafka consumer, a Raft candidate, a signal handler, an IAM principal, a ' +
      'Terraform provisioner.',
    flags: [],
    passes: [
      'The consumer failed to commit its offsets.',
      'The candidate failed to win the election.',
      'The signal handler forgot to restore the mask.',
      'The destroy-time provisioner executed talosctl reset on every node.',
      'The new code for our Common Alerting Protocol Handler, implemented last week, mistakenly allowed the test out.',
    ],
  },
  ...ORGANISATIONS,
  ...ADVERSARIES,
];

/** The person spoken to: a person when told what they did, anyone in instructions and suppositions. */
export const ADDRESSED_PRONOUNS: readonly VocabularyEntry[] = [
  {
    words: 'you',
    note:
      'In quoted speech and chat logs a past act said to someone names who did it ("you broke it"); the ' +
      'generic "you" of instructions, abilities and suppositions is read as any other word.',
    flags: ['"Nico, you broke the CRM," he said.', "You didn't update the version number in the last build."],
    passes: [
      'You can see the error rate on the dashboard.',
      'If you screwed up, no big deal.',
      'You seem to have got a broken commit.',
    ],
  },
];

/** Pronouns that may name people or things. */
export const AMBIGUOUS_PRONOUNS: readonly VocabularyEntry[] = [
  {
    words: 'they',
    note: 'People or things: blame only with verbs only people do.',
    flags: ['They forgot to renew the certificate.'],
    passes: ['They failed to start after the upgrade.'],
  },
];

/**
 * The team, the organisation or nobody in particular: a shared lesson, not a person who erred.
 * Judgement of a group is still judgement ("we were sloppy").
 */
export const GROUPS: readonly VocabularyEntry[] = [
  {
    words: 'we us our ours everyone everybody nobody anyone anybody company organisation organization org people',
    note:
      'The writers, or nobody in particular: "nobody owned this procedure" is an ownership gap; ' +
      '"we" owns the system.',
    flags: ['We were sloppy with the rollout.'],
    passes: ['Nobody owned this procedure.', 'We did not have a way to test the change in staging.'],
  },
];

/** Bodies of people that share a name with a part of a system: a team alone, a thing beside a noun. */
export const BODIES: readonly VocabularyEntry[] = [
  {
    words: 'management',
    note:
      'The managers as a body, judged as a team is ("Management ignored the warnings", "senior management overruled ' +
      'the freeze"), or a part of a system ("configuration management", "memory management"): a thing with a noun ' +
      'before or after it.',
    flags: [
      'Management ignored three warnings from the storage team about disk headroom.',
      'Senior management ignored the capacity warnings for a quarter.',
    ],
    passes: [
      'Configuration management failed to apply the new role.',
      'Memory management in the runtime caused long pauses.',
      'The change management process did not require a rollback plan.',
    ],
  },
  {
    words: 'engineering sales marketing finance legal procurement',
    note:
      'A department named by its work, judged as a team is ("Engineering ignored the capacity warnings"), or that ' +
      'work and what serves it ("engineering work", "sales dashboards", "the finance export job"): a thing with a ' +
      'noun before or after it.',
    flags: [
      'Engineering ignored the capacity warnings from November.',
      'Sales forgot to tell the customers about the maintenance window.',
    ],
    passes: [
      'The engineering work to add retries is tracked in PAY-12.',
      'Sales dashboards failed to load during the outage.',
      'The finance export job failed to start.',
    ],
  },
];

/** Teams: a group of people the writer names, judged as a person is by what only people do. */
export const TEAMS: readonly VocabularyEntry[] = [
  {
    words: 'team teams squad squads department departments group crew staff folks qa ops leadership',
    note:
      'A team that forgot, neglected or did not check is blamed as a whole: the same finding as for one person. ' +
      'What a team did or did not have is a gap in the system. "Management" is among the ambiguous roles: as often ' +
      'a system\'s ("configuration management").',
    flags: [
      'The platform team did not bother to announce it.',
      'The networking team forgot to renew the certificate.',
      "The deleting team didn't notice this, and directly passed the site ID to their script.",
      'QA signed off on the release without testing the checkout flow.',
      'Leadership ignored repeated warnings from the SRE team.',
    ],
    passes: [
      'The team did not have a way to test the change in staging.',
      'The networking team renewed the certificate.',
      'Leadership approved the budget for a second region.',
    ],
  },
  {
    words:
      'council councils charity charities agency agencies school schools university universities college ' +
      'hospital hospitals clinic practice ministry company firm bank banks airline airlines insurer insurers ' +
      'retailer retailers department departments authority authorities regulator lottery',
    note:
      'An organisation told as the one that slipped ("The council inadvertently disclosed ..."): its people\'s ' +
      "mistake, told as an organisation's statement tells it, and judged as a team is. What it did without fault, " +
      'or what its systems did, is no blame.',
    flags: [
      'The council inadvertently disclosed the addresses of 300 residents.',
      'The charity mistakenly included the names of donors in the newsletter.',
      'The school sent the letter to the wrong parents by mistake.',
      'The airline accidentally filed fares for $0.',
    ],
    passes: [
      'The council approved the budget for a new data centre.',
      "The university's email system sent the message twice.",
      'The company did not have a way to test the change in staging.',
      "The bank's payment system sent the transfers twice.",
    ],
  },
];

/** Words for anyone that name a party's staff when the party is named before them: `our people`. */
export const OWNED_TEAMS: readonly VocabularyEntry[] = [
  {
    words: 'people',
    note:
      'Anyone, alone ("people make mistakes"); after "our", "their", "your" or a name\'s "\'s", the staff of a ' +
      'party, judged as a team is ("our people should have caught it", "the vendor\'s people").',
    flags: [
      'Our people should have caught it before it shipped.',
      "The vendor's people forgot to renew the certificate.",
    ],
    passes: ['People should double-check changes like this one.', 'Our people worked through the night to restore it.'],
  },
];

/** Adjectives of people: `the new on-call engineer`, `the end user`. */
export const PERSON_ADJECTIVES: readonly VocabularyEntry[] = [
  {
    words:
      'new junior senior lead experienced inexperienced responding primary secondary affected ' +
      'end human other same original first second third tired busy single careful careless ' +
      'exhausted overworked remote on-call oncall tech support night-shift day-shift overnight ' +
      'weekend outside outsourced young',
    note:
      'Words before a role that keep it a person: "outside engineers", which the model may tag as a preposition ' +
      'there, among them.',
    flags: [
      'A junior engineer ran the migration against the production database by mistake.',
      'The probe was lost through a mistake by outside engineers.',
    ],
    passes: ['The new engineer joined the call at 10:10.'],
  },
];

/** Nouns that name a line of work before a role: `the database engineer`, `the release manager`. */
export const DOMAIN_MODIFIERS: readonly VocabularyEntry[] = [
  {
    words:
      'incident support release platform database network infrastructure security site ' +
      'reliability ops devops backend frontend staff principal software systems data qa',
    note: 'A line of work before a role: still the person.',
    flags: ['The release manager forgot to freeze the branch.'],
    passes: ['The release manager announced the freeze.'],
  },
];

/** The shift a role works, before it: `the night operator`. */
export const SHIFT_MODIFIERS: readonly VocabularyEntry[] = [
  {
    words: 'night day shift weekend morning evening overnight duty',
    note:
      'The shift a role works before it ("the night operator"): the person on duty then, even for a role a program ' +
      'plays too ("the Kubernetes operator").',
    flags: ['The night operator ignored the alarm.'],
    passes: ['The night operator acknowledged the alarm at 02:14.'],
  },
];
