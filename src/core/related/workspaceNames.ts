// What a `related:` entry names: a postmortem of the workspace by its id, or by its path from the
// document's folder or from the workspace folder. One answer for every face: the editor's worker,
// the language server and `postmortem lint` each learn the workspace's postmortems their own way
// (a watched index, a scan of the folder) and hand them here as URIs and ids.
import { frontMatterSource } from '../documentType';
import type { WorkspacePostmortems } from '../rules/types';

const RELATED_FIELD = /^related[ \t]*:/m;

/** Whether a text's front matter has a `related:` field, read without parsing: only then need a face list the
 * workspace's postmortems. */
export function listsRelated(text: string): boolean {
  return RELATED_FIELD.test(frontMatterSource(text) ?? '');
}

/** A postmortem of the workspace: its URI (`file:///...`, or any URL a face uses) and its front matter's id. */
export interface KnownPostmortem {
  readonly uri: string;
  readonly id: string | undefined;
}

/** The workspace's postmortems, kept as they change; answers what `related:` entries name. */
export class KnownPostmortems {
  private readonly byUri = new Map<string, string | undefined>();
  /** The ids and decoded paths, made on first use after a change. */
  private names: { readonly ids: ReadonlySet<string>; readonly paths: ReadonlySet<string> } | undefined;

  constructor(postmortems: Iterable<KnownPostmortem> = []) {
    for (const { uri, id } of postmortems) this.byUri.set(uri, id);
  }

  /** Adds the postmortem at `uri`, or changes its id; whether that changed what entries may name. */
  set(uri: string, id: string | undefined): boolean {
    if (this.byUri.has(uri) && this.byUri.get(uri) === id) return false;
    this.byUri.set(uri, id);
    this.names = undefined;
    return true;
  }

  /** Whether there was a postmortem at `uri`. */
  delete(uri: string): boolean {
    if (!this.byUri.delete(uri)) return false;
    this.names = undefined;
    return true;
  }

  /** What the `related:` of the document at `documentUri` may name, in the workspace folder `folderUri`. */
  forDocument(documentUri: string, folderUri?: string): WorkspacePostmortems {
    const bases = [documentUri, ...(folderUri === undefined ? [] : [asFolder(folderUri)])];
    const names = () =>
      (this.names ??= {
        ids: new Set([...this.byUri.values()].filter((id): id is string => id !== undefined)),
        paths: new Set([...this.byUri.keys()].map((uri) => pathOf(uri, uri))),
      });
    return {
      get ids() {
        return [...names().ids];
      },
      names: (entry) => names().ids.has(entry) || bases.some((base) => names().paths.has(pathOf(entry, base))),
    };
  }
}

/** An entry of a postmortem's `related:` that named a moved file or folder by path, and what to write instead. */
export interface MovedEntry {
  readonly from: string;
  readonly to: string;
}

/**
 * The entries of `entries` (a postmortem's `related:`, the document at `documentUri`) that name by path the file
 * or folder moved from `movedFrom` to `movedTo`, or a file under it, each with its new path written as it was: from
 * the document's folder (`../2024/a.md`, keeping a leading `./`) or from the workspace folder.
 */
export function movedEntries(
  entries: readonly string[],
  documentUri: string,
  folderUri: string | undefined,
  movedFrom: string,
  movedTo: string,
): MovedEntry[] {
  const from = pathOf(movedFrom, movedFrom);
  const to = pathOf(movedTo, movedTo);
  if (from === '' || to === '') return [];
  const movedPath = (path: string): string | undefined =>
    path === from ? to : path.startsWith(asFolder(from)) ? to + path.slice(from.length) : undefined;
  const bases = [documentUri, ...(folderUri === undefined ? [] : [asFolder(folderUri)])];
  const moved: MovedEntry[] = [];
  for (const entry of new Set(entries)) {
    for (const base of bases) {
      const target = movedPath(pathOf(entry, base));
      if (target === undefined) continue;
      const written = relativePath(pathOf('.', base), target);
      moved.push({ from: entry, to: entry.startsWith('./') && !written.startsWith('../') ? `./${written}` : written });
      break;
    }
  }
  return moved;
}

/** The decoded path `entry` resolves to from `base`, or '' when it is no path. */
function pathOf(entry: string, base: string): string {
  try {
    return decodeURIComponent(new URL(entry, base).pathname);
  } catch {
    return '';
  }
}

const asFolder = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/** The path of `target` from the folder `folder` (both absolute, '/'-separated; the folder ends in '/'). */
function relativePath(folder: string, target: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = target.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return '../'.repeat(from.length - shared) + to.slice(shared).join('/');
}
