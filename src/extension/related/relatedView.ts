// The Related Postmortems view: for the active postmortem, the others of the workspace whose causes
// say the same thing, best first, each expanding to the sentence pairs that match; a click opens the
// other postmortem at its sentence, and Add to Related writes its id into the front matter.
import * as vscode from 'vscode';
import { frontMatterList, type Analysis, type SentenceMatch, errorMessage } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { DiagnosticsController } from '../diagnostics';
import { applyAndShow } from '../views/editCommands';
import { REVEAL_COMMAND, themeIcon, workspacePath } from '../views/presentation';
import { ShownAnalysis } from '../views/shownAnalysis';
import type { ViewsApi } from '../views/index';
import { relatedValue, type RelatedInWorkspace, type RelatedPostmortems } from './relatedPostmortems';

const RELATED_VIEW_ID = 'postmortem.related';
const ADD_TO_RELATED_COMMAND = 'postmortem.addToRelated';

/** How many related postmortems the view lists. */
const SHOWN = 10;

interface RelatedPostmortemNode {
  readonly type: 'postmortem';
  readonly match: RelatedInWorkspace;
  /** The value `related:` would hold for it: its id, else its path. */
  readonly value: string;
  /** Whether the active postmortem's `related:` lists it already. */
  readonly listed: boolean;
}

interface MatchingSentenceNode {
  readonly type: 'sentence';
  readonly parent: RelatedPostmortemNode;
  readonly pair: SentenceMatch;
}

export type RelatedNode = RelatedPostmortemNode | MatchingSentenceNode;

class RelatedProvider implements vscode.TreeDataProvider<RelatedNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly shown: ShownAnalysis;
  private roots: readonly RelatedPostmortemNode[] = [];
  /** Bumped on every question, so that an answer to an older one is dropped. */
  private asked = 0;
  /** The question whose answer is shown: an older answer never replaces a newer one. */
  private answered = 0;
  private visible = false;
  /** What the view says when it lists nothing. */
  message: string | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    service: AnalysisService,
    diagnostics: DiagnosticsController,
    views: ViewsApi,
    private readonly related: RelatedPostmortems,
  ) {
    // Another document shown: its answer is on its way; an analysis of the one shown: asked again.
    this.shown = new ShownAnalysis(service, diagnostics, () => {
      if (this.shown.current?.analysis === undefined) this.roots = [];
      this.ask();
    });
    this.disposables.push(
      this.shown,
      views.onDidChangeIndex(() => this.ask()),
    );
    this.shown.followActiveEditor();
    if (!this.shown.current) this.ask();
  }

  /** The postmortem whose related ones are shown. */
  get document(): vscode.TextDocument | undefined {
    return this.shown.postmortem;
  }

  /** The view asks only while it is visible, and asks afresh when it becomes visible. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.ask();
  }

  getChildren(node?: RelatedNode): RelatedNode[] {
    if (!node) return [...this.roots];
    return node.type === 'postmortem'
      ? node.match.matches.map((pair): MatchingSentenceNode => ({ type: 'sentence', parent: node, pair }))
      : [];
  }

  getParent(node: RelatedNode): RelatedNode | undefined {
    return node.type === 'sentence' ? node.parent : undefined;
  }

  getTreeItem(node: RelatedNode): vscode.TreeItem {
    return node.type === 'postmortem' ? postmortemItem(node, this.roots.indexOf(node) + 1) : sentenceItem(node);
  }

  /** Asks the worker for the related postmortems of the current analysis; shows the answer if still wanted. */
  private ask(): void {
    const asked = ++this.asked;
    const current = this.shown.current;
    const analysis = current?.analysis;
    if (!current || !analysis?.isPostmortem || analysis.causes.length === 0) {
      this.list([], unanswered(current !== undefined, analysis));
      return;
    }
    if (!this.visible) return;
    // The first question waits for the workspace index to read every file.
    if (this.roots.length === 0) this.list([], 'Looking for postmortems whose causes say the same thing...');
    const listed = new Set(frontMatterList(analysis.frontMatter?.['related']));
    this.related.relatedTo(current.document.uri, analysis.title, analysis.causes, SHOWN).then(
      (found) => {
        // Questions come again and again while the workspace changes; an answer for the postmortem
        // still shown is shown, else no answer would land until the workspace is quiet.
        if (this.shown.current !== current || asked < this.answered) return;
        this.answered = asked;
        const nodes = found.map((match): RelatedPostmortemNode => {
          const value = relatedValue(match);
          return { type: 'postmortem', match, value, listed: listed.has(value) };
        });
        this.list(
          nodes,
          nodes.length === 0 ? 'No other postmortem in this workspace says the same about its cause.' : undefined,
        );
      },
      (error: unknown) => {
        if (this.shown.current === current && asked >= this.answered)
          this.list([], `Related postmortems could not be found: ${errorMessage(error)}`);
      },
    );
  }

  private list(nodes: readonly RelatedPostmortemNode[], message: string | undefined): void {
    this.roots = nodes;
    this.message = message;
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** What the view says when it cannot ask: nothing while the postmortem's analysis is on its way. */
function unanswered(editing: boolean, analysis: Analysis | undefined): string | undefined {
  if (editing && !analysis) return undefined;
  if (!analysis?.isPostmortem) return 'Open a postmortem to see the others whose causes say the same thing.';
  return 'This postmortem says nothing yet under Root cause, Contributing factors or Trigger to compare with others.';
}

function postmortemItem(node: RelatedPostmortemNode, rank: number): vscode.TreeItem {
  const { match } = node;
  const title = match.title ?? workspacePath(match.uri);
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Collapsed);
  const shared = [...new Set(match.matches.flatMap((pair) => pair.shared))];
  item.description = [node.listed ? 'in related:' : undefined, match.id, shared.slice(0, 4).join(', ')]
    .filter(Boolean)
    .join(' \u00b7 ');
  item.iconPath = themeIcon(node.listed ? 'link' : 'references');
  item.contextValue = node.listed ? 'relatedPostmortem.listed' : 'relatedPostmortem';
  item.tooltip = `${rank}. ${title}\n${workspacePath(match.uri)}\nTheir causes share: ${shared.join(', ')}`;
  const listed = node.listed ? ', listed in related' : '';
  item.accessibilityInformation = {
    label: `Related postmortem ${rank}: ${title}${listed}, sharing ${shared.join(', ')}`,
  };
  const first = match.matches[0];
  if (first) item.command = revealSentence(match.uri, first.theirs.line);
  item.id = `related:${match.key}`;
  return item;
}

function sentenceItem(node: MatchingSentenceNode): vscode.TreeItem {
  const { pair, parent } = node;
  const item = new vscode.TreeItem(pair.theirs.text, vscode.TreeItemCollapsibleState.None);
  item.description = pair.shared.join(', ');
  item.iconPath = themeIcon('quote');
  item.contextValue = 'relatedSentence';
  item.tooltip = new vscode.MarkdownString()
    .appendMarkdown(`**Theirs**, line ${pair.theirs.line + 1}: `)
    .appendText(pair.theirs.text)
    .appendMarkdown(`\n\n**Ours**, line ${pair.ours.line + 1}: `)
    .appendText(pair.ours.text)
    .appendMarkdown('\n\n**Both say**: ')
    .appendText(pair.shared.join(', '));
  item.command = revealSentence(parent.match.uri, pair.theirs.line);
  item.id = `related:${parent.match.key}#${pair.theirs.line}:${pair.ours.line}`;
  return item;
}

function revealSentence(uri: vscode.Uri, line: number): vscode.Command {
  return {
    title: 'Open at the Sentence',
    command: REVEAL_COMMAND,
    arguments: [uri, new vscode.Range(line, 0, line, 0)],
  };
}

/** Adds the postmortem of the view's item to the active postmortem's `related:` list. */
async function addToRelated(
  service: AnalysisService,
  provider: RelatedProvider,
  node: RelatedNode | undefined,
): Promise<boolean> {
  const document = provider.document;
  const target = node?.type === 'sentence' ? node.parent : node;
  if (!document || !target) return false;
  for (let attempt = 0; attempt < 2; attempt++) {
    const version = document.version;
    const result = await service.editsOf(document, { addRelated: target.value });
    if ('refused' in result) {
      void vscode.window.showWarningMessage(result.refused);
      return false;
    }
    const edit = result.edits[0];
    if (!edit) return true;
    if (await applyAndShow(document, version, edit)) return true;
  }
  void vscode.window.showWarningMessage('The postmortem changed while its related: list was edited; try again.');
  return false;
}

/** What the view exposes on the extension's API, for integration tests and the benchmark. */
export interface RelatedViewApi {
  readonly provider: vscode.TreeDataProvider<RelatedNode>;
  /** The postmortem whose related ones the view shows. */
  document(): vscode.TextDocument | undefined;
  /** Milliseconds the worker spent on the last related question. */
  lastWorkerMs(): number;
}

export function registerRelatedView(
  service: AnalysisService,
  diagnostics: DiagnosticsController,
  views: ViewsApi,
  related: RelatedPostmortems,
): { disposable: vscode.Disposable; api: RelatedViewApi } {
  const provider = new RelatedProvider(service, diagnostics, views, related);
  const view = vscode.window.createTreeView(RELATED_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.setVisible(view.visible);
  const disposable = vscode.Disposable.from(
    provider,
    view,
    view.onDidChangeVisibility(({ visible }) => provider.setVisible(visible)),
    provider.onDidChangeTreeData(() => {
      view.message = provider.message;
      view.description = provider.document && workspacePath(provider.document.uri);
    }),
    vscode.commands.registerCommand(ADD_TO_RELATED_COMMAND, (node?: RelatedNode) =>
      addToRelated(service, provider, node),
    ),
  );
  return {
    disposable,
    api: { provider, document: () => provider.document, lastWorkerMs: () => related.lastWorkerMs },
  };
}
