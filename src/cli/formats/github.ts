import type { Severity } from '../../core';
import { toLocation, type Location } from '../location';
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

/** Where an annotation points: a file, and 1-based positions in it. */
interface AnnotatedPlace extends Location {
  readonly file: string;
}

/** One workflow annotation: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=TITLE::message`. */
export function annotation(severity: Severity, place: AnnotatedPlace, title: string, message: string): string {
  const properties = [
    ['file', place.file],
    ['line', String(place.line)],
    ['col', String(place.column)],
    ['endLine', String(place.endLine)],
    ['endColumn', String(place.endColumn)],
    ['title', title],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(value!)}`).join(',');
  return `::${COMMAND[severity]} ${list}::${escapeData(message)}\n`;
}

/** GitHub Actions workflow annotations, one per finding, titled with its rule. */
export const formatGithub: Formatter = (files, context) =>
  files
    .flatMap((file) =>
      file.findings.map((finding) =>
        annotation(
          finding.severity,
          { file: repositoryPath(file.absolutePath, context.cwd), ...toLocation(finding.range) },
          finding.ruleId,
          finding.message,
        ),
      ),
    )
    .join('');
