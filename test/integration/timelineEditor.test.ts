import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TimelinePanel } from '../../src/extension/timeline/timelineEditor';
import type { TimelineViewModel } from '../../src/core/timeline/protocol';
import { testApi, waitFor, workspaceUri } from './helpers';

const LIST = 'timelines/list-style.postmortem.md';
const TABLE = 'timelines/table-style.postmortem.md';
const HEADINGS = 'timelines/heading-style.postmortem.md';

/** Opens the document's text editor, then the timeline editor beside it, and waits for its first view. */
async function openTimeline(
  path: string,
): Promise<{ document: vscode.TextDocument; panel: TimelinePanel; original: string }> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path));
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('postmortem.openTimelineEditor');
  const { timelinePanels } = await testApi();
  await waitFor(
    () => timelinePanels(document.uri).some((panel) => panel.lastState !== undefined),
    `the timeline editor of ${path} to show its entries`,
    20_000,
  );
  return { document, panel: timelinePanels(document.uri)[0]!, original: document.getText() };
}

/** The panel's view once it shows the document's current version. */
async function currentView(panel: TimelinePanel): Promise<TimelineViewModel> {
  await waitFor(
    () => panel.lastState?.version === panel.document.version,
    'the timeline editor to show the current version',
  );
  return panel.lastState!;
}

/** The text outside the Timeline section: from the start to its heading, and from the next `## ` heading on. */
function outsideTimeline(text: string): [string, string] {
  const start = text.indexOf('## Timeline');
  const end = text.indexOf('\n## ', start + 1);
  return [text.slice(0, start), end < 0 ? '' : text.slice(end)];
}

async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
    await vscode.workspace.applyEdit(edit);
  }
  await document.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Timeline editor', function () {
  this.timeout(60_000);

  it('opens beside the text editor as a custom editor and shows the entries', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      const tab = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputCustom);
      assert.equal((tab?.input as vscode.TabInputCustom | undefined)?.viewType, 'postmortem.timeline');
      const view = await currentView(panel);
      assert.deepEqual(
        view.rows.map((row) => [row.timeText, row.milestone, row.instant && new Date(row.instant).toISOString()]),
        [
          ['10:02 UTC', 'started', '2025-03-14T10:02:00.000Z'],
          ['10:40 UTC', 'detected', '2025-03-14T10:40:00.000Z'],
          ['11:15 UTC', 'mitigated', '2025-03-14T11:15:00.000Z'],
          ['12:05 UTC', 'resolved', '2025-03-14T12:05:00.000Z'],
        ],
      );
      assert.match(view.rows[0]!.description, /^Indexer stopped consuming updates/);
      assert.equal(view.metrics.timeToDetect, 38 * 60_000);
      assert.equal(view.metrics.timeToResolve, 123 * 60_000);
    } finally {
      await restore(document, original);
    }
  });

  it('edits, adds and deletes list entries inside the Timeline section only', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      let view = await currentView(panel);
      const [first, second, , last] = view.rows;
      await panel.receive({
        type: 'edit',
        version: view.version,
        id: second!.id,
        description: 'Freshness alert paged the on-call',
      });
      view = await currentView(panel);
      await panel.receive({
        type: 'add',
        version: view.version,
        afterId: first!.id,
        entry: { time: '10:20 UTC', description: 'Queue lag started to grow', milestone: null },
      });
      view = await currentView(panel);
      await panel.receive({ type: 'delete', version: view.version, id: last!.id });
      view = await currentView(panel);
      const text = document.getText();
      assert.deepEqual(
        outsideTimeline(text),
        outsideTimeline(original),
        'nothing outside the Timeline section changed',
      );
      assert.ok(
        text.includes(
          [
            '- 10:02 UTC Indexer stopped consuming updates [started]',
            '- 10:20 UTC Queue lag started to grow',
            '- 10:40 UTC Freshness alert paged the on-call [detected]',
            '- 11:15 UTC Indexer restarted [mitigated]',
            '',
            '## Root Cause',
          ].join('\n'),
        ),
        text,
      );
      assert.deepEqual(
        view.rows.map((row) => row.timeText),
        ['10:02 UTC', '10:20 UTC', '10:40 UTC', '11:15 UTC'],
      );
    } finally {
      await restore(document, original);
    }
  });

  it('writes new entries in the style of a table and of headings', async () => {
    for (const [path, expected] of [
      [TABLE, /\| 09:12 \| Support reported failures \[detected\] \|\n\| 09:20 \| Rollback started\s*\|\n\| 09:40 \|/],
      [
        HEADINGS,
        new RegExp(
          String.raw`### 08:45 UTC - Customers wrote in \[detected\]\n\nSupport saw duplicate` +
            String.raw` invoices\.\n\n### 09:20 UTC - Rollback started\n`,
        ),
      ],
    ] as const) {
      const { document, panel, original } = await openTimeline(path);
      try {
        const view = await currentView(panel);
        const [, second] = view.rows;
        await panel.receive({
          type: 'add',
          version: view.version,
          afterId: second!.id,
          entry: { time: path === TABLE ? '09:20' : '09:20 UTC', description: 'Rollback started', milestone: null },
        });
        await currentView(panel);
        const text = document.getText();
        assert.match(text, expected);
        assert.deepEqual(
          outsideTimeline(text),
          outsideTimeline(original),
          `${path}: nothing outside the Timeline section changed`,
        );
      } finally {
        await restore(document, original);
      }
    }
  });

  it('applies an intent made for an older version after a text edit beside it, losing nothing', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      const view = await currentView(panel);
      const summaryEdit = new vscode.WorkspaceEdit();
      summaryEdit.insert(
        document.uri,
        new vscode.Position(
          document.getText().split('\n').indexOf('Search showed results up to two hours old.') + 1,
          0,
        ),
        '\nIt lasted two hours.\n',
      );
      assert.ok(await vscode.workspace.applyEdit(summaryEdit));
      assert.ok(document.version > view.version);
      await panel.receive({ type: 'edit', version: view.version, id: view.rows[2]!.id, time: '11:20 UTC' });
      const text = document.getText();
      assert.ok(text.includes('It lasted two hours.'), 'the text edit is kept');
      assert.ok(text.includes('- 11:20 UTC Indexer restarted [mitigated]'), 'the intent is applied');
      assert.equal((await currentView(panel)).rows[2]!.timeText, '11:20 UTC', 'the view follows');
    } finally {
      await restore(document, original);
    }
  });

  it('refuses an intent whose entry changed meanwhile, and ignores malformed messages', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      const view = await currentView(panel);
      const target = view.rows[1]!;
      const line = document.lineAt(target.line);
      const rewrite = new vscode.WorkspaceEdit();
      rewrite.replace(document.uri, line.range, '- 10:41 UTC Freshness alert fired late [detected]');
      assert.ok(await vscode.workspace.applyEdit(rewrite));
      const before = document.getText();
      await panel.receive({ type: 'delete', version: view.version, id: target.id });
      assert.equal(document.getText(), before, 'nothing changed');
      assert.match(panel.lastRefusal ?? '', /changed|removed/);
      for (const hostile of [
        null,
        42,
        'delete',
        { type: 'delete' },
        { type: 'edit', version: 1, id: 'x' },
        { type: 'add', version: -1, afterId: null, entry: {} },
        { type: 'exec', command: 'rm -rf /' },
        { type: 'edit', version: 1, id: 'x', description: 'a'.repeat(100_000) },
      ]) {
        await panel.receive(hostile);
      }
      assert.equal(document.getText(), before, 'malformed messages change nothing');
    } finally {
      await restore(document, original);
    }
  });

  it('undo from the timeline editor restores the text exactly, and redo applies it again', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      const view = await currentView(panel);
      await panel.receive({ type: 'delete', version: view.version, id: view.rows[0]!.id });
      const edited = document.getText();
      assert.notEqual(edited, original);
      await panel.receive({ type: 'undo' });
      await waitFor(() => document.getText() === original, 'undo to restore the text');
      assert.ok(document.isDirty === false || document.getText() === original);
      await panel.receive({ type: 'redo' });
      await waitFor(() => document.getText() === edited, 'redo to apply the edit again');
    } finally {
      await restore(document, original);
    }
  });

  it('keeps two panels on one document in step', async () => {
    const { document, panel, original } = await openTimeline(LIST);
    try {
      await vscode.commands.executeCommand(
        'vscode.openWith',
        document.uri,
        'postmortem.timeline',
        vscode.ViewColumn.Three,
      );
      const { timelinePanels } = await testApi();
      await waitFor(
        () =>
          timelinePanels(document.uri).length === 2 &&
          timelinePanels(document.uri).every((each) => each.lastState !== undefined),
        'a second panel',
      );
      const view = await currentView(panel);
      await panel.receive({ type: 'sort', version: view.version });
      await panel.receive({ type: 'edit', version: view.version, id: view.rows[3]!.id, milestone: null });
      const panels = timelinePanels(document.uri);
      for (const each of panels) await currentView(each);
      assert.deepEqual(
        panels.map((each) => each.lastState!.rows.map((row) => row.milestone)),
        [
          ['started', 'detected', 'mitigated', null],
          ['started', 'detected', 'mitigated', null],
        ],
      );
    } finally {
      await restore(document, original);
    }
  });
});
