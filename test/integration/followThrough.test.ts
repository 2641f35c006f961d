// Follow-through as a person sees it: team groups in the Action items view with their open, done and
// overdue counts and the days done items took; the closed-with-open-items finding; Show Metrics'
// numbers per team and owner.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import type { ActionItemsNode, ViewsApi } from '../../src/extension/views';
import { EXTENSION_ID, openInEditor, waitFor, workspaceUri } from './helpers';

const FOLDER = 'follow-through';
const CONFIG = `${FOLDER}/.postmortem.yaml`;
const POSTMORTEM = `${FOLDER}/2025-01-05-pool.postmortem.md`;

const TEXT = [
  '---',
  'title: Connection pool exhausted',
  'date: 2025-01-05',
  'status: closed',
  '---',
  '# Connection pool exhausted',
  '',
  '## Action items',
  '',
  '- [x] Revert the pool size. Owner: @fiona (done 2025-01-09)',
  '- [x] Alert on pool saturation. Owner: @gus (done 2025-01-25)',
  '- [ ] Cap retries per client. Owner: @gus, due 2025-02-01',
  '',
].join('\n');

async function api(): Promise<PostmortemApi & { readonly views: ViewsApi }> {
  return vscode.extensions.getExtension<PostmortemApi & { readonly views: ViewsApi }>(EXTENSION_ID)!.activate();
}

async function rows(provider: vscode.TreeDataProvider<ActionItemsNode>, parent?: ActionItemsNode) {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return Promise.all(
    nodes.map(async (node) => {
      const item = await provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return {
        node,
        label,
        description: String(item.description ?? ''),
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
      };
    }),
  );
}

describe('follow-through: teams, closed postmortems with open items, metrics', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.workspace.fs.writeFile(
      workspaceUri(CONFIG),
      new TextEncoder().encode('teams:\n  storage: ["@fiona", "@gus"]\n'),
    );
    await vscode.workspace.fs.writeFile(workspaceUri(POSTMORTEM), new TextEncoder().encode(TEXT));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  it(
    'groups the items of a team under it, saying how many are open, overdue and done and how ' +
      'long the done ones took',
    async () => {
      const { views } = await api();
      let team: Awaited<ReturnType<typeof rows>>[number] | undefined;
      await waitFor(async () => {
        team = (await rows(views.actionItems)).find((row) => row.label === 'storage');
        return team?.description === '1 open item, 1 overdue, 2 done in 12 days (median)';
      }, 'the storage team in the Action items view with its counts');
      assert.equal(team!.icon, 'organization');
      const items = await rows(views.actionItems, team!.node);
      assert.deepEqual(
        items.map((item) => [item.label, item.description]),
        [
          ['Cap retries per client.', 'overdue since 2025-02-01 \u00b7 2025-01-05-pool.postmortem.md'],
          ['Alert on pool saturation.', 'done 2025-01-25 \u00b7 2025-01-05-pool.postmortem.md'],
          ['Revert the pool size.', 'done 2025-01-09 \u00b7 2025-01-05-pool.postmortem.md'],
        ],
      );
      const gus = (await rows(views.actionItems)).find((row) => row.label === '@gus');
      assert.equal(gus?.description, '1 open item, 1 overdue, 1 done in 20 days (median)');
    },
  );

  it('flags the closed status while an item is open, on the status value', async () => {
    const { document } = await openInEditor(POSTMORTEM);
    let finding: vscode.Diagnostic | undefined;
    await waitFor(() => {
      finding = vscode.languages
        .getDiagnostics(document.uri)
        .find(
          (diagnostic) => typeof diagnostic.code === 'object' && diagnostic.code.value === 'closed-with-open-items',
        );
      return finding !== undefined;
    }, 'the closed-with-open-items finding');
    assert.equal(finding!.message, 'Status is "closed" but 1 action item is still open (line 12)');
    assert.equal(document.getText(finding!.range), 'closed');
    assert.equal(finding!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('shows the team and owners in Show Metrics, and that the postmortem has an open item', async () => {
    const extension = await api();
    await vscode.commands.executeCommand('postmortem.showMetrics');
    const poolRow = () =>
      extension.lastShownMetrics()?.rows.find((candidate) => candidate.path.endsWith('2025-01-05-pool.postmortem.md'));
    // The panel shows the index as it is and again on each change: wait for this file's latest reading.
    await waitFor(
      () =>
        extension.lastShownMetrics()?.followThrough.byTeam.some((team) => team.name === 'storage') === true &&
        poolRow()?.actionItems.done === 2,
      'the storage team and the pool postmortem read in full in the metrics',
    );
    const metrics = extension.lastShownMetrics()!;
    const storage = metrics.followThrough.byTeam.find((team) => team.name === 'storage')!;
    assert.deepEqual(
      [storage.open, storage.done, storage.overdue, storage.daysToDone],
      [1, 2, 1, { n: 2, median: 12, p90: 20 }],
    );
    const row = poolRow()!;
    assert.deepEqual([row.actionItems.open, row.actionItems.done, row.allClosed], [1, 2, false]);
  });
});
