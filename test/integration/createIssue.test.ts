// Create Issue for Action Item as a person uses it: the new-issue page the browser is asked to open
// (GitHub from the Git remote, or the configured tracker), and the pasted address written into the item.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import type { CreateIssueResult } from '../../src/extension/tracker/createIssue';
import { EXTENSION_ID, openInEditor, waitFor, workspaceUri, testApi } from './helpers';

const FOLDER = 'create-issue';
const POSTMORTEM = `${FOLDER}/postmortems/2025-01-05-pool.postmortem.md`;
const TEXT = [
  '---',
  'title: Connection pool exhausted',
  'date: 2025-01-05',
  '---',
  '# Connection pool exhausted',
  '',
  '## Action items',
  '',
  '- [ ] Cap retries per client. Owner: @kim, due 2025-02-01',
  '',
].join('\n');
const ISSUE = 'https://github.com/acme/shop/issues/42';

const write = (path: string, text: string) =>
  vscode.workspace.fs.writeFile(workspaceUri(path), new TextEncoder().encode(text));

describe('tracker: Create Issue for Action Item', function () {
  this.timeout(60_000);
  let api: PostmortemApi;
  let opened: string[] = [];
  let pasted: string | undefined;

  before(async () => {
    api = await testApi();
    api.setIssueHandOff({
      open: async (url) => {
        opened.push(url);
        return true;
      },
      askLink: async () => pasted,
    });
  });

  beforeEach(async () => {
    opened = [];
    await write(
      `${FOLDER}/.git/config`,
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/shop.git\n',
    );
    await write(POSTMORTEM, TEXT);
  });

  after(async () => {
    api.setIssueHandOff();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  /** Runs the command with the cursor on the item, as from the Command Palette. */
  async function createIssueAtItem(): Promise<{ result: CreateIssueResult; document: vscode.TextDocument }> {
    const editor = await openInEditor(POSTMORTEM);
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('- [ ] Cap retries'));
    editor.selection = new vscode.Selection(line, 10, line, 10);
    const result = await vscode.commands.executeCommand<CreateIssueResult>('postmortem.createIssue');
    return { result, document: editor.document };
  }

  it("opens the GitHub repository's new-issue page prefilled, and writes the pasted issue into the item", async () => {
    pasted = ISSUE;
    const { result, document } = await createIssueAtItem();
    assert.equal(opened.length, 1);
    const page = new URL(opened[0]!);
    assert.equal(`${page.origin}${page.pathname}`, 'https://github.com/acme/shop/issues/new');
    assert.equal(page.searchParams.get('title'), 'Cap retries per client.');
    const body = page.searchParams.get('body')!;
    assert.match(body, /- Owner: @kim\n- Due: 2025-02-01\n/);
    assert.match(
      body,
      new RegExp(
        String.raw`- Postmortem: Connection pool exhausted \(https:\/\/github\.com\/acme\/shop` +
          String.raw`\/blob\/HEAD\/postmortems\/2025-01-05-pool\.postmortem\.md#L9\)`,
      ),
    );
    assert.equal(result.link, ISSUE);
    assert.equal(
      document.lineAt(8).text,
      `- [ ] Cap retries per client. Owner: @kim, due 2025-02-01 (tracked in ${ISSUE})`,
    );
    await waitFor(
      async () => (await api.service.analysisOf(document)).analysis.actionItems[0]?.links.includes(ISSUE) === true,
      'the item to name its tracking link',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("opens the configured tracker's page instead, and leaves the item as it is when nothing is pasted", async () => {
    pasted = undefined;
    await write(
      `${FOLDER}/.postmortem.yaml`,
      'new-issue-url: ' +
        '"https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&summary={title}&' +
        'duedate={due}&description={body}"\n',
    );
    try {
      let result: CreateIssueResult | undefined;
      await waitFor(async () => {
        opened = [];
        result = (await createIssueAtItem()).result;
        return opened[0] !== undefined && new URL(opened[0]).host === 'acme.atlassian.net';
      }, 'the configured tracker to be used');
      const page = new URL(opened[0]!);
      assert.equal(page.searchParams.get('summary'), 'Cap retries per client.');
      assert.equal(page.searchParams.get('duedate'), '2025-02-01');
      assert.equal(page.searchParams.get('pid'), '10000');
      assert.equal(result!.link, undefined);
      const document = await vscode.workspace.openTextDocument(workspaceUri(POSTMORTEM));
      assert.equal(document.getText(), TEXT);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(`${FOLDER}/.postmortem.yaml`)).then(undefined, () => undefined);
    }
  });

  it('offers the command on open items in the Action items view', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { menus: Record<string, { command: string; when?: string }[]> };
    };
    const entry = manifest.contributes.menus['view/item/context']!.find(
      (menu) => menu.command === 'postmortem.createIssue',
    );
    assert.equal(entry?.when, 'view == postmortem.actionItems && viewItem == actionItem.open');
  });
});
