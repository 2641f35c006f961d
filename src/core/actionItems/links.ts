// Tracking references of an action item: its links, `#123`, `org/repo#45`, `JIRA-123`.
import type { ItemSource } from './source';

const ISSUE_NUMBER = /#(\d{1,7})(?![\w-])/g;
/** What may stand before `#123`: `repo`, `org/repo`, `mybinder.org-deploy`. */
const REPOSITORY = /^(?:[A-Za-z0-9][\w.-]{0,38}\/)?[A-Za-z0-9][\w.-]{0,99}$/;
const NAME_CHARACTER = /[\w./-]/;

/**
 * The repository written right before the `#` at `at`: '' for a bare `#123`, undefined when `#` is inside a word or
 * entity.
 */
function repositoryBefore(prose: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && at - start < 141 && NAME_CHARACTER.test(prose[start - 1]!)) start--;
  const before = prose[start - 1];
  if (before === '#' || before === '&' || (before !== undefined && NAME_CHARACTER.test(before))) return undefined;
  const name = prose.slice(start, at);
  return name === '' || REPOSITORY.test(name) ? name : undefined;
}
const TICKET_KEY = /(?<![\w-])([A-Z][A-Z0-9]{1,9})-(\d{1,7})(?![\w-])/g;
/** Keys that look like tickets but are zones, standards, severities or CVE years. */
const NOT_TICKET_KEYS = new Set([
  'UTC',
  'GMT',
  'SEV',
  'CVE',
  'ISO',
  'RFC',
  'UTF',
  'COVID',
  'SHA',
  'MD',
  'TLS',
  'SSL',
  'HTTP',
  'IPV',
  'GHSA',
  'CWE',
  'AES',
  'RSA',
  'EST',
  'PST',
  'CET',
  'BST',
  'IST',
]);

/** References written in the text, in order. */
function textReferences(prose: string): string[] {
  if (!prose.includes('#') && !prose.includes('-')) return [];
  const found: { at: number; text: string }[] = [];
  const issues = prose.includes('#') ? prose.matchAll(ISSUE_NUMBER) : [];
  for (const match of issues) {
    const repository = repositoryBefore(prose, match.index);
    if (repository !== undefined) found.push({ at: match.index - repository.length, text: repository + match[0] });
  }
  const tickets = prose.includes('-') ? prose.matchAll(TICKET_KEY) : [];
  for (const match of tickets) if (!NOT_TICKET_KEYS.has(match[1]!)) found.push({ at: match.index, text: match[0] });
  return found.sort((a, b) => a.at - b.at).map((reference) => reference.text);
}

/** Links and references of an item's words, without repeats. */
export function itemLinks(source: ItemSource): string[] {
  if (source.links.length === 0) return [...new Set(textReferences(source.prose))];
  return [
    ...new Set([
      ...source.links.map((link) => link.url).filter((url) => url.trim().length > 0),
      ...textReferences(source.prose),
    ]),
  ];
}
