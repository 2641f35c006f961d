import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshExamplesCopy } from '../../scripts/examplesCopy';

describe('npm start opens a fresh copy of examples/', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'postmortem-start-'));
    mkdirSync(join(root, 'examples', 'incidents'), { recursive: true });
    writeFileSync(join(root, 'examples', 'a.postmortem.md'), '# A\n');
    writeFileSync(join(root, 'examples', 'incidents', 'b.md'), '# B\n');
    writeFileSync(join(root, 'examples', '.postmortem.yaml'), 'timezone: UTC\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies every file, hidden ones included, into .vscode-test/examples', () => {
    const copy = freshExamplesCopy(root);
    assert.equal(copy, join(root, '.vscode-test', 'examples'));
    assert.equal(readFileSync(join(copy, 'a.postmortem.md'), 'utf8'), '# A\n');
    assert.equal(readFileSync(join(copy, 'incidents', 'b.md'), 'utf8'), '# B\n');
    assert.equal(readFileSync(join(copy, '.postmortem.yaml'), 'utf8'), 'timezone: UTC\n');
  });

  it('leaves examples/ alone and drops what the last session changed in the copy', () => {
    const copy = freshExamplesCopy(root);
    writeFileSync(join(copy, 'a.postmortem.md'), '# A, edited while trying the product\n');
    writeFileSync(join(copy, 'new.postmortem.md'), '# New\n');
    freshExamplesCopy(root);
    assert.equal(readFileSync(join(copy, 'a.postmortem.md'), 'utf8'), '# A\n');
    assert.throws(() => readFileSync(join(copy, 'new.postmortem.md')), /ENOENT/);
    assert.equal(readFileSync(join(root, 'examples', 'a.postmortem.md'), 'utf8'), '# A\n');
  });
});
