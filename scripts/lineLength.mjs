// Fails with file:line for every line over 120 characters in the project's code, comments and strings
// included: Biome's formatter wraps code at 120 columns but leaves long comments and strings as they are.
// Usage: node scripts/lineLength.mjs [DIR|FILE ...]   (default: src test scripts bench webview)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_LENGTH = 120;
const DEFAULT_PATHS = ['src', 'test', 'scripts', 'bench', 'webview'];
// Code and styles; JSON and Markdown files under these folders are data and documents, not code.
const CHECKED = /\.(?:ts|mts|cts|js|mjs|cjs|css|html|lua)$/;
// The VS Code the tests download, and what npm installs.
const SKIPPED = new Set(['vscode-host', 'node_modules']);

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      return entry.isDirectory() ? filesUnder(child) : CHECKED.test(entry.name) ? [child] : [];
    });
}

const paths = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PATHS;
const problems = paths.flatMap(filesUnder).flatMap((file) => {
  const long = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    // Characters as a reader counts them: an emoji or an accented letter is one.
    .map((line, index) => ({ line: index + 1, length: [...line].length }))
    .filter(({ length }) => length > MAX_LENGTH);
  const name = relative(process.cwd(), file);
  return long.map(({ line, length }) => `${name}:${line}: ${length} characters (max ${MAX_LENGTH})\n`);
});
if (problems.length > 0) {
  const count = `${problems.length} line${problems.length === 1 ? '' : 's'} over ${MAX_LENGTH} characters\n`;
  process.stdout.write(problems.join('') + count);
  process.exitCode = 1;
}
