// A browser bundle loaded before the timeline webview in the Chromium tests and the benchmark: a
// stand-in for VS Code's `acquireVsCodeApi()` that records what the page posts, and optionally a
// host running in the page on the core (parse, edit, re-analyze, new view), plus timing helpers.
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { MarkdownCache } from '../../src/core/model/markdown';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { checkedTimelineEdits } from '../../src/core/timeline/edits';
import type { HostMessage, TimelineViewModel, WebviewMessage } from '../../src/core/timeline/protocol';
import { timelineView } from '../../src/core/timeline/view';
import type { WebviewApi } from '../../webview/shared/vscodeApi';
import type { SavedState } from '../../webview/timeline/timelineEditor';

export interface TimelineStandIn {
  /** Every message the page posted, in order. */
  readonly sent: WebviewMessage[];
  /** The last `setState`, kept across reloads of the page. */
  readonly saved: SavedState | undefined;
  /** Forgets the saved state, for the next load of the page. */
  forget(): void;
  /** Content-Security-Policy violations seen by the page. */
  readonly violations: string[];
  /** Delivers a message from the host, as VS Code does: a `message` event on the window. */
  deliver(message: HostMessage): void;
  /** Answers the page's messages from here on with a host running in the page on `text`, starting with its state. */
  startHost(text: string): void;
  /** The in-page host's document text. */
  hostText(): string;
  /** Milliseconds from delivering `view` to its rows being in the DOM and painted. */
  measureRender(view: TimelineViewModel): Promise<number>;
  /**
   * Milliseconds from pressing Enter on an edited description to the updated row: in the DOM, then
   * painted (the frame after), then two animation frames later; and the host's own part.
   */
  measureEditRoundTrip(
    rowIndex: number,
    description: string,
  ): Promise<{ inDom: number; painted: number; twoFrames: number; host: number }>;
}

declare global {
  /** In the test and benchmark pages only. */
  var timelineStandIn: TimelineStandIn;
}

const sent: WebviewMessage[] = [];
const violations: string[] = [];
// Like VS Code's, the saved state outlives the page: here in the tab's session storage.
const SAVED_KEY = 'timelineStandIn.saved';
const savedText = sessionStorage.getItem(SAVED_KEY);
let saved: SavedState | undefined = savedText === null ? undefined : (JSON.parse(savedText) as SavedState);
let host: InPageHost | undefined;
let acquired = false;

document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
);

/** The extension host's part, in the page: the same core calls the real host makes. */
class InPageHost {
  private version = 1;
  private readonly cache = new MarkdownCache();
  /** Milliseconds the last intent took here, from receiving it to posting the new state. */
  lastMs = 0;

  constructor(public text: string) {}

  view(): TimelineViewModel {
    const analysis = analyze(this.text, {
      config: DEFAULT_CONFIG,
      path: 'incident.postmortem.md',
      force: true,
      cache: this.cache,
    });
    return timelineView(analysis, this.version);
  }

  receive(message: WebviewMessage): void {
    const started = performance.now();
    if (message.type === 'ready') {
      deliver({ type: 'state', view: this.view() });
      return;
    }
    if (message.type === 'undo' || message.type === 'redo' || message.type === 'reveal') return;
    if (message.version !== this.version) {
      deliver({
        type: 'refused',
        reason: `The view was of version ${message.version}; the document is at ${this.version}.`,
      });
      return;
    }
    const document = parsePostmortem(this.text, { config: DEFAULT_CONFIG, cache: this.cache });
    const result = checkedTimelineEdits(document, message, Date.now(), (text) =>
      parsePostmortem(text, { config: DEFAULT_CONFIG, cache: this.cache }),
    );
    if ('refused' in result) {
      deliver({ type: 'refused', reason: result.refused });
      return;
    }
    this.text = applyEdits(this.text, result.edits);
    this.version++;
    deliver({ type: 'state', view: this.view() });
    this.lastMs = performance.now() - started;
  }
}

function deliver(message: HostMessage): void {
  window.postMessage(message, '*');
}

const api: WebviewApi<WebviewMessage, SavedState> = {
  postMessage(message) {
    sent.push(message);
    // Messages cross to the extension host asynchronously.
    if (host) setTimeout(() => host?.receive(message), 0);
  },
  getState: () => saved,
  setState(state) {
    saved = state;
    sessionStorage.setItem(SAVED_KEY, JSON.stringify(state));
  },
};

globalThis.acquireVsCodeApi = () => {
  if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
  acquired = true;
  return api;
};

/** Resolves once `ready()` holds, checking after every change to the page. */
function when(ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves just after the next frame is painted: a task queued from that frame's rAF callback. */
const nextPaint = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

const standIn: TimelineStandIn = {
  sent,
  violations,
  get saved() {
    return saved;
  },
  deliver,
  forget() {
    sessionStorage.removeItem(SAVED_KEY);
  },
  startHost(text) {
    host = new InPageHost(text);
    deliver({ type: 'state', view: host.view() });
  },
  hostText: () => host?.text ?? '',
  async measureRender(view) {
    const started = performance.now();
    deliver({ type: 'state', view });
    await when(
      () =>
        document.querySelectorAll('.entry').length === view.rows.length &&
        document.querySelector('.grid')?.getAttribute('aria-rowcount') === String(view.rows.length + 1),
    );
    await frame();
    await frame();
    return performance.now() - started;
  },
  async measureEditRoundTrip(rowIndex, description) {
    const row = document.querySelectorAll<HTMLElement>('.entry')[rowIndex];
    if (!row) throw new Error(`no row ${rowIndex}`);
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await when(() => row.querySelector('.edit-description') !== null);
    const field = row.querySelector<HTMLInputElement>('.edit-description')!;
    field.value = description;
    const started = performance.now();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await when(() =>
      Array.from(document.querySelectorAll('.entry .description'), (cell) => cell.textContent).includes(description),
    );
    const inDom = performance.now() - started;
    await nextPaint();
    const painted = performance.now() - started;
    await frame();
    return { inDom, painted, twoFrames: performance.now() - started, host: host?.lastMs ?? 0 };
  },
};

globalThis.timelineStandIn = standIn;
