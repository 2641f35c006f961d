import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { formatSarif } from '../../src/cli/formats/sarif';
import { main } from '../../src/cli/main';
import { isoDuration, isoInstant } from '../../src/core/util/isoTime';
import { RULES } from '../../src/core/rules/index';
import sarifSchema from '../fixtures/sarif-schema-2.1.0.json';
import { projectRoot } from '../support/vscodeHost';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let workspace = '';

async function runCli(
  args: readonly string[],
  options: { color?: boolean; columns?: number; cwd?: string } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text),
    {
      cwd: options.cwd ?? workspace,
      color: options.color ?? false,
      columns: options.columns ?? 80,
    },
  );
  return { code, stdout, stderr };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
}

const GOOD = [
  '---',
  'type: postmortem',
  'status: draft',
  'severity: SEV2',
  '---',
  '# Checkout API returned 503s',
  '',
  '## Summary',
  '',
  'Checkout failed.',
  '',
  '## Impact',
  '',
  '40% of requests.',
  '',
  '## Timeline',
  '',
  '- 14:32 UTC alert fired',
  '',
  '## Root cause',
  '',
  'A pool limit.',
  '',
  '## Action items',
  '',
  '- [ ] Alert on pool use. Owner: @alice, due 2099-01-01',
  '',
].join('\n');

const STATUSES = 'draft, in-review, reviewed, published, closed';

/** Missing Impact (an error), an empty Timeline (a warning), an unknown status (an error, fixable). */
const BAD = GOOD.replace('status: draft', 'status: in reveiw')
  .replace('## Impact\n\n40% of requests.\n\n', '')
  .replace('- 14:32 UTC alert fired', '<!-- times -->');
/** Only a warning: the Timeline is empty. */
const WARNS = GOOD.replace('- 14:32 UTC alert fired', '<!-- times -->');

const only = (run: Run, ruleId: string) =>
  (JSON.parse(run.stdout) as JsonReport).files.flatMap((file) =>
    file.problems.filter((problem) => problem.ruleId === ruleId),
  );

interface JsonReport {
  files: {
    path: string;
    problems: {
      ruleId: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
    }[];
  }[];
}

describe('postmortem CLI', () => {
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    write('postmortems/good.md', GOOD);
    write('postmortems/bad.md', BAD);
    write('postmortems/README.md', '# Our postmortems\n');
    write('notes/meeting.md', '# Weekly sync\n');
    write('node_modules/pkg/postmortems/x.md', BAD);
    write('.postmortem/templates/t.postmortem.md', BAD);
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  describe('usage', () => {
    it('prints its version', async () => {
      const result = await runCli(['--version']);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
    });

    it('prints usage for help', async () => {
      for (const args of [['help'], ['--help'], []]) {
        const result = await runCli(args);
        assert.equal(result.code, 0);
        assert.match(result.stdout, /^Usage: postmortem <command>/);
        assert.match(result.stdout, /^Run 'postmortem COMMAND --help' for one command's options\.$/m);
      }
    });

    it("prints a command's own usage for COMMAND --help and help COMMAND, with the options it takes", async () => {
      const commands = ['lint', 'inspect', 'new', 'metrics', 'export-actions', 'rules', 'lsp'];
      for (const command of commands) {
        const asOption = await runCli([command, '--help']);
        const asCommand = await runCli(['help', command]);
        assert.equal(asOption.code, 0, command);
        assert.equal(asOption.stdout, asCommand.stdout, command);
        assert.match(asOption.stdout, new RegExp(`^Usage: postmortem ${command}\\b`), command);
        assert.doesNotMatch(asOption.stdout, /Options for /, command);
        const listed = new Set(asOption.stdout.match(/--[a-z-]+/g));
        listed.delete('--help');
        for (const option of listed) {
          // Each option the help names is taken: it fails for a reason other than being unknown.
          const result = await runCli([command, option, 'x']);
          assert.doesNotMatch(result.stderr, /unknown option|does not apply/, `${command} ${option}`);
        }
      }
      const lint = (await runCli(['lint', '--help'])).stdout;
      for (const option of ['--format', '--config', '--max-warnings', '--quiet', '--only-postmortems'])
        assert.match(lint, new RegExp(option), option);
      assert.doesNotMatch(lint, /--template|--title/);
    });

    it('refuses help for a command that does not exist, rather than printing the usage', async () => {
      for (const args of [
        ['init', '--help'],
        ['help', 'init'],
      ]) {
        const result = await runCli(args);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, /^postmortem: unknown command 'init'/);
        assert.equal(result.stdout, '');
      }
    });

    it("names the option a typo most likely meant, and points at the command's own help", async () => {
      const result = await runCli(['lint', '--frmat', 'json']);
      assert.equal(result.code, 2);
      assert.equal(
        result.stderr,
        "postmortem: unknown option '--frmat' for 'lint'. Did you mean \"--format\"?\n" +
          "Run 'postmortem lint --help' for its options.\n",
      );
      const command = await runCli(['lnit']);
      assert.match(command.stderr, /^postmortem: unknown command 'lnit'\. Did you mean "lint"\?\n/);
    });

    it('says which option is missing its value, in its own words', async () => {
      for (const [args, option] of [
        [['lint', 'postmortems', '--format'], '--format'],
        [['lint', 'postmortems', '-c'], '--config'],
      ] as const) {
        const result = await runCli(args);
        assert.equal(result.code, 2);
        assert.equal(
          result.stderr,
          `postmortem: ${option} needs a value\nRun 'postmortem lint --help' for its options.\n`,
        );
      }
    });

    it('stops quietly when its reader closes the pipe early, as `| head` does', async () => {
      // Far more than a pipe holds, so that writing is still under way when the reader goes.
      const entries = Array.from({ length: 600 }, (_, i) => `- 14:${String(i % 60).padStart(2, '0')} UTC step ${i}`);
      write('postmortems/long.md', GOOD.replace('- 14:32 UTC alert fired', entries.join('\n')));
      const cli = spawn(
        process.execPath,
        [join(projectRoot, 'dist', 'cli.js'), 'inspect', 'postmortems/long.md', '--format', 'json'],
        { cwd: workspace, stdio: 'pipe' },
      );
      let stderr = '';
      cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      cli.stdout.once('data', () => cli.stdout.destroy());
      const code = await new Promise<number | null>((done) => cli.on('close', done));
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });

    it('exits 2 for a bad command line with one line saying why and a pointer to --help, not the usage', async () => {
      const cases: [string[], RegExp][] = [
        [['frobnicate'], /unknown command 'frobnicate'/],
        [['--frob'], /unknown option '--frob'/],
        [['lint', '--format', 'xml'], /unknown format 'xml'; choose one of stylish, json, sarif, github/],
        [['lint', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
        [['inspect'], /'inspect' takes exactly one file, got 0/],
        [['inspect', 'a.md', '--max-warnings', '1'], /option '--max-warnings' does not apply to 'inspect'/],
        [['rules', 'x'], /'rules' takes no arguments/],
      ];
      for (const [args, message] of cases) {
        const result = await runCli(args);
        assert.equal(result.code, 2, args.join(' '));
        const [reason, pointer, ...rest] = result.stderr.trimEnd().split('\n');
        assert.match(reason!, message);
        const command = args[0]?.startsWith('-') || args[0] === 'frobnicate' ? undefined : args[0];
        assert.equal(
          pointer,
          command === undefined
            ? "Run 'postmortem --help' for the commands and their options."
            : `Run 'postmortem ${command} --help' for its options.`,
        );
        assert.deepEqual(rest, [], args.join(' '));
        assert.equal(result.stdout, '');
      }
    });

    it('lists the rules, wrapped to the terminal under the description column', async () => {
      const result = await runCli(['rules']);
      assert.equal(result.code, 0);
      for (const rule of RULES) assert.match(result.stdout, new RegExp(`^${rule.id} `, 'm'));
      const lines = result.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.filter((line) => line.length > 80 && !line.trim().startsWith('https://')),
        [],
      );
      const vague = lines.findIndex((line) => line.startsWith('action-item-vague '));
      assert.match(lines[vague + 1]!, /^ {38}\S/);
      assert.match(lines[vague + 2]!, /^ {38}\S/);
      const wide = await runCli(['rules'], { columns: 200 });
      assert.match(wide.stdout, /^action-item-vague .*training as the only fix$/m);
    });
  });

  describe('lint', () => {
    it('searches folders for postmortems, skipping README files, hidden folders and node_modules', async () => {
      const result = await runCli(['lint', '--format', 'json']);
      assert.equal(result.code, 1);
      const report = JSON.parse(result.stdout) as JsonReport;
      assert.deepEqual(
        report.files.map((file) => file.path),
        ['postmortems/bad.md', 'postmortems/good.md'],
      );
      assert.deepEqual(report.files[1]!.problems, []);
    });

    it('prints the JSON contract with 1-based lines and columns', async () => {
      const result = await runCli(['lint', 'postmortems/bad.md', '--format', 'json']);
      assert.deepEqual(only(result, 'front-matter'), [
        {
          ruleId: 'front-matter',
          severity: 'error',
          message: 'Unknown status "in reveiw"; expected one of: draft, in-review, reviewed, published, closed',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 18,
        },
      ]);
      assert.deepEqual(
        only(result, 'required-sections').map((problem) => [problem.severity, problem.message]),
        [
          ['error', 'Required section "Impact" is missing'],
          ['warning', 'Section "Timeline" is empty'],
        ],
      );
    });

    it('lints files named explicitly whatever their name, and paths keep the form given', async () => {
      const result = await runCli(['lint', 'notes/meeting.md', './postmortems/', '--format', 'json']);
      const paths = (JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path);
      assert.deepEqual(paths, ['notes/meeting.md', 'postmortems/bad.md', 'postmortems/good.md']);
    });

    it(
      'with --only-postmortems, skips named and matched files that are not postmortems, as a ' + 'commit hook needs',
      async () => {
        const named = await runCli([
          'lint',
          '--only-postmortems',
          'notes/meeting.md',
          'postmortems/README.md',
          'postmortems/good.md',
          'postmortems/bad.md',
          '--format',
          'json',
        ]);
        assert.equal(named.code, 1);
        assert.deepEqual(
          (JSON.parse(named.stdout) as JsonReport).files.map((file) => file.path),
          ['postmortems/good.md', 'postmortems/bad.md'],
        );
        const matched = await runCli(['lint', '--only-postmortems', '**/*.md', '--format', 'json']);
        assert.deepEqual(
          (JSON.parse(matched.stdout) as JsonReport).files.map((file) => file.path),
          ['postmortems/bad.md', 'postmortems/good.md'],
        );
        const none = await runCli(['lint', '--only-postmortems', '--pass-with-no-postmortems', 'notes/meeting.md']);
        assert.deepEqual(none, { code: 0, stdout: '', stderr: '' });
      },
    );

    it('expands globs against the files it finds', async () => {
      const result = await runCli(['lint', 'postmortems/g*.md', '**/meeting.md', '--format', 'json']);
      assert.equal(result.code, 1);
      assert.deepEqual(
        (JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path),
        ['postmortems/good.md', 'notes/meeting.md'],
      );
    });

    it('exits 0 without errors and prints nothing in stylish', async () => {
      const result = await runCli(['lint', 'postmortems/good.md']);
      assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
    });

    it('prints stylish text grouped by file, coloured only when asked', async () => {
      const plain = await runCli(['lint', 'postmortems/bad.md'], { columns: 200 });
      assert.equal(plain.code, 1);
      assert.ok(!plain.stdout.includes('\u001b['));
      assert.match(
        plain.stdout,
        new RegExp(
          String.raw`^\npostmortems\/bad\.md\n {2}3:9 +error +Unknown status "in reveiw"; expected` +
            String.raw` one of: draft, in-review, reviewed, published, closed +front-matter\n`,
        ),
      );
      assert.match(plain.stdout, /\n\u2716 3 problems \(2 errors, 1 warning, 0 info\)\n$/);
      const coloured = await runCli(['lint', 'postmortems/bad.md'], { color: true });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts the ANSI colour code
      assert.match(coloured.stdout, /\u001b\[31merror/);
    });

    it('wraps stylish messages to the terminal width under the message column, padding no line past it', async () => {
      const lines = (await runCli(['lint', 'postmortems/bad.md'], { columns: 80 })).stdout.split('\n');
      assert.ok(
        lines.every((line) => line.length <= 80),
        lines.join('\n'),
      );
      assert.ok(
        lines.every((line) => !line.endsWith(' ')),
        'no trailing padding',
      );
      const start = lines.findIndex((line) => line.includes('Unknown status'));
      assert.match(lines[start]!, /^ {2}3:9 +error +Unknown status "in reveiw"; .* +front-matter$/);
      const column = lines[start]!.indexOf('Unknown');
      const after = lines.slice(start + 1);
      const indent = ' '.repeat(column);
      const continued = after.slice(
        0,
        after.findIndex((line) => !line.startsWith(indent)),
      );
      assert.ok(continued.length > 0, 'the message continues under the message column');
      const firstLine = lines[start]!.slice(column).replace(/ +front-matter$/, '');
      const message = [firstLine, ...continued.map((line) => line.trim())].join(' ');
      assert.equal(message, `Unknown status "in reveiw"; expected one of: ${STATUSES}`);
      const short = lines.find((line) => line.includes('is missing'))!;
      assert.equal(short.indexOf('required-sections'), lines[start]!.indexOf('front-matter'), 'rule ids stay aligned');
    });

    it('finds the postmortems of the postmortem folder it runs in, named from the repository root', async () => {
      const inside = await runCli(['lint', '--format', 'json'], { cwd: join(workspace, 'postmortems') });
      assert.deepEqual(
        (JSON.parse(inside.stdout) as JsonReport).files.map((file) => file.path),
        ['bad.md', 'good.md'],
      );
      // In a repository, the folders above its root do not count: a clone named like a postmortem folder.
      write('incidents/.git/HEAD', 'ref: refs/heads/main\n');
      write('incidents/docs/guide.md', '# How we write postmortems\n');
      write('incidents/history/postmortems/old.md', GOOD);
      const repository = await runCli(['lint', '--format', 'json'], { cwd: join(workspace, 'incidents') });
      assert.deepEqual(
        (JSON.parse(repository.stdout) as JsonReport).files.map((file) => file.path),
        ['history/postmortems/old.md'],
      );
    });

    it('exits 2 saying so when the paths hold no postmortem, unless --pass-with-no-postmortems', async () => {
      rmSync(join(workspace, 'postmortems'), { recursive: true });
      write('docs/guide.md', '# How we write postmortems\n');
      const cases: [string[], string][] = [
        [['notes'], 'notes'],
        [[], '.'],
        [['notes', 'docs', '--format', 'json'], 'notes docs'],
      ];
      for (const [args, shown] of cases) {
        const result = await runCli(['lint', ...args]);
        assert.equal(result.code, 2, args.join(' '));
        assert.ok(result.stderr.startsWith(`postmortem: no postmortem found in ${shown}\n`), result.stderr);
        assert.match(result.stderr, /\nPass --pass-with-no-postmortems when finding none is fine\.\n$/);
      }
      assert.deepEqual(JSON.parse((await runCli(['lint', 'notes', '--format', 'json'])).stdout), { files: [] });
      const allowed = await runCli(['lint', 'notes', '--pass-with-no-postmortems']);
      assert.deepEqual(allowed, { code: 0, stdout: '', stderr: '' });
    });

    it('exits 1 when warnings exceed --max-warnings, and --quiet reports errors only', async () => {
      write('postmortems/warns.md', WARNS);
      assert.equal((await runCli(['lint', 'postmortems/warns.md'])).code, 0);
      assert.equal((await runCli(['lint', 'postmortems/warns.md', '--max-warnings', '1'])).code, 0);
      assert.equal((await runCli(['lint', 'postmortems/warns.md', '--max-warnings', '0'])).code, 1);
      const quiet = await runCli(['lint', 'postmortems/bad.md', '--quiet', '--format', 'json']);
      assert.ok(only(quiet, 'required-sections').every((problem) => problem.severity === 'error'));
    });

    it('exits 2 for a path that does not exist or a glob that matches nothing, after linting the rest', async () => {
      const result = await runCli(['lint', 'postmortems/good.md', 'missing.md', 'nothing/**/*.md', '--format', 'json']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /no such file, folder or matching glob: missing\.md/);
      assert.match(result.stderr, /no such file, folder or matching glob: nothing\/\*\*\/\*\.md/);
      assert.equal((JSON.parse(result.stdout) as JsonReport).files.length, 1);
    });

    it('exits 2 for a file that cannot be read, naming it, after linting the rest', async () => {
      write('postmortems/good.md', GOOD);
      const { symlinkSync } = await import('node:fs');
      symlinkSync(join(workspace, 'nowhere.md'), join(workspace, 'postmortems/dangling.md'));
      const result = await runCli(['lint', 'postmortems/good.md', 'postmortems/dangling.md', '--format', 'json']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /postmortems\/dangling\.md/);
      assert.equal((JSON.parse(result.stdout) as JsonReport).files.length, 1);
    });
    it(
      'flags related: entries that name no postmortem linted or under the current folder, by id or by path from ' +
        "the file's folder or the current one",
      async () => {
        write('postmortems/2024/earlier.md', GOOD.replace('type: postmortem', 'type: postmortem\nid: INC-2024-101'));
        write('notes/incident.md', GOOD.replace('type: postmortem', 'id: NOTE-1'));
        const related = [
          'INC-2024-101',
          'INC-2024-110',
          '../2024/earlier.md',
          'postmortems/2024/earlier.md',
          '../2024/gone.md',
          'NOTE-1',
        ];
        write(
          'postmortems/2025/later.md',
          GOOD.replace('status: draft', `status: draft\nrelated: [${related.join(', ')}]`),
        );
        const flagged = async (...paths: string[]) =>
          only(await runCli(['lint', ...paths, '--format', 'json']), 'related-not-found').map(
            (problem) => `${problem.line}:${problem.column} ${problem.message}`,
          );
        const column = (entry: string) => 'related: ['.length + related.join(', ').indexOf(entry) + 1;
        const typo =
          `4:${column('INC-2024-110')} "INC-2024-110" in related: names no postmortem in this workspace; ` +
          'did you mean "INC-2024-101"?';
        const notFound = (entry: string) =>
          `4:${column(entry)} "${entry}" in related: names no postmortem in this workspace`;
        const gone = notFound('../2024/gone.md');
        const note = notFound('NOTE-1');
        assert.deepEqual(await flagged('postmortems/2025/later.md'), [typo, gone, note]);
        // A file named on the command line is linted as a postmortem, and so is one that related: may name.
        assert.deepEqual(await flagged('postmortems/2025/later.md', 'notes/incident.md'), [typo, gone]);
      },
    );

    it("resolves related: paths from the postmortem's own folder, wherever lint and inspect run", async () => {
      write('repo/postmortems/2024/earlier.md', GOOD.replace('type: postmortem', 'type: postmortem\nid: INC-2024-101'));
      const related = ['../2024/earlier.md', './../2024/earlier.md', '../2024/gone.md', '../../notes/meeting.md'];
      write(
        'repo/postmortems/2025/later.md',
        GOOD.replace('status: draft', `status: draft\nrelated: [${related.join(', ')}]`),
      );
      mkdirSync(join(workspace, 'elsewhere'));
      const notFound = (entry: string) => `"${entry}" in related: names no postmortem in this workspace`;
      for (const [cwd, path] of [
        ['elsewhere', '../repo/postmortems/2025/later.md'],
        ['repo/postmortems/2025', 'later.md'],
        ['repo', 'postmortems/2025/later.md'],
      ] as const) {
        const result = await runCli(['lint', path, '--format', 'json'], { cwd: join(workspace, cwd) });
        assert.deepEqual(
          only(result, 'related-not-found').map((problem) => problem.message),
          [notFound('../2024/gone.md'), notFound('../../notes/meeting.md')],
          `from ${cwd}: only the file that is not there and the one that is no postmortem`,
        );
      }
      const inspected = await runCli(['inspect', '../repo/postmortems/2025/later.md', '--format', 'json'], {
        cwd: join(workspace, 'elsewhere'),
      });
      assert.equal(inspected.code, 0);
      const report = JSON.parse(inspected.stdout);
      assert.equal(report.path, '../repo/postmortems/2025/later.md');
      assert.deepEqual(report.frontMatter.related, related, 'related: as written, from wherever inspect runs');
      const earlier = { path: '../repo/postmortems/2024/earlier.md', title: 'Checkout API returned 503s' };
      assert.deepEqual(report.listedRelated, [
        { entry: '../2024/earlier.md', ...earlier },
        { entry: './../2024/earlier.md', ...earlier },
        { entry: '../2024/gone.md', path: null, title: null },
        { entry: '../../notes/meeting.md', path: null, title: null },
      ]);
    });
  });

  describe('configuration', () => {
    it('uses the nearest .postmortem.yaml above each file', async () => {
      write('.postmortem.yaml', 'rules:\n  front-matter: off\n');
      write('postmortems/.postmortem.yaml', 'rules:\n  required-sections: warning\n');
      const result = await runCli(['lint', 'postmortems/bad.md', '--format', 'json']);
      assert.equal(result.code, 1, 'the nearest file alone applies: front-matter is on');
      assert.deepEqual(only(result, 'front-matter').length, 1);
      assert.ok(only(result, 'required-sections').every((problem) => problem.severity === 'warning'));
    });

    it('uses the configured document globs, relative to the configuration file', async () => {
      write('.postmortem.yaml', 'documents:\n  include: ["notes/**/*.md"]\n');
      write('incidents/no-front-matter.md', '# Outage\n');
      const result = await runCli(['lint', '.', '--format', 'json']);
      assert.deepEqual(
        (JSON.parse(result.stdout) as JsonReport).files.map((file) => file.path),
        ['notes/meeting.md', 'postmortems/bad.md', 'postmortems/good.md'],
        'the folder globs are replaced; front matter still counts',
      );
    });

    it('takes --config over the nearest file', async () => {
      write('.postmortem.yaml', 'rules:\n  front-matter: error\n');
      write('team.yaml', 'rules:\n  front-matter: off\n  required-sections: off\n');
      const result = await runCli(['lint', 'postmortems/bad.md', '--config', 'team.yaml']);
      assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
    });

    it('exits 2 when --config names a missing file', async () => {
      const result = await runCli(['lint', 'postmortems/good.md', '--config', 'nope.yaml']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /cannot read configuration nope\.yaml: no such file or directory/);
      assert.equal(result.stdout, '');
    });

    it(
      'prints the problems of an invalid configuration with their positions, lints with the ' + 'defaults and exits 2',
      async () => {
        write('.postmortem.yaml', 'rules:\n  front-matter: off\nrequired-section: [summary]\nseverity-scale: nope\n');
        const result = await runCli(['lint', 'postmortems/bad.md', '--format', 'json']);
        assert.equal(result.code, 2);
        assert.match(
          result.stderr,
          /^\.postmortem\.yaml:3:1: warning: Unknown key "required-section"\. Did you mean "required-sections"\?$/m,
        );
        assert.match(result.stderr, /^\.postmortem\.yaml:4:17: error: "severity-scale" must be a list$/m);
        assert.deepEqual(only(result, 'front-matter'), [], 'the valid settings still apply');
        assert.equal(only(result, 'required-sections').length, 2);
      },
    );

    it('only warns, exit status unchanged, for unknown keys', async () => {
      write('.postmortem.yaml', 'colour: blue\n');
      const result = await runCli(['lint', 'postmortems/good.md']);
      assert.equal(result.code, 0);
      assert.match(result.stderr, /warning: Unknown key "colour"/);
    });
  });

  describe('sarif', () => {
    // The vendored schema (2.1.0-rtm.5, from @microsoft/jest-sarif) is JSON Schema draft 4, and one
    // of its patterns (for `language`, which we never write) is not valid as a Unicode RegExp.
    let compiled: ValidateFunction | undefined;
    const sarifValidator = (): ValidateFunction => {
      if (!compiled) {
        const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        compiled = ajv.compile(sarifSchema);
      }
      return compiled;
    };

    it('is valid SARIF 2.1.0 with rule metadata, help URIs and fixes', async () => {
      write('my docs/a, b.postmortem.md', BAD);
      const result = await runCli(['lint', 'postmortems', 'my docs', '--format', 'sarif']);
      assert.equal(result.code, 1);
      const validate = sarifValidator();
      assert.ok(validate(JSON.parse(result.stdout)), JSON.stringify(validate.errors, null, 2));
      const log = JSON.parse(result.stdout);

      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'postmortem');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(
        driver.rules.map((rule: { id: string }) => rule.id),
        RULES.map((rule) => rule.id),
      );
      const frontMatter = driver.rules.find((rule: { id: string }) => rule.id === 'front-matter');
      assert.equal(
        frontMatter.helpUri,
        'https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/front-matter.md',
      );
      assert.equal(frontMatter.defaultConfiguration.level, 'error');

      const results = log.runs[0].results as {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
        fixes?: unknown[];
      }[];
      for (const entry of results) assert.equal(driver.rules[entry.ruleIndex].id, entry.ruleId);
      const status = results.find(
        (entry) =>
          entry.ruleId === 'front-matter' && entry.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('my'),
      )!;
      assert.deepEqual(status.locations[0]!.physicalLocation, {
        artifactLocation: { uri: 'my%20docs/a%2C%20b.postmortem.md' },
        region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 18 },
      });
      assert.equal(status.fixes?.length, 1);
      assert.ok(results.some((entry) => entry.level === 'warning'));
      assert.ok(
        results.some((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri === 'postmortems/bad.md'),
      );
    });

    it('is valid with no results', async () => {
      const validate = sarifValidator();
      const empty = await runCli(['lint', 'postmortems/good.md', '--format', 'sarif']);
      assert.ok(validate(JSON.parse(empty.stdout)), JSON.stringify(validate.errors));
      assert.deepEqual(JSON.parse(empty.stdout).runs[0].results, []);
    });

    it('describes findings that no registered rule makes', () => {
      const start = { line: 0, character: 0, offset: 0 };
      const findings = [
        {
          ruleId: 'parse',
          severity: 'warning' as const,
          message: 'Too large to analyze',
          range: { start, end: start },
        },
      ];
      const context = { cwd: workspace, color: false, columns: 80, rules: RULES, version: '1.0.0' };
      const output = formatSarif([{ path: 'a.md', absolutePath: join(workspace, 'a.md'), findings }], context);
      const log = JSON.parse(output);
      assert.ok(sarifValidator()(JSON.parse(output)));
      const result = log.runs[0].results[0];
      assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, 'parse');
      assert.equal(result.locations[0].physicalLocation.region.startLine, 1);
    });
  });

  describe('github', () => {
    it('prints one workflow annotation per finding', async () => {
      const result = await runCli(['lint', 'postmortems/bad.md', '--format', 'github']);
      assert.equal(result.code, 1);
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 3);
      assert.equal(
        lines[0],
        '::error ' +
          'file=postmortems/bad.md,line=3,col=9,endLine=3,endColumn=18,title=front-matter::Unknown ' +
          'status "in reveiw"; expected one of: draft, in-review, reviewed, published, closed',
      );
      assert.match(
        lines[2]!,
        /^::warning file=postmortems\/bad\.md,line=\d+,col=1,.*title=required-sections::Section "Timeline" is empty$/,
      );
    });

    it('annotates the lines of an invalid configuration, and still exits 2', async () => {
      write('.postmortem.yaml', 'rules:\n  front-matter: eror\nseverity-scale: nope\n');
      const result = await runCli(['lint', 'postmortems/bad.md', '--format', 'github']);
      assert.equal(result.code, 2);
      const lines = result.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(0, 2), [
        '::error file=.postmortem.yaml,line=2,col=17,endLine=2,endColumn=21,title=postmortem configuration::' +
          '"rules.front-matter": "eror" is not a rule severity; expected one of error, warning, info, off. ' +
          'Did you mean "error"?',
        '::error file=.postmortem.yaml,line=3,col=17,endLine=3,endColumn=21,title=postmortem configuration::' +
          '"severity-scale" must be a list',
      ]);
      assert.ok(lines.length > 2, 'the findings follow');
      assert.doesNotMatch(result.stderr, /\.postmortem\.yaml:2:17/, 'not also as plain text');
      assert.match(result.stderr, /the defaults apply in place of the invalid settings/);
    });

    it('escapes messages and properties', () => {
      assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
      assert.equal(escapeProperty('a,b:c%'), 'a%2Cb%3Ac%25');
    });
  });

  describe('inspect', () => {
    it('prints what it understood as JSON, in the contract', async () => {
      const result = await runCli(['inspect', 'postmortems/good.md', '--format', 'json']);
      assert.equal(result.code, 0);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(report), [
        'path',
        'isPostmortem',
        'frontMatter',
        'metadataTable',
        'sections',
        'timeline',
        'actionItems',
        'metrics',
        'listedRelated',
        'related',
      ]);
      assert.equal(report.path, 'postmortems/good.md');
      assert.equal(report.isPostmortem, true);
      assert.deepEqual(report.frontMatter, { type: 'postmortem', status: 'draft', severity: 'SEV2' });
      assert.deepEqual(report.sections[1], { kind: 'summary', title: 'Summary', level: 2, line: 8, endLine: 10 });
      assert.deepEqual(report.sections[5], {
        kind: 'action-items',
        title: 'Action items',
        level: 2,
        line: 24,
        endLine: 26,
      });
      assert.ok(Array.isArray(report.timeline) && Array.isArray(report.actionItems));
      const entryKeys = ['line', 'text', 'time', 'instant', 'error', 'doubt', 'milestone'];
      for (const entry of report.timeline) assert.deepEqual(Object.keys(entry), entryKeys);
      for (const item of report.actionItems)
        assert.deepEqual(Object.keys(item), ['line', 'text', 'owners', 'due', 'yearlessDue', 'status', 'links']);
      assert.deepEqual(Object.keys(report.metrics), ['timeToDetect', 'timeToMitigate', 'timeToResolve']);
    });

    it('resolves each related: entry to the postmortem it names, by id or path, or says it names none', async () => {
      write(
        'postmortems/2024/earlier.md',
        GOOD.replace('type: postmortem', 'type: postmortem\nid: INC-2024-101').replace(
          '# Checkout API returned 503s',
          '# Load balancer certificate expired',
        ),
      );
      const related = ['INC-2024-101', 'INC-2024-110', '../2024/earlier.md', 'postmortems/good.md', '../2024/gone.md'];
      write(
        'postmortems/2025/later.md',
        GOOD.replace('status: draft', `status: draft\nrelated: [${related.join(', ')}]`),
      );
      const json = await runCli(['inspect', 'postmortems/2025/later.md', '--format', 'json']);
      assert.equal(json.code, 0);
      const earlier = { path: 'postmortems/2024/earlier.md', title: 'Load balancer certificate expired' };
      const notFound = { path: null, title: null };
      assert.deepEqual(JSON.parse(json.stdout).listedRelated, [
        { entry: 'INC-2024-101', ...earlier },
        { entry: 'INC-2024-110', ...notFound },
        { entry: '../2024/earlier.md', ...earlier },
        { entry: 'postmortems/good.md', path: 'postmortems/good.md', title: 'Checkout API returned 503s' },
        { entry: '../2024/gone.md', ...notFound },
      ]);
      const text = await runCli(['inspect', 'postmortems/2025/later.md']);
      assert.equal(text.code, 0);
      assert.ok(
        text.stdout.includes(
          [
            'Listed as related (5):',
            '  INC-2024-101  postmortems/2024/earlier.md  Load balancer certificate expired',
            '  INC-2024-110  not found',
            '  ../2024/earlier.md  postmortems/2024/earlier.md  Load balancer certificate expired',
            '  postmortems/good.md  postmortems/good.md  Checkout API returned 503s',
            '  ../2024/gone.md  not found',
            '',
          ].join('\n'),
        ),
        text.stdout,
      );
      const unrelated = await runCli(['inspect', 'postmortems/good.md']);
      assert.ok(!unrelated.stdout.includes('Listed as related'), 'no block when the front matter lists none');
    });

    it('prints the metadata table of a postmortem without front matter, and gives it in the JSON', async () => {
      write(
        'postmortems/table-metadata.md',
        '# Billing export stalled\n\n| Field | Value |\n| --- | --- |\n| Severity | SEV-2 |\n| Status | Draft |\n\n' +
          '## Summary\n\nThe export stopped.\n',
      );
      const text = await runCli(['inspect', 'postmortems/table-metadata.md']);
      assert.match(text.stdout, /\nMetadata table:\n {2}field: Value\n {2}severity: SEV-2\n {2}status: Draft\n/);
      const json = JSON.parse((await runCli(['inspect', 'postmortems/table-metadata.md', '--format', 'json'])).stdout);
      assert.deepEqual(json.metadataTable, { field: 'Value', severity: 'SEV-2', status: 'Draft' });
    });

    it('says why each metric it cannot compute is unknown', async () => {
      write(
        'postmortems/no-mitigation.md',
        '---\ntype: postmortem\n---\n# Outage\n\n## Timeline (all times UTC)\n\n' +
          '- 2025-01-05 10:00 Deploy [started]\n- 2025-01-05 10:07 Alert [detected]\n' +
          '- 2025-01-05 11:00 Fixed [resolved]\n',
      );
      const result = await runCli(['inspect', 'postmortems/no-mitigation.md']);
      const unknownMitigation = 'time to mitigate unknown \\(no entry is marked \\[mitigated\\]\\)';
      assert.match(result.stdout, new RegExp(`Metrics: time to detect 7m, ${unknownMitigation}, time to resolve 1h\n`));
    });

    it('prints a readable summary by default, and says when a file is not a postmortem', async () => {
      const result = await runCli(['inspect', 'notes/meeting.md']);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^notes\/meeting\.md: not a postmortem/);
      assert.match(result.stdout, /Sections \(1\):\n {2}1 {2}# Weekly sync {2}\[other\]/);
      assert.match(
        result.stdout,
        /Metrics: time to detect, mitigate and resolve unknown \(no entry is marked \[started\]\)\n/,
      );
    });

    it('says when the front matter cannot be read, with the first error and its line', async () => {
      write('postmortems/broken.md', GOOD.replace('status: draft', 'title: Queue stall: orders stuck'));
      const result = await runCli(['inspect', 'postmortems/broken.md']);
      assert.equal(result.code, 0);
      assert.match(
        result.stdout,
        /\n\nFront matter: not read, invalid YAML at line 3: the value of "title" holds ": ", which YAML reads/,
      );
      assert.doesNotMatch(result.stdout, /^ {2}type: postmortem$/m);
    });

    it('exits 2 for a file that does not exist or cannot be read', async () => {
      const result = await runCli(['inspect', 'missing.md', '--format', 'json']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /cannot read missing\.md: no such file or directory/);
      const folder = await runCli(['inspect', 'postmortems']);
      assert.equal(folder.code, 2);
      assert.equal(
        folder.stderr,
        "postmortem: postmortems is a folder; 'inspect' reads one postmortem " +
          "('lint', 'metrics' and 'export-actions' search folders)\n",
      );
      const config = await runCli(['lint', '--config', 'postmortems', 'postmortems']);
      assert.equal(config.code, 2);
      assert.equal(config.stderr, 'postmortem: cannot read configuration postmortems: it is a folder, not a file\n');
    });
  });
});

describe('ISO 8601 output', () => {
  it('formats instants in UTC without milliseconds', () => {
    assert.equal(isoInstant(Date.UTC(2025, 0, 5, 14, 32)), '2025-01-05T14:32:00Z');
    assert.equal(isoInstant(Date.UTC(2025, 0, 5, 14, 32, 0, 5)), '2025-01-05T14:32:00.005Z');
    assert.equal(isoInstant(Number.NaN), undefined);
  });

  it('formats durations in hours, minutes and seconds', () => {
    const minute = 60_000;
    assert.equal(isoDuration(12 * minute), 'PT12M');
    assert.equal(isoDuration(65 * minute), 'PT1H5M');
    assert.equal(isoDuration(26 * 60 * minute), 'PT26H');
    assert.equal(isoDuration(90_000), 'PT1M30S');
    assert.equal(isoDuration(0), 'PT0S');
    assert.equal(isoDuration(-5 * minute), '-PT5M');
  });
});
