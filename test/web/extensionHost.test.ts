// The web layer's own check that what it tests is the browser entry in the web worker extension
// host: Running Extensions, as a person would open it, names the host each extension runs in.
import * as assert from 'node:assert/strict';
import { examplesDir, openWorkbench, Workbench } from '../support/workbench';

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
});
