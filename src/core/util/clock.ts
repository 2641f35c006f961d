// The one clock the core reads ("is this action item past due?"), so that tests can fix today.

let now: () => number = () => Date.now();

/** Milliseconds since the epoch. */
function currentTime(): number {
  return now();
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function today(): string {
  return new Date(currentTime()).toISOString().slice(0, 10);
}

/** Makes `currentTime` read `clock`; without an argument, the system clock again. */
export function setClock(clock?: () => number): void {
  now = clock ?? (() => Date.now());
}
