import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptInTemporaryFolder } from '../support/scriptRun';

describe('scripts/lineLength.mjs: no line over 120 characters', () => {
  const script = scriptInTemporaryFolder('lineLength.mjs');

  it('passes a folder whose lines are 120 characters at most, counting characters, not bytes', () => {
    writeFileSync(
      join(script.folder, 'ok.ts'),
      `${'a'.repeat(120)}\n${'\u00e9'.repeat(120)}\r\n${'\u{1F525}'.repeat(120)}\n`,
    );
    const result = script.run('.');
    assert.equal(result.stdout, '');
    assert.equal(result.status, 0);
  });

  it('fails with file:line for each longer line, comments and strings included, in nested folders', () => {
    mkdirSync(join(script.folder, 'src', 'core'), { recursive: true });
    writeFileSync(
      join(script.folder, 'src', 'core', 'long.ts'),
      `const a = 1;\n// ${'x'.repeat(118)}\nconst s = '${'y'.repeat(200)}';\n`,
    );
    writeFileSync(join(script.folder, 'src', 'style.css'), `.a {}\n.b { content: '${'z'.repeat(120)}'; }\n`);
    const result = script.run('src');
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout,
      [
        'src/core/long.ts:2: 121 characters (max 120)',
        'src/core/long.ts:3: 213 characters (max 120)',
        'src/style.css:2: 139 characters (max 120)',
        '3 lines over 120 characters',
        '',
      ].join('\n'),
    );
  });

  it('reads code and styles only: data, documents and the downloaded VS Code are not checked', () => {
    const long = `${'x'.repeat(121)}\n`;
    mkdirSync(join(script.folder, 'vscode-host'));
    writeFileSync(join(script.folder, 'vscode-host', 'main.js'), long);
    writeFileSync(join(script.folder, 'words.json'), long);
    writeFileSync(join(script.folder, 'README.md'), long);
    assert.equal(script.run('.').status, 0);
    writeFileSync(join(script.folder, 'run.mjs'), long);
    assert.equal(script.run('.').stdout, 'run.mjs:1: 121 characters (max 120)\n1 line over 120 characters\n');
  });
});
