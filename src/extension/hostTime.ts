/**
 * The longest stretch of the extension's own synchronous work on the extension host's thread,
 * the part of an event-loop stall this extension causes (other extensions share the thread).
 */
let longestMs = 0;

export function onHostThread<T>(work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    longestMs = Math.max(longestMs, performance.now() - started);
  }
}

/** The longest stretch since the last call, then starts measuring afresh. */
export function takeLongestHostWork(): number {
  const longest = longestMs;
  longestMs = 0;
  return longest;
}
