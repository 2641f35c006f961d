import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import type { ViewsApi } from '../../src/extension/views';
import { EXTENSION_ID, openInEditor, revertAll, waitFor, workspaceUri } from './helpers';

const DOCUMENT = 'incidents/2025-04-01-cache-stampede.md';
const ITEM = '- [ ] Add a load test for cold caches due: 2027-05-15';

async function api(): Promise<PostmortemApi & { readonly views: ViewsApi }> {
  const extension = vscode.extensions.getExtension<PostmortemApi & { readonly views: ViewsApi }>(EXTENSION_ID)!;
  return extension.activate();
}

function ownerDiagnostic(document: vscode.TextDocument, line: number): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(document.uri)
    .find(
      (diagnostic) =>
        diagnostic.source === 'postmortem' &&
        typeof diagnostic.code === 'object' &&
        diagnostic.code.value === 'action-item-owner' &&
        diagnostic.range.start.line === line,
    );
}

/** The quick fixes offered on the action-item-owner finding of the line, once it is shown. */
async function ownerQuickFixes(document: vscode.TextDocument, line: number): Promise<vscode.CodeAction[]> {
  let diagnostic: vscode.Diagnostic | undefined;
  await waitFor(
    () => {
      diagnostic = ownerDiagnostic(document, line);
      return diagnostic !== undefined;
    },
    `an action-item-owner finding on line ${line + 1}`,
  );
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic!.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

const lineOf = (document: vscode.TextDocument, text: string): number => document.getText().split(/\r?\n/).indexOf(text);

describe('action-item owners: the placeholder quick fix and Assign Owner', () => {
  afterEach(revertAll);

  it(
    'applies "Add an owner placeholder" after a due date with a separator, and selects the ' + 'placeholder for typing',
    async () => {
      const editor = await openInEditor(DOCUMENT);
      const line = lineOf(editor.document, ITEM);
      assert.ok(line >= 0, 'the fixture has the unowned item');
      const fix = (await ownerQuickFixes(editor.document, line)).find(
        (action) => action.title === 'Add an owner placeholder',
      );
      assert.ok(fix?.edit, 'the placeholder fix is offered');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(editor.document.lineAt(line).text, `${ITEM} \u2014 Owner: @owner`);
      await waitFor(
        () => editor.document.getText(editor.selection) === '@owner',
        `the placeholder selected (selection: "${editor.document.getText(editor.selection)}")`,
      );
      assert.equal(editor.selection.start.line, line);
    },
  );

  it('fix-all writes the same separator, as plain text', async () => {
    const editor = await openInEditor(DOCUMENT);
    const line = lineOf(editor.document, ITEM);
    await waitFor(() => ownerDiagnostic(editor.document, line) !== undefined, 'the action-item-owner finding');
    await vscode.commands.executeCommand('postmortem.fixAll');
    await waitFor(() => editor.document.lineAt(line).text !== ITEM, 'fix-all to apply');
    assert.equal(editor.document.lineAt(line).text, `${ITEM} \u2014 Owner: @owner`);
  });

  describe('Assign Owner offers the known owners', () => {
    const config = (): vscode.Uri => workspaceUri('.postmortem.yaml');
    const codeowners = (): vscode.Uri => workspaceUri('.github/CODEOWNERS');

    before(async () => {
      await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode('owners: ["@alice", "Team Payments"]\n'));
      await vscode.workspace.fs.writeFile(codeowners(), new TextEncoder().encode('* @acme/sre\n'));
    });

    after(async () => {
      await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceUri('.github'), { recursive: true }).then(undefined, () => undefined);
      // Leave the workspace settled for the suites after this one: the defaults back in the open postmortem.
      const { diagnostics } = await api();
      const document = (await openInEditor(DOCUMENT)).document;
      await waitFor(
        () => diagnostics.currentAnalysis(document)?.config.owners.length === 0,
        'the configuration to be gone',
      );
    });

    it(
      "from the code action on an unowned item: the team's owners, the document's people, " +
        'CODEOWNERS; and writes the one picked',
      async () => {
        const { views, diagnostics } = await api();
        const editor = await openInEditor(DOCUMENT);
        await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), 'authors: [carol]\nowner: Dave Lee\n'));
        const line = lineOf(editor.document, ITEM);
        // The configuration written above must have reached this document's analysis.
        await waitFor(
          () => diagnostics.currentAnalysis(editor.document)?.config.owners.includes('@alice') === true,
          'the configuration with owners to apply',
        );
        // Asked again until the finding shown is the current analysis's (the extension may still be reading the
        // workspace and the configuration written above when the suite starts).
        let assign: vscode.CodeAction | undefined;
        await waitFor(async () => {
          assign = (await ownerQuickFixes(editor.document, line)).find(
            (action) => action.title === 'Assign Owner\u2026',
          );
          return assign?.command !== undefined;
        }, 'Assign Owner to be offered on the finding');
        assert.ok(assign?.command);
        const before = views.lastOfferedOwners();
        const done = vscode.commands.executeCommand<boolean>(
          assign.command.command,
          ...(assign.command.arguments ?? []),
        );
        await waitFor(() => views.lastOfferedOwners() !== before, 'the owner pick to open');
        // Other postmortems' owners may follow, from whatever else the suite has opened.
        assert.deepEqual(views.lastOfferedOwners()?.slice(0, 5), [
          '@alice',
          'Team Payments',
          'carol',
          'Dave Lee',
          '@acme/sre',
        ]);
        // The pick shows in the workbench shortly after it is created: accept its first item once it is there.
        let accepted: boolean | undefined;
        void done.then((result) => (accepted = result));
        await waitFor(async () => {
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
          await new Promise((resolve) => setTimeout(resolve, 200));
          return accepted !== undefined;
        }, 'the first owner to be accepted');
        assert.equal(accepted, true);
        assert.equal(editor.document.lineAt(line).text, `${ITEM} \u2014 Owner: @alice`);
      },
    );
  });
});
