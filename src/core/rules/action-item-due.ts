import { today } from '../util/clock';
import { completionRemark } from '../actionItems/completion';
import { markDoneEdit } from '../actionItems/edits';
import { itemHeadRange } from '../actionItems/ranges';
import { saysDoneInBrackets } from '../actionItems/status';
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
      if (done !== undefined || saysDone(document, item)) findings.push(saidDoneFinding(document, item, done));
      else if (item.due === undefined && item.yearlessDue !== undefined)
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

/** The date an open item says it was done on ("- [ ] Add alert (done 2026-11-10)"), while its box says open. */
function doneDate(document: PostmortemDocument, item: ActionItem): string | undefined {
  return completionRemark(document.text.slice(item.range.start.offset, item.textEndOffset))?.date;
}

/** Whether an open item says it is done in a bracketed remark without a date ("- [ ] Add alert (done)"). */
function saysDone(document: PostmortemDocument, item: ActionItem): boolean {
  return saysDoneInBrackets(document.text.slice(item.range.start.offset, item.textEndOffset));
}

/**
 * Either the work is done and the box was forgotten, or the remark is stale: neither is an item with no due date.
 * Checking the box is the likelier answer, so it is the fix.
 */
function saidDoneFinding(document: PostmortemDocument, item: ActionItem, date: string | undefined): RuleFinding {
  const box = item.style === 'task';
  const edit = item.statusRange ? markDoneEdit(document.text, item) : undefined;
  const said = date === undefined ? 'done' : `done on ${date}`;
  const remark = date === undefined ? 'remark' : 'date';
  return {
    message: box
      ? `Action item says ${said} but its box is unchecked; check the box or remove the ${remark}`
      : `Action item says ${said} but its status says open; mark it done or remove the ${remark}`,
    range: item.statusRange ?? itemHeadRange(document, item),
    severity: 'info',
    fix: edit && { title: box ? 'Check the box' : 'Mark it done', edits: [edit] },
  };
}
