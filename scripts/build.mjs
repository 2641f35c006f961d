// Bundles the extension, the CLI and the test and tool entry points with esbuild.
// Usage: node scripts/build.mjs [--production | --minify]
// --production: minified bundles only (for the VSIX); --minify: minified bundles and the tests.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const minify = production || process.argv.includes('--minify');
const root = new URL('..', import.meta.url).pathname;

function filesUnder(dir, suffix) {
  const found = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

// Stale bundles of deleted tests must not run.
rmSync(join(root, 'out'), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/analysis/worker.ts'],
    outfile: 'dist/analysisWorker.js',
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  production
    ? Promise.resolve()
    : esbuild.build({
        ...common,
        entryPoints: [
          ...filesUnder('test', '.ts').filter((f) => !f.includes('vscode-host') && !f.includes('fixtures')),
          ...filesUnder('scripts', '.ts'),
          ...filesUnder('bench', '.ts'),
        ],
        outdir: 'out',
        outbase: '.',
        external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check'],
      }),
]);
