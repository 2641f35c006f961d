import * as vscode from 'vscode';
import type { AnalyzedFinding } from '../core/analysis';
import type { TextEdit } from '../core/model/types';
import { ruleDocsUrl } from '../core/rules/docs';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';
import { diagnosticMatches, toWorkspaceEdit } from './convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('postmortem');

/**
 * Quick fixes for postmortem diagnostics: the finding's fix (preferred), its other rephrasings,
 * "Disable RULE for this line" and "Show documentation for RULE"; and a fix-all source action.
 */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const ours = wants(vscode.CodeActionKind.QuickFix) ? context.diagnostics.filter((diagnostic) => diagnostic.source === 'postmortem') : [];
    const fixAll = wants(FIX_ALL_KIND);
    if (ours.length === 0 && !fixAll) return [];
    // The light bulb asks on every cursor move: answer from the analysis already shown, and
    // analyze afresh only when a person asked (Ctrl+.) or for fix-all.
    const version = document.version;
    const current = this.diagnostics.currentAnalysis(document);
    if (!current && context.triggerKind === vscode.CodeActionTriggerKind.Automatic && !fixAll) return [];
    const { analysis } = current ?? (await this.service.analysisOf(document));
    if (document.version !== version || !analysis.isPostmortem) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = analysis.findings.find((candidate) => diagnosticMatches(diagnostic, candidate));
      if (finding) actions.push(...findingActions(document, diagnostic, finding));
    }
    const fixAllEdit = fixAll ? fixAllAction(document, analysis.findings) : undefined;
    if (fixAllEdit) actions.push(fixAllEdit);
    return actions;
  }
}

function findingActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: AnalyzedFinding): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const editAction = (title: string, edits: readonly TextEdit[], preferred: boolean): vscode.CodeAction => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, edits, { snippets: true });
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    return action;
  };
  if (finding.fix) actions.push(editAction(finding.fix.title, finding.fix.edits, true));
  for (const suggestion of finding.suggestions ?? []) actions.push(editAction(suggestion.title, suggestion.edits, false));
  actions.push(editAction(finding.disable.title, finding.disable.edits, false));
  const docs = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
  docs.command = { title: docs.title, command: 'vscode.open', arguments: [vscode.Uri.parse(ruleDocsUrl(finding.ruleId))] };
  docs.diagnostics = [diagnostic];
  actions.push(docs);
  return actions;
}

/** Every finding's preferred fix whose edits do not overlap an earlier one's. */
export function fixAllEdits(findings: readonly AnalyzedFinding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits ?? [];
    const overlaps = edits.some((edit) => chosen.some((taken) => (edit.start < taken.end && taken.start < edit.end) || edit.start === taken.start));
    if (edits.length > 0 && !overlaps) chosen.push(...edits);
  }
  return chosen;
}

function fixAllAction(document: vscode.TextDocument, findings: readonly AnalyzedFinding[]): vscode.CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all auto-fixable postmortem problems', FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document, edits);
  return action;
}
