// Does a learned blame scorer catch more blame on writing it has not seen than the hand-written rules do?
// Leave-one-set-out over the sets that were each once held out (seen-3 to seen-19): train on everything else,
// choose the threshold on the training sets only (by an inner five-group split of them), and measure on the set left
// out. The real people at work of rootcause-18 are always learned from, and scored left out only on a line of their
// own, outside the means. Never reads the held-out sets (heldout-*). Usage: node out/scripts/blameFolds.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mayHoldBlame } from '../src/core/blame/detect';
import { mentionsPerson, sentenceFeatures } from '../src/core/blame/learnedFeatures';
import { VOCABULARIES } from '../src/core/blame/vocabularies';
import { readWords } from '../src/core/language/english';
import {
  blameScore,
  chooseThreshold,
  type Example,
  type Gate,
  isClearBlame,
  isLookAlike,
  isOrdinary,
  loadSets,
  ONCE_HELD_OUT,
  outOfFold,
  PEOPLE_AT_WORK,
  type Scored,
  scoreAll,
  TRAINING,
  train as trainWith,
} from './blameLearning';
import { readLabelled } from './labelledSentences';

/** The training options, each overridable from the environment to compare settings: `L2=0.05`. */
const OPTIONS = {
  minCount: Number(process.env.MIN_COUNT ?? TRAINING.minCount),
  l2: Number(process.env.L2 ?? TRAINING.l2),
  iterations: Number(process.env.ITERATIONS ?? TRAINING.iterations),
  ordinaryWeight: Number(process.env.ORDINARY_WEIGHT ?? TRAINING.ordinaryWeight),
  peopleAtWorkWeight: Number(process.env.PEOPLE_AT_WORK_WEIGHT ?? TRAINING.peopleAtWorkWeight),
  minWeight: Number(process.env.MIN_WEIGHT ?? TRAINING.minWeight),
};
const train = (examples: readonly Example[]) => trainWith(examples, OPTIONS);
const LOOK_ALIKE_LIMIT = Number(process.env.LOOK_ALIKE_LIMIT ?? 0.015);
const ORDINARY_LIMIT = Number(process.env.ORDINARY_LIMIT ?? 0.002);
/** How many groups the training units are dealt into to choose a threshold (fewer: a shorter run). */
const INNER_FOLDS = Number(process.env.INNER_FOLDS ?? 5);

/**
 * The thresholds chosen on the training units only, from scores each given by a model that did not learn from that
 * unit: for the learned scorer alone, and for it beside the rules (which may flag a little more).
 */
function thresholds(sets: ReadonlyMap<string, Example[]>, training: readonly string[], gate: Gate) {
  const inner = outOfFold(sets, training, gate, OPTIONS, INNER_FOLDS);
  return {
    alone: chooseThreshold(inner, false, LOOK_ALIKE_LIMIT, ORDINARY_LIMIT),
    combined: chooseThreshold(inner, true, LOOK_ALIKE_LIMIT + 0.005, ORDINARY_LIMIT),
  };
}
const root = join(__dirname, '..', '..');

interface Figures {
  readonly recall: string;
  readonly falseAlarms: string;
  readonly recallValue: number;
  readonly falseAlarmValue: number;
}

/** What adding the learned scorer changes: points of clear blame caught and of look-alikes flagged. */
interface Gain {
  readonly recall: number;
  readonly falseAlarms: number;
}

const gain = (before: Figures, after: Figures): Gain => ({
  recall: 100 * (after.recallValue - before.recallValue),
  falseAlarms: 100 * (after.falseAlarmValue - before.falseAlarmValue),
});

function meanGain(gains: readonly Gain[]): string {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  return (
    `${signed(mean(gains.map((g) => g.recall)))} points of recall, ` +
    `${signed(mean(gains.map((g) => g.falseAlarms)))} of look-alikes flagged (${gains.length} sets)`
  );
}

const cell = (f: Figures) => `${f.recall}, ${f.falseAlarms}`;

function figures(scored: readonly Scored[], flagged: (s: Scored) => boolean): Figures {
  const blame = scored.filter((s) => isClearBlame(s.example));
  const lookAlikes = scored.filter((s) => isLookAlike(s.example));
  const caught = blame.filter(flagged).length;
  const alarms = lookAlikes.filter(flagged).length;
  return {
    recall: `${caught}/${blame.length}`,
    falseAlarms: `${alarms}/${lookAlikes.length}`,
    recallValue: caught / Math.max(1, blame.length),
    falseAlarmValue: alarms / Math.max(1, lookAlikes.length),
  };
}

/** The examples, read once and kept in a file between runs when `EXAMPLES_CACHE` names one. */
function cachedSets(): Map<string, Example[]> {
  const cache = process.env.EXAMPLES_CACHE;
  const sets =
    cache && existsSync(cache)
      ? new Map(JSON.parse(readFileSync(cache, 'utf8')) as [string, Example[]][])
      : loadSets(root);
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify([...sets]));
  if (!process.env.SECTION_BLIND) return sets;
  return new Map(
    [...sets].map(([unit, examples]) => [unit, examples.map((e) => ({ ...e, features: read(e.features) }))]),
  );
}

/** SECTION_BLIND=1: the model is not told the section, so it cannot learn that a person in a root cause is blame. */
const read = (features: readonly string[]) =>
  process.env.SECTION_BLIND ? features.filter((feature) => !feature.startsWith('section:')) : features;

/**
 * The ids of a set's sentences that the rules flagged at the set's one held-out measurement, before they were
 * tuned on it (bench/blameFolds/, see its README), or undefined when there is no such list.
 */
function frozenFlags(n: number): ReadonlySet<string> | undefined {
  const file = join(root, 'bench', 'blameFolds', `frozen-rules-seen-${n}.txt`);
  return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : undefined;
}

/**
 * The model trained on every set, its threshold chosen as in the folds, read on sentences it never learned from:
 * every vocabulary's pass examples (the check of the learned scorer, never training data) and people doing ordinary
 * work (bench/blameFolds/ordinary-work.jsonl). Prints each one it would flag.
 */
function checkFinalModel(sets: ReadonlyMap<string, Example[]>, units: readonly string[], gate: Gate): void {
  const threshold = thresholds(sets, units, gate).alone;
  const model = train(units.flatMap((unit) => sets.get(unit)!));
  const checks = [
    ...VOCABULARIES.flatMap((vocabulary) =>
      vocabulary.entries.flatMap((entry) =>
        entry.passes.map((text) => ({ text, section: vocabulary.section ?? 'narrative' })),
      ),
    ),
    ...readLabelled(join(root, 'bench', 'blameFolds', 'ordinary-work.jsonl')),
  ];
  const flagged = checks.filter((check) => {
    const tokens = readWords(check.text);
    const rootCause = check.section === 'root-cause';
    const scored =
      gate === 'none' || (mentionsPerson(tokens) && (gate === 'person' || mayHoldBlame(check.text, rootCause)));
    return scored && blameScore(model, read(sentenceFeatures(tokens, rootCause))) >= threshold;
  });
  process.stdout.write(
    `\nTrained on every set (threshold ${threshold.toFixed(2)}): ${flagged.length}/${checks.length} ` +
      'vocabulary pass examples and ordinary-work sentences flagged\n',
  );
  for (const check of flagged) process.stdout.write(`    ${check.section}: ${check.text}\n`);
}

/**
 * The people at work of rootcause-18 scored by a model that never learned from them: how many of its look-alikes
 * (real people doing their job in a postmortem) the learned scorer would flag where the rules do not.
 */
function reportPeopleAtWork(sets: ReadonlyMap<string, Example[]>, units: readonly string[], gate: Gate): void {
  const training = units.filter((unit) => unit !== PEOPLE_AT_WORK);
  const { alone, combined } = thresholds(sets, training, gate);
  const test = scoreAll(train(training.flatMap((unit) => sets.get(unit)!)), sets.get(PEOPLE_AT_WORK)!, gate);
  const rules = figures(test, (s) => s.example.rules);
  const either = figures(test, (s) => s.example.rules || s.score >= combined);
  process.stdout.write(
    `\n${PEOPLE_AT_WORK} left out (not in the means): learned alone ` +
      `${cell(figures(test, (s) => s.score >= alone))} (t ${alone.toFixed(2)}); rules now ${cell(rules)}; ` +
      `now OR learned ${cell(either)} (t ${combined.toFixed(2)})\n`,
  );
  for (const s of test)
    if (!s.example.blame && !s.example.rules && s.score >= Math.min(alone, combined))
      process.stdout.write(`    ${s.example.id} ${s.score.toFixed(2)} ${s.example.text.slice(0, 110)}\n`);
}

function main(): void {
  const sets = cachedSets();
  const units = [...sets.keys()];
  const gates: Gate[] = process.env.GATE ? [process.env.GATE as Gate] : ['person-and-words', 'person', 'none'];
  for (const [unit, examples] of sets)
    process.stdout.write(
      `${unit}: ${examples.filter(isClearBlame).length} clear blame, ${examples.filter(isLookAlike).length} ` +
        `look-alikes, ${examples.filter(isOrdinary).length} ordinary document sentences\n`,
    );
  for (const gate of gates) {
    process.stdout.write(
      `\nSentences scored: ${gate}. Clear blame caught, clear look-alikes flagged; t: threshold; ` +
        'doc: ordinary document sentences of the set newly flagged\n\n' +
        '| left out | learned alone | rules frozen | frozen OR learned | rules now (tuned on it) | now OR learned | ' +
        'new doc flags |\n| --- | --- | --- | --- | --- | --- | --- |\n',
    );
    const gains: Gain[] = [];
    const frozenGains: Gain[] = [];
    let newDocFlags = 0;
    let newMovedFlags = 0;
    for (const n of ONCE_HELD_OUT) {
      const left = `seen-${n}`;
      const training = units.filter((unit) => unit !== left);
      const { alone, combined } = thresholds(sets, training, gate);
      const model = train(training.flatMap((unit) => sets.get(unit)!));
      const scored = scoreAll(model, sets.get(left)!, gate);
      const test = scored.filter((s) => s.example.group === left);
      const ordinary = scored.filter((s) => s.example.group !== left && isOrdinary(s.example));
      const frozen = frozenFlags(n);
      const rules = figures(test, (s) => s.example.rules);
      const either = figures(test, (s) => s.example.rules || s.score >= combined);
      const newFlags = ordinary.filter((s) => !s.example.rules && s.score >= Math.min(alone, combined));
      const movedFlags = newFlags.filter((s) => s.example.moved).length;
      const movedCount = ordinary.filter((s) => s.example.moved).length;
      newDocFlags += newFlags.length - movedFlags;
      newMovedFlags += movedFlags;
      gains.push(gain(rules, either));
      let frozenCells = '- | -';
      if (frozen) {
        const frozenRules = figures(test, (s) => frozen.has(s.example.id));
        const frozenEither = figures(test, (s) => frozen.has(s.example.id) || s.score >= alone);
        frozenGains.push(gain(frozenRules, frozenEither));
        frozenCells = `${cell(frozenRules)} | ${cell(frozenEither)}`;
      }
      process.stdout.write(
        `| ${left} | ${cell(figures(test, (s) => s.score >= alone))} (t ${alone.toFixed(2)}) | ${frozenCells} | ` +
          `${cell(rules)} | ${cell(either)} (t ${combined.toFixed(2)}) | ` +
          `${ordinary.length ? `${newFlags.length - movedFlags}/${ordinary.length - movedCount}` : '-'} ` +
          `${movedCount ? `(moved into a root cause: ${movedFlags}/${movedCount})` : ''} |\n`,
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
    reportPeopleAtWork(sets, units, gate);
    checkFinalModel(sets, units, gate);
    process.stdout.write(
      `\nMean over the sets left out: over the rules of now ${meanGain(gains)}; ` +
        `over the rules as frozen at each set's measurement ${meanGain(frozenGains)}; ` +
        `new flags on ordinary document sentences: ${newDocFlags}, ` +
        `on those moved into a root cause: ${newMovedFlags}\n`,
    );
  }
}

main();
