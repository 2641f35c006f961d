// "Create Issue for Action Item": the address of a tracker's new-issue page, prefilled with the
// item, its owner, its due date and a link back to the postmortem. Only an address: no API call,
// no token; the person reviews the issue and submits it in the browser.
import type { ISSUE_URL_PLACEHOLDERS } from '../vocabulary/terms';
import type { Forge } from './remote';

/** What a new issue says of an action item. */
export interface IssueDraft {
  /** The item's words. */
  readonly text: string;
  readonly owners: readonly string[];
  readonly due: string | undefined;
  readonly priority: string | undefined;
  /** The postmortem's title, or its file name. */
  readonly postmortemTitle: string;
  /** Where the item is: a web page when the repository's forge is known, else the file's path and line. */
  readonly link: string;
}

const MAX_TITLE = 120;
/** Browsers and servers refuse much longer addresses; the body is cut to fit. */
const MAX_URL = 7000;

function issueTitle(draft: IssueDraft): string {
  const words = draft.text.replace(/\s+/g, ' ').trim() || 'Action item';
  return words.length <= MAX_TITLE ? words : `${words.slice(0, MAX_TITLE - 1).trimEnd()}\u2026`;
}

export function issueBody(draft: IssueDraft): string {
  return [
    draft.text.trim(),
    '',
    `- Owner: ${draft.owners.length > 0 ? draft.owners.join(', ') : 'not assigned yet'}`,
    `- Due: ${draft.due ?? 'not set'}`,
    ...(draft.priority ? [`- Priority: ${draft.priority}`] : []),
    `- Postmortem: ${draft.postmortemTitle} (${draft.link})`,
    '',
    'An action item of the postmortem above.',
  ].join('\n');
}

function values(draft: IssueDraft, body: string): Record<(typeof ISSUE_URL_PLACEHOLDERS)[number], string> {
  return {
    title: issueTitle(draft),
    body,
    owner: draft.owners.join(', '),
    due: draft.due ?? '',
    link: draft.link,
    postmortem: draft.postmortemTitle,
  };
}

/** `template` with each `{placeholder}` replaced by its value, URL-encoded; unknown braces are left as written. */
function filled(template: string, draft: IssueDraft, body: string): string {
  const known = values(draft, body);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in known ? encodeURIComponent(known[name as keyof typeof known]) : whole,
  );
}

function forgeUrl(forge: Forge, draft: IssueDraft, body: string): string {
  const title = encodeURIComponent(issueTitle(draft));
  const text = encodeURIComponent(body);
  return forge.kind === 'github'
    ? `${forge.webUrl}/issues/new?title=${title}&body=${text}`
    : `${forge.webUrl}/-/issues/new?issue%5Btitle%5D=${title}&issue%5Bdescription%5D=${text}`;
}

/**
 * The new-issue page for an item: the configured template when there is one (Jira and other
 * trackers), else the GitHub or GitLab repository's own; undefined when neither is known. A body
 * that would make the address too long is cut, with a note, so that the page still opens.
 */
export function newIssueUrl(
  draft: IssueDraft,
  target: { readonly template?: string | undefined; readonly forge?: Forge | undefined },
): string | undefined {
  const build = (body: string) =>
    target.template
      ? filled(target.template, draft, body)
      : target.forge
        ? forgeUrl(target.forge, draft, body)
        : undefined;
  let body = issueBody(draft);
  let url = build(body);
  for (
    let keep = draft.text.length;
    url !== undefined && url.length > MAX_URL && keep > 0;
    keep = Math.floor(keep / 2)
  ) {
    body = issueBody({
      ...draft,
      text: `${draft.text.slice(0, keep)}\u2026 (cut; the whole item is in the postmortem)`,
    });
    url = build(body);
  }
  return url;
}
