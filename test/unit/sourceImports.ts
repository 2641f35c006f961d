// The project's own import graph, read from the TypeScript sources: which files import which.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

export const projectRoot = join(__dirname, '..', '..', '..');

/** The `.ts` files under a folder, as project-relative paths with `/`. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(projectRoot, folder))) {
    const path = posix.join(folder, name);
    if (statSync(join(projectRoot, path)).isDirectory()) found.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const SPECIFIER = /\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'/g;

/** The project files a source file imports (`import`, `export ... from`, `import()`); packages left out. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const imported: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2]!;
    if (!specifier.startsWith('.')) continue;
    const resolved = resolveModule(posix.join(dirname(file), specifier));
    if (resolved) imported.push(resolved);
  }
  return imported;
}

function resolveModule(path: string): string | undefined {
  return [`${path}.ts`, `${path}/index.ts`, path].find(
    (candidate) => existsSync(join(projectRoot, candidate)) && statSync(join(projectRoot, candidate)).isFile(),
  );
}
