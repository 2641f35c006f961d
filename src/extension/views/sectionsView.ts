import * as vscode from 'vscode';
import { findingsWithin, sectionKindTitle, shownSeverity, type Analysis, type Severity } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import { toRange } from '../convert';
import type { DiagnosticsController } from '../diagnostics';
import { readSettings } from '../settings';
import type { ProblemCounts } from '../workspace/indexedPostmortem';
import { REVEAL_COMMAND, countOf, themeIcon } from './presentation';
import { ShownAnalysis } from './shownAnalysis';
import { sectionOutline, type MissingSectionNode, type OutlineNode, type PresentSectionNode } from './sectionOutline';

export type SectionNode = OutlineNode;

/**
 * The sections of the active postmortem: each with its kind, its state (present, empty, required
 * but missing) and its problem count. Follows the active editor and every analysis of its document.
 */
export class SectionsProvider implements vscode.TreeDataProvider<SectionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly shown: ShownAnalysis;
  private roots: readonly SectionNode[] = [];
  /** The problems of each section shown by severity, by the offset of its heading. */
  private problemsBySection = new Map<number, ProblemCounts>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(service: AnalysisService, diagnostics: DiagnosticsController) {
    this.shown = new ShownAnalysis(service, diagnostics, () => this.show(this.shown.current?.analysis));
    this.disposables.push(this.shown);
    this.shown.followActiveEditor();
  }

  /** The postmortem shown, if any. */
  get document(): vscode.TextDocument | undefined {
    return this.shown.postmortem;
  }

  /** The required sections the postmortem shown lacks. */
  get missingSections(): readonly MissingSectionNode[] {
    return this.roots.filter((node): node is MissingSectionNode => node.type === 'missing');
  }

  getChildren(node?: SectionNode): SectionNode[] {
    if (!node) return [...this.roots];
    return node.type === 'section' ? [...node.children] : [];
  }

  getTreeItem(node: SectionNode): vscode.TreeItem {
    return node.type === 'section' ? this.presentItem(node) : missingItem(node);
  }

  private presentItem(node: PresentSectionNode): vscode.TreeItem {
    const { section } = node;
    const kindName = section.kind === 'other' ? undefined : sectionKindTitle(section.kind);
    const state = section.empty ? 'empty' : 'present';
    const problems = section.problems > 0 ? countOf(section.problems, 'problem') : undefined;
    const counts = this.problemsBySection.get(section.headingRange.start.offset);
    const worst = counts && SEVERITIES.find((severity) => counts[severity] > 0);
    const item = new vscode.TreeItem(
      section.title || '(untitled)',
      node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    const sameName = kindName?.toLowerCase() === section.title.trim().toLowerCase();
    item.description = [sameName ? undefined : kindName, section.empty ? 'empty' : undefined, problems]
      .filter(Boolean)
      .join(' \u00b7 ');
    item.iconPath = section.empty
      ? themeIcon('circle-slash', 'warning')
      : worst
        ? themeIcon(worst, worst)
        : themeIcon('pass', 'passed');
    item.contextValue = 'section';
    const summary = [
      section.title,
      kindName ? `${kindName} section` : 'Section',
      state,
      counts && worst ? problemsBySeverity(counts) : 'no problems',
    ].join(', ');
    item.tooltip = `${summary}\nLine ${section.headingRange.start.line + 1}`;
    item.accessibilityInformation = { label: summary };
    const uri = this.shown.current?.document.uri;
    if (uri)
      item.command = {
        title: 'Go to Section',
        command: REVEAL_COMMAND,
        arguments: [uri, toRange(section.headingRange)],
      };
    item.id = `${uri?.toString()}#${section.headingRange.start.offset}`;
    return item;
  }

  /** The sections of the analysis of the document shown; none while it is on its way, or when none is shown. */
  private show(analysis: Analysis | undefined): void {
    const document = this.shown.current?.document;
    if (!document || !analysis) {
      this.roots = [];
      this.changed.fire();
      return;
    }
    // The problems a person sees: their own settings may turn rules off.
    const { rules } = readSettings(document.uri);
    const shown = analysis.findings.filter((finding) => shownSeverity(finding, rules) !== undefined);
    const sections =
      shown.length === analysis.findings.length
        ? analysis.sections
        : analysis.sections.map((section) => ({ ...section, problems: findingsWithin(section.range, shown) }));
    const ofSeverity = (severity: Severity) => shown.filter((finding) => shownSeverity(finding, rules) === severity);
    const errors = ofSeverity('error');
    const warnings = ofSeverity('warning');
    const infos = ofSeverity('info');
    this.problemsBySection = new Map(
      sections.map((section) => [
        section.headingRange.start.offset,
        {
          error: findingsWithin(section.range, errors),
          warning: findingsWithin(section.range, warnings),
          info: findingsWithin(section.range, infos),
        },
      ]),
    );
    this.roots = analysis.isPostmortem ? sectionOutline({ sections, missingSections: analysis.missingSections }) : [];
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Worst first, as the icon shows the worst. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** `2 errors, 1 warning`: the severities a section has problems of. */
function problemsBySeverity(counts: ProblemCounts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => (severity === 'info' ? `${counts.info} info` : countOf(counts[severity], severity)))
    .join(', ');
}

function missingItem(node: MissingSectionNode): vscode.TreeItem {
  const name = sectionKindTitle(node.kind);
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
  item.description = 'required, missing';
  item.iconPath = themeIcon('circle-outline', 'error');
  item.contextValue = 'missingSection';
  item.tooltip = `${name}: a required section this postmortem lacks. Insert it from the template with Insert Section.`;
  item.accessibilityInformation = { label: `${name} section, required, missing` };
  item.id = `missing:${node.kind}`;
  return item;
}
