// The GitHub Action's lint step as the runner runs it: action.yml's `env` with its expressions
// filled in from the inputs (or their defaults) and the event, then its `run` in bash, in a Git
// repository whose pull request changes some postmortems. The CLI is the built dist/cli.js.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { BLAMEFUL_POSTMORTEM, CLEAN_POSTMORTEM, UNTIMED_POSTMORTEM } from '../support/samplePostmortems';

const projectRoot = join(__dirname, '..', '..', '..');

interface ActionStep {
  readonly id?: string;
  readonly run?: string;
  readonly env?: Readonly<Record<string, string>>;
}

interface Action {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] };
}

interface StepRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The SARIF file named in the step's `sarif-file` output, parsed. */
  readonly sarif:
    | {
        runs: {
          results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      }
    | undefined;
}

const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as Action;
const lintStep = action.runs.steps.find((step) => step.id === 'lint')!;

/** Git reading no configuration of the machine's, with a fixed author. */
const GIT_ENVIRONMENT = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

let repository = '';
let baseCommit = '';

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repository,
    env: { ...process.env, ...GIT_ENVIRONMENT },
    encoding: 'utf8',
  }).trim();
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repository, path)), { recursive: true });
  writeFileSync(join(repository, path), text);
}

/** Fills in `${{ expression }}` from `values`; an expression the test does not know fails it. */
function fillExpressions(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    const value = values[expression];
    if (value === undefined)
      throw new Error(`action.yml's lint step uses \${{ ${expression} }}, which the test does not provide`);
    return value;
  });
}

function runLintStep(
  inputs: Readonly<Record<string, string>>,
  event: { readonly baseSha?: string; readonly before?: string },
): StepRun {
  const values: Record<string, string> = {
    'steps.install.outputs.cli': join(projectRoot, 'dist', 'cli.js'),
    'github.event.pull_request.base.sha': event.baseSha ?? '',
    'github.event.before': event.before ?? '',
  };
  for (const [name, input] of Object.entries(action.inputs))
    values[`inputs.${name}`] = inputs[name] ?? input.default ?? '';
  const runnerTemp = mkdtempSync(join(tmpdir(), 'postmortem-runner-'));
  try {
    const outputFile = join(runnerTemp, 'github-output');
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(
      Object.entries(lintStep.env ?? {}).map(([name, value]) => [name, fillExpressions(value, values)]),
    );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], {
      cwd: repository,
      env: {
        ...process.env,
        ...GIT_ENVIRONMENT,
        ...env,
        GITHUB_ACTION_PATH: projectRoot,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: outputFile,
      },
      encoding: 'utf8',
    });
    const sarifFile = /^sarif-file=(.*)$/m.exec(readFileSync(outputFile, 'utf8'))?.[1];
    const sarif =
      sarifFile === undefined ? undefined : (JSON.parse(readFileSync(sarifFile, 'utf8')) as StepRun['sarif']);
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, sarif };
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}

/** The files that the SARIF log has results in, and the rules of those results. */
function sarifResults(run: StepRun): string[] {
  assert.ok(run.sarif, `no SARIF file in the step's outputs\n${run.stdout}${run.stderr}`);
  return run.sarif.runs[0]!.results.map(
    (result) => `${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.ruleId}`,
  );
}

describe('the GitHub Action', () => {
  before(() => {
    repository = mkdtempSync(join(tmpdir(), 'postmortem-action-'));
    git('init', '--quiet', '--initial-branch', 'main');
    write('README.md', '# Shop\n');
    write('docs/guide.md', '# How we work\n');
    write('postmortems/2024-12-01-gone.md', BLAMEFUL_POSTMORTEM);
    write('postmortems/2025-01-10-earlier.md', BLAMEFUL_POSTMORTEM);
    git('add', '--all');
    git('commit', '--quiet', '--message', 'base');
    baseCommit = git('rev-parse', 'HEAD');
    git('switch', '--quiet', '--create', 'pull-request');
    write('README.md', '# Shop\n\nNow with postmortems.\n');
    write('docs/guide.md', '# How we work\n\nWe write postmortems.\n');
    write('postmortems/2025-03-02-cache-outage.md', BLAMEFUL_POSTMORTEM);
    write('postmortems/2025-03-05-untimed.md', UNTIMED_POSTMORTEM);
    write('postmortems/2025-03-09-cache-outage.md', CLEAN_POSTMORTEM);
    git('rm', '--quiet', 'postmortems/2024-12-01-gone.md');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'pull request');
  });

  after(() => rmSync(repository, { recursive: true, force: true }));

  it(
    'lints the postmortems a pull request changes and no other file, fails on the error, and ' + 'writes their SARIF',
    () => {
      const run = runLintStep({ format: 'github' }, { baseSha: baseCommit });
      assert.equal(run.code, 1, run.stderr);
      const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
      assert.deepEqual(
        annotations.map((line) => /^::(\w+) file=([^,]+),.*title=([\w-]+)::/.exec(line)?.slice(1).join(' ')),
        [
          'error postmortems/2025-03-02-cache-outage.md human-error-root-cause',
          'warning postmortems/2025-03-02-cache-outage.md blameful-language',
          'warning postmortems/2025-03-05-untimed.md required-sections',
        ],
      );
      assert.deepEqual(sarifResults(run), [
        'postmortems/2025-03-02-cache-outage.md human-error-root-cause',
        'postmortems/2025-03-02-cache-outage.md blameful-language',
        'postmortems/2025-03-05-untimed.md required-sections',
      ]);
    },
  );

  it('passes a pull request that changes no postmortem, with an empty SARIF log that closes earlier alerts', () => {
    const run = runLintStep({}, { baseSha: git('rev-parse', 'HEAD') });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(sarifResults(run), []);
  });

  it('lints the paths given, one per line, whatever the pull request changes', () => {
    const run = runLintStep(
      { paths: '  postmortems/2025-01-10-earlier.md\n\n postmortems/2025-03-09-cache-outage.md \n', format: 'json' },
      { baseSha: baseCommit },
    );
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { files: { path: string; problems: unknown[] }[] };
    assert.deepEqual(
      report.files.map((file) => [file.path, file.problems.length]),
      [
        ['postmortems/2025-01-10-earlier.md', 2],
        ['postmortems/2025-03-09-cache-outage.md', 0],
      ],
    );
  });

  it(
    'fails on warnings with fail-on: warning, and on nothing but a usage or configuration ' +
      'error with fail-on: never',
    () => {
      const untimed = { paths: 'postmortems/2025-03-05-untimed.md', 'upload-sarif': 'false' };
      assert.equal(runLintStep(untimed, {}).code, 0);
      assert.equal(runLintStep({ ...untimed, 'fail-on': 'warning' }, {}).code, 1);
      const never = runLintStep({ 'fail-on': 'never' }, { baseSha: baseCommit });
      assert.equal(never.code, 0, never.stderr);
      assert.match(never.stdout, /human-error-root-cause/);
      const missing = runLintStep({ paths: 'postmortems/missing.md', 'fail-on': 'never' }, {});
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file, folder or matching glob: postmortems\/missing\.md/);
    },
  );

  it('uses the configuration file given', () => {
    write('strict.yaml', 'rules:\n  required-sections: error\n');
    const run = runLintStep(
      { paths: 'postmortems/2025-03-05-untimed.md', config: 'strict.yaml', 'upload-sarif': 'false' },
      {},
    );
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /error +Section "Timeline" is empty/);
  });

  it('lints every postmortem when there is no commit to compare with, as on the push that creates a branch', () => {
    const run = runLintStep(
      { format: 'json', 'upload-sarif': 'false' },
      { before: '0000000000000000000000000000000000000000' },
    );
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    assert.deepEqual(
      report.files.map((file) => file.path),
      [
        'postmortems/2025-01-10-earlier.md',
        'postmortems/2025-03-02-cache-outage.md',
        'postmortems/2025-03-05-untimed.md',
        'postmortems/2025-03-09-cache-outage.md',
      ],
    );
  });

  it('says to fetch the whole history when the base commit is not in the clone', () => {
    const run = runLintStep({}, { baseSha: '0123456789abcdef0123456789abcdef01234567' });
    assert.equal(run.code, 2);
    assert.match(
      run.stdout,
      new RegExp(
        '^::error title=postmortem::commit 0123456789abcdef0123456789abcdef01234567 is' +
          ' not in the clone, .*fetch-depth: 0$',
        'm',
      ),
    );
  });

  it(
    "is used in the README's workflow at this version's tag, after a checkout of the whole " +
      'history, with inputs it has',
    () => {
      const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
      const section = readme.slice(readme.indexOf('### In pull requests: the GitHub Action'));
      const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
      const uses = steps.find((step) => step.uses?.startsWith('postmortem-tools/postmortem@'))!;
      assert.equal(uses.uses, `postmortem-tools/postmortem@v${version}`);
      for (const input of Object.keys(uses.with ?? {}))
        assert.ok(input in action.inputs, `the action has no input '${input}'`);
      assert.equal(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth'], 0);
    },
  );

  it('refuses a fail-on it does not know', () => {
    const run = runLintStep({ 'fail-on': 'sometimes' }, { baseSha: baseCommit });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /fail-on must be error, warning or never, not 'sometimes'/);
  });
});
