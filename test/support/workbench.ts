// A real VS Code workbench in Chromium with this extension loaded, for the e2e tests, `npm start`
// and screenshots. The extension runs in the server's Node extension host, or, with
// POSTMORTEM_EXTENSION_HOST=web, its browser entry runs in the page's web worker extension host.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  artifactPath,
  ensureVsCodeHost,
  launchBrowser,
  projectRoot,
  startServer,
  type VsCodeServer,
} from './vscodeHost';

export interface Workbench {
  readonly page: Page;
  readonly server: VsCodeServer;
  /** Opens a file of the workspace through Quick Open, as a person would. */
  openFile(fileName: string): Promise<void>;
  /** Runs a command through the Command Palette, as a person would. */
  runCommand(title: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The extension host the workbench runs the extension in: `node` (the server's) unless POSTMORTEM_EXTENSION_HOST says
 * `web`.
 */
export type ExtensionHostKind = 'node' | 'web';

export const EXTENSION_HOST_VARIABLE = 'POSTMORTEM_EXTENSION_HOST';

export function extensionHostUnderTest(): ExtensionHostKind {
  return process.env[EXTENSION_HOST_VARIABLE] === 'web' ? 'web' : 'node';
}

/**
 * A copy of the extension as a web extension alone: its manifest without `main`, and no Node
 * bundle beside it. VS Code runs an extension with a `browser` entry and no `main` in the web
 * worker extension host (an `extensionKind` of `web` in the manifest is not enough: VS Code
 * reads only `ui` and `workspace` from there, and `main` makes it a workspace extension).
 */
function webExtensionCopy(): string {
  const copy = mkdtempSync(join(projectRoot, '.vscode-test', 'web-extension-'));
  for (const path of [
    'dist/web',
    'dist/webview',
    'media',
    'snippets',
    'templates',
    'schemas',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
  ]) {
    cpSync(join(projectRoot, path), join(copy, path), { recursive: true });
  }
  const { main: _node, ...manifest } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));
  return copy;
}

/** Opens the workbench on a copy of `folder`, so that what the tests do never changes the original. */
export async function openWorkbench(folder: string): Promise<Workbench> {
  ensureVsCodeHost();
  const copy = mkdtempSync(join(projectRoot, '.vscode-test', 'e2e-workspace-'));
  cpSync(folder, copy, { recursive: true });
  folder = copy;
  const extension = extensionHostUnderTest() === 'web' ? webExtensionCopy() : projectRoot;
  const removeCopies = (): void => {
    rmSync(copy, { recursive: true, force: true });
    if (extension !== projectRoot) rmSync(extension, { recursive: true, force: true });
  };
  const server = await startServer().catch((error: unknown) => {
    removeCopies();
    throw error;
  });
  let browser: BrowserContext | undefined;
  try {
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remoteUri(extension)]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view').first().waitFor({ timeout: 60_000 });
    const context = browser;
    return {
      page,
      server,
      async openFile(fileName) {
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(fileName);
        // The list shows recently opened files until the filter applies: wait for the file asked for.
        await page
          .locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName.split('/').pop()! })
          .first()
          .waitFor();
        await page.keyboard.press('Enter');
        await page.locator(`.tab.active[aria-label*="${fileName}"]`).waitFor();
      },
      async runCommand(title) {
        await page.keyboard.press('Control+Shift+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        // Enter runs the focused row, which is a recently used command until the filter applies: wait for this one.
        await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor();
        await page.keyboard.press('Enter');
      },
      async screenshot(name) {
        // The web layer's screenshots stand beside the e2e layer's, not over them.
        const path = artifactPath(extension === projectRoot ? name : `web-${name}`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await context.close().catch(() => undefined);
        server.stop();
        removeCopies();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    server.stop();
    removeCopies();
    throw error;
  }
}

/**
 * In an `afterEach`: a screenshot of the workbench when the test that just ran failed, named after the suite and the
 * test.
 */
export async function screenshotIfFailed(
  workbench: Workbench | undefined,
  prefix: string,
  test: Mocha.Test | undefined,
): Promise<void> {
  if (workbench && test?.state === 'failed')
    await workbench.screenshot(`${prefix}-failed-${test.title.replace(/\W+/g, '-')}.png`);
}

export const examplesDir = join(projectRoot, 'examples');
