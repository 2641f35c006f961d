// Sentences labelled blame or look-alike (JSON Lines, as `shared/corpus/sentences.jsonl`), and whether the blame
// rules flag one: read the same way by the evaluation and by the learned-scorer experiment.
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { lintDocument } from '../src/core/analysis/lint';
import { parsePostmortem } from '../src/core/analysis/parse';

export const BLAME_RULES: ReadonlySet<string> = new Set(['human-error-root-cause', 'blameful-language']);

export interface LabelledSentence {
  id: string;
  text: string;
  blame: boolean;
  kind: string;
  section: 'root-cause' | 'narrative';
  confidence: 'clear' | 'borderline';
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
  const sentences = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
  // The evaluation names each miss by its id: two sentences with one id would be told apart by nobody.
  const seen = new Set<string>();
  for (const { id } of sentences) {
    if (seen.has(id)) throw new Error(`${file}: the id ${id} is given to two sentences`);
    seen.add(id);
  }
  return sentences;
}
