// Does a learned blame scorer catch more blame on writing it has not seen than the hand-written rules do?
// Leave-one-set-out over the sets that were each once held out (seen-3 to seen-6): train on everything else,
// choose the threshold on the training sets only (by an inner leave-one-set-out), and measure on the set left out.
// Never reads the held-out sets (heldout-*). Usage: node out/scripts/blameFolds.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseThreshold,
  type Example,
  type Gate,
  isClearBlame,
  isLookAlike,
  isOrdinary,
  loadSets,
  outOfFold,
  type Scored,
  scoreAll,
  TRAINING,
  train as trainWith,
} from './blameLearning';

/** The training options, each overridable from the environment to compare settings: `L2=0.05`. */
const OPTIONS = {
  minCount: Number(process.env.MIN_COUNT ?? TRAINING.minCount),
  l2: Number(process.env.L2 ?? TRAINING.l2),
  iterations: Number(process.env.ITERATIONS ?? TRAINING.iterations),
  ordinaryWeight: Number(process.env.ORDINARY_WEIGHT ?? TRAINING.ordinaryWeight),
  minWeight: Number(process.env.MIN_WEIGHT ?? TRAINING.minWeight),
};
const train = (examples: readonly Example[]) => trainWith(examples, OPTIONS);
const root = join(__dirname, '..', '..');

interface Figures {
  readonly recall: string;
  readonly falseAlarms: string;
  readonly recallValue: number;
}

function figures(scored: readonly Scored[], flagged: (s: Scored) => boolean): Figures {
  const blame = scored.filter((s) => isClearBlame(s.example));
  const lookAlikes = scored.filter((s) => isLookAlike(s.example));
  const caught = blame.filter(flagged).length;
  const alarms = lookAlikes.filter(flagged).length;
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return {
    recall: `${caught}/${blame.length} ${pct(caught, blame.length)}`,
    falseAlarms: `${alarms}/${lookAlikes.length} ${pct(alarms, lookAlikes.length)}`,
    recallValue: caught / Math.max(1, blame.length),
  };
}

/** The examples, read once and kept in a file between runs when `EXAMPLES_CACHE` names one. */
function cachedSets(): Map<string, Example[]> {
  const cache = process.env.EXAMPLES_CACHE;
  if (cache && existsSync(cache)) return new Map(JSON.parse(readFileSync(cache, 'utf8')) as [string, Example[]][]);
  const sets = loadSets(root);
  if (cache) writeFileSync(cache, JSON.stringify([...sets]));
  return sets;
}

/**
 * The ids of a set's sentences that the rules flagged at the set's one held-out measurement, before they were
 * tuned on it (bench/blameFolds/, see its README), or undefined when there is no such list.
 */
function frozenFlags(n: number): ReadonlySet<string> | undefined {
  const file = join(root, 'bench', 'blameFolds', `frozen-rules-seen-${n}.txt`);
  return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : undefined;
}

function main(): void {
  const sets = cachedSets();
  const units = [...sets.keys()];
  const lookAlikeLimit = Number(process.env.LOOK_ALIKE_LIMIT ?? 0.015);
  const ordinaryLimit = Number(process.env.ORDINARY_LIMIT ?? 0.002);
  const gates: Gate[] = process.env.GATE ? [process.env.GATE as Gate] : ['person-and-words', 'person', 'none'];
  for (const [unit, examples] of sets)
    process.stdout.write(
      `${unit}: ${examples.filter(isClearBlame).length} clear blame, ${examples.filter(isLookAlike).length} ` +
        `look-alikes, ${examples.filter(isOrdinary).length} ordinary document sentences\n`,
    );
  for (const gate of gates) {
    process.stdout.write(`\nSentences scored: ${gate}\n`);
    process.stdout.write(
      'fold   | rules now      FA          | classifier     FA          t     | now OR classif FA          t     ' +
        '| rules frozen   FA          | frozen OR clf  FA          | new doc flags\n',
    );
    const gains: number[] = [];
    const frozenGains: number[] = [];
    for (const n of [3, 4, 5, 6]) {
      const left = `seen-${n}`;
      const training = units.filter((unit) => unit !== left);
      const inner = outOfFold(sets, training, gate, OPTIONS);
      const alone = chooseThreshold(inner, false, lookAlikeLimit, ordinaryLimit);
      const combined = chooseThreshold(inner, true, lookAlikeLimit + 0.005, ordinaryLimit);
      const model = train(training.flatMap((unit) => sets.get(unit)!));
      const scored = scoreAll(model, sets.get(left)!, gate);
      const test = scored.filter((s) => s.example.group === left);
      const testDocs = scored.filter((s) => s.example.group !== left);
      const frozen = frozenFlags(n) ?? new Set<string>();
      const rules = figures(test, (s) => s.example.rules);
      const classifier = figures(test, (s) => s.score >= alone);
      const either = figures(test, (s) => s.example.rules || s.score >= combined);
      const frozenRules = figures(test, (s) => frozen.has(s.example.id));
      const frozenEither = figures(test, (s) => frozen.has(s.example.id) || s.score >= alone);
      const newFlags = testDocs.filter((s) => isOrdinary(s.example) && !s.example.rules && s.score >= combined);
      const ordinaryCount = testDocs.filter((s) => isOrdinary(s.example)).length;
      gains.push(either.recallValue - rules.recallValue);
      frozenGains.push(frozenEither.recallValue - frozenRules.recallValue);
      const cell = (f: Figures) => `${f.recall.padEnd(14)} ${f.falseAlarms.padEnd(11)}`;
      process.stdout.write(
        `${left} | ${cell(rules)} | ${cell(classifier)} ${alone.toFixed(2).padEnd(5)} | ${cell(either)} ` +
          `${combined.toFixed(2).padEnd(5)} | ${cell(frozenRules)} | ${cell(frozenEither)} | ` +
          `${newFlags.length}/${ordinaryCount}\n`,
      );
      if (process.env.VERBOSE) {
        for (const s of test) {
          if (s.example.rules || s.score < combined || s.example.confidence !== 'clear') continue;
          process.stdout.write(
            `    ${s.example.blame ? '+' : '!'} ${s.score.toFixed(2)} ${s.example.text.slice(0, 110)}\n`,
          );
        }
        for (const s of newFlags) process.stdout.write(`    doc ${s.example.text.slice(0, 110)}\n`);
      }
    }
    const mean = (values: number[]) => (100 * values.reduce((a, b) => a + b, 0)) / values.length;
    process.stdout.write(
      `mean recall gain over the rules of now: ${mean(gains).toFixed(1)} points; ` +
        `over the rules as frozen at each set's measurement: ${mean(frozenGains).toFixed(1)} points\n`,
    );
  }
}

main();
