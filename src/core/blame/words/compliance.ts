// A procedure said not to have been kept (`the correct procedure was not followed`, `should have been followed`):
// human error said without naming anyone. Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** What a person is meant to keep to: the subject of `was not followed`. */
export const PROCEDURES: readonly VocabularyEntry[] = [
  {
    words:
      'procedure procedures process processes instruction instructions runbook runbooks checklist checklists ' +
      'step steps protocol protocols policy policies practice practices guidance guideline guidelines playbook ' +
      'playbooks rule rules sop sops check checks',
    note:
      'What people are meant to keep to. Said not to have been followed, it puts the cause in the people who ' +
      'did not, without naming them: a reviewer reads it as human error. What the procedure lacked is the finding.',
    flags: [
      'The correct procedure was unfortunately not followed.',
      'Unfortunately the specific instructions provided were not followed which caused DNS nameservers to change.',
    ],
    passes: [
      'The procedure was followed, but it was out of date.',
      'The migration was not followed by a reindex, so queries slowed down.',
      'In 58 percent of those cases, a procedure was not followed.',
    ],
  },
];

/** Keeping to a procedure, as the participle of the passive: `was not followed`, `were not adhered to`. */
export const COMPLIANCE: readonly VocabularyEntry[] = [
  {
    words: 'followed observed obeyed respected honored honoured adhered carried performed completed conducted',
    note:
      'Keeping to what a procedure says; denied in the passive, nobody kept to it; wished for in hindsight ("should ' +
      'have been followed", "had the runbook been followed"), somebody did not.',
    flags: [
      'The established processes were not adhered to during the upgrade.',
      'The procedure should have been followed.',
      'The outage could have been avoided had proper procedures been followed.',
      'If the runbook had been followed, this would not have happened.',
      'The patient died after basic checks were not carried out.',
    ],
    passes: [
      'Even had the policy been followed, nothing would have prevented the wrongly addressed letter.',
      'The runbook was not observed to fail until the drill.',
      'The migration should have been followed by a reindex.',
      'Had the alert been routed to the right team, we would have known.',
    ],
  },
];

/**
 * Words that, a few words before a procedure (see `PROCEDURES`), say an act kept to it: `as the runbook said`,
 * `per the documented procedure`, `following the checklist`.
 */
export const CONFORMITY: readonly VocabularyEntry[] = [
  {
    words: 'per following followed according accordance as instructed directed prescribed',
    note:
      'An act done as the procedure said: the procedure, not the person who kept to it, is what a root cause ' +
      "names, so the person's act is read as no mistake of theirs. Not when the keeping is denied or failed " +
      '(see the breaches).',
    flags: ['The on-call engineer did not follow the runbook and deleted the lock file.'],
    passes: [
      'The on-call engineer followed the runbook and restarted the primary, which wiped the replica.',
      'I ran the script against prod at 14:02, as the runbook said, and it deleted the cache keys.',
      'As instructed by the playbook, the operator deleted the lock file, which let two writers in.',
      'According to the checklist, the SRE deleted every pod at once.',
    ],
  },
];

/** What an act was done as, after `as`: `as scheduled`, `as planned`, `as usual`. */
export const PLANS: readonly VocabularyEntry[] = [
  {
    words: 'scheduled planned usual agreed documented designed intended approved',
    note:
      'After "as", or "as part of the": an act done as it was planned or as is usual ("replaced the failed PSU, as ' +
      'scheduled", "as part of the planned reindex") kept to the plan, as an act that follows the runbook does: the ' +
      'plan, not the person, is what a root cause looks at.',
    flags: ['The technician did not replace the PSU as scheduled and unplugged the wrong cable.'],
    passes: [
      'A technician replaced the failed PSU in rack 12, as scheduled.',
      'As planned, the DBA dropped the old index at 10:00, which slowed every query.',
      'Our engineer deleted the live index as part of the planned reindex, which failed halfway.',
    ],
  },
];

/** Verbs (lemmas) of a thing doing its job, before `as designed`: `the train was working as designed`. */
export const FUNCTIONING: readonly VocabularyEntry[] = [
  {
    words: 'work function operate perform behave',
    note:
      'Right before "as" and a plan ("working as designed", "performed as intended"): a thing that did its job, ' +
      "said of that thing alone; a person's act in another clause of the sentence is read on its own.",
    flags: [
      'The signals were working as designed and the derailment was caused by the operation of the train by the ' +
        'operator.',
    ],
    passes: ['The failover worked as designed, and the on-call engineer restored the primary an hour later.'],
  },
];

/** What someone asked for, after `as` and who asked: `as the ticket requested`, `as the advisory recommended`. */
export const REQUESTS: readonly VocabularyEntry[] = [
  {
    words:
      'said says requested requests recommended recommends required requires asked asks advised advises ' +
      'instructed suggested specified',
    note:
      'After "as" and a few words naming who or what asked ("as the ticket requested", "as the security advisory ' +
      'recommended", "as the vendor advised"): the act did what it was asked to, so the request and what it missed ' +
      'are the finding, not the person who carried it out.',
    flags: ['The support engineer granted the customer admin rights, though nobody had requested it.'],
    passes: [
      'The support engineer granted the customer admin rights, as the ticket requested.',
      'I upgraded the library as the security advisory recommended, and the new version changed the default timeout.',
      'The operator drained the node as the vendor advised, which moved every lease to one host.',
    ],
  },
];

/** Checks an act was done after or with: `merged the change after two approvals and a passing build`. */
export const CHECKS_DONE: readonly VocabularyEntry[] = [
  {
    words: 'review reviews approval approvals sign-off sign-offs testing tests canary',
    note:
      'After "after" or "with", a few words allowed between: the act went through the checks the process asks for, ' +
      'so what let the change through is the finding, not the one who made it.',
    flags: ['The developer merged the change without review.'],
    passes: [
      'A developer merged the change after two approvals and a passing build.',
      'The engineer deployed the config with a sign-off from the database team, which missed the bad index.',
    ],
  },
];

/**
 * Before a word of keeping to a procedure or a plan, words that deny or fail it: `had not followed`, `failed to
 * follow`, `did not replace the PSU as scheduled`.
 */
export const BREACHES: readonly VocabularyEntry[] = [
  {
    words: "not n't never failed fail forgot neglected without despite against contrary instead ignoring skipped",
    note: 'The keeping denied, failed or set against the act: the person is again the one whose act is read.',
    flags: ['Instead of following the runbook, the operator deleted the lock file.'],
    passes: ['Following the runbook, the operator deleted the lock file, which let two writers in.'],
  },
];

/**
 * Words that set an act against a procedure (see `PROCEDURES`) after it: `contrary to the rules`, `in breach of the
 * protocol`, `in violation of policy`.
 */
export const PROCEDURE_BREACHES: readonly VocabularyEntry[] = [
  {
    words: 'contrary breach breaches violation violations contravention',
    note:
      'After a person\'s act, a few words before a procedure ("the operator was eating a meal while operating the ' +
      'train, which is also contrary to Metrorail rules and procedures", "the engineer restarted the primary in ' +
      'breach of the change policy"): investigators\' words for a person who did not keep to it. Not when nobody ' +
      'acted ("Contrary to the runbook, the alert did not fire") or what acted is a program.',
    flags: ['The operator was eating a meal while operating the train, which is contrary to the rules.'],
    passes: [
      'Contrary to the runbook, the alert never fired.',
      'The scheduler ran the job twice, contrary to its rules.',
      'The review found nothing contrary to the procedures.',
    ],
  },
];

/** What a procedure asks for, after `as`: `was not removed as required in the checklist`. */
export const REQUIRED_MANNERS: readonly VocabularyEntry[] = [
  {
    words: 'required specified instructed prescribed stipulated directed',
    note:
      'After a negated passive ("an actuator that was not removed as required in the pre-test checklist"): a step ' +
      'a procedure asks for, left undone, its person left out; a reviewer reads it as human error, as "the ' +
      'procedure was not followed". Not when the clause goes on to give the cause, nor when the step was done.',
    flags: [
      'The release was triggered by an actuator that was not removed as required in the pre-test checklist.',
      'The bolts were not torqued as specified in the maintenance manual.',
    ],
    passes: [
      'The bolts were torqued as specified in the maintenance manual.',
      'The alert was not sent as required because the pager service was down.',
    ],
  },
];
