import type { RuleFinding } from '../model/findings';
import type { PostmortemDocument } from '../model/types';
import type { PostmortemConfig, Severity } from '../vocabulary/terms';

/** What a face knows of the workspace's postmortems, for the rules that look across them (see `KnownPostmortems`). */
export interface WorkspacePostmortems {
  /** The ids of the workspace's postmortems, for suggestions. */
  readonly ids: readonly string[];
  /** Whether a `related:` entry names one of them: by id, or by path from the document's or the workspace's folder. */
  names(entry: string): boolean;
}

export interface Rule {
  /** Stable id, such as `action-item-owner`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line, for rule lists and SARIF's shortDescription. */
  readonly description: string;
  readonly fixable: boolean;
  /** `workspace` is there only where a face knows the workspace's postmortems (not for a text linted alone). */
  check(
    document: PostmortemDocument,
    config: PostmortemConfig,
    workspace?: WorkspacePostmortems,
  ): readonly RuleFinding[];
}
