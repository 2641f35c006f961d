import { relative } from 'node:path';

/** A path relative to `cwd` with forward slashes, as SARIF and GitHub annotations want it. */
export function repositoryPath(absolutePath: string, cwd: string): string {
  return (relative(cwd, absolutePath) || absolutePath).replace(/\\/g, '/');
}
