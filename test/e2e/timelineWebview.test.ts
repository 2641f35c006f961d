// The timeline editor's webview page in Chromium, under its real Content-Security-Policy, with a
// stand-in for VS Code's webview API: rendering, keyboard-only editing, paste import, themes,
// hostile entries. The view models come from the core, as the host makes them.
import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { timelineEdits } from '../../src/core/timeline/edits';
import { parsePasted } from '../../src/core/timeline/paste';
import type { HostMessage, TimelineIntent, TimelineViewModel, WebviewMessage } from '../../src/core/timeline/protocol';
import { timelineView } from '../../src/core/timeline/view';
import { isVisible, THEMES } from '../support/themeColours';
import { openTimelinePage, type TimelinePage } from '../support/timelinePage';
import { syntheticPostmortem } from '../support/syntheticPostmortem';
import { artifactPath, projectRoot } from '../support/vscodeHost';

const INCIDENT = `---
type: postmortem
title: Checkout API returned 503s
date: 2025-01-05
timezone: UTC
---

# Checkout API returned 503s

## Summary

Checkout returned 503s for 40 minutes after a connection-pool change.

## Timeline

- 13:52 UTC — Config PR #8812 merged after review
- 14:02 UTC — Deploy of the config change starts [started]
- 14:11 UTC — Burn-rate alert pages the checkout on-call [detected]
- 14:09 UTC — Rollout reaches 100% of pods in both regions
- 25:70 UTC — Dashboards checked by the incident commander
- 14:41 UTC — Rollback fully deployed; 503 rate back under 0.1% [mitigated]
- 16:30 UTC — Reconciliation of failed orders finished [resolved]

## Root Cause

The shared configuration file dropped the pool size, and nothing checked the rendered value.
`;

const HOSTILE = `---
title: "<img src=x onerror=window.__pwned=2>"
date: 2025-01-05
timezone: UTC
---

# Hostile entries

## Timeline

- 14:00 UTC — <script>window.__pwned=3; alert(1)</script> ran nowhere
- 14:05 UTC — <img src=x onerror=window.__pwned=1> stayed text
- 14:10 UTC — [a link](javascript:alert(1)) and javascript:alert(1)
- 14:15 UTC — </style><style>body{display:none}</style> <b>bold?</b>
`;

const HOSTILE_TEXTS = [
  '<script>window.__pwned=3; alert(1)</script> ran nowhere',
  '<img src=x onerror=window.__pwned=1> stayed text',
  '[a link](javascript:alert(1)) and javascript:alert(1)',
  '</style><style>body{display:none}</style> <b>bold?</b>',
];

const NO_TIMELINE = `---
title: Cache stampede
---

# Cache stampede

## Summary

The cache expired everywhere at once.
`;

const CHAT = `[14:20] alice: restarted the primary
[14:22] bob: replica lag back under 1 s

random chatter without a time
2025-01-05T14:30:00Z INFO checkout-api error rate back to baseline
`;

const config = { config: DEFAULT_CONFIG };

function viewOf(text: string, version: number): TimelineViewModel {
  return timelineView(analyze(text, { ...config, path: 'incident.postmortem.md', force: true }), version);
}

/** What the host does with an intent: the document's text afterwards. */
function applyIntent(text: string, intent: TimelineIntent): string {
  const result = timelineEdits(parsePostmortem(text, config), intent, Date.UTC(2025, 0, 5, 15, 0));
  assert.ok(
    !('refused' in result),
    `the core refused ${JSON.stringify(intent)}: ${'refused' in result ? result.refused : ''}`,
  );
  return applyEdits(text, result.edits);
}

describe('e2e: the timeline webview in Chromium', () => {
  let timeline: TimelinePage;

  before(async () => {
    timeline = await openTimelinePage({ theme: 'dark', width: 1280, height: 760 });
  });

  after(async () => {
    await timeline?.close();
  });

  /** A fresh page showing `view`, with the state saved by the last page unless `keepState`. */
  async function show(view: TimelineViewModel, keepState = false): Promise<void> {
    if (!keepState) await timeline.page.evaluate(() => timelineStandIn.forget());
    await timeline.page.reload();
    await timeline.page.waitForFunction(
      () => typeof timelineStandIn !== 'undefined' && timelineStandIn.sent.length > 0,
    );
    await timeline.deliver({ type: 'state', view });
    await timeline.page.locator('.grid, .no-section').first().waitFor();
  }

  /** The messages posted after the `ready` and after `since` earlier ones. */
  async function sentAfter(since: number): Promise<WebviewMessage[]> {
    return (await timeline.sent()).slice(since);
  }

  async function waitForSent(count: number): Promise<WebviewMessage[]> {
    await timeline.page.waitForFunction((expected) => timelineStandIn.sent.length >= expected, count);
    return timeline.sent();
  }

  async function deliver(message: HostMessage): Promise<void> {
    await timeline.deliver(message);
  }

  it('says it is ready, then renders the rows, problems, metrics and axis of a state', async () => {
    const view = viewOf(INCIDENT, 1);
    await show(view);
    const { page } = timeline;
    assert.deepEqual((await timeline.sent())[0], { type: 'ready' });
    assert.equal(await page.locator('.entry').count(), view.rows.length);
    const rows = page.locator('.entry');
    for (const [index, row] of view.rows.entries()) {
      assert.equal(await rows.nth(index).locator('.time').textContent(), row.timeText);
      assert.equal(await rows.nth(index).locator('.description').textContent(), row.description);
      const problems = await rows.nth(index).locator('.problem').allTextContents();
      assert.deepEqual(
        problems.map((text) => text.replace(/^\S+\s+/, '')),
        row.problems.map((problem) => problem.message),
        `the problems of row ${index + 1} are the diagnostics' wording`,
      );
    }
    assert.ok(
      view.rows.some((row) => row.problems.some((problem) => problem.severity === 'error')),
      'the fixture has an error',
    );
    assert.ok(
      view.rows.some((row) => row.problems.some((problem) => problem.severity === 'warning')),
      'the fixture has a warning',
    );
    assert.equal(await rows.nth(1).locator('.instant').textContent(), '2025-01-05 14:02');
    assert.equal(await page.locator('.entry .badge.milestone-detected').count(), 1);
    assert.deepEqual(await page.locator('.metric dd').allTextContents(), ['9m', '39m', '2h 28m']);
    const axis = page.locator('svg.axis');
    assert.equal(await axis.getAttribute('role'), 'img');
    const summary = (await axis.getAttribute('aria-label')) ?? '';
    assert.match(summary, /Milestones: started at 14:02, detected at 14:11, mitigated at 14:41, resolved at 16:30/);
    assert.match(summary, /Quiet gaps: 1h 49m after 14:41/);
    assert.equal(await axis.locator('line.tick').count(), view.rows.filter((row) => row.instant !== null).length);
    assert.equal(await axis.locator('circle.milestone').count(), 4);
    assert.equal(await axis.locator('rect.gap').count(), view.gaps.length);
    assert.deepEqual(await timeline.violations(), []);
  });

  it('says why the metrics it cannot compute are not shown', async () => {
    const withoutStart = INCIDENT.replace(' [started]', '');
    assert.notEqual(withoutStart, INCIDENT, 'the fixture marks an entry [started]');
    await show(viewOf(withoutStart, 1));
    const { page } = timeline;
    assert.deepEqual(await page.locator('.metric dd').allTextContents(), ['—', '—', '—']);
    assert.equal(
      await page.locator('.metrics-note').textContent(),
      'Not computed: no entry is marked [started].',
      'one reason, said once for the three metrics',
    );
    await page.screenshot({ path: artifactPath('timeline-unknown-metrics.png') });
    await show(viewOf(INCIDENT, 2));
    assert.equal(await page.locator('.metrics-note').count(), 0, 'no note when every metric is known');
  });

  it('says why a time has no instant, and shows the problems of the timeline as a whole', async () => {
    const pasted = ['# Checkout latency', '', '## Timeline', '', '- 9:02 AM deploy starts', '- 25:70 checked', ''];
    await show(viewOf(pasted.join('\n'), 1));
    const { page } = timeline;
    assert.deepEqual(
      (await page.locator('.entry .instant').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
      ['— no date for this time; no time zone in scope', '—'],
      'the reason where no problem of the row gives it',
    );
    const problems = await page.locator('.section-problems li').allTextContents();
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!.replace(/\s+/g, ' '),
      /^⚠ No time zone for the timeline entry in "Timeline": name it in the heading/,
    );
    await page.screenshot({ path: artifactPath('timeline-section-problems.png') });
    await show(viewOf(INCIDENT, 2));
    assert.equal(await page.locator('.section-problems').count(), 0, "none when every problem is an entry's");
  });

  it('shows instants in the document zone, in UTC or locally', async () => {
    const text = INCIDENT.replace('timezone: UTC', 'timezone: "+02:00"').replace(/ UTC —/g, ' —');
    const view = viewOf(text, 1);
    assert.equal(view.documentZone, '+02:00');
    await show(view);
    const { page } = timeline;
    const instant = page.locator('.entry').nth(1).locator('.instant');
    assert.equal(await instant.textContent(), '2025-01-05 14:02');
    await page.locator('.zone-select').evaluate((select: HTMLSelectElement) => {
      select.value = 'utc';
      select.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(
      () => document.querySelectorAll('.entry .instant')[1]?.textContent === '2025-01-05 12:02',
    );
    assert.equal(
      await page
        .locator('.row.head')
        .textContent()
        .then((header) => header?.includes('Instant (UTC)')),
      true,
    );
    assert.equal((await page.evaluate(() => timelineStandIn.saved))?.zoneMode, 'utc');
  });

  it('names the document zone as written, and says why an entry out of order has no instant', async () => {
    const pacific = ['# Billing export', '', '## Timeline', '', 'All times PST.', '', '- 09:40 Alert', '- 09:20 Stall'];
    await show(viewOf(pacific.join('\n'), 1));
    const { page } = timeline;
    const options = await page.locator('.zone-select vscode-option').allTextContents();
    assert.equal(options[0]?.trim(), 'Document zone (PST)');
    assert.match((await page.locator('.row.head .instant').textContent()) ?? '', /Instant \(PST\)/);
    const stall = page.locator('.entry').nth(1);
    assert.match((await stall.locator('.problems').textContent()) ?? '', /earlier than the entry before it/);
    assert.equal(
      (await stall.locator('.instant').textContent())?.replace(/\s+/g, ' ').trim(),
      '— no date for this time',
      'the order problem beside it does not say why it has no instant',
    );
  });

  it('edits, deletes, adds and undoes from the keyboard alone', async () => {
    let text = INCIDENT;
    let view = viewOf(text, 1);
    await show(view);
    const { page } = timeline;
    const focusedRowId = (): Promise<string | undefined> =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id']);
    for (let presses = 0; presses < 12 && (await focusedRowId()) === undefined; presses++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedRowId(), view.rows[0]!.id, 'Tab reaches the first entry');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedRowId(), view.rows[1]!.id);
    assert.equal(await page.locator('.entry.selected').getAttribute('aria-selected'), 'true');

    let sent = (await timeline.sent()).length;
    await page.keyboard.press('Enter');
    await page.locator('.entry .edit-time').waitFor();
    await page.keyboard.type('14:03 UTC');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Deploy of PR #8812 starts');
    await page.keyboard.press('Enter');
    const [edit] = (await waitForSent(sent + 1)).slice(sent);
    assert.deepEqual(edit, {
      type: 'edit',
      version: 1,
      id: view.rows[1]!.id,
      time: '14:03 UTC',
      description: 'Deploy of PR #8812 starts',
    });
    assert.equal(await focusedRowId(), view.rows[1]!.id, 'focus is back on the entry');

    // The host answers with the edited document; the selection stays in place.
    text = applyIntent(text, edit as TimelineIntent);
    view = viewOf(text, 2);
    assert.equal(view.rows[1]!.description, 'Deploy of PR #8812 starts');
    await deliver({ type: 'state', view });
    await page.waitForFunction(
      (id) => (document.activeElement as HTMLElement | null)?.dataset['id'] === id,
      view.rows[1]!.id,
    );

    // Escape leaves an edit without sending anything.
    sent = (await timeline.sent()).length;
    await page.keyboard.press('Enter');
    await page.locator('.entry .edit-time').waitFor();
    await page.keyboard.type('09:99');
    await page.keyboard.press('Escape');
    await page.locator('.entry .edit-time').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.entry').nth(1).locator('.time').textContent(), '14:03 UTC');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    const [deletion] = (await waitForSent(sent + 1)).slice(sent);
    assert.deepEqual(deletion, { type: 'delete', version: 2, id: view.rows[2]!.id });
    text = applyIntent(text, deletion as TimelineIntent);
    view = viewOf(text, 3);
    await deliver({ type: 'state', view });
    await page.waitForFunction((count) => document.querySelectorAll('.entry').length === count, view.rows.length);

    // Undo and redo outside a text field go to the host, and not also to VS Code's frame (a
    // listener on the window), which would forward them to the workbench.
    await page.evaluate(() =>
      window.addEventListener(
        'keydown',
        (event) => /^[zy]$/i.test(event.key) && document.body.setAttribute('data-leaked', event.key),
      ),
    );
    sent = (await timeline.sent()).length;
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Y');
    assert.deepEqual(await sentAfter(sent), [{ type: 'undo' }, { type: 'redo' }, { type: 'redo' }]);
    assert.equal(await page.locator('body').getAttribute('data-leaked'), null);

    // Add now: the new entry is selected and its description is ready for typing.
    sent = (await timeline.sent()).length;
    await page.locator('.add-now').focus();
    await page.keyboard.press('Enter');
    const [add] = (await waitForSent(sent + 1)).slice(sent);
    assert.deepEqual(add, {
      type: 'add',
      version: 3,
      afterId: null,
      entry: { time: null, description: '', milestone: null },
    });
    const before = new Set(view.rows.map((row) => row.id));
    text = applyIntent(text, add as TimelineIntent);
    view = viewOf(text, 4);
    const added = view.rows.find((row) => !before.has(row.id))!;
    await deliver({ type: 'state', view });
    await page.locator(`.entry[data-id="${added.id}"] .edit-description`).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('edit-description'));
    sent = (await timeline.sent()).length;
    await page.keyboard.press('Control+Z');
    await page.keyboard.type('Paged the database team');
    await page.keyboard.press('Enter');
    const messages = (await waitForSent(sent + 1)).slice(sent);
    assert.deepEqual(
      messages,
      [{ type: 'edit', version: 4, id: added.id, description: 'Paged the database team' }],
      'Ctrl+Z inside a field is the field’s own',
    );
    assert.deepEqual(await timeline.violations(), []);
  });

  it(
    'keeps what is typed into an entry while another entry changes, and sends it against the ' + 'new version',
    async () => {
      const text = INCIDENT;
      const view = viewOf(text, 1);
      await show(view);
      const { page } = timeline;
      await page.locator('.entry').nth(1).dblclick();
      await page.waitForFunction(() => document.activeElement?.classList.contains('edit-description'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Deploy starts');
      // Someone else edits another entry meanwhile.
      const changed = viewOf(
        applyIntent(text, { type: 'edit', version: 1, id: view.rows[4]!.id, description: 'Dashboards checked' }),
        2,
      );
      await deliver({ type: 'state', view: changed });
      await page.waitForFunction(
        () => document.querySelectorAll('.entry .description')[4]?.textContent === 'Dashboards checked',
      );
      const sent = (await timeline.sent()).length;
      await page.keyboard.press('Enter');
      assert.deepEqual((await waitForSent(sent + 1)).slice(sent), [
        { type: 'edit', version: 2, id: view.rows[1]!.id, description: 'Deploy starts' },
      ]);
    },
  );

  it('keeps its zone, selection and scroll position when shown again', async () => {
    const view = viewOf(syntheticPostmortem(300), 1);
    await show(view);
    const { page } = timeline;
    await page.locator('.zone-select').evaluate((select: HTMLSelectElement) => {
      select.value = 'local';
      select.dispatchEvent(new Event('change'));
    });
    await page.locator('.entry').nth(30).click();
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.waitForFunction(() => timelineStandIn.saved?.scrollTop === 600);
    assert.deepEqual(await page.evaluate(() => timelineStandIn.saved), {
      zoneMode: 'local',
      selectedId: view.rows[30]!.id,
      scrollTop: 600,
    });
    await show(view, true);
    // Scroll anchoring may move it by a few pixels as the rows off screen get their real heights.
    await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 60);
    assert.equal(await page.locator('.entry.selected').getAttribute('data-id'), view.rows[30]!.id);
    assert.equal(await page.locator('.zone-select').evaluate((select: HTMLSelectElement) => select.value), 'local');
  });

  it('shows refusals in the status line', async () => {
    await show(viewOf(INCIDENT, 1));
    const reason = 'That entry changed or was removed meanwhile (the document was edited); nothing was changed.';
    await deliver({ type: 'refused', reason });
    const status = timeline.page.locator('[role="status"]');
    await status.filter({ hasText: reason }).waitFor();
    assert.equal(await status.getAttribute('aria-live'), 'polite');
  });

  it('previews a pasted chat excerpt and imports it after the selected entry', async () => {
    const view = viewOf(INCIDENT, 1);
    await show(view);
    const { page } = timeline;
    await page.locator('.entry').nth(5).click();
    const pasted = parsePasted(CHAT);
    assert.equal(pasted.entries.length, 3);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, CHAT);
    const preview = page.locator('.paste-preview li');
    await preview.first().waitFor();
    assert.equal(await preview.count(), 3);
    assert.match((await page.locator('.paste-summary').textContent()) ?? '', /3 entries found, 1 line skipped/);
    const sent = (await timeline.sent()).length;
    await page.locator('.paste-add').focus();
    await page.keyboard.press('Enter');
    const [imported] = (await waitForSent(sent + 1)).slice(sent);
    assert.deepEqual(imported, { type: 'import', version: 1, afterId: view.rows[5]!.id, entries: pasted.entries });
    await page.locator('.paste').waitFor({ state: 'detached' });
    const after = viewOf(applyIntent(INCIDENT, imported as TimelineIntent), 2);
    assert.equal(after.rows.length, view.rows.length + 3);

    // Or typed into the Paste log… box; Escape closes it.
    await page.locator('.paste-open').click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('paste-text'));
    await page.keyboard.type('10:32 AM carol: failed over to the replica');
    await page.locator('.paste-preview li').filter({ hasText: 'failed over to the replica' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.paste').waitFor({ state: 'detached' });
  });

  it('names for a screen reader the fields that take the focus: time, description, paste box, zone', async () => {
    await show(viewOf(INCIDENT, 1));
    const { page } = timeline;
    /** The accessible name of the element that has the focus, inside the shadow roots of the controls. */
    const focusedName = (): Promise<string | null> =>
      page.evaluate(() => {
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        return focused?.getAttribute('aria-label') ?? null;
      });
    assert.equal(await page.getByRole('combobox', { name: 'Show times in' }).count(), 1);
    await page.locator('.entry').nth(1).click();
    await page.keyboard.press('Enter');
    await page.locator('.entry .edit-time').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('edit-time'));
    assert.equal(await focusedName(), 'Time as written');
    assert.equal(await page.getByRole('textbox', { name: 'Time as written' }).count(), 1);
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(), 'Description');
    await page.keyboard.press('Escape');
    await page.locator('.paste-open').click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('paste-text'));
    assert.equal(await focusedName(), 'Chat or log excerpt');
    await page.keyboard.press('Escape');
  });

  it('offers to create a missing Timeline section', async () => {
    await show(viewOf(NO_TIMELINE, 7));
    const { page } = timeline;
    const sent = (await timeline.sent()).length;
    await page.locator('.create-section').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await waitForSent(sent + 1)).slice(sent), [{ type: 'createSection', version: 7 }]);
  });

  it('follows the light, dark and high-contrast theme classes', async () => {
    await show(viewOf(INCIDENT, 1));
    const { page } = timeline;
    const colours = (): Promise<Record<string, string>> =>
      page.evaluate(() => {
        const style = (selector: string): CSSStyleDeclaration => getComputedStyle(document.querySelector(selector)!);
        return {
          background: style('body').backgroundColor,
          text: style('.entry .description').color,
          error: style('.problem.error').color,
          rowBorder: style('.entry').borderBottomColor,
        };
      });
    await timeline.setTheme('dark');
    const dark = await colours();
    await timeline.setTheme('light');
    const light = await colours();
    await timeline.setTheme('high-contrast');
    const contrast = await colours();
    await timeline.setTheme('high-contrast-light');
    const contrastLight = await colours();
    assert.deepEqual(dark, {
      background: 'rgb(31, 31, 31)',
      text: 'rgb(204, 204, 204)',
      error: 'rgb(248, 81, 73)',
      rowBorder: 'rgba(0, 0, 0, 0)',
    });
    assert.deepEqual(light, {
      background: 'rgb(255, 255, 255)',
      text: 'rgb(59, 59, 59)',
      error: 'rgb(248, 81, 73)',
      rowBorder: 'rgba(0, 0, 0, 0)',
    });
    assert.equal(contrast.rowBorder, 'rgb(111, 195, 223)', 'high contrast draws the rows’ borders');
    assert.equal(contrastLight.rowBorder, 'rgb(15, 74, 133)', 'high contrast light draws the rows’ borders');
    await timeline.setTheme('dark');
  });

  it('gives every milestone its own visible colour in all four kinds of theme', async () => {
    await show(viewOf(INCIDENT, 1));
    const { page } = timeline;
    for (const theme of THEMES) {
      await timeline.setTheme(theme);
      const seen = await page.evaluate(() =>
        ['started', 'detected', 'mitigated', 'resolved'].map((milestone) => {
          const badge = document.querySelector(`.entry .badge.milestone-${milestone}`)!;
          return {
            milestone,
            dot: getComputedStyle(document.querySelector(`circle.milestone-${milestone}`)!).fill,
            badgeDot: getComputedStyle(badge, '::before').backgroundColor,
            badgeBorder: getComputedStyle(badge).borderTopColor,
            badgeBorderWidth: getComputedStyle(badge).borderTopWidth,
            background: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      for (const { milestone, dot, badgeDot, badgeBorder, badgeBorderWidth, background } of seen) {
        const where = `${milestone} in ${theme}`;
        assert.ok(isVisible(dot, background), `the axis dot of ${where} is ${dot} on ${background}`);
        assert.equal(badgeDot, dot, `the badge's dot of ${where} has the axis dot's colour`);
        assert.equal(badgeBorder, dot, `the badge's pill of ${where} has the axis dot's colour`);
        assert.equal(badgeBorderWidth, '1px', `the badge of ${where} keeps its pill`);
      }
      assert.equal(
        new Set(seen.map(({ dot }) => dot)).size,
        seen.length,
        `the milestones in ${theme} have four colours: ${seen.map(({ dot }) => dot).join(', ')}`,
      );
    }
    await timeline.setTheme('dark');
  });

  it('reads from 220 px to full width with nothing cut off or overlapping and no sideways scrolling', async () => {
    const { page } = timeline;
    const view = viewOf(INCIDENT, 1);
    try {
      for (const width of [220, 280, 360, 400, 520, 640, 760, 1000]) {
        await page.setViewportSize({ width, height: 760 });
        await show(view);
        await page.locator('.entry').nth(2).click();
        await page.locator('.entry.selected .milestone-select').waitFor();
        const seen = await page.evaluate(() => {
          const right = document.documentElement.clientWidth;
          const outside = [...document.querySelectorAll('postmortem-timeline *')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.width > 0 && (box.left < -0.5 || box.right > right + 0.5);
            })
            .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
          const labels = [...document.querySelectorAll('.axis .milestone-label, .axis .axis-end')].map((label) =>
            label.getBoundingClientRect(),
          );
          const overlapping = labels.some((a, i) =>
            labels.some(
              (b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
            ),
          );
          return { scroll: document.documentElement.scrollWidth - right, outside, overlapping };
        });
        assert.deepEqual(seen, { scroll: 0, outside: [], overlapping: false }, `at ${width} px`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 760 });
    }
  });

  it('keeps every control in reach of the keyboard at 280 px', async () => {
    const { page } = timeline;
    const view = viewOf(INCIDENT, 1);
    try {
      await page.setViewportSize({ width: 280, height: 760 });
      await show(view);
      await page.locator('.entry').nth(2).click();
      await page.locator('.entry.selected .milestone-select').waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let presses = 0; presses < 20; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          const box = element?.getBoundingClientRect();
          return element && box
            ? {
                name: element.classList[0] ?? element.tagName,
                inside: box.left >= 0 && box.right <= document.documentElement.clientWidth,
              }
            : null;
        });
        if (!focused || reached.includes(focused.name)) break;
        assert.ok(focused.inside, `${focused.name} is on screen when focused`);
        reached.push(focused.name);
      }
      for (const control of [
        'add-now',
        'add-after',
        'sort',
        'paste-open',
        'zone-select',
        'row',
        'milestone-select',
        'edit',
        'reveal',
        'delete',
      ]) {
        assert.ok(reached.includes(control), `Tab reaches ${control} (reached ${reached.join(', ')})`);
      }
      await page.locator('.entry.selected').focus();
      await page.keyboard.press('Enter');
      for (const field of ['.edit-time', '.edit-description']) {
        const box = (await page.locator(`.entry ${field}`).boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= 280, `${field} fits the width: ${JSON.stringify(box)}`);
      }
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 760 });
    }
  });

  it('renders hostile entries as text and runs nothing', async () => {
    const { page } = timeline;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The core drops some of the markup from descriptions; the page must cope with any string.
    const parsed = viewOf(HOSTILE, 1);
    assert.equal(parsed.rows.length, HOSTILE_TEXTS.length);
    const view = {
      ...parsed,
      rows: parsed.rows.map((row, index) => ({
        ...row,
        description: HOSTILE_TEXTS[index]!,
        problems: [{ ruleId: 'timeline-order', severity: 'warning' as const, message: HOSTILE_TEXTS[index]! }],
      })),
    };
    await show(view);
    assert.deepEqual(await page.locator('.entry .description').allTextContents(), HOSTILE_TEXTS);
    assert.deepEqual(
      await page.locator('.entry .problem').allTextContents(),
      HOSTILE_TEXTS.map((text) => `⚠ ${text}`),
    );
    assert.equal(await page.locator('.title').textContent(), '<img src=x onerror=window.__pwned=2>');
    await show(parsed);
    assert.deepEqual(
      await page.locator('.entry .description').allTextContents(),
      parsed.rows.map((row) => row.description),
    );
    assert.equal(
      await page
        .locator(
          'postmortem-timeline script, postmortem-timeline img, postmortem-timeline a, ' +
            'postmortem-timeline b, postmortem-timeline style',
        )
        .count(),
      0,
    );
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, '[14:20] alice: <img src=y onerror=window.__pwned=4> pasted\n');
    await page.locator('.paste-preview li').first().waitFor();
    assert.equal(await page.locator('.paste-preview img').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
    assert.deepEqual(await timeline.violations(), []);
  });

  // UPDATE_DOCS_IMAGES=1 writes them to docs/images for the README.
  it('takes screenshots in every kind of theme, from 280 px to full width', async () => {
    const { page } = timeline;
    await page.setViewportSize({ width: 1200, height: 620 });
    await show(viewOf(INCIDENT, 1));
    await page.locator('.entry').nth(3).click();
    await page.mouse.move(0, 0);
    for (const theme of ['light', 'dark'] as const) {
      await timeline.setTheme(theme);
      const path = artifactPath(`timeline-${theme}.png`);
      await page.screenshot({ path });
      if (process.env['UPDATE_DOCS_IMAGES'])
        copyFileSync(path, join(projectRoot, 'docs', 'images', `timeline-${theme}.png`));
    }
    // In a narrow editor group, beside a text editor and in full width, in every kind of theme:
    // for a person to look at.
    for (const width of [280, 400, 1000]) {
      await page.setViewportSize({ width, height: 900 });
      for (const theme of THEMES) {
        await timeline.setTheme(theme);
        await page.screenshot({ path: artifactPath(`timeline-${width}-${theme}.png`) });
      }
    }
    await timeline.setTheme('dark');
  });
});
