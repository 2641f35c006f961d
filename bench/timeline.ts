// `npm run bench:timeline`: the timeline editor's webview in Chromium (the built, minified page under
// its real Content-Security-Policy): rendering 1,000 entries, and the round trip of one edit from
// the Enter key through a host running in the page on the core (parse, edit, re-analyze, new view)
// to the updated row on screen. Median, min and max over 20 runs, with the targets.
import { analyze } from '../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import type { TimelineViewModel } from '../src/core/timeline/protocol';
import { timelineView } from '../src/core/timeline/view';
import { syntheticPostmortem } from '../test/support/syntheticPostmortem';
import { openTimelinePage, type TimelinePage } from '../test/support/timelinePage';

const RUNS = 20;
const RENDER_TARGET_MS = 200;
const ROUND_TRIP_TARGET_MS = 50;

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

const ms = (value: number): string => value.toFixed(1);
const describe = ({ median, min, max }: Spread): string => `median ${ms(median)} ms (min ${ms(min)}, max ${ms(max)})`;

function viewOf(text: string, version: number): TimelineViewModel {
  return timelineView(analyze(text, { config: DEFAULT_CONFIG, path: 'incident.postmortem.md', force: true }), version);
}

async function freshPage(timeline: TimelinePage): Promise<void> {
  await timeline.page.reload();
  await timeline.page.waitForFunction(() => typeof timelineStandIn !== 'undefined' && timelineStandIn.sent.length > 0);
}

/** Posting a state of `view` to its rows being painted, from an empty timeline each time. */
async function measureRender(
  timeline: TimelinePage,
  view: TimelineViewModel,
): Promise<{ first: number; runs: number[] }> {
  await freshPage(timeline);
  const empty: TimelineViewModel = { ...view, rows: [], gaps: [], version: 0 };
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await timeline.page.evaluate((state) => timelineStandIn.measureRender(state), empty);
    times.push(
      await timeline.page.evaluate((state) => timelineStandIn.measureRender(state), { ...view, version: run + 1 }),
    );
  }
  return { first: times[0]!, runs: times.slice(1) };
}

/** Enter on an edited description to the updated row being painted, with the host in the page. */
async function measureRoundTrip(
  timeline: TimelinePage,
  text: string,
): Promise<Record<'inDom' | 'painted' | 'twoFrames' | 'host', number[]>> {
  await freshPage(timeline);
  await timeline.page.evaluate((document) => timelineStandIn.startHost(document), text);
  await timeline.page.locator('.entry').first().waitFor();
  const result: Record<'inDom' | 'painted' | 'twoFrames' | 'host', number[]> = {
    inDom: [],
    painted: [],
    twoFrames: [],
    host: [],
  };
  for (let run = 0; run < RUNS; run++) {
    const times = await timeline.page.evaluate(
      (description) => timelineStandIn.measureEditRoundTrip(10, description),
      `Edited description, run ${run + 1}`,
    );
    for (const key of Object.keys(result) as (keyof typeof result)[]) result[key].push(times[key]);
  }
  const refused = (await timeline.page.locator('[role="status"]').textContent())?.trim();
  if (refused) throw new Error(`the in-page host refused an edit: ${refused}`);
  return result;
}

async function main(): Promise<number> {
  const large = syntheticPostmortem(2560);
  const realistic = syntheticPostmortem(200);
  const largeView = viewOf(large, 1);
  const lineCount = (text: string): number => text.split('\n').length - 1;
  const timeline = await openTimelinePage({ theme: 'dark', width: 1280, height: 800 });
  try {
    const render = await measureRender(timeline, largeView);
    const roundTrip = await measureRoundTrip(timeline, realistic);
    const largeRoundTrip = await measureRoundTrip(timeline, large);
    const violations = await timeline.violations();

    const renderSpread = spread(render.runs);
    const roundTripSpread = spread(roundTrip.painted);
    const realisticEntries = viewOf(realistic, 1).rows.length;
    const roundTripDetails = (times: Record<'inDom' | 'painted' | 'twoFrames' | 'host', number[]>): string =>
      `in the DOM ${describe(spread(times.inDom))}, of which the host's work ` +
      `${describe(spread(times.host))}; two frames later ${describe(spread(times.twoFrames))}`;
    const rows: [boolean | null, string][] = [
      [
        renderSpread.median <= RENDER_TARGET_MS,
        `render ${largeView.rows.length.toLocaleString('en-US')} entries ` +
          `(state posted to rows in the DOM plus two animation frames): ` +
          `${describe(renderSpread)}, target <= ${RENDER_TARGET_MS} ms; the very ` +
          `first render: ${ms(render.first)} ms`,
      ],
      [
        roundTripSpread.median <= ROUND_TRIP_TARGET_MS,
        `edit round trip, ${lineCount(realistic)}-line postmortem with ` +
          `${realisticEntries} entries (Enter to the updated row painted): ` +
          `${describe(roundTripSpread)}, target <= ${ROUND_TRIP_TARGET_MS} ms; ${roundTripDetails(roundTrip)}`,
      ],
      [
        null,
        `edit round trip, ${lineCount(large).toLocaleString('en-US')}-line ` +
          `postmortem with ${largeView.rows.length.toLocaleString('en-US')} ` +
          `entries: painted ${describe(spread(largeRoundTrip.painted))}; ${roundTripDetails(largeRoundTrip)}`,
      ],
    ];
    const browser = /Chrome\/[\d.]+/.exec(await timeline.page.evaluate(() => navigator.userAgent))?.[0] ?? 'Chromium';
    process.stdout.write(`\nTimeline editor in ${browser} (minified bundle; ${RUNS} runs each):\n`);
    for (const [ok, line] of rows) process.stdout.write(`${ok === null ? 'info' : ok ? 'ok  ' : 'MISS'} ${line}\n`);
    if (violations.length > 0) process.stdout.write(`Content-Security-Policy violations: ${violations.join('; ')}\n`);
    return rows.every(([ok]) => ok !== false) && violations.length === 0 ? 0 : 1;
  } finally {
    await timeline.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
