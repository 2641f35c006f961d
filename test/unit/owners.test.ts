import * as assert from 'node:assert/strict';
import { formatOffset, ownersFromCodeowners } from '../../src/core/owners';

describe('ownersFromCodeowners', () => {
  it('collects users, teams and e-mail addresses once each, skipping comments and patterns', () => {
    const text = '# Owners\n*       @alice @org/sre\n/docs/ docs@example.com @alice # trailing\n\n/api/** @bob\n';
    assert.deepEqual(ownersFromCodeowners(text), ['@alice', '@org/sre', 'docs@example.com', '@bob']);
  });

  it('ignores lines with no owner and stray words', () => {
    assert.deepEqual(ownersFromCodeowners('/path\n/other notanowner\n'), []);
  });
});

describe('formatOffset', () => {
  it('writes minutes, hours and days with a sign', () => {
    assert.equal(formatOffset(0), '+0m');
    assert.equal(formatOffset(12 * 60_000), '+12m');
    assert.equal(formatOffset(65 * 60_000), '+1h 05m');
    assert.equal(formatOffset(-5 * 60_000), '-5m');
    assert.equal(formatOffset((26 * 60 + 3) * 60_000), '+1d 2h 03m');
  });
});
