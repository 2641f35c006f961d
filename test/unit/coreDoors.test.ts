// The faces reach the core through its doors only: `src/core/index.ts` for the extension, the
// worker, the CLI and the Node helpers, `src/core/protocol.ts` for the webviews. A module moved
// inside the core then touches no face.
import * as assert from 'node:assert/strict';
import { importsOf, sourceFiles } from './sourceImports';

const FACES: readonly { folder: string; door: string }[] = [
  { folder: 'src/extension', door: 'src/core/index.ts' },
  { folder: 'src/cli', door: 'src/core/index.ts' },
  { folder: 'src/node', door: 'src/core/index.ts' },
  { folder: 'webview', door: 'src/core/protocol.ts' },
];

describe('core doors', () => {
  for (const { folder, door } of FACES) {
    it(`${folder} imports the core only through ${door}`, () => {
      const coreImports = sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((path) => path.startsWith('src/core/'))
          .map((path) => `${file} -> ${path}`),
      );
      assert.ok(coreImports.length > 0, `${folder} should use the core`);
      assert.deepEqual(
        coreImports.filter((line) => !line.endsWith(` -> ${door}`)),
        [],
      );
    });
  }

  it('reads relative imports and re-exports, resolving a folder to its index', () => {
    assert.ok(importsOf('src/extension/analysis/requests.ts').includes('src/core/index.ts'));
    assert.ok(importsOf('src/core/index.ts').includes('src/core/protocol.ts'));
    assert.ok(importsOf('src/core/index.ts').includes('src/core/rules/index.ts'));
  });
});
