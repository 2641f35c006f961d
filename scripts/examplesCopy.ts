import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh copy of the project's `examples/` in `.vscode-test/examples`, made again at each call, so
 * that trying the product (`npm start`) never changes tracked files.
 */
export function freshExamplesCopy(projectRoot: string): string {
  const copy = join(projectRoot, '.vscode-test', 'examples');
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(projectRoot, 'examples'), copy, { recursive: true });
  return copy;
}
