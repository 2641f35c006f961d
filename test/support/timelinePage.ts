// The built timeline webview page in Chromium (see ./webviewPage), with the stand-in for the
// webview API from bench/timeline/page.ts loaded first, by nonce, like any other script.
import type { HostMessage, WebviewMessage } from '../../src/core/timeline/protocol';
import { openWebviewPage, type Theme, type WebviewPage } from './webviewPage';

export interface TimelinePage extends WebviewPage {
  /** Sends a message from the host to the page. */
  deliver(message: HostMessage): Promise<void>;
  /** Every message the page has posted. */
  sent(): Promise<WebviewMessage[]>;
  /** The Content-Security-Policy violations the page has seen. */
  violations(): Promise<string[]>;
}

/** Opens the built timeline page (run `node scripts/build.mjs` first) in a fresh Chromium. */
export async function openTimelinePage(
  options: { theme?: Theme; width?: number; height?: number } = {},
): Promise<TimelinePage> {
  const opened = await openWebviewPage({
    ...options,
    bundle: 'timeline',
    title: 'Timeline',
    element: 'postmortem-timeline',
    scripts: ['/out/bench/timeline/page.js'],
    served: ['out/bench/timeline/'],
  });
  const { page } = opened;
  return {
    ...opened,
    deliver: (message) => page.evaluate((message) => timelineStandIn.deliver(message), message),
    sent: () => page.evaluate(() => timelineStandIn.sent),
    violations: () => page.evaluate(() => timelineStandIn.violations),
  };
}
