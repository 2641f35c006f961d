import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openInEditor, waitFor } from './helpers';

import type { PostmortemApi } from '../../src/extension/extension';

describe('postmortem document type', () => {
  async function activeState(relativePath: string): Promise<boolean> {
    const editor = await openInEditor(relativePath);
    const extension = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    await waitFor(() => extension.isActive, 'the extension to activate');
    const uri = editor.document.uri.toString();
    await waitFor(() => extension.exports.activeEditorState().uri === uri, `the extension to see ${relativePath}`);
    return extension.exports.activeEditorState().isPostmortem;
  }

  it('activates on a *.postmortem.md file and sets the context key', async () => {
    assert.equal(await activeState('checkout-503.postmortem.md'), true);
  });

  it('does not treat a plain Markdown file as a postmortem', async () => {
    assert.equal(await activeState('notes/meeting-notes.md'), false);
  });

  it('treats a file under a postmortem folder as a postmortem', async () => {
    assert.equal(await activeState('incidents/2025-03-02-dns-outage.md'), true);
  });

  it('does not treat the README of a postmortem folder as a postmortem', async () => {
    assert.equal(await activeState('incidents/README.md'), false);
  });

  it('treats a file whose front matter says type: postmortem as a postmortem', async () => {
    assert.equal(await activeState('notes/typed-by-front-matter.md'), true);
  });

  it('keeps the language Markdown, so preview and outline still work', async () => {
    await openInEditor('checkout-503.postmortem.md');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      vscode.window.activeTextEditor!.document.uri,
    );
    assert.ok(symbols && symbols.length > 0, 'the Markdown outline lists the headings');
  });
});
