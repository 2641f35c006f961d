import { itemHeadRange } from '../actionItems/ranges';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';
import { vagueness } from './vagueWording';

export const rule: Rule = {
  id: 'action-item-vague',
  defaultSeverity: 'warning',
  description:
    'An open action item too vague to be done or checked: "investigate", "improve", "fix the ' +
    'issue", "be more careful", training as the only fix',
  fixable: false,
  check(document) {
    const findings: RuleFinding[] = [];
    for (const item of document.actionItems) {
      if (item.status === 'done') continue;
      const vague = vagueness(item.text);
      if (!vague) continue;
      // Point at the vague words themselves when they can be found in the item's first line.
      const head = itemHeadRange(document, item);
      const at = document.text.slice(head.start.offset, head.end.offset).toLowerCase().indexOf(vague.phrase);
      const range =
        at >= 0 ? document.rangeOf(head.start.offset + at, head.start.offset + at + vague.phrase.length) : head;
      findings.push({ message: vague.message, range });
    }
    return findings;
  },
};
