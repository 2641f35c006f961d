// The timeline editor: rows of entries, a time axis, the metrics and a paste preview. It owns no
// document text: it renders each `state` the host sends and answers the person with intents.
// What it shows is rendered from its reactive fields alone; setting one renders the page again.
// Rows are plain light-DOM elements (fast for a thousand entries); the richer controls of
// @vscode-elements appear only in the toolbar and in the selected row.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import {
  MILESTONES,
  parsePasted,
  type EntryProblem,
  type HostMessage,
  type Milestone,
  type NewEntry,
  type TimelineIntent,
  type TimelineRow,
  type TimelineViewModel,
  type WebviewMessage,
  type ZoneMode,
} from '../../src/core/protocol';
import { formatDuration } from '../shared/format';
import type { WebviewApi } from '../shared/vscodeApi';
import { formatInstant, localZone, zoneFor } from './format';
import { timeAxis } from './timeAxis';

/** What the page keeps across being hidden and shown again (`setState`, not `retainContextWhenHidden`). */
export interface SavedState {
  readonly zoneMode: ZoneMode;
  readonly selectedId: string | null;
  readonly scrollTop: number;
}

/** An intent before the page stamps it with the version on screen. */
type Unversioned<Intent> = Intent extends TimelineIntent ? Omit<Intent, 'version'> : never;

interface PasteDraft {
  readonly text: string;
  readonly entries: readonly NewEntry[];
  readonly skipped: number;
}

/** The fields of an entry that its row edits in place. */
type EditedField = 'time' | 'description';
type FocusTarget = EditedField | 'row' | 'paste';

const SEVERITY_ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
const ZONE_MODES: readonly ZoneMode[] = ['document', 'utc', 'local'];

/** Whether a key event or paste belongs to a text field (where Ctrl+Z and paste are the field's own). */
function inTextField(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (target) =>
        target instanceof HTMLElement &&
        (target.matches('input, textarea, vscode-textfield, vscode-textarea') || target.isContentEditable),
    );
}

export class TimelineEditor extends LitElement {
  @state() private accessor view: TimelineViewModel | null = null;
  @state() private accessor zoneMode: ZoneMode;
  @state() private accessor selectedId: string | null;
  @state() private accessor editingId: string | null = null;
  @state() private accessor status = '';
  @state() private accessor paste: PasteDraft | null = null;
  @state() private accessor axisWidth = 800;
  /** The fields of the entry being edited as typed so far; nothing else on screen shows them. */
  private draft: Record<EditedField, string> = { time: '', description: '' };
  /** Where the selection was, so that it stays in place when its entry is replaced or deleted. */
  private selectedIndex = 0;
  private scrollToRestore: number | null;
  /** After an add: select the entry the next state brings and start editing it. */
  private editNewEntry = false;
  /** What to focus once the page has rendered: a one-off effect, so not a reactive field. */
  private pendingFocus: FocusTarget | null = null;
  private readonly resizeObserver = new ResizeObserver((records) => this.resized(records));
  private scrollSaveQueued = false;

  constructor(private readonly api: WebviewApi<WebviewMessage, SavedState>) {
    super();
    const saved = api.getState();
    this.zoneMode = saved && ZONE_MODES.includes(saved.zoneMode) ? saved.zoneMode : 'document';
    this.selectedId = saved?.selectedId ?? null;
    this.scrollToRestore = saved?.scrollTop ?? null;
  }

  /** Light DOM: the page's stylesheet styles the rows, and a thousand rows stay cheap. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
    document.addEventListener('keydown', this.onDocumentKeydown);
    document.addEventListener('paste', this.onPaste);
    window.addEventListener('scroll', this.onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    document.removeEventListener('keydown', this.onDocumentKeydown);
    document.removeEventListener('paste', this.onPaste);
    window.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.disconnect();
  }

  // ---- messages --------------------------------------------------------------------------

  private readonly onMessage = (event: MessageEvent): void => {
    const message = event.data as HostMessage | undefined;
    if (message?.type === 'state' && typeof message.view === 'object' && message.view !== null)
      this.showState(message.view);
    else if (message?.type === 'refused' && typeof message.reason === 'string') {
      this.editNewEntry = false;
      this.status = message.reason;
    }
  };

  private showState(view: TimelineViewModel): void {
    const previous = this.view;
    const rowHadFocus =
      document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('entry');
    this.view = view;
    const ids = new Set(view.rows.map((row) => row.id));
    if (this.editNewEntry && previous) {
      const known = new Set(previous.rows.map((row) => row.id));
      const added = view.rows.find((row) => !known.has(row.id));
      if (added) {
        this.editNewEntry = false;
        this.startEditing(added.id, 'description');
      }
    }
    if (this.editingId !== null && !ids.has(this.editingId)) {
      this.editingId = null;
      this.status = 'The entry being edited changed in the document; the edit was cancelled.';
    }
    if (this.selectedId === null || !ids.has(this.selectedId)) {
      const fallback = view.rows[Math.min(this.selectedIndex, view.rows.length - 1)];
      this.selectedId = fallback?.id ?? null;
    }
    this.selectedIndex = Math.max(
      view.rows.findIndex((row) => row.id === this.selectedId),
      0,
    );
    if (rowHadFocus && this.pendingFocus === null) this.focusAfterUpdate('row');
  }

  private post(message: WebviewMessage): void {
    this.api.postMessage(message);
  }

  /** Sends an intent against the version on screen. */
  private send(intent: Unversioned<TimelineIntent>): void {
    if (!this.view) return;
    this.status = '';
    this.post({ ...intent, version: this.view.version } as TimelineIntent);
  }

  private save(): void {
    this.api.setState({
      zoneMode: this.zoneMode,
      selectedId: this.selectedId,
      scrollTop: Math.round(window.scrollY),
    } satisfies SavedState);
  }

  // ---- selection and editing -------------------------------------------------------------

  private get rows(): readonly TimelineRow[] {
    return this.view?.rows ?? [];
  }

  private get selectedRow(): TimelineRow | undefined {
    return this.rows.find((row) => row.id === this.selectedId);
  }

  private select(id: string | null, focus = false): void {
    this.selectedId = id;
    this.selectedIndex = Math.max(
      this.rows.findIndex((row) => row.id === id),
      0,
    );
    if (focus) this.focusAfterUpdate('row');
  }

  private startEditing(id: string, field: EditedField = 'time'): void {
    const row = this.rows.find((candidate) => candidate.id === id);
    if (!row || row.writtenInHtml) return;
    this.select(id);
    this.editingId = id;
    this.draft = { time: row.timeText, description: row.description };
    this.focusAfterUpdate(field);
  }

  private stopEditing(refocus: boolean): void {
    this.editingId = null;
    if (refocus) this.focusAfterUpdate('row');
  }

  /** Sends what changed in the row being edited. */
  private commitEdit(refocus: boolean): void {
    const row = this.rows.find((candidate) => candidate.id === this.editingId);
    if (row) {
      const { time, description } = this.draft;
      const changes = {
        ...(time !== row.timeText ? { time } : {}),
        ...(description !== row.description ? { description } : {}),
      };
      if (Object.keys(changes).length > 0) this.send({ type: 'edit', id: row.id, ...changes });
    }
    this.stopEditing(refocus);
  }

  private addNow(): void {
    this.editNewEntry = true;
    this.send({ type: 'add', afterId: null, entry: { time: null, description: '', milestone: null } });
  }

  private addAfterSelected(): void {
    const selected = this.selectedRow;
    if (!selected || selected.writtenInHtml) return;
    this.editNewEntry = true;
    this.send({
      type: 'add',
      afterId: selected.id,
      entry: { time: selected.timeText.trim() || null, description: '', milestone: null },
    });
  }

  private deleteEntry(id: string): void {
    if (this.rows.find((candidate) => candidate.id === id)?.writtenInHtml) return;
    this.send({ type: 'delete', id });
    this.focusAfterUpdate('row');
  }

  private setMilestone(id: string, value: string): void {
    const milestone = MILESTONES.includes(value as Milestone) ? (value as Milestone) : null;
    this.send({ type: 'edit', id, milestone });
  }

  /** Focuses the target after the next update, which this asks for even when no field changed. */
  private focusAfterUpdate(target: FocusTarget): void {
    this.pendingFocus = target;
    this.requestUpdate();
  }

  private rowElement(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`.entry[data-id="${CSS.escape(id)}"]`);
  }

  // ---- paste -----------------------------------------------------------------------------

  private openPaste(text: string): void {
    this.updatePaste(text);
    this.focusAfterUpdate('paste');
  }

  private updatePaste(text: string): void {
    this.paste = { text, ...parsePasted(text) };
  }

  private closePaste(): void {
    this.paste = null;
    this.focusAfterUpdate('row');
  }

  private importPaste(): void {
    if (!this.paste || this.paste.entries.length === 0) return;
    this.send({ type: 'import', afterId: this.selectedId, entries: this.paste.entries });
    this.closePaste();
  }

  private readonly onPaste = (event: ClipboardEvent): void => {
    if (!this.view?.hasSection || inTextField(event)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.trim() === '') return;
    event.preventDefault();
    this.openPaste(text);
  };

  // ---- keyboard --------------------------------------------------------------------------

  /**
   * Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y: inside a text field the field's own undo; elsewhere an
   * intent for the host. Either way the event stops here, so that VS Code's webview frame does not
   * also forward it to the workbench (which would undo the document a second time).
   */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y')) return;
    event.stopPropagation();
    if (inTextField(event)) return;
    event.preventDefault();
    this.post({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
  };

  private onGridKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const rowElement = target.closest<HTMLElement>('.entry');
    const id = rowElement?.dataset['id'];
    if (!rowElement || id === undefined) return;
    if (target !== rowElement) {
      if (event.key === 'Escape' && this.editingId === null) {
        event.preventDefault();
        rowElement.focus();
      }
      return;
    }
    const index = this.rows.findIndex((row) => row.id === id);
    const moveTo = (next: number): void => {
      const row = this.rows[Math.max(0, Math.min(next, this.rows.length - 1))];
      if (row) this.select(row.id, true);
    };
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(this.rows.length - 1);
        break;
      case 'Enter':
      case 'F2':
        this.startEditing(id);
        break;
      case 'Delete':
        this.deleteEntry(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private onFieldKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitEdit(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.stopEditing(true);
    }
  }

  /** Leaving the row being edited commits it, as Enter does. */
  private onGridFocusout(event: FocusEvent): void {
    if (this.editingId === null) return;
    const editing = this.rowElement(this.editingId);
    if (editing && !(event.relatedTarget instanceof Node && editing.contains(event.relatedTarget)))
      this.commitEdit(false);
  }

  private onGridClick(event: MouseEvent): void {
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('.entry');
    const id = rowElement?.dataset['id'];
    if (id !== undefined && id !== this.selectedId) this.select(id, true);
  }

  private onGridDoubleClick(event: MouseEvent): void {
    const id = (event.target as HTMLElement).closest<HTMLElement>('.entry')?.dataset['id'];
    if (id !== undefined && this.editingId !== id) this.startEditing(id, 'description');
  }

  // ---- page state ------------------------------------------------------------------------

  private readonly onScroll = (): void => {
    if (this.scrollSaveQueued) return;
    this.scrollSaveQueued = true;
    requestAnimationFrame(() => {
      this.scrollSaveQueued = false;
      this.save();
    });
  };

  private resized(records: readonly ResizeObserverEntry[]): void {
    const width = Math.floor(records[records.length - 1]?.contentRect.width ?? this.axisWidth);
    if (width > 0 && Math.abs(width - this.axisWidth) >= 4) this.axisWidth = width;
  }

  protected override updated(changed: PropertyValues): void {
    const axis = this.querySelector('.axis-box');
    if (axis) this.resizeObserver.observe(axis);
    if (this.view && this.scrollToRestore !== null) {
      window.scrollTo(0, this.scrollToRestore);
      this.scrollToRestore = null;
    }
    if (this.view && (changed.has('zoneMode') || changed.has('selectedId'))) this.save();
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    if (focus === 'paste') void this.focusControl(this.querySelector('.paste-text'));
    else if (focus && this.selectedId !== null) {
      const row = this.rowElement(this.selectedId);
      if (focus === 'row') row?.focus();
      else void this.focusControl(row?.querySelector(`.edit-${focus}`) ?? null);
    }
  }

  /** Focuses a @vscode-elements control once it has rendered its own inner input. */
  private async focusControl(control: Element | null): Promise<void> {
    if (!(control instanceof LitElement)) return;
    await control.updateComplete;
    control.focus();
    control.shadowRoot?.querySelector<HTMLInputElement>('input')?.select();
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const view = this.view;
    if (!view) return html`<p class="loading">Loading the timeline…</p>${this.statusLine()}`;
    return html`
      <header class="header">
        <h1 class="title">${view.title || 'Untitled postmortem'}</h1>
        ${view.hasSection ? this.toolbar(view) : nothing}
      </header>
      ${this.statusLine()}
      ${view.hasSection ? this.timelineBody(view) : this.noSection()}
    `;
  }

  private statusLine(): TemplateResult {
    return html`<div class="status" role="status" aria-live="polite">${this.status}</div>`;
  }

  private noSection(): TemplateResult {
    return html`<section class="no-section" aria-label="No timeline section">
      <p>This postmortem has no Timeline section yet.</p>
      <vscode-button class="create-section" aria-label="Create Timeline section"
        @click=${() => this.send({ type: 'createSection' })}>Create Timeline section</vscode-button>
    </section>`;
  }

  private toolbar(view: TimelineViewModel): TemplateResult {
    const selected = this.selectedRow;
    const zoneLabels: Record<ZoneMode, string> = {
      document: `Document zone (${view.documentZoneText ?? 'as written'})`,
      utc: 'UTC',
      local: `Local (${localZone})`,
    };
    return html`<div class="toolbar" role="group" aria-label="Timeline actions">
      <vscode-button class="add-now" aria-label="Add entry now"
        @click=${() => this.addNow()}>Add entry now</vscode-button>
      <vscode-button class="add-after" secondary
        aria-label=${selected ? `Add entry after ${selected.timeText}` : 'Add entry after the selected entry'}
        ?disabled=${!selected || selected.writtenInHtml === true}
        @click=${() => this.addAfterSelected()}>Add after selected</vscode-button>
      <vscode-button class="sort" secondary aria-label="Sort entries by time"
        @click=${() => this.send({ type: 'sort' })}>Sort by time</vscode-button>
      <vscode-button class="paste-open" secondary aria-label="Paste a chat or log excerpt as entries"
        @click=${() => this.openPaste('')}>Paste log…</vscode-button>
      <label class="zone">
        <span>Show times in</span>
        <vscode-single-select class="zone-select" label="Show times in"
          .value=${this.zoneMode}
          @change=${(event: Event) => (this.zoneMode = (event.target as HTMLSelectElement).value as ZoneMode)}>
          ${ZONE_MODES.map(
            (mode) => html`<vscode-option value=${mode}
            ?selected=${mode === this.zoneMode}>${zoneLabels[mode]}</vscode-option>`,
          )}
        </vscode-single-select>
      </label>
    </div>`;
  }

  private timelineBody(view: TimelineViewModel): TemplateResult {
    const zone = zoneFor(this.zoneMode, view.documentZone);
    return html`
      <dl class="metrics" aria-label="Incident metrics">
        ${this.metric('Time to detect', view.metrics.timeToDetect)}
        ${this.metric('Time to mitigate', view.metrics.timeToMitigate)}
        ${this.metric('Time to resolve', view.metrics.timeToResolve)}
      </dl>
      ${
        view.metrics.unknownBecause.length > 0
          ? html`<p class="metrics-note">Not computed: ${view.metrics.unknownBecause.join('; ')}.</p>`
          : nothing
      }
      ${
        view.sectionProblems.length > 0
          ? html`<ul class="section-problems" aria-label="Problems of the timeline">${view.sectionProblems.map(
              (problem) => html`<li class=${`problem ${problem.severity}`}>${this.problemText(problem)}</li>`,
            )}</ul>`
          : nothing
      }
      <div class="axis-box">${timeAxis(view, this.axisWidth, zone, this.selectedId)}</div>
      ${this.paste ? this.pastePanel(this.paste) : nothing}
      ${this.grid(view)}
    `;
  }

  /** The severity's icon, named for screen readers, and the message. */
  private problemText(problem: EntryProblem): TemplateResult {
    const icon = SEVERITY_ICONS[problem.severity];
    return html`<span class="icon" role="img" aria-label=${problem.severity}>${icon}</span> ${problem.message}`;
  }

  private metric(label: string, ms: number | null): TemplateResult {
    return html`<div class="metric"><dt>${label}</dt><dd>${formatDuration(ms)}</dd></div>`;
  }

  private pastePanel(draft: PasteDraft): TemplateResult {
    const where = this.selectedRow ? `after ${this.selectedRow.timeText}` : 'at the end';
    const count = `${draft.entries.length} ${draft.entries.length === 1 ? 'entry' : 'entries'}`;
    const skipped = draft.skipped > 0 ? `, ${draft.skipped} ${draft.skipped === 1 ? 'line' : 'lines'} skipped` : '';
    return html`<section class="paste" aria-label="Paste a chat or log excerpt"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.closePaste()}>
      <vscode-textarea class="paste-text" rows="5" .label=${'Chat or log excerpt'}
        placeholder="[10:32] alice: restarted the primary" .value=${draft.text}
        @input=${(event: Event) => this.updatePaste((event.target as HTMLTextAreaElement).value)}></vscode-textarea>
      <p class="paste-summary">${count} found${skipped}; they will be added ${where}.</p>
      <ol class="paste-preview" aria-label="Entries to add">
        ${draft.entries.map(
          (entry) => html`<li><span class="time">${entry.time ?? 'now'}</span> <span
          class="description">${entry.description}</span>${
            entry.milestone
              ? html` <span
          class=${`badge milestone-${entry.milestone}`}>${entry.milestone}</span>`
              : nothing
          }</li>`,
        )}
      </ol>
      <div class="paste-actions">
        <vscode-button class="paste-add" aria-label=${`Add ${count}`} ?disabled=${draft.entries.length === 0}
          @click=${() => this.importPaste()}>Add ${count}</vscode-button>
        <vscode-button class="paste-cancel" secondary aria-label="Cancel paste"
          @click=${() => this.closePaste()}>Cancel</vscode-button>
      </div>
    </section>`;
  }

  private grid(view: TimelineViewModel): TemplateResult {
    const zoneHeader =
      this.zoneMode === 'document'
        ? (view.documentZoneText ?? 'as written')
        : zoneFor(this.zoneMode, view.documentZone);
    const tabbableId = this.selectedRow ? this.selectedId : view.rows[0]?.id;
    return html`<div class="grid" role="grid" aria-label="Timeline entries" aria-rowcount=${view.rows.length + 1}
      @keydown=${this.onGridKeydown} @focusout=${this.onGridFocusout} @click=${this.onGridClick}
        @dblclick=${this.onGridDoubleClick}>
      <div class="row head" role="row" aria-rowindex="1">
        <span role="columnheader" class="time">Time</span><span role="columnheader"
          class="instant">${`Instant (${zoneHeader})`}</span><span role="columnheader"
          class="description">Description</span><span role="columnheader" class="milestone">Milestone</span><span
          role="columnheader" class="problems">Problems</span>
      </div>
      ${
        view.rows.length === 0
          ? html`<p
        class="empty">No entries yet: add one now, or paste a chat or log excerpt.</p>`
          : nothing
      }
      ${repeat(
        view.rows,
        (row) => row.id,
        (row, index) => this.row(row, index, view, row.id === tabbableId),
      )}
    </div>`;
  }

  private row(row: TimelineRow, index: number, view: TimelineViewModel, tabbable: boolean): TemplateResult {
    const selected = row.id === this.selectedId;
    const editing = row.id === this.editingId;
    const worst = row.problems.some((problem) => problem.severity === 'error')
      ? 'error'
      : row.problems.some((problem) => problem.severity === 'warning')
        ? 'warning'
        : row.problems.length > 0
          ? 'info'
          : 'none';
    const instant =
      row.instant === null
        ? row.unresolvedBecause === null
          ? '—'
          : html`— <span class="unresolved">${row.unresolvedBecause}</span>`
        : `${row.approximate ? '≈ ' : ''}` +
          formatInstant(row.instant, zoneFor(this.zoneMode, view.documentZone, row.zone));
    const problems = `${row.problems.length} ${row.problems.length === 1 ? 'problem' : 'problems'}`;
    const label =
      `Entry ${index + 1} of ${view.rows.length}: ${row.timeText}, ${row.description}` +
      `${row.milestone ? `, ${row.milestone}` : ''}${row.problems.length > 0 ? `, ${problems}` : ''}`;
    return html`<div class=${`row entry problems-${worst}${selected ? ' selected' : ''}${editing ? ' editing' : ''}`}
      role="row" data-id=${row.id}
      tabindex=${tabbable ? 0 : -1} aria-selected=${selected} aria-rowindex=${index + 2} aria-label=${label}>
      <span role="gridcell" class="time">${editing ? this.editField('time', 'Time as written') : row.timeText}</span>
      <span role="gridcell" class="instant">${instant}</span>
      <span role="gridcell"
        class="description">${editing ? this.editField('description', 'Description') : row.description}</span>
      <span role="gridcell" class="milestone">${
        selected && !row.writtenInHtml
          ? this.milestoneSelect(row)
          : row.milestone
            ? html`<span
        class=${`badge milestone-${row.milestone}`}>${row.milestone}</span>`
            : nothing
      }</span>
      <span role="gridcell" class="problems">${row.problems.map(
        (problem) => html`<span class=${`problem ${problem.severity}`}>${this.problemText(problem)}</span>`,
      )}</span>
      ${selected ? html`<span role="gridcell" class="actions">${this.rowActions(row)}</span>` : nothing}
    </div>`;
  }

  /**
   * A @vscode-elements control takes its accessible name as `label`, which it puts on the input inside it that gets
   * the focus; an `aria-label` on the element itself names nothing a screen reader announces.
   */
  private editField(field: EditedField, label: string): TemplateResult {
    return html`<vscode-textfield class=${`edit-${field}`} .label=${label} .value=${this.draft[field]}
      @input=${(event: Event) => (this.draft[field] = (event.target as HTMLInputElement).value)}
        @keydown=${this.onFieldKeydown}></vscode-textfield>`;
  }

  /** A native select: @vscode-elements' select measures the page as it renders, which a thousand rows make slow. */
  private milestoneSelect(row: TimelineRow): TemplateResult {
    const current = row.milestone ?? 'none';
    return html`<select class="milestone-select" aria-label="Milestone"
      @change=${(event: Event) => this.setMilestone(row.id, (event.target as HTMLSelectElement).value)}>
      ${['none', ...MILESTONES].map(
        (value) => html`<option value=${value}
        ?selected=${value === current}>${value}</option>`,
      )}
    </select>`;
  }

  /** An entry written in HTML is read-only here: an edit could break the markup the author wrote. */
  private rowActions(row: TimelineRow): TemplateResult {
    const reveal = html`<vscode-button class="reveal" secondary aria-label=${`Go to line ${row.line + 1}`}
      @click=${() => this.post({ type: 'reveal', id: row.id })}>Go to line</vscode-button>`;
    if (row.writtenInHtml) return html`<span class="read-only">Written in HTML: edit it in the text</span> ${reveal}`;
    return html`<vscode-button class="edit" secondary aria-label="Edit entry"
      @click=${() => this.startEditing(row.id)}>Edit</vscode-button>
      ${reveal}
      <vscode-button class="delete" secondary aria-label="Delete entry"
        @click=${() => this.deleteEntry(row.id)}>Delete</vscode-button>`;
  }
}

customElements.define('postmortem-timeline', TimelineEditor);
