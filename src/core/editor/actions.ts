// The code actions a finding offers and the fix-all edit, for any editor, and how a person's own
// severities apply to findings. The VS Code face and the language server both turn these into
// their own types.
import type { AnalyzedFinding } from '../analysis/analyze';
import type { Severity } from '../vocabulary/terms';
import type { TextEdit } from '../model/types';
import { ruleDocsUrl } from '../rules/docs';

/** A quick fix: edits to apply, or the rule's page to open. */
export type FindingAction =
  | { readonly kind: 'edit'; readonly title: string; readonly edits: readonly TextEdit[]; readonly preferred: boolean }
  | { readonly kind: 'documentation'; readonly title: string; readonly url: string };

/**
 * The finding's fix (preferred), its other rephrasings, "Disable RULE for this line", then its rule's documentation.
 */
export function findingActions(finding: AnalyzedFinding): FindingAction[] {
  const actions: FindingAction[] = [];
  if (finding.fix) actions.push({ kind: 'edit', title: finding.fix.title, edits: finding.fix.edits, preferred: true });
  for (const suggestion of finding.suggestions ?? [])
    actions.push({ kind: 'edit', title: suggestion.title, edits: suggestion.edits, preferred: false });
  actions.push({ kind: 'edit', title: finding.disable.title, edits: finding.disable.edits, preferred: false });
  actions.push({
    kind: 'documentation',
    title: `Show documentation for ${finding.ruleId}`,
    url: ruleDocsUrl(finding.ruleId),
  });
  return actions;
}

export const FIX_ALL_TITLE = 'Fix all auto-fixable postmortem problems';

/** Every finding's preferred fix whose edits do not overlap an earlier one's. */
export function fixAllEdits(findings: readonly AnalyzedFinding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits ?? [];
    const overlaps = edits.some((edit) =>
      chosen.some((taken) => (edit.start < taken.end && taken.start < edit.end) || edit.start === taken.start),
    );
    if (edits.length > 0 && !overlaps) chosen.push(...edits);
  }
  return chosen;
}

/** What an editor's diagnostic keeps of a finding: enough to find the finding again. */
export interface DiagnosticKey {
  readonly ruleId: string;
  readonly message: string;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
}

/** The finding a diagnostic stands for: the same rule at the same place with the same words. */
export function findingOfDiagnostic(
  findings: readonly AnalyzedFinding[],
  diagnostic: DiagnosticKey,
): AnalyzedFinding | undefined {
  const { start, end } = diagnostic.range;
  return findings.find(
    (finding) =>
      finding.ruleId === diagnostic.ruleId &&
      finding.message === diagnostic.message &&
      finding.range.start.line === start.line &&
      finding.range.start.character === start.character &&
      finding.range.end.line === end.line &&
      finding.range.end.character === end.character,
  );
}

export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** The severity a person sees for a finding: their personal override, if any; undefined when turned off. */
export function shownSeverity(
  finding: Pick<AnalyzedFinding, 'ruleId' | 'severity'>,
  overrides: SeverityOverrides,
): Severity | undefined {
  const override = overrides[finding.ruleId];
  return override === 'off' ? undefined : (override ?? finding.severity);
}
