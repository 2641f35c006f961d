import { today } from '../util/clock';
import { itemHeadRange } from '../actionItems/ranges';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'action-item-due',
  defaultSeverity: 'warning',
  description: 'An open action item has no due date, or its due date has passed (info)',
  fixable: false,
  check(document) {
    const findings: RuleFinding[] = [];
    const now = today();
    for (const item of document.actionItems) {
      if (item.status === 'done') continue;
      if (item.due === undefined && item.yearlessDue !== undefined)
        findings.push({
          message: `Action item's due date "${item.yearlessDue}" has no year: add one, or date: to the front matter`,
          range: itemHeadRange(document, item),
        });
      else if (item.due === undefined)
        findings.push({ message: 'Action item has no due date', range: itemHeadRange(document, item) });
      else if (item.due < now)
        findings.push({
          message: `Action item is past due (${item.due})`,
          range: itemHeadRange(document, item),
          severity: 'info',
        });
    }
    return findings;
  },
};
