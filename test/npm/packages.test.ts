// The CLI as users install it, with npm and nothing else: the npm package made by
// scripts/npmPackage.mjs, alone and as pre-commit installs the hook. Everything is installed
// offline from an empty npm cache, so a runtime dependency would fail the install.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { BLAMEFUL_POSTMORTEM, CLEAN_POSTMORTEM } from '../support/samplePostmortems';
import { projectRoot } from '../support/vscodeHost';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let scratch = '';

/** npm's settings for every command here: its own empty cache, never the network, no audit or funding calls. */
function npmEnvironment(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name));
  return {
    ...Object.fromEntries(inherited),
    npm_config_cache: join(scratch, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

function run(command: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, env: npmEnvironment(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function npm(args: readonly string[], cwd: string): string {
  const result = run('npm', args, cwd);
  assert.equal(result.code, 0, `npm ${args.join(' ')}\n${result.stderr}`);
  return result.stdout;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A project with a README, a blameful postmortem and a clean one, as a repository using the CLI has. */
function writeProject(folder: string): void {
  write(join(folder, 'README.md'), '# Shop\n\nHow to run the shop.\n');
  write(join(folder, 'postmortems', '2025-03-02-cache-outage.md'), BLAMEFUL_POSTMORTEM);
  write(join(folder, 'postmortems', '2025-03-09-cache-outage.md'), CLEAN_POSTMORTEM);
}

function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
}

function tarballManifest(tarball: string): Record<string, unknown> {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
}

interface HookDefinition {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
  readonly language: string;
  readonly types?: readonly string[];
  readonly additional_dependencies?: readonly string[];
}

describe('the CLI installed with npm', () => {
  let npmTarball = '';
  let repositoryTarball = '';

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'postmortem-npm-'));
    const made = execFileSync(
      process.execPath,
      [join(projectRoot, 'scripts', 'npmPackage.mjs'), '--pack-destination', scratch],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    npmTarball = made.trim().split('\n').pop()!;
    // pre-commit takes the whole of `npm pack`'s output as the tarball's name.
    const packed = run('npm', ['pack', '--pack-destination', scratch], projectRoot);
    assert.equal(packed.code, 0, packed.stderr);
    assert.match(packed.stdout, /^[\w.-]+\.tgz\n$/, "the repository's npm pack prints more than the tarball's name");
    repositoryTarball = join(scratch, packed.stdout.trim());
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  describe('the npm package', () => {
    let project = '';

    before(() => {
      project = join(scratch, 'project');
      write(join(project, 'package.json'), '{ "name": "shop", "private": true }\n');
      writeProject(project);
    });

    it('holds the CLI, its templates, README, licence and notices, and no dependency', () => {
      assert.deepEqual(tarballFiles(npmTarball), [
        'package/LICENSE',
        'package/README.md',
        'package/THIRD_PARTY_NOTICES.md',
        'package/cli.js',
        'package/package.json',
        'package/templates/google-sre.md',
        'package/templates/lightweight.md',
        'package/templates/pagerduty.md',
      ]);
      const manifest = tarballManifest(npmTarball);
      assert.equal(manifest['name'], '@postmortem-tools/postmortem');
      assert.deepEqual(manifest['bin'], { postmortem: 'cli.js' });
      assert.equal(manifest['dependencies'], undefined);
    });

    it(
      'installs offline into an empty project, where npx postmortem lint fails a blameful ' +
        'postmortem and passes a clean one',
      () => {
        npm(['install', '--save-dev', npmTarball], project);
        const blameful = run('npx', ['postmortem', 'lint', 'postmortems'], project);
        assert.equal(blameful.code, 1, blameful.stderr);
        assert.match(blameful.stdout, /^postmortems\/2025-03-02-cache-outage\.md$/m);
        assert.match(blameful.stdout, /^ {2}26:1 +error +Root cause names a person .* human-error-root-cause$/m);
        assert.match(blameful.stdout, /^ {2}26:61 +warning +"careless" judges a person.* blameful-language$/m);
        assert.doesNotMatch(blameful.stdout, /2025-03-09/);
        const clean = run('npx', ['postmortem', 'lint', 'postmortems/2025-03-09-cache-outage.md'], project);
        assert.deepEqual(clean, { code: 0, stdout: '', stderr: '' });
      },
    );

    it('finds its built-in templates where it is installed', () => {
      const listed = run('npx', ['postmortem', 'new'], project);
      assert.equal(listed.code, 0, listed.stderr);
      for (const template of ['google-sre', 'lightweight', 'pagerduty'])
        assert.match(listed.stdout, new RegExp(`^ {2}${template} +built-in`, 'm'));
    });
  });

  describe('the pre-commit hook', () => {
    const hooks = parse(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
    const hook = hooks.find((candidate) => candidate.id === 'postmortem-lint')!;
    let installed = '';
    let repository = '';

    before(() => {
      // pre-commit installs a node hook with `npm install -g` of the repository's `npm pack` and the
      // hook's additional dependencies: here the npm package's tarball stands for its release.
      installed = join(scratch, 'hook-environment');
      npm(['install', '--global', '--prefix', installed, repositoryTarball, npmTarball], scratch);
      repository = join(scratch, 'repository');
      writeProject(repository);
    });

    /** Runs the hook as pre-commit does: its entry, split on spaces, then the staged files it selects. */
    function runHook(stagedMarkdown: readonly string[]): Run {
      const [executable, ...entryArgs] = hook.entry.split(/\s+/);
      return run(join(installed, 'bin', executable!), [...entryArgs, ...stagedMarkdown], repository);
    }

    it('is defined as pre-commit reads it: a node hook over the staged Markdown files', () => {
      assert.equal(hooks.length, 1);
      assert.deepEqual(
        { id: hook.id, language: hook.language, types: hook.types },
        { id: 'postmortem-lint', language: 'node', types: ['markdown'] },
      );
      assert.ok(hook.name.length > 0);
      assert.match(hook.entry, /^postmortem lint /);
      const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(
        hook.additional_dependencies,
        [`@postmortem-tools/postmortem@${version}`],
        'the hook installs the CLI released with this version',
      );
      assert.match(
        readFileSync(join(projectRoot, 'README.md'), 'utf8'),
        new RegExp(
          `- repo: https://github.com/postmortem-tools/postmortem\\n +rev: v${version.replace(/\./g, '\\.')}\\n`,
        ),
        "the README's configuration names this version",
      );
    });

    it('fails a commit that stages a blameful postmortem, and checks no other Markdown file', () => {
      const result = runHook([
        'README.md',
        'postmortems/2025-03-02-cache-outage.md',
        'postmortems/2025-03-09-cache-outage.md',
      ]);
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stdout, /human-error-root-cause/);
      assert.doesNotMatch(result.stdout, /README|2025-03-09/);
    });

    it('passes a commit that stages a clean postmortem, or Markdown that holds no postmortem', () => {
      assert.deepEqual(runHook(['README.md', 'postmortems/2025-03-09-cache-outage.md']), {
        code: 0,
        stdout: '',
        stderr: '',
      });
      assert.deepEqual(runHook(['README.md']), { code: 0, stdout: '', stderr: '' });
    });
  });
});
