// Realistic generated postmortems of a chosen length, for benchmarks and generated-input tests.

const SERVICES = ['checkout-api', 'payments-db', 'search-indexer', 'edge-proxy', 'auth-service'];
const PEOPLE = ['@alice', '@bob', '@carol', '@dave', '@erin'];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A postmortem of about `lines` lines: front matter, every section, a long timeline and action items. */
export function syntheticPostmortem(lines: number): string {
  const out: string[] = [
    '---',
    'type: postmortem',
    'title: Checkout API returned 503s',
    'id: INC-2025-014',
    'status: draft',
    'severity: SEV2',
    'date: 2025-01-05',
    'timezone: UTC',
    'authors: [alice, bob]',
    '---',
    '',
    '# Checkout API returned 503s',
    '',
    '## Summary',
    '',
    'Checkout returned 503s for 40 minutes after a connection-pool change reduced the pool size.',
    '',
    '## Impact',
    '',
    'About 18% of order submissions failed; no data was lost.',
    '',
  ];
  const budget = Math.max(lines - 60, 20);
  const timelineLines = Math.floor(budget * 0.4);
  const prose = Math.floor(budget * 0.35);
  const actions = budget - timelineLines - prose;
  out.push('## Timeline', '');
  for (let i = 0; i < timelineLines; i++) {
    const minutes = 14 * 60 + Math.floor((i * 600) / Math.max(timelineLines, 1));
    const marker =
      i === 0
        ? ' [started]'
        : i === 3
          ? ' [detected]'
          : i === timelineLines - 2
            ? ' [mitigated]'
            : i === timelineLines - 1
              ? ' [resolved]'
              : '';
    out.push(
      `- ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)} UTC — ` +
        `${SERVICES[i % SERVICES.length]} reported elevated latency in region ${i % 3}${marker}`,
    );
  }
  out.push('', '## Root Cause', '');
  for (let i = 0; i < prose; i++) {
    if (i % 6 === 5) out.push('');
    else if (i % 6 === 0) out.push(`### Factor ${i / 6 + 1}`, '');
    else
      out.push(
        `The ${SERVICES[i % SERVICES.length]} configuration allowed a pool of ` +
          `${i} connections, which the load test did not cover; nobody owned the ` +
          `review of shared settings.`,
      );
  }
  out.push('', '## Action Items', '', '| Action | Owner | Due | Tracking |', '| --- | --- | --- | --- |');
  for (let i = 0; i < actions; i++) {
    const owner = i % 7 === 3 ? 'TBD' : PEOPLE[i % PEOPLE.length];
    out.push(
      `| Add a validation step for setting ${i} in the config pipeline | ` +
        `${owner} | 2025-02-${pad((i % 27) + 1)} | #${1000 + i} |`,
    );
  }
  out.push('', '## Lessons Learned', '', '### What went well', '', '- The rollback took four minutes.', '');
  return `${out.join('\n')}\n`;
}
