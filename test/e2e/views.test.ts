import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { examplesDir, openWorkbench, type Workbench } from '../support/workbench';

describe('e2e: the Postmortem views', () => {
  let workbench: Workbench;

  /** The rows of a view of the Postmortem container, by the view's title. */
  const rows = (title: string): Locator =>
    workbench.page
      .locator('.pane', {
        has: workbench.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`, 'i') }),
      })
      .locator('.monaco-list-row');

  before(async () => {
    workbench = await openWorkbench(examplesDir);
    await workbench.openFile('2025-02-11-search-index-outage.md');
    await workbench.page.locator('.activitybar .action-item a[aria-label^="Postmortem"]').click();
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the sections of the open postmortem with their states, the missing one included', async () => {
    const missing = rows('Sections').filter({ hasText: 'required, missing' });
    await missing.first().waitFor({ timeout: 30_000 });
    assert.match(await missing.first().innerText(), /Impact/);
    await rows('Sections').filter({ hasText: 'Action Items' }).first().waitFor();
    await workbench.screenshot('e2e-views-sections.png');
  });

  it('lists the action items of the workspace by owner, unowned first', async () => {
    // Rows are rendered only while in sight: @alice, the first owner, follows the three unowned items.
    await rows('Action Items').filter({ hasText: '@alice' }).first().waitFor({ timeout: 30_000 });
    assert.match(await rows('Action Items').first().innerText(), /^Unowned/);
    await workbench.screenshot('e2e-views-action-items.png');
  });

  it('lists the postmortems of the workspace, newest first', async () => {
    await rows('Postmortems').nth(2).waitFor({ timeout: 30_000 });
    const titles = await rows('Postmortems').locator('.label-name').allInnerTexts();
    assert.deepEqual(titles, [
      'Product search returned empty results',
      'Checkout API returned 503s',
      'EU login latency after signing-key rotation',
    ]);
  });
});
