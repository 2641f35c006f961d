// The labelled writing the learned blame scorer is trained and measured on, and its training: an L2-regularised
// logistic regression over `sentenceFeatures`, fitted by full-batch gradient descent in a fixed order, so the same
// data always gives the same weights.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { lintDocument } from '../src/core/analysis/lint';
import { parsePostmortem } from '../src/core/analysis/parse';
import { rootCauseTest } from '../src/core/blame/documentBlame';
import { mayHoldBlame } from '../src/core/blame/detect';
import { mentionsPerson, sentenceFeatures } from '../src/core/blame/learnedFeatures';
import { readSentences, readWords } from '../src/core/language/english';
import type { Finding } from '../src/core/model/findings';
import type { Token } from '../src/core/language/tokens';
import { BLAME_RULES, flagsSentence, readLabelled } from './labelledSentences';

/** One sentence the scorer may learn from or be measured on. */
export interface Example {
  /** The set it comes from: a sentence file's or a document folder's name. */
  readonly group: string;
  /** The sentence's id, or a document sentence's file and line. */
  readonly id: string;
  readonly text: string;
  readonly blame: boolean;
  /** `clear` blame or look-alike, `borderline`, or `ordinary` prose from a document (no blame label on its lines). */
  readonly confidence: 'clear' | 'borderline' | 'ordinary';
  readonly kind: string;
  readonly features: readonly string[];
  /** The sentence mentions a person (the gate the product scores behind). */
  readonly person: boolean;
  /** The sentence holds a word the hand-written detectors need, so the product reads it word by word. */
  readonly needed: boolean;
  /** The hand-written rules flag it. */
  readonly rules: boolean;
  /** A sentence that mentions a person and blames nobody, read a second time as if in the other section. */
  readonly moved?: boolean;
}

/**
 * The same sentence as if it stood in the other section. A person doing ordinary work blames nobody in a root cause
 * either, but the labelled sets seldom show one there, so without these a model learns that a person as the subject
 * of a root-cause sentence is blame.
 */
function moved(example: Example, tokens: readonly Token[], rootCause: boolean): Example {
  return {
    ...example,
    id: `${example.id} in ${rootCause ? 'a root cause' : 'a narrative'}`,
    features: sentenceFeatures(tokens, rootCause),
    needed: mayHoldBlame(example.text, rootCause),
    moved: true,
  };
}

/** The labelled sentences of a file; with `moveLookAlikes`, look-alikes that mention a person also moved. */
export function sentenceExamples(group: string, file: string, moveLookAlikes = false): Example[] {
  return readLabelled(file).flatMap((sentence) => {
    const tokens = readWords(sentence.text);
    const rootCause = sentence.section === 'root-cause';
    const example: Example = {
      group,
      id: sentence.id,
      text: sentence.text,
      blame: sentence.blame,
      confidence: sentence.confidence,
      kind: sentence.kind,
      features: sentenceFeatures(tokens, rootCause),
      person: mentionsPerson(tokens),
      needed: mayHoldBlame(sentence.text, rootCause),
      rules: flagsSentence(sentence),
    };
    return moveLookAlikes && !example.blame && example.person
      ? [example, moved(example, tokens, !rootCause)]
      : [example];
  });
}

interface DocumentLabels {
  file: string;
  blameful_phrases: { line: number }[];
  false_positive_traps: { line: number }[];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Every sentence of the prose of a labelled document folder (`labels.json`, `docs/`): sentences on a line
 * labelled blame (of any confidence) are left out; labelled traps are clear look-alikes; the rest is ordinary.
 */
export function documentExamples(group: string, folder: string): Example[] {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as DocumentLabels[];
  const labelled = new Set(readdirSync(join(folder, 'docs')));
  const examples: Example[] = [];
  for (const label of labels) {
    if (!labelled.has(label.file)) continue;
    const text = readFileSync(join(folder, 'docs', label.file), 'utf8');
    const document = parsePostmortem(text, { config: DEFAULT_CONFIG });
    const flagged = lintDocument(document, DEFAULT_CONFIG).filter((finding) => BLAME_RULES.has(finding.ruleId));
    const blameLines = new Set(label.blameful_phrases.map((phrase) => phrase.line));
    const trapLines = new Set(label.false_positive_traps.map((trap) => trap.line));
    const inRootCause = rootCauseTest(document);
    for (const block of document.prose) {
      const source = text.slice(block.start, block.end);
      for (const tokens of readSentences(block.masked, source)) {
        const start = block.start + tokens[0]!.start;
        const end = block.start + tokens[tokens.length - 1]!.end;
        const lines = [];
        for (let line = lineAt(text, start); line <= lineAt(text, end); line++) lines.push(line);
        if (lines.some((line) => blameLines.has(line))) continue;
        const confidence = lines.some((line) => trapLines.has(line)) ? 'clear' : 'ordinary';
        const rootCause = inRootCause(block);
        const example: Example = {
          group,
          id: `${label.file}:${lines[0]}`,
          text: text.slice(start, end),
          blame: false,
          confidence,
          kind: 'trap',
          features: sentenceFeatures(tokens, rootCause),
          person: mentionsPerson(tokens),
          needed: mayHoldBlame(text.slice(start, end), rootCause),
          rules: flagged.some((finding) => overlaps(finding, start, end)),
        };
        examples.push(example);
        if (!rootCause && confidence === 'ordinary' && example.person) examples.push(moved(example, tokens, true));
      }
    }
  }
  return examples;
}

function overlaps(finding: Finding, start: number, end: number): boolean {
  return finding.range.start.offset < end && start < finding.range.end.offset;
}

/** A bias and a weight per feature: a sentence's log-odds of blaming is their sum over its features. */
export interface LearnedWeights {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The model's log-odds that a sentence with these features blames a person. */
export function blameScore(weights: LearnedWeights, features: readonly string[]): number {
  let sum = weights.bias;
  for (const feature of features) sum += weights.weights[feature] ?? 0;
  return sum;
}

export interface TrainingOptions {
  /** Features seen in fewer training sentences than this get no weight. */
  readonly minCount: number;
  /** L2 penalty per weight. */
  readonly l2: number;
  readonly iterations: number;
  /** Weight of an ordinary document sentence relative to a labelled look-alike. */
  readonly ordinaryWeight: number;
  /** Weight of a look-alike of `rootcause-18.jsonl` (a real person at work in a postmortem) relative to the others. */
  readonly peopleAtWorkWeight: number;
  /** Weights smaller than this (either sign) are dropped, to keep the model small. */
  readonly minWeight: number;
}

export const TRAINING: TrainingOptions = {
  minCount: 2,
  l2: 0.02,
  iterations: 400,
  ordinaryWeight: 0.3,
  peopleAtWorkWeight: 1,
  minWeight: 0.02,
};

/** The examples a scorer learns from: labelled blame and look-alikes (clear or borderline), and ordinary prose. */
function learnable(example: Example): boolean {
  return example.confidence !== 'borderline' || !example.blame;
}

/**
 * Fits the weights. Blame and non-blame carry equal total weight; every step uses every example, in order,
 * with an Adagrad step size per weight, so the result depends on the data only.
 */
export function train(examples: readonly Example[], options: TrainingOptions = TRAINING): LearnedWeights {
  const used = examples.filter(learnable);
  const counts = new Map<string, number>();
  for (const example of used)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const names = [...counts]
    .filter(([, count]) => count >= options.minCount)
    .map(([name]) => name)
    .sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = used.map((example) =>
    example.features.flatMap((feature) => (index.has(feature) ? [index.get(feature)!] : [])),
  );
  const instanceWeight = used.map((example) => {
    if (example.confidence === 'ordinary') return options.ordinaryWeight;
    return example.group === PEOPLE_AT_WORK && !example.blame ? options.peopleAtWorkWeight : 1;
  });
  const positive = used.reduce((sum, example, i) => sum + (example.blame ? instanceWeight[i]! : 0), 0);
  const negative = used.reduce((sum, example, i) => sum + (example.blame ? 0 : instanceWeight[i]!), 0);
  const total = positive + negative;
  const balance = used.map((example, i) => (instanceWeight[i]! * total) / (2 * (example.blame ? positive : negative)));
  const weights = new Float64Array(names.length);
  const squared = new Float64Array(names.length + 1);
  let bias = 0;
  const rate = 0.5;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = new Float64Array(names.length);
    let biasGradient = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = bias;
      for (const j of rows[i]!) z += weights[j]!;
      const error = (1 / (1 + Math.exp(-z)) - (used[i]!.blame ? 1 : 0)) * balance[i]!;
      biasGradient += error;
      for (const j of rows[i]!) gradient[j]! += error;
    }
    for (let j = 0; j < names.length; j++) {
      const g = gradient[j]! / total + options.l2 * weights[j]!;
      squared[j]! += g * g;
      weights[j]! -= (rate * g) / (Math.sqrt(squared[j]!) + 1e-8);
    }
    const g = biasGradient / total;
    squared[names.length]! += g * g;
    bias -= (rate * g) / (Math.sqrt(squared[names.length]!) + 1e-8);
  }
  const learned: Record<string, number> = {};
  names.forEach((name, j) => {
    const weight = Math.round(weights[j]! * 1e4) / 1e4;
    if (Math.abs(weight) >= options.minWeight) learned[name] = weight;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights: learned };
}

/** The sets that were each held out once, measured blind, then tuned on (`eval/sentences/seen-N.jsonl`). */
export const ONCE_HELD_OUT: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];

/**
 * The unit of real postmortem sentences in which people act, in the root cause or the narrative, nearly all of them
 * blaming nobody (`eval/sentences/rootcause-18.jsonl`): learned from as they stand, in their own sections.
 */
export const PEOPLE_AT_WORK = 'rootcause-18';

/**
 * Every labelled set of the repository at `root` (never the held-out one), in units left out together: a
 * sentence file with the documents collected with it.
 */
export function loadSets(root: string): Map<string, Example[]> {
  const corpus = join(root, '..', 'shared', 'corpus');
  const sentences = join(root, 'eval', 'sentences');
  const documents = join(root, 'eval', 'docs');
  const sets = new Map<string, Example[]>();
  const add = (unit: string, examples: Example[]) => sets.set(unit, [...(sets.get(unit) ?? []), ...examples]);
  add('corpus', sentenceExamples('corpus', join(corpus, 'sentences.jsonl')));
  add('corpus', documentExamples('corpus-docs', corpus));
  add('tuning', sentenceExamples('tuning', join(sentences, 'tuning.jsonl')));
  add('tuning', documentExamples('docs-tuning', join(documents, 'tuning')));
  add('made-up', sentenceExamples('made-up', join(sentences, 'made-up.jsonl'), true));
  add('seen-1', sentenceExamples('seen-1', join(sentences, 'seen-1.jsonl')));
  add('seen-1', documentExamples('docs-seen', join(documents, 'seen')));
  add('seen-2', sentenceExamples('seen-2', join(sentences, 'seen-2.jsonl')));
  add(PEOPLE_AT_WORK, sentenceExamples(PEOPLE_AT_WORK, join(sentences, `${PEOPLE_AT_WORK}.jsonl`)));
  for (const n of ONCE_HELD_OUT) {
    add(`seen-${n}`, sentenceExamples(`seen-${n}`, join(sentences, `seen-${n}.jsonl`)));
    const folder = join(documents, `seen-${n}`);
    if (existsSync(join(folder, 'labels.json'))) add(`seen-${n}`, documentExamples(`docs-seen-${n}`, folder));
  }
  // The tuning sets collected beside a held-out set, from other sources: each a unit of its own.
  for (const file of readdirSync(sentences)
    .filter((name) => /^fresh-\d+\.jsonl$/.test(name))
    .sort()) {
    const unit = file.replace('.jsonl', '');
    add(unit, sentenceExamples(unit, join(sentences, file)));
  }
  return sets;
}

/** Which sentences are scored: all, those that mention a person, or those that also hold a word the rules need. */
export type Gate = 'none' | 'person' | 'person-and-words';

export interface Scored {
  readonly example: Example;
  readonly score: number;
}

function passes(example: Example, gate: Gate): boolean {
  if (gate === 'none') return true;
  return example.person && (gate === 'person' || example.needed);
}

export function scoreAll(model: LearnedWeights, examples: readonly Example[], gate: Gate): Scored[] {
  return examples.map((example) => ({
    example,
    score: passes(example, gate) ? blameScore(model, example.features) : Number.NEGATIVE_INFINITY,
  }));
}

/**
 * Scores of every example of `units`, each from a model trained on other units only: the units are dealt in turn
 * into `folds` groups (fewer trainings than one per unit), and each group is scored by a model of the others.
 */
export function outOfFold(
  sets: ReadonlyMap<string, readonly Example[]>,
  units: readonly string[],
  gate: Gate,
  options: TrainingOptions = TRAINING,
  folds = 5,
): Scored[] {
  const groupOf = (unit: string) => units.indexOf(unit) % folds;
  return Array.from({ length: Math.min(folds, units.length) }, (_, group) => {
    const model = train(
      units.filter((unit) => groupOf(unit) !== group).flatMap((unit) => sets.get(unit)!),
      options,
    );
    return units.filter((unit) => groupOf(unit) === group).flatMap((unit) => scoreAll(model, sets.get(unit)!, gate));
  }).flat();
}

export const isClearBlame = (example: Example) => example.blame && example.confidence === 'clear';
export const isLookAlike = (example: Example) => !example.blame && example.confidence === 'clear';
export const isOrdinary = (example: Example) => example.confidence === 'ordinary';

/** The lowest threshold at which the flagged look-alikes and ordinary sentences stay within the limits. */
export function chooseThreshold(
  scored: readonly Scored[],
  withRules: boolean,
  lookAlikeLimit: number,
  ordinaryLimit: number,
) {
  const lookAlikes = scored.filter((s) => isLookAlike(s.example));
  const ordinary = scored.filter((s) => isOrdinary(s.example));
  const candidates = [...new Set(scored.map((s) => s.score).filter(Number.isFinite))].sort((a, b) => a - b);
  const flagged = (s: Scored, t: number) => s.score >= t || (withRules && s.example.rules);
  for (const t of candidates) {
    const falseAlarms = lookAlikes.filter((s) => flagged(s, t)).length / lookAlikes.length;
    const newOrdinary =
      ordinary.filter((s) => s.score >= t && !(withRules && s.example.rules)).length / ordinary.length;
    if (falseAlarms <= lookAlikeLimit && newOrdinary <= ordinaryLimit) return t;
  }
  return Number.POSITIVE_INFINITY;
}
