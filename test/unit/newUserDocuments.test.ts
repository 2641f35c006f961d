// Forms found by trying the product as a new user on postmortems written in the styles real teams use
// (PagerDuty, GitLab, Notion, Jira, Google SRE): each test writes the form as those documents do.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { documentMetadataTable } from '../../src/core/model/metadataTable';

function owners(listItems: readonly string[]): string[][] {
  const text = ['---', 'date: 2026-11-01', '---', '# Outage', '', '## Action Items', '', ...listItems, ''].join('\n');
  return parsePostmortem(text).actionItems.map((item) => [...item.owners]);
}

describe('owners: handles with a dot (Slack, GitLab, Jira)', () => {
  it('reads the whole handle, in brackets, after a dash, after a label and at the end', () => {
    assert.deepEqual(
      owners([
        '- [ ] Alert on max per-partition lag (@tom.becker, PAY-2231, due 2026-11-15)',
        '- [ ] Upgrade the client — @wen.li — 2026-12-01',
        '- [ ] Rotate the keys. Owner: @maria.garcia-lopez, due 2026-12-01',
        '- [ ] Page the DBA on replica lag @j.smith',
      ]),
      [['@tom.becker'], ['@wen.li'], ['@maria.garcia-lopez'], ['@j.smith']],
    );
  });

  it('ends a handle at a dot that ends the sentence, and reads no address or package as a handle', () => {
    assert.deepEqual(
      owners([
        '- Write up the findings for @bob. (@ann, 2026-12-01)',
        '- Mail ops@example.com about the change (@ann, 2026-12-01)',
        '- Update the `@types/node` package (@ann, 2026-12-01)',
        '- Fix the retry loop, ask @ops.oncall to review (@sam, 2026-12-01)',
        '- Alert on lag — @lee.',
      ]),
      [['@ann'], ['@ann'], ['@ann'], ['@sam'], ['@lee']],
    );
  });
});

function dues(listItems: readonly string[]): (string | undefined)[] {
  const text = ['---', 'date: 2026-11-01', '---', '# Outage', '', '## Action Items', '', ...listItems, ''].join('\n');
  return parsePostmortem(text).actionItems.map((item) => item.due);
}

describe('due dates: a month and day in digits without a year', () => {
  it('reads "12/15" after "due", "ETA" or a set-off "by", and in a Due cell, by the postmortem date', () => {
    assert.deepEqual(
      dues([
        '- [ ] Put PgBouncer in front of the pricing DB — @mei — by 12/15',
        '- [ ] Migrate the cron jobs (@ann, by 12/15)',
        '- [ ] Add an alert, due 1/20 (@ann)',
        '- [ ] Rotate keys; ETA 11/30 — @bob',
        '- [ ] Write the report — @bob — by 15/12',
      ]),
      ['2026-12-15', '2026-12-15', '2027-01-20', '2026-11-30', '2026-12-15'],
    );
    const table = ['| Action | Owner | Due |', '|---|---|---|', '| Add a dashboard | @lee | 12/15 |'];
    assert.deepEqual(dues(table), ['2026-12-15']);
  });

  it('reads no fraction, count, impossible day or date that may be either way round', () => {
    assert.deepEqual(
      dues([
        '- [ ] Add an alert — @ann — due 3/4',
        '- [ ] Cut the retry budget by 1/2 — @bob',
        '- [ ] Reduce p99 by 3/4 before launch — @bob',
        '- [ ] Fix the parser (tests pass 12/15) — @bob',
        '- [ ] Ship it — @bob — due 2/30',
      ]),
      [undefined, undefined, undefined, undefined, undefined],
    );
  });
});

function ownersAndDues(listItems: readonly string[]): [string[], string | undefined][] {
  const text = ['---', 'date: 2026-11-20', '---', '# Outage', '', '## Action items', '', ...listItems, ''].join('\n');
  return parsePostmortem(text).actionItems.map((item) => [[...item.owners], item.due]);
}

describe('due dates: a weekday or a period end shortened after the owner', () => {
  it('reads "— Fri" and "— EOW" as the due date and the name before them as the owner', () => {
    // 2026-11-20 is a Friday: the week's end is that day, the next Friday a week on.
    assert.deepEqual(
      ownersAndDues([
        '- renew the lock every 60s while the job runs — Jana Kowalski — Fri',
        '- alert when the job runs longer than the TTL — Jana Kowalski — EOW',
        '- split the job — Marco — by EOQ',
        '- audit the mailboxes — Priya — end of week',
        '- write the report (due EOM) — Priya',
        '- rotate the keys — Friday',
      ]),
      [
        [['Jana Kowalski'], '2026-11-27'],
        [['Jana Kowalski'], '2026-11-20'],
        [['Marco'], '2026-12-31'],
        [['Priya'], '2026-11-20'],
        [['Priya'], '2026-11-30'],
        [[], '2026-11-27'],
      ],
    );
  });

  it('still reads a month alone after a dash as no date, and lower-case words as no abbreviation', () => {
    assert.deepEqual(
      ownersAndDues(['- page on lag — May', '- add a dashboard — Marco, Nov 30', '- fix the eow flag — Priya']),
      [
        [[], undefined],
        [['Marco'], '2026-11-30'],
        [['Priya'], undefined],
      ],
    );
  });
});

function kinds(headings: readonly string[]): string[] {
  const text = ['# Outage', '', ...headings.flatMap((heading) => [`## ${heading}`, '', 'Some text.', '']), ''].join(
    '\n',
  );
  return parsePostmortem(text)
    .sections.filter((section) => section.level === 2)
    .map((section) => section.kind);
}

describe('sections: what went badly, asked as what could be better', () => {
  it('reads GitLab\'s "What can be improved" and a softened "What didn\'t go so well" as the lessons', () => {
    assert.deepEqual(
      kinds([
        'What went well',
        'What can be improved',
        "What didn't go so well",
        'What could have gone better',
        'Things we could have done better',
      ]),
      ['lessons', 'lessons', 'lessons', 'lessons', 'lessons'],
    );
  });

  it('still reads planned improvements as the action items and an improvement told as done as no lessons', () => {
    assert.deepEqual(kinds(['Improvements', 'Planned improvements']), ['action-items', 'action-items']);
    assert.notEqual(kinds(['How we improved the alerting'])[0], 'lessons');
  });
});

describe('owners and due dates said in a sentence, as people writing in a second language do', () => {
  it('reads "owner is Sneha" and "Target is 15th Nov" as the owner and the due date', () => {
    assert.deepEqual(
      ownersAndDues([
        '1. Make one document for how to renew the APNs certificate, owner is Sneha, by end of this month.',
        '2. Kiran will add the alert for certificate expiry 30 days before. Target is 15th Dec.',
        '3. Move the account to the group mailbox. The owner will be the platform team, deadline is 12/20.',
        '4. Rotate the key. ETA is Friday.',
      ]),
      [
        [['Sneha'], '2026-11-30'],
        [['Kiran'], '2026-12-15'],
        [['platform team'], '2026-12-20'],
        [[], '2026-11-27'],
      ],
    );
  });

  it('reads no owner where the sentence names none, and no date in a target that is a number', () => {
    assert.deepEqual(
      ownersAndDues([
        '- Find out who the owner is for the billing cron.',
        '- Decide the rollout; the owner is unclear.',
        '- Raise availability; target is 99.9% for the quarter.',
        '- Cut the p99; target is 300 ms.',
      ]),
      [
        [[], undefined],
        [[], undefined],
        [[], undefined],
        [[], undefined],
      ],
    );
  });
});

function statuses(listItems: readonly string[]): [string | undefined, string][] {
  const text = ['---', 'date: 2026-11-20', '---', '# Outage', '', '## Follow-ups', '', ...listItems, ''].join('\n');
  return parsePostmortem(text).actionItems.map((item) => [item.status, item.text]);
}

describe("status: the last of the fields in an item's brackets", () => {
  it('reads "(API team, done)" and "(Infra, in progress)" as the status and keeps the fields before it', () => {
    assert.deepEqual(
      statuses([
        '- Client retries to the cache will use a circuit breaker (API team, done)',
        "- Shard the queue (@ann, PAY-12, won't do)",
        '- Rotation tooling will wait for the cluster to rebalance (Infra, in progress)',
      ]).map(([status]) => status),
      ['done', 'done', 'open'],
    );
  });

  it('reads no status in a bracket where the word goes on or opens it alone as before', () => {
    assert.deepEqual(
      statuses([
        '- Add a canary stage (see the runbook, done by hand last time) — @ann',
        '- Alert on queue depth (payments, open-source exporter) — @ann',
      ]).map(([status]) => status),
      ['open', 'open'],
    );
  });
});

describe('metadata table: where it ends', () => {
  it("ends at the first section after the title, at the title's level too, so a Timeline table is no metadata", () => {
    const text = [
      '# INC-4471 Post-Incident Review: Mobile login failures',
      '',
      '| **Severity** | Sev 2 |',
      '|---|---|',
      '| **Status** | Closed |',
      '',
      '# Summary',
      '',
      'Logins failed.',
      '',
      '# Timeline',
      '',
      '| Date | Event |',
      '|---|---|',
      '| 12 Aug 2026 3:05 PM CEST | Flag set to 100% |',
      '',
    ].join('\n');
    assert.deepEqual(documentMetadataTable(parsePostmortem(text)), { severity: 'Sev 2', status: 'Closed' });
    const nested = text.replace('# Summary', '## Summary').replace('# Timeline', '## Timeline');
    assert.deepEqual(documentMetadataTable(parsePostmortem(nested)), { severity: 'Sev 2', status: 'Closed' });
  });
});

describe('status: the last field after a spaced dash', () => {
  it('reads "- Rahul - done" as a done item owned by Rahul, and a due date before the status', () => {
    const found = ownersAndDues([
      '1. Move the Apple developer account to the group mailbox - Rahul - done',
      '2. Renew the certificate — Priya — in progress',
      '3. Add the alert — @ann — 2026-12-01 — done',
    ]);
    assert.deepEqual(found, [
      [['Rahul'], undefined],
      [['Priya'], undefined],
      [['@ann'], '2026-12-01'],
    ]);
    assert.deepEqual(
      statuses([
        '- Move the account - Rahul - done',
        '- Renew it — Priya — in progress',
        '- Write the runbook - done.',
      ]),
      [
        ['done', 'Move the account'],
        ['open', 'Renew it'],
        ['done', 'Write the runbook'],
      ],
    );
  });

  it('reads no status in a word that ends the sentence without a dash before it', () => {
    assert.deepEqual(
      statuses(['- Keep the queue open — @ann', '- Make the check run when the job is done — @ann']).map(
        ([status]) => status,
      ),
      ['open', 'open'],
    );
  });
});

describe('owners: a person mentioned by their whole name, as Notion and Confluence export a mention', () => {
  it('reads "@Mei Chen" as Mei Chen where the name ends the field', () => {
    assert.deepEqual(
      owners([
        '- [ ] Put PgBouncer in front of the pricing DB — @Mei Chen — by 12/15',
        '- [x] Add DB connection count to the dashboard (@Ravi Kumar, done)',
        '- [ ] Cap the autoscaler — @Ravi Kumar',
      ]),
      [['Mei Chen'], ['Ravi Kumar'], ['Ravi Kumar']],
    );
  });

  it('keeps the handle alone before a word that goes on, a lower-case handle, or a surname that is a word', () => {
    assert.deepEqual(
      owners([
        '- [ ] Page on lag — @Mei Please review the thresholds',
        '- [ ] Rotate the keys — @mei Chen',
        '- [ ] Add the alert — @Sam Hall',
      ]),
      [['@Mei'], ['@mei'], ['@Sam']],
    );
  });
});

describe('owners: a later sentence of the item that takes the work on', () => {
  const item = (text: string): string[] => {
    const document = ['---', 'authors: [Sam Okafor]', '---', '# Outage', '', '## Next steps', '', `- ${text}`, ''];
    return [...parsePostmortem(document.join('\n')).actionItems[0]!.owners];
  };

  it('reads "Sam owns this" and "Lena takes it from here" after the work as its owner', () => {
    assert.deepEqual(item("We're adding a policy check on health check paths. Sam owns this, by Oct 16."), ['Sam']);
    assert.deepEqual(item('Move the throttle into config management. Lena takes it from here.'), ['Lena']);
    assert.deepEqual(item('Cap the autoscaler at 20 pods. Oluwaseun handles the rollout.'), ['Oluwaseun']);
  });

  it('reads no owner in a later sentence that tells of part of the work, a system or a product', () => {
    assert.deepEqual(item('Add a synthetic check from outside our network. Priya will review the thresholds.'), []);
    assert.deepEqual(item('Add an alert on lag. Kafka will rebalance the partitions anyway.'), []);
    assert.deepEqual(item('Rotate the keys. Grafana owns the dashboards.'), []);
  });
});

describe('timeline: a date with a remark on the times', () => {
  it('reads "2026-11-03 (all times US/Pacific)" as the date of the entries after it, not as an entry', () => {
    const text = [
      '# Outage',
      '',
      '## Timeline',
      '',
      '2026-11-03 (all times US/Pacific)',
      '',
      '- 14:00 Deploy starts',
      '- 14:05 Alert fires',
      '',
      '2026-11-04 (primary failed over)',
      '',
      '- 09:00 Replica rebuilt',
      '',
    ].join('\n');
    const entries = parsePostmortem(text).timeline.map((entry) => [entry.timeText, entry.instant ?? null]);
    assert.deepEqual(entries, [
      ['14:00', Date.UTC(2026, 10, 3, 22, 0)],
      ['14:05', Date.UTC(2026, 10, 3, 22, 5)],
      ['2026-11-04', null],
      ['09:00', Date.UTC(2026, 10, 4, 17, 0)],
    ]);
  });
});

describe('action items: numbered labels opening lines, with no bullets', () => {
  it('reads each line of a paragraph that opens with "AI-5:" or the like as an item, and no other paragraph', () => {
    const text = [
      '# Outage',
      '',
      '## Action items',
      '',
      'AI-5: Review broker disk capacity \u2014 owner: @kwame',
      'AI-6: Add the broker dashboard link to the lag alert',
      '',
      'Action 7. Page on SMART disk errors',
      '',
      'AI-8: Write the runbook',
      'and tell the on-call about it',
      '',
    ].join('\n');
    const items = parsePostmortem(text).actionItems.map((item) => [item.range.start.line, [...item.owners]]);
    // Lines count from 0. A line in lower case goes on with the item above it.
    assert.deepEqual(items, [
      [4, ['@kwame']],
      [5, []],
      [7, []],
      [9, []],
    ]);
    assert.equal(parsePostmortem(text).actionItems[3]?.text, 'AI-8: Write the runbook and tell the on-call about it');
    // A paragraph with a line that neither opens with a label nor goes on in lower case is read as prose.
    const prose = text.replace('and tell the on-call about it', 'The on-call was told.');
    assert.equal(parsePostmortem(prose).actionItems.length, 3);
  });
});

describe('action items: commitments in a blog post\u2019s prose', () => {
  it('reads a named person\u2019s work under way as their item, also as the second commitment of a sentence', () => {
    const text = [
      '# Image uploads failed',
      '',
      '## What we\u2019re doing about it',
      '',
      'We\u2019re going to pin the CA bundle version, and Theo is adding a smoke test before an image is published.',
      'Over the next quarter the platform team will move base image builds to the new build system.',
      'Redis is returning stale keys after a failover.',
      '',
    ].join('\n');
    assert.deepEqual(
      parsePostmortem(text).actionItems.map((item) => [item.text, [...item.owners]]),
      [
        ['We\u2019re going to pin the CA bundle version', []],
        ['Theo is adding a smoke test before an image is published.', ['Theo']],
        [
          'Over the next quarter the platform team will move base image builds to the new build system. Redis is ' +
            'returning stale keys after a failover.',
          ['platform team'],
        ],
      ],
    );
  });
});
