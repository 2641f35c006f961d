// What a person is said to have left undone or done wrong. Each entry's sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** Duties of attention, which the perfect of experience does not leave undone: `I have never seen it`. */
export const ATTENTION_DUTIES: readonly VocabularyEntry[] = [
  {
    words: 'notice realize realise see spot catch detect consider think remember wait monitor watch open',
    note:
      'Attention: hindsight about what a person should have seen. "I have never seen this before" tells of ' +
      'experience, not of a duty.',
    flags: [
      'The intern did not notice the warning in the logs.',
      'The on-call engineer did not detect the disk filling up.',
      "Someone wasn't checking their emails.",
      'The on-call engineer was not monitoring the dashboard.',
    ],
    passes: [
      'The root cause was the DHCP server failing to renew its address, which I have never seen before.',
      'The alert did not catch the slow leak.',
      'Monitoring did not notice the disk filling up.',
      'Testing did not detect the fault because cached data was still served.',
      'The load balancer was not checking health.',
      'The engineer was not checked for access.',
      'The operator does not remember the incident.',
    ],
  },
];

/**
 * What a demonstrative is said to be when it points back at news just told: `I didn't realise that was the case`.
 */
export const NEWS_TOLD: readonly VocabularyEntry[] = [
  {
    words: 'case so true possible thing',
    note:
      'The writer not having noticed or realised "that" or "this", alone or said to be the case, true, possible ' +
      'or a thing, acknowledges what someone just told them ("Ok, I didn\'t realise that was the case"): a state, ' +
      'not a duty of attention left undone. Said of another person, or of a fact named ("that the flag was ' +
      'global", "that was the production database"), it stays one.',
    flags: [
      'Bob did not realise that was the case and pushed anyway.',
      "I didn't realise that was the production database.",
    ],
    passes: ["Ok, I didn't realise that was the case.", "Good point, I didn't notice this."],
  },
];

/**
 * Verbs of telling and noticing that, negated before `any` and a noun or before `anything`, report that there was none
 * to tell or notice: `the pilot did not report any malfunctions`. Not `any of the alarms`, which were there.
 */
export const ABSENCE_REPORTS: readonly VocabularyEntry[] = [
  {
    words: 'report mention notice see spot detect observe find',
    note:
      'A report of absence, the investigators\' standard phrase: "did not report any mechanical malfunctions" says ' +
      'there were none, not that a person kept quiet about them. What was there and went untold or unseen stays a ' +
      'duty left undone.',
    flags: [
      'The pilot did not report the landing gear problem before departure.',
      'The operator did not mention any of the alarms during the shift handover.',
    ],
    passes: [
      'The pilot did not report any mechanical malfunctions or failures with the airplane.',
      "The on-call engineer didn't notice anything unusual in the dashboards that morning.",
    ],
  },
];

/**
 * Knowing: what a person is blamed for not knowing or understanding. Said of someone else it is a fault
 * (`the new SRE didn't know the flag was global`); said by the writer of themselves or of the team (`we did
 * not know which service was failing`) it tells what was known at the time, and lacking a skill (`didn't
 * know how to fix them`) says what the person was never taught, and the present (`users do not know each
 * other`) says how things stand: none is flagged.
 */
export const KNOWING: readonly VocabularyEntry[] = [
  {
    words: 'know understand grasp comprehend',
    note:
      'Not knowing, said of another person as a fault: "the junior dev didn\'t understand how the cache ' +
      'works". The writer\'s own "I didn\'t know", the team\'s "we did not know yet" and "did not know how to" ' +
      'are accounts of what was known, and the present "do not know" of how things stand: they pass.',
    flags: [
      "The new SRE didn't know the flag was global.",
      "The junior dev didn't understand how the cache works.",
      'They failed to understand the request and ignored it.',
    ],
    passes: [
      'At 10:02 we did not know which service was failing.',
      "What I didn't know was that another team had changed the column to be nullable.",
      "The people with physical access to them didn't know how to fix them.",
      'The reviewer could not have known the config was shared.',
      "The parser didn't understand the new date format.",
      "Users on PyPI do not necessarily already know one another's email addresses.",
    ],
  },
];

/** Answering a page or a call: `did not acknowledge the alert`, `failed to respond`. */
export const ANSWERS: readonly VocabularyEntry[] = [
  {
    words: 'respond acknowledge ack answer reply',
    note:
      'Answering a page or a call is a person\'s act: "the on-call did not acknowledge the alert", "they failed to ' +
      'respond", "Kim didn\'t answer the page" blame the one who did not. A service that does not respond is an ' +
      'outage, and a policy that says what happens when no one answers blames nobody.',
    flags: [
      'They failed to acknowledge the page.',
      'They failed to respond to the page.',
      'The on-call engineer did not acknowledge the alert.',
      "We lost four hours because Kim didn't answer her phone.",
    ],
    passes: [
      'The service failed to respond to health checks.',
      'The load balancer did not respond to the probe.',
      'Prow did not respond to any GitHub events, including our slash commands.',
      'If the primary on-call does not acknowledge within five minutes, the page escalates.',
      'The on-call engineer did not receive the page because the escalation policy was empty.',
    ],
  },
];

/** States of lapsed attention or awareness a person was in: `the officer on watch became distracted`. */
export const LAPSED_STATES: readonly VocabularyEntry[] = [
  {
    words: 'distracted unaware oblivious preoccupied',
    note:
      'In a root cause, a person who "was distracted" or "became unaware" of what mattered, or people on duty who ' +
      'were ("Both officers were distracted by non-navigational tasks"), are told as the cause: a lapse of ' +
      'attention, human error said of them, as investigators\' findings and their readers take it; so is "the ' +
      'distracted driver". Distracted by their own doing ("by passengers on the bridge", "by his mobile phone") is ' +
      'still the lapse. Not distracted by a signal the work sent (see `DISTRACTING_SIGNALS`), nor unaware because ' +
      'of something said after it ("unaware because the alert was muted"): that explains the lapse by the work or ' +
      'the system; nor the users the incident befell ("Users were unaware of the outage").',
    flags: [
      'The officer on watch became distracted and lost positional awareness.',
      "For about two hours, the officer on watch was unaware of the vessel's deviation from the route.",
      'The master of the vessel was distracted by passengers on the bridge and failed to alter course.',
      'Both officers on watch were distracted by non-navigational tasks.',
      'Report finds distracted train driver sped through red signal',
    ],
    passes: [
      'The on-call engineer was distracted by a second page from the storage cluster.',
      'The dashboard was unaware of the new region.',
      'Users were unaware of the outage until the banner went up.',
      'The driver was unaware because the warning lamp had failed.',
    ],
  },
];

/** What a person on duty may be distracted by, as the work sends it: a lapse so explained is the system's. */
export const DISTRACTING_SIGNALS: readonly VocabularyEntry[] = [
  {
    words: 'page pages alert alerts alarm alarms notification notifications',
    note:
      'A page or an alarm that pulled a person away is what the work asked of them: "distracted by a second page" ' +
      'explains the lapse by the paging, not by the person. Personal distractions (a phone, texts, visitors) do ' +
      'not.',
    flags: ['The driver was distracted by his mobile phone and missed the signal.'],
    passes: ['The on-call engineer was distracted by an alarm from the storage cluster.'],
  },
];

/**
 * Verbs (lemmas) that a person "did not" do without leaving anything undone: states, what happens to a person, and
 * denials of a cause. In a root cause, any other act one person did not do is told as a cause (see `ACTS_UNDONE`).
 */
export const NOT_LEFT_UNDONE: readonly VocabularyEntry[] = [
  {
    words:
      'have own receive get need want expect like mean intend happen exist hold contain include seem appear ' +
      'matter affect impact cause break introduce make do be become realize realise see hear feel believe think work ' +
      'anticipate foresee suspect find understand recall remember agree mind care encounter experience face ' +
      'suffer disclose reveal say comment specify elaborate',
    note:
      'Having, receiving and wanting happen to a person or are states ("the on-call engineer did not have access", ' +
      '"did not receive the page"); not causing, breaking or doing something denies a cause ("the engineer did not ' +
      'cause the outage"); not expecting or foreseeing is what was known at the time, not encountering an error is ' +
      'what happened to them, and not disclosing details is what a spokesperson told. None is an act left undone.',
    flags: ['The driver did not control the speed of the train.'],
    passes: [
      'The on-call engineer did not have access to the console.',
      'The engineer did not cause the outage; the scheduler did.',
      'The operator did not expect the failover to take so long.',
    ],
  },
  {
    words: 'touch delete drop wipe destroy erase overwrite purge truncate access tamper meddle interfere',
    note:
      'Harm or meddling denied: "I did not touch the branch", "did not delete any branch at all" is a person saying ' +
      'they had no hand in it, not a duty left undone. Not "remove" or "modify": "did not remove the actuator as ' +
      'required", "didn\'t modify the way she was working" leave work undone.',
    flags: ['The driver did not apply the brakes.', "She didn't modify the way she was working."],
    passes: [
      'I know for sure I did not touch the eslint-migration branch.',
      'Checking my bash history shows I did not delete any branch at all.',
    ],
  },
];

/** Stopping: a duty left undone when not done (`did not stop for a red signal`), unless the person kept on. */
export const STOPPING_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'stop halt slow brake yield',
    note:
      'Stopping or slowing when a signal or the road asks for it: a driver or a train operator who "did not stop ' +
      'for a red signal" or "did not slow down" is blamed for the lapse; a process or a service that did not stop ' +
      'is a finding about it, and people who "did not stop answering tickets" or "did not stop until the backlog ' +
      'was cleared" kept on.',
    flags: [
      'A train operator did not stop for a red signal, nearly hitting an oncoming train.',
      'The bus driver did not slow down before the bend.',
    ],
    passes: [
      'The sync process did not stop when the disk filled up.',
      'The service did not slow down under load.',
      'Our support staff did not stop answering tickets all weekend.',
      'The engineers did not stop until the backlog was cleared.',
    ],
  },
];

/**
 * Duties: what a person is blamed for not doing (`didn't check`, `without testing`). Lemmas. Things
 * that happen to a person (`did not receive the page`, `did not have access`) are not duties.
 */
export const DUTIES: readonly VocabularyEntry[] = [
  {
    words:
      'check double-check cross-check doublecheck crosscheck verify validate test try review read proofread inspect ' +
      'confirm look examine compare reconcile identify',
    note:
      'Checking: "the engineer didn\'t check the tests" is the seed guide\'s own example of blame, and trying a ' +
      'change ("the dev didn\'t try it") is checking it. A duty done again ("re-check", "retest", "re-run") is the ' +
      'same duty.',
    flags: [
      "The engineer didn't check the tests.",
      "The dev didn't try the fix even once before merging.",
      'The nurse did not re-check the order before confirming it.',
      'The engineer did not double-check the target cluster before running the command.',
      'Maria deployed without running the tests.',
      'The most likely answer is that somebody merged without running the tests first.',
      'The reviewer approved the migration without reading it.',
      "Why didn't the engineer test it in staging?",
      'I apologize for not running the tests after I committed my changes.',
      'Dave broke the build by never checking the logs.',
      'The nurse did not compare the medication label to the order.',
      'The crew did not crosscheck the total number of bags against the cargo manifest.',
    ],
    passes: [
      "Why didn't the deploy tool check the schema?",
      'The migration script did not check whether the column existed.',
      'The migration script did not re-check whether the column existed.',
      'The deploy script did not double-check the target cluster.',
      'The replication controller did not try to reschedule the pods.',
      'The on-call engineer did not receive the page because the escalation policy was empty.',
      'The likely answer is that the bot merged without running the tests.',
      'The pipeline was praised for not running the tests twice.',
    ],
  },
  {
    words:
      'copy update rotate renew back backup run follow use apply restart drain tag merge deploy push roll shut ' +
      'turn switch complete disable enable activate deactivate lock close comply adhere obey action',
    note:
      'Steps of a procedure a person is said to have skipped: "did not copy the new code to one of the servers", ' +
      '"did not shut down the disaster recovery system", "did not turn the diesel supply back on", and keeping to ' +
      'the procedure itself ("did not comply with", "failure to comply", "did not action the procedure"). Not ' +
      '"perform" or "execute": "the admin did not perform the suspension" says someone else did it.',
    flags: [
      'One of the technicians did not copy the new code to one of the servers.',
      'One developer failed to rotate their key.',
      '@sam did not use the documented procedure, nor did he test the change.',
      'On Monday, the employee did not shut down a disaster recovery system overnight.',
      'The operator did not comply with the lockout procedure.',
      'The probable cause was failure to comply with the signal by the Train 1 crew.',
      'Then, control room operators failed to reactivate protective devices before powering the substation.',
    ],
    passes: [
      'The deploy tool did not copy the new code to one of the servers.',
      "The vendor's API did not comply with the specification.",
      'The failover script failed to re-enable the alarms.',
      'We did not have a way to test the change in staging.',
      'The server did not shut down cleanly.',
    ],
  },
  ...ANSWERS,
  {
    words: 'secure fasten attach latch ensure',
    note:
      'Making fast or making sure before work goes on, as accident reports name the duty: a crew or a pilot who ' +
      '"failed to secure the cargo hatch" or "did not ensure that the cowlings were attached" is blamed for the ' +
      'lapse; a program or a library that did not secure something is a finding about it.',
    flags: [
      'The crew failed to secure the cargo hatch prior to take-off.',
      'The pilots did not ensure that their engine cowlings were securely attached.',
    ],
    passes: ['The TLS library did not secure the connection.'],
  },
  ...STOPPING_ACTS,
  {
    words: 'record note document jot',
    note:
      'Keeping a record of what must be done later: a person who "did not note the expiry date" or "did not ' +
      'document the change" is blamed for the lapse, as one who did not check is. Writing it down is read with its ' +
      'particle (see `WRITTEN_DOWN`); a program that does not record a metric is a finding about the program.',
    flags: ["I didn't note the expiry date of the domain.", 'The operator did not record the change in the log.'],
    passes: ['The monitoring system did not record the metric.', 'The wiki did not document the new flag.'],
  },
  {
    words: 'coordinate co-ordinate sync synchronise synchronize plan schedule prepare',
    note:
      'Working with others or ahead of time: a person who "did not coordinate with the storage team" or "did not ' +
      'plan the cutover" is blamed for what the work lacked; say what made coordinating or planning hard.',
    flags: [
      "The outage happened because Raj didn't coordinate with the storage team.",
      'The release manager did not plan the cutover.',
    ],
    passes: ['The cron daemon did not schedule the job.', 'The two replicas did not sync their state.'],
  },
  {
    words: 'notify inform tell escalate communicate announce page alert warn ask mention consult report request seek',
    note: 'Telling others: a person who "did not escalate" is blamed for the silence.',
    flags: [
      'The on-call engineer did not escalate to the database team.',
      'The prison officer did not then seek medical attention for the prisoner.',
    ],
    passes: ['PagerDuty did not notify the secondary.', 'The status page did not announce the maintenance.'],
  },
  ...ATTENTION_DUTIES,
  ...KNOWING,
];

/**
 * Writing something down, read with its particle as a duty (see the duties of keeping a record): `write` alone is not
 * one (`did not write the migration`).
 */
export const WRITTEN_DOWN: readonly PatternEntry[] = [
  {
    patterns: ['write|writes|wrote|written|writing|jotted|put|puts down'],
    note:
      'A person who "didn\'t write down the date of expiry" left a record undone, as one who did not note it; a ' +
      '"did not write the migration" is no omission.',
    flags: ["And obviously I didn't write down in my diary the date of expiry, nor did my webhost remind me."],
    passes: ['The engineer did not write the migration; the vendor did.'],
  },
];

/**
 * Purposes that make any act a duty of care: `did not walk around the train to ensure that all passengers were safe`.
 */
export const SAFETY_PURPOSES: readonly PatternEntry[] = [
  {
    patterns: ['to ensure|verify|confirm|assure', 'to make sure|certain'],
    note:
      'An act done to make sure of something is a check, whatever its verb: a person who did not walk around the ' +
      'train to make sure the passengers were safe, or did not look at the dashboard to confirm the rollout, left ' +
      'a check undone, told as hindsight about them. Within a few words of the act only.',
    flags: [
      'The train operator did not walk around the train to ensure that all passengers were safe.',
      'The engineer did not look at the dashboard to confirm the rollout.',
    ],
    passes: [
      'The engineer did not walk around the data centre.',
      'The script did not look at the dashboard to confirm the rollout.',
    ],
  },
];

/** How a person is said to have done a duty badly, after a negated verb: `did not respond properly`. */
export const MANNER: readonly VocabularyEntry[] = [
  {
    words: 'properly correctly adequately appropriately',
    note:
      'A person who "did not respond properly" is judged on how they did their job; a program ' +
      'that did not is a finding about the program.',
    flags: ['The operators did not respond properly.', "The engineer didn't do the handover properly."],
    passes: [
      'The load balancer did not respond properly to health checks.',
      'The migration did not run correctly on the replica.',
    ],
  },
];

/** Verbs that make a check, before one (see `CHECKS`): `did not write any tests`, `didn't get a review`. */
export const CHECK_MAKING: readonly VocabularyEntry[] = [
  {
    words: 'write add get do include request perform',
    note:
      'A person who "did not write any tests" or "did not get a review" skipped the check as one who "did not ' +
      'test" did. Only with a check after the verb: "did not write the migration" is no omission.',
    flags: [
      'The developer responsible did not write any tests for the new endpoint.',
      "The engineer didn't get a review before merging.",
      'The staff nurse did not perform the appropriate checks before taking the sample.',
    ],
    passes: [
      'The engineer did not write the migration.',
      'The code generator did not write any tests for the new endpoint.',
      'The developer did not get a reply from the vendor.',
    ],
  },
];

/** Checks a person is said to have gone without: `merged it without review`. */
export const CHECKS: readonly VocabularyEntry[] = [
  {
    words:
      'review reviews approval testing tests validation verification sign-off canary staging backup backups ' +
      'check checks',
    note:
      'A person acting without a check is named as the one who skipped it; a change that went ' +
      'out without one is a finding about the process.',
    flags: [
      'Maria merged the change without review.',
      'The developer deployed it without any testing.',
      'An employee placed a misconfigured element into production without the required peer review.',
      'Sam ran the migration without a backup.',
    ],
    passes: [
      'The change shipped without review because the repository allowed it.',
      'The config reached production without any testing.',
      'The migration ran without a backup because the backup job had been disabled.',
      "They're caused by well-meaning changes deployed without enough review.",
    ],
  },
];

/** What is given up, not destroyed, by a destructive verb: `Composer dropping support for PHP < 7.2.5`. */
export const DEPRECATIONS: readonly PatternEntry[] = [
  {
    patterns: ['drop|drops|dropped|dropping support|compatibility|compat'],
    note:
      "A project dropping support for an old version makes a release decision, announced; nothing of anyone's is " +
      'destroyed, whoever dropped it.',
    flags: ['I dropped the production database by mistake.'],
    passes: ['The outage happened after Composer dropping support for PHP < 7.2.5 with the 2.3.0 release.'],
  },
];

/** Destructive acts: with a person as the subject and production as the object, the person is named as the cause. */
export const DESTRUCTIVE_ACTIONS: readonly VocabularyEntry[] = [
  {
    words: `drop drops dropped dropping delete deletes deleted deleting wipe wipes wiped wiping truncate truncates
      truncated truncating destroy destroys destroyed destroying erase erases erased erasing overwrite overwrites
      overwrote overwritten overwriting purge purges purged purging nuke nukes nuked nuking unplug unplugs unplugged
      unplugging reformat reformats reformatted reformatting disconnect disconnects disconnected disconnecting`,
    note:
      'A person destroying production data or hardware, in every written form (the lemma is what ' +
      'the code reads; the forms let prose without them go unread). Removing a stuck pod to ' +
      'restart it is not this: the object must be production.',
    flags: [
      'nick: I dropped the production database',
      'I had just deleted a production database critical to our customers.',
      'The production database was dropped by an engineer who thought he was connected to staging.',
    ],
    passes: [
      'The engineer deleted the stuck pods to force a restart.',
      'Terraform deleted the production bucket as the plan said.',
      'If the intern deletes the entire database, they are able to do so, and that is the main problem.',
    ],
  },
  {
    words: `crash crashes crashed crashing break breaks broke breaking`,
    note:
      'Breaking something, in every written form: a person as the subject, with production as ' +
      'the object or in a root cause, is named as the cause.',
    flags: [
      'Bob crashed the production database with a bad query.',
      'He broke the primary switch while moving the rack.',
    ],
    passes: [
      'The bad query crashed the production database.',
      'Bob broke the task into three tickets.',
      'The engineer found the query that crashed the database.',
    ],
  },
];

/** Wrong beliefs a destructive act was done in: `wiped the bucket thinking it was a test account`. */
export const MISTAKEN_BELIEFS: readonly VocabularyEntry[] = [
  {
    words: 'thinking believing assuming mistaking',
    note:
      'A person destroying something while believing it was something else is named as the one who got it wrong, ' +
      'whatever was destroyed; the belief needs a past "was" or "were" after it. Say what made the two look alike.',
    flags: [
      'A contractor wiped the staging bucket thinking it was a test account.',
      'The engineer deleted the volume believing it was unused.',
    ],
    passes: [
      'The engineer deleted the stuck pods thinking it would force a restart.',
      'The cleanup job deleted the bucket, assuming it was unused because it had no tags.',
    ],
  },
];

/** Acts on power and cabling: with one of POWER_PARTS as the object, destructive. */
export const POWER_ACTS: readonly VocabularyEntry[] = [
  {
    words:
      'cut cuts cutting flip flips flipped flipping trip trips tripped tripping pull pulls pulled pulling kick ' +
      'kicks kicked kicking yank yanks yanked yanking switch switches switched switching turn turns turned turning ' +
      'shut shuts shutting overload overloads overloaded overloading',
    note:
      'Cutting, pulling or switching, in every written form: destructive when what follows is ' +
      'power or cabling ("cut the power", "kicked loose the power cable", "flipped the ' +
      'breaker"), not when it is turned back on.',
    flags: [
      'An engineer performing maintenance mistakenly cut the power to the facility.',
      'I had somehow kicked loose the power cable for the main server.',
      'They cut the input breaker for the master electrical panel.',
    ],
    passes: ['We cut a new release at noon.', 'The technician turned the power back on at 10:40.'],
  },
];

/** What makes an act on it destructive: `cut the power`, `pulled the cable`. */
export const POWER_PARTS: readonly VocabularyEntry[] = [
  {
    words: 'power breaker breakers cable cables cord cords plug plugs outlet outlets circuit circuits ups electricity',
    note: 'Power and cabling: what a person cuts, pulls or switches off takes down what hangs on it.',
    flags: ['Someone pulled the plug on the storage array.'],
    passes: ['The deploy job pulled the latest image.'],
  },
];

/**
 * Acts that take a service down with one of OFFLINE after them: `brought down the network`, `took the site offline`.
 */
export const TAKING_DOWN: readonly VocabularyEntry[] = [
  {
    words: `bring brings brought bringing take takes took taken taking knock knocks knocked knocking`,
    note: 'Taking something down, in every written form; a destructive act when OFFLINE follows within a few words.',
    flags: ["Someone once brought down the college's entire network by plugging in a single cable."],
    passes: ['Kevin brought down the error rate.', 'The bad deploy brought the entire site down.'],
  },
];

/** What makes `bring`, `take` and `knock` destructive: `brought the site down`, `knocked out power`. */
export const OFFLINE: readonly VocabularyEntry[] = [
  {
    words: 'down offline out',
    note: 'The direction of harm after TAKING_DOWN.',
    flags: ['An engineer took the production database offline by mistake.'],
    passes: ['An engineer took the old replica offline as planned.'],
  },
];

/**
 * Risky acts: in a root-cause section, with a person as the subject and production as the object, the person is named
 * as the cause.
 */
export const RISKY_ACTIONS: readonly VocabularyEntry[] = [
  {
    words: `push pushes pushed pushing deploy deploys deployed deploying apply applies applied applying run runs ran
      running execute executes executed executing alter alters altered altering commit commits committed committing
      merge merges merged merging ship ships shipped shipping release releases released releasing migrate migrates
      migrated migrating`,
    note:
      'Changing production is everyday work; a root cause that says a person did it to ' +
      'production, or that it was done by a person, names the person where the finding would ' +
      'name what let the change through. Every written form is listed.',
    flags: [
      'Kevin pushed the config change straight to prod on a Friday evening.',
      'Our DBA ran an ALTER TABLE on the primary during peak hours.',
      'The bad config was pushed by Alex without review.',
    ],
    passes: [
      'The deploy pipeline pushed the config change to prod without a canary stage.',
      'Kevin rolled back the change at 18:32 and traffic recovered.',
      'The migration was run by the deploy bot at 02:00.',
    ],
  },
];

/** Letting a thing run out, in every written form: `let the certificate expire`, `allowed the domain to lapse`. */
export const LETTING: readonly VocabularyEntry[] = [
  {
    words: 'let lets letting allow allows allowed allowing permit permits permitted',
    note:
      'A person who let something run out is named for what nobody was set up to watch. Only before a lapse ' +
      '(see the next list): "allowed the cache to warm up" is a choice, not a lapse.',
    flags: ['Bob let the certificate expire.', 'I allowed the SSL certificate to expire.'],
    passes: [
      'The renewal job let the certificate expire.',
      'We allowed the cache to warm up before switching.',
      'The worst thing you can do as a website owner is let your domain expire.',
    ],
  },
];

/** What runs out when nobody acts (lemmas): after a person's `let` or `allowed ... to`. */
export const LAPSES: readonly VocabularyEntry[] = [
  {
    words: 'expire lapse',
    note: 'Certificates, domains, licences and contracts run out on a date someone was meant to watch.',
    flags: ['The admin let the domain lapse.'],
    passes: ['Nobody noticed the certificate was about to expire.'],
  },
];

/** What makes an object production: with a destructive act, the act caused the incident. */
export const PRODUCTION_OBJECTS: readonly VocabularyEntry[] = [
  {
    words: 'production prod live primary master customer customers entire whole',
    note: 'Words of the object that say it was live: "the production database", "our primary cluster".',
    flags: ['Bartholomew wiped the primary cluster.', 'One man deleted his entire company with one bad line of code.'],
    passes: ['Bartholomew wiped the scratch cluster to start over.'],
  },
];

/** How a person's act is judged excessive, after `too`: `applied the update too broadly`. */
export const EXCESS: readonly VocabularyEntry[] = [
  {
    words: 'broadly widely quickly fast early soon aggressively hastily hurriedly casually lightly late slowly',
    note:
      'After "too", with a person as the subject of the act before it: the person is judged on ' +
      'how they acted, too soon or too late ("The pilot reacted too late to the warnings"). A system that acted too ' +
      'quickly or too slowly is a finding about the system.',
    flags: [
      'An engineer applied a system configuration update too broadly.',
      'The on-call engineer restarted the primary too early.',
      'The pilot reacted too late to the low airspeed warnings.',
    ],
    passes: [
      'The autoscaler removed nodes too quickly.',
      'The rollout went too fast for the canary to catch it.',
      'The failover reacted too late to the load spike.',
    ],
  },
];

/** A person's acts of response that may be judged slow: `Sam's rollback was way too slow`. */
export const RESPONSES_JUDGED: readonly VocabularyEntry[] = [
  {
    words: 'response responses rollback reaction escalation fix handling handoff acknowledgement acknowledgment',
    note:
      'After a person\'s possessive, before "was too slow": the person judged by the speed of their act. A ' +
      "system's response, or a person's laptop, is no act of theirs.",
    flags: ["Honestly, Sam's rollback was way too slow.", "The on-call engineer's response was too slow."],
    passes: ["The database's response was too slow.", "Sam's laptop was too slow.", 'The rollback was too slow.'],
  },
];

/** How a person is judged slow: `the on-call was slow to respond`, `Luis was too slow to escalate`. */
export const SLOWNESS: readonly VocabularyEntry[] = [
  {
    words: 'slow late reluctant hesitant',
    note: 'A person judged as slow to act. A system "slow to respond" is a latency, not blame.',
    flags: [
      'The on-call was slow to respond.',
      'Luis was too slow to escalate.',
      'The SRE team was too slow to react.',
    ],
    passes: ['The service was slow to respond during the failover.', 'The replica was late to catch up.'],
  },
  {
    words: 'busy distracted preoccupied',
    note: 'A person said to be too busy or distracted to act: the verdict hides what held their attention; say that.',
    flags: ['Our engineers were too busy to notice the disk filling up.'],
    passes: ['The database was too busy to accept new connections.'],
  },
];

/** Haste, judged only after `too`: `was too quick to merge`. */
export const HASTE: readonly VocabularyEntry[] = [
  {
    words: 'quick hasty eager',
    note:
      'A person judged as having acted too soon ("I was too quick to merge this one"): the verdict hides what made ' +
      'waiting look unneeded; say that. Only after "too": "was quick to identify the situation" praises, and a ' +
      'system "quick to fail over" is its design.',
    flags: ['I was too quick to merge this one.', 'The reviewer was too hasty to approve the change.'],
    passes: ['The engineer was quick to identify the situation.', 'The load balancer was too quick to fail over.'],
  },
];

/** What a person was to do, told after "was": `was supposed to rotate the keys but never did`. */
export const OBLIGED_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'supposed meant expected asked told required assigned',
    note:
      'After "was" or "were", before "to" and the act, then "but" and a negation standing for the act ("but never ' +
      'did", "but didn\'t"): the act a person was to do, left undone, said of them. Not a program\'s, and not a ' +
      'sentence that says what stopped it ("but the job had been disabled").',
    flags: [
      'Bob was supposed to rotate the keys but never did.',
      "The on-call engineer was asked to check the replica but didn't.",
    ],
    passes: [
      'The job was supposed to rotate the keys but never did.',
      'Bob was supposed to rotate the keys, but the job had been disabled.',
    ],
  },
];

/** Duties that before `to` tell an intention: `didn't plan to look into it`. */
export const INTENDING: readonly VocabularyEntry[] = [
  {
    words: 'plan prepare',
    note:
      'Before "to" and a verb these tell what someone meant to do ("he didn\'t plan to look into it"), not work ' +
      'left undone; with an object ("did not plan the cutover") they are duties (see the duties of working ahead).',
    flags: ['The release manager did not plan the cutover.'],
    passes: ["A member mentioned he had been charged twice, but that he didn't plan to look into it."],
  },
];

/** Practices people are told to stop: `Engineers must stop ignoring alerts`. */
export const PRACTICES_STOPPED: readonly VocabularyEntry[] = [
  {
    words: 'ignoring skipping bypassing circumventing disregarding neglecting rushing cutting',
    note:
      'After "stop" or "quit" that people, a role or a team must, need to or should do ("Engineers must stop ' +
      'ignoring alerts", "The team has to stop skipping code review"): the remedy asked of them, which says they did ' +
      'it, as "be more careful" does. Not a program\'s behaviour, and not the writers\' own plan ("We need to stop ' +
      'paging the whole team"), which changes the process.',
    flags: [
      'Engineers must stop ignoring alerts.',
      'The team has to stop skipping code review.',
      'Engineers need to stop cutting corners on rollouts.',
    ],
    passes: [
      'The scheduler must stop retrying failed jobs forever.',
      'We need to stop skipping the canary for config changes.',
    ],
  },
];

/** Care asked of people as the remedy: `be more careful`, `without being thorough`. */
export const CARE: readonly VocabularyEntry[] = [
  {
    words:
      'careful vigilant diligent attentive thorough cautious mindful carefully vigilantly diligently ' +
      'attentively thoroughly cautiously',
    note:
      'Asking people to be more careful, or saying they were not, blames them; the system that ' +
      'allowed the mistake stays as it was.',
    flags: [
      'Everyone should just be more careful when running scripts in production.',
      '@kwame looked over it without being thorough.',
      'Be more careful to test end to end.',
      "Well, I didn't coordinate carefully enough.",
      "We weren't careful enough with the rollout.",
    ],
    passes: [
      'The script is careful to check the target before it runs.',
      "The fix isn't to tell people to be more careful.",
      'Rather than asking engineers to be more careful, we added a guard to the script.',
      'A careful review of the logs showed the leak.',
      'The checker did not look carefully enough at nested keys.',
      'We reviewed the plan thoroughly.',
    ],
  },
  {
    words: 'competent qualified capable skilled proficient',
    note:
      'A person said not to be competent or qualified for the work is judged; say what training, help or guard ' +
      'the work lacked instead. Said of a program or a job, it is a limit of the thing.',
    flags: [
      'Frankly the on-call engineer was not competent to handle a failover.',
      'The contractor was not qualified to change the firewall.',
      'Our DBA is not skilled enough to run the upgrade alone.',
    ],
    passes: [
      'The script is not capable of handling retries.',
      'The job was not qualified for the fast path.',
      'Every engineer on the rota is qualified to run a failover.',
    ],
  },
];

/** Words that ask for what follows them: `Make sure people are more careful`, `Ensure engineers are careful`. */
export const CARE_ENSURED: readonly VocabularyEntry[] = [
  {
    words: 'sure ensure',
    note:
      'Before people and "are" or "is" with a word of care (see CARE): the same remedy as "be more careful", asked ' +
      'of them as a state to keep. Said of a program, a check or a step, it is a design of the thing.',
    flags: [
      'Make sure people are more careful when editing runbooks.',
      'Ensure the on-call engineer is careful with production credentials.',
    ],
    passes: [
      'Make sure the script is more careful about empty host lists.',
      'Ensure the rollout tool is cautious with new regions.',
    ],
  },
];

/** Care asked of people as a thing to give: `pay more attention`, `take more care`. */
export const CARE_GIVEN: readonly VocabularyEntry[] = [
  {
    words: 'attention care caution diligence vigilance',
    note:
      'After "more", "closer", "greater" or "extra" and a verb of giving it (see CARE_VERBS): the same remedy as ' +
      '"be more careful", which leaves the system as it was.',
    flags: ['We need engineers to pay more attention during deploys.', 'Operators must take more care with the CLI.'],
    passes: ['The alerts need more attention from the tooling.', 'Capacity deserves closer attention next quarter.'],
  },
];

/** The verbs that give care: `pay more attention`, `exercise greater caution`. */
export const CARE_VERBS: readonly VocabularyEntry[] = [
  {
    words: 'pay take exercise use',
    note: 'Before "more attention", "greater care": a person asked to give more of it.',
    flags: ['Exercise greater caution when editing production data.'],
    passes: ['We use more caution flags in the deploy tool now.'],
  },
];

/** Acts a person chose over what was meant: `ran it on db1 instead of db2`. */
export const WRONG_CHOICE: readonly VocabularyEntry[] = [
  {
    words: 'instead',
    note:
      'A person who did one thing "instead of" another is named as the one who chose wrong; a ' +
      'program that did is a finding about the program.',
    flags: [
      'Priya ran the cleanup job in production instead of staging.',
      'He ran it on db1 instead of db2.',
      'Unfortunately instead of copying the values from the tool, i for whatever reason used the old ones.',
    ],
    passes: [
      'Jenkins ran the job in production instead of staging because of the branch name.',
      'We used a queue instead of polling.',
    ],
  },
];

/** What programs do, not people: `they were returning a 404`. Lemmas. */
export const PROGRAM_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'return respond crash retry throw redirect serve emit',
    note:
      'Answering requests and failing as software does: "they" or a capitalised word doing only these, "instead ' +
      'of" something else, is a program or a page that behaved wrongly, not a person who chose wrong.',
    flags: ['Instead of testing the fix, they pushed it to production.'],
    passes: ['Instead of falling back to the English version of the pages, they were returning a 404.'],
  },
];

/** What is wrong in a person's act: `pushed a broken config`, `with a bad configuration`. */
/**
 * Of WRONG_THINGS, those standard English never writes without an article before a singular noun (`the wrong
 * pod`): written bare after a verb (`restart wrong pod`), the article was dropped, as chat and non-native
 * writing do, and the thing is still the one the person acted on. `served invalid headers` is standard English.
 */
export const WRONG_WITHOUT_ARTICLE: readonly VocabularyEntry[] = [
  {
    words: 'wrong',
    note:
      'Read after a verb with no article, as in "oncall guy restart wrong pod": the person acted on the wrong ' +
      'thing. Other wrong words ("invalid", "bad") go without an article in standard English, and are not.',
    flags: ['- oncall guy restart wrong pod, so db go down', 'The engineer picked wrong server.'],
    passes: [
      '- deploy script restart wrong pod because label selector was wrong',
      'Affected proposers were refunded for missed slots where Titan relay served invalid headers.',
    ],
  },
];

export const WRONG_THINGS: readonly VocabularyEntry[] = [
  {
    words: 'wrong incorrect bad broken faulty invalid erroneous errant',
    note:
      'A person who acted with something wrong is named as the cause; a program that did is a ' +
      'finding about the program.',
    flags: [
      'Someone on the team pushed a broken config.',
      'A network technician brought the device back online with a bad configuration.',
      'The cause was errant input that two engineers entered while debugging.',
      'The outage was caused by an incorrect command entered by an S3 team member.',
      'The incorrect value was entered by the operator.',
      'Alex was responsible for the bad merge.',
      'The root cause was someone typing the command into the wrong window.',
    ],
    passes: [
      'The wrong certificate was found by the on-call engineer.',
      'The wrong version deployed by the pipeline broke checkout.',
      "We don't guard against running commands in production as the wrong user.",
      'The deploy tool pushed a broken config.',
      'Sam found the bad config at 10:40.',
      'Helena recovers the broken table and manually applies the database migration.',
      'Maria rolled back the broken release.',
      'The broken config that the engineer found had been generated by the build.',
    ],
  },
  {
    words: 'untested unreviewed unvetted unverified unvalidated',
    note:
      'Work a person shipped or owns said to have gone unchecked: the person is named as the one who skipped the ' +
      'check. Say what let unchecked work through.',
    flags: [
      'The engineer deployed an untested build to production.',
      "The root cause was a junior developer's untested change.",
    ],
    passes: [
      'The pipeline deployed an untested build to production.',
      'Sam reverted the untested change at 10:40.',
      'The root cause was an untested code path in the retry logic.',
    ],
  },
];

/** Acts on a wrong thing that find or undo it: `rolled back the bad deploy`, `found the broken config`. */
export const REMEDY_ACTIONS: readonly VocabularyEntry[] = [
  {
    words:
      'revert roll rollback remove fix replace restore disable delete find identify notice ' +
      'discover investigate spot catch detect debug isolate quarantine drain stop kill patch ' +
      'correct undo flag report look search dig examine recover repair resolve rebuild mitigate bypass circumvent ' +
      'apologise apologize',
    note:
      'Finding, undoing or fixing a wrong thing, going around it ("bypassed the broken load balancer") or ' +
      'apologising for it is the response, not the mistake.',
    flags: [],
    passes: [
      'Maria rolled back the broken release.',
      'The on-call engineer reverted the bad commit.',
      'Sam found the bad config at 10:40.',
      'Smart engineers looked in the wrong place first.',
      'The on-call engineer bypassed the broken load balancer to restore service.',
      'I want to start by apologizing for the broken v3.0.5 release.',
    ],
  },
];

/**
 * Acts that repair a part in a faulty state (see `FAULTY_PARTS`) and answer nothing else: "restarted the broken pod"
 * is the response, "restarted the wrong pod" a mistake.
 */
export const REPAIRS_OF_FAULTY: readonly VocabularyEntry[] = [
  {
    words: 'restart reboot reset swap reseat reinstall reimage',
    note:
      'Restarting, swapping or rebuilding a part that is broken or faulty is how the fault is answered; the same ' +
      'act on the wrong part is still the mistake, read by the wrong things.',
    flags: ['The engineer restarted the wrong pod.'],
    passes: [
      'The engineer swapped the broken network card for a spare.',
      'The technician reseated the faulty line card.',
    ],
  },
];
