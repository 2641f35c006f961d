// The rule-test harness, after ESLint's RuleTester: a rule's valid and invalid texts, linted through
// `lintText` (the CLI's entry point, every rule registered) and compared with exactly the findings
// expected of that rule; its fixes applied with the core's `applyEdits`.
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import {
  INTERNAL_ERROR_RULE_ID,
  type PostmortemConfig,
  type RuleId,
  type Severity,
} from '../../src/core/vocabulary/terms';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { lintText } from '../../src/core/analysis/lint';
import { RULES, ruleById } from '../../src/core/rules/index';
import type { WorkspacePostmortems } from '../../src/core/model/workspace';
import type { Finding, Fix } from '../../src/core/model/findings';

export interface ValidCase {
  /** The test's title; the text's first line when omitted. */
  readonly name?: string;
  readonly text: string;
  /** Changes to the default configuration. */
  readonly config?: Partial<PostmortemConfig>;
  /** The workspace's postmortems, as the editor knows them; omitted, as the CLI lints. */
  readonly workspace?: WorkspacePostmortems;
}

export interface ExpectedFinding {
  /** The whole message, or a pattern that part of it matches. */
  readonly message: string | RegExp;
  /** 1-based, as the CLI reports it. */
  readonly line: number;
  /** 1-based, as the CLI reports it. */
  readonly column?: number;
  /** The text the finding covers. */
  readonly flagged?: string;
  /** The severity lint reports: the configured one, else the finding's own, else the rule's default. */
  readonly severity?: Severity;
  /** The title of the finding's fix. */
  readonly fix?: string;
  /** Every suggestion, in order: its title and the text after applying it alone. */
  readonly suggestions?: readonly { readonly title: string; readonly output: string }[];
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in document order. */
  readonly errors: readonly ExpectedFinding[];
  /** The text after applying every fix of the rule, as fix-all does; omitted: the rule offers no fix here. */
  readonly output?: string;
}

export interface RuleCases {
  readonly valid?: readonly ValidCase[];
  readonly invalid?: readonly InvalidCase[];
}

export function configWith(changes: Partial<PostmortemConfig> = {}): PostmortemConfig {
  return { ...DEFAULT_CONFIG, ...changes };
}

/**
 * The rule's findings as `postmortem lint` reports them; fails when any rule crashed or a range lies outside the text.
 */
export function ruleFindings(
  ruleId: RuleId,
  text: string,
  config: Partial<PostmortemConfig> = {},
  workspace?: WorkspacePostmortems,
): Finding[] {
  const findings = lintText(text, configWith(config), RULES, workspace);
  assert.deepEqual(
    findings.filter((finding) => finding.ruleId === INTERNAL_ERROR_RULE_ID).map((finding) => finding.message),
    [],
    'a rule crashed',
  );
  const ofRule = findings.filter((finding) => finding.ruleId === ruleId);
  for (const { range } of ofRule)
    assert.ok(
      0 <= range.start.offset && range.start.offset <= range.end.offset && range.end.offset <= text.length,
      `a range outside the text: ${JSON.stringify(range)}`,
    );
  return ofRule;
}

/** The text after applying every fix among the findings. */
export function fixedText(text: string, findings: readonly Finding[]): string {
  return applyEdits(
    text,
    findings.flatMap((finding) => finding.fix?.edits ?? []),
  );
}

/** Registers one Mocha test per case, in a suite named after the rule. */
export function testRule(ruleId: RuleId, cases: RuleCases): void {
  const fixable = ruleById(ruleId)?.fixable;
  describe(ruleId, () => {
    for (const valid of cases.valid ?? []) {
      it(`valid: ${titleOf(valid)}`, () => {
        assert.deepEqual(ruleFindings(ruleId, valid.text, valid.config, valid.workspace).map(describeFinding), []);
      });
    }
    for (const invalid of cases.invalid ?? []) {
      it(`invalid: ${titleOf(invalid)}`, () => {
        const findings = ruleFindings(ruleId, invalid.text, invalid.config, invalid.workspace);
        assert.equal(
          findings.length,
          invalid.errors.length,
          `the findings:\n${findings.map(describeFinding).join('\n')}`,
        );
        invalid.errors.forEach((expected, index) => {
          assertFinding(invalid.text, findings[index]!, expected, index);
        });
        if (!fixable)
          assert.ok(
            findings.every((finding) => !finding.fix && !finding.suggestions),
            `${ruleId} is not fixable, yet offers a fix`,
          );
        if (invalid.output === undefined)
          assert.deepEqual(
            findings.filter((finding) => finding.fix).map(describeFinding),
            [],
            'fixes offered, but the case gives no output',
          );
        else assert.equal(fixedText(invalid.text, findings), invalid.output);
      });
    }
  });
}

function assertFinding(text: string, finding: Finding, expected: ExpectedFinding, index: number): void {
  const at = `finding ${index + 1}, ${describeFinding(finding)}`;
  if (typeof expected.message === 'string') assert.equal(finding.message, expected.message, at);
  else assert.match(finding.message, expected.message, at);
  assert.equal(finding.range.start.line + 1, expected.line, `line of ${at}`);
  if (expected.column !== undefined)
    assert.equal(finding.range.start.character + 1, expected.column, `column of ${at}`);
  if (expected.flagged !== undefined)
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), expected.flagged, `text of ${at}`);
  if (expected.severity !== undefined) assert.equal(finding.severity, expected.severity, `severity of ${at}`);
  if (expected.fix !== undefined) assert.equal(finding.fix?.title, expected.fix, `fix of ${at}`);
  if (expected.suggestions !== undefined) {
    const suggestions = (finding.suggestions ?? []).map((suggestion: Fix) => ({
      title: suggestion.title,
      output: applyEdits(text, suggestion.edits),
    }));
    assert.deepEqual(suggestions, expected.suggestions, `suggestions of ${at}`);
  }
}

function describeFinding(finding: Finding): string {
  return `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.message}`;
}

function titleOf(testCase: ValidCase): string {
  return testCase.name ?? testCase.text.split('\n')[0]!;
}
