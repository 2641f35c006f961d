// The web extension's bundles (vscode.dev, github.dev) run where there is neither Node nor a DOM:
// they are loaded here into a bare JavaScript context with only what a web worker offers.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { AnalysisResult, AnalyzeRequest } from '../../src/extension/analysis/protocol';
import { fromMessage, type ResponseMessage } from '../../src/extension/analysis/protocol';

const dist = join(__dirname, '..', '..', '..', 'dist', 'web');

/** A context with a web worker's globals and nothing of Node's or a page's. */
function workerScope(onPost: (message: unknown) => void) {
  const scope: Record<string, unknown> = {
    setTimeout,
    clearTimeout,
    queueMicrotask,
    console,
    TextDecoder,
    TextEncoder,
    atob,
    btoa,
    URL,
    performance,
    postMessage: onPost,
  };
  scope['self'] = scope;
  return createContext(scope);
}

const POSTMORTEM = [
  '---',
  'type: postmortem',
  'date: 2024-10-27',
  'timezone: Europe/Berlin',
  '---',
  '# Search was down',
  '',
  '## Timeline',
  '',
  '- 02:30 Replica lag alert fires',
  '',
  '## Root Cause',
  '',
  'Human error: the on-call engineer should have checked the replica lag.',
  '',
  '## Action Items',
  '',
  '- [ ] Alert on replica lag',
  '',
].join('\n');

describe('web bundles', () => {
  it('the analysis web worker lints a postmortem without Node built-ins or a DOM', async () => {
    let answer: ResponseMessage | undefined;
    const scope = workerScope((message) => (answer = message as ResponseMessage));
    runInContext(readFileSync(join(dist, 'analysisWorker.js'), 'utf8'), scope);
    assert.equal(
      runInContext('typeof require + typeof process + typeof document + typeof window', scope),
      'undefinedundefinedundefinedundefined',
    );
    const request: AnalyzeRequest = {
      id: 1,
      uri: 'vscode-vfs://github/acme/postmortems/search.md',
      text: POSTMORTEM,
      path: 'search.md',
      configText: undefined,
      extraDocumentGlobs: [],
    };
    (scope['onmessage'] as (event: { data: AnalyzeRequest }) => void)({ data: request });
    const deadline = Date.now() + 10_000;
    while (!answer && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(answer, 'the worker answered');
    const response = fromMessage(answer) as { id: number } & AnalysisResult;
    assert.equal(response.id, 1);
    const rules = [...new Set(response.analysis.findings.map((finding) => finding.ruleId))].sort();
    const expected = ['action-item-due', 'action-item-owner', 'human-error-root-cause', 'required-sections'];
    assert.deepEqual(rules, [...expected, 'timeline-clock-change']);
    // Zone arithmetic (Temporal) works where there is only a web worker's JavaScript.
    assert.equal(response.analysis.timeline[0]?.instant, Date.parse('2024-10-27T00:30:00Z'));
  });

  it('the desktop extension leaves the parser and the rules to the analysis worker', () => {
    // (The web extension carries them for hosts where no web worker starts.)
    const source = readFileSync(join(dist, '..', 'extension.js'), 'utf8');
    for (const module of ['node_modules/yaml/', 'node_modules/micromark/', 'src/core/rules/index.ts'])
      assert.ok(!source.includes(module), `dist/extension.js bundles ${module}`);
  });

  it('the web extension needs no module but vscode', () => {
    const source = readFileSync(join(dist, 'extension.js'), 'utf8');
    const required = [...source.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
  });
});
