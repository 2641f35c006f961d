// The blame rules against a careful reviewer's labels of the real postmortems in ../shared/corpus.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFindings } from '../support/ruleTester';
import { corpusDocuments } from './documents';

describe('blame rules on the corpus', () => {
  interface Labels {
    readonly file: string;
    readonly blameful_phrases?: readonly {
      readonly line: number;
      readonly phrase: string;
      readonly confidence: string;
    }[];
    readonly false_positive_traps?: readonly { readonly line: number; readonly phrase: string }[];
  }
  const labelsPath = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'labels.json');
  const labels: readonly Labels[] = existsSync(labelsPath)
    ? (JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels[])
    : [];

  /** 1-based lines covered by each finding of both rules. */
  function findingLines(text: string): { start: number; end: number }[] {
    return (['human-error-root-cause', 'blameful-language'] as const)
      .flatMap((ruleId) => ruleFindings(ruleId, text))
      .map((finding) => ({ start: finding.range.start.line + 1, end: finding.range.end.line + 1 }));
  }

  for (const { name, text } of corpusDocuments()) {
    const label = labels.find((candidate) => candidate.file === name);
    if (!label) continue;
    it(`flags every clear and medium phrase of ${name}, and no trap line`, () => {
      const lines = findingLines(text);
      const onLine = (line: number) => lines.some((finding) => finding.start <= line && line <= finding.end);
      for (const phrase of label.blameful_phrases ?? []) {
        if (phrase.confidence === 'clear' || phrase.confidence === 'medium')
          assert.ok(onLine(phrase.line), `missed line ${phrase.line}: ${phrase.phrase}`);
      }
      for (const trap of label.false_positive_traps ?? [])
        assert.ok(!onLine(trap.line), `trap on line ${trap.line}: ${trap.phrase}`);
    });
  }
});
