// What follows a verb programs share with people (`failed to`, `missed`, `ignored`) and decides
// whether a person failed. Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** How people are reached, besides the signals: `didn't answer her phone`, `did not reply to the ping`. */
export const CALLS: readonly VocabularyEntry[] = [
  {
    words: 'phone phones call calls pager pagers ping pings',
    note:
      'What a person answers. After a name the text may give a program too (a bot that "did not respond to any ' +
      'events"), answering is read as a person\'s only when it is a page, a call or another signal meant for people.',
    flags: ["We lost four hours because Kim didn't answer her phone."],
    passes: ['Prow did not respond to any GitHub events, including our slash commands.'],
  },
];

/** What a person misses or ignores: `ignored the alert`. */
export const HUMAN_SIGNALS: readonly VocabularyEntry[] = [
  {
    words:
      'alert alerts alarm alarms page pages warning warnings message messages email emails notification ' +
      'notifications reminder reminders complaint complaints',
    note: 'Signals sent to people: missing or ignoring one is a person not attending to it.',
    flags: ['They missed the warnings.', 'They ignored the alerts.', 'The crew ignored the alarm.'],
    passes: ['They ignored the retries.'],
  },
  {
    words:
      'step steps sign signs instruction instructions runbook checklist advice guidance memo ticket tickets request ' +
      'requests',
    note: 'Instructions, tasks and requests meant for people.',
    flags: ['Bob ignored the runbook.', 'The team that owns billing ignored our requests for a review.'],
    passes: ['Bob ignored the config.', 'They missed the deadline.'],
  },
];

/** What a person acts despite, besides the signals: `approved the change despite the failing checks`. */
export const DISREGARDED: readonly VocabularyEntry[] = [
  {
    words: 'check checks test tests objection objections concern concerns review reviews canary canaries',
    note:
      "A person's act told as done despite a signal meant for people or a check that failed is an act against " +
      "the evidence, judged in hindsight. Not a program's act, nor a signal that did not reach the person.",
    flags: ['The team lead approved the change despite the failing checks.'],
    passes: [
      'The deploy tool promoted the build despite the failing checks.',
      'We restored service despite the errors.',
    ],
  },
];

/** A check told as failed before its noun: `ignored the failing tests`, `the red canary`. */
export const FAILED_MARKS: readonly VocabularyEntry[] = [
  {
    words: 'failing failed red',
    note:
      'A check (see `DISREGARDED`) told as failed is a signal to the person about to act: ignoring it is a ' +
      "person's act against the evidence, whoever the name is. A check alone may be ignored on purpose.",
    flags: ['Kevin ignored the failing tests.', 'The change went out because Priyanka ignored the failing canary.'],
    passes: ['Kevin ignored the tests.', 'The deploy script ignored the failing canary and promoted the build.'],
  },
];

/** What reaches a person: a slip adverb before it tells a mistake someone else made, not theirs. */
export const RECEIVING: readonly VocabularyEntry[] = [
  {
    words: 'receive hear',
    note:
      'Getting something sent to you: "she had mistakenly received the email" was sent to her by mistake, not her ' +
      'slip. Not "accidentally deleted", nor "accidentally accessed", which are acts.',
    flags: ['She had accidentally deleted the email.'],
    passes: ['The latter informed all addressees by email that she had mistakenly received the email.'],
  },
];

/** Things that happen to a person rather than things a person neglects: `failed to connect`. */
export const ATTEMPTS: readonly VocabularyEntry[] = [
  {
    words:
      'receive connect log login access reach load get obtain authenticate sign open join hear ' +
      'download upload fetch retrieve pull acquire',
    note: 'Getting in or getting something: "failed to log in" is the system failing the person.',
    flags: [],
    passes: ['The engineer failed to connect to the VPN.', 'The engineer failed to receive the page.'],
  },
  {
    words: 'push deploy start launch build compile install boot',
    note: 'Acts a tool carries out: "failed to deploy" says the deploy did not work, not that someone did not try.',
    flags: [],
    passes: ['The engineer failed to deploy the fix.'],
  },
  {
    words: 'reproduce see find restore recover',
    note: 'Results that did not come: "failed to reproduce the bug" is a finding.',
    flags: [],
    passes: ['The engineer failed to reproduce the bug.', 'The engineer failed to restore the backup.'],
  },
];

/** People an incident happens to: `users failed to log in`, `customers missed the emails`. */
export const AFFECTED: readonly VocabularyEntry[] = [
  {
    words: 'user users customer customers visitor visitors',
    note:
      'Those the outage happened to: what they failed to do or missed is its effect. Only a ' +
      'human act after "failed to" (a duty) still blames them.',
    flags: ['The customer failed to verify the backup.'],
    passes: ['Users failed to log in during the outage.', 'Customers missed the emails about the maintenance.'],
  },
];
