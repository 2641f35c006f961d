import * as assert from 'node:assert/strict';
import { exposesTestApi, TEST_API_VARIABLE } from '../../src/extension/testApi';

describe('the test API of the extension', () => {
  it('is handed out in the Test extension mode, or when the environment asks for it, and to no one else', () => {
    assert.equal(exposesTestApi(true, {}), true, 'the integration layer and the editor benchmark');
    assert.equal(exposesTestApi(false, { [TEST_API_VARIABLE]: '1' }), true, 'the VSIX layer');
    assert.equal(exposesTestApi(false, {}), false, 'production');
    assert.equal(exposesTestApi(false, { [TEST_API_VARIABLE]: 'true' }), false, 'only 1 asks');
    assert.equal(exposesTestApi(false, undefined), false, 'production, in a web worker extension host');
  });
});
