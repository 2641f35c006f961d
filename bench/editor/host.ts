// Runs inside the VS Code extension host (`npm run bench:editor`): types into a 5,000-line
// postmortem at human speed and measures what the user would feel.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import { syntheticPostmortem } from '../../test/support/syntheticPostmortem';
import { RESULTS_FILE_VARIABLE, type SuiteReport } from '../../test/support/results';

const EXTENSION_ID = 'postmortem-tools.postmortem';
const TYPED = 'The retry loop in the client had no backoff, so every failed call was repeated at once by all pods; nobody owned the shared client settings.'.padEnd(200, ' and more.').slice(0, 200);
const KEYSTROKE_MS = 40;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function setEnabled(enabled: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('postmortem').update('enable', enabled, vscode.ConfigurationTarget.Workspace);
}

/** Types the text one character at a time and returns the longest event-loop stall meanwhile. */
async function typeAtHumanSpeed(editor: vscode.TextEditor, line: number): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  for (const [i, character] of [...TYPED].entries()) {
    await editor.edit((edit) => edit.insert(new vscode.Position(line, i), character), { undoStopBefore: false, undoStopAfter: false });
    await sleep(KEYSTROKE_MS);
  }
  histogram.disable();
  return histogram.max / 1e6;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!;
  const loadStarted = performance.now();
  const api = await extension.activate();
  const loadAndActivateMs = performance.now() - loadStarted;
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const uri = vscode.Uri.joinPath(folder, 'incidents', 'bench-5000.md');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(syntheticPostmortem(5000)));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const line = document.getText().split('\n').indexOf('## Root Cause') + 2;
  await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\n'));

  // Baseline: the same typing with the extension's checks turned off (other extensions still run).
  await setEnabled(false);
  await sleep(500);
  const baselineStallMs = await typeAtHumanSpeed(editor, line);
  await vscode.commands.executeCommand('undo');
  await setEnabled(true);
  await new Promise<void>((resolve) => {
    const subscription = api.diagnostics.onDidAnalyze(({ document: analyzed }) => {
      if (analyzed === document && analyzed.version === document.version) (subscription.dispose(), resolve());
    });
    api.diagnostics.schedule(document, 0);
  });
  await sleep(500);

  api.takeLongestHostWork();
  const hostStallMs = await typeAtHumanSpeed(editor, line + 1);
  const lastKeystroke = performance.now();
  const finalVersion = document.version;
  // The diagnostics match the text once those of the final version are set.
  const matching = () => api.diagnostics.currentAnalysis(document) !== undefined && document.version === finalVersion;
  await new Promise<void>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      if (uris.some((changed) => changed.toString() === uri.toString()) && matching()) (subscription.dispose(), resolve());
    });
  });
  const diagnosticsLatencyMs = performance.now() - lastKeystroke;
  const workerMs = api.diagnostics.currentAnalysis(document)!.elapsedMs;
  const stallMs = api.takeLongestHostWork();
  await vscode.commands.executeCommand('workbench.action.files.revert');

  const figures = { stallMs, workerMs, hostStallMs, baselineStallMs, diagnosticsLatencyMs, activationMs: api.activationMs, loadAndActivateMs, lines: document.lineCount };
  const report: SuiteReport = { vscodeVersion: vscode.version, tests: [{ title: 'editor benchmark', state: 'passed', durationMs: 0 }], figures };
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(report));
}
