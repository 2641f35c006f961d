// `npm test`: the unit tests (plain Node), the language server in Neovim, the integration tests (inside a real VS
// Code), the same
// integration tests against the installed VSIX, the CLI packed and installed with npm as users get it,
// the e2e tests (the workbench driven through Chromium), and the web tests (the same workbench tests
// with the extension's browser entry in the page's web worker extension host), then one closing
// `N passed, N failed` line.
// `node out/test/run.js unit integration` runs only the layers named.
import { join } from 'node:path';
import { runMochaFiles } from './support/mochaRun';
import { EXTENSION_HOST_VARIABLE } from './support/workbench';
import type { TestOutcome } from './support/results';
import { runIntegrationSuite } from './runIntegration';
import { runVsixSuite } from './runVsix';

type Layer = 'unit' | 'lsp' | 'integration' | 'vsix' | 'npm' | 'e2e' | 'web';
const layers: readonly Layer[] = ['unit', 'lsp', 'integration', 'vsix', 'npm', 'e2e', 'web'];

/** The e2e tests that the web layer runs again with the extension in the web worker extension host. */
const WORKBENCH_TESTS = ['editor', 'views', 'timelineEditor', 'statusBar'].map((name) =>
  join(__dirname, 'e2e', `${name}.test.js`),
);

/**
 * Runs the web layer: its own tests, then the workbench e2e tests, with the browser entry in the web worker extension
 * host.
 */
async function runWebLayer(directory: string): Promise<readonly TestOutcome[]> {
  const before = process.env[EXTENSION_HOST_VARIABLE];
  process.env[EXTENSION_HOST_VARIABLE] = 'web';
  try {
    return await runMochaFiles({
      directory,
      files: WORKBENCH_TESTS,
      timeoutMs: 180_000,
      title: 'web worker extension host',
    });
  } finally {
    if (before === undefined) delete process.env[EXTENSION_HOST_VARIABLE];
    else process.env[EXTENSION_HOST_VARIABLE] = before;
  }
}

async function runLayer(layer: Layer): Promise<{ outcomes: readonly TestOutcome[]; problem?: string }> {
  const directory = join(__dirname, layer);
  switch (layer) {
    case 'unit':
      return { outcomes: await runMochaFiles({ directory, timeoutMs: 20_000 }) };
    case 'lsp':
      return { outcomes: await runMochaFiles({ directory, timeoutMs: 90_000 }) };
    case 'integration':
      return runIntegrationSuite();
    case 'vsix':
      return runVsixSuite();
    case 'npm':
      return { outcomes: await runMochaFiles({ directory, timeoutMs: 120_000 }) };
    case 'e2e':
      return { outcomes: await runMochaFiles({ directory, timeoutMs: 180_000 }) };
    case 'web':
      return { outcomes: await runWebLayer(directory) };
  }
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !layers.includes(name as Layer));
  if (unknown.length > 0) {
    process.stderr.write(`unknown test layer(s): ${unknown.join(', ')}; choose from ${layers.join(', ')}\n`);
    return 2;
  }
  const selected = requested.length > 0 ? (requested as Layer[]) : layers;
  let passed = 0;
  let failed = 0;
  const problems: string[] = [];
  // Repeated after the totals, where a log cut short in the middle still shows them.
  const failures: string[] = [];
  for (const layer of selected) {
    const started = Date.now();
    process.stdout.write(`\n=== ${layer} tests ===\n`);
    try {
      const result = await runLayer(layer);
      const layerFailed = result.outcomes.filter((test) => test.state === 'failed');
      if (layer === 'integration' || layer === 'vsix') {
        for (const test of result.outcomes)
          process.stdout.write(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}\n`);
        for (const test of layerFailed)
          process.stdout.write(`\n  FAIL ${test.title}\n    ${(test.error ?? '').replace(/\n/g, '\n    ')}\n`);
      }
      for (const test of layerFailed)
        failures.push(`${layer}: ${test.title}\n    ${(test.error ?? '').split('\n').slice(0, 3).join('\n    ')}`);
      passed += result.outcomes.length - layerFailed.length;
      failed += layerFailed.length;
      if (result.problem) problems.push(`${layer}: ${result.problem}`);
      else if (result.outcomes.length === 0) problems.push(`${layer}: no test ran`);
      process.stdout.write(
        `--- ${layer}: ${result.outcomes.length - layerFailed.length} passed, ` +
          `${layerFailed.length} failed ` +
          `(${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
    } catch (error) {
      problems.push(`${layer}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const problem of problems) process.stdout.write(`\nERROR ${problem}\n`);
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  for (const failure of failures) process.stdout.write(`  FAILED ${failure}\n`);
  return failed > 0 || problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
