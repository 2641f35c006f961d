// The messages between Show Metrics' host and its webview. Both sides import this module; the host
// checks every message it receives with `readMetricsMessage` before use.
import type { WorkspaceMetrics } from './metrics';

export type MetricsHostMessage = { readonly type: 'metrics'; readonly metrics: WorkspaceMetrics };

export type MetricsWebviewMessage =
  | { readonly type: 'ready' }
  /** Compute the numbers again. */
  | { readonly type: 'refresh' }
  /** Open the postmortem of the row with this path. */
  | { readonly type: 'open'; readonly path: string };

const MAX_PATH = 4096;

/** The message if it is one the protocol knows, well formed; otherwise why not. */
export function readMetricsMessage(
  value: unknown,
): { readonly message: MetricsWebviewMessage } | { readonly invalid: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { invalid: 'the message is not an object' };
  const { type, path } = value as Record<string, unknown>;
  if (type === 'ready' || type === 'refresh') return { message: { type } };
  if (type !== 'open') return { invalid: 'type is not one of ready, refresh, open' };
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH)
    return { invalid: `open: path is not a string of 1 to ${MAX_PATH} characters` };
  return { message: { type, path } };
}
