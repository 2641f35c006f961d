import { INTERNAL_ERROR_RULE_ID, PARSE_RULE_ID, type PostmortemConfig } from '../vocabulary/terms';
import { parsePostmortem } from './parse';
import type { PostmortemDocument, Range } from '../model/types';
import { RULES } from '../rules/index';
import type { Finding, Fix, RuleFinding } from '../model/findings';
import { htmlBlockSpans, writesInsideHtml } from '../model/htmlBlocks';
import type { Rule } from '../rules/types';
import type { WorkspacePostmortems } from '../model/workspace';
import { suppressionCheck } from './suppression';
import { errorMessage } from '../util/errors';

/**
 * Runs every rule the configuration does not turn off and returns the findings in document order.
 * A configured severity replaces both the rule's default and a finding's own severity; findings
 * silenced by a suppression comment are left out. Never throws: a rule that fails becomes one
 * `internal-error` finding, and a rule that fails on one place only (see `RuleFinding.failed`) one there.
 */
export function lintDocument(
  document: PostmortemDocument,
  config: PostmortemConfig,
  rules: readonly Rule[] = RULES,
  workspace?: WorkspacePostmortems,
): Finding[] {
  const findings: Finding[] = document.problems.map((problem) => ({
    ruleId: PARSE_RULE_ID,
    severity: 'warning',
    message: problem.message,
    range: problem.range,
  }));
  for (const rule of rules) {
    const configured = config.rules[rule.id];
    if (configured === 'off') continue;
    let ruleFindings: readonly RuleFinding[];
    try {
      ruleFindings = [...rule.check(document, config, workspace)];
    } catch (error) {
      findings.push(internalError(`Rule "${rule.id}" failed: ${errorMessage(error)}`, document.rangeOf(0, 0)));
      continue;
    }
    for (const finding of ruleFindings) {
      if (finding.failed)
        findings.push(internalError(`Rule "${rule.id}" failed here: ${finding.message}`, finding.range));
      else
        findings.push({
          ...finding,
          ruleId: rule.id,
          severity: configured ?? finding.severity ?? rule.defaultSeverity,
        });
    }
  }
  const suppressed = safeSuppressionCheck(document);
  const html = htmlBlockSpans(document.tree);
  return findings
    .filter((finding) => !suppressed(finding.ruleId, finding.range.start.line))
    .map((finding) => (html.length > 0 ? withoutFixesInsideHtml(finding, html) : finding))
    .sort(byPosition);
}

/**
 * A finding without the fixes that would write inside text read from block HTML: an edit there could break the
 * markup the author wrote, so none is offered (the finding stays).
 */
function withoutFixesInsideHtml(finding: Finding, html: ReturnType<typeof htmlBlockSpans>): Finding {
  const writesInside = (fix: Fix) => fix.edits.some((edit) => writesInsideHtml(html, edit.start, edit.end));
  const { fix, suggestions, ...rest } = finding;
  const keptFix = fix && !writesInside(fix) ? fix : undefined;
  const keptSuggestions = suggestions?.filter((suggestion) => !writesInside(suggestion));
  if (keptFix === fix && keptSuggestions?.length === suggestions?.length) return finding;
  return {
    ...rest,
    ...(keptFix ? { fix: keptFix } : {}),
    ...(keptSuggestions && keptSuggestions.length > 0 ? { suggestions: keptSuggestions } : {}),
  };
}

/** Parses and lints a postmortem's text. */
export function lintText(
  text: string,
  config: PostmortemConfig,
  rules: readonly Rule[] = RULES,
  workspace?: WorkspacePostmortems,
): Finding[] {
  let document: PostmortemDocument;
  try {
    document = parsePostmortem(text, { config });
  } catch (error) {
    const start = { line: 0, character: 0, offset: 0 };
    return [internalError(`The document could not be analyzed: ${errorMessage(error)}`, { start, end: start })];
  }
  return lintDocument(document, config, rules, workspace);
}

function internalError(message: string, range: Range): Finding {
  return { ruleId: INTERNAL_ERROR_RULE_ID, severity: 'error', message, range };
}

function safeSuppressionCheck(document: PostmortemDocument): (ruleId: string, line: number) => boolean {
  try {
    return suppressionCheck(document);
  } catch {
    return () => false;
  }
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
