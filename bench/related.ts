// `node out/bench/related.js` after a build: related postmortems at 2,000 postmortems. Builds the
// BM25 index of cause sentences and asks it for one postmortem's related ones, beside reading one
// postmortem's causes with the language layer (the cost the analysis worker pays per document), in
// the same run. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { forgetReadings } from '../src/core/language/english';
import { parsePostmortem } from '../src/core/analysis/parse';
import { causeProfile } from '../src/core/related/causes';
import { CauseIndex, type CauseProfile } from '../src/core/related/relatedIndex';
import { syntheticPostmortem } from '../test/support/syntheticPostmortem';
import { corpusDocuments, evalDocuments, exampleDocuments } from '../test/unit/documents';

const SIZE = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const texts = [...corpusDocuments(), ...evalDocuments(), ...exampleDocuments()].map((document) => document.text);
const documents = texts.map((text) => parsePostmortem(text, { config: DEFAULT_CONFIG }));
const base = documents
  .map((document, i) => causeProfile(`real-${i}`, document))
  .filter((profile) => profile.sentences.length > 0);
// 2,000 postmortems: the real ones' causes, each copy with its own words swapped in, so that terms vary as in a large
// workspace.
const profiles: CauseProfile[] = Array.from({ length: SIZE }, (_, i) => {
  const from = base[i % base.length]!;
  return {
    ...from,
    key: `pm-${i}`,
    sentences: from.sentences.map((sentence) => ({
      ...sentence,
      terms: sentence.terms.map((term, j) => (j % 3 === i % 3 ? `${term}${i % 97}` : term)),
    })),
  };
});

const build = time(() => void new CauseIndex(profiles), 9);
const index = new CauseIndex(profiles);
// The analysis worker keeps the index and replaces a postmortem's causes on each change
// (src/extension/analysis/requests.ts).
const replaced = profiles.filter((_, i) => i % 40 === 1);
const replace =
  time(() => {
    for (const profile of replaced) index.add(profile);
  }, 5) / replaced.length;
const queries = profiles.filter((_, i) => i % 40 === 0);
const query =
  time(() => {
    for (const profile of queries) index.related(profile);
  }, 5) / queries.length;
// The most a question can cost: 2,000 copies of one generated postmortem, which all match (bench:editor's workspace).
const same = causeProfile('same', parsePostmortem(syntheticPostmortem(120), { config: DEFAULT_CONFIG }));
const sameIndex = new CauseIndex(Array.from({ length: SIZE }, (_, i) => ({ ...same, key: `same-${i}` })));
const worst = time(() => void sameIndex.related({ ...same, key: 'same-0' }, 10), 9);
const withCauses = documents.filter((document) => document.rootCauses.length > 0);
const read =
  time(() => {
    forgetReadings();
    withCauses.forEach((document, i) => {
      causeProfile(`r-${i}`, document);
    });
  }, 3) / withCauses.length;

const terms = profiles.reduce(
  (total, profile) => total + profile.sentences.reduce((sum, sentence) => sum + sentence.terms.length, 0),
  0,
);
process.stdout.write(
  `Related postmortems at ${SIZE} postmortems (${terms} cause terms, from ${base.length} real postmortems' causes):\n`,
);
process.stdout.write(`  build the BM25 index:                     ${build.toFixed(1)} ms\n`);
process.stdout.write(
  `  replace one postmortem's causes (an edit):  ${replace.toFixed(2)} ms, in the analysis worker\n`,
);
process.stdout.write(`  related postmortems of one document:      ${query.toFixed(2)} ms (target < 50 ms)\n`);
process.stdout.write(
  `  the same, when all ${SIZE} say the same (${same.sentences.length} cause sentences each), ` +
    `the 10 closest: ${worst.toFixed(2)} ms\n`,
);
process.stdout.write(
  `  reading one postmortem's causes (lemmas): ${read.toFixed(2)} ms, in ` +
    `the analysis worker, once per document version\n`,
);
process.stdout.write(
  `  one query is ${(query / read).toFixed(2)}x the reading of one ` +
    `document's causes; the build is ${(build / read).toFixed(1)}x\n`,
);
