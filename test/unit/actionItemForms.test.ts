// Forms of action items and owners found in real postmortems (Flutter, Envoy, Gattaca, US Digital Response):
// each test writes the form as those documents do.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { ActionItem } from '../../src/core/model/types';

function items(text: string): ActionItem[] {
  return [...parsePostmortem(text).actionItems];
}

/** Each item as its first line (1-based), its text and its owners. */
function read(text: string): [number, string, string[]][] {
  return items(text).map((item) => [item.range.start.line + 1, item.text, [...item.owners]]);
}

describe('action items: links to tracked work', () => {
  it('reads a list of bare issue links as items, one per link', () => {
    const text = [
      '# Security postmortem',
      '',
      '## Action Items',
      '',
      '* https://github.com/envoyproxy/envoy/issues/8567',
      '',
      '* https://github.com/envoyproxy/envoy/issues/8875',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      [5, 'https://github.com/envoyproxy/envoy/issues/8567', []],
      [7, 'https://github.com/envoyproxy/envoy/issues/8875', []],
    ]);
  });

  it('still takes a list of bare host names for the things a sentence names', () => {
    const text =
      '# Outage\n\n## Action items\n\nWe removed these records:\n\n- www.statemag.state.gov\n- share.america.gov\n';
    assert.deepEqual(read(text), []);
  });

  it('reads a paragraph that is only a link to an issue search or a pull request as an item', () => {
    const text = [
      '# Security postmortem',
      '',
      '## Action Items',
      '',
      'https://github.com/envoyproxy/envoy/issues?q=is%3Aissue+%22Action+item+for+CVE-2021-29492%22',
      '',
      '### Fixes',
      '',
      'https://github.com/flutter/flutter/pull/47015',
      '',
      '## Lessons Learned',
      '',
      'See https://github.com/envoyproxy/envoy/issues/6586 for the discussion.',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).map(([line]) => line),
      [5, 9],
    );
  });
});

describe('action items: paragraphs of an action-items section', () => {
  // A status log's "### Actions" (Lambda Feedback, 2025): each change a paragraph of its own.
  const text = [
    '# Brief DB outage',
    '',
    '### Actions',
    '',
    'We have implemented protections against destructive actions on the DB, increasing barriers to this event.',
    '',
    'Update all evaluation function baselayers to remove dependency on external calls when validating.',
    '',
    'We have learned a lot from this incident.',
    '',
    'See the incident channel for the full log.',
    '',
    'Keep in mind that several of these depend on the vendor.',
    '',
    '_Update (July 02, 2021)_ This was addressed in CDP-2437 and deployed to production on July 1.',
    '',
    'Should we page on queue depth too?',
    '',
  ].join('\n');

  it('reads an imperative paragraph as open work and "We have <done>" as work done', () => {
    assert.deepEqual(
      items(text).map((item) => [item.range.start.line + 1, item.status]),
      [
        [5, 'done'],
        [7, 'open'],
      ],
    );
  });

  it('leaves lessons, words to the reader, labels and questions out', () => {
    const lines = items(text).map((item) => item.range.start.line + 1);
    for (const line of [9, 11, 13, 15, 17]) assert.ok(!lines.includes(line), `line ${line} is no item`);
  });

  it('reads no imperative as an item outside an action-items section', () => {
    const story = '# Outage\n\n## Summary\n\nUpdate the config, they said, and the queue filled.\n';
    assert.deepEqual(read(story), []);
  });
});

describe('action items: categories under the action items', () => {
  it('reads the lists under "### Detection" and "### Process" of an action-items section', () => {
    const text = [
      '# Flutter postmortem',
      '',
      '## Detection',
      '',
      '- Users reported it on Discord.',
      '',
      '## Action items',
      '',
      '### Detection',
      '',
      '- All `gradle_*` tests should run with the AAR workflow - https://github.com/flutter/flutter/issues/48089.',
      '',
      '### Mitigation',
      '',
      '- Translate Gradle errors into actionable steps for our users when possible.',
      '',
    ].join('\n');
    assert.deepEqual(
      read(text).map(([line]) => line),
      [11, 15],
    );
  });
});

describe('action items: titles over nested lists', () => {
  it('reads a numbered bold title with its description below as one item, owned by nobody', () => {
    const text = [
      '# Relay incident',
      '',
      '## Looking Forward',
      '',
      'We have identified several key areas to improve resilience:',
      '',
      '1. **Simulator Load Handling**',
      '   - Conducting stress tests and optimizations to ensure the simulator remains responsive.',
      '',
      '2. **Demotion Enhancements**',
      '   - We are looking into more robust builder demotion mechanisms.',
      '',
    ].join('\n');
    const found = items(text);
    assert.deepEqual(
      found.map((item) => [item.range.start.line + 1, item.range.end.line + 1, item.text, item.owners.length]),
      [
        [7, 8, 'Simulator Load Handling', 0],
        [10, 11, 'Demotion Enhancements', 0],
      ],
    );
  });

  it('still groups a bulleted bold name over the items it owns', () => {
    const text = '# Outage\n\n## Action items\n\n- **Alice Smith**\n  - Add an alert\n  - Shard the queue\n';
    assert.deepEqual(read(text), [
      [6, 'Add an alert', ['Alice Smith']],
      [7, 'Shard the queue', ['Alice Smith']],
    ]);
  });

  it('reads a short title ending in a colon and the pieces of work under it as items', () => {
    const text = [
      '# Flutter postmortem',
      '',
      '## Action items',
      '',
      '- A better process for flagging erupting fires quickly:',
      '  - Alerts for issues that quickly gain thumb ups',
      '  - Increased issue monitoring following a Flutter release',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      [5, 'A better process for flagging erupting fires quickly', []],
      [6, 'Alerts for issues that quickly gain thumb ups', []],
      [7, 'Increased issue monitoring following a Flutter release', []],
    ]);
  });

  it('reads a sentence that runs into its colon and the list completing it as one item', () => {
    const text = [
      '# Outage',
      '',
      '## Action items',
      '',
      '- We are redesigning our code review process, to introduce measures which will:',
      '  1. encourage authors to state the motivation for the change',
      '  1. encourage reviewers to view the change from the perspective of an adversary',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.range.start.line + 1, item.range.end.line + 1]),
      [[5, 7]],
    );
  });

  it('still groups the items under a label of label words such as "Short-term:"', () => {
    const text = '# Outage\n\n## Action items\n\n- Short-term:\n  - Add an alert\n';
    assert.deepEqual(read(text), [[6, 'Add an alert', []]]);
  });
});

describe('owners: more forms', () => {
  it('reads an OWNER: label whose value wraps onto the next line, and a trailing-@ user name', () => {
    const text = [
      '# Flutter postmortem',
      '',
      '## Action items',
      '',
      '- The `flutter.gradle` script should exclude non-Android plugins in a way that is resilient. OWNER:',
      '  blasten@ (DONE).',
      '- All endorsed plugin implementations should have a no-op Android implementation. OWNER: amirh@ (DONE).',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.owners, item.status]),
      [
        [['blasten@'], 'done'],
        [['amirh@'], 'done'],
      ],
    );
  });

  it('does not take a team joined by a preposition for the subject ("Work with USDR ops team to ...")', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- Work with USDR ops team to fund GitHub effectively.',
      '- The SRE team will add an alert on the actions budget.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.owners),
      [[], ['SRE team']],
    );
  });
});
