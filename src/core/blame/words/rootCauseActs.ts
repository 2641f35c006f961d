// What a person does in a root cause that tells how the incident was met, not what caused it.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** Acts of noticing and answering the incident (lemmas): the response, which an act joined to them goes on with. */
export const NOTICING_AND_ANSWERING: readonly VocabularyEntry[] = [
  {
    words:
      'notice observe see find discover identify detect spot catch realize realise learn determine diagnose figure ' +
      'monitor',
    note: 'Noticing, catching and monitoring: who found the problem is part of the response, not its cause.',
    flags: ['The outage happened because Tom rebooted the router.'],
    passes: [
      'An engineer noticed the error rate climbing at 14:02.',
      'Maria found the bad commit in the deploy log.',
      'Bob was on call and was monitoring the dashboards.',
      "Our engineer's review caught the bug before the release.",
    ],
  },
  {
    words:
      'page alert notify call escalate report acknowledge respond answer join help investigate contact ' +
      'inform tell ask warn email message say state write attribute',
    note: 'Answering the incident: paging, escalating, investigating. "The on-call engineer was paged" is systemic.',
    flags: ["Kevin's change broke the login page."],
    passes: [
      'The on-call engineer escalated to the database team at 10:04.',
      'Our SRE investigated the queue and reported the backlog.',
      'Rogers has publicly attributed the cause of this outage to a maintenance upgrade in its core network.',
    ],
  },
  {
    words: 'check inspect examine',
    note:
      'Looking into something: "when I checked my control panel" tells how the writer found out, not what caused ' +
      'it. A file "checked in" by a person is missed with them, a rare shape in a root cause.',
    flags: ['Because Sam deleted the DNS record, the site went down.'],
    passes: [
      'When I checked my control panel, I was informed that the database had been closed.',
      'The engineer inspected the load balancer logs at 10:20.',
    ],
  },
];

/** Acts of noticing, responding and reasoning (lemmas): a root cause that tells them names no person as the cause. */
export const RESPONSE_ACTS: readonly VocabularyEntry[] = [
  ...NOTICING_AND_ANSWERING,
  {
    words:
      'deny reject refute dispute claim confirm explain announce describe question argue insist suggest apologize ' +
      'apologise inform tell notify blame',
    note:
      'Telling: what a person said, claimed or denied about the incident is a report of it, quoted in the ' +
      'press or the postmortem; the cause is what was said to have happened.',
    flags: ['Priya ran the cleanup job in production instead of staging.'],
    passes: [
      'The spokesperson denied reports of a failed upgrade as the reason for the outage.',
      'Officials rejected claims that staff error was to blame.',
      'The director confirmed the outage on the company blog.',
      'I chatted with Sakeeb who informed me of the glitch with the renewal function.',
      'The utility immediately blamed the blackout on a tripped line at another company.',
    ],
  },
  {
    words:
      'believe think expect assume understand know consider judge decide intend want try attempt hope guess ' +
      'suppose suspect wonder',
    note:
      'Reasoning: telling what a person believed and why is how a blameless root cause explains a choice ' +
      '("the engineer believed the change had been flighted"). Blame in reasoning is caught by the judgement rules.',
    flags: ['The root cause was that the contractor left the firewall port open.'],
    passes: [
      'The engineer fixing the storage issue believed that the change had already been tested.',
      'The operator expected the script to stop at the first error.',
      'I guessed it had been a GitHub glitch that also removed the release.',
    ],
  },
  {
    words: 'bypass circumvent',
    note:
      'Going around: a fault gone around ("circumvented the outage by patching in a spare cable") is a workaround, ' +
      'the response; a control gone around ("bypassed the review") is read by the mistake verbs.',
    flags: ['The developer circumvented the review to ship the fix faster.'],
    passes: [
      'The technician circumvented the outage by patching a spare cable into the core switch.',
      'The operator bypassed the failed power supply by moving the rack to the second feed.',
    ],
  },
  {
    words: 'experience suffer encounter face undergo',
    note:
      'Undergoing: what a company, a team or a person went through ("Microsoft experienced a networking issue") ' +
      'is the incident as it was met, not an act that caused it.',
    flags: ['The root cause was that the contractor left the firewall port open.'],
    passes: [
      'Acme experienced a global networking issue that slowed logins for two hours.',
      'The payments team encountered a second failure while restoring the replica.',
    ],
  },
  {
    words: 'follow rely receive get inherit lose work hold own have lead do approve review sign test verify validate',
    note:
      'Acts that show a person doing as the process said, or what the person had or was handed: "the operator ' +
      'followed the documented procedure, which was out of date" puts the cause in the procedure; "a reviewer ' +
      'approved the change; the diff did not show the generated file" puts it in the review tool; "I inherited the ' +
      'job of deploying" tells of a job handed over, as the team was understaffed.',
    flags: ['Priya ran the cleanup job in production instead of staging.'],
    passes: [
      'The operator followed the documented procedure, which was out of date.',
      'The engineer followed the standard playbook to remove the servers.',
      'A reviewer approved the change; the diff did not show the generated file.',
      'While Sardine tested this change and rolled it out in stages, our tests missed the combination that failed.',
      'Since launch, the operator has had two validator sets with different upgrade heights.',
      'The team was understaffed, so I inherited the job of deploying the website to production.',
    ],
  },
];

/** Assumptions (lemmas) a person went by, in the past: `assumed`, `presumed`. */
export const BELIEFS_HELD: readonly VocabularyEntry[] = [
  {
    words: 'assume presume',
    note:
      "In a root cause, one person's assumption told as what they went by, with no grounds given for it, names the " +
      'person who was wrong; with grounds ("since the config UI showed it as off", "as the docs said") the grounds ' +
      'are the finding, and the writers\' own ("We assumed ...") is a team\'s. What a person believed or expected ' +
      'is their reasoning, told as a blameless root cause tells it (see the reasoning verbs).',
    flags: ['Unfortunately, Alex assumed the flag was already off in production.'],
    passes: [
      'The developer assumed the flag was off in production, since the config UI showed it as off.',
      'We assumed the cache would warm in minutes; it took two hours.',
      'The script assumed the change was backwards compatible.',
    ],
  },
];

/** Words after a belief that give its grounds: `since`, `as`, `because`, `according to`. */
export const BELIEF_GROUNDS: readonly VocabularyEntry[] = [
  {
    words: 'since as because given per according based',
    note: 'What the belief rested on, said after it: what misled the person is then the finding (see the beliefs).',
    flags: [],
    passes: ['I assumed the retry would back off, as the library docs said.'],
  },
];

/** Feeling: `the commander felt he should have been advised`; `felt able to ignore` tells the act allowed. */
export const FEELINGS: readonly VocabularyEntry[] = [
  {
    words: 'feel sense fear',
    note:
      'What a person felt, sensed or feared ("the commander felt he should have been advised to rest longer") ' +
      'is a state the person was in, not a choice; an act after it is read on its own. With an adjective, "to" ' +
      'and a verb after it ("felt able to ignore the lookout", "felt free to skip the canary"), the act it ' +
      "allowed is told as the person's act.",
    flags: [
      'The engineer felt the change was safe and pushed it straight to production.',
      'On the morning of the outage he felt free to skip the canary.',
    ],
    passes: [
      'The operator felt the alert thresholds were too noisy to act on.',
      'The on-call engineer felt he should have been given a runbook for the failover.',
      'The SRE feared the replica was already corrupt.',
    ],
  },
];

/** Telling someone else to act: `the team lead told the engineer to skip the tests`. */
export const DIRECTING: readonly VocabularyEntry[] = [
  {
    words: 'tell ask instruct order direct',
    note:
      'With a person, "to" and a verb after them, the act asked for is told as the asker\'s act, as deciding to ' +
      'act is; telling or asking alone (the on-call told the team, asked for help) answers the incident.',
    flags: ['The team lead told the engineer to skip the tests.'],
    passes: ['The on-call engineer asked the database team for help at 03:10.'],
  },
];

/** Deciding to act: `someone had decided to move the UPS`. */
export const DECIDING: readonly VocabularyEntry[] = [
  {
    words: 'decide choose opt elect',
    note:
      'With "to" and a verb after it, the act decided on is told as the person\'s act, as if "did" stood there. ' +
      'Deciding that something is so is reasoning, and no cause; so is deciding to restore service.',
    flags: ['Someone had decided to move the UPS to the new data center ahead of time.'],
    passes: [
      'The engineer decided that the risk was low.',
      'The on-call engineer decided to roll back the change, which restored service.',
    ],
  },
  {
    words: 'manage proceed',
    note:
      'Managing or proceeding to act tells the act as done ("I managed to make some really bad mistakes", "he ' +
      'proceeded to flip every breaker"), as if "did" stood there; managing to restore service is the response.',
    flags: [
      'I managed to make some really bad mistakes last night when pushing updates to Git.',
      'He proceeded to flip every breaker in the panel off and then on again.',
    ],
    passes: ['The on-call engineer managed to restore the service, which ended the outage.'],
  },
];

/** What is made when one decides, after `made the` or `made a`: `made the call to`, `made a decision to`. */
export const DECISIONS_MADE: readonly VocabularyEntry[] = [
  {
    words: 'call decision choice',
    note:
      'Making the call or the decision to do something is deciding to: the act decided on is read as the ' +
      'person\'s act (see "deciding"), and making a call to wait is no act on anything.',
    flags: ['The DBA made the call to drop the old index on the primary.'],
    passes: [
      'The shift lead made the call to wait for more data, which was reasonable given what the dashboards showed.',
    ],
  },
];

/** Coming and going: `After Jeremy left`, `I went to sleep`. `left the port open` is caught as an omission. */
export const MOVEMENTS: readonly VocabularyEntry[] = [
  {
    words: 'leave go come return arrive sleep wake start',
    note:
      'Where a person was is no cause: "The person who set up auto-renewal left the company". Leaving a ' +
      'thing in a state is an act: "left the firewall port open".',
    flags: ['The contractor disabled the firewall rule.', 'The contractor left the firewall port open.'],
    passes: [
      'The person who set up auto-renewal left the company and nobody knew it needed watching.',
      'I went to sleep about 30 minutes before this started.',
    ],
  },
];

/** Where a person works: moving between posts is no act on the system (`after she changed teams`). */
export const POSTS: readonly VocabularyEntry[] = [
  {
    words: 'team teams job jobs role roles position positions department departments company companies employer',
    note:
      'The object of a person\'s move between posts ("changed teams", "switched roles", "joined the company"): ' +
      "where they work, not what they did to the system. Changing a team's settings is an act.",
    flags: ['The admin changed the team settings so that anyone could deploy.'],
    passes: [
      "Jenna's renewal reminder went to a mailbox that nobody monitored after she changed teams.",
      'The only engineer who knew the cluster switched roles in March.',
    ],
  },
];

/** Moves between posts, before a word of `POSTS`: `changed teams`, `switched roles`, `joined the company`. */
export const POST_MOVES: readonly VocabularyEntry[] = [
  {
    words: 'change switch join move transfer swap',
    note: 'A move between posts when a post follows; "crashed the company" is an act, as is "changed the config".',
    flags: ['The engineer crashed the company with one command.'],
    passes: ['The only engineer who knew the cluster moved teams in March.'],
  },
];

/** What ends the harm: an act that restored service is the response, even when told in a root cause. */
export const RESOLUTIONS: readonly VocabularyEntry[] = [
  {
    words: 'restore resolve recover recovery mitigate fix back care unblock unstick unjam renew',
    note:
      'An act followed by what it restored is the response: "restarted the primary, which restored service", and ' +
      'so is renewing what expired. Not after "when" or "while", which tell what the act was done during.',
    flags: [
      'The engineer restarted the primary during peak traffic.',
      'Bob deleted the table while resolving merge conflicts.',
    ],
    passes: [
      'The on-call engineer restarted the primary, which restored service.',
      'The on-call engineer restarted the service, resulting in a full recovery.',
      'The technician turned the power back on at 10:40.',
      'I just took care of it, looks like the certificate did not get updated.',
      'The domain expired so I just renewed it.',
    ],
  },
];

/** Freeing what was stuck or ending a harm, told as what an act did: `which cleared the stuck jobs`. */
export const RELIEVING_ACTS: readonly VocabularyEntry[] = [
  {
    words: 'clear free stop end drain',
    note:
      'With something stuck or a harm beside it, before it ("the alerts cleared", "the backlog drained") or after ' +
      'it ("which cleared the stuck jobs"), an act followed by it is the response. Without one it may be the harm: ' +
      '"which cleared the cache".',
    flags: ['The on-call engineer restarted the node, which cleared the cache.'],
    passes: [
      'The on-call engineer restarted the node, which cleared the stuck jobs.',
      'Maria restarted the pods, after which the alerts cleared.',
    ],
  },
];

/** What is stuck or signals harm, which an act that frees or clears it ends: `the stuck jobs`, `the alerts`. */
export const STUCK_THINGS: readonly VocabularyEntry[] = [
  {
    words: 'stuck hung hanging stalled blocked wedged jammed frozen backlog backlogs alert alerts alarm alarms',
    note: 'Stuck work and raised alarms: cleared or drained, the harm is over.',
    flags: [],
    passes: ['Bob restarted the consumer and the backlog drained within minutes.'],
  },
];

/** How an act was done that says it was done right: `handled it well`, `followed the steps correctly`. */
export const DONE_WELL: readonly VocabularyEntry[] = [
  {
    words: 'well correctly properly admirably professionally skilfully skillfully expertly flawlessly',
    note: 'An act said to be done well or rightly is a person doing the job, not the cause.',
    flags: ['The engineer on call restarted the primary during peak traffic.'],
    passes: ['The engineer on call handled it well.', 'The operator followed the runbook correctly.'],
  },
];

/** Acts that bring a flaw to light: `exposed a race condition`, `which hit a bug in the allocator`. */
export const REVEALING_ACTS: readonly VocabularyEntry[] = [
  {
    words:
      'expose exposed exposes reveal revealed reveals uncover uncovered surface surfaced hit hits trigger triggered',
    note:
      'An act that exposed, hit or triggered a flaw (see the flaws) puts the cause in the flaw: "A developer\'s ' +
      'change exposed a race condition that had existed for years", "ran the rebalancing command, which hit a bug". ' +
      'Exposing something that is no flaw may be the harm itself: "exposed the database to the internet".',
    flags: ['The contractor exposed the database to the internet.'],
    passes: [
      "A developer's change exposed a race condition that had existed for years.",
      'An engineer ran the rebalancing command, which hit a bug in the allocator.',
    ],
  },
];

/**
 * Records a message can carry: after `emailed` or `messaged` (answering the incident when people are the object), a
 * record sent is an act that can disclose it.
 */
export const SENT_RECORDS: readonly VocabularyEntry[] = [
  {
    words:
      'file files spreadsheet spreadsheets list lists document documents attachment attachments data record records ' +
      'details report reports letter letters form forms password passwords credentials key keys',
    note:
      'Emailing or messaging people ("emailed the customers") answers the incident; emailing a record ("emailed ' +
      'the file to an external address") sends it, the act a disclosure starts from.',
    flags: ['A staff member emailed the file to an external address.'],
    passes: ['The on-call engineer emailed the customers at 10:40.'],
  },
];

/** Flaws an act can bring to light, after a revealing act. */
export const FLAWS: readonly VocabularyEntry[] = [
  {
    words: 'bug bugs race races flaw flaws defect defects weakness weaknesses regression regressions deadlock',
    note: 'Flaws of the system that were there before the act: what a root cause names.',
    flags: [],
    passes: ['Our engineer upgraded the driver, which triggered a latent deadlock in the pool.'],
  },
];

/** Acts done as the normal course of the work: `ran the standard rebalancing command`. */
export const ROUTINE: readonly VocabularyEntry[] = [
  {
    words: 'standard routine regular usual normal documented scheduled planned',
    note:
      'An act on "the standard command", "a routine restart", "the scheduled maintenance" is the normal course of ' +
      'the work, as an act that follows the runbook is: what the routine lacked is the finding.',
    flags: ['The engineer skipped the standard pre-deploy checks.'],
    passes: [
      'The operator ran the standard failover command, and the replica lost writes.',
      'A technician performed the scheduled maintenance on rack 12, which cut power to both feeds.',
    ],
  },
];

/** What only an attacker does: someone who attacks the service is not a colleague who erred. */
export const HOSTILE_OBJECTS: readonly VocabularyEntry[] = [
  {
    words: 'attack attacks ddos phishing exploit exploits malware ransomware breach intrusion attacker hacker',
    note: 'An attacker named as the cause is no blame of a colleague.',
    flags: ['Someone disabled the health check in production.'],
    passes: [
      'Someone ran a Distributed Denial of Service attack on our service.',
      'The first step the attacker took was to steal the token of one of our bots.',
    ],
  },
];

/**
 * The response as a stretch of time, after `during` or `while` opening the sentence: `During the investigation of
 * access router 1's problems`, `While troubleshooting the lag`.
 */
export const RESPONSE_WORK: readonly VocabularyEntry[] = [
  {
    words:
      'investigation investigating troubleshooting debugging diagnosis diagnosing recovery recovering response ' +
      'responding mitigation mitigating triage triaging',
    note:
      'An act in progress while the incident was being worked ("During the investigation ..., the onsite engineer ' +
      'was using the same console cable") tells what the responder was doing then, the scene of what happened ' +
      'next, not the cause. An act told in the simple past there ("While debugging, the engineer ran the cleanup ' +
      'script against production") is read as any act is.',
    flags: ['While debugging, the engineer ran the cleanup script against production.'],
    passes: [
      'During the investigation the on-call engineer was running read-only queries against the replica.',
      'While troubleshooting the login errors, the developer was tailing the auth service logs.',
    ],
  },
];

/** Words before the incident's name (see `AFTERMATH_EVENTS`) that date an act after it: `after the incident`. */
export const AFTERMATH_OPENERS: readonly VocabularyEntry[] = [
  {
    words: 'after since following',
    note:
      'An act dated after the incident ("I updated the runbook after the incident", "since the outage the SRE has ' +
      'rewritten the alerts") is the response or the follow-up, told in a root cause for context: it caused nothing.',
    flags: ['The engineer deleted the backups after the migration.'],
    passes: [
      'I updated the runbook after the incident.',
      'Since the outage, the on-call engineer has rewritten the alert rules.',
    ],
  },
];

/** The incident itself, named after a word of `AFTERMATH_OPENERS`: `after the outage`, `since this incident`. */
export const AFTERMATH_EVENTS: readonly VocabularyEntry[] = [
  {
    words: 'incident outage downtime postmortem post-mortem retrospective review',
    note:
      'The incident as a whole, or the review of it: an act after it is follow-up. Not a failure or a bug, after ' +
      'which an act may still be a cause ("the operator force-pushed after the failed build").',
    flags: ['The operator force-pushed after the failed build, which wiped the history.'],
    passes: ['After the postmortem, the team lead rewrote the deploy checklist.'],
  },
];
