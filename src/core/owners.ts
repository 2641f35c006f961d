/** The owners a CODEOWNERS file names: `@user`, `@org/team` and e-mail addresses, each once. */
export function ownersFromCodeowners(text: string): string[] {
  const owners = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (!content) continue;
    for (const token of content.split(/\s+/).slice(1)) {
      if (/^@[\w.-]+(\/[\w.-]+)?$/.test(token) || /^[^@\s]+@[^@\s]+\.\w+$/.test(token)) owners.add(token);
    }
  }
  return [...owners];
}

/** Human-readable distance between two instants, such as `+1h 05m` or `-12m`. */
export function formatOffset(milliseconds: number): string {
  const sign = milliseconds < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(milliseconds) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${sign}${days}d ${hours}h ${String(rest).padStart(2, '0')}m`;
  if (hours > 0) return `${sign}${hours}h ${String(rest).padStart(2, '0')}m`;
  return `${sign}${rest}m`;
}
