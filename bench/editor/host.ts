// Runs inside the VS Code extension host (`npm run bench:editor`): types into a 5,000-line
// postmortem at human speed and measures what the user would feel.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import { syntheticPostmortem } from '../../test/support/syntheticPostmortem';
import { RESULTS_FILE_VARIABLE, type SuiteReport } from '../../test/support/results';

const EXTENSION_ID = 'postmortem-tools.postmortem';
const TYPED = (
  'The retry loop in the client had no backoff, so every failed call was repeated at once by ' +
  'all pods; nobody owned the shared client settings.'
)
  .padEnd(200, ' and more.')
  .slice(0, 200);
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
    await editor.edit((edit) => edit.insert(new vscode.Position(line, i), character), {
      undoStopBefore: false,
      undoStopAfter: false,
    });
    await sleep(KEYSTROKE_MS);
  }
  histogram.disable();
  return histogram.max / 1e6;
}

const INDEXED_POSTMORTEMS = 2000;

/**
 * Writes 2,000 postmortems into the workspace and lets the views' index read them all, measuring
 * the longest stretch of this extension's work on the host thread meanwhile and the time it took.
 */
async function indexManyPostmortems(
  api: PostmortemApi,
  folder: vscode.Uri,
): Promise<{ indexStallMs: number; indexMs: number; indexedPostmortems: number }> {
  const many = vscode.Uri.joinPath(folder, 'postmortems', 'many');
  const text = syntheticPostmortem(120);
  const bytes = new TextEncoder().encode(text);
  await Promise.all(
    Array.from({ length: INDEXED_POSTMORTEMS }, (_, i) =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, `incident-${i}.md`), bytes),
    ),
  );
  await sleep(1000);
  api.takeLongestHostWork();
  const started = performance.now();
  await vscode.commands.executeCommand('postmortem.views.refresh');
  const postmortems = await api.views.indexedPostmortems();
  const indexMs = performance.now() - started;
  const indexStallMs = api.takeLongestHostWork();
  const related = await relatedAmongMany(api, many);
  await vscode.workspace.fs.delete(many, { recursive: true });
  return {
    indexStallMs,
    indexMs,
    indexedPostmortems: postmortems.filter((postmortem) => postmortem.uri.path.includes('/many/')).length,
    ...related,
  };
}

const RELATED_QUESTIONS = 5;

/**
 * Opens some of the indexed postmortems in turn with the Related Postmortems view visible and
 * waits for the view to list the others (all 2,000 say the same, the most work a question can
 * take): the median worker time of a question and the longest host-thread work meanwhile.
 */
async function relatedAmongMany(
  api: PostmortemApi,
  many: vscode.Uri,
): Promise<{ relatedWorkerMs: number; relatedStallMs: number }> {
  await vscode.commands.executeCommand('postmortem.related.focus');
  api.takeLongestHostWork();
  const workerMs: number[] = [];
  for (let i = 0; i < RELATED_QUESTIONS; i++) {
    const uri = vscode.Uri.joinPath(many, `incident-${i}.md`);
    await vscode.window.showTextDocument(uri);
    await until(async () => {
      const [first] = (await api.related.provider.getChildren()) ?? [];
      return first !== undefined && shownFor(api, uri);
    });
    workerMs.push(api.related.lastWorkerMs());
  }
  const relatedStallMs = api.takeLongestHostWork();
  workerMs.sort((a, b) => a - b);
  return { relatedWorkerMs: workerMs[Math.floor(workerMs.length / 2)]!, relatedStallMs };
}

const shownFor = (api: PostmortemApi, uri: vscode.Uri): boolean =>
  api.related.document()?.uri.toString() === uri.toString();

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await sleep(10);
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
      if (analyzed === document && analyzed.version === document.version) {
        subscription.dispose();
        resolve();
      }
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
      if (uris.some((changed) => changed.toString() === uri.toString()) && matching()) subscription.dispose();
      resolve();
    });
  });
  const diagnosticsLatencyMs = performance.now() - lastKeystroke;
  const workerMs = api.diagnostics.currentAnalysis(document)!.elapsedMs;
  const stallMs = api.takeLongestHostWork();
  await vscode.commands.executeCommand('workbench.action.files.revert');

  const index = await indexManyPostmortems(api, folder);

  const figures = {
    ...index,
    stallMs,
    workerMs,
    hostStallMs,
    baselineStallMs,
    diagnosticsLatencyMs,
    activationMs: api.activationMs,
    loadAndActivateMs,
    lines: document.lineCount,
  };
  const report: SuiteReport = {
    vscodeVersion: vscode.version,
    tests: [{ title: 'editor benchmark', state: 'passed', durationMs: 0 }],
    figures,
  };
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(report));
}
