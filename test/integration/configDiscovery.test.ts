import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, waitFor, workspaceUri } from './helpers';

const NESTED = 'incidents/2025-04-01-cache-stampede.md';
const ELSEWHERE = 'postmortems/2025-02-10-payment-timeouts.md';

function ownerSeverity(uri: vscode.Uri): vscode.DiagnosticSeverity | undefined {
  return vscode.languages
    .getDiagnostics(uri)
    .find(
      (diagnostic) =>
        diagnostic.source === 'postmortem' &&
        typeof diagnostic.code === 'object' &&
        diagnostic.code.value === 'action-item-owner',
    )?.severity;
}

describe('configuration: the nearest .postmortem.yaml above each postmortem', () => {
  const nestedConfig = (): vscode.Uri => workspaceUri('incidents/.postmortem.yml');

  after(async () => {
    await vscode.workspace.fs.delete(nestedConfig()).then(undefined, () => undefined);
  });

  it("applies a folder's own .postmortem.yml to the postmortems under it, and not to others", async () => {
    const nested = (await openInEditor(NESTED)).document.uri;
    const elsewhere = (await openInEditor(ELSEWHERE)).document.uri;
    await waitFor(
      () =>
        ownerSeverity(nested) === vscode.DiagnosticSeverity.Error &&
        ownerSeverity(elsewhere) === vscode.DiagnosticSeverity.Error,
      'action-item-owner errors in both postmortems',
    );
    await vscode.workspace.fs.writeFile(
      nestedConfig(),
      new TextEncoder().encode('rules:\n  action-item-owner: warning\n'),
    );
    await waitFor(
      () => ownerSeverity(nested) === vscode.DiagnosticSeverity.Warning,
      'the nested configuration to apply under incidents/',
    );
    assert.equal(
      ownerSeverity(elsewhere),
      vscode.DiagnosticSeverity.Error,
      'postmortems/ has no configuration of its own',
    );
    await vscode.workspace.fs.delete(nestedConfig());
    await waitFor(
      () => ownerSeverity(nested) === vscode.DiagnosticSeverity.Error,
      'the defaults again once the file is gone',
    );
  });
});
