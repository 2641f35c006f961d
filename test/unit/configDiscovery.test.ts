import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver } from '../../src/cli/config';
import type { CliIo } from '../../src/cli/io';
import { configCandidates, findConfigPath, findConfigPathAsync } from '../../src/core/config/findConfigPath';

describe('finding .postmortem.yaml: one walk for the CLI and the extension', () => {
  it('walks from the folder up, .yaml before .yml, to the folder it stops at', () => {
    assert.deepEqual(
      [...configCandidates('/repo/team/2025', '/repo')],
      [
        '/repo/team/2025/.postmortem.yaml',
        '/repo/team/2025/.postmortem.yml',
        '/repo/team/.postmortem.yaml',
        '/repo/team/.postmortem.yml',
        '/repo/.postmortem.yaml',
        '/repo/.postmortem.yml',
      ],
    );
    assert.deepEqual(
      [...configCandidates('/a')],
      ['/a/.postmortem.yaml', '/a/.postmortem.yml', '/.postmortem.yaml', '/.postmortem.yml'],
    );
  });

  it('finds the same file whether asking the disk at once or through a round trip', async () => {
    const folders = ['/r', '/r/a', '/r/a/b', '/r/a/b/c', '/r/d'];
    const files = folders.flatMap((folder) => [`${folder}/.postmortem.yaml`, `${folder}/.postmortem.yml`]);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(files),
        fc.constantFrom(...folders),
        fc.constantFrom(undefined, '/r', '/r/a'),
        async (present, start, stopAt) => {
          const sync = findConfigPath(start, (path) => present.includes(path), stopAt);
          const viaRoundTrip = await findConfigPathAsync(start, async (path) => present.includes(path), stopAt);
          assert.equal(viaRoundTrip, sync);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a lookup that fails or throws as "not there"', async () => {
    assert.equal(
      await findConfigPathAsync('/a/b', (path) =>
        path === '/a/b/.postmortem.yaml'
          ? Promise.reject(new Error('EACCES'))
          : Promise.resolve(path === '/a/.postmortem.yml'),
      ),
      '/a/.postmortem.yml',
    );
    assert.equal(
      await findConfigPathAsync('/a', () => {
        throw new Error('EPERM');
      }),
      undefined,
    );
  });

  it('the CLI applies the nearest file above each postmortem', () => {
    const root = mkdtempSync(join(tmpdir(), 'postmortem-config-'));
    try {
      mkdirSync(join(root, 'team', 'incidents'), { recursive: true });
      writeFileSync(join(root, '.postmortem.yaml'), 'timezone: UTC\n');
      writeFileSync(join(root, 'team', '.postmortem.yml'), 'timezone: Europe/Berlin\n');
      const io: CliIo = { cwd: root, out: () => undefined, err: () => undefined, color: false, columns: 80 };
      const configs = ConfigResolver.create(io, undefined)!;
      assert.deepEqual(configs.forFile(join(root, 'team', 'incidents', 'x.md')), {
        config: configs.forFile(join(root, 'team', 'x.md')).config,
        folder: join(root, 'team'),
      });
      assert.equal(configs.forFile(join(root, 'team', 'incidents', 'x.md')).config.timezone, 'Europe/Berlin');
      assert.equal(configs.forFile(join(root, 'other', 'x.md')).config.timezone, 'UTC');
      assert.equal(configs.forFile(join(root, 'other', 'x.md')).folder, root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
