// `npm run bench:lsp`: the time from opening a 5,000-line postmortem to its diagnostics, over the
// language server (`postmortem lsp` on stdio, as an editor starts it) and in the VS Code extension
// (inside a real VS Code), printed side by side with their ratio. The first open finds each cold
// (the server's or the extension's analysis worker parses its first document); the later ones
// are fresh files opened after it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIntegrationSuite } from '../../test/runIntegration';
import { LanguageClient } from '../../test/support/languageClient';
import { syntheticPostmortem } from '../../test/support/syntheticPostmortem';
import { projectRoot } from '../../test/support/vscodeHost';
import { BENCH_LINES, OPENED_FILES } from './shared';

const TARGET_RATIO = 1.5;

async function languageServerFigures(): Promise<{ openMs: number[]; diagnostics: number[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-bench-lsp-'));
  mkdirSync(join(folder, 'incidents'));
  const client = await LanguageClient.start(folder);
  const text = syntheticPostmortem(BENCH_LINES);
  const openMs: number[] = [];
  const diagnostics: number[] = [];
  try {
    for (let i = 0; i < OPENED_FILES; i++) {
      const since = client.mark;
      const started = performance.now();
      const uri = await client.open(join(folder, 'incidents', `bench-open-${i}.md`), text);
      const published = await client.diagnostics(uri, since, () => true, 60_000);
      openMs.push(performance.now() - started);
      diagnostics.push(published.diagnostics.length);
    }
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return { openMs, diagnostics };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<number> {
  const server = await languageServerFigures();
  const result = await runIntegrationSuite({
    testsPath: join(projectRoot, 'out', 'bench', 'lsp', 'host.js'),
    name: 'bench-lsp',
  });
  const figures = result.figures;
  if (result.problem || !figures) {
    process.stderr.write(`bench:lsp: ${result.problem ?? 'no figures came back from the extension host'}\n`);
    return 1;
  }
  const extension = {
    openMs: [...Array(OPENED_FILES).keys()].map((i) => figures[`openMs${i}`]!),
    diagnostics: [...Array(OPENED_FILES).keys()].map((i) => figures[`diagnostics${i}`]!),
  };
  if (server.diagnostics.some((count, i) => count !== extension.diagnostics[i])) {
    process.stderr.write(
      `bench:lsp: the two faces show different diagnostics: ` +
        `${server.diagnostics.join(', ')} over the language server, ` +
        `${extension.diagnostics.join(', ')} in VS Code\n`,
    );
    return 1;
  }
  const rows: [string, number, number][] = [
    ['first open (cold)', server.openMs[0]!, extension.openMs[0]!],
    [`median of the next ${OPENED_FILES - 1} opens`, median(server.openMs.slice(1)), median(extension.openMs.slice(1))],
  ];
  process.stdout.write(`\nOpening a ${BENCH_LINES}-line postmortem to its ${server.diagnostics[0]} diagnostics:\n`);
  for (const [name, lsp, vscode] of rows) {
    const ratio = lsp / vscode;
    process.stdout.write(
      `${ratio <= TARGET_RATIO ? 'ok  ' : 'OVER'} ${name}: language server ` +
        `${lsp.toFixed(0)} ms, VS Code extension ${vscode.toFixed(0)} ms, ` +
        `ratio ${ratio.toFixed(2)} (target <= ${TARGET_RATIO})\n`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
