// `npm run bench:editor`: the editor benchmark inside the real VS Code extension host, and the
// size of the bundles, printed with their targets.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runIntegrationSuite } from '../../test/runIntegration';
import { projectRoot } from '../../test/support/vscodeHost';

async function main(): Promise<number> {
  const result = await runIntegrationSuite({
    testsPath: join(projectRoot, 'out', 'bench', 'editor', 'host.js'),
    name: 'bench-editor',
  });
  const figures = result.figures;
  if (result.problem || !figures) {
    process.stderr.write(`bench:editor: ${result.problem ?? 'no figures came back from the extension host'}\n`);
    return 1;
  }
  const kilobytes = (file: string): number => statSync(join(projectRoot, 'dist', file)).size / 1024;
  const rows: [string, number, number, string][] = [
    [
      'longest stall of the host thread by this extension (ms)',
      figures['stallMs']!,
      20,
      `(the host's whole event loop, shared with VS Code's own Markdown ` +
        `features: ${figures['hostStallMs']!.toFixed(0)} ms with the checks ` +
        `on, ${figures['baselineStallMs']!.toFixed(0)} ms with them off)`,
    ],
    [
      'last keystroke to matching diagnostics (ms)',
      figures['diagnosticsLatencyMs']!,
      500,
      `(the 250 ms pause after typing, then ${figures['workerMs']!.toFixed(0)} ms in the analysis worker)`,
    ],
    [
      `longest stall of the host thread by this extension while the views ` +
        `index ${figures['indexedPostmortems']} postmortems (ms)`,
      figures['indexStallMs']!,
      20,
      `(reading them all took ${(figures['indexMs']! / 1000).toFixed(1)} s, in the analysis worker)`,
    ],
    [
      `related postmortems of one document among the ${figures['indexedPostmortems']}, in the analysis worker (ms)`,
      figures['relatedWorkerMs']!,
      50,
      `(median of 5 questions, each listing the 10 closest of ${figures['indexedPostmortems']} that all say the ` +
        `same; longest host-thread work meanwhile ${figures['relatedStallMs']!.toFixed(1)} ms)`,
    ],
    [
      'time in activate() (ms)',
      figures['activationMs']!,
      30,
      `loading the bundle and activating: ${figures['loadAndActivateMs']!.toFixed(1)} ms`,
    ],
    [
      'extension bundle, dist/extension.js (KB)',
      kilobytes('extension.js'),
      500,
      `the parser and rules load in a worker: dist/analysisWorker.js is ` +
        `${kilobytes('analysisWorker.js').toFixed(0)} KB`,
    ],
  ];
  process.stdout.write(
    `\nEditor benchmark on a ${figures['lines']}-line postmortem, 200 characters typed at one per 40 ms:\n`,
  );
  for (const [name, value, target, note] of rows) {
    process.stdout.write(
      `${value <= target ? 'ok  ' : 'OVER'} ${name}: ${value.toFixed(1)} (target <= ${target}) ${note}\n`,
    );
  }
  return rows.every(([, value, target]) => value <= target) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
