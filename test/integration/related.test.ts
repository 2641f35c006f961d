// Related postmortems as a person sees them: a hover on the Root cause heading names the other
// postmortems whose causes say the same thing, with the sentence that matches; completion offers
// their ids in related:; the Related Postmortems view lists them and adds one to related:.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import type { RelatedNode } from '../../src/extension/related/relatedView';
import type { ViewsApi } from '../../src/extension/views';
import { EXTENSION_ID, openInEditor, waitFor, workspaceUri } from './helpers';

// Each suite writes its postmortems into a folder of its own: a file deleted and written again at
// the same path may reach the index's watcher in either order.
let round = 0;
let FOLDER = 'related-check-0';
let EARLIER = '';
let LATER = '';
let OTHER = '';

function nextFolder(): void {
  round++;
  FOLDER = `related-check-${round}`;
  EARLIER = `${FOLDER}/2024-11-02-lb-certificate.postmortem.md`;
  LATER = `${FOLDER}/2025-03-09-expired-certs.postmortem.md`;
  OTHER = `${FOLDER}/2025-01-15-schema-lock.postmortem.md`;
}

const postmortem = (title: string, cause: string, id = '') =>
  `---\ntitle: ${title}\n${id ? `id: ${id}\n` : ''}related: []\n---\n` +
  `# ${title}\n\n## Root cause\n\n${cause}\n\n## Impact\n\nCheckout failed.\n`;

/** Two postmortems whose causes say the same thing in other words, and one whose cause is another. */
async function writePostmortems(): Promise<void> {
  nextFolder();
  const write = (path: string, text: string) =>
    vscode.workspace.fs.writeFile(workspaceUri(path), new TextEncoder().encode(text));
  await write(
    EARLIER,
    postmortem(
      'Load balancer certificate expired',
      'The TLS certificate of the load balancer expired; its renewal job had been failing for weeks.',
      'INC-2024-101',
    ),
  );
  await write(
    OTHER,
    postmortem('Orders table locked', 'A schema migration locked the orders table during peak traffic.'),
  );
  await write(
    LATER,
    postmortem(
      'Checkout TLS errors',
      '- Certificates on the load balancers expired.\n- Renewal jobs failed without alerting anyone.',
    ),
  );
}

/** Removes them, and waits until the index no longer holds them, so that later tests see the workspace as it was. */
async function removePostmortems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  const { views } = await vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID)!.activate();
  await waitFor(
    async () => !(await views.indexedPostmortems()).some((entry) => entry.uri.path.includes(`/${FOLDER}/`)),
    'the removed postmortems to leave the index',
  );
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) =>
      hover.contents.map((content) =>
        typeof content === 'string' ? content : 'value' in content ? content.value : '',
      ),
    )
    .join('\n');
}

describe('related postmortems: the hover on the Root cause heading', function () {
  this.timeout(60_000);

  before(writePostmortems);
  after(removePostmortems);

  it(
    'names the postmortem with the same cause, linking the sentence that matches, and not the ' + 'unrelated one',
    async () => {
      const { views } = (await vscode.extensions
        .getExtension<PostmortemApi & { readonly views: ViewsApi }>(EXTENSION_ID)!
        .activate()) as PostmortemApi & { readonly views: ViewsApi };
      const editor = await openInEditor(LATER);
      const heading = editor.document.getText().split('\n').indexOf('## Root cause');
      let text = '';
      await waitFor(
        async () => {
          const indexed = await views.indexedPostmortems();
          if (!indexed.some((entry) => entry.uri.path.endsWith(EARLIER))) return false;
          text = hoverText(
            await vscode.commands.executeCommand<vscode.Hover[]>(
              'vscode.executeHoverProvider',
              editor.document.uri,
              new vscode.Position(heading, 4),
            ),
          );
          return text.includes('Load balancer certificate expired');
        },
        'the hover to name the related postmortem (the first question waits for the index to read every file)',
        30_000,
      );
      assert.match(text, /\*\*Related postmortems\*\*, whose causes say the same thing:/);
      assert.match(text, /\[Load balancer certificate expired\]\([^)]*2024-11-02-lb-certificate\.postmortem\.md#L10\)/);
      assert.match(text, /The TLS certificate of the load balancer expired/);
      assert.doesNotMatch(text, /Orders table locked/);
    },
  );
});

describe('related postmortems: completion of related: in the front matter', function () {
  this.timeout(60_000);

  before(writePostmortems);
  after(removePostmortems);

  it("offers the related postmortem's id inside related: [ ], and not an unrelated one", async () => {
    const editor = await openInEditor(LATER);
    const line = editor.document.getText().split('\n').indexOf('related: []');
    const position = new vscode.Position(line, 'related: ['.length);
    let labels: string[] = [];
    await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        position,
      );
      labels = list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Reference)
        .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return labels.includes('INC-2024-101');
    }, 'the related id to be offered');
    assert.equal(labels[0], 'INC-2024-101', 'the closest first');
    assert.ok(
      !labels.some((label) => label.endsWith('2025-01-15-schema-lock.postmortem.md')),
      `nothing for the unrelated postmortem: ${labels.join(', ')}`,
    );
  });
});

describe('related postmortems: the Related Postmortems view', function () {
  this.timeout(60_000);

  before(writePostmortems);
  after(removePostmortems);

  /** The view's rows: label, description and context value, with their nodes. */
  async function rows(provider: vscode.TreeDataProvider<RelatedNode>, parent?: RelatedNode) {
    return Promise.all(
      ((await provider.getChildren(parent)) ?? []).map(async (node) => {
        const item = await provider.getTreeItem(node);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        return { node, item, label, description: String(item.description ?? ''), context: item.contextValue };
      }),
    );
  }

  it(
    'lists the postmortem with the same cause, expands to the sentences that match, opens the other at its ' +
      'sentence, and Add to Related writes its id',
    async () => {
      const { related } = (await vscode.extensions
        .getExtension<PostmortemApi>(EXTENSION_ID)!
        .activate()) as PostmortemApi;
      await vscode.commands.executeCommand('postmortem.related.focus');
      const editor = await openInEditor(LATER);
      let shown: Awaited<ReturnType<typeof rows>> = [];
      await waitFor(
        async () => {
          shown = await rows(related.provider);
          return shown.some((row) => row.label === 'Load balancer certificate expired');
          // The first answer waits for the workspace index to read every file, slow on a loaded machine.
        },
        'the view to list the related postmortem',
        45_000,
      );
      assert.deepEqual(
        [shown[0]!.label, shown[0]!.description, shown[0]!.context],
        [
          'Load balancer certificate expired',
          'INC-2024-101 \u00b7 certificate, load, balancer, expire',
          'relatedPostmortem',
        ],
        'the closest first',
      );
      assert.ok(
        !shown.some((row) => row.label === 'Orders table locked'),
        `not the unrelated postmortem: ${shown.map((row) => row.label).join(', ')}`,
      );

      const sentences = await rows(related.provider, shown[0]!.node);
      assert.deepEqual(
        sentences.map((row) => [row.label, row.description]),
        [
          [
            'The TLS certificate of the load balancer expired; its renewal job had been failing for weeks.',
            'certificate, load, balancer, expire',
          ],
        ],
      );

      const command = sentences[0]!.item.command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      await waitFor(
        () => vscode.window.activeTextEditor?.document.uri.path.endsWith(EARLIER) === true,
        'the related postmortem to open',
      );
      const opened = vscode.window.activeTextEditor!;
      assert.equal(
        opened.document.lineAt(opened.selection.active.line).text,
        'The TLS certificate of the load balancer expired; its renewal job had been failing for weeks.',
      );

      await vscode.window.showTextDocument(editor.document);
      await waitFor(
        async () => (await rows(related.provider))[0]?.label === 'Load balancer certificate expired',
        'the view to show the later postmortem again',
      );
      assert.equal(
        await vscode.commands.executeCommand('postmortem.addToRelated', (await rows(related.provider))[0]!.node),
        true,
      );
      assert.equal(
        editor.document
          .getText()
          .split('\n')
          .find((line) => line.startsWith('related:')),
        'related: [INC-2024-101]',
      );
      await waitFor(
        async () => (await rows(related.provider))[0]?.context === 'relatedPostmortem.listed',
        'the row to show the postmortem as listed in related:',
      );
      assert.match((await rows(related.provider))[0]!.description, /^in related: \u00b7 INC-2024-101/);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  );
});

describe('related postmortems: related-not-found in the editor', function () {
  this.timeout(60_000);

  before(writePostmortems);
  after(removePostmortems);

  const newPostmortem = () => `${FOLDER}/2025-04-01-new-incident.postmortem.md`;

  const findings = (uri: vscode.Uri): string[] =>
    vscode.languages
      .getDiagnostics(uri)
      .filter((diagnostic) => {
        const code = diagnostic.code;
        return (typeof code === 'object' ? code.value : code) === 'related-not-found';
      })
      .map((diagnostic) => `${diagnostic.range.start.line}: ${diagnostic.message}`);

  it('flags an entry naming no postmortem of the workspace, and stops once one has that id', async () => {
    await vscode.workspace.fs.writeFile(
      workspaceUri(newPostmortem()),
      new TextEncoder().encode(
        postmortem('New incident', 'A schema migration locked a table.').replace(
          'related: []',
          'related: [INC-2024-101, INC-2024-110]',
        ),
      ),
    );
    const editor = await openInEditor(newPostmortem());
    const expected = [
      '2: "INC-2024-110" in related: names no postmortem in this workspace; did you mean "INC-2024-101"?',
    ];
    let found: string[] = [];
    await waitFor(
      () => {
        found = findings(editor.document.uri);
        return JSON.stringify(found) === JSON.stringify(expected);
      },
      'the finding on the one id no postmortem has',
      30_000,
    ).catch((error: Error) => assert.fail(`${error.message}; last: ${JSON.stringify(found)}`));

    await vscode.workspace.fs.writeFile(
      workspaceUri(`${FOLDER}/2024-11-10-another.postmortem.md`),
      new TextEncoder().encode(postmortem('Another', 'A disk filled up.', 'INC-2024-110')),
    );
    await waitFor(() => findings(editor.document.uri).length === 0, 'the finding to go once the id exists', 30_000);
  });
});

describe('related postmortems: related: kept in step', function () {
  this.timeout(60_000);

  before(writePostmortems);
  after(removePostmortems);

  const lister = () => `${FOLDER}/2025-05-01-lister.postmortem.md`;
  const renamed = () => `${FOLDER}/2025-01-15-orders-table-lock.postmortem.md`;

  const relatedLine = async (path: string): Promise<string | undefined> =>
    new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(workspaceUri(path)))
      .split('\n')
      .find((line) => line.startsWith('related:'));

  it(
    'offers to update the related: lists naming a postmortem when its id is saved changed or its file renamed, ' +
      'and writes them',
    async () => {
      const { related, views, diagnostics } = await vscode.extensions
        .getExtension<PostmortemApi>(EXTENSION_ID)!
        .activate();
      const asked: string[] = [];
      related.setRelatedPrompt(async (message) => {
        asked.push(message);
        return true;
      });
      try {
        await vscode.workspace.fs.writeFile(
          workspaceUri(lister()),
          new TextEncoder().encode(
            postmortem('Lister', 'A disk filled up.').replace('related: []', `related: [INC-2024-101, ${OTHER}]`),
          ),
        );
        await waitFor(
          async () => (await views.indexedPostmortems()).some((entry) => entry.related.includes('INC-2024-101')),
          'the index to read the postmortem that lists others',
        );

        const editor = await openInEditor(EARLIER);
        const idLine = editor.document.getText().split('\n').indexOf('id: INC-2024-101');
        await waitFor(
          () => diagnostics.currentAnalysis(editor.document) !== undefined,
          'the postmortem to be analyzed',
        );
        await editor.edit((edit) => edit.replace(editor.document.lineAt(idLine).range, 'id: INC-2024-201'));
        await editor.document.save();
        await waitFor(
          async () => (await relatedLine(lister())) === `related: [INC-2024-201, ${OTHER}]`,
          'the id to be written in the list',
        );
        assert.deepEqual(asked, ['1 postmortem lists "INC-2024-101" in related:. Write "INC-2024-201" there instead?']);

        const rename = new vscode.WorkspaceEdit();
        rename.renameFile(workspaceUri(OTHER), workspaceUri(renamed()));
        assert.ok(await vscode.workspace.applyEdit(rename));
        await waitFor(
          async () => (await relatedLine(lister())) === `related: [INC-2024-201, ${renamed()}]`,
          'the new path to be written in the list',
        );
        assert.equal(asked[1], `1 postmortem lists "${OTHER}" in related:. Write "${renamed()}" there instead?`);
      } finally {
        related.setRelatedPrompt(undefined);
      }
    },
  );
});
