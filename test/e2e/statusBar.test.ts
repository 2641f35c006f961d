import * as assert from 'node:assert/strict';
import { examplesDir, openWorkbench, type Workbench } from '../support/workbench';

describe('e2e: the status bar', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench(examplesDir);
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the Postmortem item while an example postmortem is open', async () => {
    await workbench.openFile('2025-01-05-checkout-api-503s.postmortem.md');
    const item = workbench.page.locator('.statusbar-item', { hasText: 'Postmortem' });
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match((await item.innerText()).trim(), /Postmortem/);
    await workbench.screenshot('e2e-status-bar.png');
  });
});
