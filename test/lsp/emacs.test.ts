// A real editor as the language client: Emacs with Eglot, in --batch, opens a postmortem in a Git
// repository with `postmortem lsp` attached as the README configures it
// (test/lsp/openPostmortem.el), and this test reads the diagnostics Flymake shows, the menu of
// `M-x eglot-code-actions` at the action item with no owner, and the buffer after its default.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIX_ALL_TITLE } from '../../src/core/editor/actions';
import { ensureDebianPackage, projectRoot } from '../support/vscodeHost';
import { editorFolder, OWNER_ACTIONS, problemLines, runEditor, WITH_OWNER_PLACEHOLDER } from './editorRun';

interface FlymakeDiagnostic {
  /** 1-based, as Emacs counts lines. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly type: string;
  readonly text: string;
}

describe('Emacs (Eglot) with postmortem lsp', function () {
  this.timeout(90_000);
  const folder = editorFolder();

  it('shows the problems of a postmortem in Flymake and applies the quick fix Eglot offers by default', async () => {
    const emacs = ensureDebianPackage('/usr/bin/emacs', 'emacs-nox');
    // Emacs 28 (Debian 12) has Eglot from elpa-eglot; Emacs 29 and later have it built in.
    ensureDebianPackage('/usr/lib/emacsen-common/packages/install/elpa-eglot', 'elpa-eglot');
    // Eglot's project, whose folder is the server's workspace folder, is the repository the file is in.
    execFileSync('git', ['init', '-q', join(folder.path, 'workspace')]);
    const { stdout, written } = await runEditor(folder.path, emacs, [
      '--batch',
      '-l',
      join(projectRoot, 'test', 'lsp', 'openPostmortem.el'),
    ]);

    const diagnostics = JSON.parse(written('diagnostics.json')) as FlymakeDiagnostic[];
    const lines = problemLines();
    assert.deepEqual(diagnostics, [
      {
        line: lines.related + 1,
        column: 24,
        endLine: lines.related + 1,
        endColumn: 36,
        type: 'eglot-warning',
        text:
          'postmortem [related-not-found]: "INC-2024-110" in related: names no postmortem in this workspace; ' +
          'did you mean "INC-2024-101"?',
      },
      {
        line: lines.blame + 1,
        column: 14,
        endLine: lines.blame + 1,
        endColumn: 38,
        type: 'eglot-warning',
        text:
          'postmortem [blameful-language]: "should have been checked" is hindsight; say what happened and why it ' +
          'made sense at the time',
      },
      {
        line: lines.item + 1,
        column: 0,
        endLine: lines.item + 1,
        endColumn: lines.itemLength,
        type: 'eglot-error',
        text: 'postmortem [action-item-owner]: Action item has no owner',
      },
    ]);
    assert.equal(
      stdout,
      diagnostics.map(({ line, column, type, text }) => `outage.md:${line}:${column}: ${type}: ${text}\n`).join(''),
      'printed as they were written',
    );

    // Eglot asks for every kind of action: the finding's quick fixes, then fix-all, offered on the whole buffer.
    assert.deepEqual(JSON.parse(written('menu.json')), {
      prompt: `[eglot] Pick an action (default ${OWNER_ACTIONS[0]}): `,
      choices: [...OWNER_ACTIONS, FIX_ALL_TITLE],
      default: OWNER_ACTIONS[0],
    });
    assert.equal(written('text.md'), WITH_OWNER_PLACEHOLDER, 'the placeholder, and nothing else, added to the buffer');
  });
});
