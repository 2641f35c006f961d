/** An instant as UTC ISO 8601, without milliseconds when there are none: `2025-01-05T14:32:00Z`. */
export function isoInstant(milliseconds: number): string | undefined {
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

interface DurationParts {
  readonly negative: boolean;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Hours rather than days: a day is not always 24 hours, so `P1D` would be ambiguous. */
function durationParts(milliseconds: number): DurationParts {
  const total = Math.round(Math.abs(milliseconds) / 1000);
  return {
    negative: milliseconds < 0 && total > 0,
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

function joinParts(
  milliseconds: number,
  units: readonly [string, string, string],
  zero: string,
  separator: string,
): string {
  const { negative, hours, minutes, seconds } = durationParts(milliseconds);
  const parts = [
    [hours, units[0]],
    [minutes, units[1]],
    [seconds, units[2]],
  ]
    .filter(([value]) => value !== 0)
    .map(([value, unit]) => `${value}${unit}`);
  return (negative ? '-' : '') + (parts.length === 0 ? zero : parts.join(separator));
}

/** ISO 8601 duration: `PT12M`, `PT1H5M`, `PT26H`, `PT0S`; a negative one starts with `-`. */
export function isoDuration(milliseconds: number): string {
  const text = joinParts(milliseconds, ['H', 'M', 'S'], '0S', '');
  return text.startsWith('-') ? `-PT${text.slice(1)}` : `PT${text}`;
}

/** For people, in the CLI, the panels and the hovers alike: `12m`, `1h 5m`, `0s`, `-5m`. */
export function humanDuration(milliseconds: number): string {
  return joinParts(milliseconds, ['h', 'm', 's'], '0s', ' ');
}

/** The distance of an instant from another, signed: `+1h 5m`, `-12m`, `+0s`. */
export function signedDuration(milliseconds: number): string {
  const text = humanDuration(milliseconds);
  return text.startsWith('-') ? text : `+${text}`;
}
