import * as assert from 'node:assert/strict';
import { main } from '../../src/cli/main';

function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, (text) => (stdout += text), (text) => (stderr += text));
  return { code, stdout, stderr };
}

describe('postmortem CLI', () => {
  it('prints its version', () => {
    const result = runCli('--version');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('prints usage for help', () => {
    const result = runCli('help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: postmortem <command>/);
  });

  it('exits 2 with a message for an unknown command or option', () => {
    const unknownCommand = runCli('frobnicate');
    assert.equal(unknownCommand.code, 2);
    assert.match(unknownCommand.stderr, /unknown command 'frobnicate'/);
    const unknownOption = runCli('--frob');
    assert.equal(unknownOption.code, 2);
    assert.match(unknownOption.stderr, /Unknown option '--frob'/);
  });
});
