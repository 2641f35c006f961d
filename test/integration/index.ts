// Entry point that VS Code's extension host calls to run the integration suite, both in the
// offline server (test/runIntegration, test/runVsix) and under @vscode/test-electron (test/runElectron).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as vscode from 'vscode';
import { runMochaFiles } from '../support/mochaRun';
import {
  GREP_VARIABLE,
  INSTALLED_EXTENSIONS_VARIABLE,
  RESULTS_FILE_VARIABLE,
  type SuiteReport,
  type TestOutcome,
} from '../support/results';
import { EXTENSION_ID } from './helpers';

/** Against an installed VSIX, whether the extension under test is that one rather than a development folder. */
function installedExtensionCheck(extensionsDir: string): TestOutcome {
  const title = `the extension under test is the one installed from the VSIX into ${extensionsDir}`;
  const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath;
  const inside = extensionPath !== undefined && !relative(extensionsDir, extensionPath).startsWith('..');
  return inside
    ? { title, state: 'passed', durationMs: 0 }
    : { title, state: 'failed', durationMs: 0, error: `${EXTENSION_ID} is loaded from ${extensionPath ?? 'nowhere'}` };
}

export async function run(): Promise<void> {
  const extensionsDir = process.env[INSTALLED_EXTENSIONS_VARIABLE];
  const check = extensionsDir ? [installedExtensionCheck(extensionsDir)] : [];
  const misplaced = check.some((test) => test.state === 'failed');
  const tests = [
    ...check,
    ...(misplaced
      ? []
      : await runMochaFiles({ directory: __dirname, timeoutMs: 30_000, grep: process.env[GREP_VARIABLE] })),
  ];
  const report: SuiteReport = { vscodeVersion: vscode.version, tests };
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(report, null, 2));
  const failed = tests.filter((test) => test.state === 'failed').length;
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (tests.length === 0) throw new Error('no integration test ran');
}
