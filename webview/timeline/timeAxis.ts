// The time axis: an inline SVG with one tick per entry at its instant, the milestones marked and
// labelled, and the long quiet gaps shaded. Document text never reaches it except as text.
import { html, svg, type TemplateResult } from 'lit';
import type { TimelineRow, TimelineViewModel } from '../../src/core/timeline/protocol';
import { formatDuration } from '../shared/format';
import { formatClock, formatInstant } from './format';

const HEIGHT = 92;
const BASELINE = 58;
const MARGIN = 56;
const LABEL_WIDTH = 110;

interface Placed {
  readonly row: TimelineRow;
  readonly instant: number;
  readonly x: number;
}

/** The axis for a view, `width` pixels wide, with instants written in `zone`. */
export function timeAxis(view: TimelineViewModel, width: number, zone: string, selectedId: string | null): TemplateResult {
  const timed = view.rows.filter((row): row is TimelineRow & { instant: number } => row.instant !== null);
  if (timed.length === 0) return html`<p class="axis-empty">No entry has a time that resolves to an instant yet, so there is no axis to draw.</p>`;
  const first = Math.min(...timed.map((row) => row.instant));
  const last = Math.max(...timed.map((row) => row.instant));
  const usable = Math.max(width - 2 * MARGIN, 1);
  const xOf = (instant: number): number => (last === first ? width / 2 : MARGIN + ((instant - first) / (last - first)) * usable);
  const placed: Placed[] = timed.map((row) => ({ row, instant: row.instant, x: xOf(row.instant) }));
  const instantById = new Map(placed.map((entry) => [entry.row.id, entry.instant]));
  const milestones = placed.filter((entry) => entry.row.milestone !== null);
  // Labels closer than one label's width to the previous one go on a second line.
  let previousX = -Infinity;
  let lowered = false;
  const labelled = milestones.map((entry) => {
    lowered = entry.x - previousX < LABEL_WIDTH ? !lowered : false;
    previousX = entry.x;
    return { ...entry, labelY: lowered ? 30 : 14 };
  });
  const gaps = view.gaps.flatMap((gap) => {
    const from = instantById.get(gap.afterId);
    const to = instantById.get(gap.beforeId);
    return from === undefined || to === undefined ? [] : [{ gap, x1: xOf(Math.min(from, to)), x2: xOf(Math.max(from, to)), from }];
  });
  const summary = [
    `Time axis of ${timed.length} timed ${timed.length === 1 ? 'entry' : 'entries'} of ${view.rows.length}, from ${formatInstant(first, zone)} to ${formatInstant(last, zone)} (${zone}).`,
    milestones.length > 0 ? `Milestones: ${milestones.map((entry) => `${entry.row.milestone} at ${formatClock(entry.instant, zone)}`).join(', ')}.` : 'No milestones.',
    gaps.length > 0 ? `Quiet gaps: ${gaps.map(({ gap, from }) => `${formatDuration(gap.ms)} after ${formatClock(from, zone)}`).join(', ')}.` : '',
  ].filter(Boolean).join(' ');

  return html`<svg class="axis" role="img" aria-label=${summary} width=${width} height=${HEIGHT} viewBox="0 0 ${width} ${HEIGHT}">
    ${gaps.map(({ gap, x1, x2 }) => svg`<rect class="gap" x=${x1} y="22" width=${Math.max(x2 - x1, 1)} height=${BASELINE - 10}><title>${`Quiet for ${formatDuration(gap.ms)}`}</title></rect>
      <text class="gap-label" x=${(x1 + x2) / 2} y=${BASELINE + 30} text-anchor="middle">${`quiet ${formatDuration(gap.ms)}`}</text>`)}
    <line class="baseline" x1=${MARGIN / 2} x2=${width - MARGIN / 2} y1=${BASELINE} y2=${BASELINE}></line>
    ${placed.map(({ row, x }) => svg`<line class=${row.id === selectedId ? 'tick selected' : 'tick'} x1=${x} x2=${x} y1=${BASELINE - 5} y2=${BASELINE + 5}></line>`)}
    ${labelled.map(({ row, instant, x, labelY }) => svg`<line class="milestone-stem" x1=${x} x2=${x} y1=${labelY + 4} y2=${BASELINE}></line>
      <circle class=${`milestone milestone-${row.milestone}`} cx=${x} cy=${BASELINE} r="6"><title>${`${row.milestone} at ${formatInstant(instant, zone)}`}</title></circle>
      <text class="milestone-label" x=${x} y=${labelY} text-anchor="middle">${`${row.milestone} ${formatClock(instant, zone)}`}</text>`)}
    <text class="axis-end" x=${MARGIN / 2} y=${BASELINE + 20} text-anchor="start">${formatInstant(first, zone)}</text>
    <text class="axis-end" x=${width - MARGIN / 2} y=${BASELINE + 20} text-anchor="end">${formatInstant(last, zone)}</text>
  </svg>`;
}
