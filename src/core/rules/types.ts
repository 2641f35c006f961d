import type { RuleFinding } from '../findings';
import type { PostmortemDocument } from '../model/types';
import type { PostmortemConfig, Severity } from '../terms';

/** What an editor knows of the workspace's other postmortems, for the rules that look across them. */
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
  /** `workspace` is there only where a face knows every postmortem of the workspace (the editor). */
  check(
    document: PostmortemDocument,
    config: PostmortemConfig,
    workspace?: WorkspacePostmortems,
  ): readonly RuleFinding[];
}
