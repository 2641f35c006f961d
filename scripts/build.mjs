// Bundles the extension, the CLI and the test and tool entry points with esbuild.
// Usage: node scripts/build.mjs [--production | --minify]
// --production: the minified dist/ bundles only (for the VSIX), leaving out/ alone; --minify: minified bundles and the
// tests.
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
if (!production) rmSync(join(root, 'out'), { recursive: true, force: true });

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

// The webview and the pages that test and measure it run in a browser.
const browser = {
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
};
const browserPages = 'bench/timeline/';

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/analysis/worker.ts'],
    outfile: 'dist/analysisWorker.js',
  }),
  // The web extension runs in a web worker: no Node built-ins, no DOM (the `worker` condition keeps
  // decode-named-character-reference from reaching for `document`).
  esbuild.build({
    ...common,
    platform: 'browser',
    target: 'es2022',
    conditions: ['worker'],
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    conditions: ['worker'],
    entryPoints: ['src/extension/analysis/webWorker.ts'],
    outfile: 'dist/web/analysisWorker.js',
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // The timeline editor's page; its imported CSS lands beside it as dist/webview/timeline.css.
  esbuild.build({
    ...browser,
    entryPoints: ['webview/timeline/main.ts'],
    outfile: 'dist/webview/timeline.js',
  }),
  // Show Metrics' page, likewise with dist/webview/metrics.css.
  esbuild.build({
    ...browser,
    entryPoints: ['webview/metrics/main.ts'],
    outfile: 'dist/webview/metrics.js',
  }),
  production
    ? Promise.resolve()
    : esbuild.build({
        ...browser,
        conditions: ['worker'],
        entryPoints: filesUnder(browserPages, '.ts'),
        outdir: 'out',
        outbase: '.',
      }),
  production
    ? Promise.resolve()
    : esbuild.build({
        ...common,
        entryPoints: [
          ...filesUnder('test', '.ts').filter((f) => !f.includes('vscode-host') && !f.includes('fixtures')),
          ...filesUnder('scripts', '.ts'),
          ...filesUnder('bench', '.ts').filter((f) => !f.startsWith(browserPages)),
        ],
        outdir: 'out',
        outbase: '.',
        external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check'],
      }),
]);
