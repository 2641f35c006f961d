import * as vscode from 'vscode';
import { nowEntry, SECTION_STUBS, TEMPLATE_ORDER, type Analysis } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';
import type { OwnerDirectory } from './ownerDirectory';
import type { RelatedPostmortems } from './related/relatedPostmortems';

const MILESTONES = ['started', 'detected', 'mitigated', 'resolved'] as const;
function inFrontMatter(document: vscode.TextDocument, line: number): boolean {
  if (!/^\uFEFF?---\s*$/.test(document.lineAt(0).text)) return false;
  for (let i = 1; i < Math.min(document.lineCount, 200); i++) {
    if (/^(---|\.\.\.)\s*$/.test(document.lineAt(i).text)) return line < i;
  }
  return false;
}

function items(labels: readonly string[], kind: vscode.CompletionItemKind, detail: string, range?: vscode.Range): vscode.CompletionItem[] {
  return labels.map((label, index) => {
    const item = new vscode.CompletionItem(label, kind);
    item.detail = detail;
    item.sortText = String(index).padStart(4, '0');
    if (range) item.range = range;
    return item;
  });
}

/** `pmtime`: a timeline entry stamped now, in the document's zone and its entries' time format. */
function nowEntryItem(analysis: Analysis, range: vscode.Range): vscode.CompletionItem {
  const entry = nowEntry(analysis, Date.now());
  const item = new vscode.CompletionItem('pmtime', vscode.CompletionItemKind.Snippet);
  item.detail = `Timeline entry stamped now (${entry.zone})`;
  item.documentation = `${entry.line} …`;
  item.insertText = new vscode.SnippetString().appendText(`${entry.line} `).appendTabstop(0);
  item.range = range;
  return item;
}

/**
 * Completion in postmortems: owners after `@` or `Owner:`, section headings after `#` (missing
 * required ones first), milestone markers after `[`, front-matter `status` and `severity` values,
 * the related postmortems' ids (else paths) after front-matter `related:`, best first,
 * and `pmtime` (a timeline entry stamped now) at the start of a line.
 */
export class PostmortemCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['@', '[', '#', ':'];

  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: DiagnosticsController,
    private readonly ownerDirectory: OwnerDirectory,
    private readonly related?: RelatedPostmortems,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    // Completion needs the sections and the configuration, not this keystroke's findings.
    const { analysis, config } = this.diagnostics.lastAnalysis(document) ?? (await this.service.analysisOf(document));
    if (!analysis.isPostmortem) return undefined;

    const frontMatterKey = /^(status|severity)\s*:\s*([\w-]*)$/.exec(before);
    if (frontMatterKey && inFrontMatter(document, position.line)) {
      const values = frontMatterKey[1] === 'status' ? config.statusValues : config.severityScale;
      const typed = frontMatterKey[2]!;
      return items(values, vscode.CompletionItemKind.EnumMember, `postmortem ${frontMatterKey[1]}`, new vscode.Range(position.translate(0, -typed.length), position));
    }
    const related = /^related\s*:\s*\[?((?:[^\],]*,\s*)*)([^\],\s]*)$/.exec(before);
    if (related && this.related && inFrontMatter(document, position.line)) {
      const listed = new Set(related[1]!.split(',').map((value) => value.trim()).filter(Boolean));
      const typed = related[2]!;
      const found = await this.related.relatedTo(document.uri, analysis.title, analysis.causes, 10);
      const range = new vscode.Range(position.translate(0, -typed.length), position);
      return found
        .map((match) => ({ match, value: match.id ?? vscode.workspace.asRelativePath(match.uri) }))
        .filter(({ value }) => !listed.has(value))
        .map(({ match, value }, index) => {
          const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.Reference);
          item.detail = `related: ${match.title ?? value}`;
          const first = match.matches[0];
          if (first) item.documentation = new vscode.MarkdownString().appendText(`"${first.theirs.text}"\n\nShares: ${first.shared.join(', ')}`);
          item.sortText = String(index).padStart(4, '0');
          item.range = range;
          return item;
        });
    }
    const heading = /^(#{1,6})\s+([^#]*)$/.exec(before);
    if (heading) {
      const typed = heading[2]!;
      const missing = analysis.missingSections.map((kind) => SECTION_STUBS[kind as keyof typeof SECTION_STUBS]?.title).filter((title): title is string => title !== undefined);
      const others = TEMPLATE_ORDER.map((kind) => SECTION_STUBS[kind].title).filter((title) => !missing.includes(title));
      const range = new vscode.Range(position.translate(0, -typed.length), position);
      return [...items(missing, vscode.CompletionItemKind.Module, 'required section, missing', range), ...items(others, vscode.CompletionItemKind.Module, 'postmortem section', range).map((item) => ((item.sortText = `1${item.sortText}`), item))];
    }
    const milestone = /\[([a-z]*)$/.exec(before);
    if (milestone) {
      const range = new vscode.Range(position.translate(0, -milestone[1]!.length), position);
      return items(MILESTONES.map((name) => `${name}]`), vscode.CompletionItemKind.Event, 'timeline milestone', range);
    }
    const owner = /(?:^|[\s(|,])(@[\w./-]*)$|owner:\s*(\S*)$/i.exec(before);
    if (owner) {
      const typed = owner[1] ?? owner[2] ?? '';
      const known = await this.ownerDirectory.ownersFor(document.uri, { analysis, config });
      return items(known, vscode.CompletionItemKind.User, 'owner', new vscode.Range(position.translate(0, -typed.length), position));
    }
    const lineStart = /^\s*(\w*)$/.exec(before);
    if (lineStart && !inFrontMatter(document, position.line)) return [nowEntryItem(analysis, new vscode.Range(position.translate(0, -lineStart[1]!.length), position))];
    return undefined;
  }
}
