import { sectionKindTitle } from '../vocabulary/terms';
import { sectionInsertion } from '../edits/insertSection';
import { requiredSectionStates } from '../model/requiredSections';
import type { RuleFinding } from '../model/findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'required-sections',
  defaultSeverity: 'error',
  description:
    'A required section (summary, impact, timeline, root cause, action items by default) is missing or empty',
  fixable: true,
  check(document, config) {
    const findings: RuleFinding[] = [];
    for (const required of requiredSectionStates(document.sections, config.requiredSections)) {
      const title = sectionKindTitle(required.kind);
      if (required.state === 'missing') {
        const { anchor, edit } = sectionInsertion(document, required.kind);
        findings.push({
          message: `Required section "${title}" is missing`,
          range: document.rangeOf(anchor, anchor),
          fix: { title: `Insert the section "${title}"`, edits: [edit] },
        });
      } else if (required.state === 'empty') {
        const first = required.sections[0]!;
        findings.push({
          message: `Section "${first.title || title}" is empty`,
          range: first.headingRange,
          severity: 'warning',
        });
      }
    }
    return findings;
  },
};
