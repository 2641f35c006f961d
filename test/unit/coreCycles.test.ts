// The parts of the core (its folders, and each module at its top) form layers: no two of them
// import each other, directly or through others, so that each can be read and moved on its own.
import * as assert from 'node:assert/strict';
import { importsOf, sourceFiles } from './sourceImports';

/** `model` for src/core/model/types.ts, `lint.ts` for src/core/lint.ts. */
const partOf = (path: string) => path.split('/')[2]!;

function partImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles('src/core')) {
    const part = partOf(file);
    const imported = graph.get(part) ?? new Set<string>();
    for (const path of importsOf(file))
      if (path.startsWith('src/core/') && partOf(path) !== part) imported.add(partOf(path));
    graph.set(part, imported);
  }
  return graph;
}

function reachableFrom(graph: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  for (let part = pending.pop(); part !== undefined; part = pending.pop()) {
    for (const next of graph.get(part) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return seen;
}

/** Every pair of parts that reach each other, as `a <-> b` with a before b. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const reach = new Map([...graph.keys()].map((part) => [part, reachableFrom(graph, part)]));
  const pairs: string[] = [];
  for (const [a, fromA] of reach) for (const b of fromA) if (a < b && reach.get(b)?.has(a)) pairs.push(`${a} <-> ${b}`);
  return pairs.sort();
}

describe('core layers', () => {
  it('no two parts of the core import each other, directly or through others', () => {
    assert.deepEqual(cycles(partImports()), []);
  });

  it('finds a cycle through a third part', () => {
    const graph = new Map([
      ['model', new Set(['config'])],
      ['config', new Set(['rules'])],
      ['rules', new Set(['model'])],
      ['terms.ts', new Set<string>()],
    ]);
    assert.deepEqual(cycles(graph), ['config <-> model', 'config <-> rules', 'model <-> rules']);
  });
});
