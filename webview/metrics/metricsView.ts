// Show Metrics' page: headline numbers, bar charts of postmortems by severity and by status, the
// durations' median and 90th percentile, the recurring tags and services, and a sortable table of
// postmortems whose titles open them. It renders each `metrics` message the host sends; every
// value from the documents reaches the page through Lit's text and attribute bindings only.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import {
  DURATION_NAMES,
  type DurationName,
  type FollowThroughGroup,
  type MetricsHostMessage,
  type MetricsWebviewMessage,
  type PostmortemRow,
  type RecurringCause,
  type RecurringValue,
  type WorkspaceMetrics,
} from '../../src/core/protocol';
import { formatDuration } from '../shared/format';
import type { WebviewApi } from '../shared/vscodeApi';
import { barChart } from './barChart';

type Column = 'title' | 'date' | 'severity' | 'status' | DurationName | 'open' | 'closed';

interface Sort {
  readonly column: Column;
  readonly descending: boolean;
}

/** What the page keeps across being hidden and shown again. */
export interface SavedState {
  readonly sort: Sort;
}

const DURATION_LABELS: Readonly<Record<DurationName, string>> = {
  timeToDetect: 'Time to detect',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
};

/** The table's columns; `number` ones are right-aligned. */
const COLUMNS: readonly {
  readonly column: Column;
  readonly label: string;
  readonly number?: true;
  readonly value: (row: PostmortemRow) => string | number | undefined;
}[] = [
  { column: 'title', label: 'Title', value: (row) => row.title ?? row.path },
  { column: 'date', label: 'Date', value: (row) => row.date },
  { column: 'severity', label: 'Severity', value: (row) => row.severity },
  { column: 'status', label: 'Status', value: (row) => row.status },
  { column: 'timeToDetect', label: 'Detect', number: true, value: (row) => row.metrics.timeToDetect },
  { column: 'timeToMitigate', label: 'Mitigate', number: true, value: (row) => row.metrics.timeToMitigate },
  { column: 'timeToResolve', label: 'Resolve', number: true, value: (row) => row.metrics.timeToResolve },
  { column: 'open', label: 'Open items', number: true, value: (row) => row.actionItems.open },
  { column: 'closed', label: 'Items closed', value: (row) => closedText(row) },
];

/** A column's heading, which a narrow page writes beside each value (see metrics.css). */
const labelOf = (column: Column): string => COLUMNS.find((entry) => entry.column === column)!.label;

/** Whether every action item of the postmortem is done; undefined when it has none. */
function closedText(row: PostmortemRow): string | undefined {
  if (row.actionItems.total === 0) return undefined;
  return row.allClosed ? 'yes' : 'no';
}

const daysText = (days: number | undefined): string => (days === undefined ? '—' : `${Math.round(days * 10) / 10} d`);

/** The host's own order: the latest date first. */
const DAYS_TO_DONE_TITLE =
  'Days from the incident to the date the item was done, over the done items whose text gives that date';

const DEFAULT_SORT: Sort = { column: 'date', descending: true };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The rows sorted by a column; rows without a value last either way, ties in the host's order. */
function sortedRows(rows: readonly PostmortemRow[], sort: Sort): PostmortemRow[] {
  const value = COLUMNS.find((column) => column.column === sort.column)!.value;
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined);
    return (
      direction * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)))
    );
  });
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export class MetricsView extends LitElement {
  private metrics: WorkspaceMetrics | null = null;
  private sort: Sort;

  constructor(private readonly api: WebviewApi<MetricsWebviewMessage, SavedState>) {
    super();
    const saved = api.getState()?.sort;
    this.sort =
      saved && COLUMNS.some((column) => column.column === saved.column)
        ? { column: saved.column, descending: saved.descending === true }
        : DEFAULT_SORT;
  }

  /** Light DOM: the page's stylesheet styles it. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = event.data as MetricsHostMessage | undefined;
    if (message?.type !== 'metrics' || typeof message.metrics !== 'object' || message.metrics === null) return;
    this.metrics = message.metrics;
    this.requestUpdate();
  };

  private sortBy(column: Column): void {
    this.sort = { column, descending: this.sort.column === column ? !this.sort.descending : false };
    this.api.setState({ sort: this.sort });
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const { metrics } = this;
    return html`<header class="header">
        <h1 class="title">Postmortem Metrics</h1>
        <vscode-button class="refresh" secondary aria-label="Compute the metrics again"
          @click=${() => this.api.postMessage({ type: 'refresh' })}>Refresh</vscode-button>
      </header>
      ${
        metrics === null
          ? html`<p class="loading" role="status">Reading the workspace's postmortems…</p>`
          : metrics.count === 0
            ? html`<p class="empty" role="status">No postmortems in this workspace yet.</p>`
            : this.body(metrics)
      }`;
  }

  private body(metrics: WorkspaceMetrics): TemplateResult {
    const items = metrics.actionItems;
    const doneMedian = metrics.followThrough.all.daysToDone.median;
    const doneDetail = doneMedian === undefined ? undefined : `in ${daysText(doneMedian)} (median)`;
    return html`<dl class="headline" aria-label="Totals">
        ${this.headline('Postmortems', metrics.count)}
        ${this.headline('Open action items', items.open, `of ${items.total}`)}
        ${this.headline('Unowned', items.unowned, 'open, no owner')}
        ${this.headline('Overdue', items.overdue, 'open, past due')}
        ${this.headline('Done', items.done, doneDetail)}
      </dl>
      <div class="panels">
        <section class="panel" aria-labelledby="by-severity"><h2
          id="by-severity">By severity</h2>${barChart('Postmortems by severity', metrics.bySeverity)}</section>
        <section class="panel" aria-labelledby="by-status"><h2
          id="by-status">By status</h2>${barChart('Postmortems by status', metrics.byStatus)}</section>
        <section class="panel" aria-labelledby="durations">
          <h2 id="durations">Durations</h2>
          <table class="durations">
            <thead><tr><td></td><th scope="col">Median</th><th scope="col">90th percentile</th><th scope="col"
              title="Postmortems with this duration">n</th></tr></thead>
            <tbody>
              ${DURATION_NAMES.map((name) => {
                const stats = metrics.durations[name];
                return html`<tr>
                  <th scope="row">${DURATION_LABELS[name]}</th>
                  <td data-label="Median">${formatDuration(stats.median)}</td><td
                    data-label="90th percentile">${formatDuration(stats.p90)}</td><td data-label="n">${stats.n}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </section>
        <section class="panel" aria-labelledby="recurring">
          <h2 id="recurring">Recurring</h2>
          ${this.recurring('Tags', 'tag', metrics.recurringTags)}
          ${this.recurring('Services', 'service', metrics.recurringServices)}
          ${this.recurringCauses(metrics.recurringCauses)}
        </section>
      </div>
      <section class="panel follow-through" aria-labelledby="follow-through">
        <h2 id="follow-through">Follow-through</h2>
        ${metrics.followThrough.byTeam.length > 0 ? this.followThrough('Team', metrics.followThrough.byTeam) : nothing}
        ${this.followThrough('Owner', metrics.followThrough.byOwner)}
      </section>
      ${this.table(metrics.rows)}`;
  }

  private headline(label: string, value: number, detail?: string): TemplateResult {
    return html`<div class="stat"><dt>${label}</dt><dd><span class="stat-value">${value}</span>${
      detail
        ? html` <span
      class="stat-detail">${detail}</span>`
        : nothing
    }</dd></div>`;
  }

  /** Cause words two postmortems or more say, each with a sentence that says it. */
  private recurringCauses(causes: readonly RecurringCause[]): TemplateResult {
    return html`<h3>Causes</h3>
      ${
        causes.length === 0
          ? html`<p class="empty">No cause is said in two postmortems or more.</p>`
          : html`<ul class="recurring-list" aria-label="Recurring causes">
            ${causes.map(
              (cause) => html`<li title=${`${cause.example}\n\n${cause.paths.join('\n')}`}><span
              class="recurring-name">${cause.phrase}</span> <span
              class="recurring-count">${plural(cause.count, 'postmortem', 'postmortems')}</span></li>`,
            )}
          </ul>`
      }`;
  }

  private recurring(label: string, noun: string, values: readonly RecurringValue[]): TemplateResult {
    return html`<h3>${label}</h3>
      ${
        values.length === 0
          ? html`<p class="empty">No ${noun} appears in two postmortems or more.</p>`
          : html`<ul class="recurring-list" aria-label=${`Recurring ${noun}s`}>
            ${values.map(
              (value) => html`<li><span class="recurring-name">${value.name}</span> <span
              class="recurring-count">${plural(value.count, 'postmortem', 'postmortems')}</span></li>`,
            )}
          </ul>`
      }`;
  }

  /** Per team or per owner: open, done and overdue items, and the days from the incident to done. */
  private followThrough(label: string, groups: readonly FollowThroughGroup[]): TemplateResult {
    if (groups.length === 0) return html`<p class="empty">No action item has an owner yet.</p>`;
    return html`<table class=${`follow-through-${label.toLowerCase()}`}
      aria-label=${`Follow-through by ${label.toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">${label}</th><th scope="col" class="number">Open</th><th scope="col"
            class="number">Done</th><th scope="col" class="number">Overdue</th>
          <th scope="col" class="number" title=${DAYS_TO_DONE_TITLE}>Days to done (median)</th>
          <th scope="col" class="number">90th percentile</th>
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          (group) => html`<tr>
            <th scope="row">${group.name}</th><td class="number" data-label="Open">${group.open}</td><td
              class="number" data-label="Done">${group.done}</td><td class="number"
              data-label="Overdue">${group.overdue}</td>
            <td class="number" data-label="Days to done (median)">${daysText(group.daysToDone.median)}</td><td
              class="number" data-label="90th percentile">${daysText(group.daysToDone.p90)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private table(rows: readonly PostmortemRow[]): TemplateResult {
    const { sort } = this;
    return html`<section aria-labelledby="postmortems">
      <h2 id="postmortems">Postmortems</h2>
      <div class="table-scroll">
        <table class="postmortems">
          <thead>
            <tr>
              ${COLUMNS.map(({ column, label, number }) => {
                const sorted = sort.column === column;
                const ariaSort = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
                return html`<th scope="col" class=${`col-${column}${number ? ' number' : ''}`} aria-sort=${ariaSort}>
                  <button class="sort" data-column=${column} @click=${() => this.sortBy(column)}>${label}<span
                    class="sort-mark"
                    aria-hidden="true">${sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span></button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${sortedRows(rows, sort).map(
              (row) => html`<tr>
                <th scope="row" class="col-title"><button class="open" title=${row.path}
                  @click=${() => this.api.postMessage({ type: 'open', path: row.path })}
                >${row.title ?? row.path}</button></th>
                <td class="col-date" data-label=${labelOf('date')}>${row.date ?? '—'}</td>
                <td class="col-severity" data-label=${labelOf('severity')}>${row.severity}</td>
                <td class="col-status" data-label=${labelOf('status')}>${row.status}</td>
                ${DURATION_NAMES.map(
                  (name) =>
                    html`<td class="number" data-label=${labelOf(name)}>${formatDuration(row.metrics[name])}</td>`,
                )}
                <td class="number" data-label=${labelOf('open')}>${row.actionItems.open}</td>
                <td class="col-closed" data-label=${labelOf('closed')}>${closedText(row) ?? '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

customElements.define('postmortem-metrics', MetricsView);
