// `npm run fuzz [runs] [seed]`: the generated-input properties over 100,000 documents by default,
// shared between one process per core.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fuzzPostmortems } from '../test/support/generatedInputs';
import { corpusDocuments, exampleDocuments } from '../test/unit/documents';

const BATCH = 2_500;

/** Runs `runs` cases in batches, printing progress; throws with the counterexample on failure. */
function fuzzPart(runs: number, seed: number, label: string): void {
  const seeds = [...corpusDocuments(), ...exampleDocuments()].map((document) => document.text);
  const started = Date.now();
  for (let done = 0; done < runs; done += BATCH) {
    fuzzPostmortems({ numRuns: Math.min(BATCH, runs - done), seeds, seed: seed + done, scale: 0.5 });
    process.stdout.write(
      `  ${label}${Math.min(done + BATCH, runs).toLocaleString('en-US')} ` +
        `cases passed (${Math.round((Date.now() - started) / 1000)} s)\n`,
    );
  }
}

async function main(): Promise<number> {
  const runs = Number(process.argv[2] ?? 100_000);
  const seed = process.argv[3] === undefined ? Date.now() % 2 ** 30 : Number(process.argv[3]);
  if (process.env['POSTMORTEM_FUZZ_PART']) {
    fuzzPart(runs, seed, `[part ${process.env['POSTMORTEM_FUZZ_PART']}] `);
    return 0;
  }
  const parts = Math.max(1, Math.min(availableParallelism(), 8));
  const seedDocuments = corpusDocuments().length + exampleDocuments().length;
  process.stdout.write(
    `fuzzing ${runs.toLocaleString('en-US')} generated postmortems, ` +
      `${seedDocuments} real ones among the seeds they mutate, in ${parts} ` +
      `processes (seed ${seed}; rerun with the same seed to repeat)...\n`,
  );
  const share = Math.ceil(runs / parts);
  const exits = await Promise.all(
    Array.from(
      { length: parts },
      (_, part) =>
        new Promise<number>((resolve) => {
          const child = fork(__filename, [String(Math.min(share, runs - part * share)), String(seed + part * share)], {
            env: { ...process.env, POSTMORTEM_FUZZ_PART: String(part + 1) },
          });
          child.on('exit', (code) => resolve(code ?? 1));
        }),
    ),
  );
  const failed = exits.filter((code) => code !== 0).length;
  process.stdout.write(
    failed === 0
      ? `${runs} passed, 0 failed\n`
      : `fuzzing failed in ${failed} process(es); the counterexample is printed above\n`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
