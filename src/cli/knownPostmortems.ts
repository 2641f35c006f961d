// The workspace's postmortems as the command line and the language server know them, for what
// `related:` entries may name: every postmortem under a folder, found as `lint` finds them in a
// folder, with the id its front matter gives.
import { pathToFileURL } from 'node:url';
import { documentId, type KnownPostmortem } from '../core';
import { ConfigResolver } from './config';
import { collectCandidates } from './files';
import type { CliIo } from './io';
import { readSource } from './source';

/** A file's URI, as the core's `KnownPostmortems` takes it. */
export const fileUriOf = (absolutePath: string): string => pathToFileURL(absolutePath).href;

/** A folder's URI, ending in '/' so that paths resolve inside it. */
export const folderUriOf = (absolutePath: string): string => fileUriOf(absolutePath).replace(/\/?$/, '/');

/**
 * The postmortems under `folder` (hidden folders and node_modules skipped), with their ids, each file's configuration
 * deciding whether it is one (`configPath`, else the nearest); `texts` gives the texts of files read already, by
 * absolute path. Quiet: an unreadable file or configuration is reported where it is linted, not here.
 */
export function postmortemsUnder(
  folder: string,
  io: CliIo,
  configPath: string | undefined,
  texts: ReadonlyMap<string, string> = new Map(),
): KnownPostmortem[] {
  const quiet: CliIo = { ...io, err: () => undefined };
  const configs = ConfigResolver.create(quiet, configPath);
  if (!configs) return [];
  const found: KnownPostmortem[] = [];
  for (const { path, absolutePath } of collectCandidates([folder], io.cwd).candidates) {
    const source = readSource(path, absolutePath, configs, quiet, texts.get(absolutePath));
    if (source?.isPostmortem) found.push({ uri: fileUriOf(absolutePath), id: documentId(source.text) });
  }
  return found;
}
