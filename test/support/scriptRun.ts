// Runs one of the project's scripts (scripts/*.mjs) in a temporary folder of its own, made before each test of
// the `describe` that calls it and removed after.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scriptsFolder = join(__dirname, '..', '..', '..', 'scripts');

export interface ScriptRun {
  /** The temporary folder of the current test, where the script runs. */
  readonly folder: string;
  run(...args: string[]): { readonly stdout: string; readonly status: number | null };
}

export function scriptInTemporaryFolder(script: string): ScriptRun {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), `${script.replace(/\.mjs$/, '')}-`));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  return {
    get folder() {
      return folder;
    },
    run: (...args) =>
      spawnSync(process.execPath, [join(scriptsFolder, script), ...args], { cwd: folder, encoding: 'utf8' }),
  };
}
