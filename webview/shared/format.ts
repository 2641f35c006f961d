// How the webviews write numbers a person reads.
import { humanDuration } from '../../src/core/protocol';

/** A duration as the CLI and the hovers write it (`37m`, `1h 7m`, `45s`); `—` when unknown. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return humanDuration(ms);
}
