import { documentId, listsRelated, RULES } from '../core';
import { version } from '../../package.json';
import type { Command } from './args';
import { ConfigResolver } from './config';
import { collectCandidates } from './files';
import { FORMATTERS } from './formats/index';
import { foundNone } from './postmortems';
import type { LintedFile } from './formats/types';
import type { CliIo } from './io';
import { fileUriOf, folderUriOf, postmortemsNamedByPath, postmortemsUnder } from './knownPostmortems';
import { lintAll, type LintJob, type LintWorkspace } from './parallel';
import { readSource } from './source';

type LintCommand = Extract<Command, { name: 'lint' }>;

/**
 * `postmortem lint`: 0 without errors, 1 with errors or too many warnings, 2 for a file or
 * configuration error, or for paths that hold no postmortem (a wrong path must not pass CI
 * silently) unless `--pass-with-no-postmortems`. With a worker script, many files are linted on all cores.
 */
export async function runLint(command: LintCommand, io: CliIo, workerScript?: string): Promise<number> {
  const configs = ConfigResolver.create(io, command.config, command.format === 'github');
  if (!configs) return 2;
  const { candidates, unmatched } = collectCandidates(command.paths, io.cwd);
  let failed = unmatched.length > 0;
  for (const arg of unmatched) io.err(`postmortem: no such file, folder or matching glob: ${arg}\n`);
  const toLint: { candidate: (typeof candidates)[number]; job: LintJob }[] = [];
  for (const candidate of candidates) {
    const source = readSource(candidate.path, candidate.absolutePath, configs, io);
    if (!source) {
      failed = true;
      continue;
    }
    if ((candidate.explicit && !command.onlyPostmortems) || source.isPostmortem)
      toLint.push({ candidate, job: { text: source.text, config: source.config } });
  }
  const workspaceOf = toLint.some(({ job }) => listsRelated(job.text))
    ? workspaceIndex(toLint, command, io)
    : undefined;
  const results = await lintAll(
    toLint.map(({ candidate, job }) =>
      workspaceOf ? { ...job, workspace: workspaceOf(candidate.absolutePath) } : job,
    ),
    workerScript,
  );
  const files: LintedFile[] = [];
  let errors = 0;
  let warnings = 0;
  for (const [i, { candidate }] of toLint.entries()) {
    const findings = results[i]!;
    files.push({
      ...candidate,
      findings: command.quiet ? findings.filter((finding) => finding.severity === 'error') : findings,
    });
    errors += findings.filter((finding) => finding.severity === 'error').length;
    warnings += findings.filter((finding) => finding.severity === 'warning').length;
  }
  const context = { cwd: io.cwd, color: io.color, columns: io.columns, rules: RULES, version };
  io.out(FORMATTERS[command.format](files, context));
  if (failed || configs.hasErrors) return 2;
  if (foundNone(files.length, command, io)) return 2;
  const tooManyWarnings = command.maxWarnings !== undefined && warnings > command.maxWarnings;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * What `related:` entries may name on the command line: the postmortems linted, those under the current folder (the
 * workspace's root, from which paths in `related:` may also be written), and those a linted file's `related:` names
 * by a path from its own folder, wherever the command runs.
 */
function workspaceIndex(
  linted: readonly { readonly candidate: { readonly absolutePath: string }; readonly job: LintJob }[],
  command: LintCommand,
  io: CliIo,
): (absolutePath: string) => LintWorkspace {
  const texts = new Map(linted.map(({ candidate, job }) => [candidate.absolutePath, job.text]));
  const postmortems = [
    ...linted.map(({ candidate, job }) => ({ uri: fileUriOf(candidate.absolutePath), id: documentId(job.text) })),
    ...postmortemsUnder(io.cwd, io, command.config, texts),
  ];
  const known = new Set(postmortems.map(({ uri }) => uri));
  for (const postmortem of postmortemsNamedByPath(linted, command.config, io))
    if (!known.has(postmortem.uri)) postmortems.push(postmortem);
  const folderUri = folderUriOf(io.cwd);
  return (absolutePath) => ({ postmortems, uri: fileUriOf(absolutePath), folderUri });
}
