// `npm run fuzz [runs] [seed]`: the generated-input properties over 100,000 documents by default.
import { fuzzPostmortems } from '../test/support/generatedInputs';
import { corpusDocuments, exampleDocuments } from '../test/unit/documents';

const runs = Number(process.argv[2] ?? 100_000);
const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3]);
const started = Date.now();
process.stdout.write(`fuzzing ${runs.toLocaleString('en-US')} generated postmortems (seed ${seed})...\n`);
try {
  const seeds = [...corpusDocuments(), ...exampleDocuments()].map((document) => document.text);
  const batch = 5_000;
  for (let done = 0; done < runs; done += batch) {
    fuzzPostmortems({ numRuns: Math.min(batch, runs - done), seeds, seed: seed + done });
    process.stdout.write(`  ${Math.min(done + batch, runs).toLocaleString('en-US')} cases passed (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  process.stdout.write(`${runs} passed, 0 failed\n`);
} catch (error) {
  process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
