// Runs test/integration inside a real VS Code extension host: the offline VS Code server, its web
// workbench in headless Chromium, and the extension loaded from this folder.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type { SuiteReport, TestOutcome } from './support/results';
import { GREP_VARIABLE, RESULTS_FILE_VARIABLE } from './support/results';
import {
  artifactPath,
  ensureVsCodeHost,
  LAST_SERVER_LOG,
  launchBrowser,
  log,
  projectRoot,
  startServer,
  vscodeVersion,
} from './support/vscodeHost';

export interface IntegrationResult {
  readonly outcomes: readonly TestOutcome[];
  readonly figures?: Readonly<Record<string, number>>;
  /** Why the run itself failed (timeout, no report), beside any failed test. */
  readonly problem?: string;
}

const timeoutMs = Number(process.env.POSTMORTEM_TEST_TIMEOUT_MS ?? 10 * 60_000);

/** Copies the fixture workspace so that tests may change files without touching the repository. */
function freshWorkspace(): string {
  const workspace = mkdtempSync(join(projectRoot, '.vscode-test', 'workspace-'));
  cpSync(join(projectRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  return workspace;
}

export interface HostRun {
  /** The bundled module whose `run()` the extension host calls. */
  readonly testsPath: string;
  /** Name of the screenshot and log files under .vscode-test/artifacts. */
  readonly name: string;
  /** The extension loaded for development: this folder unless said otherwise. */
  readonly developmentPath?: string;
  /** The server's state folder (its extensions under `extensions/`); a fresh one when omitted. */
  readonly stateDir?: string;
  /** More environment for the extension host. */
  readonly env?: NodeJS.ProcessEnv;
}

export const INTEGRATION_RUN: HostRun = {
  testsPath: join(projectRoot, 'out', 'test', 'integration', 'index.js'),
  name: 'integration',
};

/** Runs a module inside the VS Code extension host, on a fresh copy of the fixture workspace. */
export async function runIntegrationSuite(hostRun: HostRun = INTEGRATION_RUN): Promise<IntegrationResult> {
  ensureVsCodeHost();
  const workspace = freshWorkspace();
  const resultsFile = join(workspace, '..', `results-${process.pid}.json`);
  rmSync(resultsFile, { force: true });
  const server = await startServer({
    env: { ...hostRun.env, [RESULTS_FILE_VARIABLE]: resultsFile, [GREP_VARIABLE]: process.env[GREP_VARIABLE] ?? '' },
    stateDir: hostRun.stateDir,
  });
  log(`VS Code ${vscodeVersion()} server on 127.0.0.1:${server.port}`);
  const browser = await launchBrowser();
  let problem: string | undefined;
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (finish = resolve));
    // The extension host's console (Mocha's own report among it) goes to a log file; the runner
    // prints each test's result from the report the suite writes.
    const hostLog = artifactPath(`${hostRun.name}-host.log`);
    writeFileSync(hostLog, '');
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      appendFileSync(hostLog, `${format(...args)}\n`);
    });
    log(`extension host output: ${hostLog}`);
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const url = server.workbenchUrl(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(hostRun.developmentPath ?? projectRoot)],
      ['extensionTestsPath', server.remoteUri(hostRun.testsPath)],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      problem = `timed out after ${timeoutMs / 1000} s waiting for the extension host to finish the tests`;
    const screenshot = artifactPath(`${hostRun.name}-${problem || outcome !== 0 ? 'failure' : 'final'}.png`);
    await page.screenshot({ path: screenshot }).catch(() => undefined);
    log(`screenshot: ${screenshot}`);
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  if (!existsSync(resultsFile)) {
    return {
      outcomes: [],
      problem:
        problem ??
        'no test results came back from the extension host; ' +
          `see ${hostRun.stateDir ? server.logFile : artifactPath(LAST_SERVER_LOG)}`,
    };
  }
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteReport;
  rmSync(resultsFile, { force: true });
  log(`${hostRun.name} ran in VS Code ${report.vscodeVersion}`);
  rmSync(workspace, { recursive: true, force: true });
  return { outcomes: report.tests, figures: report.figures, problem };
}
