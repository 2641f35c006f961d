import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension';
import type { ActionItemsNode, IndexedPostmortem, SectionNode, ViewsApi } from '../../src/extension/views';
import { EXTENSION_ID, openInEditor, revertAll, waitFor, workspaceUri } from './helpers';

const PAYMENT = 'postmortems/2025-02-10-payment-timeouts.md';
const LOGIN = 'postmortems/2025-01-20-login-errors.md';
const QUEUE = 'postmortems/2024-12-05-queue-backlog.md';

async function views(): Promise<ViewsApi> {
  const extension = vscode.extensions.getExtension<PostmortemApi & { readonly views: ViewsApi }>(EXTENSION_ID)!;
  return (await extension.activate()).views;
}

async function children<T>(provider: vscode.TreeDataProvider<T>, node?: T): Promise<T[]> {
  return (await provider.getChildren(node)) ?? [];
}

interface Row {
  readonly label: string;
  readonly description: string;
  readonly icon: string | undefined;
  readonly context: string | undefined;
}

/** What a tree item shows: label, description, icon and context value. */
async function shown<T>(provider: vscode.TreeDataProvider<T>, node: T): Promise<Row> {
  const item = await provider.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return {
    label,
    description: String(item.description ?? ''),
    icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
    context: item.contextValue,
  };
}

/** Polls a view until its root nodes satisfy the condition, and returns them. */
async function rootsWhen<T>(
  provider: vscode.TreeDataProvider<T>,
  condition: (roots: { node: T; label: string; description: string }[]) => boolean,
  what: string,
) {
  let roots: { node: T; label: string; description: string }[] = [];
  await waitFor(async () => {
    roots = await Promise.all(
      (await children(provider)).map(async (node) => ({ node, ...(await shown(provider, node)) })),
    );
    return condition(roots);
  }, what);
  return roots;
}

const fileOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Opens a postmortem and waits until the Sections view shows it and its rows satisfy the condition. */
async function sectionsOf(
  sections: vscode.TreeDataProvider<SectionNode>,
  path: string,
  condition: (rows: Row[]) => boolean = () => true,
): Promise<{ node: SectionNode; row: Row }[]> {
  await openInEditor(path);
  const uri = workspaceUri(path).toString();
  let roots: { node: SectionNode; row: Row }[] = [];
  await waitFor(async () => {
    roots = await Promise.all(
      (await children(sections)).map(async (node) => ({ node, row: await shown(sections, node) })),
    );
    const present = roots.find((root) => root.node.type === 'section');
    const command = present && (await sections.getTreeItem(present.node)).command;
    return String(command?.arguments?.[0]) === uri && condition(roots.map((root) => root.row));
  }, `the Sections view to show ${path}`);
  return roots;
}

describe('views: Sections of the active postmortem', () => {
  after(revertAll);

  it(
    'lists the sections with their kind, state and problem count, and the missing required one ' + 'at its place',
    async () => {
      const { sections } = await views();
      const roots = await sectionsOf(sections, PAYMENT);
      assert.deepEqual(
        roots.map((root) => root.row),
        [
          { label: 'Summary', description: '', icon: 'pass', context: 'section' },
          { label: 'Impact', description: 'empty \u00b7 1 problem', icon: 'circle-slash', context: 'section' },
          { label: 'Timeline', description: '', icon: 'pass', context: 'section' },
          { label: 'Root Cause', description: 'required, missing', icon: 'circle-outline', context: 'missingSection' },
          { label: 'Action Items', description: '1 problem', icon: 'error', context: 'section' },
        ],
      );
    },
  );

  it('shows the worst severity of the problems of a section as its icon, and counts them by severity', async () => {
    const { sections } = await views();
    const actionItems = (rows: { node: SectionNode; row: Row }[]) =>
      rows.find((root) => root.row.label === 'Action Items')!;
    const roots = await sectionsOf(sections, PAYMENT);
    const label = async (node: SectionNode) => (await sections.getTreeItem(node)).accessibilityInformation?.label ?? '';
    assert.match(await label(actionItems(roots).node), /Action Items section, present, 1 error$/);
    // A person who made the missing owner an info sees the section as having info only.
    const settings = vscode.workspace.getConfiguration('postmortem');
    await settings.update('rules', { 'action-item-owner': 'info' }, vscode.ConfigurationTarget.Workspace);
    try {
      const lowered = await sectionsOf(sections, PAYMENT, (rows) =>
        rows.some((row) => row.label === 'Action Items' && row.icon === 'info'),
      );
      assert.match(await label(actionItems(lowered).node), /, 1 info$/);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('counts the problems of each section as the diagnostics in it', async () => {
    const { sections } = await views();
    const roots = await sectionsOf(sections, PAYMENT);
    const uri = workspaceUri(PAYMENT);
    await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'diagnostics on the payment postmortem');
    for (const { node } of roots) {
      if (node.type !== 'section') continue;
      const { start, end } = node.section.range;
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      const inSection = vscode.languages
        .getDiagnostics(uri)
        .filter((diagnostic) => range.contains(diagnostic.range.start) && !diagnostic.range.start.isEqual(range.end));
      assert.equal(node.section.problems, inSection.length, node.section.title);
    }
  });

  it('leaves the rules a person turned off out of the counts, as the diagnostics do', async () => {
    const { sections } = await views();
    const uri = workspaceUri(PAYMENT);
    const settings = vscode.workspace.getConfiguration('postmortem');
    await settings.update(
      'rules',
      { 'action-item-due': 'off', 'action-item-owner': 'off', 'action-item-vague': 'off' },
      vscode.ConfigurationTarget.Workspace,
    );
    try {
      await waitFor(
        () =>
          !vscode.languages
            .getDiagnostics(uri)
            .some((diagnostic) => String((diagnostic.code as { value: string }).value).startsWith('action-item')),
        'the action-item diagnostics to go',
      );
      await sectionsOf(sections, PAYMENT, (rows) =>
        rows.some((row) => row.label === 'Action Items' && !/problem/.test(row.description)),
      );
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('reveals a section when clicked', async () => {
    const { sections } = await views();
    const roots = await sectionsOf(sections, PAYMENT);
    const item = await sections.getTreeItem(roots.find((root) => root.row.label === 'Timeline')!.node);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), '## Timeline');
  });

  it('inserts a missing section from the template, and then shows it', async () => {
    const { sections } = await views();
    const roots = await sectionsOf(sections, PAYMENT, (rows) =>
      rows.some((row) => row.description === 'required, missing'),
    );
    const document = vscode.window.activeTextEditor!.document;
    const before = document.getText();
    assert.equal(
      await vscode.commands.executeCommand(
        'postmortem.insertSection',
        roots.find((root) => root.row.label === 'Root Cause')!.node,
      ),
      true,
    );
    const text = document.getText();
    assert.match(text, /\[resolved\]\n\n## Root Cause\n\n<!-- [^\n]+ -->\n\n## Action Items\n/);
    assert.equal(text.replace(/## Root Cause\n\n<!-- [^\n]+ -->\n\n/, ''), before);
    await sectionsOf(sections, PAYMENT, (rows) =>
      rows.some((row) => row.label === 'Root Cause' && row.description === 'empty \u00b7 1 problem'),
    );
  });

  it('follows the active editor, and shows nothing for a Markdown file that is not a postmortem', async () => {
    const { sections } = await views();
    const queue = await sectionsOf(sections, QUEUE);
    assert.deepEqual(
      queue.map((root) => root.row.label),
      ['Summary', 'Impact', 'Timeline', 'Root Cause', 'Action Items'],
    );
    await openInEditor('notes/meeting-notes.md');
    await waitFor(async () => (await children(sections)).length === 0, 'an empty Sections view');
  });
});

describe('views: Action items across the workspace', () => {
  afterEach(revertAll);

  /** The item nodes of the group with this label, once it holds an item labelled `holding` if given. */
  async function group(actionItems: vscode.TreeDataProvider<ActionItemsNode>, label: string, holding?: string) {
    let items: ({ node: ActionItemsNode } & Row)[] = [];
    await waitFor(
      async () => {
        const roots = await children(actionItems);
        const rows = await Promise.all(roots.map((node) => shown(actionItems, node)));
        const owner = roots[rows.findIndex((row) => row.label === label)];
        if (!owner) return false;
        items = await Promise.all(
          (await children(actionItems, owner)).map(async (node) => ({ node, ...(await shown(actionItems, node)) })),
        );
        return holding === undefined || items.some((item) => item.label === holding);
      },
      `an action item group "${label}"${holding ? ` holding "${holding}"` : ''}`,
    );
    return items;
  }

  /** The node of the item with this label in the group. */
  async function itemIn(actionItems: vscode.TreeDataProvider<ActionItemsNode>, label: string, text: string) {
    return (await group(actionItems, label, text)).find((item) => item.label === text)!;
  }

  it('lists the items of the fixture postmortems by owner, unowned first, overdue first within a group', async () => {
    const api = await views();
    await api.indexed();
    const roots = await rootsWhen(
      api.actionItems,
      (nodes) => nodes.some((node) => node.label === 'Team Platform'),
      'the queue postmortem in the index',
    );
    const labels = roots.map((root) => root.label);
    assert.equal(labels[0], 'Unowned');
    const owners = labels.filter((label) => ['@bob', '@carol', '@dana', '@erin', 'Team Platform'].includes(label));
    assert.deepEqual(
      owners,
      ['@bob', '@carol', '@dana', '@erin', 'Team Platform'],
      'owners alphabetically, ignoring @',
    );
    const unowned = await group(api.actionItems, 'Unowned');
    const ours = unowned.filter(
      ({ node }) =>
        node.type === 'item' && [PAYMENT, LOGIN, QUEUE].some((path) => path.endsWith(fileOf(node.item.uri))),
    );
    assert.deepEqual(
      ours.map((item) => item.label),
      [
        'Alert on certificate expiry per host',
        'Add a backlog-age alert',
        'Validate the certificate chain before rotating',
        'Alert on payment latency per card network',
      ],
    );
    assert.equal(unowned[0]!.label, 'Alert on certificate expiry per host', 'the overdue item comes first');
    assert.equal(unowned[0]!.description, 'overdue since 2025-02-01 \u00b7 2025-01-20-login-errors.md');
    assert.equal(unowned[0]!.icon, 'watch');
    const files = new Set(ours.map(({ node }) => (node.type === 'item' ? fileOf(node.item.uri) : '')));
    assert.equal(files.size, 3, 'unowned items of three postmortems');
    const erin = await group(api.actionItems, '@erin');
    assert.deepEqual(
      erin.map((item) => [item.label, item.context]),
      [['Roll back the client upgrade.', 'actionItem.done']],
    );
  });

  it('opens the line of an item when clicked', async () => {
    const { actionItems } = await views();
    const backlog = await itemIn(actionItems, 'Unowned', 'Add a backlog-age alert');
    const item = await actionItems.getTreeItem(backlog.node);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(fileOf(editor.document.uri), fileOf(workspaceUri(QUEUE)));
    assert.equal(
      editor.document.lineAt(editor.selection.active.line).text,
      '- Add a backlog-age alert, due 2030-01-20',
    );
  });

  /** Runs a view command on the unowned item with this text: its result, and the document's text before and after. */
  async function onUnownedItem(text: string, path: string, command: string, ...args: unknown[]) {
    const { actionItems } = await views();
    const target = await itemIn(actionItems, 'Unowned', text);
    const document = await vscode.workspace.openTextDocument(workspaceUri(path));
    const before = document.getText();
    const result = await vscode.commands.executeCommand(command, target.node, ...args);
    return { actionItems, target, result, before, after: document.getText() };
  }

  it('assigns an owner in the Owner cell of a table row, changing only that line, and regroups the item', async () => {
    const { actionItems, result, before, after } = await onUnownedItem(
      'Validate the certificate chain before rotating',
      LOGIN,
      'postmortem.assignOwner',
      '@zoe',
    );
    assert.equal(result, true);
    assert.equal(
      after,
      before.replace(
        '| Validate the certificate chain before rotating |  |',
        '| Validate the certificate chain before rotating | @zoe |',
      ),
    );
    const zoe = await group(actionItems, '@zoe');
    assert.deepEqual(
      zoe.map((item) => item.label),
      ['Validate the certificate chain before rotating'],
    );
  });

  it('assigns an owner to a bullet with an Owner label', async () => {
    const { actionItems, result, before, after } = await onUnownedItem(
      'Add a backlog-age alert',
      QUEUE,
      'postmortem.assignOwner',
      'Team Payments',
    );
    assert.equal(result, true);
    assert.equal(
      after,
      before.replace(
        '- Add a backlog-age alert, due 2030-01-20\n',
        '- Add a backlog-age alert, due 2030-01-20 \u2014 Owner: Team Payments\n',
      ),
    );
    await group(actionItems, 'Team Payments');
  });

  it('refuses an owner that is not one, without editing', async () => {
    const { result, before, after } = await onUnownedItem(
      'Add a backlog-age alert',
      QUEUE,
      'postmortem.assignOwner',
      'TBD',
    );
    assert.deepEqual([result, after], [false, before]);
  });

  it('marks a task done by ticking its box', async () => {
    const { target, result, before, after } = await onUnownedItem(
      'Alert on payment latency per card network',
      PAYMENT,
      'postmortem.markDone',
    );
    assert.equal(target.context, 'actionItem.open');
    assert.equal(result, true);
    assert.equal(after, before.replace('- [ ] Alert on payment latency', '- [x] Alert on payment latency'));
  });
});

describe('views: Postmortems in the workspace', () => {
  after(() => vscode.commands.executeCommand('postmortem.postmortems.clearFilter'));

  const ours = (postmortems: readonly IndexedPostmortem[]): IndexedPostmortem[] =>
    postmortems.filter((postmortem) => [PAYMENT, LOGIN, QUEUE].some((path) => path.endsWith(fileOf(postmortem.uri))));

  it('lists every postmortem newest first, with its date, severity, status and problem count', async () => {
    const api = await views();
    await api.indexed();
    const expected = [
      ['Payment requests timed out', '2025-02-10 \u00b7 SEV2 \u00b7 draft \u00b7 3 problems'],
      ['Login returned errors', '2025-01-20 \u00b7 SEV3 \u00b7 published \u00b7 3 problems'],
      ['Order queue backlog', '2024-12-05 \u00b7 SEV1 \u00b7 in-review \u00b7 1 problem'],
    ];
    const rowsOf = (nodes: { node: IndexedPostmortem; label: string; description: string }[]) =>
      nodes.filter((node) => ours([node.node]).length > 0).map((node) => [node.label, node.description]);
    let rows: string[][] = [];
    // Waits for the facts to settle (earlier tests edited these files), then shows any difference.
    await rootsWhen(
      api.postmortems,
      (nodes) => {
        rows = rowsOf(nodes);
        return JSON.stringify(rows) === JSON.stringify(expected);
      },
      'the fixture postmortems with their facts',
    ).catch(() => undefined);
    assert.deepEqual(rows, expected);
    const dates = (await children(api.postmortems)).map((node) => node.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'sorted by date, newest first');
  });

  it('filters by status, and clears the filter', async () => {
    const { postmortems } = await views();
    await vscode.commands.executeCommand('postmortem.postmortems.filterByStatus', ['draft', 'in-review']);
    const filtered = await rootsWhen(
      postmortems,
      (nodes) => nodes.every((node) => ['draft', 'in-review'].includes(node.node.status ?? '')),
      'the filtered list',
    );
    assert.deepEqual(
      ours(filtered.map((root) => root.node)).map((postmortem) => postmortem.title),
      ['Payment requests timed out', 'Order queue backlog'],
    );
    await vscode.commands.executeCommand('postmortem.postmortems.clearFilter');
    await rootsWhen(
      postmortems,
      (nodes) => ours(nodes.map((node) => node.node)).length === 3,
      'every postmortem again',
    );
  });

  it('follows a new postmortem file and its deletion', async () => {
    const { postmortems } = await views();
    const uri = workspaceUri('postmortems/2025-05-01-new-incident.md');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(
        '---\ntitle: A new incident\ndate: 2025-05-01\nstatus: draft\n---\n\n# A new incident\n\n## Summary\n\nText.\n',
      ),
    );
    await rootsWhen(
      postmortems,
      (nodes) => nodes.some((node) => node.label === 'A new incident'),
      'the new postmortem',
    );
    await vscode.workspace.fs.delete(uri);
    await rootsWhen(
      postmortems,
      (nodes) => !nodes.some((node) => node.label === 'A new incident'),
      'the deleted postmortem to go',
    );
  });

  it('shows the date, severity and status a metadata table gives, without front matter', async () => {
    const { postmortems } = await views();
    const uri = workspaceUri('postmortems/2026-11-14-billing-export.md');
    const text = [
      '# Billing export stalled',
      '',
      '| Field | Value |',
      '| --- | --- |',
      '| Date | 2026-11-14 |',
      '| Severity | SEV-2 |',
      '| Status | Draft |',
      '',
      '## Summary',
      '',
      'The nightly billing export stopped writing files.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await rootsWhen(
        postmortems,
        (nodes) =>
          nodes.some(
            (node) =>
              node.label === 'Billing export stalled' &&
              node.description.startsWith('2026-11-14 \u00b7 SEV-2 \u00b7 Draft'),
          ),
        'the postmortem with its metadata table read',
      );
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it(
    'holds the postmortems written into folders just made, which the watcher may report without their files, and ' +
      'follows a folder moved outside the editor',
    async () => {
      const api = await views();
      const indexedPaths = async () =>
        (await api.indexedPostmortems()).map((entry) => vscode.workspace.asRelativePath(entry.uri, false));
      const postmortem = (title: string) =>
        new TextEncoder().encode(`---\ntitle: ${title}\nstatus: draft\n---\n\n# ${title}\n\n## Summary\n\nText.\n`);
      // Each file is the first written into its folder, right as the folder is made.
      const written = Array.from({ length: 10 }, (_, round) => `new-folders/${round}/a/first.postmortem.md`);
      try {
        for (const path of written) await vscode.workspace.fs.writeFile(workspaceUri(path), postmortem(path));
        let missing: string[] = [];
        await waitFor(async () => {
          const indexed = await indexedPaths();
          missing = written.filter((path) => !indexed.includes(path));
          return missing.length === 0;
        }, 'every postmortem written into a new folder').catch((error: Error) =>
          assert.fail(`${error.message}; missing: ${missing.join(', ')}`),
        );

        await vscode.workspace.fs.rename(workspaceUri('new-folders/0'), workspaceUri('new-folders/moved'));
        await waitFor(async () => {
          const indexed = await indexedPaths();
          return indexed.includes('new-folders/moved/a/first.postmortem.md') && !indexed.includes(written[0]!);
        }, 'the postmortem under the moved folder at its new path only');
      } finally {
        await vscode.workspace.fs.delete(workspaceUri('new-folders'), { recursive: true });
        await waitFor(
          async () => !(await indexedPaths()).some((path) => path.startsWith('new-folders/')),
          'the postmortems to leave the index',
        );
      }
    },
  );
});
