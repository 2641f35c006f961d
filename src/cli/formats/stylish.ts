import type { Severity } from '../../core';
import type { Formatter } from './types';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue' };
const SEVERITY_WIDTH = Math.max(...Object.keys(SEVERITY_STYLE).map((severity) => severity.length));
const INDENT = '  ';
const GAP = '  ';
/** Below this, a message column would hold a word or two a line; lines run past a narrow terminal instead. */
export const MIN_MESSAGE_WIDTH = 30;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Words of `text` in lines of at most `width` characters; a longer word gets a line of its own. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Human-readable output, grouped by file, in the style of ESLint's `stylish`. Messages wrap to the
 * terminal's width, continuing under the message column, so that a long message neither widens every
 * line nor runs past the terminal; the rule ids stay aligned after the widest (wrapped) message.
 */
export const formatStylish: Formatter = (files, context) => {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let output = '';
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const positions = file.findings.map(({ range: { start } }) => `${start.line + 1}:${start.character + 1}`);
    const positionWidth = Math.max(...positions.map((position) => position.length));
    const ruleWidth = Math.max(...file.findings.map((finding) => finding.ruleId.length));
    const messageIndent = INDENT.length + positionWidth + GAP.length + SEVERITY_WIDTH + GAP.length;
    const available = Math.max(MIN_MESSAGE_WIDTH, context.columns - messageIndent - GAP.length - ruleWidth);
    const messages = file.findings.map((finding) => wrapWords(finding.message, available));
    const messageWidth = Math.max(...messages.flat().map((line) => line.length));
    output += `\n${paint('underline', file.path)}\n`;
    file.findings.forEach((finding, i) => {
      counts[finding.severity]++;
      const [first = '', ...rest] = messages[i]!;
      const position = paint('gray', positions[i]!.padEnd(positionWidth));
      const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(SEVERITY_WIDTH));
      const ruleId = paint('gray', finding.ruleId);
      output += `${INDENT}${position}${GAP}${severity}${GAP}${first.padEnd(messageWidth)}${GAP}${ruleId}\n`;
      for (const line of rest) output += `${' '.repeat(messageIndent)}${line}\n`;
    });
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const summary =
    `\u2716 ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ` +
    `${plural(counts.warning, 'warning')}, ${counts.info} info)`;
  return `${output}\n${paint(counts.error > 0 ? 'red' : 'yellow', paint('bold', summary))}\n`;
};
