import * as vscode from 'vscode';
import { completionsAt, type Analysis, type CompletionKind, type RelatedChoice } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';
import type { OwnerDirectory } from './ownerDirectory';
import { relatedValue, type RelatedPostmortems } from './related/relatedPostmortems';

const KINDS: Readonly<Record<CompletionKind, vscode.CompletionItemKind>> = {
  value: vscode.CompletionItemKind.EnumMember,
  section: vscode.CompletionItemKind.Module,
  milestone: vscode.CompletionItemKind.Event,
  owner: vscode.CompletionItemKind.User,
  snippet: vscode.CompletionItemKind.Snippet,
  reference: vscode.CompletionItemKind.Reference,
};

/**
 * The core's completions (`completionsAt`): owners, section headings, milestones, front-matter
 * values, `pmtime`, and in front-matter `related:` the related postmortems of the workspace.
 */
export class PostmortemCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['@', '[', '#', ':'];

  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: DiagnosticsController,
    private readonly ownerDirectory: OwnerDirectory,
    private readonly related?: RelatedPostmortems,
  ) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): Promise<vscode.CompletionItem[] | undefined> {
    // Completion needs the sections and the configuration, not this keystroke's findings.
    const { analysis, config } = this.diagnostics.lastAnalysis(document) ?? (await this.service.analysisOf(document));
    const completions = await completionsAt({
      lines: { lineCount: document.lineCount, lineText: (line) => document.lineAt(line).text },
      line: position.line,
      character: position.character,
      analysis,
      config,
      owners: () => this.ownerDirectory.ownersFor(document.uri, { analysis, config }),
      related: this.related && (() => this.relatedChoices(document, analysis)),
      now: Date.now(),
    });
    if (!completions) return undefined;
    const range = new vscode.Range(position.with({ character: completions.replaceFrom }), position);
    return completions.items.map((completion) => {
      const item = new vscode.CompletionItem(completion.label, KINDS[completion.kind]);
      item.detail = completion.detail;
      if (completion.documentation !== undefined) item.documentation = completion.documentation;
      if (completion.sortText !== undefined) item.sortText = completion.sortText;
      if (completion.snippet !== undefined) item.insertText = new vscode.SnippetString(completion.snippet);
      item.range = range;
      return item;
    });
  }

  private async relatedChoices(document: vscode.TextDocument, analysis: Analysis): Promise<RelatedChoice[]> {
    const found = await this.related!.relatedTo(document.uri, analysis.title, analysis.causes, 10);
    return found.map((match) => {
      const value = relatedValue(match);
      const first = match.matches[0];
      return {
        value,
        title: match.title ?? value,
        documentation: first && `"${first.theirs.text}"\n\nShares: ${first.shared.join(', ')}`,
      };
    });
  }
}
