import { today } from '../util/clock';
import { completionRemark } from '../actionItems/completion';
import { undatedDue } from '../actionItems/dates';
import { markDoneEdit } from '../actionItems/edits';
import { itemHeadRange } from '../actionItems/ranges';
import type { RuleFinding } from '../model/findings';
import type { ActionItem, PostmortemDocument } from '../model/types';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'action-item-due',
  defaultSeverity: 'warning',
  description:
    'An open action item has no due date, or its due date has passed (info), ' +
    'or it says it was done while its box is unchecked (info)',
  fixable: true,
  check(document) {
    const findings: RuleFinding[] = [];
    const now = today();
    for (const item of document.actionItems) {
      if (item.status === 'done') continue;
      const done = doneDate(document, item);
      if (done !== undefined || item.markedDone) findings.push(saidDoneFinding(document, item, done));
      else if (item.due === undefined && item.yearlessDue !== undefined)
        findings.push({
          message: `Action item's due date "${item.yearlessDue}" has no year: add one, or date: to the front matter`,
          range: itemHeadRange(document, item),
        });
      else if (item.due === undefined) findings.push(noDueFinding(document, item));
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

/** No due date; where the item says when in words that name no day ("due ASAP", "— next sprint"), it says so. */
function noDueFinding(document: PostmortemDocument, item: ActionItem): RuleFinding {
  const said = undatedDue(document.text.slice(item.range.start.offset, item.textEndOffset));
  return {
    message: said
      ? `Action item's due "${said}" names no day: write the date it is due`
      : 'Action item has no due date',
    range: itemHeadRange(document, item),
  };
}

/** The date an open item says it was done on ("- [ ] Add alert (done 2026-11-10)"), while its box says open. */
function doneDate(document: PostmortemDocument, item: ActionItem): string | undefined {
  return completionRemark(document.text.slice(item.range.start.offset, item.textEndOffset))?.date;
}

/**
 * Either the work is done and the box was forgotten, or the date (or the word, `(done)`) is stale: neither is an item
 * with no due date. Checking the box is the likelier answer, so it is the fix.
 */
function saidDoneFinding(document: PostmortemDocument, item: ActionItem, date: string | undefined): RuleFinding {
  const box = item.style === 'task';
  const edit = item.statusRange ? markDoneEdit(document.text, item) : undefined;
  const said = date === undefined ? 'says done' : `says done on ${date}`;
  const remove = date === undefined ? 'remove the remark' : 'remove the date';
  return {
    message: box
      ? `Action item ${said} but its box is unchecked; check the box or ${remove}`
      : `Action item ${said} but its status says open; mark it done or ${remove}`,
    range: item.statusRange ?? itemHeadRange(document, item),
    severity: 'info',
    fix: edit && { title: box ? 'Check the box' : 'Mark it done', edits: [edit] },
  };
}
