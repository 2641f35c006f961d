// The workspace's postmortems as the command line and the language server know them, for what
// `related:` entries may name: every postmortem under a folder, found as `lint` finds them in a
// folder, with the id its front matter gives.
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { documentId, relatedEntries, type KnownPostmortem } from '../core';
import { ConfigResolver } from './config';
import { collectCandidates } from './files';
import type { CliIo } from './io';
import { readSource } from './source';

/** A file's URI, as the core's `KnownPostmortems` takes it. */
export const fileUriOf = (absolutePath: string): string => pathToFileURL(absolutePath).href;

/** A folder's URI, ending in '/' so that paths resolve inside it. */
export const folderUriOf = (absolutePath: string): string => fileUriOf(absolutePath).replace(/\/?$/, '/');

/** Reads files and configurations without a word: their problems are reported where a file is linted. */
export function quietly(io: CliIo): CliIo {
  return { ...io, err: () => undefined };
}

/**
 * The postmortems under `folder` (hidden folders and node_modules skipped), with their ids, each file's configuration
 * deciding whether it is one (`configPath`, else the nearest); `texts` gives the texts of files read already, by
 * absolute path.
 */
export function postmortemsUnder(
  folder: string,
  io: CliIo,
  configPath: string | undefined,
  texts: ReadonlyMap<string, string> = new Map(),
): KnownPostmortem[] {
  const quiet = quietly(io);
  const configs = ConfigResolver.create(quiet, configPath);
  if (!configs) return [];
  return collectCandidates([folder], io.cwd).candidates.flatMap(({ absolutePath }) => {
    const postmortem = postmortemAt(absolutePath, configs, quiet, texts.get(absolutePath));
    return postmortem ? [postmortem] : [];
  });
}

/** The file at `absolutePath` (its `text` when known) with its id, when it can be read and is a postmortem. */
export function postmortemAt(
  absolutePath: string,
  configs: ConfigResolver,
  io: CliIo,
  text?: string,
): KnownPostmortem | undefined {
  const source = readSource(absolutePath, absolutePath, configs, io, text);
  return source?.isPostmortem ? { uri: fileUriOf(absolutePath), id: documentId(source.text) } : undefined;
}

/**
 * The postmortems that the `related:` of the `files` (their absolute paths and texts) name by a path from the file's
 * own folder, each configuration deciding whether a file is one (`configPath`, else the nearest): found wherever the
 * command runs.
 */
export function postmortemsNamedByPath(
  files: readonly { readonly candidate: { readonly absolutePath: string }; readonly job: { readonly text: string } }[],
  configPath: string | undefined,
  io: CliIo,
): KnownPostmortem[] {
  const named = new Set<string>();
  for (const { candidate, job } of files)
    for (const entry of relatedEntries(job.text)) {
      const path = namedFile(entry, fileUriOf(candidate.absolutePath));
      if (path !== undefined) named.add(path);
    }
  if (named.size === 0) return [];
  const quiet = quietly(io);
  const configs = ConfigResolver.create(quiet, configPath);
  if (!configs) return [];
  return [...named].flatMap((path) => postmortemAt(path, configs, quiet) ?? []);
}

/** The absolute path of the file `entry` names from the file at `fileUri`, when it is a path to a file there. */
function namedFile(entry: string, fileUri: string): string | undefined {
  try {
    const url = new URL(entry, fileUri);
    if (url.protocol !== 'file:') return undefined;
    const path = fileURLToPath(url);
    return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
