// Hindsight: what a person "should have" done, what "should have been caught". Each entry's
// sentences run as tests.
import type { PatternEntry, VocabularyEntry } from '../../language/vocabulary/entry';

/** What people do and programs mostly do not: `should have checked`. With them, `they` or a name is a person. */
export const HUMAN_PARTICIPLES: readonly VocabularyEntry[] = [
  {
    words: 'checked double-checked reviewed verified validated tested confirmed read looked',
    note:
      'Checking. "They should have checked" is a person, and so is a team named as the one that should have; ' +
      '"they should have restarted" may be the pods.',
    flags: [
      'They should have checked the replica.',
      'The ops team should have checked the replica.',
      'Bob should have checked the replica.',
      'The downtime could have been shorter if you had tested the restore steps.',
    ],
    passes: ['They should have restarted the pods.', 'The alert should have fired.'],
  },
  {
    words: 'noticed caught known seen spotted realized realised thought considered questioned paid listened',
    note: 'Attention and thought, in hindsight.',
    flags: ['They should have noticed the disk filling up.'],
    passes: ['They should have failed over automatically.'],
  },
  {
    words: 'asked told escalated communicated paged',
    note: 'Telling others.',
    flags: ['They should have escalated to the database team.'],
    passes: ['They should have sent the alert.'],
  },
  {
    words: 'approved authorized authorised greenlit merged',
    note:
      'Letting a change through: a person\'s call, judged in hindsight ("Priya should not have approved the ' +
      'change"). A program that merges is named as one ("the bot should have merged it" is no person).',
    flags: [
      'Priya should not have approved the change.',
      'In hindsight, Priya should never have approved a change that large on a Friday.',
      'The tech lead should not have merged that pull request.',
    ],
    passes: ['The bot should have merged the dependency update.', 'The change was approved after the load test.'],
  },
  {
    words: 'bothered',
    note: 'Taking the trouble: wishing someone had bothered says they could not be bothered.',
    flags: ['If Marco had bothered to read the alert, we would have caught this earlier.'],
    passes: ['The retries should have bothered nobody.'],
  },
  {
    words: 'followed waited done',
    note: 'Keeping to a procedure, or doing one\'s part: "if the team had done their job".',
    flags: [
      'They should have followed the runbook.',
      'They should have waited for the canary.',
      'If the team had done their job, this would not have happened.',
    ],
    passes: ['They should have started the pods.'],
  },
  {
    words: 'handled rolled',
    note:
      'Handling the incident or rolling back: what the responders chose, judged in hindsight ("we should have ' +
      'handled the closing of channels differently", "we should have rolled back sooner").',
    flags: ['In retrospect, we should have handled the closing of channels differently.'],
    passes: ['We should have received an alert when the disk filled up.', 'The deploy system should have rolled back.'],
  },
];

/** Vigilance, in the passive: `should have been caught`, with nobody named. */
export const VIGILANCE: readonly VocabularyEntry[] = [
  {
    words:
      'caught noticed spotted checked double-checked reviewed tested verified validated seen flagged questioned read',
    note:
      'Someone failed to see it, though nobody is named. "Could have been caught" says it was ' +
      'possible, and "caught by CI" names a program.',
    flags: ['This should have been caught in review.', 'The bug should have been noticed sooner.'],
    passes: [
      'This could have been caught earlier.',
      'This should have been caught by CI.',
      'The alert should have been sent.',
    ],
  },
];

/** Decisions, in the negative passive: `should not have been approved`, someone let it through. */
export const DECISIONS: readonly VocabularyEntry[] = [
  {
    words: 'approved merged deployed released shipped accepted allowed signed greenlit authorized authorised',
    note: 'Letting a change through, said as what should not have happened: someone decided wrongly.',
    flags: ['The change should not have been approved.', 'The change was merged when it should not have been.'],
    passes: ['The change should have been approved sooner.', 'The change should not have been reverted.'],
  },
];

/** What a person "would have" done in hindsight: `a careful reviewer would have caught it`. */
export const HINDSIGHT_CATCHES: readonly VocabularyEntry[] = [
  {
    words: 'caught noticed spotted seen known prevented avoided',
    note: 'A better person, imagined, who would have caught it: the real one is blamed.',
    flags: ['A careful reviewer would have caught it.', 'The engineer would have known.'],
    passes: ['A reviewer would have approved it anyway.', 'The engineer would have restarted it.'],
  },
];

/** What makes the person imagined before `would have` a better one: `a more careful engineer would have used it`. */
export const IMAGINED_QUALITIES: readonly VocabularyEntry[] = [
  {
    words: 'better careful competent experienced diligent attentive thorough smarter wiser seasoned decent good',
    note:
      'A person imagined better than the one who acted ("A more careful engineer would have used the dry-run ' +
      'flag", "a good admin would have kept a backup"): whatever they would have done, the real one is judged ' +
      'against them. A person of no such quality ("a reviewer would have approved it anyway") is no comparison.',
    flags: [
      'A more careful engineer would have used the dry-run flag.',
      'A good admin would have kept an offline backup.',
    ],
    passes: ['A reviewer would have approved it anyway.', 'An engineer on call would have restarted it.'],
  },
];

/** Verbs after which `if` asks whether, and supposes nothing: `asked her if she had changed the tape`. */
export const WHETHER_ASKING: readonly VocabularyEntry[] = [
  {
    words: 'ask asked asks asking wonder wondered check checked checking know knew see saw confirm confirmed unsure',
    note:
      'Asking and finding out: "He asked Elizabeth if she had changed the backup tape" reports a question, and ' +
      '"we checked if the operator had restarted it" a check; neither wishes a better act done. `if` right after ' +
      'one of them, or after its object, means whether, and so asks about hindsight too ("makes me wonder if I ' +
      'should have written it").',
    flags: ['If the operator had checked the replica, the outage would have been avoided.'],
    passes: [
      'He asked Elizabeth if she had changed the backup tape this morning and she replied affirmatively.',
      'We checked if the engineer had restarted the consumer before paging the vendor.',
      'Nobody reported the outage, which makes me wonder if I should have written this post at all.',
    ],
  },
];

/** What the writer `would have` expected of others, who did not do it: `I would have hoped that configs are tested`. */
export const EXPECTATIONS: readonly VocabularyEntry[] = [
  {
    words: 'hoped expected thought assumed',
    note:
      'After "would have", before a person expected to act ("the reviewer to catch this") or a check in the ' +
      'passive ("that configs are actually tested"): the people who did not are blamed. What a thing was expected ' +
      'to do ("the failover to finish in a minute") is a finding.',
    flags: [
      'I would have hoped that configs are actually tested before a PR is done.',
      'I would have expected the reviewer to catch this.',
    ],
    passes: [
      'I would have expected the failover to finish in a minute.',
      'I would have hoped for a quieter on-call week.',
      'I would have expected that the change is tested by CI.',
    ],
  },
];

/** A verdict on the road not taken: `it would have been better to roll back`. */
export const HINDSIGHT_VERDICTS: readonly VocabularyEntry[] = [
  {
    words: 'better wiser smarter safer preferable prudent correct right',
    note:
      'After "would have been" and before "to", "if" or "rather": the choice made is judged ' +
      'against one seen only in hindsight. A thing that would have been better ("the alerting ' +
      'would have been better with a page") is a finding.',
    flags: [
      'It would have been better to just roll it back to the working version.',
      'A rollback would have been better rather than panic and rush to get another fix pushed out.',
    ],
    passes: [
      'The dashboard would have been better with a latency panel.',
      'The restore would have been correct either way.',
    ],
  },
];

/**
 * Advice that opens a sentence with a prohibition or a "just", before an imperative: `NEVER do a force push`, `Just
 * run the tests`. With the incident undone after it (see `UNDONE_INCIDENTS`), it says what someone did.
 */
export const HINDSIGHT_ADVICE: readonly PatternEntry[] = [
  {
    patterns: ['never', 'do not', 'just|simply'],
    note:
      'A prohibition or a "just" before an imperative, then "and this won\'t happen": hindsight told as advice, ' +
      'naming what someone did as what caused the incident. Say what made the act possible or likely.',
    flags: [
      "NEVER do a force push and this won't happen.",
      "Don't deploy on a Friday and none of this would happen.",
      'Just run the tests before merging and this never happens.',
    ],
    passes: [
      "Restart the pod and this won't happen again.",
      'Never deploy without a canary: the pipeline enforces it.',
      'Just run the tests before merging and CI will go green.',
    ],
  },
];

/** The incident undone, after `and` and advice (see `HINDSIGHT_ADVICE`): `and this won't happen`. */
export const UNDONE_INCIDENTS: readonly PatternEntry[] = [
  {
    patterns: [
      'this|that|it will|would not|never happen|occur',
      'this|that|it never happens|happened|occurs|occurred',
      'none of this|that|it will|would? happen|happens|occur|occurs',
    ],
    note: 'What the advice would have spared: the incident, said not to happen.',
    flags: ['Never skip the canary and this would not happen.'],
    passes: ['Never skip the canary and this will not break the cache.'],
  },
];
