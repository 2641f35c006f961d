// `npm run bench`: lint speed against the bare Markdown parse, incremental re-lint against a full
// lint, and the CLI against markdownlint-cli2, measured side by side in one run and printed as ratios.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { forgetBlame } from '../src/core/blame/detect';
import { forgetReadings } from '../src/core/language/english';
import { lintDocument } from '../src/core/analysis/lint';
import { MarkdownCache, parseMarkdown } from '../src/core/model/markdown';
import { parsePostmortem } from '../src/core/analysis/parse';
import { forgetRemembered } from '../src/core/util/remembered';
import { syntheticPostmortem } from '../test/support/syntheticPostmortem';
import { projectRoot } from '../test/support/vscodeHost';

const bareParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const corpusDir = join(projectRoot, '..', 'shared', 'corpus', 'docs');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

/** Runs the actions in turn, round after round, so that all see the same machine noise; returns their medians. */
function sideBySide(rounds: number, ...actions: (() => void)[]): number[] {
  const times = actions.map((): number[] => []);
  for (let i = 0; i < rounds; i++)
    actions.forEach((action, index) => {
      times[index]!.push(time(action));
    });
  return times.map(median);
}

/**
 * A full lint of text never seen: the blame detections, readings and other results kept from before are forgotten
 * first.
 */
function fullLint(text: string): void {
  forgetBlame();
  forgetReadings();
  forgetRemembered();
  lintDocument(parsePostmortem(text, { config: DEFAULT_CONFIG }), DEFAULT_CONFIG);
}

const results: { name: string; ratio: number; target: number; detail: string }[] = [];

function report(name: string, ratio: number, target: number, detail: string): void {
  results.push({ name, ratio, target, detail });
  process.stdout.write(
    `${ratio <= target ? 'ok  ' : 'OVER'} ${name}: ${ratio.toFixed(3)} (target <= ${target}) ${detail}\n`,
  );
}

/**
 * Rounds run before measuring, so that both sides are measured at the speed the JIT compiler
 * settles at: the lint's own code (model and rules) needs more runs to get there than the parser's,
 * which both sides run.
 */
const WARM_UP_ROUNDS = 15;

function lintVersusParse(): void {
  const corpus = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'));
  const inputs: [string, string[]][] = [
    ['200 lines', [syntheticPostmortem(200)]],
    ['1,000 lines', [syntheticPostmortem(1000)]],
    ['5,000 lines', [syntheticPostmortem(5000)]],
    ['the corpus', corpus],
  ];
  for (const [name, texts] of inputs) {
    for (let i = 0; i < WARM_UP_ROUNDS; i++)
      for (const text of texts) {
        fullLint(text);
        bareParser.parse(text);
        parseMarkdown(text);
      }
    const rounds = name === '5,000 lines' ? 9 : 21;
    const [lint, parse, ownParse] = sideBySide(
      rounds,
      () => texts.forEach(fullLint),
      () => {
        for (const text of texts) bareParser.parse(text);
      },
      () => {
        for (const text of texts) parseMarkdown(text);
      },
    ) as [number, number, number];
    report(`full lint / bare parse, ${name}`, lint / parse, 1.25, `(${lint.toFixed(1)} ms / ${parse.toFixed(1)} ms)`);
    // Part of the margin is a parse faster than the bare one (see remarkParser.ts): shown, not judged.
    process.stdout.write(
      `     the lint's own Markdown parse / bare parse: ` +
        `${(ownParse / parse).toFixed(3)}; the model and rules add ` +
        `${((lint / ownParse - 1) * 100).toFixed(0)}% to it\n`,
    );
  }
}

function relintVersusFullLint(): void {
  const text = syntheticPostmortem(5000);
  const lines = text.split('\n');
  const cache = new MarkdownCache();
  lintDocument(parsePostmortem(text, { config: DEFAULT_CONFIG, cache }), DEFAULT_CONFIG);
  let version = 0;
  const relint = (): void => {
    version++;
    const edited = [...lines];
    const line = 200 + ((version * 37) % 2000);
    edited[line] = `${edited[line]} edit ${version}`;
    lintDocument(parsePostmortem(edited.join('\n'), { config: DEFAULT_CONFIG, cache }), DEFAULT_CONFIG);
  };
  for (let i = 0; i < 5; i++) {
    relint();
    fullLint(text);
  }
  const [incremental, full] = sideBySide(15, relint, () => fullLint(text));
  report(
    're-lint after a one-line edit / full lint, 5,000 lines',
    incremental / full,
    0.1,
    `(${incremental.toFixed(1)} ms / ${full.toFixed(1)} ms)`,
  );
}

function cliVersusMarkdownlint(): void {
  const work = mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  try {
    for (let copy = 1; copy <= 20; copy++) {
      mkdirSync(join(work, `copy${copy}`));
      cpSync(corpusDir, join(work, `copy${copy}`), { recursive: true });
    }
    const cli = join(projectRoot, 'dist', 'cli.js');
    const markdownlint = join(projectRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const run = (command: string[]): void => {
      try {
        execFileSync(process.execPath, command, { cwd: work, stdio: 'ignore' });
      } catch {
        // Both exit non-zero when they find problems; only the time matters here.
      }
    };
    run([cli, 'lint', '**/*.md', '--format', 'json']);
    run([markdownlint, '**/*.md']);
    const [ours, theirs] = sideBySide(
      5,
      () => run([cli, 'lint', '**/*.md', '--format', 'json']),
      () => run([markdownlint, '**/*.md']),
    );
    report(
      'postmortem lint / markdownlint-cli2, corpus x20',
      ours / theirs,
      1.0,
      `(${ours.toFixed(0)} ms / ${theirs.toFixed(0)} ms, 360 files)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

lintVersusParse();
relintVersusFullLint();
cliVersusMarkdownlint();
const over = results.filter((result) => result.ratio > result.target);
process.stdout.write(
  `\n${over.length === 0 ? 'every ratio within its target' : `${over.length} ratio(s) over target`}\n`,
);
