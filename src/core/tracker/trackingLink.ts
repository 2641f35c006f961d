// The link to the issue a person created for an action item, written back into the item so that
// the item's `links` name it: `- [ ] Cap retries. Owner: @bob. (tracked in https://github.com/acme/shop/issues/7)`.
import { markerEdit } from '../actionItems/edits';
import type { ActionItem, TextEdit } from '../model/types';

const MAX_LINK = 2000;

/**
 * The pasted text as a link to write, or why it is not one: an http(s) address with no blanks, brackets or table pipes.
 */
export function readTrackingLink(pasted: string): { readonly link: string } | { readonly problem: string } {
  const link = pasted.trim().replace(/^<(.*)>$/, '$1');
  if (link === '')
    return { problem: 'Paste the address of the issue you created, such as https://github.com/acme/shop/issues/7' };
  if (link.length > MAX_LINK) return { problem: `An address has at most ${MAX_LINK} characters` };
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { problem: `"${link.slice(0, 80)}" is not an address; paste the issue's address, starting with https://` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: 'The address must start with https:// or http://' };
  if (/[\s<>()[\]|`]/.test(link))
    return { problem: 'The address holds blanks, brackets or a "|"; paste it as the browser shows it' };
  return { link };
}

/** Writes ` (tracked in LINK)` after the item's words; undefined when the item names the link already. */
export function trackingLinkEdit(text: string, item: ActionItem, link: string): TextEdit | undefined {
  if (item.links.includes(link)) return undefined;
  return markerEdit(text, item, `(tracked in ${link})`);
}
