// Fails, printing each cycle, when folders of the core import each other, directly or through others, so that
// the core stays in layers that can each be read and moved on their own (vocabulary and util at the bottom, the
// doors on top). The modules at the top of the folder (the doors: index.ts, protocol.ts, ...) are one part, `(top)`:
// a folder that imports one of them is in a cycle with every door that imports the folder.
// Usage: node scripts/folderCycles.mjs [DIR]   (default: src/core)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const TOP = '(top)';
const SPECIFIER = /\bfrom\s+'(\.[^']*)'|\bimport\s*\(?\s*'(\.[^']*)'/g;

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
    });
}

/** The part a path under `root` belongs to: its first folder, or `(top)` for a module at the top. */
function partOf(root, path) {
  const [first, ...rest] = relative(root, path).split(sep);
  const isFolder = rest.length > 0 || (existsSync(join(root, first)) && statSync(join(root, first)).isDirectory());
  return isFolder ? first : TOP;
}

/** Part -> the parts it imports, each with the first import that makes the edge (`file imports specifier`). */
function partImports(root) {
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const part = partOf(root, file);
    const edges = graph.get(part) ?? new Map();
    graph.set(part, edges);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2];
      const target = join(dirname(file), specifier);
      if (relative(root, target).startsWith('..')) continue;
      const imported = partOf(root, target);
      if (imported !== part && !edges.has(imported)) edges.set(imported, `${file} imports '${specifier}'`);
    }
  }
  return graph;
}

/** The shortest path of edges from `start` back to itself, or undefined. */
function shortestCycle(graph, start) {
  const cameFrom = new Map();
  const pending = [start];
  while (pending.length > 0) {
    const part = pending.shift();
    for (const next of [...(graph.get(part)?.keys() ?? [])].sort()) {
      if (next === start) {
        const path = [part];
        for (let step = part; step !== start; step = cameFrom.get(step)) path.unshift(cameFrom.get(step));
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, part);
        pending.push(next);
      }
    }
  }
  return undefined;
}

/** One cycle per group of parts that reach each other, through the group's first part by name. */
function cycles(graph) {
  const found = [];
  const covered = new Set();
  for (const part of [...graph.keys()].sort()) {
    if (covered.has(part)) continue;
    const cycle = shortestCycle(graph, part);
    if (!cycle) continue;
    const group = [...graph.keys()].filter(
      (other) => other === part || (reaches(graph, part, other) && reaches(graph, other, part)),
    );
    for (const member of group) covered.add(member);
    found.push({ group: group.sort(), cycle });
  }
  return found;
}

function reaches(graph, from, to) {
  const seen = new Set([from]);
  const pending = [from];
  while (pending.length > 0)
    for (const next of graph.get(pending.pop())?.keys() ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  return false;
}

const root = process.argv[2] ?? join('src', 'core');
const graph = partImports(root);
const report = cycles(graph).flatMap(({ group, cycle }) => [
  `${group.join(', ')} import each other: ${cycle.join(' -> ')}`,
  ...cycle
    .slice(0, -1)
    .map((part, index) => `  ${part} -> ${cycle[index + 1]}: ${graph.get(part).get(cycle[index + 1])}`),
]);
if (report.length > 0) {
  process.stdout.write(`${report.join('\n')}\n`);
  process.exitCode = 1;
}
