export const PROJECT_URL = 'https://github.com/postmortem-tools/postmortem';

/** The rule's documentation page. */
export function ruleDocsUrl(id: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}
