// The timeline editor in the real workbench: opened from the Command Palette, driven from the
// keyboard inside its webview, with hostile document text shown as text.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { openWorkbench, screenshotIfFailed, type Workbench } from '../support/workbench';
import { projectRoot } from '../support/vscodeHost';

const fixtures = join(projectRoot, 'test', 'fixtures', 'workspace');

/** The frame inside the webview that shows the timeline editor of the postmortem with this title. */
async function timelineFrame(workbench: Workbench, title: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of workbench.page.frames()) {
      const heading = frame.locator('postmortem-timeline h1.title', { hasText: title });
      if ((await heading.count().catch(() => 0)) && (await heading.isVisible().catch(() => false))) return frame;
    }
    await workbench.page.waitForTimeout(250);
  }
  throw new Error('the timeline editor did not show its entries');
}

/** Opens a postmortem, waits until the extension knows it for one, and opens its timeline editor. */
/** Keys pressed in a webview go to it first (Ctrl+P would print): the text editor gets the focus back. */
async function focusTextEditor(workbench: Workbench): Promise<void> {
  const textEditor = workbench.page.locator('.editor-group-container .view-lines').first();
  if (await textEditor.count()) await textEditor.click();
}

async function openTimeline(workbench: Workbench, fileName: string, title: string): Promise<Frame> {
  await focusTextEditor(workbench);
  await workbench.openFile(fileName);
  // The button in the editor title, shown once the extension knows the file for a postmortem.
  const button = workbench.page
    .locator('.editor-group-container.active .editor-actions [aria-label*="Open Timeline Editor"]')
    .first();
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  return timelineFrame(workbench, title);
}

/** The text of the Markdown editor's visible lines, wrapped lines joined. */
async function editorText(workbench: Workbench): Promise<string> {
  return (await workbench.page.locator('.editor-group-container .view-lines').first().innerText()).replace(/\s+/g, ' ');
}

describe('e2e: the timeline editor in the workbench', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench(fixtures);
  });

  afterEach(async function () {
    await screenshotIfFailed(workbench, 'e2e-timeline', this.currentTest);
  });

  after(async () => {
    await workbench?.close();
  });

  it('edits an entry from the keyboard, and the Markdown beside it follows', async () => {
    const frame = await openTimeline(workbench, 'list-style.postmortem.md', 'Search results were stale');
    const rows = frame.locator('postmortem-timeline .row.entry');
    assert.equal(await rows.count(), 4);
    await rows.nth(0).focus();
    await workbench.page.keyboard.press('ArrowDown');
    await workbench.page.keyboard.press('Enter');
    const description = frame.locator('.edit-description input, .edit-description').first();
    await description.waitFor();
    await frame.locator('.edit-description').evaluate((field: HTMLElement & { value: string }) => {
      field.value = 'Freshness alert paged the on-call';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await frame.locator('.edit-description').focus();
    await workbench.page.keyboard.press('Enter');
    const expected = '- 10:40 UTC Freshness alert paged the on-call [detected]';
    const deadline = Date.now() + 15_000;
    while (!(await editorText(workbench)).includes(expected) && Date.now() < deadline)
      await workbench.page.waitForTimeout(200);
    assert.ok((await editorText(workbench)).includes(expected), await editorText(workbench));
    await workbench.screenshot('e2e-timeline-dark.png');
  });

  it('shows hostile entry text as text and runs none of it', async () => {
    const frame = await openTimeline(workbench, 'hostile.postmortem.md', 'Hostile text renders as text');
    await frame.locator('.row.entry', { hasText: 'window.__pwned' }).first().waitFor();
    const descriptions = await frame.locator('.row.entry .description').allInnerTexts();
    assert.ok(
      descriptions.some((text) => text.includes("<script>window.__pwned = 'script'</script>")),
      descriptions.join('\n'),
    );
    assert.ok(
      descriptions.some((text) => text.includes('<img src=x onerror=')),
      descriptions.join('\n'),
    );
    assert.ok(
      descriptions.some((text) => text.includes('</style><style>body{display:none}</style>')),
      descriptions.join('\n'),
    );
    assert.equal(
      await frame
        .locator('postmortem-timeline img, postmortem-timeline script, postmortem-timeline a[href^="javascript:"]')
        .count(),
      0,
      'no element came from the document',
    );
    for (const each of workbench.page.frames()) {
      assert.equal(
        await each.evaluate(() => (window as unknown as { __pwned?: string }).__pwned).catch(() => undefined),
        undefined,
        'nothing ran',
      );
    }
    assert.equal(await frame.locator('body').isVisible(), true, 'no style from the document applied');
  });

  it('follows the light theme', async () => {
    await openTimeline(workbench, 'table-style.postmortem.md', 'Uploads failed');
    const { page } = workbench;
    await focusTextEditor(workbench);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await page.locator('.quick-input-widget input').fill('Light Modern');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Light Modern' }).first().waitFor();
    await page.keyboard.press('Enter');
    const frame = await timelineFrame(workbench, 'Uploads failed');
    await frame.locator('body.vscode-light').waitFor({ timeout: 15_000 });
    await workbench.screenshot('e2e-timeline-light.png');
  });
});
