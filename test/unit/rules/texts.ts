// Postmortem texts that several rules' tests are written in.

/** A postmortem whose Action items section holds these lines; the first is line 5. */
export function actionItems(...lines: string[]): string {
  return ['# Outage', '', '## Action items', '', ...lines, ''].join('\n');
}

/** A postmortem with these sections, each a `## title` heading, a blank line and the body. */
export function postmortem(sections: Readonly<Record<string, string>>): string {
  return [
    '# Checkout API returned 503s',
    '',
    ...Object.entries(sections).flatMap(([title, body]) => [`## ${title}`, '', body, '']),
  ].join('\n');
}

/** Front matter with a date, and a title: five lines before what follows. */
export const DATED = ['---', 'date: 2025-01-05', '---', '# Checkout 503s', ''];

/** Front matter with a date and UTC as the zone, and a Timeline heading: its entries start on line 9. */
export const UTC_DOC = ['---', 'date: 2024-06-05', 'timezone: UTC', '---', '# Queue outage', '', '## Timeline', ''];

/** A timeline of one entry (line 7) in a document with this date and zone. */
export function zonedTimeline(zone: string, date: string, entry: string): string[] {
  return ['---', `date: ${date}`, `timezone: ${zone}`, '---', '## Timeline', '', `- ${entry}`];
}

/**
 * Two impossible times, the first silenced for `timeline-timestamp` (the second is line 11): no other timeline rule
 * flags either.
 */
export const SILENCED_TIMESTAMP = [
  ...DATED,
  '## Timeline (all times UTC)',
  '',
  '<!-- postmortem-disable-next-line timeline-timestamp -->',
  '13:06 PM: a',
  '',
  '13:07 PM: b',
].join('\n');
