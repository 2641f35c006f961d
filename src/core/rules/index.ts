// The registry of rules. Each rule lives in its own file `<id>.ts` exporting `rule`; adding a
// rule is one import and one entry here, plus its id in `ids.ts`, its page in docs/rules/, its row
// in the README's rule table and its cases in test/unit/rules/<id>.test.ts (ruleRegistry.test.ts
// checks all five).
import type { Rule } from './types';
import { rule as actionItemDue } from './action-item-due';
import { rule as actionItemOwner } from './action-item-owner';
import { rule as actionItemVague } from './action-item-vague';
import { rule as blamefulLanguage } from './blameful-language';
import { rule as closedWithOpenItems } from './closed-with-open-items';
import { rule as frontMatter } from './front-matter';
import { rule as humanErrorRootCause } from './human-error-root-cause';
import { rule as relatedNotFound } from './related-not-found';
import { rule as requiredSections } from './required-sections';
import { rule as timelineClockChange } from './timeline-clock-change';
import { rule as timelineOrder } from './timeline-order';
import { rule as timelineTimestamp } from './timeline-timestamp';
import { rule as timelineTimezone } from './timeline-timezone';

/** Every rule, in the order of the README's rule table. */
export const RULES: readonly Rule[] = [
  actionItemOwner,
  humanErrorRootCause,
  blamefulLanguage,
  requiredSections,
  timelineTimestamp,
  timelineOrder,
  timelineTimezone,
  timelineClockChange,
  actionItemVague,
  actionItemDue,
  closedWithOpenItems,
  frontMatter,
  relatedNotFound,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
