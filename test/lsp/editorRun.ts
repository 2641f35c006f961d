// What the tests of real editors as the language server's clients share: a workspace of two
// postmortems, and a run of the editor's script on one of them, which writes what the editor saw
// into an output folder.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OUTAGE_POSTMORTEM } from '../support/languageClient';
import { projectRoot } from '../support/vscodeHost';

/** The outage, listing in related: a postmortem of the workspace and an id that none has. */
export const POSTMORTEM = OUTAGE_POSTMORTEM.replace(
  'title: Checkout outage',
  'title: Checkout outage\nrelated: [INC-2024-101, INC-2024-110]',
);
/** The other postmortem of the workspace. */
const EARLIER = OUTAGE_POSTMORTEM.replace('title: Checkout outage', 'title: Certificate expired\nid: INC-2024-101');

/** The code actions the server offers at the action item with no owner, the preferred one first. */
export const OWNER_ACTIONS = [
  'Add an owner placeholder',
  'Disable action-item-owner for this line',
  'Show documentation for action-item-owner',
] as const;
/** The outage after the preferred quick fix at the action item with no owner: the placeholder, and nothing else. */
export const WITH_OWNER_PLACEHOLDER = POSTMORTEM.replace('due 2099-01-01\n', 'due 2099-01-01 — Owner: @owner\n');

/** The 0-based lines of the outage where a person sees a problem: related:, the blame, the item with no owner. */
export function problemLines(): { related: number; blame: number; item: number; itemLength: number } {
  const lines = POSTMORTEM.split('\n');
  const item = lines.findIndex((line) => line.includes('pool-size check'));
  return {
    related: lines.findIndex((line) => line.startsWith('related:')),
    blame: lines.findIndex((line) => line.includes('should have')),
    item,
    itemLength: lines[item]!.length,
  };
}

/** A folder holding `workspace/incidents/` with the two postmortems, made before each test and removed after. */
export function editorFolder(): { readonly path: string } {
  const folder = { path: '' };
  beforeEach(() => {
    folder.path = mkdtempSync(join(tmpdir(), 'postmortem-editor-'));
    mkdirSync(join(folder.path, 'workspace', 'incidents'), { recursive: true });
    writeFileSync(join(folder.path, 'workspace', 'incidents', 'outage.md'), POSTMORTEM);
    writeFileSync(join(folder.path, 'workspace', 'incidents', 'certificate.md'), EARLIER);
  });
  afterEach(() => rmSync(folder.path, { recursive: true, force: true }));
  return folder;
}

/**
 * Runs `program` with `args` on the outage in `folder`, the script told where the CLI, the postmortem and the output
 * folder are; asserts that the script ran to its end (it writes `error.txt` otherwise), and returns the editor's
 * standard output and a reader of the files it wrote.
 */
export async function runEditor(
  folder: string,
  program: string,
  args: readonly string[],
): Promise<{ stdout: string; written: (name: string) => string }> {
  const out = join(folder, 'out');
  mkdirSync(out);
  const { stdout } = await promisify(execFile)(program, args, {
    cwd: folder,
    env: {
      ...process.env,
      POSTMORTEM_CLI: join(projectRoot, 'dist', 'cli.js'),
      POSTMORTEM_FILE: join(folder, 'workspace', 'incidents', 'outage.md'),
      POSTMORTEM_OUT: out,
    },
    timeout: 80_000,
  });
  const written = (name: string) => readFileSync(join(out, name), 'utf8');
  assert.equal(existsSync(join(out, 'error.txt')) ? written('error.txt') : '', '', 'the script ran to its end');
  return { stdout, written };
}
