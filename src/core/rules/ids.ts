/**
 * The ids of the rules, for the configuration's validation, which must not load the rules
 * themselves. The registry's test checks that `RULES` holds exactly these.
 */
export const RULE_IDS = [
  'action-item-owner',
  'human-error-root-cause',
  'blameful-language',
  'required-sections',
  'timeline-timestamp',
  'timeline-order',
  'timeline-timezone',
  'timeline-clock-change',
  'action-item-vague',
  'action-item-due',
  'closed-with-open-items',
  'front-matter',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Findings that no rule makes: analysis limits (`parse`) and a rule that crashed (`internal-error`). */
export const PARSE_RULE_ID = 'parse';
export const INTERNAL_ERROR_RULE_ID = 'internal-error';
