// What the workspace index keeps of one postmortem: only what the Action items and Postmortems
// views show, so that thousands of them stay small.
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../analysis/analysisService';
import { diagnosticsFor } from '../diagnostics';
import { readSettings } from '../settings';
import { fileName } from './presentation';

export interface ProblemCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface IndexedActionItem {
  readonly uri: vscode.Uri;
  /** 0-based line of the item's first line. */
  readonly line: number;
  readonly text: string;
  readonly owners: readonly string[];
  readonly due: string | undefined;
  readonly status: 'open' | 'done';
}

export interface IndexedPostmortem {
  readonly uri: vscode.Uri;
  readonly title: string;
  readonly id: string | undefined;
  readonly date: string | undefined;
  readonly severity: string | undefined;
  readonly status: string | undefined;
  readonly problems: ProblemCounts;
  readonly actionItems: readonly IndexedActionItem[];
  /** The status values the postmortem's configuration allows. */
  readonly statusValues: readonly string[];
}

/** A front-matter value as one line of text, if it is a plain value. */
function frontMatterText(frontMatter: Readonly<Record<string, unknown>> | undefined, key: string): string | undefined {
  const value = frontMatter?.[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text.slice(0, 200);
}

/** The problems a person sees for the document: the user's own severity overrides applied. */
function problemCounts(uri: vscode.Uri, result: DocumentAnalysis): ProblemCounts {
  const settings = readSettings(uri);
  const counts = { error: 0, warning: 0, info: 0 };
  if (!settings.enable) return counts;
  for (const diagnostic of diagnosticsFor(result.analysis.findings, settings.rules)) {
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else counts.info++;
  }
  return counts;
}

export function totalProblems(counts: ProblemCounts): number {
  return counts.error + counts.warning + counts.info;
}

/** The index entry for an analyzed file, or undefined when it is not a postmortem. */
export function indexEntry(uri: vscode.Uri, result: DocumentAnalysis): IndexedPostmortem | undefined {
  const { analysis } = result;
  if (!analysis.isPostmortem) return undefined;
  return {
    uri,
    title: analysis.title?.trim() || fileName(uri),
    id: frontMatterText(analysis.frontMatter, 'id'),
    date: frontMatterText(analysis.frontMatter, 'date'),
    severity: frontMatterText(analysis.frontMatter, 'severity'),
    status: frontMatterText(analysis.frontMatter, 'status'),
    problems: problemCounts(uri, result),
    actionItems: analysis.actionItems.map((item) => ({
      uri,
      line: item.range.start.line,
      text: item.text,
      owners: item.owners,
      due: item.due,
      status: item.status,
    })),
    statusValues: result.config.statusValues,
  };
}
