import { sectionInsertion, sectionKindTitle } from '../edits/insertSection';
import type { Rule, RuleFinding } from './types';

export const rule: Rule = {
  id: 'required-sections',
  defaultSeverity: 'error',
  description: 'A required section (summary, impact, timeline, root cause, action items by default) is missing or empty',
  fixable: true,
  check(document, config) {
    const findings: RuleFinding[] = [];
    for (const kind of new Set(config.requiredSections)) {
      if (kind === 'other') continue;
      const present = document.sections.filter((section) => section.kind === kind);
      const title = sectionKindTitle(kind);
      if (present.length === 0) {
        const { anchor, edit } = sectionInsertion(document, kind);
        findings.push({
          message: `Required section "${title}" is missing`,
          range: document.rangeOf(anchor, anchor),
          fix: { title: `Insert the section "${title}"`, edits: [edit] },
        });
      } else if (present.every((section) => section.empty)) {
        const first = present[0]!;
        findings.push({ message: `Section "${first.title || title}" is empty`, range: first.headingRange, severity: 'warning' });
      }
    }
    return findings;
  },
};
