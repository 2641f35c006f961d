// What a `related:` entry names: a postmortem of the workspace by its id, or by its path from the
// document's folder or from the workspace folder. One answer for every face: the editor's worker,
// the language server and `postmortem lint` each learn the workspace's postmortems their own way
// (a watched index, a scan of the folder) and hand them here as URIs and ids.
import { frontMatterSource } from '../model/documentType';
import type { WorkspacePostmortems } from '../model/workspace';

/** A `related:` field at the start of a line of front matter. */
export const RELATED_FIELD = /^related[ \t]*:/m;

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

/** The URIs of the workspace's postmortems by id and by decoded path (the first one's, when two share one). */
interface Names {
  readonly ids: ReadonlyMap<string, string>;
  readonly paths: ReadonlyMap<string, string>;
}

/** The workspace's postmortems, kept as they change; answers what `related:` entries name. */
export class KnownPostmortems {
  private readonly byUri = new Map<string, string | undefined>();
  /** Made on first use after a change. */
  private names: Names | undefined;

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

  /**
   * The URI of the postmortem that `entry`, in the `related:` of the document at `documentUri`, names: by id, else by
   * path from the document's folder or from the workspace folder `folderUri`; undefined when it names none.
   */
  named(entry: string, documentUri: string, folderUri?: string): string | undefined {
    const { ids, paths } = this.lookup();
    const bases = [documentUri, ...(folderUri === undefined ? [] : [asFolder(folderUri)])];
    return ids.get(entry) ?? bases.map((base) => paths.get(pathOf(entry, base))).find((uri) => uri !== undefined);
  }

  /** What the `related:` of the document at `documentUri` may name, in the workspace folder `folderUri`. */
  forDocument(documentUri: string, folderUri?: string): WorkspacePostmortems {
    const lookup = () => this.lookup();
    return {
      get ids() {
        return [...lookup().ids.keys()];
      },
      names: (entry) => this.named(entry, documentUri, folderUri) !== undefined,
    };
  }

  private lookup(): Names {
    if (this.names) return this.names;
    const ids = new Map<string, string>();
    const paths = new Map<string, string>();
    for (const [uri, id] of this.byUri) {
      if (id !== undefined && !ids.has(id)) ids.set(id, uri);
      const path = pathOf(uri, uri);
      if (!paths.has(path)) paths.set(path, uri);
    }
    this.names = { ids, paths };
    return this.names;
  }
}

/** An entry of a postmortem's `related:` that names a moved file by path, and what to write instead. */
export interface MovedEntry {
  readonly from: string;
  readonly to: string;
}

/** A file or folder moved: its URI before and after. */
interface Move {
  readonly from: string;
  readonly to: string;
}

type Moves = readonly (readonly [from: string, to: string])[];

/**
 * Files or folders moved at once, and what that changes in the `related:` of the workspace's `postmortems` (their
 * URIs, each as the face knows it: where it was, or already where it is). A path in `related:` is read as
 * `related-not-found` reads it, from the listing postmortem's folder, else from the workspace folder.
 */
export class RelatedMove {
  private readonly uris: Moves;
  private readonly paths: Moves;
  /** The postmortems' decoded paths, each where it was before the move. */
  private readonly pathsBefore: ReadonlySet<string>;

  constructor(moves: readonly Move[], postmortems: Iterable<string>) {
    this.uris = moves.map(({ from, to }) => [from, to] as const);
    this.paths = moves
      .map(({ from, to }) => [pathOf(from, from), pathOf(to, to)] as const)
      .filter(([from, to]) => from !== '' && to !== '');
    this.pathsBefore = new Set([...postmortems].map((uri) => this.before(pathOf(uri, uri), this.paths)));
  }

  /** Where the file at `uri` (as it was, or as it is) was before the move. */
  before(uri: string, moves = this.uris): string {
    return (
      movedBy(
        uri,
        moves.map(([from, to]) => [to, from] as const),
      ) ?? uri
    );
  }

  /** Where the file at `uri` (as it was, or as it is) is after the move. */
  after(uri: string): string {
    return movedBy(this.before(uri), this.uris) ?? uri;
  }

  /**
   * The entries of `related`, the `related:` of the postmortem at `documentUri` (as it was, or as it is; in the
   * workspace folder `folderUri`), that the move makes name another file or none, each with the path to write
   * instead, in the style it was written: from the postmortem's folder (`../2024/a.md`, a leading `./` kept) or from
   * the workspace folder. They are the entries naming a moved file or a file under a moved folder, and when the
   * postmortem itself moved, those that named another postmortem of the workspace from its folder.
   */
  entries(related: readonly string[], documentUri: string, folderUri?: string): MovedEntry[] {
    const documentBefore = this.before(documentUri);
    const documentAfter = this.after(documentBefore);
    // From the postmortem's folder, where a postmortem it names may be left behind when it moved; else from the
    // workspace folder, which does not move.
    const bases = [
      { before: documentBefore, after: documentAfter, leftBehind: documentAfter !== documentBefore },
      ...(folderUri === undefined
        ? []
        : [{ before: asFolder(folderUri), after: asFolder(folderUri), leftBehind: false }]),
    ];
    const moved: MovedEntry[] = [];
    for (const entry of new Set(related)) {
      for (const base of bases) {
        const target = pathOf(entry, base.before);
        if (target === '') continue;
        const movedTarget = movedBy(target, this.paths);
        if (movedTarget === undefined && !(base.leftBehind && this.pathsBefore.has(target))) continue;
        const now = movedTarget ?? target;
        // Read from where the postmortem is now, the entry may name the same file still: one moved with it, or one
        // named by an absolute path.
        if (pathOf(entry, base.after) !== now) {
          const written = relativePath(pathOf('.', base.after), now);
          moved.push({
            from: entry,
            to: entry.startsWith('./') && !written.startsWith('../') ? `./${written}` : written,
          });
        }
        break;
      }
    }
    return moved;
  }
}

/** `path` (a URI or a decoded path) where the first of `moves` it is at or under took it; undefined when none did. */
function movedBy(path: string, moves: Moves): string | undefined {
  for (const [from, to] of moves) {
    if (path === from) return to;
    if (path.startsWith(asFolder(from))) return to + path.slice(from.length);
  }
  return undefined;
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
