import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

interface Candidate {
  /** The path as the user wrote it, or joined to the folder or glob base they wrote. */
  readonly path: string;
  readonly absolutePath: string;
  /** Named on the command line (or matched by a glob): linted whatever its name. */
  readonly explicit: boolean;
}

export interface Collected {
  readonly candidates: readonly Candidate[];
  /** Arguments that name nothing: a missing path, or a glob no file matches. */
  readonly unmatched: readonly string[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Expands the command line's paths: a file is taken as named, a folder gives its Markdown files
 * (to be checked for being postmortems), a glob gives the Markdown files it matches.
 */
export function collectCandidates(args: readonly string[], cwd: string): Collected {
  const byPath = new Map<string, Candidate>();
  const unmatched: string[] = [];
  const add = (candidate: Candidate) => {
    const existing = byPath.get(candidate.absolutePath);
    if (!existing || (candidate.explicit && !existing.explicit)) byPath.set(candidate.absolutePath, candidate);
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const kind = pathKind(absolute);
    if (kind === 'file') add({ path: arg, absolutePath: absolute, explicit: true });
    else if (kind === 'folder')
      for (const file of markdownFilesUnder(absolute))
        add({ path: join(arg, relative(absolute, file)), absolutePath: file, explicit: false });
    else if (picomatch.scan(arg).isGlob) {
      const matches = globMatches(arg, cwd);
      if (matches.length === 0) unmatched.push(arg);
      for (const match of matches) add(match);
    } else unmatched.push(arg);
  }
  return { candidates: [...byPath.values()], unmatched };
}

function globMatches(pattern: string, cwd: string): Candidate[] {
  const { base } = picomatch.scan(pattern);
  const root = resolve(cwd, base || '.');
  if (pathKind(root) !== 'folder') return [];
  const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const matches = picomatch(normalized, { dot: false });
  const shown = (file: string) => (isAbsolute(normalized) ? file : relative(cwd, file)).replace(/\\/g, '/');
  return markdownFilesUnder(root)
    .filter((file) => matches(shown(file)))
    .map((file) => ({ path: shown(file), absolutePath: file, explicit: true }));
}

/**
 * Markdown files below a folder, sorted, skipping hidden folders and node_modules and not following links to folders.
 */
function markdownFilesUnder(folder: string): string[] {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      } else if (
        MARKDOWN.test(entry.name) &&
        (entry.isFile() || (entry.isSymbolicLink() && pathKind(path) === 'file'))
      ) {
        files.push(path);
      }
    }
  }
  return files.sort();
}

function pathKind(path: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
