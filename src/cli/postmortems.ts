import { analyze, type Analysis } from '../core';
import type { ConfigResolver } from './config';
import { collectCandidates } from './files';
import type { CliIo } from './io';
import { readSource } from './source';

export interface AnalyzedFile {
  /** As the user wrote it, or joined to the folder they named. */
  readonly path: string;
  readonly absolutePath: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/**
 * The postmortems that `paths` name, as `lint` finds them (files named explicitly, and postmortems
 * in folders and globs), each analyzed. `failed`: an argument named nothing or a file was unreadable
 * (each reported).
 */
export function analyzePostmortems(
  paths: readonly string[],
  configs: ConfigResolver,
  io: CliIo,
): { files: AnalyzedFile[]; failed: boolean } {
  const { candidates, unmatched } = collectCandidates(paths, io.cwd);
  for (const arg of unmatched) io.err(`postmortem: no such file, folder or matching glob: ${arg}\n`);
  let failed = unmatched.length > 0;
  const files: AnalyzedFile[] = [];
  for (const candidate of candidates) {
    const source = readSource(candidate.path, candidate.absolutePath, configs, io);
    if (!source) failed = true;
    else if (candidate.explicit || source.isPostmortem) {
      const analysis = analyze(source.text, { config: source.config, path: candidate.path, force: true });
      files.push({
        path: candidate.path.replace(/\\/g, '/'),
        absolutePath: candidate.absolutePath,
        text: source.text,
        analysis,
      });
    }
  }
  return { files, failed };
}

/**
 * Whether paths that hold no postmortem are an error: then says so on stderr. A wrong path would
 * otherwise pass in CI, reporting nothing; `--pass-with-no-postmortems` says none is fine.
 */
export function foundNone(
  found: number,
  command: { readonly paths: readonly string[]; readonly passWithNoPostmortems: boolean },
  io: CliIo,
): boolean {
  if (found > 0 || command.passWithNoPostmortems) return false;
  io.err(
    [
      `postmortem: no postmortem found in ${command.paths.join(' ')}`,
      'A Markdown file is a postmortem when its name ends in .postmortem.md, it lies in a postmortem folder',
      '(documents.include in .postmortem.yaml), or its front matter says type: postmortem.',
      'Pass --pass-with-no-postmortems when finding none is fine.',
      '',
    ].join('\n'),
  );
  return true;
}
