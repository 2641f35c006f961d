// The time axis: an inline SVG with one tick per entry at its instant, the milestones marked and
// labelled, and the long quiet gaps shaded. Document text never reaches it except as text.
import { html, svg, type TemplateResult } from 'lit';
import type { TimelineRow, TimelineViewModel } from '../../src/core/protocol';
import { formatDuration } from '../shared/format';
import { formatClock, formatInstant } from './format';

const MARGIN = 56;
/** The width of a character of the 11px labels, a little generously, so that labels never overlap. */
const CHARACTER_WIDTH = 7;
const LABEL_LINE = 16;
const FIRST_LABEL_Y = 14;

interface Placed {
  readonly row: TimelineRow;
  readonly instant: number;
  readonly x: number;
}

/** The axis for a view, `width` pixels wide, with instants written in `zone`. */
export function timeAxis(
  view: TimelineViewModel,
  width: number,
  zone: string,
  selectedId: string | null,
): TemplateResult {
  const timed = view.rows.filter((row): row is TimelineRow & { instant: number } => row.instant !== null);
  if (timed.length === 0)
    return html`<p
      class="axis-empty">No entry has a time that resolves to an instant yet, so there is no axis to draw.</p>`;
  const first = Math.min(...timed.map((row) => row.instant));
  const last = Math.max(...timed.map((row) => row.instant));
  const margin = Math.min(MARGIN, width / 12);
  const usable = Math.max(width - 2 * margin, 1);
  const xOf = (instant: number): number =>
    last === first ? width / 2 : margin + ((instant - first) / (last - first)) * usable;
  const placed: Placed[] = timed.map((row) => ({ row, instant: row.instant, x: xOf(row.instant) }));
  const instantById = new Map(placed.map((entry) => [entry.row.id, entry.instant]));
  const milestones = placed.filter((entry) => entry.row.milestone !== null);
  // Each label takes the first line where it clears the labels before it, kept inside the axis.
  const lineEnds: number[] = [];
  const labelled = [...milestones]
    .sort((a, b) => a.x - b.x)
    .map((entry) => {
      const text = `${entry.row.milestone} ${formatClock(entry.instant, zone)}`;
      const half = (text.length * CHARACTER_WIDTH) / 2;
      const labelX = Math.min(Math.max(entry.x, half), width - half);
      let line = lineEnds.findIndex((end) => labelX - half > end);
      if (line === -1) line = lineEnds.push(0) - 1;
      lineEnds[line] = labelX + half;
      return { ...entry, text, labelX, labelY: FIRST_LABEL_Y + line * LABEL_LINE };
    });
  const baseline = FIRST_LABEL_Y + Math.max(lineEnds.length, 2) * LABEL_LINE + 12;
  const firstText = formatInstant(first, zone);
  const lastText = formatInstant(last, zone);
  // In a narrow editor the two ends do not fit side by side: the last goes under the first.
  const endsStacked = (firstText.length + lastText.length + 2) * CHARACTER_WIDTH > width - margin;
  const lastEndY = baseline + 20 + (endsStacked ? LABEL_LINE : 0);
  const height = lastEndY + 14;
  const gaps = view.gaps.flatMap((gap) => {
    const from = instantById.get(gap.afterId);
    const to = instantById.get(gap.beforeId);
    return from === undefined || to === undefined
      ? []
      : [{ gap, x1: xOf(Math.min(from, to)), x2: xOf(Math.max(from, to)), from }];
  });
  const milestoneTexts = milestones.map(({ row, instant }) => `${row.milestone} at ${formatClock(instant, zone)}`);
  const gapTexts = gaps.map(({ gap, from }) => `${formatDuration(gap.ms)} after ${formatClock(from, zone)}`);
  const summary = [
    `Time axis of ${timed.length} timed ` +
      `${timed.length === 1 ? 'entry' : 'entries'} of ${view.rows.length}, ` +
      `from ${firstText} to ${lastText} (${zone}).`,
    milestones.length > 0 ? `Milestones: ${milestoneTexts.join(', ')}.` : 'No milestones.',
    gaps.length > 0 ? `Quiet gaps: ${gapTexts.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return html`<svg class="axis" role="img" aria-label=${summary} width=${width} height=${height}
    viewBox="0 0 ${width} ${height}">
    ${gaps.map(
      ({ gap, x1, x2 }) => svg`<rect class="gap" x=${x1} y=${baseline - 36} width=${Math.max(x2 - x1, 1)}
        height="48"><title>${`Quiet for ${formatDuration(gap.ms)}`}</title></rect>
      <text class="gap-label" x=${(x1 + x2) / 2} y=${baseline + 30}
        text-anchor="middle">${`quiet ${formatDuration(gap.ms)}`}</text>`,
    )}
    <line class="baseline" x1=${margin / 2} x2=${width - margin / 2} y1=${baseline} y2=${baseline}></line>
    ${placed.map(
      ({ row, x }) => svg`<line class=${row.id === selectedId ? 'tick selected' : 'tick'} x1=${x} x2=${x}
      y1=${baseline - 5} y2=${baseline + 5}></line>`,
    )}
    ${labelled.map(
      ({ x, labelY }) => svg`<line class="milestone-stem" x1=${x} x2=${x} y1=${labelY + 4}
      y2=${baseline}></line>`,
    )}
    ${labelled.map(
      ({ row, instant, x }) => svg`<circle class=${`milestone milestone-${row.milestone}`} cx=${x}
      cy=${baseline} r="6"><title>${`${row.milestone} at ${formatInstant(instant, zone)}`}</title></circle>`,
    )}
    ${labelled.map(
      ({ text, labelX, labelY }) => svg`<text class="milestone-label" x=${labelX} y=${labelY}
      text-anchor="middle">${text}</text>`,
    )}
    <text class="axis-end" x=${margin / 2} y=${baseline + 20} text-anchor="start">${firstText}</text>
    <text class="axis-end" x=${width - margin / 2} y=${lastEndY} text-anchor="end">${lastText}</text>
  </svg>`;
}
