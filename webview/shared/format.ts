// How the webviews write numbers a person reads.

/** `37 min`, `1 h 7 min`, `2 d 4 h`, `45 s`; `—` when unknown. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const sign = ms < 0 ? '−' : '';
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return `${sign}${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = days > 0 ? [`${days} d`, hours > 0 ? `${hours} h` : ''] : [hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : ''];
  return sign + parts.filter(Boolean).join(' ');
}
