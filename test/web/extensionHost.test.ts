// The web layer's own check that what it tests is the browser entry in the web worker extension
// host: Running Extensions, as a person would open it, names the host each extension runs in, and
// the extension's log says where its checks run.
import * as assert from 'node:assert/strict';
import { examplesDir, openWorkbench, type Workbench } from '../support/workbench';

describe('the extension host', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench(examplesDir);
  });

  after(async () => {
    await workbench?.close();
  });

  it('runs the extension in the web worker, and its checks with it', async () => {
    const { page } = workbench;
    await workbench.openFile('2025-02-11-search-index-outage.md');
    await page.locator('.statusbar-item', { hasText: 'Postmortem' }).waitFor({ timeout: 30_000 });
    await workbench.runCommand('Developer: Show Running Extensions');
    const row = page.locator('.monaco-list-row', { hasText: 'postmortem-tools.postmortem' }).first();
    await row.waitFor({ timeout: 30_000 });
    const text = await row.innerText();
    assert.match(text, /web worker/, text);
    assert.doesNotMatch(text, /127\.0\.0\.1/, 'not in the server extension host');
    await workbench.screenshot('running-extensions.png');
  });

  it('runs the checks in a web worker of their own, as its log says', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await workbench.runCommand('Output: Show Output Channels...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Postmortem' }).first().waitFor();
    await page.locator('.quick-input-widget input').fill('Postmortem');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Postmortem' }).first().waitFor();
    await page.keyboard.press('Enter');
    const log = page.locator('.panel .monaco-editor .view-lines').first();
    await log.filter({ hasText: 'Checks run' }).waitFor({ timeout: 30_000 });
    // The editor shows spaces as no-break spaces.
    const text = (await log.innerText()).replace(/\s+/g, ' ');
    await workbench.screenshot('analysis-log.png');
    // Once: a worker that broke would be started again, and say so again.
    assert.deepEqual(text.match(/Checks run [^.]*\./g), ['Checks run in a web worker.'], text);
  });
});
