// Runs inside the VS Code extension host for `npm run bench:lsp`: the time from opening a
// 5,000-line postmortem to its diagnostics in the extension, for each of a few fresh files.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import { syntheticPostmortem } from '../../test/support/syntheticPostmortem';
import { RESULTS_FILE_VARIABLE, type SuiteReport } from '../../test/support/results';
import { BENCH_LINES, OPENED_FILES } from './shared';

export async function run(): Promise<void> {
  const api = await vscode.extensions.getExtension<PostmortemApi>('postmortem-tools.postmortem')!.activate();
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const text = new TextEncoder().encode(syntheticPostmortem(BENCH_LINES));
  const figures: Record<string, number> = {};
  for (let i = 0; i < OPENED_FILES; i++) {
    const uri = vscode.Uri.joinPath(folder, 'incidents', `bench-open-${i}.md`);
    await vscode.workspace.fs.writeFile(uri, text);
    let document: vscode.TextDocument | undefined;
    const shown = new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        if (
          !document ||
          !uris.some((changed) => changed.toString() === uri.toString()) ||
          !api.diagnostics.currentAnalysis(document)
        )
          return;
        subscription.dispose();
        resolve();
      });
    });
    const started = performance.now();
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await shown;
    figures[`openMs${i}`] = performance.now() - started;
    figures[`diagnostics${i}`] = api.diagnostics.diagnosticsOf(uri).length;
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  const report: SuiteReport = {
    vscodeVersion: vscode.version,
    tests: [{ title: 'open to diagnostics', state: 'passed', durationMs: 0 }],
    figures,
  };
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(report));
}
