// The entries of a postmortem's `related:` read from its text alone, for a face that has not parsed
// it: the command line, which looks for the postmortems they name by path. Apart from the names of
// the workspace, so that the editor's host, which reads those, does not bundle a YAML parser.
import { parseDocument } from 'yaml';
import { frontMatterSource } from '../model/documentType';
import { RELATED_FIELD } from './workspaceNames';

/**
 * The entries of a text's `related:` (a list or one value), read from its front matter alone; none when the front
 * matter's YAML has errors, as `related-not-found` then checks none.
 */
export function relatedEntries(text: string): string[] {
  const source = frontMatterSource(text);
  if (source === undefined || !RELATED_FIELD.test(source)) return [];
  const parsed = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const data: unknown = parsed.errors.length === 0 ? parsed.toJSON() : undefined;
  const value = data && typeof data === 'object' && 'related' in data ? data.related : undefined;
  return (Array.isArray(value) ? value : [value])
    .filter((entry) => typeof entry === 'string' || typeof entry === 'number')
    .map((entry) => String(entry).trim())
    .filter((entry) => entry !== '');
}
