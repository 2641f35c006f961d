// Show Metrics' webview page in Chromium, under its real Content-Security-Policy, with a stand-in
// for VS Code's webview API: the numbers of a metrics object the core computed, keyboard sorting,
// opening a postmortem, hostile text, themes.
import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceMetrics, type MetricsInput, type WorkspaceMetrics } from '../../src/core/metrics';
import type { MetricsHostMessage, MetricsWebviewMessage } from '../../src/core/metricsProtocol';
import { isVisible, THEMES } from '../support/themeColours';
import { artifactPath, projectRoot } from '../support/vscodeHost';
import { openWebviewPage, type WebviewPage } from '../support/webviewPage';

interface MetricsStandIn {
  readonly sent: MetricsWebviewMessage[];
  readonly violations: string[];
  deliver(message: MetricsHostMessage): void;
}

declare global {
  /** In the test page only. */
  var metricsStandIn: MetricsStandIn;
}

/** Runs in the page before its scripts: a stand-in for `acquireVsCodeApi()` that records what the page posts. */
function installStandIn(): void {
  const key = 'metricsStandIn.saved';
  const sent: unknown[] = [];
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
  );
  globalThis.acquireVsCodeApi = () => ({
    postMessage: (message: unknown) => void sent.push(message),
    getState: () => JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined,
    setState: (state: unknown) => sessionStorage.setItem(key, JSON.stringify(state)),
  });
  (globalThis as unknown as { metricsStandIn: unknown }).metricsStandIn = {
    sent,
    violations,
    deliver: (message: unknown) => window.postMessage(message, '*'),
  };
}

const MINUTE = 60_000;
const HOSTILE_TITLE = '<img src=x onerror=window.__pwned=1>';
const HOSTILE_TAG = '<script>window.__pwned=2</script>';

const durations = (detect?: number, mitigate?: number, resolve?: number) => ({
  timeToDetect: detect === undefined ? undefined : detect * MINUTE,
  timeToMitigate: mitigate === undefined ? undefined : mitigate * MINUTE,
  timeToResolve: resolve === undefined ? undefined : resolve * MINUTE,
});

const INPUTS: MetricsInput[] = [
  {
    path: 'postmortems/2025-03-02-checkout.md',
    title: 'Checkout API returned 503s',
    id: 'INC-7',
    date: '2025-03-02',
    severity: 'SEV1',
    status: 'published',
    tags: ['database', 'config-change'],
    services: ['checkout-api'],
    metrics: durations(11, 39, 148),
    causes: [],
    actionItems: [
      { status: 'open', owners: ['@alice'], due: '2025-01-01', completedOn: undefined, teams: [] },
      { status: 'open', owners: [], due: undefined, completedOn: undefined, teams: [] },
      { status: 'done', owners: ['@bob'], due: '2025-01-01', completedOn: undefined, teams: [] },
    ],
  },
  {
    path: 'postmortems/2025-01-20-login.md',
    title: 'Login returned errors',
    id: undefined,
    date: '2025-01-20',
    severity: 'SEV2',
    status: 'draft',
    tags: ['dns', 'database', HOSTILE_TAG],
    services: ['auth', 'checkout-api'],
    metrics: durations(5, 20),
    causes: [],
    actionItems: [{ status: 'open', owners: [], due: '2099-01-01', completedOn: undefined, teams: [] }],
  },
  {
    path: 'postmortems/2025-02-14-search.md',
    title: 'Search results were stale',
    id: undefined,
    date: '2025-02-14',
    severity: 'SEV2',
    status: 'in-review',
    tags: ['dns', HOSTILE_TAG],
    services: ['search'],
    metrics: durations(45),
    causes: [],
    actionItems: [],
  },
  {
    path: 'incidents/hostile.md',
    title: HOSTILE_TITLE,
    id: undefined,
    date: undefined,
    severity: undefined,
    status: 'draft',
    tags: [],
    services: [],
    metrics: durations(),
    causes: [],
    actionItems: [],
  },
];

const METRICS: WorkspaceMetrics = workspaceMetrics(INPUTS, '2025-06-01');

/** For the README's screenshots: the first three and a few more, without hostile text. */
const SHOWCASE: WorkspaceMetrics = workspaceMetrics(
  [
    ...INPUTS.slice(0, 3).map((input) => ({ ...input, tags: input.tags.filter((tag) => tag !== HOSTILE_TAG) })),
    {
      ...INPUTS[1]!,
      path: 'postmortems/2025-04-01-cache.md',
      title: 'Cache stampede saturated the database',
      date: '2025-04-01',
      severity: 'SEV2',
      status: 'published',
      tags: ['database', 'cache'],
      services: ['catalog'],
      metrics: durations(8, 25, 70),
    },
    {
      ...INPUTS[2]!,
      path: 'postmortems/2025-05-20-billing.md',
      title: 'Billing emails sent twice',
      date: '2025-05-20',
      severity: 'SEV3',
      status: 'draft',
      tags: ['config-change'],
      services: ['billing'],
      metrics: durations(30, 42, 95),
    },
    {
      ...INPUTS[0]!,
      path: 'postmortems/2024-12-05-queue.md',
      title: 'Order queue backlog',
      date: '2024-12-05',
      severity: 'SEV1',
      status: 'published',
      tags: ['capacity'],
      services: ['checkout-api', 'orders'],
      metrics: durations(3, 55, 210),
    },
  ],
  '2025-06-01',
);

describe('e2e: the Show Metrics webview in Chromium', () => {
  let metrics: WebviewPage;

  before(async () => {
    metrics = await openWebviewPage({
      bundle: 'metrics',
      title: 'Postmortem Metrics',
      element: 'postmortem-metrics',
      initScript: installStandIn,
      theme: 'dark',
      width: 1100,
      height: 900,
    });
  });

  after(async () => {
    await metrics?.close();
  });

  const sent = () => metrics.page.evaluate(() => metricsStandIn.sent);
  const texts = (selector: string) => metrics.page.locator(selector).allTextContents();
  const titles = () => texts('.postmortems tbody .open');

  /** A fresh page (its saved sort forgotten unless `keepState`) showing `shown`. */
  async function show(shown: WorkspaceMetrics, keepState = false): Promise<void> {
    if (!keepState) await metrics.page.evaluate(() => sessionStorage.clear());
    await metrics.page.reload();
    await metrics.page.waitForFunction(() => typeof metricsStandIn !== 'undefined' && metricsStandIn.sent.length > 0);
    await metrics.page.evaluate((message) => metricsStandIn.deliver(message), {
      type: 'metrics',
      metrics: shown,
    } satisfies MetricsHostMessage);
    await metrics.page.locator('.headline, .empty').first().waitFor();
  }

  it('asks for the numbers when it loads, and shows the totals, charts, durations and recurring values', async () => {
    await show(METRICS);
    assert.deepEqual(await sent(), [{ type: 'ready' }]);
    assert.deepEqual(await texts('.stat dt'), ['Postmortems', 'Open action items', 'Unowned', 'Overdue', 'Done']);
    assert.deepEqual(await texts('.stat-value'), ['4', '3', '2', '1', '1']);
    const charts = metrics.page.locator('.bar-chart');
    assert.equal(await charts.nth(0).getAttribute('role'), 'img');
    assert.equal(await charts.nth(0).getAttribute('aria-label'), 'Postmortems by severity: SEV1 1, SEV2 2, unknown 1');
    assert.equal(
      await charts.nth(1).getAttribute('aria-label'),
      'Postmortems by status: draft 2, in-review 1, published 1',
    );
    assert.deepEqual(await charts.nth(0).locator('.bar-count').allTextContents(), ['1', '2', '1']);
    const widths = await charts
      .nth(0)
      .locator('.bar')
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
    assert.equal(widths[1], 2 * widths[0]!, 'bars are as long as their counts');
    const durationRows = await metrics.page
      .locator('.durations tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
    assert.deepEqual(durationRows, [
      ['Time to detect', '11m', '45m', '3'],
      ['Time to mitigate', '29m 30s', '39m', '2'],
      ['Time to resolve', '2h 28m', '2h 28m', '1'],
    ]);
    assert.deepEqual(await texts('.recurring-list[aria-label="Recurring tags"] li'), [
      `${HOSTILE_TAG} 2 postmortems`,
      'database 2 postmortems',
      'dns 2 postmortems',
    ]);
    assert.deepEqual(await texts('.recurring-list[aria-label="Recurring services"] li'), [
      'checkout-api 2 postmortems',
    ]);
    const rows = await metrics.page
      .locator('.postmortems tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim())));
    assert.deepEqual(rows, [
      ['Checkout API returned 503s', '2025-03-02', 'SEV1', 'published', '11m', '39m', '2h 28m', '2', 'no'],
      ['Search results were stale', '2025-02-14', 'SEV2', 'in-review', '45m', '—', '—', '0', '—'],
      ['Login returned errors', '2025-01-20', 'SEV2', 'draft', '5m', '20m', '—', '1', 'no'],
      [HOSTILE_TITLE, '—', 'unknown', 'draft', '—', '—', '—', '0', '—'],
    ]);
  });

  it('sorts the table by any column from the keyboard, and keeps the order when shown again', async () => {
    await show(METRICS);
    const { page } = metrics;
    const ariaSort = (column: string) => page.locator(`th.col-${column}`).getAttribute('aria-sort');
    assert.equal(await ariaSort('date'), 'descending', 'the host’s order: the latest first');
    await page.locator('button.sort[data-column="severity"]').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await titles(), [
      'Checkout API returned 503s',
      'Search results were stale',
      'Login returned errors',
      HOSTILE_TITLE,
    ]);
    assert.deepEqual([await ariaSort('severity'), await ariaSort('date')], ['ascending', 'none']);
    await page.keyboard.press('Enter');
    assert.deepEqual(await titles(), [
      HOSTILE_TITLE,
      'Search results were stale',
      'Login returned errors',
      'Checkout API returned 503s',
    ]);
    assert.equal(await ariaSort('severity'), 'descending');
    // Tab to the next columns: Status, then Detect; Space sorts too. Rows without a value stay last.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-column')), 'timeToDetect');
    await page.keyboard.press('Space');
    assert.deepEqual(await titles(), [
      'Login returned errors',
      'Checkout API returned 503s',
      'Search results were stale',
      HOSTILE_TITLE,
    ]);
    await page.keyboard.press('Space');
    assert.deepEqual(await titles(), [
      'Search results were stale',
      'Checkout API returned 503s',
      'Login returned errors',
      HOSTILE_TITLE,
    ]);
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.equal(focusRing, 'solid', 'the focused header shows a focus ring');
    await show(METRICS, true);
    assert.equal(await ariaSort('timeToDetect'), 'descending');
    assert.deepEqual(await titles(), [
      'Search results were stale',
      'Checkout API returned 503s',
      'Login returned errors',
      HOSTILE_TITLE,
    ]);
  });

  it('asks the host to open a postmortem from its title, and to refresh', async () => {
    await show(METRICS);
    const { page } = metrics;
    await page.locator('.postmortems .open', { hasText: 'Login returned errors' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('vscode-button.refresh').click();
    assert.deepEqual(await sent(), [
      { type: 'ready' },
      { type: 'open', path: 'postmortems/2025-01-20-login.md' },
      { type: 'refresh' },
    ]);
  });

  it('renders hostile titles and values as text and runs nothing', async () => {
    const { page } = metrics;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = workspaceMetrics(
      [
        {
          ...INPUTS[3]!,
          severity: '</text><script>window.__pwned=3</script>',
          status: '<b>bold?</b>',
          tags: [HOSTILE_TAG],
          services: ['<style>body{display:none}</style>'],
        },
        { ...INPUTS[2]!, services: ['<style>body{display:none}</style>'] },
      ],
      '2025-06-01',
    );
    await show(hostile);
    assert.deepEqual(await titles(), ['Search results were stale', HOSTILE_TITLE]);
    assert.match((await page.locator('.bar-chart').first().getAttribute('aria-label')) ?? '', /<\/text><script>/);
    assert.deepEqual(await texts('.recurring-list[aria-label="Recurring services"] .recurring-name'), [
      '<style>body{display:none}</style>',
    ]);
    assert.equal(
      await page
        .locator('postmortem-metrics script, postmortem-metrics img, postmortem-metrics b, postmortem-metrics style')
        .count(),
      0,
    );
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
    assert.deepEqual(await page.evaluate(() => metricsStandIn.violations), []);
  });

  it('says so when the workspace has no postmortems', async () => {
    await show(workspaceMetrics([], '2025-06-01'));
    assert.equal(
      await metrics.page.locator('.empty[role="status"]').textContent(),
      'No postmortems in this workspace yet.',
    );
  });

  it('follows the light, dark and high-contrast theme classes', async () => {
    await show(METRICS);
    const colours = (): Promise<Record<string, string>> =>
      metrics.page.evaluate(() => {
        const style = (selector: string): CSSStyleDeclaration => getComputedStyle(document.querySelector(selector)!);
        return {
          background: style('body').backgroundColor,
          text: style('.stat dt').color,
          bar: style('.bar').fill,
          link: style('button.open').color,
          statBorder: style('.stat').borderTopColor,
        };
      });
    await metrics.setTheme('dark');
    const dark = await colours();
    await metrics.setTheme('light');
    const light = await colours();
    await metrics.setTheme('high-contrast');
    const contrast = await colours();
    await metrics.setTheme('high-contrast-light');
    const contrastLight = await colours();
    await metrics.setTheme('dark');
    assert.deepEqual(dark, {
      background: 'rgb(31, 31, 31)',
      text: 'rgb(157, 157, 157)',
      bar: 'rgb(89, 164, 249)',
      link: 'rgb(77, 170, 252)',
      statBorder: 'rgb(49, 49, 49)',
    });
    assert.deepEqual(light, {
      background: 'rgb(255, 255, 255)',
      text: 'rgb(59, 59, 59)',
      bar: 'rgb(0, 99, 211)',
      link: 'rgb(0, 95, 184)',
      statBorder: 'rgb(229, 229, 229)',
    });
    assert.equal(contrast.statBorder, 'rgb(111, 195, 223)', 'high contrast draws the borders');
    assert.equal(contrastLight.statBorder, 'rgb(15, 74, 133)', 'high contrast light draws the borders');
  });

  it('fills every bar with a visible colour of its own in all four kinds of theme', async () => {
    await show(SHOWCASE);
    for (const theme of THEMES) {
      await metrics.setTheme(theme);
      const { fills, background } = await metrics.page.evaluate(() => ({
        fills: [...document.querySelector('.bar-chart')!.querySelectorAll('.bar')].map(
          (bar) => getComputedStyle(bar).fill,
        ),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      assert.ok(fills.length >= 3, `the chart has ${fills.length} bars`);
      for (const fill of fills) assert.ok(isVisible(fill, background), `a bar in ${theme} is ${fill} on ${background}`);
      assert.equal(
        new Set(fills).size,
        fills.length,
        `the bars in ${theme} have colours of their own: ${fills.join(', ')}`,
      );
    }
    await metrics.setTheme('dark');
  });

  it('fits a panel down to 220 px: no sideways scrolling, chart text at full size, values under names', async () => {
    const { page } = metrics;
    await show(SHOWCASE);
    const labelHeights = new Set<number>();
    for (const width of [220, 360, 520, 720, 1100]) {
      await page.setViewportSize({ width, height: 900 });
      // The charts shorten their bars, never their text.
      for (const height of await page
        .locator('.bar-label')
        .evaluateAll((labels) => labels.map((label) => Math.round(label.getBoundingClientRect().height))))
        labelHeights.add(height);
      const overflow = await page.evaluate(() => {
        const right = document.documentElement.clientWidth;
        const scroller = document.querySelector('.table-scroll')!;
        return {
          width: right,
          page: document.documentElement.scrollWidth - right,
          table: scroller.scrollWidth - scroller.clientWidth,
          past: [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > right + 0.5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
            .slice(0, 5),
        };
      });
      if (width === 220) await page.screenshot({ path: artifactPath('metrics-220px.png'), fullPage: true });
      assert.deepEqual(overflow, { width: overflow.width, page: 0, table: 0, past: [] });
    }
    assert.equal(labelHeights.size, 1, `the chart labels are ${[...labelHeights].join(', ')} px high`);
    await page.setViewportSize({ width: 520, height: 900 });
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.postmortems tbody tr:first-child td')].map(
        (cell) => getComputedStyle(cell, '::before').content,
      ),
    );
    assert.deepEqual(labels, [
      '"Date"',
      '"Severity"',
      '"Status"',
      '"Detect"',
      '"Mitigate"',
      '"Resolve"',
      '"Open items"',
      '"Items closed"',
    ]);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  // UPDATE_DOCS_IMAGES=1 writes them to docs/images for the README.
  it('takes screenshots in the light and dark themes', async () => {
    const { page } = metrics;
    await page.setViewportSize({ width: 1100, height: 760 });
    await show(SHOWCASE);
    await page.mouse.move(0, 0);
    for (const theme of ['light', 'dark'] as const) {
      await metrics.setTheme(theme);
      const path = artifactPath(`metrics-${theme}.png`);
      await page.screenshot({ path });
      if (process.env['UPDATE_DOCS_IMAGES'])
        copyFileSync(path, join(projectRoot, 'docs', 'images', `metrics-${theme}.png`));
    }
    for (const theme of ['high-contrast', 'high-contrast-light'] as const) {
      await metrics.setTheme(theme);
      await page.screenshot({ path: artifactPath(`metrics-${theme}.png`) });
    }
    await page.setViewportSize({ width: 520, height: 900 });
    await metrics.setTheme('dark');
    await page.screenshot({ path: artifactPath('metrics-narrow-dark.png'), fullPage: true });
  });
});
