import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/parse';
import { headingKind } from '../../src/core/model/sections';
import sectionNames from '../../src/core/model/sectionNames.json';

describe('section names (sectionNames.json)', () => {
  it('gives every name a note and an example heading that the name maps to its kind', () => {
    for (const name of sectionNames.names) {
      assert.ok(name.note.trim() !== '', `${name.words}: no note`);
      assert.equal(headingKind(name.example), name.kind, `${name.words}: "${name.example}"`);
    }
  });

  it('matches a name only where its entry says: anywhere, at the start, or as the whole heading', () => {
    assert.equal(headingKind('Key takeaways'), 'lessons');
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
