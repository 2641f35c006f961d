import { closestMatch } from '../util/closest';
import { isoDateProblem } from '../model/isoDate';
import type { FrontMatterField, PostmortemDocument } from '../model/types';
import type { Fix, RuleFinding } from '../model/findings';
import type { Rule } from './types';

/** Fields that name people or things: a list, or one value. */
const LIST_FIELDS = new Set(['authors', 'services', 'tags', 'related']);
/** Fields that hold one value. */
const SINGLE_FIELDS = new Set(['title', 'id', 'owner', 'timezone', 'type', 'status', 'severity', 'date']);

const POSTMORTEM_TYPE = /^post-?mortem$/i;

export const rule: Rule = {
  id: 'front-matter',
  defaultSeverity: 'error',
  description:
    'Front matter with invalid YAML, an unknown status or severity, a malformed date or a value of the wrong type',
  fixable: true,
  check(document, config) {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return [];
    const findings: RuleFinding[] = frontMatter.errors.map((error) => ({
      message: `Invalid front matter: ${error.message}`,
      range: error.range,
    }));
    for (const field of frontMatter.fields) {
      const finding = checkField(field, document, config.statusValues, config.severityScale);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function checkField(
  field: FrontMatterField,
  document: PostmortemDocument,
  statusValues: readonly string[],
  severityScale: readonly string[],
): RuleFinding | undefined {
  const { key, value } = field;
  if (value === null || value === undefined) return undefined;
  if (LIST_FIELDS.has(key)) {
    const valid = isSingle(value) || (Array.isArray(value) && value.every(isSingle));
    return valid
      ? undefined
      : { message: `"${key}" must be a list of values or a single value`, range: field.valueRange };
  }
  if (!SINGLE_FIELDS.has(key)) return undefined;
  if (!isSingle(value))
    return {
      message: `"${key}" must be a single value, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`,
      range: field.valueRange,
    };
  const written = String(value);
  switch (key) {
    case 'status':
      return checkAllowed(field, written, statusValues, document);
    case 'severity':
      return checkAllowed(field, written, severityScale, document);
    case 'date':
      return checkDate(field, written, document);
    case 'type':
      return POSTMORTEM_TYPE.test(written.trim())
        ? undefined
        : {
            message: `"type" is "${written}"; a postmortem's type is "postmortem"`,
            range: field.valueRange,
            severity: 'warning',
            ...replacement(field, closestMatch(written, ['postmortem']), document),
          };
    default:
      return undefined;
  }
}

function isSingle(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

function checkAllowed(
  field: FrontMatterField,
  written: string,
  allowed: readonly string[],
  document: PostmortemDocument,
): RuleFinding | undefined {
  const wanted = written.trim().toLowerCase();
  if (allowed.some((candidate) => candidate.toLowerCase() === wanted)) return undefined;
  // `SEV-2`, `sev 2`, `in_progress`: a value of the list, spelled with other separators; metrics count it apart.
  const respelled = allowed.find((candidate) => withoutSeparators(candidate) === withoutSeparators(wanted));
  if (respelled !== undefined)
    return {
      message:
        `${field.key} "${written}" is "${respelled}" written another way; ` +
        'write it as the list does, so that metrics count it with the others',
      range: field.valueRange,
      severity: 'warning',
      ...replacement(field, respelled, document),
    };
  return {
    message: `Unknown ${field.key} "${written}"; expected one of: ${allowed.join(', ')}`,
    range: field.valueRange,
    ...replacement(field, closestMatch(written, allowed), document),
  };
}

function withoutSeparators(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Dates a person clearly meant: `2025/1/5`, `2025.01.05`, `2025-01-05T14:00Z`. */
const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function checkDate(field: FrontMatterField, written: string, document: PostmortemDocument): RuleFinding | undefined {
  const trimmed = written.trim();
  if (isoDateProblem(trimmed) === undefined) return undefined;
  const loose = LOOSE_DATE.exec(trimmed);
  const meant = loose ? `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}` : undefined;
  const suggestion = meant !== undefined && isoDateProblem(meant) === undefined ? meant : undefined;
  return {
    message: `Malformed date "${written}": expected a real date as YYYY-MM-DD`,
    range: field.valueRange,
    ...replacement(field, suggestion, document),
  };
}

/** A fix that replaces the field's value, keeping its quotes. */
function replacement(field: FrontMatterField, value: string | undefined, document: PostmortemDocument): { fix?: Fix } {
  if (value === undefined) return {};
  const start = field.valueRange.start.offset;
  const end = field.valueRange.end.offset;
  const quote = /^["']/.exec(document.text.slice(start, end))?.[0] ?? '';
  return { fix: { title: `Replace with "${value}"`, edits: [{ start, end, newText: `${quote}${value}${quote}` }] } };
}
