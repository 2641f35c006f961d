// A horizontal bar chart: one bar per value with its count written beside it, and the numbers in the
// chart's accessible name. Values reach it only as text. Labels and counts are HTML text and each bar
// an SVG stretched over what the row leaves, so that a narrow panel shortens the bars and never
// shrinks the text, as one scaled SVG did (and the page's CSP forbids setting widths in style attributes).
import { html, type TemplateResult } from 'lit';

const BAR_HEIGHT = 18;
/** The colours ../shared/base.css defines, `--series-0` to `--series-4`. */
const SERIES = 5;

/** `counts` as bars, the longest filling the row, named `title` (for example "Postmortems by severity"). */
export function barChart(title: string, counts: Readonly<Record<string, number>>): TemplateResult {
  const entries = Object.entries(counts);
  if (entries.length === 0) return html`<p class="empty">None.</p>`;
  const most = Math.max(...entries.map(([, count]) => count), 1);
  const label = `${title}: ${entries.map(([name, count]) => `${name} ${count}`).join(', ')}`;
  return html`<div class="bar-chart" role="img" aria-label=${label}>
    ${entries.map(
      ([name, count], index) => html`<div class=${`bar-row series-${index % SERIES}`} title=${`${name}: ${count}`}>
        <span class="bar-label">${name}</span>
        <svg class="bar-track" viewBox="0 0 100 ${BAR_HEIGHT}" preserveAspectRatio="none" aria-hidden="true"><rect
          class="bar" width=${Math.max((count / most) * 100, 1)} height=${BAR_HEIGHT}></rect></svg>
        <span class="bar-count">${count}</span>
      </div>`,
    )}
  </div>`;
}
