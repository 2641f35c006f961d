import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, waitFor } from './helpers';

const DOCUMENT = 'incidents/2025-04-01-cache-stampede.md';
const ITEM = '- [ ] Add a load test for cold caches due: 2027-05-15';

function ownerDiagnostic(document: vscode.TextDocument, line: number): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(document.uri)
    .find((diagnostic) => diagnostic.source === 'postmortem' && typeof diagnostic.code === 'object' && diagnostic.code.value === 'action-item-owner' && diagnostic.range.start.line === line);
}

/** The quick fixes offered on the action-item-owner finding of the line, once it is shown. */
async function ownerQuickFixes(document: vscode.TextDocument, line: number): Promise<vscode.CodeAction[]> {
  let diagnostic: vscode.Diagnostic | undefined;
  await waitFor(() => (diagnostic = ownerDiagnostic(document, line)) !== undefined, `an action-item-owner finding on line ${line + 1}`);
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

const lineOf = (document: vscode.TextDocument, text: string): number => document.getText().split(/\r?\n/).indexOf(text);

async function revert(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

describe('action-item owners: the placeholder quick fix', () => {
  afterEach(revert);

  it('applies "Add an owner placeholder" after a due date with a separator, and selects the placeholder for typing', async () => {
    const editor = await openInEditor(DOCUMENT);
    const line = lineOf(editor.document, ITEM);
    assert.ok(line >= 0, 'the fixture has the unowned item');
    const fix = (await ownerQuickFixes(editor.document, line)).find((action) => action.title === 'Add an owner placeholder');
    assert.ok(fix?.edit, 'the placeholder fix is offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(line).text, `${ITEM} \u2014 Owner: @owner`);
    await waitFor(() => editor.document.getText(editor.selection) === '@owner', `the placeholder selected (selection: "${editor.document.getText(editor.selection)}")`);
    assert.equal(editor.selection.start.line, line);
  });

  it('fix-all writes the same separator, as plain text', async () => {
    const editor = await openInEditor(DOCUMENT);
    const line = lineOf(editor.document, ITEM);
    await waitFor(() => ownerDiagnostic(editor.document, line) !== undefined, 'the action-item-owner finding');
    await vscode.commands.executeCommand('postmortem.fixAll');
    await waitFor(() => editor.document.lineAt(line).text !== ITEM, 'fix-all to apply');
    assert.equal(editor.document.lineAt(line).text, `${ITEM} \u2014 Owner: @owner`);
  });
});
