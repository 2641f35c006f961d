// `postmortem export-actions`: one row per action item, as a tracker's CSV or JSON import takes it.
import type { Analysis } from './analysis/analyze';
import { frontMatterText } from './metrics';

export interface ActionItemRow {
  /** The item's words: the summary. */
  readonly summary: string;
  /** Owners as written, separated by `, `. */
  readonly owners: string;
  readonly teams: string;
  readonly due: string;
  readonly priority: string;
  readonly type: string;
  readonly status: 'open' | 'done';
  readonly completedOn: string;
  /** Links and references already written in the item, separated by blanks. */
  readonly links: string;
  readonly postmortemPath: string;
  readonly postmortemId: string;
  readonly postmortemTitle: string;
  /** 1-based line of the item's first line. */
  readonly line: number;
}

const ROW_COLUMNS: readonly (keyof ActionItemRow)[] = [
  'summary',
  'owners',
  'teams',
  'due',
  'priority',
  'type',
  'status',
  'completedOn',
  'links',
  'postmortemPath',
  'postmortemId',
  'postmortemTitle',
  'line',
];

/** The rows of one postmortem's items, in document order. */
export function actionItemRows(
  path: string,
  analysis: Pick<Analysis, 'actionItems' | 'frontMatter' | 'title'>,
): ActionItemRow[] {
  return analysis.actionItems.map((item) => ({
    summary: item.text,
    owners: item.owners.join(', '),
    teams: item.teams.join(', '),
    due: item.due ?? '',
    priority: item.priority ?? '',
    type: item.type ?? '',
    status: item.status,
    completedOn: item.completedOn ?? '',
    links: item.links.join(' '),
    postmortemPath: path,
    postmortemId: frontMatterText(analysis.frontMatter?.['id']) ?? '',
    postmortemTitle: analysis.title?.trim() ?? '',
    line: item.range.start.line + 1,
  }));
}

/**
 * A cell as RFC 4180 writes it (quoted when it holds a comma, quote or line break), made safe for
 * spreadsheets: text that would start a formula (`=`, `+`, `-`, `@` not followed by a handle, a tab
 * or carriage return) gets a leading `'`, so that opening the file runs nothing.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-\t\r]/.test(text) && !/^-?\d+(?:\.\d+)?$/.test(text)) text = `'${text}`;
  else if (/^@/.test(text) && !/^@[\w.-]+(?:\/[\w.-]+)?(?:, @?[\w. /-]+)*$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV: a header of the column names, then one line per row, CRLF-ended as RFC 4180 says. */
export function rowsAsCsv(rows: readonly ActionItemRow[]): string {
  return [ROW_COLUMNS.join(','), ...rows.map((row) => ROW_COLUMNS.map((column) => csvCell(row[column])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}
