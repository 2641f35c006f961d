import * as vscode from 'vscode';
import {
  FIX_ALL_TITLE,
  findingActions as coreFindingActions,
  findingOfDiagnostic,
  fixAllEdits,
  frontMatterText,
  type Analysis,
  type AnalyzedFinding,
} from '../core';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';
import { toWorkspaceEdit } from './convert';
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

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind): boolean =>
      !context.only || context.only.contains(kind) || kind.contains(context.only);
    const ours = wants(vscode.CodeActionKind.QuickFix)
      ? context.diagnostics.filter((diagnostic) => diagnostic.source === 'postmortem')
      : [];
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
      const finding =
        diagnostic.source === 'postmortem'
          ? findingOfDiagnostic(analysis.findings, {
              ruleId: ruleIdOf(diagnostic),
              message: diagnostic.message,
              range: diagnostic.range,
            })
          : undefined;
      if (!finding) continue;
      const assign =
        finding.ruleId === 'action-item-owner' ? assignOwnerAction(document, diagnostic, finding, analysis) : undefined;
      actions.push(...findingActions(document, diagnostic, finding, assign ? [assign] : []));
    }
    const fixAllEdit = fixAll ? fixAllAction(document, analysis.findings) : undefined;
    if (fixAllEdit) actions.push(fixAllEdit);
    return actions;
  }
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/**
 * The core's actions for the finding (`findingActions`), with `more` (actions of the rule's own) before disable and
 * documentation.
 */
function findingActions(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  finding: AnalyzedFinding,
  more: readonly vscode.CodeAction[] = [],
): vscode.CodeAction[] {
  const actions = coreFindingActions(finding).map((found): vscode.CodeAction => {
    const action = new vscode.CodeAction(found.title, vscode.CodeActionKind.QuickFix);
    if (found.kind === 'edit') {
      action.edit = toWorkspaceEdit(document, found.edits, { snippets: true });
      action.isPreferred = found.preferred;
    } else {
      action.command = { title: found.title, command: 'vscode.open', arguments: [vscode.Uri.parse(found.url)] };
    }
    action.diagnostics = [diagnostic];
    return action;
  });
  // The rule's own actions come after its fixes and before "Disable" and the documentation.
  actions.splice(actions.length - 2, 0, ...more);
  return actions;
}

/** "Assign Owner…" on an item with no owner: the Action items view's command, with the known owners to pick from. */
function assignOwnerAction(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  finding: AnalyzedFinding,
  analysis: Analysis,
): vscode.CodeAction | undefined {
  const at = finding.range.start.offset;
  const item = analysis.actionItems.find(
    (candidate) => candidate.range.start.offset <= at && at <= candidate.range.end.offset,
  );
  if (!item) return undefined;
  const action = new vscode.CodeAction('Assign Owner\u2026', vscode.CodeActionKind.QuickFix);
  const node: ActionItemNode = {
    type: 'item',
    item: indexedActionItem(document.uri, item, frontMatterText(analysis.frontMatter?.['date'])),
    owner: undefined,
  };
  action.command = { title: action.title, command: 'postmortem.assignOwner', arguments: [node] };
  action.diagnostics = [diagnostic];
  return action;
}

function fixAllAction(
  document: vscode.TextDocument,
  findings: readonly AnalyzedFinding[],
): vscode.CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document, edits);
  return action;
}
