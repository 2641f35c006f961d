// A real editor as the language client: Neovim, headless, opens a postmortem with `postmortem lsp`
// attached (test/lsp/openPostmortem.lua), and this test reads what Neovim saw and did.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OUTAGE_POSTMORTEM } from '../support/languageClient';

/** The outage, listing in related: a postmortem of the workspace and an id that none has. */
const POSTMORTEM = OUTAGE_POSTMORTEM.replace(
  'title: Checkout outage',
  'title: Checkout outage\nrelated: [INC-2024-101, INC-2024-110]',
);
/** The other postmortem of the workspace. */
const EARLIER = OUTAGE_POSTMORTEM.replace('title: Checkout outage', 'title: Certificate expired\nid: INC-2024-101');
import { ensureDebianPackage, projectRoot } from '../support/vscodeHost';

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
  let folder = '';

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'postmortem-neovim-'));
    mkdirSync(join(folder, 'workspace', 'incidents'), { recursive: true });
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the diagnostics in Neovim and applies a quick fix to the buffer', async () => {
    const file = join(folder, 'workspace', 'incidents', 'outage.md');
    writeFileSync(file, POSTMORTEM);
    writeFileSync(join(folder, 'workspace', 'incidents', 'certificate.md'), EARLIER);
    const out = join(folder, 'out');
    mkdirSync(out);
    await promisify(execFile)(
      ensureDebianPackage('/usr/bin/nvim', 'neovim'),
      ['--headless', '--clean', '-c', `luafile ${join(projectRoot, 'test', 'lsp', 'openPostmortem.lua')}`],
      {
        env: {
          ...process.env,
          POSTMORTEM_CLI: join(projectRoot, 'dist', 'cli.js'),
          POSTMORTEM_FILE: file,
          POSTMORTEM_OUT: out,
        },
        timeout: 80_000,
      },
    );
    assert.equal(
      existsSync(join(out, 'error.txt')) ? readFileSync(join(out, 'error.txt'), 'utf8') : '',
      '',
      'the Lua script ran to its end',
    );

    const diagnostics = JSON.parse(readFileSync(join(out, 'diagnostics.json'), 'utf8')) as NeovimDiagnostic[];
    const lines = POSTMORTEM.split('\n');
    const blameLine = lines.findIndex((line) => line.includes('should have'));
    const relatedLine = lines.findIndex((line) => line.startsWith('related:'));
    const itemLine = lines.findIndex((line) => line.includes('pool-size check'));
    const shown = diagnostics
      .map(({ lnum, col, end_col, code, severity, source }) => ({ lnum, col, end_col, code, severity, source }))
      .sort((a, b) => a.lnum - b.lnum);
    // vim.diagnostic.severity: 1 error, 2 warning.
    assert.deepEqual(shown, [
      { lnum: relatedLine, col: 24, end_col: 36, code: 'related-not-found', severity: 2, source: 'postmortem' },
      { lnum: blameLine, col: 14, end_col: 38, code: 'blameful-language', severity: 2, source: 'postmortem' },
      {
        lnum: itemLine,
        col: 0,
        end_col: lines[itemLine]!.length,
        code: 'action-item-owner',
        severity: 1,
        source: 'postmortem',
      },
    ]);

    assert.deepEqual(JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')), [
      'Add an owner placeholder',
      'Disable action-item-owner for this line',
      'Show documentation for action-item-owner',
    ]);
    const text = readFileSync(join(out, 'text.md'), 'utf8');
    assert.equal(
      text,
      POSTMORTEM.replace('due 2099-01-01\n', 'due 2099-01-01 — Owner: @owner\n'),
      'the placeholder, and nothing else, added to the buffer',
    );
  });
});
