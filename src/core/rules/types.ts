import type { RuleFinding } from '../findings';
import type { PostmortemDocument } from '../model/types';
import type { PostmortemConfig, Severity } from '../terms';

export interface Rule {
  /** Stable id, such as `action-item-owner`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line, for rule lists and SARIF's shortDescription. */
  readonly description: string;
  readonly fixable: boolean;
  check(document: PostmortemDocument, config: PostmortemConfig): readonly RuleFinding[];
}
