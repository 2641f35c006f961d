// Verbs that say a person made a mistake (`forgot to`, `misread`, `ran the wrong script`), as token
// patterns (see ../patterns.ts), and the word sets the patterns name in braces. Each entry's
// sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/**
 * How the verb phrase can be rephrased: `negate` (`forgot to` -> `did not`), `notice`
 * (`overlooked` -> `did not notice`), `mistype`, or only unsafe suggestions.
 */
export type Rephrase = 'negate' | 'notice' | 'mistype' | 'suggest-notice' | 'suggest-act-on' | 'none';

export interface MistakeVerbEntry extends PatternEntry {
  /** Only people do this, so `they` or an unknown capitalised word as the subject is enough. */
  readonly humanOnly: boolean;
  readonly rephrase: Rephrase;
  /**
   * For verbs programs share: what follows must be a human act (`failed to notice`) or a signal (`missed the alert`).
   */
  readonly complement?: 'action' | 'signal';
  /** The words judge whoever did it, a group too: `we botched the failover`. */
  readonly judgesGroups?: true;
  /** A named team that does it is judged as a person is: `the networking team forgot to renew`. */
  readonly judgesTeams?: true;
  /**
   * In a root cause, the writers (`we`) or a named team doing it is a slip told as the cause, human error with no
   * one person named: `we forgot to deploy that`.
   */
  readonly oursInRootCause?: true;
  /** With a fault as its object (see `FAULTS_WORKED_AROUND`) the act is a workaround: `bypassed the problem`. */
  readonly worksAround?: true;
  /**
   * With its subject left out, as a commit's or a changelog's note tells it, and a determiner after it, the verb is
   * the writer's slip whatever its object: `Missed a semicolon in the config`.
   */
  readonly writersSlip?: true;
}

/** In order: where two patterns start with the same word, the longer comes first, and the first match wins. */
export const MISTAKE_VERBS: readonly MistakeVerbEntry[] = [
  {
    patterns: ['forgot|forgets|forget|forgotten to', 'neglected|neglects|neglect to', 'did|does not bother|think to'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'negate',
    note:
      'Forgetting a step: only people forget. Rephrased as what did not happen: "forgot to ' +
      'renew" -> "did not renew". In a root cause the writers\' forgetting ("we forgot to deploy that") names ' +
      'human error as the cause, as "we accidentally deleted" does; elsewhere it is the writers owning a step.',
    flags: ['The engineer forgot to renew the certificate.', 'She did not think to page the database team.'],
    passes: ['The cron job forgot to renew the certificate.'],
  },
  {
    patterns: ['was|were|is|are forget|forgot to'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Forgetting as writers of English as a second language tell it, with "be" before the verb ("He was forget ' +
      'to restart the worker"): the same lapse, read as "forgot to" is.',
    flags: ['He was forget to restart the worker after change.'],
    passes: ['The cron job was forget to run, as the scheduler skipped it.'],
  },
  {
    patterns: ['forgot|forgets|forgotten|forgetting', 'neglected|neglects|neglecting', 'did|does not bother'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'The same with an object rather than a verb ("forgot the flag"): no rephrase says what was left undone. The ' +
      'gerund too, whose subject is that of the verb it follows ("I kept forgetting to close them") or of the clause ' +
      'before its comma ("The crew reversed the train, forgetting that the coupling was off"); not a gerund that is ' +
      'a subject itself, what anyone may do.',
    flags: ['Bob forgot the flag.', 'The engineer neglected the warnings.', 'I kept forgetting to close them.'],
    passes: ['The linter forgot nothing.', 'Forgetting a step is easy when the runbook is long.'],
  },
  {
    patterns: [
      'spilled|spilt|spills|spill a|an|his|her|their|my|our|some|coffee|tea|water|soda|beer|drink|drinks',
      'knocked|knocks|knock over',
    ],
    humanOnly: true,
    rephrase: 'none',
    note:
      'Accidents only a person has: spilling a drink on equipment (spilling something: what ' +
      'spills by itself has no object), knocking something over.',
    flags: [
      'A newish officer spilled his morning coffee into the circuitry of the router.',
      'A cleaner knocked over the rack.',
    ],
    passes: [
      'Coffee spilled into the circuitry when the shelf collapsed.',
      'A volunteer spilled the beans about the outage.',
    ],
  },
  {
    patterns: [
      'rushed|rushes|botched|botches|bungled|bungles|fumbled|fumbles the|a|an|his|her|their|my|our|this|that',
      'rushed|botched|bungled through|by',
    ],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'Doing a thing too fast or badly: the verb judges the doer. What pressed for speed (a deadline, a page) ' +
      'is what a finding names. In the passive the doer is the agent ("was rushed through review by the lead").',
    flags: [
      'The engineer rushed the deployment to meet the deadline.',
      'Alex botched the failover.',
      'The change was rushed through review by the team lead.',
    ],
    passes: ['The team rushed to the data center.', 'The queue rushed the messages through.'],
  },
  {
    patterns: ['panicked'],
    humanOnly: true,
    rephrase: 'none',
    note:
      "Losing one's head under pressure: only people panic, and the word judges how they felt, not what the " +
      'system showed them. A kernel that panicked is not a person.',
    flags: ['The night operator panicked and rebooted all nodes.', 'The on-call engineer panicked.'],
    passes: [
      'The kernel panicked and the node rebooted.',
      'I spent 30 minutes frantically communicating to stakeholders in a panic.',
    ],
  },
  {
    patterns: ['erred|errs in|by|when|while|badly|seriously|gravely|grievously|repeatedly'],
    humanOnly: true,
    rephrase: 'none',
    note:
      'Erring, said with what it was in ("erred in dispensing the medication") or how badly: a person named as the ' +
      'one who made the mistake. Erring "on the side of caution" is a choice, not a mistake, and is not matched.',
    flags: [
      'The pharmacist admitted that she had erred in dispensing the medication.',
      'The engineer erred badly when failing over.',
    ],
    passes: ['We erred on the side of caution and paged everyone.', 'The parser errs in rare cases.'],
  },
  {
    patterns: ['overlooked|overlooks'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'notice',
    note:
      'Not seeing what was there: rephrased as "did not notice", which says no more than what happened. In a root ' +
      'cause the writers\' own ("It was just something we overlooked") is human error told as the cause.',
    flags: ['The engineer overlooked the warning.'],
    passes: ['The linter overlooked the unused import.'],
  },
  {
    patterns: ["fat-fingered|fat-fingers|fat-finger|typoed|typo'd|typoes", 'fat fingered|fingers'],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'mistype',
    note: 'A typing slip said with a sneer, or in slang ("typoed"): rephrased as "mistyped".',
    flags: ['Bob fat-fingered the hostname.', 'Staff member Brain typoed a hostmask and the network was banned.'],
    passes: ['The keyboard macro fat-fingered the hostname.', 'The script typoed the hostname.'],
  },
  {
    patterns: [
      'messed|screwed|mucked|fouled|mess|screw|fucked|fuck|cocked|effed|borked|buggered|bollocksed up',
      'messed|screwed|mucked|fucked|cocked|effed|borked it|this|that|things|everything|something|stuff|them *? up',
      'botched|bungled|blundered|goofed|botches|cocked-up|fucked-up|screwed-up|messed-up',
      'dropped|drops|drop the ball',
      'slipped|slips up',
      'lost|loses control of',
    ],
    humanOnly: true,
    judgesGroups: true,
    rephrase: 'none',
    note:
      'Doing something badly, in words that judge the doer, a team too; a slip supposed ("even if he messed up") ' +
      'is not told.',
    flags: [
      'The engineer messed up the migration.',
      'Bob botched the failover.',
      'We fucked up.',
      'Man, we totally screwed this one up.',
      'He lost control of the cart and hit the breaker on the PDU.',
    ],
    passes: [
      'The migration messed up the index.',
      'Even if he totally messed up, the system should not let one slip do this.',
    ],
  },
  {
    patterns: [
      'cut|cuts|cutting *? *? corners',
      'took|takes|taking|take *? shortcuts',
      'made|makes|making it|things|matters worse',
      'shot|shoots|shooting myself|ourselves|himself|herself|themselves|yourself in the foot',
      'jumped|jumps|jumping the gun',
      'had|has|having a brain fart',
      'went|goes|gone rogue',
      "oops'd|oopsed|oopsied",
      'winged|wings|winging it',
      'kept|keep|keeps putting it|this|that|them off',
    ],
    humanOnly: true,
    judgesGroups: true,
    rephrase: 'none',
    note:
      'Idioms of a mistake owned, as personal postmortems confess them ("To get the project in on time I cut lots ' +
      'of corners", "Then I made it worse", "I jumped the gun"): the verdict on the person hides the deadline and ' +
      'the tooling that made the shortcut likely. Only with a person or a team as the subject: a retry storm ' +
      'makes it worse, a script jumps nothing.',
    flags: [
      'I cut corners on the rollout to make the deadline.',
      'The team took shortcuts during the rollout.',
      'Then I made it worse by restarting the primary.',
      'I jumped the gun and deployed before the build finished.',
      'Sam had a brain fart and pasted the prod token.',
      'I had been meaning to renew the certificate for weeks but kept putting it off.',
    ],
    passes: [
      'The retry storm made it worse.',
      'We cut costs by moving logs to cold storage.',
      'The deploy went rogue when the canary check timed out.',
      'I winged the demo, and it went fine.',
      'The scheduler kept putting it off until the queue drained.',
    ],
  },
  {
    patterns: ['lost|loses|losing track of'],
    humanOnly: false,
    rephrase: 'none',
    note:
      'A lapse of attention on duty, as accident reports tell it ("lost track of where he was"): the verdict on the ' +
      'person hides the workload and the design that made it likely. Only with a person as the subject: a ' +
      'consumer loses track of its offset.',
    flags: ['The engineer lost track of which terminal was connected to production.'],
    passes: ['The consumer lost track of its offset after the rebalance.'],
  },
  {
    patterns: [
      'fell|falls|fall|falling|fallen for a|an|the *? phishing|scam|spoofed|fake|fraudulent|malicious',
      'clicked|clicks|clicking on? a|an|the *? phishing|malicious|spoofed|fake|fraudulent|suspicious ' +
        'link|links|email|emails|attachment|attachments',
      'clicked|clicks|clicking on? a|an|the link|links|attachment|attachments in|from a|an|the *? ' +
        'phishing|malicious|spoofed|fake|fraudulent|suspicious',
      'opened|opens|opening a|an|the *? phishing|malicious|spoofed|fake|fraudulent|suspicious|suspect ' +
        'email|emails|attachment|attachments|link',
    ],
    humanOnly: false,
    rephrase: 'none',
    note:
      'A person said to have been taken in by a phishing lure ("an employee clicked a phishing link"): the verdict ' +
      'on the person hides what let one click give an attacker access (no second factor, mail filtering, an ' +
      'account with too much reach). Only with a person as the subject: a mail filter opens attachments to scan ' +
      'them.',
    flags: [
      'An employee fell for a phishing email.',
      'An employee clicked a phishing link and entered their credentials, which is how the attacker got in.',
      'A council employee clicked on a link in a phishing email.',
      'The ransomware spread after a staff member opened a suspect email attachment.',
    ],
    passes: [
      'The sandbox opened the malicious attachment and blocked it.',
      'A phishing email reached 40 employees because the filter rule had been disabled.',
    ],
  },
  {
    patterns: ['got|gets|getting|gotten|fell|falls|falling|fallen behind on|with'],
    humanOnly: false,
    rephrase: 'none',
    note:
      'A duty let slide ("I got behind on my backups", "the admin fell behind on patching"): the verdict on the ' +
      'person hides the workload that made it likely. Only with a person as the subject: a replica falls behind on ' +
      'replication, a consumer on its queue.',
    flags: ['I got behind on my backups.', 'The admin fell behind on patching the servers.'],
    passes: [
      'The replica fell behind on replication during the traffic spike.',
      'The consumer got behind on the queue after the rebalance.',
    ],
  },
  {
    patterns: [
      'using|used|uses|answered|answering|answers|checking|checked|checks|texting|texted|reading|read ' +
        'his|her|their|a mobile|cell? phone|cellphone|smartphone while',
      'texting|texted|texts while',
      'was|were on his|her|their mobile|cell? phone|phones|cellphone|smartphone when|while|as',
    ],
    humanOnly: true,
    rephrase: 'none',
    note:
      'A phone in use while driving or on watch: investigators name it as the lapse ("answered his mobile phone ' +
      'while driving a forklift", "was on his phone when the vessel passed the buoy"); not a call on "the" phone, ' +
      'which is work. Only with a person as the subject; a rule about phones ("Using a cellphone while ' +
      'driving is grounds for termination") names no one.',
    flags: [
      'Investigators determined that the engineer had been texting while operating the train.',
      'The applicant answered his mobile phone while driving a forklift.',
      'The master was found to be using his mobile phone while the vessel approached the channel.',
      'The second officer was on his phone when the vessel passed the buoy.',
    ],
    passes: [
      'Using a cellphone while driving a school bus is automatic grounds for termination.',
      'The on-call engineer was on the phone with the vendor when the second alert fired.',
    ],
  },
  {
    patterns: ['got|gets|get|getting|gotten it|this|that|things|something badly? wrong'],
    humanOnly: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Getting something wrong: the writers owning a mistake ("We recognise that we got this wrong") or a person ' +
      'named as the one who erred. A program that "got the TTL wrong" is a finding.',
    flags: ['I got it wrong, sorry about that.', 'The on-call engineer got this badly wrong.'],
    passes: ['The cache got the TTL wrong after the upgrade.', 'If we get this wrong, the backups are lost.'],
  },
  {
    patterns: [
      'got|gets|get|getting|gotten the|two|both|these|those|them * *? confused|mixed|muddled|backwards|reversed',
    ],
    humanOnly: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Taking one thing for another: a person who "got the two lists confused" or "got the dates backwards" made a ' +
      'slip. A program that "got the fields reversed" is a finding.',
    flags: ['Just now, I got the two lists confused.', 'The engineer got the two hosts mixed up.'],
    passes: ['The parser got the two fields reversed after the upgrade.', 'Users got confused by the new menu.'],
  },
  {
    patterns: [
      'ran|runs|running|run through? a|the red light|lights|signal|signals',
      'passed|passes|passing|overran|overruns|overrunning a|the red? signal|signals at danger',
      'went|goes|going|gone|drove|drives|driving past|through a|the red stop? signal|signals|light|lights',
    ],
    humanOnly: true,
    rephrase: 'none',
    note:
      "Running a red light or passing a signal at danger: the driver's act as investigators and the press name " +
      'it, where a finding would say what the driver saw and what the signalling allowed.',
    flags: [
      'The bus driver ran a red light.',
      'The train driver passed a red signal at danger.',
      'A train driver killed in a collision went past a red stop signal and braked only seconds before the crash.',
    ],
    passes: ['The camera at the junction caught cars running the red light.', 'The light ran red for ten minutes.'],
  },
  {
    patterns: [
      'lost|loses|losing focus|concentration',
      'fell|falls|falling|fallen asleep',
      'dozed|dozes|dozing|nodded|nods|nodding off',
      'went|goes|go|going|gone back to sleep|bed',
      'slept|sleeps|sleeping through',
    ],
    humanOnly: true,
    rephrase: 'none',
    note:
      'Falling asleep, going back to sleep after a page or sleeping through it, or losing focus on duty: only ' +
      'people do, and the verdict hides the fatigue, the paging and the staffing that made it likely; say those.',
    flags: [
      'The tower controller fell asleep during the overnight shift.',
      'The night operator dozed off.',
      'The on-call engineer acknowledged the page and then went back to sleep.',
      'The engineer on call was sleeping through the pages for forty minutes.',
    ],
    passes: ['The on-call engineer had not fallen asleep; the page never reached her phone.'],
  },
  {
    patterns: [
      'misread|mistyped|misunderstood|misjudged|misinterpreted|misremembered|misconfigured|' +
        'mislabeled|mislabelled|misclicked|miscalculated|misspelled|misspelt|mistook',
    ],
    humanOnly: true,
    rephrase: 'none',
    note:
      'Doing something wrongly, in one verb. A program that "misconfigured" something is a ' +
      'finding about the program.',
    flags: ['The engineer misread the graph.', 'Bob misconfigured the load balancer.'],
    passes: ['The installer misconfigured the load balancer.'],
  },
  {
    patterns: ['had|has|have a|an *? *? misconfiguration|misconfig|mistake|oversight|blunder'],
    humanOnly: true,
    rephrase: 'none',
    note:
      'Having a mistake, as people own one ("I had a DNS misconfiguration when moving off Cloudflare"); a thing that ' +
      'has a misconfiguration or a mistake in it is a finding about the thing.',
    flags: ['I had a DNS misconfiguration when moving off Cloudflare.', 'Bob had an oversight in the runbook.'],
    passes: ['The load balancer had a misconfiguration in its health check.', 'The report had a mistake in it.'],
  },
  {
    patterns: [
      'made|makes|make a|an|the|that|this? *? mistake|mistakes|error|errors|blunder|blunders|typo|typos|slip|' +
        'oversight|boo-boo|goof|gaffe|oopsie|whoopsie',
      'did|does|do a|an|the|that|this? *? mistake|mistakes|blunder|blunders|boo-boo|goof|gaffe|oopsie|whoopsie',
      'made|makes|make a|an ' +
        'small|little|big|huge|tiny|minor|major|serious|grave|real|classic|simple|silly|costly|fatal|honest|bad ' +
        'small|little|big|huge|tiny|minor|simple|silly|stupid|dumb|rookie|procedural|human|typing|clerical ' +
        'mistake|error|blunder|typo|slip|oversight|boo-boo|goof|gaffe',
      'made|makes|make at|several|many|multiple|numerous|two|three|four|five|ten|dozens *? *? ' +
        'mistakes|errors|blunders|typos|slips|oversights',
      'made|makes|make a|an? {BAD} {JUDGED}',
    ],
    humanOnly: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Making a mistake, or a bad call ({BAD} and {JUDGED} are the bad qualities and judged choices). In a root ' +
      "cause the writers' own (\"We've realised that we've made a mistake here\") is human error told as the " +
      'cause; elsewhere it is an account of what happened ("We made a mistake in our capacity estimate").',
    flags: [
      'The operator made a mistake in the config.',
      'I made an incorrect assumption about the cache.',
      'The system administrator made a small little mistake on the command line.',
      'Technicians working on the upgrade made at least ten mistakes.',
      'He made a big boo-boo.',
      'I did a dependency oopsie.',
      'cant believe i made that huge mistake yesterday',
      'Bob made the mistake of deploying on a Friday.',
    ],
    passes: [
      'Bob made a decision to roll back.',
      'The compiler made a small mistake in the inlining pass.',
      'Bob made a note of the errors.',
      'I made the error message say which connection pool ran out.',
      'Bob made the error go away by restarting the pod.',
      'The linter did a typo check.',
      'I did the error handling for the client.',
    ],
  },
  {
    patterns: ['thought|thinks it was|is a good|great|smart idea to'],
    humanOnly: true,
    rephrase: 'none',
    note: 'Sarcasm about a person\'s choice: "someone thought it was a good idea to push untested code".',
    flags: ['Someone thought it was a good idea to push untested code to prod.'],
    passes: ['The team thought it was a good idea to add a cache.'],
  },
  {
    patterns: ['skipped|skips|skipping'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Leaving out a step: the person is named, the step that could be skipped is not. In a root cause, the ' +
      'writers\' own ("we skipped the staging deploy") too.',
    flags: ['The engineer skipped the canary.', 'The engineer skipped the failing tests.'],
    passes: ['The deploy skipped the canary.'],
  },
  {
    patterns: ['bypassed|bypasses|bypassing|circumvented|circumvents|circumventing'],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    worksAround: true,
    note:
      'Going around a control: the person is named, the control that could be gone around is not. Going around a ' +
      'fault (see the faults worked around) is a workaround, the response.',
    flags: [
      'The engineer bypassed the review.',
      'Mark pushed straight to main, bypassing code review.',
      'The operator bypassed the failing safety check.',
    ],
    passes: [
      'The deploy bypassed the canary.',
      'Our engineers have bypassed the problem and routed new power lines to the rack.',
      'The on-call engineer bypassed the broken load balancer to restore service.',
    ],
  },
  {
    patterns: [
      'rubber-stamped|rubber-stamps|rubber-stamp',
      'rubber stamped|stamps',
      'waved|waves|wave through',
      'glossed|glosses|gloss over',
    ],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'A review or check done in name only: the reviewer is judged, and the review process that let it pass is not ' +
      'examined. Say what the review was asked to check and what it could see.',
    flags: ['The reviewer rubber-stamped the PR.', 'The approver waved through a change that failed its checks.'],
    passes: ['The pipeline waved through builds with optional checks.', 'The summary glosses over nothing.'],
  },
  {
    patterns: [
      'self-merged|self-merges|self-approved|self-approves|self-reviewed',
      'approved|approves|merged|merges|reviewed his|her|their|my own',
    ],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      "Approving or merging one's own change: the second pair of eyes the review was for is left out, and the " +
      "person is judged for it. Say what let a change merge with only its author's approval.",
    flags: ['The engineer approved their own change.', 'Yikes, he self-merged it.'],
    passes: ['The bot merged its own dependency update.', 'The engineer approved the change after two reviews.'],
  },
  {
    patterns: ['failed|fails|fail to'],
    humanOnly: false,
    oursInRootCause: true,
    rephrase: 'negate',
    complement: 'action',
    note:
      'Programs fail to do things too: blame only with a person as the subject, or a human act ' +
      'after it (a duty, or answering), for a named team too. In a root cause the writers\' own ("we then failed ' +
      'to fully test") is human error told as the cause, as "we forgot to" is.',
    flags: [
      'The engineer failed to check the replica.',
      'They failed to acknowledge the page.',
      'The QA team failed to test the migration.',
    ],
    passes: ['The deploy tool failed to roll back.', 'The bot failed to acknowledge the page.'],
  },
  {
    patterns: ['failed|fails|fail at'],
    humanOnly: true,
    rephrase: 'none',
    complement: 'action',
    note:
      'Failing at a task ("you failed at publishing the dist folder") is failing to do it, said of a person; a ' +
      'build or a job that failed at a step is a finding about the program.',
    flags: ['Seems you failed at publishing the dist folder in 5.2.0.'],
    passes: ['The build failed at compiling the assets.', 'The release job failed at publishing the dist folder.'],
  },
  {
    patterns: ['missed|misses an|the|a|some obvious|glaring|blatant|simple'],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'Missing what is called obvious afterwards: hindsight that judges whoever missed it. What hid it at ' +
      'the time is what a finding names.',
    flags: ['The QA team missed an obvious bug.', 'The reviewer missed a glaring typo in the config.'],
    passes: ['The test suite missed an obvious bug.'],
  },
  {
    patterns: ['missed|misses|skipped|skips a|an|the|one|some *? *? step|steps|check|checks'],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Missing or skipping a step of a procedure: a lapse. In a root cause the writers\' own ("we missed an ' +
      'important configuration step") is human error told as the cause, as "we forgot to" is.',
    flags: ['Bob missed a step in the runbook.', 'The operator skipped the final check.'],
    passes: ['The job skipped a step because the flag was unset.'],
  },
  {
    patterns: ['missed|misses'],
    humanOnly: false,
    rephrase: 'suggest-notice',
    complement: 'signal',
    writersSlip: true,
    note:
      "Missing a signal a person should attend to; a program misses things too. In a root cause's note with its " +
      'writer left out ("Missed a semicolon in the config"), what the writer missed, whatever it is.',
    flags: ['Bob missed the alert.', 'They missed the warnings.'],
    passes: ['They missed the deadline.'],
  },
  {
    patterns: ['ignored|ignores|ignoring'],
    humanOnly: false,
    rephrase: 'suggest-act-on',
    complement: 'signal',
    note:
      'Ignoring a signal a person should act on; a program ignores headers and flags. The gerund after a past ' +
      '"kept" is the same act ("kept ignoring the failing canary"), with no rephrasing offered.',
    flags: ['Bob ignored the warning.', 'They ignored the alerts.', 'The release engineer kept ignoring the warnings.'],
    passes: ['The proxy ignored the header.'],
  },
  {
    patterns: ['dismissed|dismisses|disregarded|disregards', 'brushed|brushes|shrugged|shrugs|wrote|writes off'],
    humanOnly: false,
    rephrase: 'suggest-act-on',
    complement: 'signal',
    note:
      'Dismissing a signal a person should act on, in so many words ("dismissed the alert", "shrugged off the ' +
      'warnings"): the verdict of hindsight on what the signal was worth. What made it look like noise at the time ' +
      'is what a finding names. A program disregards headers and flags.',
    flags: ['The on-call dismissed the alert as a false positive.', 'The team shrugged off the warnings.'],
    passes: ['The proxy disregarded the header.', 'We dismissed the idea of a rollback.'],
  },
  {
    patterns: ['broke|breaks', 'caused|causes'],
    humanOnly: false,
    rephrase: 'none',
    note:
      'A person named as the one who broke or caused it; an unknown name may be a program, so it ' +
      'needs a known person.',
    flags: ['The engineer broke the build.', 'He caused the outage.'],
    passes: ['The upgrade broke the build.', 'Bob caused the outage.'],
  },
  {
    patterns: [
      '{WRONG_ACTIONS} the|a|an wrong|incorrect',
      '{WRONG_ACTIONS} to|into|onto|on|in|from|against the|a|an? wrong|incorrect',
      '{WRONG_ACTIONS} the|a|an|our|their|his|her|my * *? to|into|onto|on|in|from|against the|a|an wrong|incorrect',
    ],
    humanOnly: true,
    judgesTeams: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'The same with a thing that was the wrong one: in a root cause the writers\' choice of it ("we accessed the ' +
      'wrong database") is a slip told as the cause, human error with no one person named, as "we accidentally ' +
      'deleted" is. A broken or buggy thing shipped is not read so: the writers owning a defect they shipped.',
    flags: [
      'Bob restored the wrong backup.',
      'The operator connected to the wrong database.',
      'She ran the cleanup script on the wrong database.',
    ],
    passes: ['The failover script connected to the wrong database.'],
  },
  {
    patterns: ['{WRONG_ACTIONS} the|a|an {WRONG}', '{WRONG_ACTIONS} to|into|onto|on|in the|a|an? {WRONG}'],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'A person who ran, pushed or deployed the wrong thing, or to the wrong place ({WRONG_ACTIONS} and {WRONG} are ' +
      'the wrong actions and wrong objects).',
    flags: [
      'Bob ran the wrong script.',
      'The engineer deployed a broken build.',
      'She pushed to the wrong branch.',
      'The operator uploaded into the wrong bucket.',
      'Support staff deleted the wrong file.',
    ],
    passes: [
      'The pipeline deployed a broken build.',
      'Bob ran the correct script.',
      'The sync job uploaded to the wrong bucket.',
    ],
  },
  {
    patterns: [
      'lost|loses|misplaced|misplaces|mislaid|mislays a|an|the|his|her|their|my|our|work|company *? ' +
        'laptop|laptops|phone|phones|device|devices|tablet|usb|badge|keys|folder|documents|paperwork|files',
    ],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'A person who lost or misplaced a device or papers: only people carry them. What the device held unprotected ' +
      '(no encryption, no remote wipe) is what a finding names.',
    flags: [
      'An employee lost a laptop containing unencrypted records.',
      'A member of staff misplaced a folder of patient letters on the train.',
    ],
    passes: ['The courier service lost the parcel.', 'The engineer lost connectivity to the host.'],
  },
  {
    patterns: ['gave|gives|handed|hands|told|tells|showed|shows|quoted|quotes * *? the|a|an wrong|incorrect'],
    humanOnly: true,
    judgesTeams: true,
    rephrase: 'none',
    note:
      'A person who gave someone the wrong thing: the one given to (and "out") stands between the act and the ' +
      'wrong thing.',
    flags: [
      'Support staff gave customers the wrong instructions.',
      'The agent told the caller the wrong account number.',
      'The engineer gave out the wrong address.',
    ],
    passes: [
      'The status page gave customers the wrong impression.',
      'Support staff gave customers the new instructions.',
    ],
  },
  {
    patterns: [
      'did|does|do|done something|it|things|everything *? wrong|incorrectly',
      'got|gets it|things wrong',
      'got|gets the|a|an|his|her|their|my *? *? wrong',
    ],
    humanOnly: true,
    oursInRootCause: true,
    rephrase: 'none',
    note:
      'Doing or getting something wrong, said of a person with nothing said of why; "done" too, a word of degree ' +
      'before "wrong" ("I\'ve done something terribly wrong"), and what they got wrong ("got the region wrong"). In ' +
      'a root cause the writers\' own ("In yesterday\'s case, we got it wrong") is told as the cause.',
    flags: [
      'Someone did something wrong with the generators at our datacenter.',
      'The engineer got it wrong.',
      "Hey I've done something terribly wrong and I'm really sorry.",
      'It sounds like a Google employee got an input wrong.',
      'The on-call engineer got the region wrong.',
    ],
    passes: [
      'The parser did something wrong with the header.',
      "I don't think I've done anything wrong.",
      'Did I do something wrong, or do you mean another branch?',
      'The migration had done something badly wrong to the index.',
      'The script got the region wrong.',
      'The parser gets the date wrong for two-digit years.',
    ],
  },
  {
    patterns: ['was|were|is|are not|never supposed|meant|allowed to {FORBIDDEN}'],
    humanOnly: false,
    rephrase: 'none',
    note:
      'An act a person was not supposed to do, said of them: the rule they broke is named, not what let them ' +
      'break it ({FORBIDDEN} are acts on the system). Not what a program was not meant to do, nor what a person ' +
      "was not meant to have: access is the system's to give.",
    flags: [
      "All because some guy in Arizona did something he wasn't supposed to do!",
      'The contractor was not meant to touch the primary.',
    ],
    passes: [
      'The job was not supposed to run on weekends.',
      'The contractor was not supposed to have production access.',
    ],
  },
];

/** {BAD}: what is wrong with a judgement, `made an incorrect assumption`. */
export const BAD_QUALITIES: readonly VocabularyEntry[] = [
  {
    words:
      'incorrect wrong bad false faulty mistaken erroneous poor invalid flawed hasty rash careless unwise ' +
      'ill-advised ill-judged imprudent reckless',
    note: 'Words that say a judgement was wrong, before a judgement noun.',
    flags: ['I made an incorrect assumption about the cache.', 'Bob made a hasty decision.'],
    passes: ['Bob made a quick decision.'],
  },
];

/** {JUDGED}: what a person decides, `made a bad call`. */
export const JUDGED_CHOICES: readonly VocabularyEntry[] = [
  {
    words: 'assumption assumptions judgement judgment call decision choice',
    note: 'A judgement a person made, after a word that says it was wrong.',
    flags: ['Bob made a bad call.'],
    passes: ['Bob made a false start.'],
  },
];

/** {WRONG_ACTIONS}: acts a person does with a thing, `ran the wrong script`. */
export const WRONG_ACTIONS: readonly VocabularyEntry[] = [
  {
    words:
      'ran run did deployed pushed applied merged used executed committed shipped released restarted rebooted targeted',
    note: 'Running or shipping something: with the wrong thing as the object, the person chose it.',
    flags: ['Bob ran the wrong script.', 'The engineer restarted the wrong node.'],
    passes: ['The scheduler ran the wrong script.'],
  },
  {
    words:
      'typed keyed entered selected chose picked copied pasted uploaded sent posted published moved emailed mailed ' +
      'forwarded shared attached',
    note: 'Choosing, entering or sending something by hand, a file or a message too.',
    flags: ['The operator selected the wrong region.', 'An employee emailed the spreadsheet to the wrong parents.'],
    passes: ['The operator selected the right region.'],
  },
  {
    words: 'deleted dropped removed edited changed modified configured set',
    note: 'Changing something: "edited the wrong file".',
    flags: ['Bob edited the wrong file.'],
    passes: ['The formatter edited the wrong file.'],
  },
  {
    words:
      'administered performed gave given prescribed dispensed operated installed reinstalled re-installed placed ' +
      'fitted',
    note:
      'Care or a procedure given by hand, or a part put in place: "administered the wrong dose", "performed on the ' +
      'wrong patient", "re-installed in the wrong location".',
    flags: ['The nurse administered the wrong dose.'],
    passes: ['The pump administered the wrong dose after the firmware update.'],
  },
  {
    words: 'accessed connected logged restored opened keyed queried updated called dialled dialed',
    note:
      'Reaching, opening or restoring something by hand: "connected to the wrong database", "restored the ' +
      'wrong backup", "logged into the wrong account", "keyed the wrong amount".',
    flags: ['The admin logged into the wrong account.', 'A clerk keyed the wrong amount.'],
    passes: ['The client library connected to the wrong database.'],
  },
];

/** {FORBIDDEN}: acts on the system a person may be told not to do, besides changing and destroying it. */
export const FORBIDDEN_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'do touch change edit modify remove restart reboot turn switch',
    note:
      'Doing, touching or changing something, after "was not supposed to": with the risky and destructive acts ' +
      '(push, deploy, run, delete, drop, ...), what a rule forbids a person.',
    flags: ['The contractor was not meant to touch the primary.'],
    passes: ['The contractor was not meant to see the dashboard.'],
  },
];

/** {WRONG}: what is wrong with the thing a person acted on, `deployed a broken build`. */
export const WRONG_OBJECTS: readonly VocabularyEntry[] = [
  {
    words: 'wrong bad incorrect faulty broken buggy',
    note: "A thing that was wrong, right after the act's determiner.",
    flags: ['The engineer deployed a broken build.', 'Bob pushed a buggy release.'],
    passes: ['Bob deployed a fixed build.'],
  },
];

/**
 * Faults a person goes around (after `bypassed`, `circumvented`): `bypassed the problem`, `bypassed the faulty switch`.
 * Going around one is a workaround, the response to the incident, not a control gone around.
 */
export const FAULTS_WORKED_AROUND: readonly VocabularyEntry[] = [
  {
    words:
      'problem problems issue issues fault faults failure failures outage outages bottleneck bottlenecks ' +
      'blockage blockages breakage bug bugs',
    note: 'A fault as what is bypassed: the act works around it.',
    flags: ['The engineer bypassed the approval step.'],
    passes: [
      'Our engineers have bypassed the problem and routed new power lines to the rack.',
      'The team bypassed the issue by restarting the service.',
    ],
  },
];

/** Faulty states of a part bypassed (see `FAULTS_WORKED_AROUND`): `bypassed the broken load balancer`. */
export const FAULTY_PARTS: readonly VocabularyEntry[] = [
  {
    words: 'faulty failed failing broken dead damaged defective degraded unhealthy malfunctioning unresponsive',
    note:
      'A part in a faulty state, bypassed, is taken out of the path: a workaround. Not a check or a procedure in ' +
      'that state ("bypassed the failing safety check"), which is a control gone around.',
    flags: ['The operator bypassed the failing safety check.', 'The engineer bypassed the broken review process.'],
    passes: [
      'The on-call engineer bypassed the broken load balancer to restore service.',
      'The engineer bypassed the failed disk controller.',
    ],
  },
];

/** Controls, which stay controls in a faulty state: `bypassed the failing safety check` goes around one. */
export const CONTROLS: readonly VocabularyEntry[] = [
  {
    words:
      'check checks review reviews approval approvals test tests gate gates control controls safeguard safeguards ' +
      'interlock interlocks guard guards lock locks validation verification process procedure policy rule rules ' +
      'limit limits protection protections alarm alarms',
    note: 'What is there to stop a change or an act: going around one, in whatever state, is going around a control.',
    flags: ['The operator bypassed the failing safety check.'],
    passes: ['The on-call engineer bypassed the unresponsive storage node.'],
  },
];

/**
 * A person's act on one thing told as done to another: `worked on access router 1 as if it was access router 2`. The
 * thing it was taken for is named: a definite noun phrase, a name or a number, not `a real incident` nor a state.
 */
export const MISTAKEN_IDENTITIES: readonly PatternEntry[] = [
  {
    patterns: [
      'as if|though it|this|that|they|these|those was|were|is|are',
      'as if|though it|this|that|they|these|those had been',
    ],
    note:
      'Acting on one thing as if it were another ("proceeded to work on access router 1 as if it was access router ' +
      '2") tells the act from what the writer knows now: a person who took the wrong thing for the right one, ' +
      "named as the cause. In a root cause or a stated cause, after a person's act in the past. Say what made the " +
      'two look alike (the labels, the prompt). Not what something was treated as on purpose ("treated the drill as ' +
      'if it were a real incident"), a state ("as if it was idle"), nor a program\'s act.',
    flags: [
      'The engineer then worked on access router 1 as if it was access router 2.',
      'The DBA ran the migration against prod as though it were staging.',
    ],
    passes: [
      'The team treated the drill as if it were a real incident.',
      'The node behaved as if it was idle.',
      'The dashboard showed the replica as if it was the primary.',
    ],
  },
];
