import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestOutcome } from './results';

export interface MochaRunOptions {
  readonly directory: string;
  /** More test files to run, besides the directory's. */
  readonly files?: readonly string[];
  /** The title of the root suite, which heads the report and every test's full title. */
  readonly title?: string;
  readonly timeoutMs: number;
  readonly grep?: string;
  readonly reporter?: string;
}

/**
 * Runs every `*.test.js` in a directory and its subdirectories (and any other files named) with Mocha and returns each
 * test's outcome.
 */
export function runMochaFiles(options: MochaRunOptions): Promise<TestOutcome[]> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: process.stdout.isTTY === true,
    timeout: options.timeoutMs,
    reporter: options.reporter ?? 'spec',
  });
  if (options.grep) mocha.grep(options.grep);
  if (options.title) mocha.suite.title = options.title;
  for (const name of readdirSync(options.directory, { recursive: true, encoding: 'utf8' }).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(join(options.directory, name));
  }
  for (const file of options.files ?? []) mocha.addFile(file);
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      // Out of Node's module cache, so that a later run (the web layer runs e2e files again) loads them afresh.
      mocha.unloadFiles();
      resolve(outcomes);
    });
    runner.on('pass', (test) =>
      outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
    );
    runner.on('fail', (test, error: Error) =>
      outcomes.push({
        title: test.fullTitle(),
        state: 'failed',
        durationMs: test.duration ?? 0,
        error: error.stack ?? String(error),
      }),
    );
  });
}
