import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analysis/analyze';
import { today } from '../../src/core/util/clock';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { postmortemFacts, workspaceMetrics, type WorkspaceMetrics } from '../../src/core/metrics';
import type { PostmortemApi } from '../../src/extension/extension';
import { testApi, waitFor, workspaceUri } from './helpers';

interface FixtureFile {
  readonly path: string;
  readonly text: string;
  readonly title: string | undefined;
  readonly date: string | undefined;
  readonly severity: string;
  readonly status: string;
}

/**
 * The workspace's postmortems as read here, without the extension's parser: files named
 * `*.postmortem.md`, Markdown files under postmortems/ or incidents/ but their READMEs, and files
 * whose front matter says `type: postmortem`; templates are not postmortems.
 */
async function postmortemFiles(): Promise<FixtureFile[]> {
  const files: FixtureFile[] = [];
  for (const uri of await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**')) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const path = vscode.workspace.asRelativePath(uri);
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, 'm').exec(frontMatter)?.[1]?.trim();
    const byPath =
      /\.postmortem\.md$/.test(path) ||
      (/(^|\/)(postmortems|incidents)\//.test(path) && !/(^|\/)README\.md$/.test(path));
    if (text.startsWith('<!-- template:') || !(byPath || field('type') === 'postmortem')) continue;
    const title = field('title') ?? /^# (.+)$/m.exec(text)?.[1];
    files.push({
      path,
      text,
      title,
      date: field('date'),
      severity: field('severity') ?? 'unknown',
      status: field('status') ?? 'unknown',
    });
  }
  return files;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const sortedEntries = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));

function metricsTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('postmortem.metrics'));
}

/** Waits until the panel was sent numbers that pass `check`, and returns them; fails with the last difference. */
async function shownWhen(
  api: PostmortemApi,
  check: (metrics: WorkspaceMetrics) => void,
  what: string,
): Promise<WorkspaceMetrics> {
  let failure: unknown;
  try {
    await waitFor(() => {
      const shown = api.lastShownMetrics();
      if (!shown) return false;
      try {
        check(shown);
        return true;
      } catch (error) {
        failure = error;
        return false;
      }
    }, what);
  } catch (timeout) {
    throw failure ?? timeout;
  }
  return api.lastShownMetrics()!;
}

describe('Metrics: Show Metrics', function () {
  this.timeout(60_000);
  let api: PostmortemApi;

  before(async () => {
    api = await testApi();
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens one panel with the numbers of the fixture workspace', async () => {
    await vscode.commands.executeCommand('postmortem.showMetrics');
    assert.deepEqual(
      metricsTabs().map((tab) => tab.label),
      ['Postmortem Metrics'],
    );
    const files = await postmortemFiles();
    assert.ok(
      files.length >= 11,
      `the fixture workspace has at least 11 postmortems, found ${files.map((file) => file.path).join(', ')}`,
    );
    const shown = await shownWhen(
      api,
      (metrics) => {
        assert.equal(metrics.count, files.length);
        assert.deepEqual(sortedEntries(metrics.bySeverity), sortedEntries(countBy(files.map((file) => file.severity))));
        assert.deepEqual(sortedEntries(metrics.byStatus), sortedEntries(countBy(files.map((file) => file.status))));
        const row = (file: {
          path: string;
          title: string | undefined;
          date: string | undefined;
          severity: string;
          status: string;
        }) => [file.path, file.title, file.date, file.severity, file.status];
        assert.deepEqual(metrics.rows.map(row).sort(), files.map(row).sort());
      },
      'the numbers of the fixture workspace',
    );
    assert.ok(
      shown.bySeverity['SEV1']! >= 1 && shown.bySeverity['SEV2']! >= 1 && shown.bySeverity['SEV3']! >= 1,
      'the fixtures’ severities are counted',
    );

    // The index's facts give what a fresh parse of every file gives.
    const parsed = workspaceMetrics(
      files.map((file) => ({
        path: file.path,
        ...postmortemFacts(analyze(file.text, { config: DEFAULT_CONFIG, path: file.path, force: true })),
      })),
      today(),
    );
    assert.deepEqual(shown.durations, parsed.durations);
    assert.deepEqual(shown.actionItems, parsed.actionItems);
    assert.deepEqual([shown.recurringTags, shown.recurringServices], [parsed.recurringTags, parsed.recurringServices]);
    assert.ok(
      shown.actionItems.total > 0 && shown.durations.timeToDetect.n > 0,
      'the fixtures have action items and durations',
    );

    await vscode.commands.executeCommand('postmortem.showMetrics');
    assert.equal(metricsTabs().length, 1, 'a second Show Metrics reveals the same panel');
  });

  it('follows the workspace: a new postmortem is counted, and no longer once deleted', async () => {
    await vscode.commands.executeCommand('postmortem.showMetrics');
    const before = await shownWhen(
      api,
      (metrics) => assert.equal(metrics.bySeverity['SEV4'], undefined),
      'the numbers before',
    );
    const uri = workspaceUri('postmortems/2025-09-09-metrics-probe.md');
    try {
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode(
          '---\ntitle: Metrics probe\ndate: 2025-09-09\nseverity: SEV4\nstatus: draft\n---\n\n# ' +
            'Metrics probe\n\n## Summary\n\nText.\n',
        ),
      );
      await shownWhen(
        api,
        (metrics) => {
          assert.equal(metrics.count, before.count + 1);
          assert.equal(metrics.bySeverity['SEV4'], 1);
          assert.equal(metrics.rows[0]?.title, 'Metrics probe', 'the newest first');
        },
        'the new postmortem to be counted',
      );
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await shownWhen(
      api,
      (metrics) => assert.deepEqual([metrics.count, metrics.bySeverity['SEV4']], [before.count, undefined]),
      'the deleted postmortem to go',
    );
  });
});
