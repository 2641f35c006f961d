import { resolve } from 'node:path';
import { humanDuration, isoDuration, isoInstant, parsePostmortem, type Metrics, type PostmortemDocument } from '../core';
import type { Command } from './args';
import { ConfigResolver } from './config';
import { describeError, type CliIo } from './io';
import { lastLine } from './location';
import { readSource } from './source';

type InspectCommand = Extract<Command, { name: 'inspect' }>;
type MetricName = keyof Metrics;

/** What `inspect --format json` prints; other tools read it, so the field names stay. */
export interface InspectReport {
  readonly path: string;
  readonly isPostmortem: boolean;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly sections: readonly { kind: string; title: string; level: number; line: number; endLine: number }[];
  readonly timeline: readonly {
    line: number;
    text: string;
    time: string;
    instant: string | null;
    error: string | null;
    doubt: { kind: string; message: string } | null;
    milestone: string | null;
  }[];
  readonly actionItems: readonly { line: number; text: string; owners: readonly string[]; due: string | null; status: string; links: readonly string[] }[];
  readonly metrics: Readonly<Record<MetricName, string | null>>;
}

const METRICS: readonly [MetricName, string][] = [
  ['timeToDetect', 'time to detect'],
  ['timeToMitigate', 'time to mitigate'],
  ['timeToResolve', 'time to resolve'],
];

export function inspectReport(path: string, document: PostmortemDocument, isPostmortem: boolean): InspectReport {
  const metric = (name: MetricName) => {
    const value = document.metrics[name];
    return value === undefined ? null : isoDuration(value);
  };
  return {
    path,
    isPostmortem,
    frontMatter: document.frontMatter?.data ?? {},
    sections: document.sections.map((section) => ({
      kind: section.kind,
      title: section.title,
      level: section.level,
      line: section.headingRange.start.line + 1,
      endLine: lastLine(section.range),
    })),
    timeline: document.timeline.map((entry) => ({
      line: entry.range.start.line + 1,
      text: entry.description,
      time: entry.timeText,
      instant: entry.instant === undefined ? null : (isoInstant(entry.instant) ?? null),
      error: entry.instant === undefined ? (entry.error ?? entry.invalid ?? null) : null,
      doubt: entry.doubt ? { kind: entry.doubt.kind, message: entry.doubt.message } : null,
      milestone: entry.milestone ?? null,
    })),
    actionItems: document.actionItems.map((item) => ({
      line: item.range.start.line + 1,
      text: item.text,
      owners: item.owners,
      due: item.due ?? null,
      status: item.status,
      links: item.links,
    })),
    metrics: Object.fromEntries(METRICS.map(([name]) => [name, metric(name)])) as Record<MetricName, string | null>,
  };
}

/** `postmortem inspect FILE`: prints what the tool understood; 2 when the file cannot be read. */
export function runInspect(command: InspectCommand, io: CliIo): number {
  const configs = ConfigResolver.create(io, command.config);
  if (!configs) return 2;
  const source = readSource(command.file, resolve(io.cwd, command.file), configs, io);
  if (!source) return 2;
  let document: PostmortemDocument;
  try {
    document = parsePostmortem(source.text, { config: source.config });
  } catch (error) {
    io.err(`postmortem: cannot analyze ${command.file}: ${describeError(error)}\n`);
    return 2;
  }
  const report = inspectReport(command.file, document, source.isPostmortem);
  io.out(command.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report, document.metrics));
  return configs.hasErrors ? 2 : 0;
}

function describeReport(report: InspectReport, metrics: Metrics): string {
  const lines = [`${report.path}: ${report.isPostmortem ? 'a postmortem' : 'not a postmortem (by its name, folder or front matter)'}`];
  const fields = Object.entries(report.frontMatter);
  if (fields.length > 0) lines.push('', 'Front matter:', ...fields.map(([key, value]) => `  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`));
  lines.push('', `Sections (${report.sections.length}):`);
  for (const section of report.sections) lines.push(`  ${lineSpan(section.line, section.endLine)}  ${'#'.repeat(section.level)} ${section.title}  [${section.kind}]`);
  lines.push('', `Timeline (${report.timeline.length} entries):`);
  for (const entry of report.timeline) {
    const when = entry.instant ?? `(${entry.error ?? 'unresolved'})`;
    lines.push(`  ${entry.line}  ${entry.time}  ${when}${entry.milestone ? `  [${entry.milestone}]` : ''}  ${entry.text}`);
  }
  lines.push('', `Action items (${report.actionItems.length}):`);
  for (const item of report.actionItems) {
    const owners = item.owners.length > 0 ? item.owners.join(', ') : 'no owner';
    const extras = [item.due ? `due ${item.due}` : '', ...item.links].filter((extra) => extra !== '').join('  ');
    lines.push(`  ${item.line}  ${item.status}  ${owners}  ${item.text}${extras ? `  (${extras})` : ''}`);
  }
  lines.push('', `Metrics: ${METRICS.map(([name, label]) => `${label} ${metrics[name] === undefined ? 'unknown' : humanDuration(metrics[name]!)}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function lineSpan(line: number, endLine: number): string {
  return line === endLine ? `${line}` : `${line}-${endLine}`;
}
