import * as assert from 'node:assert/strict';
import { signedDuration } from '../../src/core/util/isoTime';
import { ownersFromCodeowners } from '../../src/core/owners';

describe('ownersFromCodeowners', () => {
  it('collects users, teams and e-mail addresses once each, skipping comments and patterns', () => {
    const text = '# Owners\n*       @alice @org/sre\n/docs/ docs@example.com @alice # trailing\n\n/api/** @bob\n';
    assert.deepEqual(ownersFromCodeowners(text), ['@alice', '@org/sre', 'docs@example.com', '@bob']);
  });

  it('ignores lines with no owner and stray words', () => {
    assert.deepEqual(ownersFromCodeowners('/path\n/other notanowner\n'), []);
  });
});

describe('signedDuration', () => {
  it('writes the distance from the start as the CLI and the panels write durations, with a sign', () => {
    assert.equal(signedDuration(0), '+0s');
    assert.equal(signedDuration(12 * 60_000), '+12m');
    assert.equal(signedDuration(65 * 60_000), '+1h 5m');
    assert.equal(signedDuration(-5 * 60_000), '-5m');
    assert.equal(signedDuration((26 * 60 + 3) * 60_000), '+26h 3m');
  });
});
