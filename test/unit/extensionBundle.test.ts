// The desktop extension host's bundle: the English model (about 3 MB) belongs to the analysis worker, which reads the
// documents. A module of the host that reaches the language layer brings the model into the VSIX a second time; it
// happened twice (the VSIX grew from 3.9 to 4.8 MB of its 5 MB), so the host's size is watched here.
import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(__dirname, '..', '..', '..', 'dist');
/** The host's bundle without the model is about 0.5 MB as built for tests, less minified; with it, over 3 MB. */
const HOST_WITHOUT_MODEL = 1.5 * 1024 * 1024;

describe('the desktop extension bundle', () => {
  it('leaves the English model to the analysis worker', () => {
    const host = statSync(join(dist, 'extension.js')).size;
    const worker = statSync(join(dist, 'analysisWorker.js')).size;
    assert.ok(worker > HOST_WITHOUT_MODEL, `the worker holds the model (${worker} bytes)`);
    assert.ok(
      host < HOST_WITHOUT_MODEL,
      `the host holds the model: a module it imports reaches the language layer (${host} bytes)`,
    );
  });
});
