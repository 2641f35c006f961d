import type { Rule } from './types';

/** The front matter `status` that says the follow-up is over. */
const CLOSED = 'closed';

export const rule: Rule = {
  id: 'closed-with-open-items',
  defaultSeverity: 'warning',
  description: 'A postmortem whose status is closed while some of its action items are open',
  fixable: false,
  check(document) {
    const status = document.frontMatter?.fields.find((field) => field.key === 'status');
    if (typeof status?.value !== 'string' || status.value.trim().toLowerCase() !== CLOSED) return [];
    const open = document.actionItems.filter((item) => item.status === 'open');
    if (open.length === 0) return [];
    const lines = open.map((item) => item.range.start.line + 1);
    const count = open.length === 1 ? '1 action item is' : `${open.length} action items are`;
    const shown = `${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
    const where = `line${lines.length === 1 ? '' : 's'} ${shown}`;
    return [{ message: `Status is "closed" but ${count} still open (${where})`, range: status.valueRange }];
  },
};
