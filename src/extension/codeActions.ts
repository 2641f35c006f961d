import * as vscode from 'vscode';
import { frontMatterText, ruleDocsUrl, type Analysis, type AnalyzedFinding, type TextEdit } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';
import { diagnosticMatches, toWorkspaceEdit } from './convert';
import type { ActionItemNode } from './views/actionItemsView';
import { indexedActionItem } from './workspace/indexedPostmortem';

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
      if (!finding) continue;
      const assign = finding.ruleId === 'action-item-owner' ? assignOwnerAction(document, diagnostic, finding, analysis) : undefined;
      actions.push(...findingActions(document, diagnostic, finding, assign ? [assign] : []));
    }
    const fixAllEdit = fixAll ? fixAllAction(document, analysis.findings) : undefined;
    if (fixAllEdit) actions.push(fixAllEdit);
    return actions;
  }
}

/** The finding's fix and suggestions, then `more` (actions of the rule's own), then disable and documentation. */
function findingActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: AnalyzedFinding, more: readonly vscode.CodeAction[] = []): vscode.CodeAction[] {
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
  actions.push(...more);
  actions.push(editAction(finding.disable.title, finding.disable.edits, false));
  const docs = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
  docs.command = { title: docs.title, command: 'vscode.open', arguments: [vscode.Uri.parse(ruleDocsUrl(finding.ruleId))] };
  docs.diagnostics = [diagnostic];
  actions.push(docs);
  return actions;
}

/** "Assign Owner…" on an item with no owner: the Action items view's command, with the known owners to pick from. */
function assignOwnerAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: AnalyzedFinding, analysis: Analysis): vscode.CodeAction | undefined {
  const at = finding.range.start.offset;
  const item = analysis.actionItems.find((candidate) => candidate.range.start.offset <= at && at <= candidate.range.end.offset);
  if (!item) return undefined;
  const action = new vscode.CodeAction('Assign Owner\u2026', vscode.CodeActionKind.QuickFix);
  const node: ActionItemNode = { type: 'item', item: indexedActionItem(document.uri, item, frontMatterText(analysis.frontMatter?.['date'])), owner: undefined };
  action.command = { title: action.title, command: 'postmortem.assignOwner', arguments: [node] };
  action.diagnostics = [diagnostic];
  return action;
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
