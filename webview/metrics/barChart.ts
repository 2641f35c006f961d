// A horizontal bar chart as inline SVG: one bar per value with its count written beside it, and the
// numbers in the image's accessible name. Values reach it only as text.
import { html, svg, type TemplateResult } from 'lit';

const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
const LABEL_WIDTH = 120;
const COUNT_WIDTH = 40;
const LABEL_CHARACTERS = 16;
/** The colours ../shared/base.css defines, `--series-0` to `--series-4`. */
const SERIES = 5;

const shortened = (text: string): string =>
  text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text;

/** `counts` as bars `width` pixels wide at most, named `title` (for example "Postmortems by severity"). */
export function barChart(title: string, counts: Readonly<Record<string, number>>, width = 360): TemplateResult {
  const entries = Object.entries(counts);
  if (entries.length === 0) return html`<p class="empty">None.</p>`;
  const most = Math.max(...entries.map(([, count]) => count), 1);
  const usable = width - LABEL_WIDTH - COUNT_WIDTH;
  const height = entries.length * ROW_HEIGHT;
  const label = `${title}: ${entries.map(([name, count]) => `${name} ${count}`).join(', ')}`;
  return html`<svg class="bar-chart" role="img" aria-label=${label} width=${width} height=${height}
    viewBox="0 0 ${width} ${height}">
    ${entries.map(([name, count], index) => {
      const y = index * ROW_HEIGHT;
      const barWidth = Math.max((count / most) * usable, 2);
      return svg`<g class=${`bar-row series-${index % SERIES}`}>
        <title>${`${name}: ${count}`}</title>
        <text class="bar-label" x=${LABEL_WIDTH - 8} y=${y + BAR_HEIGHT / 2 + 1} text-anchor="end"
          dominant-baseline="middle">${shortened(name)}</text>
        <rect class="bar" x=${LABEL_WIDTH} y=${y} width=${barWidth} height=${BAR_HEIGHT}></rect>
        <text class="bar-count" x=${LABEL_WIDTH + barWidth + 6} y=${y + BAR_HEIGHT / 2 + 1}
          dominant-baseline="middle">${count}</text>
      </g>`;
    })}
  </svg>`;
}
