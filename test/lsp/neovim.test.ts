// A real editor as the language client: Neovim, headless, opens a postmortem with `postmortem lsp`
// attached (test/lsp/openPostmortem.lua), and this test reads what Neovim saw and did.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ensureDebianPackage, projectRoot } from '../support/vscodeHost';
import { editorFolder, OWNER_ACTIONS, problemLines, runEditor, WITH_OWNER_PLACEHOLDER } from './editorRun';

interface NeovimDiagnostic {
  readonly lnum: number;
  readonly col: number;
  readonly end_col: number;
  readonly code: string;
  readonly severity: number;
  readonly source: string;
  readonly message: string;
}

describe('Neovim with postmortem lsp', function () {
  this.timeout(90_000);
  const folder = editorFolder();

  it('shows the diagnostics in Neovim and applies a quick fix to the buffer', async () => {
    const { written } = await runEditor(folder.path, ensureDebianPackage('/usr/bin/nvim', 'neovim'), [
      '--headless',
      '--clean',
      '-c',
      `luafile ${join(projectRoot, 'test', 'lsp', 'openPostmortem.lua')}`,
    ]);

    const diagnostics = JSON.parse(written('diagnostics.json')) as NeovimDiagnostic[];
    const lines = problemLines();
    const shown = diagnostics
      .map(({ lnum, col, end_col, code, severity, source }) => ({ lnum, col, end_col, code, severity, source }))
      .sort((a, b) => a.lnum - b.lnum);
    // vim.diagnostic.severity: 1 error, 2 warning.
    assert.deepEqual(shown, [
      { lnum: lines.related, col: 24, end_col: 36, code: 'related-not-found', severity: 2, source: 'postmortem' },
      { lnum: lines.blame, col: 14, end_col: 38, code: 'blameful-language', severity: 2, source: 'postmortem' },
      {
        lnum: lines.item,
        col: 0,
        end_col: lines.itemLength,
        code: 'action-item-owner',
        severity: 1,
        source: 'postmortem',
      },
    ]);

    assert.deepEqual(JSON.parse(written('actions.json')), OWNER_ACTIONS);
    assert.equal(written('text.md'), WITH_OWNER_PLACEHOLDER, 'the placeholder, and nothing else, added to the buffer');
  });
});
