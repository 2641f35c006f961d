import type { Severity } from '../../core';
import { toLocation } from '../location';
import { repositoryPath } from './paths';
import type { Formatter } from './types';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value, where `:` and `,` delimit. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow annotations: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::message`. */
export const formatGithub: Formatter = (files, context) =>
  files
    .flatMap((file) =>
      file.findings.map((finding) => {
        const { line, column, endLine, endColumn } = toLocation(finding.range);
        const properties = [
          ['file', repositoryPath(file.absolutePath, context.cwd)],
          ['line', String(line)],
          ['col', String(column)],
          ['endLine', String(endLine)],
          ['endColumn', String(endColumn)],
          ['title', finding.ruleId],
        ];
        const list = properties.map(([key, value]) => `${key}=${escapeProperty(value!)}`).join(',');
        return `::${COMMAND[finding.severity]} ${list}::${escapeData(finding.message)}\n`;
      }),
    )
    .join('');
