// `node out/bench/phases.js`: where lint time goes, per phase and per rule, beside the bare parse.
// As in `lint.ts`, every text is read as never seen (the results kept from before are forgotten), after
// warm-up rounds, so that neither the language model's loading nor results kept from the last round count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { forgetBlame } from '../src/core/blame/detect';
import { forgetReadings } from '../src/core/language/english';
import { parseMarkdown } from '../src/core/model/markdown';
import { parsePostmortem } from '../src/core/analysis/parse';
import { forgetRemembered } from '../src/core/util/remembered';
import { RULES } from '../src/core/rules/index';
import { syntheticPostmortem } from '../test/support/syntheticPostmortem';
import { projectRoot } from '../test/support/vscodeHost';

const bare = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const corpusDir = join(projectRoot, '..', 'shared', 'corpus', 'docs');
const corpus = readdirSync(corpusDir).map((name) => readFileSync(join(corpusDir, name), 'utf8'));
const rounds = 8;
const WARM_UP_ROUNDS = 5;

for (const [name, texts] of [
  ['corpus', corpus],
  ['200 lines', [syntheticPostmortem(200)]],
  ['5,000 lines', [syntheticPostmortem(5000)]],
] as const) {
  const totals = new Map<string, number>();
  const measure = <T>(phase: string, action: () => T): T => {
    const started = performance.now();
    const result = action();
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - started);
    return result;
  };
  for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
    if (round === 0) totals.clear();
    for (const text of texts) {
      forgetBlame();
      forgetReadings();
      forgetRemembered();
      measure('bare parse', () => bare.parse(text));
      measure('block parse', () => parseMarkdown(text));
      const document = measure('model', () => parsePostmortem(text, { config: DEFAULT_CONFIG }));
      for (const rule of RULES) measure(rule.id, () => rule.check(document, DEFAULT_CONFIG));
    }
  }
  const line = [...totals].map(([phase, total]) => `${phase} ${(total / rounds).toFixed(1)}`).join(' | ');
  process.stdout.write(`${name}: ${line} (ms)\n`);
}
