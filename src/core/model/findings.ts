// What a check reports and how it can be fixed, as every part of the core and every face sees it.
import type { Range, TextEdit } from './types';
import type { Severity } from '../vocabulary/terms';

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
  /**
   * The rule could not read this place (a fault of the rule, not of the writing): reported as an `internal-error`
   * finding here, the rule's findings elsewhere kept.
   */
  readonly failed?: true;
}

export interface Finding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Severity;
}
