import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import { EXTENSION_ID, openInEditor, waitFor, workspaceUri } from './helpers';

const DOCUMENT = 'incidents/2025-04-01-cache-stampede.md';

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function diagnosticsFor(uri: vscode.Uri, ruleId: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'postmortem' && ruleOf(diagnostic) === ruleId);
}

async function waitForDiagnostic(
  uri: vscode.Uri,
  ruleId: string,
  predicate: (diagnostic: vscode.Diagnostic) => boolean = () => true,
): Promise<vscode.Diagnostic> {
  let found: vscode.Diagnostic | undefined;
  await waitFor(() => {
    found = diagnosticsFor(uri, ruleId).find(predicate);
    return found !== undefined;
  }, `a ${ruleId} diagnostic on ${uri.path}`);
  return found!;
}

async function api(): Promise<PostmortemApi> {
  const extension = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!;
  await waitFor(() => extension.isActive, 'the extension to activate');
  return extension.exports;
}

/** Waits until the diagnostics shown are those of the document's current version. */
async function settled(document: vscode.TextDocument): Promise<void> {
  const { diagnostics } = await api();
  const version = document.version;
  await new Promise<void>((resolve) => {
    const subscription = diagnostics.onDidAnalyze(({ document: analyzed }) => {
      if (analyzed === document && document.version === version) {
        subscription.dispose();
        resolve();
      }
    });
    diagnostics.schedule(document, 0);
  });
}

async function insertLineAfter(editor: vscode.TextEditor, anchor: string, line: string): Promise<number> {
  const lineNumber = editor.document.getText().split('\n').indexOf(anchor);
  assert.ok(lineNumber >= 0, `the fixture has the line "${anchor}"`);
  await editor.edit((edit) => edit.insert(new vscode.Position(lineNumber + 1, 0), `${line}\n`));
  return lineNumber + 1;
}

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

async function revert(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('diagnostics and quick fixes', () => {
  afterEach(revert);

  it('flags a blameful sentence typed into the root cause, with its range and documentation link', async () => {
    const editor = await openInEditor(DOCUMENT);
    await settled(editor.document);
    assert.deepEqual(
      diagnosticsFor(editor.document.uri, 'human-error-root-cause'),
      [],
      'the fixture starts clean of blame',
    );
    const line = await insertLineAfter(
      editor,
      'All cache keys were written with the same TTL.',
      'Bob forgot to add jitter to the TTL.',
    );
    const diagnostic = await waitForDiagnostic(editor.document.uri, 'human-error-root-cause');
    assert.deepEqual(
      [
        diagnostic.range.start.line,
        diagnostic.range.start.character,
        diagnostic.range.end.line,
        diagnostic.range.end.character,
      ],
      [line, 0, line, 13],
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(
      code.target.toString(),
      'https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/human-error-root-cause.md',
    );
  });

  it(
    'offers a rephrasing that keeps the person only as a suggestion, and applies it to exactly ' + 'the flagged words',
    async () => {
      const editor = await openInEditor(DOCUMENT);
      const line = await insertLineAfter(
        editor,
        'All cache keys were written with the same TTL.',
        'Bob forgot to add jitter to the TTL.',
      );
      const before = editor.document.getText();
      const diagnostic = await waitForDiagnostic(editor.document.uri, 'human-error-root-cause');
      const actions = await quickFixes(editor.document.uri, diagnostic);
      assert.equal(
        actions.some((action) => action.isPreferred),
        false,
        '"Bob did not" still names Bob as the one who failed: not preferred',
      );
      const rephrase = actions.find((action) => action.title === 'Rephrase as "Bob did not"');
      assert.ok(rephrase?.edit, 'the rephrasing is offered');
      assert.ok(await vscode.workspace.applyEdit(rephrase.edit));
      assert.equal(editor.document.lineAt(line).text, 'Bob did not add jitter to the TTL.');
      assert.equal(editor.document.getText(), before.replace('Bob forgot to add jitter', 'Bob did not add jitter'));
    },
  );

  it('silences a finding with "Disable RULE for this line"', async () => {
    const editor = await openInEditor(DOCUMENT);
    const line = await insertLineAfter(
      editor,
      'Product pages were slow for 20 minutes.',
      'This was obviously avoidable.',
    );
    const diagnostic = await waitForDiagnostic(
      editor.document.uri,
      'blameful-language',
      (candidate) => candidate.range.start.line === line,
    );
    const disable = (await quickFixes(editor.document.uri, diagnostic)).find(
      (action) => action.title === 'Disable blameful-language for this line',
    );
    assert.ok(disable?.edit, 'a disable action');
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(
      editor.document.lineAt(line).text,
      'This was obviously avoidable. <!-- postmortem-disable-line blameful-language -->',
    );
    await settled(editor.document);
    assert.deepEqual(
      diagnosticsFor(editor.document.uri, 'blameful-language').filter(
        (candidate) => candidate.range.start.line === line,
      ),
      [],
    );
  });

  it(
    "fixes every fixable finding with fix-all, and leaves a person's omission for the author " + 'to rephrase',
    async () => {
      const editor = await openInEditor(DOCUMENT);
      await insertLineAfter(
        editor,
        'All cache keys were written with the same TTL.',
        'Bob forgot to add jitter to the TTL. It was a careless mistake.',
      );
      await waitForDiagnostic(editor.document.uri, 'human-error-root-cause');
      await waitForDiagnostic(editor.document.uri, 'action-item-owner');
      await vscode.commands.executeCommand('postmortem.fixAll');
      const text = editor.document.getText();
      assert.match(text, /^Bob forgot to add jitter to the TTL\. It was a mistake\.$/m);
      assert.match(text, /^- \[ \] Add a load test for cold caches due: 2027-05-15 \u2014 Owner: @owner$/m);
    },
  );

  it('offers a documentation action for each finding', async () => {
    const editor = await openInEditor(DOCUMENT);
    await settled(editor.document);
    const diagnostic = await waitForDiagnostic(editor.document.uri, 'action-item-owner');
    const titles = (await quickFixes(editor.document.uri, diagnostic)).map((action) => action.title);
    assert.ok(titles.includes('Show documentation for action-item-owner'), titles.join(', '));
  });
});

describe('configuration and document lifecycle', () => {
  const configUri = (): vscode.Uri => workspaceUri('.postmortem.yaml');
  const writeConfig = (text: string): Thenable<void> =>
    vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(text));

  after(async () => {
    await vscode.workspace.fs.delete(configUri()).then(undefined, () => undefined);
  });

  it("changes a rule's severity in open documents when .postmortem.yaml changes", async () => {
    const editor = await openInEditor(DOCUMENT);
    const uri = editor.document.uri;
    assert.equal((await waitForDiagnostic(uri, 'action-item-owner')).severity, vscode.DiagnosticSeverity.Error);
    await writeConfig('rules:\n  action-item-owner: warning\n');
    await waitForDiagnostic(
      uri,
      'action-item-owner',
      (diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning,
    );
  });

  it('shows an invalid configuration as a diagnostic on the file, and the defaults still apply', async () => {
    const editor = await openInEditor(DOCUMENT);
    await writeConfig('rules:\n  action-item-owner: sometimes\n');
    let configProblem: vscode.Diagnostic | undefined;
    await waitFor(() => {
      configProblem = vscode.languages
        .getDiagnostics(configUri())
        .find((diagnostic) => diagnostic.source === 'postmortem');
      return configProblem !== undefined;
    }, 'a diagnostic on .postmortem.yaml');
    assert.equal(configProblem!.range.start.line, 1);
    assert.match(configProblem!.message, /sometimes/);
    await waitForDiagnostic(
      editor.document.uri,
      'action-item-owner',
      (diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error,
    );
  });

  it('gives a Markdown file that is not a postmortem no diagnostics, even with blameful words', async () => {
    const editor = await openInEditor('notes/meeting-notes.md');
    await settled(editor.document);
    assert.equal((await api()).activeEditorState().isPostmortem, false);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
  });

  it("clears a document's diagnostics when it closes", async () => {
    const editor = await openInEditor(DOCUMENT);
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'action-item-owner');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'the diagnostics to clear', 20_000);
  });
});
