import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { testApi, waitFor, workspaceUri } from './helpers';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function removeIfThere(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

describe('Templates and team sharing', function () {
  this.timeout(60_000);
  before(async () => {
    await testApi();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('New Postmortem fills a built-in template into postmortems/, with the next id, and opens it', async () => {
    const expected = workspaceUri('postmortems/2025-07-01-cache-nodes-ran-out-of-memory-again.postmortem.md');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem', {
        template: 'lightweight',
        title: 'Cache nodes ran out of memory: again',
        severity: 'SEV2',
        date: '2025-07-01',
      });
      assert.equal(uri?.toString(), expected.toString());
      assert.equal(
        vscode.window.activeTextEditor?.document.uri.toString(),
        expected.toString(),
        'the new postmortem is open',
      );
      const text = await read(expected);
      assert.match(
        text,
        new RegExp(
          String.raw`^---\ntype: postmortem\nid: INC-2025-008\ntitle: "Cache nodes ran out of` +
            String.raw` memory: again"\nstatus: draft\nseverity: SEV2\ndate: 2025-07-01\n`,
        ),
      );
      assert.match(text, /\n# Cache nodes ran out of memory: again\n/);
      assert.ok(!text.includes('{{'), 'every placeholder is filled');
      const { diagnostics } = await testApi();
      await waitFor(
        () => diagnostics.currentAnalysis(vscode.window.activeTextEditor!.document) !== undefined,
        'the new postmortem to be analyzed',
      );
      const errors = vscode.languages
        .getDiagnostics(expected)
        .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(
        errors.map((diagnostic) => diagnostic.message),
        [],
        'a fresh postmortem has no errors',
      );

      const second = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem', {
        template: 'lightweight',
        title: 'Cache nodes ran out of memory: again',
        severity: 'SEV2',
        date: '2025-07-01',
      });
      assert.equal(
        second?.path.endsWith('/2025-07-01-cache-nodes-ran-out-of-memory-again-2.postmortem.md'),
        true,
        'never overwrites',
      );
      await removeIfThere(second!);
    } finally {
      await removeIfThere(expected);
    }
  });

  it('New Postmortem refuses an impossible date given to the command, and writes nothing', async () => {
    const answers = { template: 'lightweight', title: 'An impossible day', severity: 'SEV3', date: '2025-02-30' };
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', answers);
    assert.equal(uri, undefined);
    const path = workspaceUri('postmortems/2025-02-30-an-impossible-day.postmortem.md');
    const written = await vscode.workspace.fs.stat(path).then(
      () => true,
      () => false,
    );
    assert.equal(written, false);
  });

  it('New Postmortem fills a team template from .postmortem/templates', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem', {
      template: 'incident-review',
      title: 'Webhooks were delayed',
      severity: 'SEV3',
      date: '2025-08-15',
    });
    try {
      assert.ok(uri?.path.endsWith('/postmortems/2025-08-15-webhooks-were-delayed.postmortem.md'), uri?.path);
      const text = await read(uri!);
      assert.ok(!text.startsWith('<!--'), 'the template declaration is not copied');
      assert.match(text, /title: Webhooks were delayed\n/);
      assert.match(text, /<!-- Two sentences for the weekly review. -->/);
    } finally {
      if (uri) await removeIfThere(uri);
    }
  });

  it('Save Selection as Team Snippet writes a snippet that VS Code then offers', async () => {
    const snippets = workspaceUri('.vscode/postmortem.code-snippets');
    const document = await vscode.workspace.openTextDocument(workspaceUri('timelines/list-style.postmortem.md'));
    const editor = await vscode.window.showTextDocument(document);
    const line = document.lineAt(document.getText().split('\n').indexOf('## Summary') + 2);
    editor.selection = new vscode.Selection(line.range.start, line.range.end);
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('postmortem.saveSelectionAsTeamSnippet', {
        name: 'Stale search summary',
        prefix: 'pmstale',
      });
      assert.equal(written?.toString(), snippets.toString());
      const saved = JSON.parse((await read(snippets)).replace(/^\s*\/\/.*$/gm, '')) as Record<
        string,
        { prefix: string; body: string[] }
      >;
      assert.deepEqual(saved['Stale search summary']?.prefix, 'pmstale');

      const scratch = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'pmst' });
      await vscode.window.showTextDocument(scratch);
      let offered: vscode.CompletionItem | undefined;
      await waitFor(
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            scratch.uri,
            new vscode.Position(0, 4),
          );
          offered = list.items.find(
            (item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'pmstale',
          );
          return offered !== undefined;
        },
        'VS Code to offer the team snippet',
        20_000,
      );
      assert.equal(offered!.kind, vscode.CompletionItemKind.Snippet);

      const duplicate = await vscode.commands.executeCommand('postmortem.saveSelectionAsTeamSnippet', {
        name: 'Another',
        prefix: 'pmstale',
      });
      assert.equal(duplicate, undefined, 'a duplicate prefix is refused');
    } finally {
      await removeIfThere(snippets);
    }
  });

  it('Save as Team Template saves the document with placeholders, and New Postmortem offers it', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('timelines/list-style.postmortem.md'));
    await vscode.window.showTextDocument(document);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.saveAsTeamTemplate', 'Search incident');
    try {
      assert.ok(uri?.path.endsWith('/.postmortem/templates/search-incident.md'), uri?.path);
      const text = await read(uri!);
      assert.match(
        text,
        new RegExp(
          String.raw`^<!-- template: Search incident — saved from timelines\/list-style\.postmortem` +
            String.raw`\.md -->\n---\ntitle: \{\{title\}\}\ndate: \{\{date\}\}\n`,
        ),
      );
      assert.match(text, /\n# \{\{title\}\}\n/);
      const created = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem', {
        template: 'search-incident',
        title: 'Search was stale again',
        severity: 'SEV3',
        date: '2025-09-01',
      });
      assert.match(await read(created!), /^---\ntitle: Search was stale again\ndate: 2025-09-01\n/);
      await removeIfThere(created!);
    } finally {
      if (uri) await removeIfThere(uri);
    }
  });
});
