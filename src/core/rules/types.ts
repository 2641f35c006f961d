import type { RuleFinding } from '../model/findings';
import type { PostmortemDocument } from '../model/types';
import type { WorkspacePostmortems } from '../model/workspace';
import type { PostmortemConfig, Severity } from '../vocabulary/terms';

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
