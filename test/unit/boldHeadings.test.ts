import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { causeProfile } from '../../src/core/related/causes';

function kinds(text: string): string[] {
  return parsePostmortem(text).sections.map((section) => `${section.title}=${section.kind}`);
}

const PASTED = [
  '**Summary**',
  '',
  'Checkout slowed for 47 minutes.',
  '',
  '**Timeline (UTC)**',
  '',
  '\u25cf\t14:02 - The change was deployed.',
  '\u25cf\t14:49 - The change was rolled back.',
  '',
  '**Action Items**',
  '',
  '\u2022 Alert on connection queue depth',
  '',
].join('\n');

describe('documents pasted from Google Docs or a word processor', () => {
  it('reads bold lines as headings where no heading below the title is written and two of them name sections', () => {
    assert.deepEqual(kinds(PASTED), ['Summary=summary', 'Timeline (UTC)=timeline', 'Action Items=action-items']);
    assert.deepEqual(kinds(`# Checkout latency\n\n${PASTED}`), [
      'Checkout latency=other',
      'Summary=summary',
      'Timeline (UTC)=timeline',
      'Action Items=action-items',
    ]);
  });

  it('reads a bullet sign and a tab or space opening a line as a list item, every position kept', () => {
    const document = parsePostmortem(PASTED);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.timeText, entry.style, entry.range.start.line]),
      [
        ['14:02', 'list', 6],
        ['14:49', 'list', 7],
      ],
    );
    const [item] = document.actionItems;
    assert.equal(item?.text, 'Alert on connection queue depth');
    assert.equal(item?.range.start.line, 11);
  });

  it('leaves bold lines as emphasis beside written headings, alone, or when they name no sections', () => {
    // Beside written headings only a timeline or an action-items label over a list is a heading (see below).
    assert.deepEqual(kinds(`## Summary\n\nIt broke.\n\n${PASTED}`), [
      'Summary=summary',
      'Timeline (UTC)=timeline',
      'Action Items=action-items',
    ]);
    assert.deepEqual(kinds('**Summary**\n\nIt broke.\n\n**Important**\n\nSee the ticket.\n'), []);
    assert.deepEqual(kinds('**Update one**\n\nIt broke.\n\n**Update two**\n\nIt works.\n'), []);
    assert.deepEqual(kinds('**Summary** and **Impact**\n\nIt broke.\n\n**Timeline** of it all, in short.\n'), []);
  });

  it('reads a bold timeline label over a list inside another section as the timeline, one level below', () => {
    const text = [
      '# Cost map outage',
      '',
      '## Root cause',
      '',
      'A malformed JSON file was merged.',
      '',
      '**Timeline:**',
      '',
      '1. The JSON was merged.',
      '2. Users reported import failures.',
      '',
      '## Remediation',
      '',
      '- Validate the JSON in CI.',
      '',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      'Cost map outage=other',
      'Root cause=root-cause',
      'Timeline:=timeline',
      'Remediation=action-items',
    ]);
    const document = parsePostmortem(text);
    assert.equal(document.sections[2]?.level, 3);
    assert.equal(document.sections[2]?.parent, 1);
    // Beside a timeline heading, or over no list, the label stays emphasis.
    assert.deepEqual(
      kinds(`${text}\n## Timeline\n\n- 10:00 merged\n`).filter((kind) => kind.endsWith('=timeline')),
      ['Timeline=timeline'],
    );
    assert.deepEqual(
      kinds(text.replace('**Timeline:**\n\n1.', '**Timeline:**\n\nThe steps:\n\n1.')).filter((kind) =>
        kind.endsWith('=timeline'),
      ),
      [],
    );
  });

  it('reads one bold action-items label over a list in another section as the action items, not one per lesson', () => {
    const text = [
      '# Bloat',
      '',
      '### Why did this happen?',
      '',
      'Nodes ran an outdated engine.',
      '',
      '**What has been done**',
      '',
      '1. A small upgrade was released.',
      '2. We are also replacing our engine.',
      '',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      'Bloat=other',
      'Why did this happen?=root-cause',
      'What has been done=action-items',
    ]);
    assert.deepEqual(
      parsePostmortem(text).actionItems.map((item) => item.status),
      ['done', 'open'],
    );
    const perLesson = ['## Lessons', '', '### Reviews', '', '**Actions planned:**', '', '- Add a checklist.', ''];
    const twice = [...perLesson, '### Alerting', '', '**Actions planned:**', '', '- Add an alert.', ''].join('\n');
    assert.deepEqual(kinds(twice), ['Lessons=lessons', 'Reviews=lessons', 'Alerting=lessons']);
  });

  it('reads an italic lessons label over a list in a section as the lessons, and the rules it lists as items', () => {
    const text = [
      '## 22/Mar/2022',
      '',
      'Both nodes went offline during the migration.',
      '',
      '_Lessons learned_',
      '',
      '- Try to book a dedicated slot for the migration.',
      '- Do not migrate both nodes in the same slot.',
      '',
    ].join('\n');
    assert.deepEqual(kinds(text), ['22/Mar/2022=other', 'Lessons learned=lessons']);
    assert.equal(parsePostmortem(text).actionItems.length, 2);
    // A template's italic prompt is no label: `Leadup` keeps the list.
    const prompt = ['## Leadup', '', '*List the sequence of events that led to the incident*', ''];
    const entries = ['- **00:27 UTC:** Django starts', '- **00:32 UTC:** Joe is paged', '- **00:42 UTC:** Fixed', ''];
    const titles = kinds([...prompt, ...entries].join('\n')).map((kind) => kind.split('=')[0]);
    assert.deepEqual(titles, ['Leadup']);
  });

  it("reads a template's bold fields that name sections as those sections, with their text and what follows", () => {
    const text = [
      '# Chain halt',
      '##',
      '',
      '**Date of incident**: 6th November, 2022  ',
      '**Summary**: The chain halted after the upgrade.  ',
      '**Impact**: ',
      '1. Downtime for 4 hours.',
      '',
      '**Root Causes**: Validators built with different Go versions disagreed.',
      '**Trigger**: The third staking epoch.',
      '',
      '| Action Item | Type | Owner | Bug |',
      '| --- | --- | --- | --- |',
      '| Sync Go versions | Prevention | Core team | TODO |',
      '',
    ].join('\n');
    const document = parsePostmortem(text);
    assert.deepEqual(
      document.sections.map((section) => [
        section.title,
        section.kind,
        section.range.start.line,
        section.range.end.line,
      ]),
      [
        ['Chain halt', 'other', 0, 13],
        ['', 'other', 1, 13],
        ['Summary', 'summary', 4, 4],
        ['Impact', 'impact', 5, 6],
        ['Root Causes', 'root-cause', 8, 8],
        ['Trigger', 'trigger', 9, 13],
      ],
    );
    // The table of action items stands under the last field: by its columns, that section has action items.
    assert.deepEqual(document.sections[5]?.alsoKinds, ['action-items']);
    assert.deepEqual(
      document.rootCauses.map((cause) => cause.text),
      ['Validators built with different Go versions disagreed.', 'The third staking epoch.'],
    );
    assert.deepEqual(
      document.actionItems.map((item) => [item.text, item.owners]),
      [['Sync Go versions', ['Core team']]],
    );
  });

  it('reads a list of fields as sections, one list per report, and a label over a list under field headings', () => {
    const reports = [
      '#### Downtime on March 3rd, 2019',
      '',
      '- **Time**:',
      '  - Down: 15:21 UTC',
      '- **Affected Services**: blog, tor exit.',
      '- **Reason/Cause**: The address generator took all the CPU.',
      '- **Remedial Actions**: I am going to limit its threads.',
      '',
      '#### Downtime on March 4th, 2019',
      '',
      '- Written by Jake',
      '- **Reason/Cause**: The generator again.',
      '- **Remedial Actions**: I will stop the generator.',
      '',
    ].join('\n');
    const document = parsePostmortem(reports);
    assert.deepEqual(
      document.sections.map((section) => [section.title, section.kind, section.range.start.line]),
      [
        ['Downtime on March 3rd, 2019', 'other', 0],
        ['Time', 'timeline', 2],
        ['Affected Services', 'impact', 4],
        ['Reason/Cause', 'root-cause', 5],
        ['Remedial Actions', 'action-items', 6],
        ['Downtime on March 4th, 2019', 'other', 8],
        ['Reason/Cause', 'root-cause', 11],
        ['Remedial Actions', 'action-items', 12],
      ],
    );
    assert.deepEqual(
      document.actionItems.map((item) => item.text),
      ['I am going to limit its threads.', 'I will stop the generator.'],
    );
    // A list whose items name one section, or none, stays a list.
    assert.deepEqual(kinds('# T\n\n- **Impact**: none.\n- **Authors**: Ann\n'), ['T=other']);
    const fields = [
      '# Outage',
      '',
      '**Summary:** The blog was down.',
      '',
      '**Root cause:** A certificate expired.',
      '',
      '**Action items:**',
      '',
      '- Renew certificates automatically',
      '',
    ].join('\n');
    assert.deepEqual(kinds(fields), [
      'Outage=other',
      'Summary:=summary',
      'Root cause:=root-cause',
      'Action items:=action-items',
    ]);
  });

  it('leaves bold fields as text where fewer than two name sections, or a label is written more than once', () => {
    const titles = (text: string) => parsePostmortem(text).sections.map((section) => section.title);
    assert.deepEqual(titles('# T\n\n## Notes\n\n**Summary**: It broke.\n\n**Authors**: Ann\n'), ['T', 'Notes']);
    const perLesson = [
      '## Lessons',
      '',
      '### Reviews',
      '',
      '**Resolution:** A checklist.',
      '',
      '**Impact:** Slower reviews.',
      '',
      '### Alerting',
      '',
      '**Resolution:** An alert.',
      '',
    ].join('\n');
    assert.deepEqual(kinds(perLesson), ['Lessons=lessons', 'Reviews=lessons', 'Alerting=lessons']);
    const inTimeline = [
      '## Timeline',
      '',
      '**Detection:** 10:02 alert fired',
      '',
      '**Resolution:** 10:40 rollback',
      '',
    ];
    assert.deepEqual(kinds(inTimeline.join('\n')), ['Timeline=timeline']);
  });

  it('reads short plain lines that name sections as headings in a document written as plain text', () => {
    const plain = [
      'What happened:',
      '',
      'The load balancers switched over during maintenance; one endpoint stayed behind.',
      '',
      'Agreed actions:',
      '',
      '1. Test the failover again to capture more information.',
      '2. Write our first outage blog post.',
      '',
      'Completing the agreed actions should help with ensuring we do not see this outage again.',
      '',
    ].join('\n');
    const document = parsePostmortem(plain);
    assert.deepEqual(kinds(plain), ['What happened=summary', 'Agreed actions=action-items']);
    // What the finished work is expected to do is a remark on the items, not one more.
    assert.deepEqual(
      document.actionItems.map((item) => item.text),
      ['Test the failover again to capture more information.', 'Write our first outage blog post.'],
    );
    // One such line, lines that name no section, and sentences over a list stay text.
    assert.deepEqual(kinds('Agreed actions:\n\n1. Test the failover.\n'), []);
    assert.deepEqual(kinds('Next steps we took:\n\nIt broke.\n\nThe following was done:\n\n- A fix.\n'), []);
    assert.deepEqual(kinds('What happened:\n\nIt broke. We took these steps, in order:\n\n- A fix.\n'), []);
  });

  it("titles a plain-text document by its first line, in the analysis and in the related postmortems' index", () => {
    const text =
      'Payments API outage, 3 March 2026\n\nWhat happened:\n\nIt broke.\n\nAgreed actions:\n\n- Add a check\n';
    const title = (written: string) => analyze(written, { config: DEFAULT_CONFIG, path: 'x.postmortem.md' }).title;
    assert.equal(title(text), 'Payments API outage, 3 March 2026');
    assert.equal(causeProfile('x', parsePostmortem(text)).title, 'Payments API outage, 3 March 2026');
    // A title heading, or front matter, titles it before any line; a first paragraph of prose does not.
    assert.equal(title(`# Payments outage\n\n${text}`), 'Payments outage');
    assert.equal(title(`---\ntitle: Checkout\n---\n${text}`), 'Checkout');
    assert.equal(
      title(text.replace('Payments API outage, 3 March 2026', 'It broke.\nThen it broke again.')),
      'What happened',
    );
  });

  it('reads a plain label closed by a colon over a list as the section it names, beside written headings', () => {
    const text = '# Outage\n\n## Discussion\n\nIt broke.\n\nAction items:\n\n- Add an alert on queue depth\n';
    assert.deepEqual(kinds(text), ['Outage=other', 'Discussion=other', 'Action items=action-items']);
    assert.deepEqual(
      parsePostmortem(text).actionItems.map((item) => item.text),
      ['Add an alert on queue depth'],
    );
    // Without its colon, or over no list, the line is text.
    assert.deepEqual(kinds('# Outage\n\n## Discussion\n\nAction items\n\n- Add an alert\n'), [
      'Outage=other',
      'Discussion=other',
    ]);
  });

  it("reads a numbered outline whose items are sections' names over their own blocks as those sections", () => {
    const outline = [
      '# Delivery locations failed to display',
      '',
      '1. Incident Summary',
      '   - Patrons could not see delivery locations.',
      '2. Timeline',
      '   - 2018-07-12 10:00 the release went out',
      '   - 2018-07-12 14:30 the hotfix was deployed',
      '3. Root Cause',
      '   - The client library changed its response shape.',
      '4. Preventative Measures',
      '   - Code-review all promoted features',
      '5. Tracking of Preventative Measures',
      '   - Reviewers of this PR should confirm the alarm is set up.',
      '',
    ].join('\n');
    const document = parsePostmortem(outline);
    assert.deepEqual(
      document.sections.map((section) => [section.title, section.kind, section.range.start.line]),
      [
        ['Delivery locations failed to display', 'other', 0],
        ['Incident Summary', 'summary', 2],
        ['Timeline', 'timeline', 4],
        ['Root Cause', 'root-cause', 7],
        ['Preventative Measures', 'action-items', 9],
        ['Tracking of Preventative Measures', 'action-items', 11],
      ],
    );
    assert.equal(document.timeline.length, 2);
    assert.ok(document.actionItems.some((item) => item.text === 'Code-review all promoted features'));
    // An outline naming only two sections, one twice, stays a list; so does an item with no blocks of its own.
    const twice = '# T\n\n1. Timeline\n   - 10:00 a\n2. Action items\n   - b\n3. Action items\n   - c\n';
    assert.deepEqual(kinds(twice), ['T=other']);
    assert.deepEqual(kinds('# T\n\n1. Timeline\n2. Root cause\n3. Action items\n'), ['T=other']);
  });
});
