import { ownerInsertion } from '../actionItems/edits';
import { itemHeadRange } from '../actionItems/ranges';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';

/**
 * What the quick fix writes. `@owner` reads as a placeholder, not an owner, so the finding stays
 * until a person's or team's name replaces it, and fix-all never applies the fix twice.
 */
const OWNER_PLACEHOLDER = '@owner';

export const rule: Rule = {
  id: 'action-item-owner',
  defaultSeverity: 'error',
  description: 'An open action item names no owner (a person or team responsible for it)',
  fixable: true,
  check(document) {
    const findings: RuleFinding[] = [];
    for (const item of document.actionItems) {
      if (item.status === 'done' || item.owners.length > 0) continue;
      if (item.ownerPlaceholder && item.ownerRange) {
        const written = document.text.slice(item.ownerRange.start.offset, item.ownerRange.end.offset).trim();
        findings.push({
          message: written
            ? `Owner "${written}" is not an owner: name the person or team responsible`
            : 'Action item has an empty owner: name the person or team responsible',
          range: item.ownerRange,
        });
        continue;
      }
      const inCell = item.style === 'table' && item.ownerRange !== undefined;
      findings.push({
        message: 'Action item has no owner',
        range: inCell ? item.ownerRange! : itemHeadRange(document, item),
        fix: { title: 'Add an owner placeholder', edits: [ownerInsertion(document.text, item, OWNER_PLACEHOLDER)] },
      });
    }
    return findings;
  },
};
