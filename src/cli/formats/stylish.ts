import type { Severity } from '../../core/rules/types';
import type { Formatter } from './types';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Human-readable output, grouped by file, in the style of ESLint's `stylish`. */
export const formatStylish: Formatter = (files, context) => {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let output = '';
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((finding) => {
      counts[finding.severity]++;
      return [`${finding.range.start.line + 1}:${finding.range.start.character + 1}`, finding.severity, finding.message.replace(/\s*\n\s*/g, ' '), finding.ruleId] as const;
    });
    const positionWidth = Math.max(...rows.map((row) => row[0].length));
    const messageWidth = Math.max(...rows.map((row) => row[2].length));
    output += `\n${paint('underline', file.path)}\n`;
    for (const [position, severity, message, ruleId] of rows) {
      output += `  ${paint('gray', position.padEnd(positionWidth))}  ${paint(SEVERITY_STYLE[severity], severity.padEnd(7))}  ${message.padEnd(messageWidth)}  ${paint('gray', ruleId)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`;
  return `${output}\n${paint(counts.error > 0 ? 'red' : 'yellow', paint('bold', summary))}\n`;
};
