// How the timeline editor writes instants: in a chosen zone through Intl.DateTimeFormat (fixed
// offsets such as `+02:00` by shifting). Durations: ../shared/format.ts.
import type { ZoneMode } from '../../src/core/protocol';

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const MINUTE = 60_000;

/** The viewer's own zone, as the browser reports it. */
export const localZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for an IANA zone, or null when the browser does not know the zone. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

function offsetMinutes(zone: string): number | null {
  const match = OFFSET.exec(zone);
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** `YYYY-MM-DD HH:mm` of an instant in a zone (IANA name, `UTC` or an offset such as `+02:00`). */
export function formatInstant(instant: number, zone: string): string {
  const offset = offsetMinutes(zone);
  const formatter = offset === null ? (formatterFor(zone) ?? formatterFor('UTC')!) : formatterFor('UTC')!;
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant + (offset ?? 0) * MINUTE)) parts[part.type] = part.value;
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** `HH:mm` of an instant in a zone. */
export function formatClock(instant: number, zone: string): string {
  return formatInstant(instant, zone).slice(11);
}

/** The zone a mode shows instants in; `rowZone` stands in when the document names none. */
export function zoneFor(mode: ZoneMode, documentZone: string | null, rowZone: string | null = null): string {
  if (mode === 'utc') return 'UTC';
  if (mode === 'local') return localZone;
  return documentZone ?? rowZone ?? 'UTC';
}
