// Runs test/integration against the extension as users get it: `npm run package`'s production
// build packed into a VSIX, installed with the server's `--install-extension`, and loaded from the
// server's extensions folder. An empty extension takes the development path the test runner needs.
import { type ExecFileSyncOptions, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_API_VARIABLE } from '../src/extension/testApi';
import { INTEGRATION_RUN, type IntegrationResult, runIntegrationSuite } from './runIntegration';
import { INSTALLED_EXTENSIONS_VARIABLE, type TestOutcome } from './support/results';
import { ensureVsCodeHost, installExtension, log, projectRoot } from './support/vscodeHost';

/** Builds the production bundles and packs the VSIX into `folder`, as `npm run package` does. */
function packageVsix(folder: string): string {
  const vsix = join(folder, 'postmortem.vsix');
  const quiet: ExecFileSyncOptions = { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs'), '--production'], quiet);
  execFileSync(
    join(projectRoot, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--out', vsix],
    quiet,
  );
  return vsix;
}

/** What the extension loads at run time, the web extension's files among them, which the suite does not reach. */
const RUNTIME_FILES = [
  'dist/extension.js',
  'dist/analysisWorker.js',
  'dist/web/extension.js',
  'dist/web/analysisWorker.js',
  'dist/webview/timeline.js',
  'dist/webview/timeline.css',
  'dist/webview/metrics.js',
  'dist/webview/metrics.css',
  'templates/google-sre.md',
  'templates/lightweight.md',
  'templates/pagerduty.md',
  'snippets/postmortem.code-snippets',
  'schemas/postmortem-config.schema.json',
  'media/icon.png',
];

function runtimeFilesCheck(extensionsDir: string): TestOutcome {
  const title = 'the installed VSIX holds every file the extension loads at run time';
  const installed = readdirSync(extensionsDir).find((name) => name.startsWith('postmortem-tools.postmortem-'));
  const missing = installed
    ? RUNTIME_FILES.filter((file) => !existsSync(join(extensionsDir, installed, file)))
    : RUNTIME_FILES;
  return missing.length === 0
    ? { title, state: 'passed', durationMs: 0 }
    : { title, state: 'failed', durationMs: 0, error: `missing: ${missing.join(', ')}` };
}

/** The most the VSIX may weigh (issue 11: the language model must leave it under 5 MB). */
const MAX_VSIX_BYTES = 5 * 1024 * 1024;

function vsixSizeCheck(vsix: string): TestOutcome {
  const bytes = statSync(vsix).size;
  const title = `the VSIX is under 5 MB (${(bytes / 1024 / 1024).toFixed(2)} MB)`;
  return bytes < MAX_VSIX_BYTES
    ? { title, state: 'passed', durationMs: 0 }
    : { title, state: 'failed', durationMs: 0, error: `${bytes} bytes, over ${MAX_VSIX_BYTES}` };
}

/** Environment variable naming an already built VSIX to test instead (a release candidate). */
const VSIX_VARIABLE = 'POSTMORTEM_TEST_VSIX';

export async function runVsixSuite(): Promise<IntegrationResult> {
  ensureVsCodeHost();
  const stateDir = mkdtempSync(join(projectRoot, '.vscode-test', 'vsix-'));
  try {
    const started = Date.now();
    const vsix = process.env[VSIX_VARIABLE] || packageVsix(stateDir);
    const extensionsDir = join(stateDir, 'extensions');
    mkdirSync(extensionsDir);
    installExtension(vsix, extensionsDir);
    log(`packaged and installed ${vsix} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const files = runtimeFilesCheck(extensionsDir);
    const size = vsixSizeCheck(vsix);
    const suite = await runIntegrationSuite({
      ...INTEGRATION_RUN,
      name: 'vsix',
      developmentPath: join(projectRoot, 'test', 'vscode-host', 'vsix-runner'),
      stateDir,
      env: { [INSTALLED_EXTENSIONS_VARIABLE]: extensionsDir, [TEST_API_VARIABLE]: '1' },
    });
    return { ...suite, outcomes: [files, size, ...suite.outcomes] };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}
