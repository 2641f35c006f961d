// What the workspace index keeps of one postmortem: only what the Action items and Postmortems
// views and Show Metrics use, so that thousands of them stay small.
import type * as vscode from 'vscode';
import {
  daysBetween,
  frontMatterList,
  postmortemFacts,
  shownSeverity,
  type AnalyzedActionItem,
  type PostmortemFacts,
} from '../../core';
import type { DocumentAnalysis } from '../analysis/analysisService';
import { readSettings } from '../settings';

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
  /** When a done item was done, as its text says. */
  readonly completedOn: string | undefined;
  /** The teams of its owners, from the configuration. */
  readonly teams: readonly string[];
  /** Days from the incident to the item's completion, when both dates are known. */
  readonly daysToDone: number | undefined;
}

/** The facts `workspaceMetrics` reads, so that Show Metrics takes index entries as they are. */
export interface IndexedPostmortem extends PostmortemFacts {
  readonly uri: vscode.Uri;
  /** The title, or the file's name when the postmortem has none. */
  readonly title: string;
  readonly problems: ProblemCounts;
  readonly actionItems: readonly IndexedActionItem[];
  /** The status values the postmortem's configuration allows. */
  readonly statusValues: readonly string[];
  /** Its front matter's `related:` entries. */
  readonly related: readonly string[];
  /** Its front matter cannot be read, so its `related:` entries are not known. */
  readonly relatedUnread: boolean;
}

/** The problems a person sees for the document: the user's own severity overrides applied. */
function problemCounts(uri: vscode.Uri, result: DocumentAnalysis): ProblemCounts {
  const settings = readSettings(uri);
  const counts = { error: 0, warning: 0, info: 0 };
  if (!settings.enable) return counts;
  for (const finding of result.analysis.findings) {
    const severity = shownSeverity(finding, settings.rules);
    if (severity) counts[severity]++;
  }
  return counts;
}

export function totalProblems(counts: ProblemCounts): number {
  return counts.error + counts.warning + counts.info;
}

/** What the views and the commands on an item keep of an action item of the document at `uri`. */
export function indexedActionItem(
  uri: vscode.Uri,
  item: AnalyzedActionItem,
  incidentDate: string | undefined,
): IndexedActionItem {
  const { text, owners, due, status, completedOn, teams } = item;
  return {
    uri,
    line: item.range.start.line,
    text,
    owners,
    due,
    status,
    completedOn,
    teams,
    daysToDone: daysBetween(incidentDate, completedOn),
  };
}

/** The index entry for an analyzed file, or undefined when it is not a postmortem. */
export function indexEntry(uri: vscode.Uri, result: DocumentAnalysis): IndexedPostmortem | undefined {
  const { analysis } = result;
  if (!analysis.isPostmortem) return undefined;
  const facts = postmortemFacts(analysis);
  return {
    ...facts,
    uri,
    title: facts.title?.trim() || fileName(uri),
    problems: problemCounts(uri, result),
    actionItems: analysis.actionItems.map((item) => indexedActionItem(uri, item, facts.date)),
    statusValues: result.config.statusValues,
    related: frontMatterList(analysis.frontMatter?.['related']),
    relatedUnread: analysis.frontMatterUnread,
  };
}

/** The last segment of the file's path, for titles and descriptions. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
