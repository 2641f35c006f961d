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
      } else {
        // The first section when none of the kind says anything; when another does, each empty one under a name of
        // the kind ("SRE Action Items" over a table with no rows, beside "Product Action Items").
        const empty =
          required.state === 'empty'
            ? required.sections.slice(0, 1)
            : required.sections.filter((section) => section.empty && section.ownKind !== 'other');
        for (const section of empty) {
          // Text in a section that reads as empty is a template's placeholders (comments are its guidance).
          const placeholders = section.nodes.some((node) => node.type === 'paragraph' || node.type === 'list')
            ? ': it holds only placeholder text'
            : '';
          findings.push({
            message: `Section "${section.title || title}" is empty${placeholders}`,
            range: section.headingRange,
            severity: 'warning',
          });
        }
      }
    }
    return findings;
  },
};
