// The labelled writing the learned blame scorer is trained and measured on, and its training: an L2-regularised
// logistic regression over `sentenceFeatures`, fitted by full-batch gradient descent in a fixed order, so the same
// data always gives the same weights.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { lintDocument } from '../src/core/lint';
import { parsePostmortem } from '../src/core/parse';
import { rootCauseTest } from '../src/core/blame/documentBlame';
import { mayHoldBlame } from '../src/core/blame/detect';
import { mentionsPerson, sentenceFeatures } from '../src/core/blame/learnedFeatures';
import { readSentences, readWords } from '../src/core/language/english';
import type { Finding } from '../src/core/findings';

export const BLAME_RULES = new Set(['human-error-root-cause', 'blameful-language']);

export interface LabelledSentence {
  id: string;
  text: string;
  blame: boolean;
  kind: string;
  section: 'root-cause' | 'narrative';
  confidence: 'clear' | 'borderline';
}

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
}

const SECTION_HEADINGS: Record<LabelledSentence['section'], string> = {
  'root-cause': 'Root cause',
  narrative: 'What happened',
};

/** Whether either blame rule flags the sentence, standing alone in a section of its kind. */
export function flagsSentence(sentence: Pick<LabelledSentence, 'text' | 'section'>): boolean {
  const text = `# Incident\n\n## ${SECTION_HEADINGS[sentence.section] ?? 'What happened'}\n\n${sentence.text}\n`;
  const document = parsePostmortem(text, { config: DEFAULT_CONFIG });
  return lintDocument(document, DEFAULT_CONFIG).some((finding) => BLAME_RULES.has(finding.ruleId));
}

export function readLabelled(file: string): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
}

export function sentenceExamples(group: string, file: string): Example[] {
  return readLabelled(file).map((sentence) => {
    const tokens = readWords(sentence.text);
    return {
      group,
      id: sentence.id,
      text: sentence.text,
      blame: sentence.blame,
      confidence: sentence.confidence,
      kind: sentence.kind,
      features: sentenceFeatures(tokens, sentence.section === 'root-cause'),
      person: mentionsPerson(tokens),
      needed: mayHoldBlame(sentence.text),
      rules: flagsSentence(sentence),
    };
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
        examples.push({
          group,
          id: `${label.file}:${lines[0]}`,
          text: text.slice(start, end),
          blame: false,
          confidence: lines.some((line) => trapLines.has(line)) ? 'clear' : 'ordinary',
          kind: 'trap',
          features: sentenceFeatures(tokens, inRootCause(block)),
          person: mentionsPerson(tokens),
          needed: mayHoldBlame(text.slice(start, end)),
          rules: flagged.some((finding) => overlaps(finding, start, end)),
        });
      }
    }
  }
  return examples;
}

function overlaps(finding: Finding, start: number, end: number): boolean {
  return finding.range.start.offset < end && start < finding.range.end.offset;
}

/** The learned weights: a bias, and a weight per feature (features seen too rarely have none). */
export interface LearnedModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface TrainingOptions {
  /** Features seen in fewer training sentences than this get no weight. */
  readonly minCount: number;
  /** L2 penalty per weight. */
  readonly l2: number;
  readonly iterations: number;
  /** Weight of an ordinary document sentence relative to a labelled look-alike. */
  readonly ordinaryWeight: number;
}

export const TRAINING: TrainingOptions = { minCount: 2, l2: 0.02, iterations: 400, ordinaryWeight: 0.3 };

/** The examples a scorer learns from: labelled blame and look-alikes (clear or borderline), and ordinary prose. */
function learnable(example: Example): boolean {
  return example.confidence !== 'borderline' || !example.blame;
}

/**
 * Fits the weights. Blame and non-blame carry equal total weight; every step uses every example, in order,
 * with an Adagrad step size per weight, so the result depends on the data only.
 */
export function train(examples: readonly Example[], options: TrainingOptions = TRAINING): LearnedModel {
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
  const instanceWeight = used.map((example) => (example.confidence === 'ordinary' ? options.ordinaryWeight : 1));
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
    if (weight !== 0) learned[name] = weight;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights: learned };
}

/** The model's log-odds that a sentence blames. */
export function score(model: LearnedModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return z;
}
