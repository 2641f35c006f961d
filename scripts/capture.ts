// `npm run capture`: records the README's animated tour from the real workbench: a blameful
// sentence typed into a postmortem is flagged, its quick fix rephrases it, and the timeline editor
// adds an entry. Frames are screenshots; ImageMagick's `convert` joins them into docs/images/tour.gif.
// Also takes docs/images/metrics-workbench.png, the metrics panel in the workbench.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { examplesDir, openWorkbench } from '../test/support/workbench';
import { projectRoot } from '../test/support/vscodeHost';

const FILE = '2025-02-11-search-index-outage.md';
/** Debian's ImageMagick (`apt-get install imagemagick`). */
const CONVERT = '/usr/bin/convert';
/**
 * A finding whose quick fix removes the blame: a person's omission would only get suggestions, and `obviously` said of
 * what the evidence showed ("was obviously not on any dashboard") is no hindsight.
 */
const TYPED = 'The replica lag should obviously have been on a dashboard.';

async function main(): Promise<void> {
  const frames = mkdtempSync(join(tmpdir(), 'postmortem-tour-'));
  const workbench = await openWorkbench(examplesDir);
  const { page } = workbench;
  let count = 0;
  const frame = async (hold = 1): Promise<void> => {
    for (let i = 0; i < hold; i++)
      await page.screenshot({ path: join(frames, `frame-${String(count++).padStart(3, '0')}.png`) });
  };
  try {
    await page.keyboard.press('Control+Alt+B').catch(() => undefined);
    await workbench.openFile(FILE);
    await page.locator('.statusbar-item', { hasText: 'Postmortem' }).waitFor({ timeout: 30_000 });
    await frame(2);
    await goToLine(page, 47);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    for (const word of TYPED.split(' ')) {
      await page.keyboard.type(`${word} `, { delay: 30 });
      await frame();
    }
    await page.keyboard.press('ArrowLeft');
    // On a loaded machine the finding may take a while: the frames wait for its quick fix.
    await quickFixShown(page);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    await frame(3);
    await quickFixShown(page);
    await frame(4);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await frame(3);
    await workbench.runCommand('Postmortem: Open Timeline Editor');
    const timeline = await timelineFrame(page);
    await page.waitForTimeout(500);
    await frame(3);
    await timeline.locator('.add-now').click();
    await page.waitForTimeout(800);
    await page.keyboard.type('Replica lag alert added to the dashboard', { delay: 20 });
    await frame(2);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await frame(5);
    // The metrics panel, as a still for the README.
    await page.locator('.editor-group-container .view-lines').first().click();
    await workbench.runCommand('Postmortem: Show Metrics');
    await page.waitForTimeout(3000);
    await page.screenshot({ path: join(projectRoot, 'docs', 'images', 'metrics-workbench.png') });
  } finally {
    await workbench.close();
  }
  const output = join(projectRoot, 'docs', 'images', 'tour.gif');
  execFileSync(CONVERT, [
    '-delay',
    '70',
    '-loop',
    '0',
    join(frames, 'frame-*.png'),
    '-resize',
    '960x',
    '-layers',
    'Optimize',
    output,
  ]);
  rmSync(frames, { recursive: true, force: true });
  process.stdout.write(`${count} frames: ${output}\n`);
}

/** Asks for the quick fixes at the cursor until some are offered (the menu is left open). */
async function quickFixShown(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.keyboard.press('Control+.');
    // The menu closed once stays in the page, hidden.
    const shown = await page
      .locator('.action-widget >> visible=true')
      .first()
      .waitFor({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) return;
    await page.keyboard.press('Escape');
  }
  throw new Error('no quick fix was offered for the sentence typed');
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}`);
  await page.keyboard.press('Enter');
}

async function timelineFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 120; attempt++) {
    for (const candidate of page.frames()) {
      if (
        await candidate
          .locator('postmortem-timeline .row.entry')
          .count()
          .catch(() => 0)
      )
        return candidate;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the timeline editor did not open');
}

main().catch((error) => {
  process.stderr.write(`npm run capture: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
