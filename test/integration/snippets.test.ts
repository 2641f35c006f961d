import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openInEditor, waitFor } from './helpers';

const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;

async function completionsAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items;
}

/** `HH:MM` on Berlin's wall clock at an instant. */
function berlinClock(instant: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

describe('Snippets', function () {
  this.timeout(60_000);
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('pmtime offers a timeline entry stamped now in the document zone and its entries\u2019 time format', async () => {
    const { document } = await openInEditor('timelines/table-style.postmortem.md');
    const blankLine = document.getText().split('\n').indexOf('## Timeline') + 1;
    const before = Date.now();
    const offered = (await completionsAt(document, new vscode.Position(blankLine, 0))).find(
      (item) => labelOf(item) === 'pmtime',
    );
    const after = Date.now();
    assert.ok(offered, 'pmtime is offered at the start of a line');
    assert.equal(offered.kind, vscode.CompletionItemKind.Snippet);
    assert.match(offered.detail ?? '', /Europe\/Berlin/);
    const insertText =
      offered.insertText instanceof vscode.SnippetString ? offered.insertText.value : String(offered.insertText);
    const time = /^- (\d{2}:\d{2}) \$0$/.exec(insertText)?.[1];
    assert.ok(time, `a list entry written like the table's "09:00" times, without a zone: ${insertText}`);
    assert.ok([berlinClock(before), berlinClock(after)].includes(time), `${time} is now in Berlin`);
  });

  it('offers the contributed snippets in Markdown', async () => {
    const scratch = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'pm' });
    await vscode.window.showTextDocument(scratch);
    const wanted = ['pmfront', 'pmfull', 'pmrow', 'pmtask', 'pmwhys', 'pmlessons'];
    let offered: vscode.CompletionItem[] = [];
    await waitFor(
      async () => {
        offered = (await completionsAt(scratch, new vscode.Position(0, 2))).filter((item) =>
          wanted.includes(labelOf(item)),
        );
        return offered.length === wanted.length;
      },
      'VS Code to offer the postmortem snippets',
      20_000,
    );
    assert.ok(offered.every((item) => item.kind === vscode.CompletionItemKind.Snippet));
    const full = offered.find((item) => labelOf(item) === 'pmfull')!;
    const body = full.insertText instanceof vscode.SnippetString ? full.insertText.value : String(full.insertText);
    assert.match(body, /## Action Items/);
  });
});
