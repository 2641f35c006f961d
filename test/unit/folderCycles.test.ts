import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scriptInTemporaryFolder } from '../support/scriptRun';

describe('scripts/folderCycles.mjs: the folders of the core form layers', () => {
  const script = scriptInTemporaryFolder('folderCycles.mjs');
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(script.folder, 'core', dirname(path)), { recursive: true });
      writeFileSync(join(script.folder, 'core', path), text);
    }
  };
  /** The script fails, printing these lines. */
  const failsWith = (lines: string[]) => {
    const result = script.run('core');
    assert.equal(result.status, 1);
    assert.equal(result.stdout, [...lines, ''].join('\n'));
  };

  it('passes folders that import only folders below them, and doors on top that import any', () => {
    write({
      'vocabulary/terms.ts': "export type Severity = 'error';\n",
      'model/types.ts': "import type { Severity } from '../vocabulary/terms';\nimport { x } from './local';\n",
      'model/local.ts': 'export const x = 1;\n',
      'rules/index.ts': "export * from '../model/types';\nimport 'mdast';\n",
      'index.ts': "export { x } from './model/local';\nexport * from './rules';\n",
      'protocol.ts': "import type { Severity } from './vocabulary/terms';\n",
    });
    const result = script.run('core');
    assert.equal(result.stdout, '');
    assert.equal(result.status, 0);
  });

  it('fails on folders that reach each other through a third, printing the cycle and an import of each step', () => {
    write({
      'model/types.ts': "import { defaults } from '../config/defaults';\n",
      'config/defaults.ts': "import type { Rule } from '../rules';\n",
      'rules/index.ts': "const types = import('../model/types');\n",
      'vocabulary/terms.ts': '',
    });
    failsWith([
      'config, model, rules import each other: config -> rules -> model -> config',
      "  config -> rules: core/config/defaults.ts imports '../rules'",
      "  rules -> model: core/rules/index.ts imports '../model/types'",
      "  model -> config: core/model/types.ts imports '../config/defaults'",
    ]);
  });

  it('counts the modules at the top as one part: a folder that imports one is in a cycle with the doors', () => {
    write({
      'index.ts': "export { hoverAt } from './editor/hover';\n",
      'analysis.ts': "export type Analysis = 'a';\n",
      'editor/hover.ts': "import type { Analysis } from '../analysis';\n",
    });
    failsWith([
      '(top), editor import each other: (top) -> editor -> (top)',
      "  (top) -> editor: core/index.ts imports './editor/hover'",
      "  editor -> (top): core/editor/hover.ts imports '../analysis'",
    ]);
  });
});
