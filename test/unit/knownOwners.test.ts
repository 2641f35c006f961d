import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { documentPeople, knownOwners } from '../../src/core/owners';

const postmortem = (...lines: string[]) =>
  analyze(
    [
      '---',
      'type: postmortem',
      'authors: [carol, "@dave"]',
      'owner: Erin Lee',
      '---',
      '# Outage',
      '',
      '## Action items',
      '',
      ...lines,
      '',
    ].join('\n'),
    { config: DEFAULT_CONFIG, path: 'x.md' },
  );

describe('known owners: one list for owner completion and Assign Owner', () => {
  it("takes the document's own people: the front matter's authors and owner, then the action items' owners", () => {
    const analysis = postmortem('- [ ] Add an alert \u2014 Owner: @frank', '- [ ] Cap retries');
    assert.deepEqual(documentPeople(analysis), ['carol', '@dave', 'Erin Lee', '@frank']);
    assert.deepEqual(documentPeople({ frontMatter: { author: 'Gail, Hal', owner: 42 }, actionItems: [] }), [
      'Gail',
      'Hal',
    ]);
  });

  it("offers the team's owners first, then the document's people, CODEOWNERS and other postmortems, each once", () => {
    const analysis = postmortem('- [ ] Add an alert \u2014 Owner: @frank', '- [ ] Cap retries');
    const owners = knownOwners({
      config: { owners: ['@alice', 'Team Payments', '@dave'], ownerAliases: { carol: '@carol-smith' } },
      document: analysis,
      codeowners: ['@acme/sre', '@alice'],
      elsewhere: ['@frank', '@gina'],
    });
    assert.deepEqual(owners, [
      '@alice',
      'Team Payments',
      '@dave',
      '@carol-smith',
      'Erin Lee',
      '@frank',
      '@acme/sre',
      '@gina',
    ]);
  });

  it('leaves out what is not an owner, and a name written with or without @ is one person', () => {
    const owners = knownOwners({
      config: { owners: ['@bob'], ownerAliases: {} },
      document: {
        frontMatter: { authors: ['bob', 'TBD', 'the team', ''], owner: '@owner' },
        actionItems: [{ owners: ['we', '@Bob'] }],
      },
      codeowners: ['docs@example.com'],
    });
    assert.deepEqual(owners, ['@bob', 'docs@example.com']);
  });
});
