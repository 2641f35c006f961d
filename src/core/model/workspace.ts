/** What a face knows of the workspace's postmortems, for the rules that look across them (see `KnownPostmortems`). */
export interface WorkspacePostmortems {
  /** The ids of the workspace's postmortems, for suggestions. */
  readonly ids: readonly string[];
  /** Whether a `related:` entry names one of them: by id, or by path from the document's or the workspace's folder. */
  names(entry: string): boolean;
}
