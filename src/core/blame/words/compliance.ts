// A procedure said not to have been kept (`the correct procedure was not followed`, `should have been followed`):
// human error said without naming anyone. Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** What a person is meant to keep to: the subject of `was not followed`. */
export const PROCEDURES: readonly VocabularyEntry[] = [
  {
    words:
      'procedure procedures process processes instruction instructions runbook runbooks checklist checklists ' +
      'step steps protocol protocols policy policies practice practices guidance guideline guidelines playbook ' +
      'playbooks rule rules sop sops',
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
    words: 'followed observed obeyed respected honored honoured adhered',
    note:
      'Keeping to what a procedure says; denied in the passive, nobody kept to it; wished for in hindsight ("should ' +
      'have been followed", "had the runbook been followed"), somebody did not.',
    flags: [
      'The established processes were not adhered to during the upgrade.',
      'The procedure should have been followed.',
      'The outage could have been avoided had proper procedures been followed.',
      'If the runbook had been followed, this would not have happened.',
    ],
    passes: [
      'The runbook was not observed to fail until the drill.',
      'The migration should have been followed by a reindex.',
      'Had the alert been routed to the right team, we would have known.',
    ],
  },
];
