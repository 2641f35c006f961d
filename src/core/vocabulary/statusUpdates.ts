// The words a status page heads its updates with ("## Update (2013-08-06 9:33 UTC)", "### Resolved - 14:22 UTC"): a
// run of such headings, each with its time, is the incident's timeline. A leaf, as terms.ts is.

/** Words that head a status update, why they are here, and a heading that shows them at work. */
export const STATUS_UPDATE_WORDS = {
  words: [
    'update',
    'updated',
    'investigating',
    'identified',
    'monitoring',
    'resolved',
    'mitigated',
    'postmortem',
    'scheduled',
    'in progress',
    'completed',
  ],
  note:
    'The states a status page gives each update, and "Update" itself: before the update\'s time, set off or in ' +
    'brackets, they head one entry of the timeline the updates make.',
  example: '## Update (2013-08-06 9:33 UTC)',
} as const;
