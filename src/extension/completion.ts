import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import { SECTION_STUBS, TEMPLATE_ORDER } from '../core/edits/insertSection';
import { ownersFromCodeowners } from '../core/owners';
import { nowEntry } from '../core/timeline/now';
import type { AnalysisService } from './analysis/analysisService';
import type { DiagnosticsController } from './diagnostics';

const MILESTONES = ['started', 'detected', 'mitigated', 'resolved'] as const;
const CODEOWNERS_GLOB = '{CODEOWNERS,.github/CODEOWNERS,docs/CODEOWNERS}';

/** Owners known in the workspace: CODEOWNERS files and the owners of action items already written. */
export class OwnerDirectory implements vscode.Disposable {
  private readonly fromDocuments = new Map<string, readonly string[]>();
  private fromCodeowners: Promise<string[]> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(diagnostics: DiagnosticsController) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CODEOWNERS_GLOB}`);
    const reset = (): void => (this.fromCodeowners = undefined);
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      diagnostics.onDidAnalyze(({ document, result }) => {
        this.fromDocuments.set(document.uri.toString(), result.analysis.actionItems.flatMap((item) => item.owners));
      }),
    );
  }

  /** Records owners found elsewhere (the workspace's other postmortems). */
  add(source: string, owners: readonly string[]): void {
    this.fromDocuments.set(source, owners);
  }

  async owners(): Promise<string[]> {
    this.fromCodeowners ??= readCodeowners();
    return [...(await this.fromCodeowners), ...[...this.fromDocuments.values()].flat()];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

async function readCodeowners(): Promise<string[]> {
  const files = await vscode.workspace.findFiles(CODEOWNERS_GLOB, undefined, 10);
  const owners: string[] = [];
  for (const file of files) {
    try {
      owners.push(...ownersFromCodeowners(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))));
    } catch {
      // an unreadable CODEOWNERS offers nothing
    }
  }
  return owners;
}

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
 * and `pmtime` (a timeline entry stamped now) at the start of a line.
 */
export class PostmortemCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['@', '[', '#', ':'];

  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: DiagnosticsController,
    private readonly ownerDirectory: OwnerDirectory,
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
      const known = [...new Set([...config.owners, ...(await this.ownerDirectory.owners())])].filter((name) => name.length > 0);
      return items(known, vscode.CompletionItemKind.User, 'owner', new vscode.Range(position.translate(0, -typed.length), position));
    }
    const lineStart = /^\s*(\w*)$/.exec(before);
    if (lineStart && !inFrontMatter(document, position.line)) return [nowEntryItem(analysis, new vscode.Range(position.translate(0, -lineStart[1]!.length), position))];
    return undefined;
  }
}
