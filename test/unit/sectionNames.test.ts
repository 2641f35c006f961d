import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { missingSections } from '../../src/core/model/requiredSections';
import { headingKind } from '../../src/core/model/sections';
import sectionNames from '../../src/core/model/sectionNames.json';
import { isPlaceholderText, PLACEHOLDER_WORDS } from '../../src/core/model/placeholders';

/** The kind each section of `text` names by its heading or its content. */
function ownKinds(text: string): string[] {
  return parsePostmortem(text).sections.map((section) => section.ownKind);
}

/** Asserts the kind each heading names, as `[heading, kind]` pairs. */
function assertHeadingKinds(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [heading, kind] of cases) assert.equal(headingKind(heading), kind, heading);
}

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

  it('reads status-page questions: why it happened, and what is done so that it does not happen again', () => {
    for (const heading of ['Why did it happen?', 'Why did this outage happen', 'Why it went down', 'Why it broke'])
      assert.equal(headingKind(heading), 'root-cause', heading);
    for (const heading of [
      'What are we doing so that it does not happen again?',
      "What we'll do so this won't happen again",
      'What are we changing?',
      'Making sure it never happens again',
    ])
      assert.equal(headingKind(heading), 'action-items', heading);
    for (const heading of ['What happened?', 'Why we write postmortems', 'It happened again'])
      assert.notEqual(headingKind(heading), 'action-items', heading);
  });

  it("reads a to-do list in two words, a retrospective's two questions and the changes being made", () => {
    assertHeadingKinds([
      ['To Do', 'action-items'],
      ['To do list', 'action-items'],
      ['What changes we are making now?', 'action-items'],
      ["Changes we're making", 'action-items'],
      ['What worked?', 'lessons'],
      ["What didn't work", 'lessons'],
      ['What did not work well', 'lessons'],
    ]);
    for (const heading of ['How to do a failover', 'Things to do in the console', 'What changed', 'Worked example'])
      assert.notEqual(headingKind(heading), 'action-items', heading);
    for (const heading of ['How the cache worked', 'Work that did not ship'])
      assert.notEqual(headingKind(heading), 'lessons', heading);
  });

  it('reads closing thoughts and what was learnt as lessons, and a technical account as the root cause', () => {
    assertHeadingKinds([
      ['Closing Thoughts & What can you do?', 'lessons'],
      ['Final thoughts', 'lessons'],
      ['Some afterthoughts', 'lessons'],
      ['What did we learn?', 'lessons'],
      ['What can we learn from this', 'lessons'],
      ['More Technical', 'root-cause'],
      ['Technical', 'root-cause'],
      ['Getting technical', 'root-cause'],
      ['The technical problem', 'root-cause'],
      ['Technical deep-dive', 'root-cause'],
      // Look-alikes: a link to reading, a heading that names another kind too, work, a summary, the system's debt.
      ['Learn more', 'other'],
      ['Learn more about status pages', 'other'],
      ['Final thoughts on the root cause', 'root-cause'],
      ['Thoughts', 'other'],
      ['Technical improvements', 'action-items'],
      ['Non-technical summary', 'summary'],
      ['Technical debt', 'other'],
      ['Technical contacts', 'other'],
    ]);
  });

  it('reads an area of the response named with its improvement, and prevention to come, as the action items', () => {
    assertHeadingKinds([
      ['Quicker Detection', 'action-items'],
      ['Faster rollbacks', 'action-items'],
      ['Better alerting', 'action-items'],
      ['Improved monitoring', 'action-items'],
      ['Future prevention', 'action-items'],
      ["I'll do better next time", 'action-items'],
      ['How we will be better', 'action-items'],
      // Look-alikes: what went well or could be better, an area alone, a sentence that goes on, better in the past.
      ['We did better than last time', 'other'],
      ['What could have gone better', 'lessons'],
      ['Faster than expected', 'other'],
      ['Improved monitoring caught the second spike', 'other'],
    ]);
    // Under what went well, such a heading tells what helped: part of the lessons, not work.
    const text =
      '# Outage\n\n## Lessons\n\n### What went well\n\n#### Faster detection\n\nWe added the alert last year.\n';
    const parsed = parsePostmortem(text);
    assert.deepEqual(
      parsed.sections.map((section) => section.kind),
      ['other', 'lessons', 'lessons', 'lessons'],
    );
    assert.deepEqual(parsed.actionItems, []);
  });

  it('reads a heading that names the defect itself as the root cause, and work on it or its reports as not', () => {
    assertHeadingKinds([
      ['Description of the Bug', 'root-cause'],
      ['Details of the defect', 'root-cause'],
      ['Anatomy of the vulnerability', 'root-cause'],
      ['The bug', 'root-cause'],
      ['Bug explained', 'root-cause'],
      ['What was the bug?', 'root-cause'],
      // Look-alikes: the summary's description, the work on the bug, reports and rewards, a title naming a bug.
      ['Description', 'summary'],
      ['Description of the incident', 'summary'],
      ['Bug fixes', 'other'],
      ['Fixing the bug', 'other'],
      ['Bug bounty', 'other'],
      ['Reporting a vulnerability', 'other'],
      ['PostHog Surveys SDK Bug - October 3, 2025', 'other'],
    ]);
  });

  it('reads what the failure implied for people as the impact, and a list of quick facts as the summary', () => {
    assertHeadingKinds([
      ['Privacy implications with ring signatures', 'impact'],
      ['Security implications', 'impact'],
      ['Implications', 'impact'],
      ['Why This Matters', 'impact'],
      ['Why this matters for the next release', 'other'],
      ['Quick Facts', 'summary'],
      ['Key facts', 'summary'],
      ['At a glance', 'summary'],
      // Look-alikes: implications for a design, facts about a thing.
      ['Design implications', 'other'],
      ['Facts about the cluster', 'other'],
      ['Fact-checking the status page', 'other'],
    ]);
  });

  it('reads a heading that names the symptoms, how the failure showed itself, as the impact', () => {
    assertHeadingKinds([
      ['Error Manifestation', 'impact'],
      ['Symptoms', 'impact'],
      ['User-facing symptoms', 'impact'],
      ['Observed symptoms', 'impact'],
      ['How the outage manifested', 'impact'],
      ['How it showed up', 'impact'],
      // Look-alikes: alerting on symptoms, files that are manifests, symptoms of something else than the failure.
      ['Symptom-based alerting', 'other'],
      ['Manifest files', 'other'],
      ['Kubernetes manifests', 'other'],
      ['Symptoms of on-call fatigue', 'other'],
    ]);
  });

  it('reads why a safeguard was missing or failed as the root cause, and other whys as not', () => {
    assertHeadingKinds([
      ["Why We Didn't Have Backups", 'root-cause'],
      ["Why didn't the alert fire?", 'root-cause'],
      ['Why the failover did not happen', 'root-cause'],
      ["Why wasn't it caught sooner", 'root-cause'],
      ["Why our tests couldn't see it", 'root-cause'],
      // Look-alikes: why the writers do something, why not another tool, what the incident was not.
      ['Why we write postmortems', 'other'],
      ['Why not Kubernetes?', 'other'],
      ["Why this wasn't a breach", 'other'],
    ]);
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

  it('reads a heading that names limiting the impact as follow-up work, and the impact alone as the impact', () => {
    const kinds = (text: string) =>
      parsePostmortem(text).sections.map((section) => [section.title, section.kind] as const);
    assert.deepEqual(
      kinds(
        '# Outage\n\n## Prevention Measures\n\n### 5. Blast Radius Limitation\n\n- Never apply to all nodes\n\n' +
          '### Reducing impact\n\n- Shard the queue\n\n## Minimising the blast radius\n\n- Add a cell\n',
      ),
      [
        ['Outage', 'other'],
        ['Prevention Measures', 'action-items'],
        ['5. Blast Radius Limitation', 'action-items'],
        ['Reducing impact', 'action-items'],
        ['Minimising the blast radius', 'action-items'],
      ],
    );
    // The impact named alone is the impact, wherever it stands: on its own, under the summary, under action items.
    assert.deepEqual(
      kinds(
        '# Outage\n\n## Impact\n\nDown.\n\n## Summary\n\n### Blast radius\n\nOne region.\n\n' +
          '## Action items\n\n### Customer impact\n\nSlow pages.\n',
      ),
      [
        ['Outage', 'other'],
        ['Impact', 'impact'],
        ['Summary', 'summary'],
        ['Blast radius', 'impact'],
        ['Action items', 'action-items'],
        ['Customer impact', 'impact'],
      ],
    );
  });

  it('reads a heading past the emoji, symbols and numbering before its words and the symbols after them', () => {
    assert.equal(headingKind('\u{1F6AB} Prevention Measures'), 'action-items');
    assert.equal(headingKind('\u{1F4CB} Recovery TODO'), 'action-items');
    assert.equal(headingKind('Cleanup to-dos \u2705'), 'action-items');
    assert.equal(headingKind('1. \u{1F50D} Root Cause Analysis'), 'root-cause');
    assert.equal(headingKind('\u{1F570}\uFE0F 2) Timeline'), 'timeline');
    assert.equal(headingKind('\u2192 Lessons learned \u{1F4DA}'), 'lessons');
    assert.equal(headingKind('\u{1F4CB} TODO Configuration management'), 'other');
    assert.equal(headingKind('\u{1F527} Recovery Steps Taken'), 'resolution');
    assert.equal(headingKind('\u{1F6E1}\uFE0F What Saved Us'), 'other');
    assert.equal(headingKind('\u{1F4CA} Impact Assessment'), 'impact');
    assert.equal(headingKind('Things to do next week'), 'other');
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
    assert.equal(headingKind('Mitigations'), 'resolution');
    assert.equal(headingKind('What is being done to prevent future incidents?'), 'action-items');
    assert.equal(headingKind('The Incident'), 'summary');
    assert.equal(headingKind('The incident commander'), 'other');
    assert.equal(headingKind('Incident response and fixes'), 'resolution');
  });

  it('gives a heading that names several kinds each of them, and a colon only its first', () => {
    const also = (heading: string) => {
      const section = parsePostmortem(`# Outage\n\n## ${heading}\n\nText.\n`).sections[1]!;
      return [section.ownKind, ...(section.alsoKinds ?? [])];
    };
    assert.deepEqual(also('Response, Cause, Prevention'), ['root-cause', 'resolution', 'action-items']);
    assert.deepEqual(also('Lessons learned and next steps'), ['lessons', 'action-items']);
    assert.deepEqual(also('Root cause & remediation'), ['action-items', 'root-cause']);
    assert.deepEqual(also('Timeline: what happened'), ['timeline']);
    assert.deepEqual(also('Corrective and preventative measures'), ['action-items']);
    assert.deepEqual(also('Summary of the impact'), ['impact', 'summary']);
    assert.deepEqual(also('Summary of events'), ['summary']);
    assert.deepEqual(also('Description of the bug'), ['root-cause']);
    assert.deepEqual(
      missingSections(parsePostmortem('# Outage\n\n## Root cause and remediation\n\nA full disk.\n').sections, [
        'root-cause',
        'action-items',
        'impact',
      ]),
      ['impact'],
    );
  });

  it('takes a conclusion or a "Postmortem" section that says what was learned or needed for the lessons', () => {
    const kind = (heading: string, body: string): string | undefined =>
      parsePostmortem(`# Outage\n\n## Root cause\n\nA full disk.\n\n## ${heading}\n\n${body}\n`).sections[2]?.ownKind;
    assert.equal(kind('Conclusion', 'It was a bad day. More time needs to be allocated to resilience.'), 'lessons');
    assert.equal(kind('Conclusion', '- We improved our upgrade testing procedure'), 'lessons');
    assert.equal(kind('Postmortem', 'No alert was set. We need to add alerts at 90% disk usage.'), 'lessons');
    assert.equal(kind('Conclusion', 'This was a significant interruption. We apologise.'), 'other');
    assert.equal(kind('Conclusion', 'The outage was caused by a full disk; we need to alert on it.'), 'root-cause');
    assert.equal(kind('Summary of findings', 'We need to add alerts.'), 'summary');
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
    const recovery = '- **Immediate mitigation**: issued a new certificate\n- **Verification**: curl returns 200\n';
    assert.deepEqual(kinds(recovery), ['other', 'resolution', 'lessons'], 'titles that name the recovery itself');
    assert.deepEqual(kinds(`${list}\n### Recovery\n\nThe queue drained by noon.`), [
      'other',
      'resolution',
      'resolution',
      'lessons',
    ]);
  });

  it('takes recommendations that each tell somebody other than the writers what to do for lessons, not work', () => {
    const read = (list: string) => {
      const document = parsePostmortem(`# Outage\n\n## Recommendations\n\n${list}\n`);
      return [document.sections[1]?.ownKind, document.actionItems.length];
    };
    const advice = '- Package maintainers should enable two-factor authentication.\n- Users can pin versions.\n';
    assert.deepEqual(read(advice), ['lessons', 0]);
    assert.deepEqual(read(`${advice}- We should rotate the tokens.\n`), ['action-items', 3]);
    assert.deepEqual(read('- Our team should rotate the tokens.\n- Add a lockfile check.\n'), ['action-items', 2]);
    assert.deepEqual(read('- Package maintainers should enable two-factor authentication.\n'), ['action-items', 1]);
  });

  it('takes bullets that each speak to the reader for advice under any name, not the writers\u2019 work', () => {
    const items = (heading: string, list: string) =>
      parsePostmortem(`# Outage\n\n## ${heading}\n\n${list}\n`).actionItems.length;
    const toReader =
      '1. Pay careful attention to your custom authentication flows.\n2. Have a backup plan for your realm.\n';
    assert.equal(items('Retrospective', toReader), 0);
    assert.equal(items('What you should do', '- Rotate your tokens.\n- Update your client to 2.4.\n'), 0);
    assert.equal(items('Retrospective', `${toReader}3. Add an alert on login failures.\n`), 3);
    assert.equal(items('Action items', '- Rotate your tokens.\n- We will update our client.\n'), 2);
  });

  it('takes "What went wrong" standing alone for the root cause, and under or beside lessons for the lessons', () => {
    const kinds = (text: string): string[] =>
      parsePostmortem(text).sections.map((section) => [section.ownKind, ...(section.alsoKinds ?? [])].join('+'));
    assert.deepEqual(kinds('# Outage\n\n## What went wrong and how was it fixed?\n\nThe disk filled.\n'), [
      'other',
      'root-cause',
    ]);
    const google = '## Lessons learned\n\n### What went well\n\nAlerts.\n\n### What went wrong\n\nPaging.\n';
    assert.deepEqual(kinds(`# Outage\n\n${google}`), ['other', 'lessons', 'lessons', 'lessons']);
    assert.deepEqual(kinds('# Outage\n\n## What went well\n\nAlerts.\n\n## What went wrong\n\nPaging.\n'), [
      'other',
      'lessons',
      'lessons',
    ]);
    // Beside a lessons section of another name it still tells the cause.
    assert.deepEqual(
      kinds(
        '## What went wrong\n\nThe power system was in standby.\n\n' +
          '# Preventing it / What we have learnt\n\n1. Add alerts.\n',
      ),
      ['root-cause', 'lessons+action-items'],
    );
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

  it('takes a section whose first paragraph says what the incident was caused by or stemmed from for its cause', () => {
    for (const entry of sectionNames.openings.wording)
      assert.deepEqual(
        ownKinds(`# Outage\n\n## Tuesday night\n\n${entry.example}\n`),
        ['other', 'root-cause'],
        entry.example,
      );
    for (const [heading, opening] of [
      ['Issue details', 'The issue was caused by a line of code that stored non-deterministic data.'],
      ['Deep dive', 'The errors arose from a race between the two writers.'],
      ['What broke', 'The outage was triggered by an expired intermediate certificate.'],
      ['The long version', 'Most of this stems from how the scheduler retries.'],
    ])
      assert.deepEqual(ownKinds(`# Outage\n\n## ${heading}\n\n${opening}\n`), ['other', 'root-cause'], heading);
    // A section with nothing of its own opens with its first subsection; not the document's title.
    assert.deepEqual(
      ownKinds('# Outage\n\n## Issue details\n\n### Description\n\nThe issue was caused by a bad flag.\n'),
      ['other', 'root-cause', 'summary'],
    );
    assert.deepEqual(ownKinds('# Outage\n\n## Summary\n\nThe outage was caused by a bad flag.\n'), [
      'other',
      'summary',
    ]);
    for (const [text, kinds] of [
      ['## Tuesday night\n\nWe fixed the bug that was caused by the migration.\n', ['other', 'other']],
      ['## Tuesday night\n\nThis post arose from a discussion in the review.\n', ['other', 'other']],
      ['## Tuesday night\n\nWe rolled back.\n\nThe outage was caused by a bad flag.\n', ['other', 'other']],
      ['## Timeline\n\n### Day 2\n\nThe issue was caused by a bad deploy.\n', ['other', 'timeline', 'other']],
      [
        '## Action items\n\n### Database\n\nThe outage was caused by a full disk.\n',
        ['other', 'action-items', 'other'],
      ],
    ] as const)
      assert.deepEqual(ownKinds(`# Outage\n\n${text}`), kinds, text);
  });

  it("takes a summary's subsection that opens with the root cause for the root cause, not another", () => {
    assert.deepEqual(
      ownKinds(
        '# Outage\n\n## Summary\n\nThe site served 404s for two days.\n\n' +
          '### Details\n\nWe believe much of this stemmed from a recent change to the NGINX config.\n',
      ),
      ['other', 'summary', 'root-cause'],
    );
    assert.deepEqual(
      ownKinds('# Outage\n\n## Summary\n\nThe site served 404s.\n\n### Details\n\nThe site runs on two servers.\n'),
      ['other', 'summary', 'other'],
    );
  });

  it('takes a section that names the root cause later on for it, where no section names or opens with it', () => {
    for (const [heading, body] of [
      [
        'The Smoking Gun',
        "Let's check the logs.\n\nThere it is! This leads me to the root cause of this problem: it needs more RAM.",
      ],
      ['Digging in', 'We looked at the graphs.\n\nIn the end, the root cause was a stale DNS record.'],
      ['Down the rabbit hole', 'We bisected the releases.\n\nThe root cause of the outage: a missing index.'],
      ['Chasing it', 'We read the logs.\n\nSo the root causes were two expired certificates.'],
    ])
      assert.deepEqual(ownKinds(`# Outage\n\n## ${heading}\n\n${body}\n`), ['other', 'root-cause'], heading);
    for (const [text, kinds] of [
      [
        '## Root cause\n\nA key.\n\n## Digging in\n\nWe looked.\n\nThe root cause was a key.\n',
        ['other', 'root-cause', 'other'],
      ],
      ['## Absence of alerts\n\nDown.\n\n**Root Causes**: the job crashed.\n', ['other', 'other']],
      ['Down.\n\nThe root cause was a key.\n\n## Details\n\nWe looked.\n', ['other', 'other']],
      ['## Digging in\n\nWe looked.\n\nThe root cause is still unclear.\n', ['other', 'other']],
      ['## Timeline\n\n### Day 2\n\nWe looked.\n\nThe root cause was a key.\n', ['other', 'timeline', 'other']],
      ['## Process\n\nWe met.\n\nFor the root cause analysis: we used five whys.\n', ['other', 'other']],
    ] as const)
      assert.deepEqual(ownKinds(`# Outage\n\n${text}`), kinds, text);
  });

  it('does not take a section that says the root cause is still sought for the root cause', () => {
    for (const sought of [
      'Services operating normally, root cause is being worked at.',
      'The root cause is not yet known.',
      'The root cause is still unclear; we keep looking.',
      'Our root cause is currently under investigation.',
      'The root cause was being looked into when the second alert fired.',
    ])
      assert.deepEqual(ownKinds(`# Outage\n\n## Tuesday night\n\n${sought}\n`), ['other', 'other'], sought);
    for (const given of [
      'The root cause was a stale cache.',
      'The root cause is a leak in the pool.',
      'The root causes were two expired certificates.',
    ])
      assert.deepEqual(ownKinds(`# Outage\n\n## Tuesday night\n\n${given}\n`), ['other', 'root-cause'], given);
  });

  it('does not take an incident under a status log for the root cause when its update names the cause', () => {
    const update = (time: string, text: string): string => `(${time} UTC) ${text}\n\n`;
    const log =
      '# Status page\n\n## Past incidents\n\n### Night of the failover\n\n' +
      update('7:30', 'Services operating normally, the root cause was an autovacuum run.') +
      update('1:00', 'A database failed over.') +
      '### April 16th, 2018\n\n' +
      update('7:30', 'Services operating normally.') +
      update('7:20', 'One database denied new connections.') +
      update('6:30', 'We are investigating timeouts.');
    const sections = parsePostmortem(log).sections;
    assert.deepEqual(
      sections.map((section) => section.kind),
      ['other', 'timeline', 'timeline', 'timeline'],
    );
  });

  it('takes a long "What happened" that tells the cause for the root cause where no section names one', () => {
    const story = (heading: string, cause: string): string =>
      `## ${heading}\n\nWe run a registry.\n\nWe ran the collector on Monday.\n\n` +
      `- cache layers\n- manifests\n\n${cause}\n`;
    for (const [heading, cause] of [
      ['What Happened', 'Because of this design, the collector deleted shared blobs.'],
      ['What happened?', 'The root cause wound up being a bad grep expression.'],
      ['So, what happened', 'The outage was caused by a renamed secret.'],
      ['What happened', 'The failure was due to an expired key.'],
    ])
      assert.deepEqual(ownKinds(`# Outage\n\n${story(heading!, cause!)}`), ['other', 'root-cause'], heading);
    // Short, without a cause, or beside a root-cause section of its own, the story is the summary.
    assert.deepEqual(ownKinds('# Outage\n\n## What happened?\n\nThe site was down, caused by a DoS attack.\n'), [
      'other',
      'summary',
    ]);
    assert.deepEqual(ownKinds(`# Outage\n\n${story('What happened', 'Then it was over.')}`), ['other', 'summary']);
    assert.deepEqual(
      ownKinds(`# Outage\n\n${story('What happened', 'It was caused by a key.')}\n## Root cause\n\nA key.\n`),
      ['other', 'summary', 'root-cause'],
    );
    assert.deepEqual(ownKinds(`# Outage\n\n${story('Background', 'It was caused by a key.')}`), ['other', 'summary']);
  });

  it('takes a section named for the incident that narrates all of it at length for the account, not a summary', () => {
    const narrated = (heading: string, paragraphs: number, last = ''): string =>
      `# Outage\n\n## ${heading}\n\n` +
      Array.from({ length: paragraphs }, (_, i) => `Step ${i + 1}: we paged the next team.\n\n`).join('') +
      `${last}\n\n## Takeaways\n\nWe learned to page earlier.\n`;
    for (const heading of ['The incident', 'The outage', 'What happened', 'So, what happened?'])
      assert.deepEqual(ownKinds(narrated(heading, 12)), ['other', 'other', 'lessons'], heading);
    // Told in a few paragraphs it is the summary; under the summary's own name it is one at any length; a long story
    // that tells the cause is still the account of the cause.
    for (const heading of ['The incident', 'What happened'])
      assert.deepEqual(ownKinds(narrated(heading, 7)), ['other', 'summary', 'lessons'], heading);
    for (const heading of ['Summary', 'Incident overview', 'Background'])
      assert.deepEqual(ownKinds(narrated(heading, 14)), ['other', 'summary', 'lessons'], heading);
    assert.deepEqual(ownKinds(narrated('What happened', 12, 'The outage was caused by a renamed secret.')), [
      'other',
      'root-cause',
      'lessons',
    ]);
  });

  it('takes a conclusion that tells what the failure did in a clause of its own for its root cause', () => {
    const kind = (body: string): string | undefined =>
      parsePostmortem(`# Outage\n\n## Summary\n\nDown.\n\n## Conclusion\n\n${body}\n`).sections[2]?.ownKind;
    for (const entry of sectionNames.causes.wording) assert.equal(kind(entry.example), 'root-cause', entry.example);
    for (const cause of [
      'The certificate on the load balancer had expired, which caused every TLS handshake to fail.',
      'A migration locked the users table for 20 minutes, preventing logins from completing.',
      'The cache node ran out of memory. This led to a cascade of timeouts in the API.',
      'The scheduler was pinned to an old image, causing jobs to hang.',
    ])
      assert.equal(kind(cause), 'root-cause', cause);
    for (const apologyOrOutlook of [
      'This was a long outage. We apologise for the inconvenience this has caused.',
      'We added an alert on queue depth, preventing this from happening again.',
      'The change that caused the outage has been reverted, and we are glad it is over.',
      'This outage led us to rethink our on-call rotation.',
    ])
      assert.equal(kind(apologyOrOutlook), 'other', apologyOrOutlook);
    assert.equal(kind('We improved our CI, resulting in faster builds.'), 'lessons');
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

describe('sections (sections.ts)', () => {
  it('holds content where the section or a subsection at any depth holds some, and ends where they end', () => {
    const text = [
      '## Analysis',
      '',
      '### Contributing factors',
      '',
      '#### Deploys',
      '',
      '[One paragraph on what happened]',
      '',
      '#### Alerts',
      '',
      '- The queue alert fired late.',
      '',
      '## Lessons',
      '',
      '### Went well',
      '',
      'TBD',
      '',
    ].join('\n');
    const sections = parsePostmortem(text).sections;
    assert.deepEqual(
      sections.map((section) => [
        section.title,
        section.empty,
        text.slice(section.range.start.offset, section.range.end.offset).split('\n').length,
      ]),
      [
        ['Analysis', false, 11],
        ['Contributing factors', false, 9],
        ['Deploys', true, 3],
        ['Alerts', false, 3],
        ['Lessons', true, 5],
        ['Went well', true, 3],
      ],
    );
  });

  /** The kind of each section of a document with these sections, each holding one bullet, and its items' texts. */
  const read = (...headings: string[]) => {
    const text = ['# Outage', '', ...headings.flatMap((heading, i) => [heading, '', `- Add check number ${i}`, ''])];
    const parsed = parsePostmortem(text.join('\n'));
    return {
      kinds: parsed.sections.slice(1).map((section) => section.kind),
      items: parsed.actionItems.map((item) => item.text),
    };
  };

  it('reads ideas beside the actions agreed as lessons, with the sections under them, and not as items', () => {
    assert.deepEqual(
      read(
        '### Possible Improvements:',
        '#### What we could do to prevent this happening again',
        '#### What we could do to improve our response',
        '### Actions',
      ),
      {
        kinds: ['lessons', 'lessons', 'lessons', 'action-items'],
        items: ['Add check number 3'],
      },
    );
    for (const heading of [
      '## Potential fixes',
      '## Ideas for improvement',
      '## Suggestions',
      '## Recommendations',
      '## Things being considered',
      '## Possible next steps',
    ]) {
      const found = read(heading, '## Action items');
      assert.notEqual(found.kinds[0], 'action-items', heading);
      assert.deepEqual(found.items, ['Add check number 1'], heading);
    }
    for (const heading of sectionNames.proposals.headings.map((entry) => entry.example))
      assert.deepEqual(read(`## ${heading}`, '## Action items').items, ['Add check number 1'], heading);
  });

  it('reads ideas beside a list of actions still to write as the follow-ups', () => {
    const parsed = parsePostmortem(
      '# Outage\n\n## Possible improvements\n\n- Add a canary\n\n## Action items\n\nTBD\n',
    );
    assert.deepEqual(
      parsed.sections.map((section) => section.ownKind),
      ['other', 'action-items', 'action-items'],
    );
    assert.deepEqual(
      parsed.actionItems.map((item) => item.text),
      ['Add a canary'],
    );
  });

  it('reads a list of ideas that is the only list of follow-ups, and agreed work beside the actions, as items', () => {
    for (const headings of [
      ['## Possible improvements'],
      ['## What could be done to avoid this in future?'],
      ['## Recommendations'],
      ['## Improvements', '## Action items'],
      ['## Recommended actions', '## Action items'],
      ['## Next steps', '## Follow-ups'],
    ]) {
      const found = read(...headings);
      assert.deepEqual(
        found.kinds,
        headings.map(() => 'action-items'),
        headings.join(', '),
      );
      assert.equal(found.items.length, headings.length, headings.join(', '));
    }
  });
  /** The kind of each section (after the title) and the number of timeline entries of a document. */
  const timelineOf = (...lines: string[]) => {
    const parsed = parsePostmortem(['# Outage', '', ...lines, ''].join('\n'));
    return { kinds: parsed.sections.slice(1).map((section) => section.ownKind), entries: parsed.timeline.length };
  };

  it('reads a story whose paragraph announces the timeline as a list of timed items as the timeline', () => {
    const cases: [string[], number][] = [
      [
        [
          '## What happened',
          '',
          'Here is the sequence of events (all times UTC):',
          '',
          '- 09:12 deploy started',
          '- 09:20 alerts fired',
          '- 09:41 rollback finished',
        ],
        3,
      ],
      [
        [
          '## Incident notes',
          '',
          'The queue stalled. The timeline was as follows:',
          '',
          '- 14:02: queue depth rose',
          '- 14:30: consumers restarted',
        ],
        2,
      ],
      [
        [
          '## The outage',
          '',
          'Timeline of the outage:',
          '',
          '1. 2024-03-01 10:00 UTC: the disk filled',
          '2. 2024-03-01 10:30 UTC: the disk was grown',
        ],
        2,
      ],
      [
        [
          '### What happened',
          '',
          'This is the timeline of events that occurred on Thursday, starting at 10.42am:',
          '',
          ' - 10.42: the app became unavailable.',
          ' - 10.56: the platform auto-healed.',
          '',
          'This is what we learnt:',
          '',
          ' - An instance was terminated.',
        ],
        2,
      ],
      [
        [
          '## What happened',
          '',
          'All times CEST.',
          '',
          '- 09:12 \u2014 Deploy of fraud-scorer 4.18',
          '- 09:31 \u2014 PagerDuty pages the payments on-call',
          '- 09:59 \u2014 Rollback complete',
        ],
        3,
      ],
      [
        [
          '## What happened',
          '',
          '| Date | Time (CET) | Event |',
          '| --- | --- | --- |',
          '| Nov 28 | 09:10 | Indexer v4.2 rolled out to eu-west |',
          '| Nov 28 | 09:40 | Support ticket arrives |',
          '| Nov 28 | 10:50 | Rolled back to v4.1 |',
        ],
        3,
      ],
    ];
    for (const [lines, entries] of cases)
      assert.deepEqual(timelineOf(...lines), { kinds: ['timeline'], entries }, lines[2]);
  });

  it('reads three or more times a paragraph announces as the timeline as it, under any name', () => {
    const announced = timelineOf(
      '# Technical details',
      '',
      'Here is the timeline of what happened, all times in Pacific Time:',
      '* In 2021, we changed how configuration is pushed.',
      '* 10:28 on May 18, a regular build went out to production.',
      '* 11:45, the CD pipeline pushed the change to all clusters.',
      '* 11:55, we started getting pages.',
    );
    assert.deepEqual(announced, { kinds: ['timeline'], entries: 4 });
  });

  it('reads a section of any name that is one table of times as the timeline, its rows not as items', () => {
    const table = [
      '| Time (UTC) | Action |',
      '|---|---|',
      '| 14:32 | Restarted the API |',
      '| 14:36 | Opened a thread |',
    ];
    const logged = timelineOf('## Immediate actions', '', ...table, '| ~15:09 | Root cause identified |');
    assert.deepEqual(logged, { kinds: ['timeline'], entries: 3 });
    const parsed = parsePostmortem(
      ['# Outage', '', '## Immediate actions', '', ...table, '| ~15:09 | Root cause found |', ''].join('\n'),
    );
    assert.deepEqual(parsed.actionItems, []);
    // Two rows, or a table whose first column is not the time, stay as they were.
    assert.notEqual(timelineOf('## Immediate actions', '', ...table).kinds[0], 'timeline');
    const owned = ['| Action | Owner |', '|---|---|', '| Restart the API | Ann |', '| Add an alert | Bo |'];
    assert.deepEqual(timelineOf('## Immediate actions', '', ...owned, '| Page the DBA | Cy |').kinds, ['action-items']);
  });

  it('reads no timeline in a list that is not announced as one, not all timed, or beside a timeline section', () => {
    const timed = ['- 10:42 the disk filled', '- 10:56 the disk was grown'];
    const cases: [string, string, string[], string[]][] = [
      ['## What happened', 'We looked at the timeline of deploys:', ['- the config change', '- the rollback'], []],
      ['## What happened', 'The outage had two phases:', timed, []],
      ['## What happened', 'The timeline is in the appendix.', timed, []],
      ['## What happened', 'The timeline of the rollout:', ['- 10:42 the canary went out', '- then the fleet'], []],
      ['## Root cause', 'The timeline of the change:', timed, []],
      ['## Root cause', 'The change went out in steps.', [...timed, '- 11:02 the disk filled again'], []],
      ['## Summary', 'The queue stalled. The timeline was as follows:', timed, []],
      ['## What happened', 'The timeline of events:', timed, ['', '## Timeline', '', '- 10:40 deploy']],
      [
        '## What happened',
        'The versions deployed:',
        ['| Version | Time |', '| --- | --- |', '| 4.1 | 09:10 |', '| 4.2 | never |', '| 4.3 | 10:50 |'],
        [],
      ],
    ];
    for (const [heading, paragraph, items, after] of cases) {
      const { kinds } = timelineOf(heading, '', paragraph, '', ...items, ...after);
      assert.notEqual(kinds[0], 'timeline', paragraph);
      assert.equal(kinds.filter((kind) => kind === 'timeline').length, after.length > 0 ? 1 : 0, paragraph);
    }
    // The lead under the document's title, over its sections, is no section of its own.
    const lead = timelineOf('The timeline of events:', '', ...timed, '', '## Impact', '', 'Checkout failed.');
    assert.deepEqual(lead, { kinds: ['impact'], entries: 0 });
  });
});

describe('placeholders (placeholders.ts)', () => {
  it("reads each entry's placeholders as such and its look-alikes as writing", () => {
    for (const entry of PLACEHOLDER_WORDS) {
      assert.ok(entry.note.trim() !== '', `${entry.words}: no note`);
      for (const text of entry.placeholders) assert.ok(isPlaceholderText(text), `placeholder: ${text}`);
      for (const text of entry.writing) assert.ok(!isPlaceholderText(text), `writing: ${text}`);
    }
  });

  it('reads bracketed, braced and angled template text as placeholders, and text around them as writing', () => {
    for (const text of ['[One paragraph on what happened]', '{{impact}}', '[HH:MM] - [Event]\n[HH:MM] - [Fix]'])
      assert.ok(isPlaceholderText(text), text);
    for (const text of ['[Draft] Checkout failed.', 'See [1].', '', 'Checkout failed for 12% of users.'])
      assert.ok(!isPlaceholderText(text), text);
  });
});
