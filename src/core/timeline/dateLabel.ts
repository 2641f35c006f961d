// The incident's date as a document without front matter gives it before its timeline: a label line
// (`Date: 2015-03-21`, `**Incident date:** March 3, 2024`, `- Date: 2026-11-02`) or a metadata table
// (`| Date | 2026-11-02 |`, or a header row `| Authors | Date | Status |` over one row of values).
import type { RootContent, Table } from 'mdast';
import { type CalendarDate, findDate } from '../model/dates';
import { plainText, startOffset } from '../model/mdastText';

interface DateLabel {
  readonly label: string;
  readonly note: string;
  readonly example: string;
}

/** Labels whose value is the day the incident happened; a due date, an update date or a publication date is not. */
const INCIDENT_DATE_LABELS: readonly DateLabel[] = [
  { label: 'date', note: "the Google template's metadata line", example: 'Date: 2015-03-21' },
  { label: 'incident date', note: 'a metadata line or table row', example: '**Incident date:** March 3, 2024' },
  { label: 'date of incident', note: 'a metadata line or table row', example: '| Date of incident | 2024-03-03 |' },
  { label: 'date of the incident', note: 'a metadata line', example: 'Date of the incident: 3 March 2024' },
  { label: 'incident day', note: 'a metadata line', example: 'Incident day: 2024-03-03' },
];

const LABELS = new Set(INCIDENT_DATE_LABELS.map((entry) => entry.label));
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z ]{1,25}?)\s*:\s*(\S.*)$/;

function isDateLabel(text: string): boolean {
  return LABELS.has(text.trim().replace(/:$/, '').trim().toLowerCase());
}

function fromLines(text: string): CalendarDate | undefined {
  for (const line of text.split('\n')) {
    const match = LABEL_LINE.exec(line);
    if (match && isDateLabel(match[1]!)) return findDate(match[2]!);
  }
  return undefined;
}

function fromTable(table: Table): CalendarDate | undefined {
  const rows = table.children.map((row) => row.children.map((cell) => plainText(cell)));
  for (const cells of rows) {
    const date = cells.length >= 2 && isDateLabel(cells[0]!) ? findDate(cells[1]!) : undefined;
    if (date) return date;
  }
  const [header, values] = rows;
  const column = rows.length === 2 ? header!.findIndex(isDateLabel) : -1;
  return column >= 0 && values![column] !== undefined ? findDate(values![column]!) : undefined;
}

/** The incident's date from a label in the blocks before `before` (an offset), if one gives a full date. */
export function labelledIncidentDate(blocks: readonly RootContent[], before: number): CalendarDate | undefined {
  for (const block of blocks) {
    if (startOffset(block) >= before) break;
    const date =
      block.type === 'table'
        ? fromTable(block)
        : block.type === 'paragraph' || block.type === 'list'
          ? fromLines(plainText(block))
          : undefined;
    if (date) return date;
  }
  return undefined;
}
