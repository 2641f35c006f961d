// The tool's instants against an independent oracle (luxon) on about 10,000 generated timeline
// entries in 27 zones around the clock changes of 2021-2025, with the zone given the ways authors
// give it. Every entry whose instant differs from the oracle's, or that has none, must carry a
// finding: no instant is ever silently wrong. Prints the agreement.
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { PostmortemDocument, Range, TimelineEntry } from '../../src/core/model/types';
import { rule as clockChange } from '../../src/core/rules/timeline-clock-change';
import { rule as timestamp } from '../../src/core/rules/timeline-timestamp';
import { rule as timezone } from '../../src/core/rules/timeline-timezone';
import { type OracleDocument, oracleDocument } from '../support/zoneOracle';

const DOCUMENTS = 1000;
const TARGET = 0.995;

function overlaps(a: Range, b: Range): boolean {
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

/** Whether a timeline rule says something about the entry: on its text, or where its zone or doubt is written. */
function flagged(document: PostmortemDocument, entry: TimelineEntry, ranges: readonly Range[]): boolean {
  const heading = document.sections.find((section) => section.kind === 'timeline')?.headingRange;
  const places = [entry.range, entry.doubt?.range, entry.instant === undefined ? heading : undefined].filter(
    (range) => range !== undefined,
  );
  return ranges.some((range) =>
    places.some((place) => overlaps(range, place) || range.start.offset === place.start.offset),
  );
}

interface Tally {
  entries: number;
  /** Entries whose instant is the true one. */
  agreed: number;
  /** Entries whose text settles their instant, and of them those read right. */
  settled: number;
  settledAgreed: number;
  flaggedDisagreements: number;
  silent: string[];
  byKind: Map<string, { entries: number; agreed: number }>;
}

function check(generated: OracleDocument, tally: Tally): void {
  const config = { ...DEFAULT_CONFIG, timezone: generated.configZone };
  const document = parsePostmortem(generated.text, { config });
  assert.equal(document.timeline.length, generated.entries.length, `entries read in:\n${generated.text}`);
  const ranges = [timestamp, timezone, clockChange].flatMap((rule) =>
    rule.check(document, config).map((finding) => finding.range),
  );
  document.timeline.forEach((entry, index) => {
    const oracle = generated.entries[index]!;
    const agrees = entry.instant === oracle.expected;
    const kind = tally.byKind.get(oracle.kind) ?? { entries: 0, agreed: 0 };
    tally.byKind.set(oracle.kind, { entries: kind.entries + 1, agreed: kind.agreed + (agrees ? 1 : 0) });
    tally.entries++;
    const isFlagged = flagged(document, entry, ranges);
    if (agrees) tally.agreed++;
    if (oracle.readings === undefined && oracle.expected !== undefined && !oracle.outsideTable) {
      tally.settled++;
      if (agrees) tally.settledAgreed++;
    }
    const possible = agrees || (entry.instant !== undefined && oracle.readings?.includes(entry.instant) === true);
    if (!possible && isFlagged) tally.flaggedDisagreements++;
    else if (!possible)
      tally.silent.push(`${entry.timeText} (${oracle.kind}, ${generated.zone}) in\n${generated.text}`);
    if (oracle.doubtful)
      assert.ok(isFlagged, `a clock change's wall time without a finding: ${entry.timeText} in\n${generated.text}`);
  });
}

describe('timeline instants against an independent oracle', () => {
  it('agree on at least 99.5% of generated entries, and every disagreement carries a finding', function () {
    this.timeout(120_000);
    const tally: Tally = {
      entries: 0,
      agreed: 0,
      settled: 0,
      settledAgreed: 0,
      flaggedDisagreements: 0,
      silent: [],
      byKind: new Map(),
    };
    for (let seed = 1; seed <= DOCUMENTS; seed++) check(oracleDocument(seed), tally);
    const kinds = [...tally.byKind].map(([kind, { entries, agreed }]) => `${kind} ${agreed}/${entries}`).join(', ');
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;
    console.log(
      `      agreement ${percent(tally.settledAgreed, tally.settled)} of the ${tally.settled} entries ` +
        'whose text settles the instant, in zones the tool names ' +
        `(${percent(tally.agreed, tally.entries)} of all ${tally.entries}); ` +
        `${tally.flaggedDisagreements} read otherwise or not at all, each with a finding; none silently wrong\n` +
        `      by kind, true instant read: ${kinds}`,
    );
    assert.deepEqual(tally.silent.slice(0, 3), [], `${tally.silent.length} silently wrong`);
    assert.ok(tally.settledAgreed / tally.settled >= TARGET, `agreement ${tally.settledAgreed / tally.settled}`);
  });
});
