// Entry point that VS Code's extension host calls to run the integration suite, both in the
// offline server (test/runIntegration) and under @vscode/test-electron (test/runElectron).
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { runMochaFiles } from '../support/mochaRun';
import { GREP_VARIABLE, RESULTS_FILE_VARIABLE, SuiteReport } from '../support/results';

export async function run(): Promise<void> {
  const tests = await runMochaFiles({ directory: __dirname, timeoutMs: 30_000, grep: process.env[GREP_VARIABLE] });
  const report: SuiteReport = { vscodeVersion: vscode.version, tests };
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(report, null, 2));
  const failed = tests.filter((test) => test.state === 'failed').length;
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (tests.length === 0) throw new Error('no integration test ran');
}
