import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { hasLabelledSection, readsTrap } from '../../scripts/labelledDocuments';

describe('labelled documents: timeline traps (scripts/labelledDocuments.ts)', () => {
  const document = parsePostmortem(
    [
      '## Timeline',
      '',
      '- 01:00 UTC - A database failed in a job scheduled at nights (UTC + 2).',
      '  It ran on past 02:00.',
      '- 2024-01-02 - Release notes published',
      '',
    ].join('\n'),
  );
  const [timed, dated] = document.timeline;

  it('takes an entry for the trap only when it starts on its line and its time is what the trap quotes', () => {
    assert.equal(readsTrap(dated!, { line: 5, issue: "'2024-01-02' names the release day, not a stamp" }), true);
    assert.equal(readsTrap(dated!, { line: 5, issue: 'a date of the release notes, not a stamp' }), true);
    assert.equal(readsTrap(timed!, { line: 3, issue: "'(UTC + 2)' inside the text gives a schedule's zone" }), false);
    assert.equal(readsTrap(timed!, { line: 4, issue: "'02:00' inside the entry's text" }), false);
    assert.equal(readsTrap(timed!, { line: 4, issue: 'a time inside the text' }), false);
  });
});

describe('labelled documents: sections (scripts/labelledDocuments.ts)', () => {
  it('takes a heading for its section only where something is written under it, or under its subsections', () => {
    const has = (text: string): boolean => hasLabelledSection(parsePostmortem(text), 'root_cause');
    assert.equal(has('# Leak\n\n## Analysis\n\n## What went well\n\n- Alerts fired.\n'), false);
    assert.equal(has('# Leak\n\n## Root cause\n\n<!-- What broke? -->\n\n## Impact\n\nNone.\n'), false);
    assert.equal(has('# Leak\n\n## Analysis\n\nThe cache was open to the Internet.\n'), true);
    assert.equal(has('# Leak\n\n## Root cause\n\n### Firewall\n\nThe rules were off.\n'), true);
  });
});
