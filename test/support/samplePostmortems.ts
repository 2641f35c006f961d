// Postmortems for the tests of the CLI as users install and run it.

/** No finding. */
export const CLEAN_POSTMORTEM = [
  '---',
  'type: postmortem',
  'title: Cache cluster outage',
  'status: draft',
  'severity: SEV2',
  'date: 2025-03-02',
  '---',
  '# Cache cluster outage',
  '',
  '## Summary',
  '',
  'The cache cluster was unavailable for 20 minutes.',
  '',
  '## Impact',
  '',
  'Page loads were slow for all users.',
  '',
  '## Timeline',
  '',
  '- 10:00 UTC A configuration change is deployed [started]',
  '- 10:05 UTC An alert fires [detected]',
  '- 10:20 UTC The change is rolled back [resolved]',
  '',
  '## Root cause',
  '',
  'The deploy pipeline did not run the migration before the new code started.',
  '',
  '## Action items',
  '',
  '- [ ] Run migrations automatically in the deploy pipeline. Owner: @alice, due 2099-01-01',
  '',
].join('\n');

/** Line 26 names a person as the root cause (an error) and judges them (a warning). */
export const BLAMEFUL_POSTMORTEM = CLEAN_POSTMORTEM.replace(
  'The deploy pipeline did not run the migration before the new code started.',
  'Bob forgot to run the migration before deploying, which was careless.',
);

/** Only a warning: the Timeline section is empty. */
export const UNTIMED_POSTMORTEM = CLEAN_POSTMORTEM.replace(/^- \d\d:\d\d UTC .*\n/gm, '');
