import type { PostmortemConfig } from '../config/types';
import type { PostmortemDocument, Range, TextEdit } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/** A change a person can apply to address a finding. */
export interface Fix {
  /** Shown in the quick-fix menu, such as `Add an owner placeholder` or `Replace "should have" with "did not"`. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** What a rule's check reports; `lint` adds the rule id and the configured severity. */
export interface RuleFinding {
  readonly message: string;
  readonly range: Range;
  /** The preferred fix, applied by fix-all. */
  readonly fix?: Fix;
  /** Other fixes to offer (rephrasings); never applied automatically. */
  readonly suggestions?: readonly Fix[];
  /** Overrides the rule's severity for this finding (an overdue item is `info`). */
  readonly severity?: Severity;
}

export interface Finding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Severity;
}

export interface Rule {
  /** Stable id, such as `action-item-owner`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line, for rule lists and SARIF's shortDescription. */
  readonly description: string;
  readonly fixable: boolean;
  check(document: PostmortemDocument, config: PostmortemConfig): readonly RuleFinding[];
}
