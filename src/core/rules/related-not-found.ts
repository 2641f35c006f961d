import { closestMatch } from '../util/closest';
import type { RuleFinding } from '../model/findings';
import type { Range } from '../model/types';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'related-not-found',
  defaultSeverity: 'warning',
  description: "An entry of the front matter's related: that names no postmortem in the workspace",
  fixable: true,
  check(document, _config, workspace) {
    const field = document.frontMatter?.fields.find((candidate) => candidate.key === 'related');
    if (!workspace || !field) return [];
    const entries: readonly { readonly value: unknown; readonly range: Range }[] =
      field.items ??
      (typeof field.value === 'string' || typeof field.value === 'number'
        ? [{ value: field.value, range: field.valueRange }]
        : []);
    return entries.flatMap(({ value, range }): RuleFinding[] => {
      const written = String(value ?? '').trim();
      if (written === '' || workspace.names(written)) return [];
      const meant = closestMatch(written, workspace.ids);
      const finding = { message: `"${written}" in related: names no postmortem in this workspace`, range };
      if (!meant) return [finding];
      const edits = [{ start: range.start.offset, end: range.end.offset, newText: meant }];
      return [
        {
          ...finding,
          message: `${finding.message}; did you mean "${meant}"?`,
          suggestions: [{ title: `Replace with "${meant}"`, edits }],
        },
      ];
    });
  },
};
