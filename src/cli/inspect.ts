import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CauseIndex,
  causeProfile,
  documentId,
  documentMetadataTable,
  frontMatterText,
  humanDuration,
  isoDuration,
  isoInstant,
  KnownPostmortems,
  parsePostmortem,
  relatedEntries,
  unknownMetrics,
  type Metrics,
  type PostmortemDocument,
  type RelatedPostmortem,
} from '../core';
import type { Command } from './args';
import { ConfigResolver } from './config';
import { describeError, type CliIo } from './io';
import { fileUriOf, folderUriOf, postmortemsNamedByPath, quietly } from './knownPostmortems';
import { lastLine } from './location';
import { readSource } from './source';
import { analyzePostmortems, type AnalyzedFile } from './postmortems';

type InspectCommand = Extract<Command, { name: 'inspect' }>;
type MetricName = keyof Metrics;

/** What `inspect --format json` prints; other tools read it, so the field names stay. */
interface InspectReport {
  readonly path: string;
  readonly isPostmortem: boolean;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** Without front matter, the fields of the metadata table under the title, by lower-case name. */
  readonly metadataTable: Readonly<Record<string, string>>;
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
  readonly actionItems: readonly {
    line: number;
    text: string;
    owners: readonly string[];
    due: string | null;
    /** A due date written without a year in a postmortem with no date, as written. */
    yearlessDue: string | null;
    status: string;
    links: readonly string[];
  }[];
  readonly metrics: Readonly<Record<MetricName, string | null>>;
  /** Each entry of the front matter's `related:`, with the postmortem it names; path and title null when none. */
  readonly listedRelated: readonly ListedRelated[];
  /**
   * The other postmortems under the current folder whose causes say the same thing, best first, with the sentences that
   * match.
   */
  readonly related: readonly RelatedReport[];
}

interface ListedRelated {
  readonly entry: string;
  readonly path: string | null;
  readonly title: string | null;
}

interface RelatedReport {
  readonly path: string;
  readonly title: string | null;
  readonly id: string | null;
  readonly score: number;
  readonly matches: readonly {
    line: number;
    text: string;
    theirLine: number;
    theirText: string;
    shared: readonly string[];
  }[];
}

/** The related postmortems as `inspect` reports them. */
function relatedReport(related: readonly RelatedPostmortem[]): RelatedReport[] {
  return related.map((match) => ({
    path: match.key,
    title: match.title ?? null,
    id: match.id ?? null,
    score: Math.round(match.score * 100) / 100,
    matches: match.matches.map(({ ours, theirs, shared }) => ({
      line: ours.line + 1,
      text: ours.text,
      theirLine: theirs.line + 1,
      theirText: theirs.text,
      shared,
    })),
  }));
}

/** The `workspace`'s postmortems, less the one `inspected` (its absolute path), indexed by their causes. */
function workspaceCauses(workspace: readonly AnalyzedFile[], inspected: string): CauseIndex {
  return new CauseIndex(
    workspace
      .filter((candidate) => candidate.absolutePath !== inspected)
      .map(({ path, analysis }) => ({
        key: path,
        title: analysis.title,
        id: frontMatterText(analysis.frontMatter?.['id']),
        sentences: analysis.causes,
      })),
  );
}

/**
 * Each entry of the `related:` in `text`, the inspected file's (at the absolute path `inspected`), with the postmortem
 * it names as `lint` reads it (see `related-not-found`): one of the `workspace` (the postmortems under the current
 * folder), the inspected file, or one named by a path from the inspected file's folder.
 */
function listedRelated(
  text: string,
  inspected: string,
  workspace: readonly AnalyzedFile[],
  configs: ConfigResolver,
  command: InspectCommand,
  io: CliIo,
): ListedRelated[] {
  const entries = relatedEntries(text);
  if (entries.length === 0) return [];
  const namedByPath = postmortemsNamedByPath(
    [{ candidate: { absolutePath: inspected }, job: { text } }],
    command.config,
    io,
  );
  const outside = [inspected, ...namedByPath.map(({ uri }) => fileURLToPath(uri))].filter(
    (path) => !workspace.some((file) => file.absolutePath === path),
  );
  const postmortems = [
    ...workspace,
    ...analyzePostmortems(
      outside.map((path) => relative(io.cwd, path)),
      configs,
      quietly(io),
    ).files,
  ];
  const byUri = new Map(postmortems.map((file) => [fileUriOf(file.absolutePath), file]));
  const known = new KnownPostmortems(
    postmortems.map((file) => ({ uri: fileUriOf(file.absolutePath), id: documentId(file.text) })),
  );
  return entries.map((entry) => {
    const named = byUri.get(known.named(entry, fileUriOf(inspected), folderUriOf(io.cwd)) ?? '');
    return { entry, path: named?.path ?? null, title: named?.analysis.title ?? null };
  });
}

const METRICS: readonly [MetricName, string][] = [
  ['timeToDetect', 'time to detect'],
  ['timeToMitigate', 'time to mitigate'],
  ['timeToResolve', 'time to resolve'],
];

function inspectReport(
  path: string,
  document: PostmortemDocument,
  isPostmortem: boolean,
  listed: readonly ListedRelated[],
  related: readonly RelatedPostmortem[],
): InspectReport {
  const metric = (name: MetricName) => {
    const value = document.metrics[name];
    return value === undefined ? null : isoDuration(value);
  };
  return {
    path,
    isPostmortem,
    frontMatter: document.frontMatter?.data ?? {},
    metadataTable: documentMetadataTable(document),
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
      yearlessDue: item.yearlessDue ?? null,
      status: item.status,
      links: item.links,
    })),
    metrics: Object.fromEntries(METRICS.map(([name]) => [name, metric(name)])) as Record<MetricName, string | null>,
    listedRelated: listed,
    related: relatedReport(related),
  };
}

/** `postmortem inspect FILE`: prints what the tool understood; 2 when the file cannot be read. */
export function runInspect(command: InspectCommand, io: CliIo): number {
  const configs = ConfigResolver.create(io, command.config);
  if (!configs) return 2;
  if (isFolder(resolve(io.cwd, command.file))) {
    io.err(
      `postmortem: ${command.file} is a folder; 'inspect' reads one postmortem ` +
        "('lint', 'metrics' and 'export-actions' search folders)\n",
    );
    return 2;
  }
  const source = readSource(command.file, resolve(io.cwd, command.file), configs, io);
  if (!source) return 2;
  let document: PostmortemDocument;
  try {
    document = parsePostmortem(source.text, { config: source.config });
  } catch (error) {
    io.err(`postmortem: cannot analyze ${command.file}: ${describeError(error)}\n`);
    return 2;
  }
  const inspected = resolve(io.cwd, command.file);
  const workspace = analyzePostmortems(['.'], configs, quietly(io)).files;
  const related = workspaceCauses(workspace, inspected).related(causeProfile(command.file, document));
  const listed = listedRelated(source.text, inspected, workspace, configs, command, io);
  const report = inspectReport(command.file, document, source.isPostmortem, listed, related);
  io.out(command.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report, document));
  return configs.hasErrors ? 2 : 0;
}

/**
 * Each metric as a duration, or `unknown` with the reason (the milestone to mark, the times to fix); one reason for all
 * three, as without a `[started]` entry, is said once.
 */
function describedMetrics(document: PostmortemDocument): string {
  const unknown = unknownMetrics(document.timeline);
  const reasons = new Set(Object.values(unknown));
  const [only] = reasons;
  if (Object.keys(unknown).length === METRICS.length && reasons.size === 1)
    return `time to detect, mitigate and resolve unknown (${only})`;
  return METRICS.map(([name, label]) => {
    const ms = document.metrics[name];
    return `${label} ${ms === undefined ? `unknown (${unknown[name] ?? 'not computed'})` : humanDuration(ms)}`;
  }).join(', ');
}

function describeReport(report: InspectReport, document: PostmortemDocument): string {
  const kind = report.isPostmortem ? 'a postmortem' : 'not a postmortem (by its name, folder or front matter)';
  const lines = [`${report.path}: ${kind}`];
  const fields = Object.entries(report.frontMatter);
  const unread = document.frontMatter?.data === undefined ? document.frontMatter?.errors[0] : undefined;
  if (unread)
    lines.push(
      '',
      `Front matter: not read, invalid YAML at line ${unread.range.start.line + 1}: ${unread.message}`,
      '  (every field is ignored until it reads; `postmortem lint` lists each error)',
    );
  else if (fields.length > 0)
    lines.push(
      '',
      'Front matter:',
      ...fields.map(([key, value]) => `  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`),
    );
  const tableFields = Object.entries(report.metadataTable);
  if (tableFields.length > 0)
    lines.push('', 'Metadata table:', ...tableFields.map(([key, value]) => `  ${key}: ${value}`));
  if (report.listedRelated.length > 0)
    lines.push(
      '',
      `Listed as related (${report.listedRelated.length}):`,
      ...report.listedRelated.map(({ entry, path, title }) =>
        path === null ? `  ${entry}  not found` : `  ${entry}  ${path}${title ? `  ${title}` : ''}`,
      ),
    );
  lines.push('', `Sections (${report.sections.length}):`);
  for (const section of report.sections)
    lines.push(
      `  ${lineSpan(section.line, section.endLine)}  ${'#'.repeat(section.level)} ${section.title}  [${section.kind}]`,
    );
  lines.push('', `Timeline (${report.timeline.length} entries):`);
  for (const entry of report.timeline) {
    const when = entry.instant ?? `(${entry.error ?? 'unresolved'})`;
    lines.push(
      `  ${entry.line}  ${entry.time}  ${when}${entry.milestone ? `  [${entry.milestone}]` : ''}  ${entry.text}`,
    );
  }
  lines.push('', `Action items (${report.actionItems.length}):`);
  for (const item of report.actionItems) {
    const owners = item.owners.length > 0 ? item.owners.join(', ') : 'no owner';
    const due = item.due ? `due ${item.due}` : item.yearlessDue ? `due ${item.yearlessDue}, year unknown` : '';
    const extras = [due, ...item.links].filter((extra) => extra !== '').join('  ');
    lines.push(`  ${item.line}  ${item.status}  ${owners}  ${item.text}${extras ? `  (${extras})` : ''}`);
  }
  lines.push('', `Related postmortems (${report.related.length}):`);
  for (const match of report.related) {
    lines.push(`  ${match.path}${match.title ? `  ${match.title}` : ''}`);
    for (const pair of match.matches)
      lines.push(
        `    ${pair.line}: ${pair.text}`,
        `      ~ ${pair.theirLine}: ${pair.theirText}  [${pair.shared.join(', ')}]`,
      );
  }
  lines.push('', `Metrics: ${describedMetrics(document)}`);
  return `${lines.join('\n')}\n`;
}

function lineSpan(line: number, endLine: number): string {
  return line === endLine ? `${line}` : `${line}-${endLine}`;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
