// A real VS Code workbench in Chromium with this extension loaded, for the e2e tests, `npm start`
// and screenshots.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactPath, ensureVsCodeHost, launchBrowser, projectRoot, startServer, VsCodeServer } from './vscodeHost';

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

/** Opens the workbench on a copy of `folder`, so that what the tests do never changes the original. */
export async function openWorkbench(folder: string): Promise<Workbench> {
  ensureVsCodeHost();
  const copy = mkdtempSync(join(projectRoot, '.vscode-test', 'e2e-workspace-'));
  cpSync(folder, copy, { recursive: true });
  folder = copy;
  const server = await startServer();
  let browser: BrowserContext | undefined;
  try {
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remoteUri(projectRoot)]]));
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
        await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName.split('/').pop()! }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator(`.tab.active[aria-label*="${fileName}"]`).waitFor();
      },
      async runCommand(title) {
        await page.keyboard.press('Control+Shift+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
        await page.keyboard.press('Enter');
      },
      async screenshot(name) {
        const path = artifactPath(name);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await context.close().catch(() => undefined);
        server.stop();
        rmSync(copy, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    server.stop();
    throw error;
  }
}

export const examplesDir = join(projectRoot, 'examples');
