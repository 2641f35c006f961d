import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { headingKind } from '../../src/core/model/sections';
import sectionNames from '../../src/core/model/sectionNames.json';

describe('section names (sectionNames.json)', () => {
  it('gives every name a note and an example heading that the name maps to its kind', () => {
    for (const name of sectionNames.names as readonly ((typeof sectionNames.names)[number] & {
      onlyWithout?: boolean;
    })[]) {
      assert.ok(name.note.trim() !== '', `${name.words}: no note`);
      // A name that counts only where no other section has its kind is tried in a document of its own.
      const kind = name.onlyWithout
        ? parsePostmortem(`# Outage\n\n## ${name.example}\n\nText.\n`).sections[1]?.ownKind
        : headingKind(name.example);
      assert.equal(kind, name.kind, `${name.words}: "${name.example}"`);
    }
  });

  it('takes "Looking forward" for the action items only where no other section names them', () => {
    const kinds = (text: string): string[] => parsePostmortem(text).sections.map((section) => section.ownKind);
    const outlook = '## Looking Forward\n\n1. **Bug bounty**\n   - We will establish a bug bounty program.\n';
    assert.deepEqual(kinds(`# Relay incident\n\n## Resolution\n\n- Patched.\n\n${outlook}`), [
      'other',
      'resolution',
      'action-items',
    ]);
    assert.deepEqual(kinds(`# Outage\n\n## Remediation\n\n- Add an alert\n\n### Moving forward\n\n- Harden it\n`), [
      'other',
      'action-items',
      'other',
    ]);
  });

  it('reads "Detection" and "Mitigation" under action items as categories of the work', () => {
    const sections = parsePostmortem(
      '# Outage\n\n## Detection\n\nA user told us.\n\n## Action items\n\n### Detection\n\n- Alert on it\n\n' +
        '### Mitigation\n\n- Retry\n',
    ).sections;
    assert.deepEqual(
      sections.map((section) => [section.title, section.ownKind, section.kind]),
      [
        ['Outage', 'other', 'other'],
        ['Detection', 'detection', 'detection'],
        ['Action items', 'action-items', 'action-items'],
        ['Detection', 'detection', 'action-items'],
        ['Mitigation', 'resolution', 'action-items'],
      ],
    );
  });

  it('matches a name only where its entry says: anywhere, at the start, or as the whole heading', () => {
    assert.equal(headingKind('Key takeaways'), 'lessons');
    assert.equal(headingKind('Things that went well'), 'lessons');
    assert.equal(headingKind('Follow-up timeline (times in BST)'), 'timeline');
    assert.equal(headingKind('Follow-up items'), 'action-items');
    assert.equal(headingKind('What didn\u2019t go well'), 'lessons');
    assert.equal(headingKind('Are Wire installations affected?'), 'impact');
    assert.equal(headingKind('Which regions were affected'), 'impact');
    assert.equal(headingKind('Affected customers'), 'impact');
    assert.equal(headingKind('2025 January 2nd: security measures affected logins'), 'other');
    assert.equal(headingKind('Actions taken'), 'resolution');
    assert.equal(headingKind('Actions planned'), 'action-items');
    assert.equal(headingKind('Planned actions'), 'action-items');
    assert.equal(headingKind('Events'), 'timeline');
    assert.equal(headingKind('Related events'), 'supporting');
    assert.equal(headingKind('Release notes'), 'other');
    assert.equal(headingKind('How could we prevent this in the future?'), 'action-items');
    assert.equal(headingKind('How did it happen?'), 'root-cause');
    assert.equal(headingKind('Origins of the outage'), 'root-cause');
    assert.equal(headingKind('Response'), 'resolution');
    assert.equal(headingKind('Response times'), 'other');
    assert.equal(headingKind('2) TODO Configuration Management'), 'other');
    assert.equal(headingKind('Open TODOs'), 'action-items');
    assert.equal(headingKind('3) Root cause'), 'root-cause');
    assert.equal(headingKind('So what happened?'), 'summary');
    assert.equal(headingKind('So far'), 'other');
    assert.equal(headingKind('The following 2 weeks'), 'action-items');
    assert.equal(headingKind('The next few months'), 'action-items');
    assert.equal(headingKind('What happened in the following days'), 'summary');
    assert.equal(headingKind('Identified problems'), 'root-cause');
    assert.equal(headingKind('Problems'), 'other');
  });

  it('takes a resolution that is nothing but a list of remediations for the action items', () => {
    const kinds = (body: string): string[] =>
      parsePostmortem(`# Outage\n\n## Resolution\n\n${body}\n\n## Lessons learned\n\n- Pools matter\n`).sections.map(
        (section) => section.ownKind,
      );
    const list = '1. **Settings:** disable server-side cursors\n2. **Source cleanup:** materialized the IDs\n';
    assert.deepEqual(kinds(list), ['other', 'action-items', 'lessons']);
    assert.deepEqual(kinds(`We rolled back the release.\n\n${list}`), ['other', 'resolution', 'lessons']);
    assert.deepEqual(kinds('- Rolled back the release\n- Restarted the pods'), ['other', 'resolution', 'lessons']);
    assert.deepEqual(kinds(`${list}\n### Recovery\n\nThe queue drained by noon.`), [
      'other',
      'resolution',
      'resolution',
      'lessons',
    ]);
  });

  it('takes a section under a name of its own whose first paragraph gives the root cause for the root cause', () => {
    const document = parsePostmortem(
      '# Outage\n\n## The Nitty Gritty\n\nThe report is accurate, but the actual root cause was deeper.\n\n' +
        '## Backlog check\n\nThis does not address the root cause, but it helps.\n\n' +
        '## Later\n\nWe looked again.\n\nThe root cause is a leak.\n',
    );
    assert.deepEqual(
      document.sections.map((section) => section.ownKind),
      ['other', 'root-cause', 'other', 'other'],
    );
  });

  it('takes a conclusion that states what contributed to the incident for its root cause', () => {
    const document = parsePostmortem(
      '# Outage\n\n## Conclusions on the regression\n\nSeveral factors contributed to this ' +
        'bug.\n\n## Conclusion\n\nWe are glad it is over.\n',
    );
    assert.deepEqual(
      document.sections.map((section) => section.ownKind),
      ['other', 'root-cause', 'other'],
    );
  });
});
