import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import type { PostmortemConfig } from '../../src/core/vocabulary/terms';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { ActionItem } from '../../src/core/model/types';

function items(text: string, config: PostmortemConfig = DEFAULT_CONFIG): ActionItem[] {
  return [...parsePostmortem(text, { config }).actionItems];
}

/** The items of an "Action items" section holding `lines`. */
function section(...lines: string[]): ActionItem[] {
  return items(['# Outage', '', '## Action items', '', ...lines, ''].join('\n'));
}

function only(list: readonly ActionItem[]): ActionItem {
  assert.equal(list.length, 1, `expected one item, got ${JSON.stringify(list.map((item) => item.text))}`);
  return list[0]!;
}

describe('action items: where they are found', () => {
  it('reads the lists of action-items sections under their many names, and their subsections', () => {
    for (const heading of [
      '## Action Items',
      '## Remediation',
      '## Corrective and Preventative Measures',
      "### What we're doing about it",
      'Follow-ups\n----------',
    ]) {
      const found = items(`# Outage\n\n${heading}\n\n- Add an alert on queue depth\n`);
      assert.equal(found.length, 1, heading);
    }
    const nested = items('## Remediation\n\n### Immediate\n\n- Add an alert\n\n### Long-term\n\n- Shard the queue\n');
    assert.deepEqual(
      nested.map((item) => item.text),
      ['Add an alert', 'Shard the queue'],
    );
  });

  it('reads sections that name action items in other words', () => {
    const headings = [
      '## Resolving actions',
      '## Proactive measures',
      '## Preventive measures',
      '## Next steps',
      '## Follow-up items',
      '## What we are doing about it',
      '## What we will do',
      '## Improvements',
      '## Countermeasures',
      '## Recommendations',
    ];
    for (const heading of headings)
      assert.equal(items(`# Cache stampede\n\n${heading}\n\n- Jitter the cache expiry\n`).length, 1, heading);
    const horizons = items(
      '## Remediation\n\n### Immediate\n\n- Raise the pool size\n\n### Short-term\n\n- Jitter ' +
        'the cache expiry\n\n### Long-term\n\n- Move sessions out of the cache\n',
    );
    assert.deepEqual(
      horizons.map((item) => item.text),
      ['Raise the pool size', 'Jitter the cache expiry', 'Move sessions out of the cache'],
    );
  });

  it("reads a task list's boxes as items wherever they stand, ticked as done, and no plain list beside them", () => {
    const found = items(
      [
        '# Outage',
        '',
        '## Completion status',
        '',
        '- [x] **Repository synchronized with PyPI** ✅',
        '- [ ] Add a release check to CI',
        '',
        '## What happened',
        '',
        '- The package was published from the wrong directory.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.status]),
      [
        ['Repository synchronized with PyPI', 'done'],
        ['Add a release check to CI', 'open'],
      ],
    );
  });

  it('reads a table with action-item columns wherever it stands, and no other table', () => {
    const google = [
      '| Action Item | Type | Owner | Bug |',
      '|---|---|---|---|',
      '| Add a replica lag alert | detect | priya | BUG-311 |',
      '| Cap connection retries | prevent | | |',
    ];
    const places = [
      ['# Replica lag', '', '##', '', ...google],
      ['# Replica lag', '', '## Supporting information', '', ...google],
      google,
      ['# Replica lag', '', '## 5', '', ...google],
    ];
    for (const lines of places) {
      const found = items(lines.join('\n'));
      assert.deepEqual(
        found.map((item) => [item.style, item.text, item.owners, item.type]),
        [
          ['table', 'Add a replica lag alert', ['priya'], 'detect'],
          ['table', 'Cap connection retries', [], 'prevent'],
        ],
        lines[2],
      );
    }
    for (const header of ['| Task | Assignee |', '| Follow-up | Due |', '| Remediation | Status |'])
      assert.equal(items(`## Appendix\n\n${header}\n|---|---|\n| Rotate the keys | x |\n`).length, 1, header);
    const others = [
      '## Impact\n\n| Region | Impact |\n|---|---|\n| eu-west | 40% errors |\n',
      '## Appendix\n\n| Time | Action | Who |\n|---|---|---|\n| 14:05 | Restarted the primary | @sam |\n',
      '## Appendix\n\n| Action | Result |\n|---|---|\n| Restarted the primary | Recovered |\n',
      '## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:05 | Restarted the primary |\n',
      '## Timeline\n\n| Date | Action | Who |\n|---|---|---|\n| 2025-01-05 | Restarted the primary | @sam |\n',
    ];
    for (const text of others) assert.deepEqual(items(text), [], text);
  });

  it('does not read lists of other sections', () => {
    assert.deepEqual(
      items('## Timeline\n\n- 14:00 Add an alert @alice\n\n## Lessons learned\n\n- Alerts helped\n'),
      [],
    );
  });

  it('reads "Action item:" and "Action point:" paragraphs anywhere, without the marker in the text', () => {
    const found = items(
      '## Resolution\n\nWe restarted the pods.\n\n**Action item:** Start incidents earlier. ' +
        'Owner: @lucas\n\nAction point: add a runbook for restarts.\n',
    );
    assert.deepEqual(
      found.map((item) => [item.style, item.text, item.owners]),
      [
        ['paragraph', 'Start incidents earlier.', ['@lucas']],
        ['paragraph', 'add a runbook for restarts.', []],
      ],
    );
  });

  it('reads an "Action item:" that starts a sentence inside a paragraph, from the marker on', () => {
    const text = '## Summary\n\nWe lost DNS. Action item: rotate the resolver keys (owner: @sec-team).\n';
    const item = only(items(text));
    assert.deepEqual(
      [text.slice(item.range.start.offset, item.range.end.offset), item.text, item.owners],
      ['Action item: rotate the resolver keys (owner: @sec-team).', 'rotate the resolver keys.', ['@sec-team']],
    );
  });

  it('reads a "Follow-up:" that starts a sentence of a lessons bullet as an item, from the marker on', () => {
    const text = [
      '# Login outage',
      '',
      '## Lessons Learned',
      '',
      '- **CI must test the deployment shape.** The path had zero test coverage. Follow-up: a prod-shaped smoke job',
      '  running the real frontend image.',
      '- **Intermediaries can be load-bearing.** The proxy normalised requests.',
      '',
      '## References',
      '',
      '- Observability follow-up: [frontend #400](https://example.com/issues/400)',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.range.start.line, item.text]),
      [[4, 'a prod-shaped smoke job running the real frontend image.']],
    );
  });

  it(
    'reads one item per subsection heading, with the paragraphs under it, when the subsection ' +
      'holds no list or table',
    () => {
      const text = [
        '## Action items',
        '',
        '### Enhancement of monitoring system',
        '',
        'We will add disk-latency alerts to every database host. Owner: @ana',
        '',
        '### Failover runbook (done)',
        '',
        '### Short-term',
        '',
        'We will rotate the replication credentials.',
        '',
        '### Long-term',
        '',
        '- Move to a managed database',
        '',
        '### Platform team',
        '',
        'Write the capacity plan.',
        '',
        '### Communication between the two teams',
        '',
        'These two teams need a better working relationship. To that end, @john will meet with @rob.',
        '',
        'We also need to establish a defined SLA with the Relops team.',
      ].join('\n');
      const found = items(text);
      assert.deepEqual(
        found.map((item) => [item.style, item.text, item.owners, item.status]),
        [
          [
            'heading',
            'Enhancement of monitoring system We will add disk-latency alerts to every database host.',
            ['@ana'],
            'open',
          ],
          ['heading', 'Failover runbook', [], 'done'],
          ['paragraph', 'We will rotate the replication credentials.', [], 'open'],
          ['bullet', 'Move to a managed database', [], 'open'],
          // A heading that names a team is no item; the imperative under it is, the team's.
          ['paragraph', 'Write the capacity plan.', ['Platform team'], 'open'],
          // Work committed to in two paragraphs is two items, each where it is said; `These two teams` names nobody.
          ['paragraph', 'To that end, @john will meet with @rob.', ['@john'], 'open'],
          ['paragraph', 'We also need to establish a defined SLA with the Relops team.', [], 'open'],
        ],
      );
      const [monitoring, runbook] = found;
      assert.deepEqual(
        [monitoring!.range.start.line, monitoring!.range.end.line, runbook!.range.start.line],
        [2, 4, 6],
      );
      assert.equal(text.slice(0, monitoring!.ownerInsertOffset).endsWith('Owner: @ana'), true);
      const nested = items(
        '## Remediation\n\n### Short term\n\n#### Rate-limit the login endpoint\n\nThe SRE team ' +
          'will cap login attempts per address.\n',
      );
      assert.deepEqual(
        nested.map((item) => [item.style, item.owners]),
        [['heading', ['SRE team']]],
      );
    },
  );

  it('reads a numbered heading marked TODO under an action-items section as one item, not as a section', () => {
    const found = items(
      [
        '# Resulting Action',
        '',
        '#### 1) Plan for Postgres migration',
        '',
        'Live stream the migration of the production database.',
        '',
        '#### 2) TODO Configuration Management',
        '',
        'We need to identify a configuration management pattern for our systems sooner than later.',
        '',
        '## TODOs',
        '',
        '- Rotate the keys',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((item) => [item.style, item.range.start.line, item.status]),
      [
        ['heading', 2, 'open'],
        ['heading', 6, 'open'],
        ['bullet', 12, 'open'],
      ],
    );
  });

  it('reads sections of future and review actions as action items, and not the actions taken', () => {
    for (const heading of ['### Future Actions', '## Review actions', '## Further steps'])
      assert.equal(
        items(`# Outage\n\n${heading}\n\nCloud Platform will split production clusters.\n`).length,
        1,
        heading,
      );
    assert.equal(items('# Outage\n\n## Additional actions taken\n\n- Restarted the ingress pods\n').length, 0);
  });

  it('reads work to be done to a thing as a commitment, and what a change will do as its elaboration', () => {
    assert.deepEqual(
      section(
        'A temporary exclusion was added globally. This exclusion will be removed when the cookie has expired.',
        '',
        'We will pin the CRS rules. This will stop the false positives. These changes will reduce noise.',
        '',
        'The rule set is noisy, which we\u2019ll avoid going forward.',
      ).map((item) => item.text),
      [
        'This exclusion will be removed when the cookie has expired.',
        'We will pin the CRS rules. This will stop the false positives. These changes will reduce noise.',
        'The rule set is noisy, which we\u2019ll avoid going forward.',
      ],
    );
  });

  it('takes a list or table of single names for the things a sentence names, not for items', () => {
    const found = section(
      'We removed the records pointing these subdomains to S3:',
      '',
      '- staticshare',
      '- staticstatemag',
      '',
      '| type  | name                     |',
      '| ----- | ------------------------ |',
      '| CNAME | publications.america.gov |',
      '| A     | share.america.gov        |',
      '',
      '- Proxy every S3 subdomain',
      '- Review DNS records quarterly',
      '',
      '- [ ] staticshare',
      '- [ ] statemag',
    );
    assert.deepEqual(
      found.map((item) => item.text),
      ['Proxy every S3 subdomain', 'Review DNS records quarterly', 'staticshare', 'statemag'],
    );
  });

  it('reads a lone capitalised name closing the section as the writer signing off, not an item', () => {
    const signed = section(
      '- Expose a metrics endpoint',
      '',
      "That's it, I'll go finish these changes.",
      '',
      '- Damien',
    );
    assert.deepEqual(
      signed.map((item) => item.text),
      ['Expose a metrics endpoint'],
    );
    // Not closing the section, or more than a name: an item still.
    assert.deepEqual(
      section('- Monitoring', '', 'More to come.').map((item) => item.text),
      ['Monitoring'],
    );
    assert.deepEqual(
      section('Thanks.', '', '- Monitoring dashboards').map((item) => item.text),
      ['Monitoring dashboards'],
    );
  });

  it('reads a bullet that only marks the list empty as no item, blanks around the mark or not', () => {
    const found = section('- none', '-   N/A   ', '- \u2014', '- TBD', '- Rotate the signing keys', '- n / a');
    assert.deepEqual(
      found.map((item) => item.text),
      ['Rotate the signing keys', 'n / a'],
    );
  });

  it('reads a list of single names with blanks around them as names, and one of several words as items', () => {
    assert.deepEqual(section('Affected hosts:', '', '-  web-1 ', '-  web-2  '), []);
    assert.deepEqual(
      section('-  Rotate   keys ', '-  Audit\tlogs').map((item) => item.text),
      ['Rotate keys', 'Audit logs'],
    );
  });

  it('reads the list that completes a first-person lead such as "We have:" or "We will:", wherever it stands', () => {
    const text = [
      '# Email exposure',
      '',
      '## Impact',
      '',
      'Three accounts were affected. We have:',
      '',
      '- deleted all account data for the affected users,',
      '- contacted each affected user directly, and',
      '',
      'Going forward, we will:',
      '',
      '- route support mail through one alias',
      '',
      'What we have:',
      '',
      '- two support aliases',
      '',
      'We have seen:',
      '',
      '- errors in the mail relay',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.text, item.status]),
      [
        ['deleted all account data for the affected users', 'done'],
        ['contacted each affected user directly, and', 'done'],
        ['route support mail through one alias', 'open'],
      ],
    );
  });

  it('reads a paragraph led by a bold `Fix:` label, wherever it stands, as a done item', () => {
    const text = [
      '# Cache poisoning',
      '',
      '## Recurrence',
      '',
      '### Bug A: the fix never stayed deployed',
      '',
      'A restart recreated the container from the floating tag.',
      '',
      '**Fix:** the deploy job now pins the image to the commit tag.',
      '',
      '### Bug B: the bypass rule fired on the wrong side',
      '',
      'The rules were in the wrong order.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.text, item.status]),
      [['the deploy job now pins the image to the commit tag.', 'done']],
    );
  });

  it('reads the list under a label that names action items, wherever it stands', () => {
    const text = [
      '# Search index outage',
      '',
      'The index was rebuilt from the snapshot.',
      '',
      '**Actions planned:**',
      '',
      '- Snapshot the index hourly',
      '- Alert on shard relocation storms',
      '',
      '## Resolution',
      '',
      'We rebuilt the index.',
      '',
      '**Follow-up actions**',
      '1. Document the rebuild. Owner: @mei',
      '',
      'Next steps:',
      '- Rehearse the restore quarterly',
      '',
      '- **Next steps:**',
      '  - Move the snapshots to another region',
      '',
      '**What we saw:**',
      '',
      '- Heap pressure on every node',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.style, item.text, item.owners]),
      [
        ['bullet', 'Snapshot the index hourly', []],
        ['bullet', 'Alert on shard relocation storms', []],
        ['bullet', 'Document the rebuild.', ['@mei']],
        ['bullet', 'Rehearse the restore quarterly', []],
        ['bullet', 'Move the snapshots to another region', []],
      ],
    );
  });

  it(
    'reads what a lesson says was done and will be done under bold labels: a list, paragraphs, ' +
      "or the rest of the label's paragraph",
    () => {
      const text = [
        '# Paging outage',
        '',
        '## Lessons learned',
        '',
        '### Reaching the on-call',
        '',
        'The page went to an old phone.',
        '',
        '**Actions taken:**',
        '',
        '1. We moved paging to the rota tool.',
        '',
        '**Action taken:**',
        '',
        'The escalation policy is now documented.',
        '',
        '### Alerting',
        '',
        '**Action planned:** We will alert on certificate expiry.',
        '',
        '## Resolution',
        '',
        '**Actions taken:**',
        '',
        '- Restarted the pager relay',
      ].join('\n');
      assert.deepEqual(
        items(text).map((item) => [item.style, item.text, item.status]),
        [
          ['bullet', 'We moved paging to the rota tool.', 'done'],
          ['paragraph', 'The escalation policy is now documented.', 'done'],
          ['paragraph', 'We will alert on certificate expiry.', 'open'],
        ],
      );
    },
  );

  it('reads the list after a sentence that announces changes and ends in a colon', () => {
    const text = [
      '# Expired certificates',
      '',
      'The renewal job relied on a retired service.',
      '',
      'To prevent similar issues in the future, we have made a few changes:',
      '',
      '1. A daily check alerts on certificates close to expiry.',
      '2. The renewal will run in our own scheduler.',
      '',
      'The affected hosts were:',
      '',
      '- repo.example.com',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      ['A daily check alerts on certificates close to expiry.', 'The renewal will run in our own scheduler.'],
    );
  });

  it('takes a bare "Action items:" line for a label, not an empty item', () => {
    assert.deepEqual(
      items('## Resolution\n\nAction items:\n\n- Rotate the keys\n').map((item) => item.text),
      ['Rotate the keys'],
    );
    assert.deepEqual(
      section('**Action items:**', '', '- Rotate the keys').map((item) => item.text),
      ['Rotate the keys'],
    );
  });

  it('reads each gerund phrase of a sentence that lists its action items as an item, and no other series', () => {
    const texts = (sentence: string): string[] =>
      items(`# Outage\n\n## Review\n\nWe met on Monday. ${sentence} It took an hour.\n`).map((item) => item.text);
    assert.deepEqual(
      texts(
        'Our action items included tasks such as rotating the signing keys, adding a canary stage, and ' +
          'documenting the failover.',
      ),
      ['rotating the signing keys', 'adding a canary stage', 'documenting the failover'],
    );
    assert.deepEqual(texts('The follow-ups are: migrating the queue to the new cluster and retiring the old one.'), [
      'migrating the queue to the new cluster',
      'retiring the old one',
    ]);
    assert.deepEqual(texts('Next steps include auditing every IAM role and enabling MFA for all admins.'), [
      'auditing every IAM role',
      'enabling MFA for all admins',
    ]);
    assert.deepEqual(texts('Our action points were rewriting the deploy script, adding alerts on lag.'), [
      'rewriting the deploy script',
      'adding alerts on lag',
    ]);
    for (const lookAlike of [
      'The remediation included restarting the pods and clearing the cache.',
      'Our action items included everything from monitoring to training.',
      'The tasks included restarting the database.',
      'Action items are tracked in Jira.',
      'Our action items included nothing surprising.',
      'The next steps were being discussed when the pager went off.',
    ])
      assert.deepEqual(texts(lookAlike), [], lookAlike);
  });

  it('reads work the writers report and promise more of in one clause ("... and will amend") as an open item', () => {
    const read = (sentence: string) =>
      items(`# Outage\n\nThe upload token leaked. ${sentence}\n`).map((item) => [item.text, item.status]);
    for (const sentence of [
      'We have requested a CVE from GitHub and will amend this announcement once it is issued.',
      'We rotated the keys and will audit the remaining tokens next week.',
      'I have revoked the token, and will avoid creating one in the future.',
    ])
      assert.deepEqual(read(sentence), [[sentence, 'open']], sentence);
    for (const sentence of [
      'We noticed that the disk filled and will need a bigger volume.',
      'We reverted the change and will be monitoring closely.',
      'We found the cache failed and will not retry.',
      'Users reported errors and will be notified.',
      'We apologized for the outage.',
    ])
      assert.deepEqual(read(sentence), [], sentence);
  });

  it("reads no commitment in the writers' plan for the text itself nor in a prediction of what befalls", () => {
    const texts = (sentence: string): string[] =>
      items(`# Outage\n\n## Conclusion\n\n${sentence}\n`).map((item) => item.text);
    for (const sentence of [
      "In this blog, I'll talk about the outage and what we learned.",
      'In this section, we will break down the steps of our response.',
      'Below, we will explain how the cache failed.',
      'In this post, I am going to walk through the timeline.',
      'On this page, we will report any outages and degraded services for our customers.',
      'On this status page we will post an update every thirty minutes.',
      'In this thread, I will keep a log of what we try.',
      'Things will fail, so focus on being able to recover quickly.',
      'While nobody likes incidents, they will happen.',
      'Going forward, outages will inevitably occur.',
    ])
      assert.deepEqual(texts(sentence), [], sentence);
    for (const sentence of [
      'In this release, we will add a canary stage.',
      'We will explain the new runbook to every on-call engineer.',
      'Going forward, we will keep CPU below 80%.',
      'We will fail over to the standby region every quarter.',
      'We will add a maintenance banner on this page.',
      'On this cluster, we will add a second control-plane node.',
      'On this date next year, we will rotate every key again.',
    ])
      assert.deepEqual(texts(sentence), [sentence], sentence);
  });

  it('reads two commitments of one sentence, each with its own subject, as two items', () => {
    const found = section(
      'We will add the feature-store client to the load test (Lena, by 2026-10-31), and Ravi will put a latency ' +
        'budget check into the canary analysis. We will roll back faster; the SRE team will own the runbook.',
      '',
      'We will add retries, and we expect fewer timeouts. We will test it, and Ana will not be paged for it.',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.owners]),
      [
        ['We will add the feature-store client to the load test', ['Lena']],
        ['Ravi will put a latency budget check into the canary analysis.', ['Ravi']],
        ['We will roll back faster', []],
        ['the SRE team will own the runbook.', ['SRE team']],
        ['We will add retries, and we expect fewer timeouts.', []],
        ['We will test it, and Ana will not be paged for it.', []],
      ],
    );
  });

  it('reads commitments in the prose of an action-items section, each with the sentences that elaborate on it', () => {
    const found = section(
      'We reverted the change. We will add a canary stage to deploys. This will catch bad ' +
        'configs. The IPS team is continuing to refine the paging policy.',
    );
    assert.deepEqual(
      found.map((item) => [item.style, item.text, item.owners]),
      [
        ['paragraph', 'We will add a canary stage to deploys. This will catch bad configs.', []],
        ['paragraph', 'The IPS team is continuing to refine the paging policy.', ['IPS team']],
      ],
    );
  });

  it('without an action-items section, reads only clear commitments from the prose', () => {
    const text = [
      'The database stalled and clients retried. We spent too long on it, and we will be making several changes.',
      '',
      'To start with, all SDKs will stop retrying flag requests. This is already released.',
      '',
      'Secondly, we\u2019ll add a manual override to the health checks.',
      '',
      'The cache will expire after an hour.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.text, item.status]),
      [
        ['To start with, all SDKs will stop retrying flag requests. This is already released.', 'done'],
        ['Secondly, we\u2019ll add a manual override to the health checks.', 'open'],
      ],
    );
  });

  it('reads first-person commitments in lessons and resolution sections, as sentences and as bullets', () => {
    const text = [
      '# Queue backlog',
      '',
      '## Summary',
      '',
      'We will publish a follow-up once the audit is done.',
      '',
      '## Timeline (all times UTC)',
      '',
      '- 14:05 We will restart the workers, the on-call wrote',
      '- 14:20 We would later find the leak in the pool',
      '',
      '## Resolution',
      '',
      'We restarted the workers and the backlog drained. We would later find the leak in the pool.',
      '',
      '- Restarted the workers',
      '- We need to add capacity to the pool',
      "- We're going to retire the v1 endpoint",
      '- We plan to move cron jobs off the primary',
      '',
      '**Next steps:**',
      '',
      '- We will pin the driver version',
      '',
      '## Lessons learned',
      '',
      'The failover took 40 minutes. We will automate the replica promotion. We\u2019ll also rehearse it each quarter.',
      '',
      'To prevent a recurrence, we are going to alert on pool saturation. We should have caught ' +
        'this in staging. We will continue to take reliability seriously.',
      '',
      '## Action items',
      '',
      '- Add a soak test',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.style, item.text, item.status]),
      [
        ['bullet', 'We need to add capacity to the pool', 'open'],
        ['bullet', "We're going to retire the v1 endpoint", 'open'],
        ['bullet', 'We plan to move cron jobs off the primary', 'open'],
        ['bullet', 'We will pin the driver version', 'open'],
        ['paragraph', 'We will automate the replica promotion.', 'open'],
        ['paragraph', 'We\u2019ll also rehearse it each quarter.', 'open'],
        ['paragraph', 'To prevent a recurrence, we are going to alert on pool saturation.', 'open'],
        ['bullet', 'Add a soak test', 'open'],
      ],
    );
  });

  it('reads work reported done since the incident as a done item wherever it is told', () => {
    const found = items(
      '# Outage\n\n## Background\n\nA member overwrote their keypair. We have since published a fix to make it ' +
        'harder to overwrite a keypair. We have since learned that others did too.\n\n## Impact\n\nSince then, ' +
        "we've added an alert on keypair changes.\n\n## Action items\n\n- Add a confirmation prompt\n",
    );
    assert.deepEqual(
      found.map((item) => [item.text.slice(0, 30), item.status]),
      [
        ['We have since published a fix ', 'done'],
        ["Since then, we've added an ale", 'done'],
        ['Add a confirmation prompt', 'open'],
      ],
    );
  });

  it('reads a change the writers report having made so that it not happen again as a done item, anywhere', () => {
    const found = items(
      '# Outage\n\nRequests from a build farm filled the workers. We moved quickly and blocked the farm to prevent ' +
        "further damage. We've blocked all requests for `.jar` files to prevent any further such requests. We " +
        'added a size limit to the upload queue to avoid this happening again.\n',
    );
    assert.deepEqual(
      found.map((item) => [item.text.slice(0, 30), item.status]),
      [
        ["We've blocked all requests for", 'done'],
        ['We added a size limit to the u', 'done'],
      ],
    );
  });

  it('reads a need for a thing and work being explored as items of a lessons section, not a call for help', () => {
    const texts = (body: string): string[] =>
      items(`# Outage\n\n## Lessons\n\n${body}\n`).map((item) => item.text.slice(0, 40));
    assert.deepEqual(texts('We also learnt from this that we need a staging environment that mirrors production.'), [
      'We also learnt from this that we need a ',
    ]);
    assert.deepEqual(texts("We're also looking at what we can do for automated testing of the config."), [
      "We're also looking at what we can do for",
    ]);
    assert.deepEqual(texts('We need more help to improve security. We are investigating the errors.'), []);
  });

  it('reads work the writers have begun and not finished as an open item, not what they have begun to see', () => {
    const found = items(
      '# Outage\n\n## Lessons\n\nWe have begun retooling our system for feedstock tokens. We have also started ' +
        "the process of decommissioning old CI services. We've started to rotate every key. We have started " +
        'seeing fewer timeouts. We have begun to notice the pattern. We started the rotation on Monday.\n',
    );
    assert.deepEqual(
      found.map((item) => [item.text.slice(0, 30), item.status]),
      [
        ['We have begun retooling our sy', 'open'],
        ['We have also started the proce', 'open'],
        ["We've started to rotate every ", 'open'],
      ],
    );
  });

  it('reads the commitments of people, teams and organisations in lessons and resolutions, not of things', () => {
    const text = [
      '# Auction refund',
      '',
      '## Mitigation',
      '',
      'The team will implement measures to prevent similar incidents. Affected customers will be refunded.',
      '',
      'Blocks will be created every two seconds. The sequencer will have a private mempool.',
      '',
      '## Lessons learned',
      '',
      'Besu used a plugin system for hot fixes. They are also going to review usage of third-party libraries.',
      '',
      'We should continue implementing our plan to get out of the endpoint business.',
      '',
      '## Recommendations',
      '',
      '- Add test cases for refunds',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'The team will implement measures to prevent similar incidents.',
        'Affected customers will be refunded.',
        'They are also going to review usage of third-party libraries.',
        'Add test cases for refunds',
      ],
    );
  });

  it('reads a need said of the noun before it as a description, not a commitment', () => {
    const text = [
      '# Airdrop',
      '',
      '## Lessons learned',
      '',
      '- **Have additional providers.** Having multiple providers lets us split traffic, and reduces the amount ' +
        'that each provider needs to scale up in order to handle the traffic.',
      '- **Give partners warning.** We decided that each provider needs to get 48 hours of notice.',
      '',
      '## Action items',
      '',
      '- Add a second provider',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      ['We decided that each provider needs to get 48 hours of notice.', 'Add a second provider'],
    );
  });

  it('without an action-items section, reads the work lessons ask for, not hindsight nor rules for a case', () => {
    const text = [
      '# Upgrade halt',
      '',
      '## Lessons learnt',
      '',
      'Going forward we should endeavour to create an identical environment for testing upgrades.',
      '',
      'Where there is a risk of a consensus fault, full snapshots should be taken of the network before upgrades.',
      '',
      'We also failed to use the status page. This generally needs to be incorporated into our ways of working.',
      '',
      'We should have caught this on testnet. The snapshot should have been taken earlier.',
      '',
      '- If an attack is ongoing: we should pause the bridge.',
      '- If possible, reports should be sent to two people.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'Going forward we should endeavour to create an identical environment for testing upgrades.',
        'Where there is a risk of a consensus fault, full snapshots should be taken of the network before upgrades.',
        'This generally needs to be incorporated into our ways of working.',
        'If possible, reports should be sent to two people.',
      ],
    );
  });

  it('without an action-items section, reads a lessons bullet that reports a change the writers made as done', () => {
    const text = [
      '# Chain halt',
      '',
      '## Conclusion',
      '',
      '- Documentation is key.',
      '- We improved our CICD to avoid this kind of issue in the future.',
      '- We reacted quickly.',
      '- We learned a lot about the upgrade module.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.text, item.status]),
      [['We improved our CICD to avoid this kind of issue in the future.', 'done']],
    );
  });

  it('reads a lessons bullet that carries the status of work as an item, where no action items answer', () => {
    const text = [
      '# Storage outage',
      '',
      '## Lessons learned',
      '',
      '- More monitor nodes (currently being worked on)',
      '- Alerting on the utility node (done)',
      '- Storage nodes can lose sight of each other.',
      '- The cluster was in a warning state (for two days)',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.text, item.status]),
      [
        ['More monitor nodes', 'open'],
        ['Alerting on the utility node', 'done'],
      ],
    );
  });

  it('reads the work a lessons section asks for beside action items when its title names further work', () => {
    const listed = '- Add an alert on disk usage';
    const beside = (heading: string, line: string): string[] =>
      items(['# Outage', '', '## Action items', '', listed, '', heading, '', line, ''].join('\n'))
        .map((item) => item.text)
        .filter((text) => `- ${text}` !== listed);
    const further: [string, string][] = [
      ['## Further Mitigations and Learnings', 'The testnet configuration needs to mirror mainnet.'],
      ['## Additional measures and lessons learned', 'Backups should be restored once a quarter.'],
      ['## Learnings and further improvements', 'We should add a canary to the deploy pipeline.'],
      ['## Lessons and remaining work', 'Event decoding needs to be more fault tolerant.'],
      ['## Other mitigations and takeaways', 'Every schema change must be reviewed by a second engineer.'],
    ];
    for (const [heading, line] of further) assert.deepEqual(beside(heading, line), [line], heading);
    const lookAlikes: [string, string][] = [
      ['## Lessons learned', 'The testnet configuration needs to mirror mainnet.'],
      ['## Further thoughts', 'Backups should be restored once a quarter.'],
      ['## Further Mitigations and Learnings', 'We should have caught this on testnet.'],
      ['## Further Mitigations and Learnings', 'The disk filled up because logs were never rotated.'],
      ['## What more we learned', 'Event decoding needs to be more fault tolerant.'],
    ];
    for (const [heading, line] of lookAlikes) assert.deepEqual(beside(heading, line), [], `${heading}: ${line}`);
  });

  it('reads no item in a remark on what the work listed did, told in the past, but a commitment after it', () => {
    const readAfterList = (line: string): string[] =>
      section('- Add retries to the client.', '', line)
        .map((item) => item.text)
        .filter((text) => text !== 'Add retries to the client.');
    for (const remark of [
      'These targeted actions significantly strengthened our CI, ensuring safe operations moving forward.',
      'These changes reduced errors by half, ensuring stability going forward.',
      'Those measures lowered the page volume in the future.',
      'These improvements noticeably shortened recovery going forward.',
    ])
      assert.deepEqual(readAfterList(remark), [], remark);
    for (const work of [
      'We will add more alerts going forward.',
      'These alerts fired too late, so going forward we will page on queue depth.',
      'These dashboards will be removed going forward.',
      'Going forward, the platform team will review every config change.',
    ])
      assert.deepEqual(readAfterList(work), [work], work);
  });

  it('reads the list a count of things made introduces as done items, not a count of events or people', () => {
    const listed = (lead: string): [string, string | undefined][] =>
      items(
        `# Regression\n\n## Summary\n\nIt broke.\n\n## Changes\n\n${lead}\n\n1. A basic test.\n2. A stress test.\n`,
      ).map((item) => [item.text, item.status]);
    const done: [string, string | undefined][] = [
      ['A basic test.', 'done'],
      ['A stress test.', 'done'],
    ];
    for (const lead of [
      'Two tests added in `tests/ImportTests.fs`:',
      'Three alerts were added to the pager rotation:',
      'A couple of runbooks have been written:',
      'The fix is in v1.2. Several new checks were introduced across the pipeline:',
      'Two dashboards created:',
    ])
      assert.deepEqual(listed(lead), done, lead);
    for (const lead of [
      'Two tests failed:',
      'Two engineers added context:',
      'Two regions were affected:',
      'Several alerts fired in the night:',
      'Two tests added retries to the client, which:',
    ])
      assert.deepEqual(listed(lead), [], lead);
  });

  it('reads the imperatives of lessons bullets where no action-items section answers for the same incident', () => {
    const text = [
      '# Status log',
      '',
      '## August 27th: evaluation functions unavailable',
      '',
      '### Lessons learned',
      '',
      '- When pushing infrastructure changes, always run a preview before starting',
      "- Don't push infrastructure changes when no other developer is available",
      '- Features for teachers must be tested by a teacher who is not an admin.',
      '- federation-redirect logs clearly showed the version mismatch.',
      '- Only kernel archives were needed.',
      '- **Give partners warning.** Each provider got 48 hours of notice.',
      '',
      'Currently the only safe way to do this would be:',
      '',
      '- Deploy an updated Prow',
      '',
      '## December 4th: brief database outage',
      '',
      '### Lessons learned',
      '',
      '- Review every configuration change with a second developer',
      '',
      '### Actions',
      '',
      '- Add protections against destructive actions',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.style, item.text]),
      [
        ['bullet', 'When pushing infrastructure changes, always run a preview before starting'],
        ['bullet', "Don't push infrastructure changes when no other developer is available"],
        ['bullet', 'Features for teachers must be tested by a teacher who is not an admin.'],
        ['bullet', 'Add protections against destructive actions'],
      ],
    );
  });

  it('reads a resolution list of imperatives as items where no action-items section answers for the incident', () => {
    const text = [
      '# Status log',
      '',
      '## November 10th: service unresponsive',
      '',
      '### Action taken:',
      '',
      '- Decrease the CPU level at which scaling is triggered.',
      '- Enhance system logs so that more is known next time',
      '',
      '## November 4th: logins failing',
      '',
      '### Mitigation',
      '',
      '- Reverted the release',
      '- Restart the login pods',
      '',
      '## October 2nd: handwriting unavailable',
      '',
      '### Resolution',
      '',
      '- Roll back the deploy',
      '- Restart the workers',
      '',
      '### Action items',
      '',
      '- Add a canary stage',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'Decrease the CPU level at which scaling is triggered.',
        'Enhance system logs so that more is known next time',
        'Add a canary stage',
      ],
    );
  });

  it("reads work asked for in any section's prose but the timeline's, and a team's commitment in a conclusion", () => {
    const text = [
      '# GraphQL endpoint exposed',
      '',
      '## Detection',
      '',
      'Nobody noticed. Furthermore, robust unit tests of the authentication workflow should be added.',
      '',
      'They should be spotted sooner now that health notifications have been revived.',
      '',
      '## Timeline',
      '',
      '- 10:02 The fix should be deployed by noon, said the on-call.',
      '',
      '## Conclusion',
      '',
      'The failure was caused by a bug. Hence, the Comdex team will be working to ensure that it does not recur.',
      '',
      '## Corrective actions',
      '',
      '- Disable introspection',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'Furthermore, robust unit tests of the authentication workflow should be added.',
        'Hence, the Comdex team will be working to ensure that it does not recur.',
        'Disable introspection',
      ],
    );
  });

  it('reads commitments sentence by sentence as the language layer splits them, code and versions included', () => {
    const text = [
      '## Lessons learned',
      '',
      'We pinned the driver at v1.2.3 e.g. for the API. We will bump `libpq` to 16.1 next week. ' +
        'We need more disks, but we\u2019re going to shard first. If the bot will page, we shall ' +
        'answer.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'We will bump `libpq` to 16.1 next week.',
        'We need more disks, but we\u2019re going to shard first.',
        'If the bot will page, we shall answer.',
      ],
    );
  });

  it('reads a committing sentence later in a lessons bullet as an item of its own', () => {
    const text = [
      '## Lessons learned',
      '',
      '- **Tell users early.** We stayed quiet for hours. Moving forward, we\u2019ll post on the ' +
        'status page within minutes.',
      '- **Load test.** Load tests find slow paths.',
      '',
      '## Action items',
      '',
      '- Add a soak test',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => [item.style, item.text]),
      [
        ['paragraph', 'Moving forward, we\u2019ll post on the status page within minutes.'],
        ['bullet', 'Add a soak test'],
      ],
    );
  });

  it('reads no item in work asked for later in a lessons bullet telling what went wrong, but a commitment', () => {
    const lessons = (bullet: string): string[] =>
      items(['# Outage', '', '## Lessons learned', '', '**What went wrong**', '', bullet, ''].join('\n')).map(
        (item) => item.text,
      );
    for (const bullet of [
      '- We were adding the parser as a peer dependency. Instead, the regular dependency should be added.',
      '- The config was copied by hand between hosts. It should be templated.',
      '- Nobody looked at the canary before the full rollout. The canary must be checked first.',
      '- We relied on one region. Rather, traffic should be spread across two.',
      '- The alert fired into a muted channel. Alerts like this need to be routed to the pager.',
    ])
      assert.deepEqual(lessons(bullet), [], bullet);
    const committing: ReadonlyArray<readonly [string, string]> = [
      ['- The config was copied by hand. We will template it next sprint.', 'We will template it next sprint.'],
      [
        '- The canary went unread. Going forward, the team will check it first.',
        'Going forward, the team will check it first.',
      ],
      ['- Alerts went to a muted channel. We need to route them to the pager.', 'We need to route them to the pager.'],
      ['- The regular dependency should be added.', 'The regular dependency should be added.'],
      ['- We will add the parser as a regular dependency.', 'We will add the parser as a regular dependency.'],
    ];
    for (const [bullet, item] of committing) assert.deepEqual(lessons(bullet), [item], bullet);
  });

  it('reads no item in a disposition the writers mean to take on, or in how things were done before', () => {
    const lessons = (bullet: string): string[] =>
      items(['# Outage', '', '## Lessons learned', '', bullet, ''].join('\n')).map((item) => item.text);
    for (const bullet of [
      '- We need to be more proactive about cleaning up old CI services.',
      '- We must be more careful with production credentials.',
      '- We should be less trusting of default timeouts.',
      '- We used the same token across multiple CI services. This limited our ability to revoke one.',
      '- We relied on a single region for the registry.',
      '- We assumed the replica was in sync.',
    ])
      assert.deepEqual(lessons(bullet), [], bullet);
    for (const bullet of [
      '- We\u2019ll be more actively using the status page to report issues going forward.',
      '- We need to be able to fail over in minutes.',
      '- We need to add more alerts on the queue.',
      '- We rotated the tokens for every CI service.',
      '- We replaced the shared token with one token per service.',
    ])
      assert.equal(lessons(bullet).length, 1, bullet);
  });

  it(
    'without an action-items section, also reads the other clear commitments of a resolution, ' + 'one sentence each',
    () => {
      const text =
        '## Resolution\n\nWe rolled back. We need to add a canary stage. Going forward, the deploy ' +
        'tool will block Friday deploys. It was slow.\n';
      assert.deepEqual(
        items(text).map((item) => item.text),
        ['We need to add a canary stage.', 'Going forward, the deploy tool will block Friday deploys.'],
      );
    },
  );

  it('reads work asked for and work tracked in a ticket in an action-items section, not a template prompt', () => {
    assert.deepEqual(
      section(
        'List any tasks we should complete that are relevant to this incident',
        '',
        'We had one point of contact. If possible, all security reports should be sent to two people.',
        '',
        'A ticket ([CDP-2445](https://jira.example/CDP-2445)) was created to wrap the remaining operations.',
        '',
        'The ticket was closed on Friday. The issue was opened by a user.',
      ).map((item) => item.text),
      [
        'If possible, all security reports should be sent to two people.',
        'A ticket (CDP-2445) was created to wrap the remaining operations.',
      ],
    );
  });

  it('reads work suggested by the writers and practices asked of anyone in an action-items section', () => {
    assert.deepEqual(
      section(
        'We could have a policy of not landing DNS changes on a Friday.',
        '',
        'We could not reach the owner of the zone. We could have caught it in staging.',
        '',
        'Developers should only make configuration changes when a second developer is present.',
        '',
        'The alert should have fired. It should page twice now. Every action item should have an issue.',
      ).map((item) => item.text),
      [
        'We could have a policy of not landing DNS changes on a Friday.',
        'Developers should only make configuration changes when a second developer is present.',
      ],
    );
  });

  it('reads a practice stated as required in an action-items section and a lessons bullet, not in a story', () => {
    const text = [
      '# Outage',
      '',
      '## Leadup',
      '',
      'When throughput is high, multiple ticks are necessary to catch up to the tip of the chain.',
      '',
      '## Lessons learned',
      '',
      '- Basic QA of all changes going to production is necessary (on staging).',
      '- Monitoring right after each push should be standard procedure.',
      '- A restart was necessary.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      [
        'Basic QA of all changes going to production is necessary (on staging).',
        'Monitoring right after each push should be standard procedure.',
      ],
    );
    assert.deepEqual(
      section('Second-developer reviews are now required before any database configuration change.').map(
        (item) => item.text,
      ),
      ['Second-developer reviews are now required before any database configuration change.'],
    );
  });

  it('reads what things need, opening a lessons bullet, as an item; not needs of people, amounts, comparisons', () => {
    const needs = [
      'Kubernetes secrets, GCP service-accounts, and keys need 2-way links so that things can be looked up.',
      'The runbook needs a section on regional failover.',
      'Our staging and production configs need a single source of truth.',
      'Health checks need a longer grace period after a deploy.',
      'Alert thresholds for the queue need review every quarter.',
    ];
    const facts = [
      'Users need an account to log in.',
      'The service needs about a second to start.',
      'It needs a restart after every upgrade.',
      'When the cache fills, requests need a retry.',
      'Some migrations need 30 minutes to run.',
      'Large clusters need more memory than small ones.',
      'Not every alert needs a page.',
      'The rollback needed two attempts.',
    ];
    const text = ['# Outage', '', '## Lessons learned', '', ...[...needs, ...facts].map((line) => `- ${line}`)];
    assert.deepEqual(
      items(text.join('\n')).map((item) => item.text),
      needs,
    );
    // In a story, the same sentence tells what was lacking.
    assert.deepEqual(items(`# Outage\n\n## What happened\n\n${needs[1]}\n`), []);
  });

  it('reads a paragraph of an action-items section closed by what became of it in brackets as one item', () => {
    const found = section(
      'The monitor is configured to check the old domain. (fixed by adding a separate monitoring entry)',
      '',
      'It would be useful to have a channel for emergencies. (added an @emergency role on Discord)',
      '',
      'The setup requires a Google employee to approve DNS changes. We should expand this to the Dart team.',
      '(added Dart team members to the OWNERS file)',
      '',
      'The monitoring system should page more people. Ideally, it would ping chat. (filed https://example.com/i/1)',
      '',
      'We rolled back at noon (see the timeline).',
    );
    assert.deepEqual(
      found.map((item) => [item.range.start.line, item.text, item.status, item.owners]),
      [
        [4, 'The monitor is configured to check the old domain.', 'done', []],
        [6, 'It would be useful to have a channel for emergencies.', 'done', []],
        [
          8,
          'The setup requires a Google employee to approve DNS changes. We should expand this to the Dart team.',
          'done',
          [],
        ],
        [11, 'The monitoring system should page more people. Ideally, it would ping chat.', 'open', []],
      ],
    );
    assert.equal(found[2]!.range.end.line, 9);
  });

  it('reads a bullet that opens with a bold action label on its own line as an item, not one with a bold title', () => {
    const text = [
      '# Ingress rollback',
      '',
      '- **Review actions**:',
      '  Cloud Platform will re-iterate the need for service teams to test upgrades.',
      '',
      '## Lessons learned',
      '',
      '- **Effective customer remediation**: filtered out most exceptions to reduce billing impact',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.text),
      ['Cloud Platform will re-iterate the need for service teams to test upgrades.'],
    );
  });

  it('does not take narrative, intros or stances in an action-items section for items', () => {
    assert.deepEqual(
      section(
        'These are only sample subheadings. Every action item should have an issue.',
        '',
        'We will do the following:',
        '',
        'We will continue to take security very seriously.',
      ),
      [],
    );
  });
});

describe('action items: work under way, work to be done to things, and commitments in a conclusion', () => {
  const texts = (text: string): string[] => items(text).map((item) => item.text);

  it("reads the writers' work under way, and passive work with an adverb, in an action-items section", () => {
    const found = texts(
      [
        '# Outage',
        '',
        '## What we\u2019re doing differently',
        '',
        'Based on what we observed, we are building tests to verify the failover.',
        '',
        'We\u2019re migrating the queue to the new cluster.',
        '',
        'We are currently adding a canary stage to every deploy.',
        '',
        'These tests will be automatically run on every change.',
        '',
        'The access lists will be manually reviewed each quarter.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(found, [
      'Based on what we observed, we are building tests to verify the failover.',
      'We\u2019re migrating the queue to the new cluster.',
      'We are currently adding a canary stage to every deploy.',
      'These tests will be automatically run on every change.',
      'The access lists will be manually reviewed each quarter.',
    ]);
  });

  it('reads no item in what the writers perceive, hope or wait for, nor in what a change will be', () => {
    for (const sentence of [
      'We are seeing fewer timeouts.',
      'We are still seeing errors on the replica.',
      'We are hoping the vendor fixes it.',
      'We are waiting for the vendor.',
      'This will be completely transparent to users.',
      'We are confident the fix holds.',
    ])
      assert.deepEqual(section(sentence), [], sentence);
  });

  it('reads a first-person commitment in a conclusion beside the action items, not its apology or its thanks', () => {
    const conclusion = (...paragraphs: string[]) =>
      texts(
        ['# Outage', '', '## Action items', '', '- Add an alert', '', '## Conclusion', '', ...paragraphs, ''].join(
          '\n',
        ),
      );
    assert.deepEqual(
      conclusion('We apologise for the impact. We will continue to analyze the events leading up to this incident.'),
      ['Add an alert', 'We will continue to analyze the events leading up to this incident.'],
    );
    assert.deepEqual(conclusion('In closing, we will publish the load test results next month.'), [
      'Add an alert',
      'In closing, we will publish the load test results next month.',
    ]);
    for (const paragraph of [
      'We apologise for the impact of this outage.',
      'We would like to thank everyone who helped.',
      'If you have any questions, please contact the team.',
      'Outages like this will happen again; systems fail.',
    ])
      assert.deepEqual(conclusion(paragraph), ['Add an alert'], paragraph);
  });
});

describe('action items: changes the writers made, told in the past in an action-items section', () => {
  it('reads a change made in a clause of its own, past an opener and adverbs, as a done item', () => {
    const found = section(
      'To help debugging, we also created some useful dashboards.',
      '',
      'Since we have a licence, we simply integrated the metrics into our client.',
      '',
      'The UI is extensible so we added a new page for incidents.',
      '',
      '**Runbook:** We also created an incident runbook.',
      '',
      'We added the following monitors -',
      '',
      '- Queue latency over five minutes',
      '- Job failures over 5%',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.status]),
      [
        ['To help debugging, we also created some useful dashboards.', 'done'],
        ['Since we have a licence, we simply integrated the metrics into our client.', 'done'],
        ['The UI is extensible so we added a new page for incidents.', 'done'],
        ['Runbook: We also created an incident runbook.', 'done'],
        ['Queue latency over five minutes', 'done'],
        ['Job failures over 5%', 'done'],
      ],
    );
  });

  it('reads no item in what the response did, what was weighed or learnt, nor outside an action-items section', () => {
    for (const sentence of [
      'We eventually resolved the emergency by expanding the database.',
      'We also seriously considered adding timeouts.',
      'We gained a lot of knowledge about the registry.',
      'We reverted the problematic changes and released a new version.',
      'We noticed the errors within minutes.',
    ])
      assert.deepEqual(section(sentence), [], sentence);
    for (const sentence of ['We quickly created a new incident channel.', 'During the outage, we added a new replica.'])
      assert.deepEqual(items(`# Outage\n\n## What went well\n\n${sentence}\n`), [], sentence);
  });
});

describe('action items: work the writers wish for', () => {
  it('reads "we\'d like to" as "we would like to" in action items, not thanks nor curiosity elsewhere', () => {
    for (const sentence of [
      'We\u2019d like to add queue-based auto-scaling.',
      "We'd like to shard the queue by tenant.",
      'We would like to add a canary stage.',
    ])
      assert.equal(only(section(sentence)).text, sentence);
    for (const sentence of ["We'd like to thank everyone who helped.", 'We would like to thank the vendor.'])
      assert.deepEqual(section(sentence), [], sentence);
    assert.deepEqual(items("# Outage\n\n## Summary\n\nWe'd like to understand why the cache failed.\n"), []);
  });
});

describe('action items: the first person singular in prose', () => {
  /** The items of a document without an action-items section whose closing section holds `paragraph`. */
  const closing = (paragraph: string) =>
    items(`# Outage\n\n## What happened\n\nThe disk filled up.\n\n## Moving on\n\n${paragraph}\n`).map((item) => [
      item.text,
      item.status,
    ]);

  it('reads the writer\'s plans as the team\'s, hedged ones after "in the future" or "going forward" too', () => {
    assert.deepEqual(closing('In the future, I might add a canary stage to deploys.'), [
      ['In the future, I might add a canary stage to deploys.', 'open'],
    ]);
    assert.deepEqual(closing('Going forward, we might shard the queue by tenant.'), [
      ['Going forward, we might shard the queue by tenant.', 'open'],
    ]);
    assert.deepEqual(closing("I'm going to add an alert on disk usage."), [
      ["I'm going to add an alert on disk usage.", 'open'],
    ]);
    assert.deepEqual(closing("I'm also going to invoice both vendors for the clean-up."), [
      ["I'm also going to invoice both vendors for the clean-up.", 'open'],
    ]);
    assert.deepEqual(closing("We're now going to rotate the keys every month."), [
      ["We're now going to rotate the keys every month.", 'open'],
    ]);
  });

  it('reads the writer\'s work done since the incident, and the work reported with "also" right after it', () => {
    assert.deepEqual(
      closing(
        "As a direct result of this incident, I've bumped the server's RAM to 1GB. " +
          'I also enabled push notifications for the uptime checks.',
      ),
      [
        ["As a direct result of this incident, I've bumped the server's RAM to 1GB.", 'done'],
        ['I also enabled push notifications for the uptime checks.', 'done'],
      ],
    );
    assert.deepEqual(closing('Since then, I have rotated the database credentials.'), [
      ['Since then, I have rotated the database credentials.', 'done'],
    ]);
  });

  it('keeps open an item that promises work beside the work it reports', () => {
    assert.deepEqual(
      section(
        '- I have revoked the token, and will avoid creating one in the future',
        '- We added an alert on disk usage and will tune its threshold next week',
        '- We added an alert that will page the on-call engineer',
      ).map((item) => item.status),
      ['open', 'open', 'done'],
    );
  });

  it('reads no plan or report in look-alikes: a thing that might, a hedge without a horizon, a remark', () => {
    for (const paragraph of [
      'In the future, this might happen again.',
      'I might have missed the alert.',
      'Unfortunately, we might lose some data.',
      "I'll admit the dashboards were confusing.",
      "As a result, we've lost two hours of data.",
      'I also restarted the pod.',
      'In the future, I might be able to automate it.',
    ])
      assert.deepEqual(closing(paragraph), [], paragraph);
  });
});

describe('action items: lists', () => {
  it('reads the fields an item gives in sub-bullets ("- Owner: Ravi", "- Due: ...") as part of the item', () => {
    const [canary, lag, runbook] = section(
      '1. **Add a canary stage**',
      '   - Owner: Ravi',
      '   - Due date: 2026-12-01',
      '   - Priority: P1',
      '2. Alert on replication lag',
      '   - Status: done',
      '   - Assignee: @dba-team',
      '3. Write the failover runbook',
      '   - Talked to Ravi: he will review it',
      '   - Covers the primary and both replicas',
    );
    assert.deepEqual(
      [canary, lag, runbook].map((item) => [item!.text, item!.owners, item!.due, item!.status]),
      [
        ['Add a canary stage', ['Ravi'], '2026-12-01', 'open'],
        ['Alert on replication lag', ['@dba-team'], undefined, 'done'],
        ['Write the failover runbook', [], undefined, 'open'],
      ],
    );
    assert.equal(canary!.priority?.toLowerCase(), 'p1');
  });

  it('reads a line whose list gives its details ("..., allowing:") as one item, a label over items as a label', () => {
    const found = section(
      'Jump Server Access: Configure external jump server access, allowing:',
      ' - Simple SSH access via ssh router_name@jump.example.net.',
      ' - Access management via per-user SSH authorized_keys file.',
      '',
      'Network Redundancy:',
      ' - Improving infra setup to have more redundancy.',
      '',
      'We will make several changes to the routers, including:',
      '',
      '- Enable safe mode',
      '- Add a third edge router',
    );
    assert.deepEqual(
      found.map((item) => [item.range.start.line, item.text]),
      [
        [4, 'Jump Server Access: Configure external jump server access, allowing'],
        [9, 'Improving infra setup to have more redundancy.'],
        [13, 'Enable safe mode'],
        [14, 'Add a third edge router'],
      ],
    );
    assert.equal(found[0]!.range.end.line, 6);
  });

  it('reads boxes under time-horizon subheadings and bullets under bold labels in sections headed by emoji', () => {
    const found = items(
      [
        '# Cluster reset',
        '',
        '## \u{1F4CB} Recovery TODO',
        '',
        '### Immediate (Next 30min)',
        '- [ ] Deploy the CNI',
        '',
        '### Long-term (Next week)',
        '- [ ] Create a backup strategy',
        '',
        '## \u{1F6AB} Prevention Measures',
        '',
        '### 2. Apply Discipline',
        '',
        '**Ban auto-approve:**',
        '- Add a pre-commit hook',
        '',
        '### 3. Lower Environments First',
        '',
        '**Process:**',
        '1. Test change in dev',
        '2. Promote to test',
        '',
        '## \u{1F4DA} Lessons Learned',
        '',
        '- Applied untested changes to production',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.status, item.owners]),
      [
        ['Deploy the CNI', 'open', []],
        ['Create a backup strategy', 'open', []],
        ['Add a pre-commit hook', 'open', []],
      ],
    );
  });

  it('takes the list under a label a procedure noun closes for the steps of one procedure, not for items', () => {
    const texts = (...lines: string[]): string[] => section(...lines).map((item) => item.text);
    for (const label of ['**Process:**', 'Release procedure:', '**New deploy workflow**', 'Failover runbook:'])
      assert.deepEqual(texts(label, '', '1. Test the change in dev', '2. Promote it to staging'), [], label);
    for (const label of ['**Process improvements:**', 'Process changes:', '**Options:**', '**Next steps:**'])
      assert.deepEqual(
        texts(label, '', '1. Add a plan review gate', '2. Alert on destroy operations'),
        ['Add a plan review gate', 'Alert on destroy operations'],
        label,
      );
  });

  it('reads bullets, numbered items and task lists with their styles and statuses', () => {
    const found = section(
      '- Add an alert',
      '',
      '1. Shard the queue',
      '',
      '- [ ] Cap retries',
      '- [x] Revert the config',
    );
    assert.deepEqual(
      found.map((item) => [item.style, item.text, item.status]),
      [
        ['bullet', 'Add an alert', 'open'],
        ['bullet', 'Shard the queue', 'open'],
        ['task', 'Cap retries', 'open'],
        ['task', 'Revert the config', 'done'],
      ],
    );
  });

  it('reads boxes nested under a box as tasks of their own', () => {
    const found = section(
      '- [ ] Ensure that alerting is in place for:',
      '  - [ ] Warp Speed',
      '  - [x] Claims backend',
      '- [ ] Shard the queue',
      '  - keep the old shards for a week',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.status, item.range.start.line, item.range.end.line]),
      [
        ['Ensure that alerting is in place for', 'open', 4, 4],
        ['Warp Speed', 'open', 5, 5],
        ['Claims backend', 'done', 6, 6],
        ['Shard the queue', 'open', 7, 8],
      ],
    );
  });

  it('reads the entries under a commitment that each commit in words of their own as items of their own', () => {
    const found = section(
      "- We're changing our CD system so that rollbacks are fast.",
      '  * Longer-term we are also considering an intent-based CD.',
      "  * We're also going to run regular recovery drills.",
      "- We're adding retries to the client.",
      '  - with a jittered backoff',
      '  - capped at five',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.range.start.line, item.range.end.line]),
      [
        ["We're changing our CD system so that rollbacks are fast.", 4, 4],
        ['Longer-term we are also considering an intent-based CD.', 5, 5],
        ["We're also going to run regular recovery drills.", 6, 6],
        ["We're adding retries to the client.", 7, 9],
      ],
    );
  });

  it('reads a task that holds only a URL, with the URL as its text and link', () => {
    const item = only(section('- [ ] https://github.com/acme/shop/issues/412'));
    assert.equal(item.text, 'https://github.com/acme/shop/issues/412');
    assert.deepEqual(item.links, ['https://github.com/acme/shop/issues/412']);
  });

  it('treats a bullet that heads a nested list as a group, and a sentence with sub-bullets as one item', () => {
    const grouped = section(
      '- Short-term:',
      '  - Add an alert',
      '  - Cap retries',
      '- Monitoring',
      '  - Add a dashboard',
    );
    assert.deepEqual(
      grouped.map((item) => item.text),
      ['Add an alert', 'Cap retries', 'Add a dashboard'],
    );
    const detailed = only(
      section('- Make deploys reversible in one step', '  - keep the previous image', '  - script the rollback'),
    );
    assert.equal(detailed.text, 'Make deploys reversible in one step');
  });

  it('takes a table whose headers name no part of an item, and a list of code names, as data, not items', () => {
    const found = section(
      'We will wrap these queries:',
      '',
      '- `COPYRIGHT_QUERY`',
      '- `VISIBILITY_QUERY`',
      '',
      '| Resolver | Query | Mutation |',
      '|---|---|---|',
      '| **Bureau** | bureau | createBureau |',
      '',
      '| Fix | Who |',
      '|---|---|',
      '| Add an auth check | @kai |',
      '',
      '- [ ] `requiresLogin` on every resolver',
    );
    assert.deepEqual(
      found.map((item) => item.text),
      ['We will wrap these queries:', 'Add an auth check', '`requiresLogin` on every resolver'].slice(1),
    );
  });

  it('takes a legend of the item types and priorities for no items, and items tagged with them for items', () => {
    const found = section(
      'Types and priorities:',
      '',
      '- **Mitigate**: reduces the impact of a recurrence',
      '- **Prevent**: stops it from recurring',
      '- **Process** - changes to how we work',
      '- P0: must be fixed this week',
      '- P1 = fix within a month',
      '- P2: nice to have',
      '',
      '| Action Item | Type | Priority | Owner |',
      '|---|---|---|---|',
      '| Add load shedding | Prevent | P0 | @kai |',
      '',
      '- P0: Cap the connection pool',
      '- P1: Add a soak test to staging',
      '',
      '- **Mitigate**: Add a circuit breaker to the flag client',
    );
    assert.deepEqual(
      found.map((item) => [item.style, item.text, item.priority]),
      [
        ['table', 'Add load shedding', 'P0'],
        ['bullet', 'Cap the connection pool', 'P0'],
        ['bullet', 'Add a soak test to staging', 'P1'],
        ['bullet', 'Mitigate: Add a circuit breaker to the flag client', undefined],
      ],
    );
  });

  it('reads no item in a paragraph of an action-items section that opens with a rule for writing the items', () => {
    const texts = (paragraph: string): string[] => section(paragraph, '', '- Add an alert').map((item) => item.text);
    for (const paragraph of [
      'Action items should directly address the lessons learned. We should double down on what went well.',
      'Each item must have an owner and a date. We should review them weekly.',
      'All follow-ups should be tracked in the board. We will triage them on Mondays.',
    ])
      assert.deepEqual(texts(paragraph), ['Add an alert'], paragraph);
    for (const paragraph of [
      'We should add a canary stage. Action items should be small.',
      'The items in the cache should expire after an hour.',
      'Actionable alerts should page the on-call engineer.',
    ])
      assert.equal(texts(paragraph).length, 2, paragraph);
  });

  it('takes a list a lead announces as types or priorities for a legend when each entry defines another', () => {
    const found = section(
      'Action fall under three types. Types:',
      '* Prevent - Prevent similar issues from occurring.',
      '* Detect - Be more effective in detecting them.',
      '',
      'To reflect this, action items should have assigned priority:',
      '* P0 - Critical for reliability of the release.',
      '* P1 - Important for long term success.',
      '',
      '| Action Item | Type | Priority |',
      '|---|---|---|',
      '| Detect corruption by default | Detect | P0 |',
      '',
      'Priorities:',
      '',
      '- Cap the connection pool (P0)',
      '- Add a soak test (P1)',
    );
    assert.deepEqual(
      found.map((item) => item.text),
      ['Detect corruption by default', 'Cap the connection pool', 'Add a soak test'],
    );
  });

  it(
    'takes sub-bullets at the margin after a numbered item ending in a colon, or between ' +
      'continuing numbers, as its details',
    () => {
      const found = section(
        '1. **Deeper monitoring**',
        '   We plan to add alerts around:',
        '',
        '- disk reads',
        '- TOAST statistics',
        '',
        '2. **Runbooks**',
        '',
        '- symptoms',
        '- diagnostics',
        '',
        '3. **Exploring data stores**',
      );
      assert.deepEqual(
        found.map((item) => item.range.start.line),
        [4, 10, 15],
      );
    },
  );

  it('reads a bold title with its description, and an issue reference first', () => {
    const titled = only(section('- **Circuit breakers**: Add circuit breakers with backoff to the flag service.'));
    assert.equal(titled.text, 'Circuit breakers: Add circuit breakers with backoff to the flag service.');
    const referenced = only(section('- [#2226]: Pin the base image'));
    assert.deepEqual(referenced.links, ['#2226']);
    assert.match(referenced.text, /Pin the base image/);
  });

  it('puts the owner insertion point at the end of the first paragraph', () => {
    const text = '## Action items\n\n- Add an alert\n  on queue depth\n\n  More detail.\n';
    const item = only(items(text));
    assert.equal(text.slice(0, item.ownerInsertOffset), '## Action items\n\n- Add an alert\n  on queue depth');
  });

  it("reads no item from a line of a template's variables never filled in, but reads text inside braces", () => {
    const texts = section(
      '1. {{ summary }} [link to github issue]',
      '2. {{owner}}',
      '3. {{ action_item }} - {{ due_date }}',
      '4. {{ Start writing after action reports for future outages }} [link to github issue]',
      '5. Rotate {{ secret_name }} keys',
      '6. {{ task.title }}',
    ).map((item) => item.text);
    assert.equal(texts.length, 2, JSON.stringify(texts));
    assert.match(texts[0]!, /Start writing after action reports for future outages/);
    assert.match(texts[1]!, /^Rotate \{\{ secret_name \}\} keys/);
  });

  it('reads no item from a checklist whose every box states what must hold of the report before it is closed', () => {
    const head = '# Outage\n\n## Action items\n\n- [ ] Add an alert on queue depth\n\n## Actions\n\n';
    const checklist = (...boxes: string[]): string[] => items(`${head}${boxes.join('\n')}\n`).map((item) => item.text);
    for (const boxes of [
      [
        '- [ ] Incident has been dealt with or is over',
        '- [ ] Sections above are filled out',
        '- [ ] Incident title and after-action report is cleaned up',
        '- [ ] All actionable items above have linked GitHub Issues',
      ],
      ['- [x] Timeline is complete', '- [ ] Postmortem has been reviewed by the team', '- [x] Summary is written'],
      ['- [ ] The report is published', '- [ ] All action items have owners'],
    ])
      assert.deepEqual(checklist(...boxes), ['Add an alert on queue depth'], boxes.join(' / '));
    for (const boxes of [
      ['- [ ] Alerting is added for disk usage', '- [ ] Runbook is updated'],
      ['- [ ] Share the postmortem with customers', '- [ ] Review the timeline with support'],
      ['- [ ] Incident response runbook is updated', '- [ ] Incident channel is archived'],
      ['- [ ] Sections above are filled out', '- [ ] Add an alert on consumer lag'],
      ['- Sections above are filled out', '- The report is published'],
    ])
      assert.equal(checklist(...boxes).length, 3, boxes.join(' / '));
  });
});

describe('action items: owners', () => {
  const owner = (line: string): Pick<ActionItem, 'owners' | 'ownerSource' | 'ownerPlaceholder'> => {
    const { owners, ownerSource, ownerPlaceholder } = only(section(line));
    return { owners, ownerSource, ownerPlaceholder };
  };

  it('ends an owner before a parenthesised remark such as a status', () => {
    assert.deepEqual(owner('- Add an alert. Owner: @alice (done)').owners, ['@alice']);
    assert.deepEqual(owner('- Add an alert. Owner: TBD (next sprint)'), {
      owners: [],
      ownerSource: undefined,
      ownerPlaceholder: true,
    });
    assert.deepEqual(owner('- Add an alert \u2014 Carol Smith (done)').owners, ['Carol Smith']);
  });

  it('reads the authors the front matter names as owners, by their whole names and each name', () => {
    const found = items(
      '---\nauthor: Kris N\u00f3va ([@krisnova](https://hachyderm.io/@nova))\n---\n# TLS\n\n## Action items\n\n' +
        '- N\u00f3va to send the list of domains\n- Kris to renew the certificates\n- Nova to send the list\n' +
        '- Migration to the new proxy\n',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['N\u00f3va'], ['Kris'], [], []],
    );
  });

  it('reads an author the front matter gives as a lower-case user name as an owner too', () => {
    const found = items(
      '---\nauthors: [sam, "@dave"]\n---\n# Outage\n\n## Action items\n\n' +
        '- Sam to write a runbook for pool tuning\n- Pat to add the alert\n',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['Sam'], []],
    );
  });

  it("reads an author's short name as an owner, but not an initial", () => {
    const found = items(
      '---\nauthors: [Jo Park, J. Lee]\n---\n# Outage\n\n## Action items\n\n' +
        '- Jo to follow up with the vendor\n- J. to follow up with the vendor\n',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['Jo'], []],
    );
  });

  const NAMES = ['Priya', 'Marco', 'Oluwaseun', 'Siobhan', 'Kenji', 'Dmitri', 'Aisha', 'Zo\u00eb', 'Mateus', 'Chidi'];
  const CATEGORIES = ['Monitoring', 'Docs', 'Follow-up', 'Infra', 'Backend', 'Frontend', 'Security', 'Tooling'];
  const MORE_CATEGORIES = ['Observability', 'Runbooks', 'Kubernetes', 'Testing', 'Comms', 'Process', 'Alerting'];

  it('reads a plain first name that opens an item before "to", "will", a colon or a dash and an instruction', () => {
    for (const name of NAMES) {
      const found = section(
        `- ${name} to add a canary stage`,
        `- ${name} will document the failover`,
        `- ${name}: roll back faster`,
        `- [ ] ${name} \u2014 add an alert (by Nov 15)`,
        `- ${name} - cap the connection pool`,
      );
      assert.deepEqual(
        found.map((item) => item.owners),
        found.map(() => [name]),
        name,
      );
    }
    const [dashed] = section('- [ ] Priya \u2014 add an alert (by Nov 15)');
    assert.equal(dashed!.text, 'Priya \u2014 add an alert');
    assert.deepEqual(owner('- Priya Raman to add a canary stage').owners, ['Priya Raman']);
  });

  it('reads a plain first name before every committing phrase the commitment reader knows', () => {
    for (const name of NAMES) {
      const found = section(
        `- ${name} is going to run the game day`,
        `- ${name} is working on a fix for the retry storm`,
        `- ${name} agreed to review the alert thresholds`,
        `- ${name} needs to update the deploy docs`,
        `- ${name} is responsible for the capacity plan`,
        `- ${name} owns the runbook update`,
        `- ${name} is driving the migration to the new queue`,
        `- ${name} has to rotate the keys`,
        `- ${name} should add a canary stage`,
      );
      assert.deepEqual(
        found.map((item) => item.owners),
        found.map(() => [name]),
        name,
      );
    }
    for (const category of [...CATEGORIES, ...MORE_CATEGORIES])
      for (const line of [`- ${category} is going to need a rewrite`, `- ${category} needs to cover disk errors`])
        assert.deepEqual(owner(line).owners, [], line);
  });

  it('reads a plain first name that opens a later clause of an item before "will" or "to"', () => {
    for (const name of NAMES) {
      const found = section(
        `- Key format changes need a compatibility test, ${name} will write the guideline`,
        `- Cap the pool; ${name} to follow up with the vendor`,
      );
      assert.deepEqual(
        found.map((item) => item.owners),
        found.map(() => [name]),
        name,
      );
    }
    for (const category of [...CATEGORIES, ...MORE_CATEGORIES, 'Kafka', 'Jenkins'])
      assert.deepEqual(owner(`- Add a retry, ${category} will rebalance the partitions`).owners, [], category);
    assert.deepEqual(owner('- Add a retry, the SRE team will review it').owners, []);
  });

  it('reads the subject after an opening label that names no owner', () => {
    const found = section(
      '- AI: Priya to follow up with the vendor about rate limits',
      '- Follow-up: Marco will add dashboards for p99 latency',
      '- Monitoring: the SRE team will add an alert on queue depth',
      '- Docs: update the failover runbook',
      '- Monitoring: alerts will be added for queue depth',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['Priya'], ['Marco'], ['SRE team'], [], []],
    );
  });

  it('reads a paragraph that opens with a name in bold as work given to that person: `**Alex** Investigate`', () => {
    const found = section(
      '**Alex** Investigate caching API responses for individual works',
      '',
      '**Natalie** to cc the digital team on emails to staff',
      '',
      '**Note** the cache is shared.',
      '',
      'Robert: Turn on two-factor login for the search cluster',
      '',
      'Note: the cache is shared.',
    );
    assert.deepEqual(
      found.map((item) => [item.owners, /(?:individual works|to staff|search cluster)$/.test(item.text)]),
      [
        [['Alex'], true],
        [['Natalie'], true],
        [['Robert'], true],
      ],
    );
  });

  it('reads the writer as the owner of work the writer takes on: `I will`', () => {
    const found = section(
      '- I will build better monitoring for the disk',
      "- I'll add a dashboard for p99 latency",
      '- We will add an alert on queue depth',
      '- I. Add an alert on queue depth',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['I'], ['I'], [], []],
    );
  });

  it("reads the list a commitment leads with a colon as its items, handed to the lead's subject", () => {
    const items = parsePostmortem(
      [
        '# Outage\n\nThe release broke.\n\n## Lessons\n',
        'As a next step, @olistic is going to produce two documents:\n',
        '1. The first will outline our release process.\n2. The second will propose changes to it.\n',
        'We learned the following:\n\n- Canaries matter\n- Freezes help\n',
      ].join('\n'),
    ).actionItems;
    assert.deepEqual(
      items.map((item) => [item.text, item.owners]),
      [
        ['The first will outline our release process.', ['@olistic']],
        ['The second will propose changes to it.', ['@olistic']],
      ],
    );
  });

  it("reads work the writer promises in prose, `I will be building`, past the promise, as the writer's", () => {
    const items = parsePostmortem(
      [
        '# Outage\n\nFeed fetching stopped for a day.\n',
        'I want to assure you that I will be building better monitoring to ensure this never happens again.\n',
        "I'll be honest, it was a bad week.\n",
        'I promise I will add a dashboard for fetch times.\n',
      ].join('\n'),
    ).actionItems;
    assert.deepEqual(
      items.map((item) => [item.range.start.line, item.owners]),
      [
        [4, ['I']],
        [8, ['I']],
      ],
    );
  });

  it('never reads a category or section word that opens an item as an owner', () => {
    for (const category of [...CATEGORIES, ...MORE_CATEGORIES]) {
      const found = section(
        `- ${category} to cover the queue depth`,
        `- ${category} will need an owner`,
        `- ${category}: add an alert on queue depth`,
        `- ${category} \u2014 write the runbook`,
      );
      assert.deepEqual(
        found.map((item) => item.owners),
        found.map(() => []),
        category,
      );
    }
  });

  it('reads no plain name where a thing is meant: an English word, or one the document writes as a thing', () => {
    assert.deepEqual(owner('- Mark: roll back faster').owners, []);
    assert.deepEqual(owner('- Priya: the canary stage').owners, []);
    const product = items(
      '# Outage\n\nThe Cabotage app went down.\n\n## Action items\n\n' +
        '- Cabotage to retry on 503s\n- Cabotage: add a retry\n',
    );
    assert.deepEqual(
      product.map((item) => item.owners),
      [[], []],
    );
    const lower = items(
      '# Outage\n\nWe moved zorbix to the new cluster.\n\n## Action items\n\n- Zorbix: add a retry\n',
    );
    assert.deepEqual(lower[0]!.owners, []);
    const preposition = items(
      "# Outage\n\nLogins failed in Okta while Priya was away; on Priya's return we sent mail via Mailgun.\n\n" +
        '## Action items\n\n- Okta: enforce MFA\n- Mailgun to retry on 5xx\n- Priya: add a login canary\n',
    );
    assert.deepEqual(
      preposition.map((item) => item.owners),
      [[], [], ['Priya']],
    );
  });

  it('reads a handle written as code as a mention', () => {
    assert.deepEqual(owner('- Plan the migration: `@nova` and `@hazel` to stream it').owners, ['@nova', '@hazel']);
    assert.deepEqual(owner('- Run `git blame @{u}` on the branch').owners, []);
  });

  it('hands a list to the team or person that the sentence introducing it has as its subject', () => {
    const owners = (lead: string): string[][] =>
      items(`# Upgrade\n\n## Action items\n\n${lead}\n\n1. Ensure that all users are aware.\n2. Add alerts.\n`).map(
        (item) => [...item.owners],
      );
    assert.deepEqual(owners('The cheqd product team will address the following items ahead of the next upgrade:'), [
      ['cheqd product team'],
      ['cheqd product team'],
    ]);
    assert.deepEqual(owners('The development team will conduct the following actions. Those are:'), [[], []]);
    assert.deepEqual(owners('We will address the following items:'), [[], []]);
  });

  it('hands a list a lesson or a resolution introduces to the subject of the sentence introducing it', () => {
    const owners = (heading: string, lead: string): string[][] =>
      items(
        `# Upgrade\n\n${heading}\n\nUsers were not warned.\n\n${lead}\n\n1. Ensure users know.\n2. Add alerts.\n`,
      ).map((item) => [...item.owners]);
    const owned: [string, string, string][] = [
      [
        '## Lessons learned',
        'The cheqd product team will address the following items ahead of the next upgrade:',
        'cheqd product team',
      ],
      ['### Resolution', 'The platform team will take on the following actions:', 'platform team'],
      [
        '## Lessons learned',
        'The release team will handle the following items before the next release:',
        'release team',
      ],
      ['## Takeaways', 'The SRE team will address the following follow-ups:', 'SRE team'],
    ];
    for (const [heading, lead, owner] of owned) assert.deepEqual(owners(heading, lead), [[owner], [owner]], lead);
    const unowned: [string, string][] = [
      ['## Lessons learned', 'We will address the following items:'],
      ['## Lessons learned', 'The development team will conduct the following actions. Those are:'],
      ['## Lessons learned', 'We asked that the following items be addressed:'],
      ['### Resolution', 'The following items will be addressed before the next upgrade:'],
    ];
    for (const [heading, lead] of unowned) {
      const read = owners(heading, lead);
      assert.ok(
        read.every((found) => found.length === 0),
        `${lead}: ${JSON.stringify(read)}`,
      );
    }
  });

  it('finds Owner labels, mentions, a trailing dash name and a named team as the subject', () => {
    assert.deepEqual(owner('- Add an alert. Owner: @alice'), {
      owners: ['@alice'],
      ownerSource: 'label',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Add an alert (owner: @bob)'), {
      owners: ['@bob'],
      ownerSource: 'label',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Add an alert. Owners: Alice Smith, @carol'), {
      owners: ['Alice Smith', '@carol'],
      ownerSource: 'label',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Add an alert \u2014 @carol'), {
      owners: ['@carol'],
      ownerSource: 'mention',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- @dave to add an alert'), {
      owners: ['@dave'],
      ownerSource: 'mention',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Add an alert \u2014 Carol Smith'), {
      owners: ['Carol Smith'],
      ownerSource: 'label',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- The SRE team will add an alert on queue depth'), {
      owners: ['SRE team'],
      ownerSource: 'subject',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Platform team to migrate the queue'), {
      owners: ['Platform team'],
      ownerSource: 'subject',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- **Monitor exceptions:** The error tracking team should alert on SDK exceptions.'), {
      owners: ['error tracking team'],
      ownerSource: 'subject',
      ownerPlaceholder: false,
    });
    assert.deepEqual(owner('- Going forward, Team Identity will rotate the keys'), {
      owners: ['Team Identity'],
      ownerSource: 'subject',
      ownerPlaceholder: false,
    });
  });

  it('leaves owner, due and priority markup out of the text', () => {
    const found = section(
      '1. [P1] Add a canary (owner: @bob, due: 2024-01-01)',
      '2. **P2** \u2014 Document the failover. Owner: Jane Doe. JIRA: OPS-12',
      '- [ ] **Owner:** @kim \u2014 alert on SERVFAIL rate > 1% for 5 min',
      '- [x] Roll back the config \u2014 done by @lee',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.owners, item.due, item.priority]),
      [
        ['Add a canary', ['@bob'], '2024-01-01', 'P1'],
        ['Document the failover.', ['Jane Doe'], undefined, 'P2'],
        ['alert on SERVFAIL rate > 1% for 5 min', ['@kim'], undefined, undefined],
        ['Roll back the config \u2014 done by @lee', ['@lee'], undefined, undefined],
      ],
    );
  });

  it('does not take placeholders, "we", the team, links, objects or the organisation for owners', () => {
    const none = { owners: [], ownerSource: undefined, ownerPlaceholder: false };
    const placeholder = { owners: [], ownerSource: undefined, ownerPlaceholder: true };
    for (const value of ['TBD', '?', 'n/a', 'none', '-', 'we', 'the team'])
      assert.deepEqual(owner(`- Add an alert. Owner: ${value}`), placeholder, value);
    assert.deepEqual(owner('- Add an alert. Owner: @owner'), placeholder);
    assert.deepEqual(owner('- We will add an alert'), none);
    assert.deepEqual(owner('- The team will add an alert'), none);
    assert.deepEqual(owner('- Add an alert ([#412](https://github.com/acme/shop/issues/412))'), none);
    assert.deepEqual(owner('- Ask @bob to review the alert rules'), none);
    assert.deepEqual(owner('- Create a process for identifying the missing capability owners.'), none);
    assert.deepEqual(owner('- Monitoring will be added by the on-call engineers'), none);
    assert.deepEqual(owner('- Send the report to abuse@example.com'), none);
    const organisation = only(
      items(
        'Acme Inc. runs the shop.\n\n## Action items\n\nGoing forward the Acme team is going to ' +
          'rebuild the deploy process.\n',
      ),
    );
    assert.deepEqual(organisation.owners, []);
  });

  it('finds the owner in an Owner, Who, Assignee or DRI column, and not in an empty or TBD cell', () => {
    for (const header of ['Owner', 'Who', 'Assignee', 'DRI', 'Responsible']) {
      const [named, empty, tbd] = section(
        `| Action | ${header} |`,
        '| --- | --- |',
        '| Add an alert | @alice |',
        '| Cap retries |  |',
        '| Shard | TBD |',
      );
      assert.deepEqual([named!.owners, named!.ownerSource], [['@alice'], 'column'], header);
      assert.deepEqual([empty!.owners, empty!.ownerPlaceholder], [[], false], header);
      assert.deepEqual([tbd!.owners, tbd!.ownerPlaceholder], [[], true], header);
    }
  });

  it('reads an imperative with its object before "to" as no owner, in an empty Owner cell and in a bullet', () => {
    const [row] = section(
      '| Action Item | Owner | Bug |',
      '|---|---|---|',
      '| Remind engineers to test in staging | | |',
    );
    assert.deepEqual([row!.owners, row!.ownerPlaceholder], [[], false]);
    const none = { owners: [], ownerSource: undefined, ownerPlaceholder: false };
    for (const line of [
      '- Remind engineers to test in staging',
      '- Ask the platform team to review the paging policy',
      '- Train SRE engineers to use the failover runbook',
      '- Add more engineers to the on-call rotation',
    ]) {
      assert.deepEqual(owner(line), none, line);
    }
    assert.deepEqual(owner('- SRE engineers to add a staging soak test').owners, ['SRE engineers']);
    assert.deepEqual(owner('- Storage team to add a staging soak test').owners, ['Storage team']);
    // A named team's rotation, set off at the end: `— Edge on-call`; not the on-call alone.
    assert.deepEqual(owner('- Add an alert on saturation — Edge on-call').owners, ['Edge on-call']);
    assert.deepEqual(owner('- Add an alert on saturation — Payments SRE').owners, ['Payments SRE']);
    assert.deepEqual(owner('- Add an alert on saturation — on-call').owners, []);
  });

  it('reads an Owner cell that says something instead of naming someone as no owner, but a long name as one', () => {
    const [remark, named] = section(
      '| Description | Owner |',
      '|---|---|',
      '| Add test coverage for the mobile map | Added along with the PR fix |',
      '| Add a canary check | Jan van der Berg |',
    );
    assert.deepEqual([remark!.owners, remark!.ownerPlaceholder], [[], true]);
    assert.deepEqual(named!.owners, ['Jan van der Berg']);
  });

  it("takes the names in a table's Actor column as the document's own owners, acronyms and words too", () => {
    const text = [
      '## Timeline',
      '',
      '| Time | Actor | Event |',
      '| --- | --- | --- |',
      '| 10:00 | ICL | Release published |',
      '| 10:30 | Hypha, Kubernetes | Upgrade tested; pod restarted |',
      '',
      '## Action items',
      '',
      '- ICL to add a linker check to the release build',
      '- Hypha to verify the release on the testnet',
      '- Kubernetes to restart the pod',
      '- Acme to send the report',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((item) => item.owners),
      [['ICL'], ['Hypha'], [], []],
    );
  });

  it('inserts an owner inside an empty Owner cell, or after the text of a table without one', () => {
    const text = '## Action items\n\n| Action | Owner |\n| --- | --- |\n| Cap retries |   |\n';
    const item = only(items(text));
    assert.equal(text.slice(0, item.ownerInsertOffset).endsWith('| Cap retries | '), true);
    assert.equal(text.slice(item.ownerInsertOffset), '  |\n');
    const bare =
      '## Action items\n\n| Action | Due |\n| --- | --- |\n| Cap retries @bob | 2025-03-01 |\n| Shard the queue | |\n';
    const [owned, unowned] = items(bare);
    assert.deepEqual(owned!.owners, ['@bob']);
    assert.equal(bare.slice(0, unowned!.ownerInsertOffset).endsWith('| Shard the queue'), true);
  });

  it('gives the items under a bold name line that name, and no owner under a group label', () => {
    const found = section(
      '**Alice**',
      '',
      '- Add an alert',
      '- Cap retries',
      '',
      '**Team Identity**',
      '',
      '- Rotate keys',
      '',
      '**For planning**',
      '',
      '- Shard the queue',
      '',
      '**Short-term**',
      '',
      '- Add a dashboard',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.owners, item.ownerSource]),
      [
        ['Add an alert', ['Alice'], 'group'],
        ['Cap retries', ['Alice'], 'group'],
        ['Rotate keys', ['Team Identity'], 'group'],
        ['Shard the queue', [], undefined],
        ['Add a dashboard', [], undefined],
      ],
    );
  });

  it('gives the items under a bold label no owner when the label is an English word, not a plain name', () => {
    const ownersUnder = (label: string): readonly string[] => only(section(label, '', '- Add a wrapper script')).owners;
    for (const label of ['**Options:**', '**Alternatives:**', '**Critical Data:**', '**Candidates**', 'Safeguards:'])
      assert.deepEqual(ownersUnder(label), [], label);
    assert.deepEqual(ownersUnder('**Priya:**'), ['Priya']);
    assert.deepEqual(ownersUnder('**Oluwaseun Adeyemi**'), ['Oluwaseun Adeyemi']);
    assert.deepEqual(ownersUnder('Tomasz:'), ['Tomasz']);
    assert.deepEqual(ownersUnder('**Zoë**'), ['Zoë']);
  });
  it('groups by a name bullet heading nested items, and by a "Name:" line', () => {
    assert.deepEqual(
      section('- **@alice**', '  - Add an alert').map((item) => item.owners),
      [['@alice']],
    );
    assert.deepEqual(
      section('- **Kubernetes Upgrade**', '  - Bump the nodes').map((item) => item.owners),
      [[]],
    );
    assert.deepEqual(
      section('Bob Jones:', '', '- Cap retries').map((item) => item.owners),
      [['Bob Jones']],
    );
  });

  it('gives an item whose subject is "They" to the team the sentence before it opens with, and to nobody else', () => {
    const owned = items(
      [
        '# Outage',
        '',
        '## Follow-up',
        '',
        'The platform team reviewed the runbook. They will add a check of the subscriptions to the upgrade script.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(only(owned).owners, ['platform team']);
    const unowned = items(
      [
        '# Outage',
        '',
        '## Follow-up',
        '',
        'Customers saw delays. They will get a credit on their next invoice.',
        '',
        'They will also add a status page banner.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      unowned.map((item) => item.owners),
      [[], []],
    );
  });

  it('maps owners through the configured aliases', () => {
    const config: PostmortemConfig = {
      ...DEFAULT_CONFIG,
      ownerAliases: { alice: '@alice-smith', payments: 'Team Payments' },
    };
    const found = items(
      '## Action items\n\n- Add an alert. Owner: Alice\n- Cap retries @alice\n- Shard the queue. Owner: payments\n',
      config,
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['@alice-smith'], ['@alice-smith'], ['Team Payments']],
    );
  });

  it('takes a name the document gives a team elsewhere ("The Cloud Platform team ...") for the owner it names', () => {
    const actions = [
      '## Future actions',
      '',
      'Cloud Platform will re-iterate the need to test upgrades.',
      '',
      'Cloud Platform 3.0 will contain separate clusters.',
    ];
    const named = items(
      ['## Resolution', '', 'The Cloud Platform team rolled back the upgrade.', '', ...actions].join('\n'),
    );
    assert.deepEqual(
      named.map((item) => item.owners),
      [['Cloud Platform'], []],
    );
    assert.deepEqual(
      items(actions.join('\n')).map((item) => item.owners),
      [[], []],
    );
  });

  it('takes a named team as the subject with many verbs, past an opener', () => {
    const subject = (line: string): readonly string[] => only(section(line)).owners;
    assert.deepEqual(subject('- Checkout squad needs to add retries to the client'), ['Checkout squad']);
    assert.deepEqual(subject('- Data Platform team is going to shard the queue'), ['Data Platform team']);
    assert.deepEqual(subject('- Security team is responsible for rotating the keys'), ['Security team']);
    assert.deepEqual(subject('- Ops team owns the rollback runbook from now on'), ['Ops team']);
    assert.deepEqual(subject('- Build team will cache the dependencies'), ['Build team']);
    assert.deepEqual(subject('- Search team to reindex the catalogue nightly'), ['Search team']);
    assert.deepEqual(subject('- Payments engineers to pair with SRE on the failover'), ['Payments engineers']);
    assert.deepEqual(subject('- As a long-term fix (Q2 2025), the Storage team will move sessions out of the cache'), [
      'Storage team',
    ]);
    assert.deepEqual(subject('- Dashboards to be added by the Storage team'), []);
  });

  it('does not take the people an imperative addresses for its owners', () => {
    for (const line of [
      '- Get Storage team to sign off on the schema change',
      '- Encourage support engineers to escalate sooner',
      '- Teach Payments team to read the saturation dashboard',
      '- Document the failover for the Storage team to follow',
    ]) {
      assert.deepEqual(only(section(line)).owners, [], line);
    }
  });

  it('reads handles, Owner labels and names in other scripts', () => {
    const owners = (line: string): readonly string[] => only(section(line)).owners;
    assert.deepEqual(owners('- @alice and @bob will pair on the fix'), ['@alice', '@bob']);
    assert.deepEqual(owners('- @acme/storage to rotate the keys'), ['@acme/storage']);
    assert.deepEqual(owners('- Rotate the keys. Assignee: Łukasz Nowak'), ['Łukasz Nowak']);
    assert.deepEqual(owners('- Rotate the keys (DRI: @dana)'), ['@dana']);
    assert.deepEqual(owners('- Add an alert on replica lag \u2014 José García'), ['José García']);
    assert.deepEqual(owners('- Add an alert on replica lag \u2014 Zoë Ångström'), ['Zoë Ångström']);
    assert.deepEqual(owners('- Add an alert on replica lag \u2014 张伟'), ['张伟']);
    assert.deepEqual(
      section('**Łukasz**', '', '- Cap retries').map((item) => item.owners),
      [['Łukasz']],
    );
  });

  it('takes a configured owner as the subject of an item', () => {
    const config: PostmortemConfig = { ...DEFAULT_CONFIG, owners: ['Alice'] };
    assert.deepEqual(items('## Action items\n\n- Alice will add an alert\n', config)[0]!.owners, ['Alice']);
    assert.deepEqual(items('## Action items\n\n- Migration to a new table\n')[0]!.owners, []);
  });

  it('takes a configured owner or a team set off before a colon or in brackets, not a category there', () => {
    const config: PostmortemConfig = { ...DEFAULT_CONFIG, owners: ['Marco', 'Marco Rossi'] };
    const owners = (line: string, with_ = DEFAULT_CONFIG) => items(`## Action items\n\n${line}\n`, with_)[0]!.owners;
    assert.deepEqual(owners('- Marco: add a canary stage to config pushes', config), ['Marco']);
    assert.deepEqual(owners('- Marco Rossi: add a canary stage', config), ['Marco Rossi']);
    assert.deepEqual(owners('- [Marco] Add a canary stage', config), ['Marco']);
    assert.deepEqual(owners('- Add a canary stage (Marco, by 2026-11-15)', config), ['Marco']);
    assert.deepEqual(owners('- Add exponential backoff (Payments team, by end of October)'), ['Payments team']);
    assert.deepEqual(owners('- Monitoring: add an alert on retries'), []);
    assert.deepEqual(owners('- Marco: add a canary stage'), ['Marco'], 'a name no configuration lists');
    assert.deepEqual(owners('- Marco: the canary stage'), [], 'no instruction after the name');
    assert.deepEqual(owners('- Add an alert (PCI scope)'), []);
  });

  it('reads a trailing name followed by a date as the owner', () => {
    assert.deepEqual(items('## Action items\n\n- Add a canary stage \u2014 Marco, Nov 15\n')[0]!.owners, ['Marco']);
  });

  it('reads a date after an owner label and a comma as the due date, not as an owner', () => {
    const found = items(
      '---\ndate: 2026-11-18\n---\n# X\n\n## Action items\n\n' +
        '1. Merge the deploy jobs - owner: platform team, end of December\n' +
        '2. Add an alert - owner: Ana, Dec 10\n' +
        '3. Split the pool - owner: May Chen, Nov 30\n' +
        '4. Retire the old job \u2014 @lee, end of the quarter\n',
    );
    assert.deepEqual(
      found.map((item) => [item.owners, item.due]),
      [
        [['platform team'], '2026-12-31'],
        [['Ana'], '2026-12-10'],
        [['May Chen'], '2026-11-30'],
        [['@lee'], '2026-12-31'],
      ],
    );
  });

  it("reads initials in brackets at an item's end, or after a dash, as its owner, not as its text", () => {
    const found = section(
      '- Move the incident reports to the team manual [MB]',
      '- Add a basic uptime healthcheck [CF to write story]',
      '- Create an incident channel [IBG] [done]',
      '- Rotate the signing keys \u2014 JK',
      '- Page the secondary on-call too [JK, AL]',
      '- Write the restore drill [R.T.]',
    );
    assert.deepEqual(
      found.map((item) => [item.owners, item.text, item.status]),
      [
        [['MB'], 'Move the incident reports to the team manual', 'open'],
        [['CF'], 'Add a basic uptime healthcheck', 'open'],
        [['IBG'], 'Create an incident channel', 'done'],
        [['JK'], 'Rotate the signing keys', 'open'],
        [['JK', 'AL'], 'Page the secondary on-call too', 'open'],
        [['R.T.'], 'Write the restore drill', 'open'],
      ],
    );
  });

  it('reads no owner in capitals that tag an item, at its start, or that a system or a state may mean', () => {
    for (const line of [
      '- Document the retry budget [WIP]',
      '- Add a read replica for the reports [DB]',
      '- [SRE] Add an alert on queue depth',
      '- Rotate the keys \u2014 AWS',
      '- Decide on a second region [TBD]',
      '- Tune the autoscaler [P1]',
      '- Page the secondary on-call too [JK, MR]',
      '- Run the database in two zones [HA]',
      '- Retry the upload on timeouts [TCP]',
      '- Split the deploy job in two [NOTE]',
      '- Freeze deploys on Fridays [HOLD]',
    ])
      assert.deepEqual(owner(line).owners, [], line);
  });

  it('reads initials in round brackets at the end as the owner, but not an acronym the words before spell', () => {
    const found = section(
      '- Add an alert on queue depth (JK)',
      '- Rotate the signing keys (JK, AL) (done)',
      '- Cap the connection pool (CF to follow up)',
      '- Write a runbook for the write-ahead log (WAL)',
      '- Define a recovery time objective (RTO)',
      '- Move to a managed control plane (EKS)',
      '- Page on saturation (e.g. PagerDuty)',
      '- Review the runbook (optional)',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['JK'], ['JK', 'AL'], ['CF'], [], [], [], [], []],
    );
  });

  it("reads a name in brackets at an item's end as its owner, but not a place, a product or a word", () => {
    const found = section(
      '- Add schema validation to the config repo (Tomas)',
      '- Add schema validation to the config repo (Tomas, Q1)',
      '- Add the alert [Ana Lopez]',
      '- Add the alert (owner Priya)',
      '- Add the alert (owned by the payments team)',
      '- Adherence to internal policies (-> system team)',
      '- Add the alert (\u2192 Priya)',
      '- Add the alert (Grafana)',
      '- Add the alert (staging)',
      '- Add the alert (Frankfurt)',
      '- Add the alert (P2)',
    );
    assert.deepEqual(
      found.map((item) => [item.owners, item.text]),
      [
        [['Tomas'], 'Add schema validation to the config repo'],
        [['Tomas'], 'Add schema validation to the config repo'],
        [['Ana Lopez'], 'Add the alert'],
        [['Priya'], 'Add the alert'],
        [['the payments team'], 'Add the alert'],
        [['system team'], 'Adherence to internal policies'],
        [['Priya'], 'Add the alert'],
        [[], 'Add the alert (Grafana)'],
        [[], 'Add the alert (staging)'],
        [[], 'Add the alert (Frankfurt)'],
        [[], 'Add the alert'],
      ],
    );
  });

  it('reads an owner set off by a slash, bar, arrow or owned-by, or one field before a priority or a period', () => {
    const found = section(
      '- Add a canary stage for config pushes \u2014 Sam \u2014 next sprint',
      '- Add the alert - Mark - P1',
      '- Add the alert / Ana / 2026-12-10',
      '- Add the alert | Ana',
      '- Add the alert \u2192 Ana',
      '- Add the alert, owned by Ana',
      '- Add the alert \u2014 Priya \u2014 needs a vendor answer',
      '- Move the logs \u2014 Redis \u2014 later',
    );
    assert.deepEqual(
      found.map((item) => [item.owners, item.due ?? null]),
      [
        [['Sam'], null],
        [['Mark'], null],
        [['Ana'], '2026-12-10'],
        [['Ana'], null],
        [['Ana'], null],
        [['Ana'], null],
        [['Priya'], null],
        [[], null],
      ],
    );
  });

  it('reads a name that is also a word as an owner where another item is signed with it', () => {
    const found = section(
      '- Add a canary stage \u2014 Mark',
      '- Mark to add the dashboard',
      '- Add the alert (owner: Grace)',
      '- Grace will write the runbook',
      '- Will will review the runbook',
      '- Add the runbook (Bob)',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['Mark'], ['Mark'], ['Grace'], ['Grace'], [], []],
    );
  });

  it('reads bracketed initials that are also an acronym when the document names a person with them', () => {
    const text = (attendance: string): string =>
      `# Outage\n\n| Attendance: | ${attendance} |\n| --- | --- |\n\n## Actions\n\n- Move the reports [DB]\n`;
    assert.deepEqual(only(items(text('Chris Farms, Daniel Blair'))).owners, ['DB']);
    assert.deepEqual(only(items(text('Chris Farms, Dana Okafor'))).owners, []);
    // Capitalised words that could be terms name nobody: "Data Backup" gives no initials.
    assert.deepEqual(only(items(text('Data Backup'))).owners, []);
  });

  it('reads a first name and an initial in the last field after a colon, alone or before what they do', () => {
    const found = section(
      '- Define acceptance tests : Chris F create story',
      '- Define the promotion pipeline : Chris F',
      '- Review the runbook: Marco K.',
      '- Write the restore drill : Priya to write the story',
      '- Pin the terraform modules : Existing story in backlog',
      '- Define what the incident process looks like : Shared',
      '- Upgrade: Kafka to 3.5',
      '- Investigate: Kafka will be upgraded',
      '- Fix the alert: Grafana A dashboard',
    );
    assert.deepEqual(
      found.map((item) => item.owners),
      [['Chris F'], ['Chris F'], ['Marco K'], ['Priya'], [], [], [], [], []],
    );
  });
});

describe('action items: status, due date, priority, type and links', () => {
  it('gives an item that tells work done to a thing in the passive the status done', () => {
    const found = section(
      '- A daily check has been added to verify the certificates',
      '- The issue was fixed in [PR #1616](https://github.com/o/r/pull/1616)',
      '- Immediate corrective action was taken to remove three CNAME records',
      '- The retry budget was planned to be cut',
      '- Alerts should be reviewed',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      ['done', 'done', 'done', 'open', 'open'],
    );
  });

  it('reads an item struck through with a word of completion beside it as done, not one still open', () => {
    const found = section(
      '- ~~Rotate the EU edge keys~~ done on Sep 4.',
      '- ~~Shard the queue~~ completed in #812',
      '- ~~Rotate the EU edge keys~~ not done, moved to Q3',
      '- Rotate the ~~EU~~ edge keys',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      ['done', 'done', 'open', 'open'],
    );
  });

  it("ends an owner label's value at the next field's label, and leaves a tracking field out of the text", () => {
    const found = section(
      '- Fix the pool (owner: Dana, ticket: SRCH-411)',
      '- Route alerts. Owner: Dana. Tracking: https://jira.example.com/SRCH-412',
      '- Add a canary (owner: Ana, Bob)',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.owners]),
      [
        ['Fix the pool', ['Dana']],
        ['Route alerts.', ['Dana']],
        ['Add a canary', ['Ana', 'Bob']],
      ],
    );
    assert.deepEqual(found[0]!.links, ['SRCH-411']);
  });

  it('reads done markers and leaves them out of the text', () => {
    const found = section(
      '- Add an alert (done)',
      '- Cap retries DONE',
      '- \u2705 Revert the config',
      '- ~~Shard the queue~~',
      '- Status: done. Rotate keys',
      '- Reverted the change to the pool',
      '- We enabled branch protection',
      '- GPG signing was rejected by vote',
      '1. **Source cleanup:** materialized the candidate IDs with `list(...)`',
      '- Made the plan public',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      Array(10).fill('done'),
    );
    assert.deepEqual(
      found.slice(0, 3).map((item) => item.text),
      ['Add an alert', 'Cap retries', 'Revert the config'],
    );
  });

  it('reads every bullet of a mostly-work list as an item under a lessons title that names further work too', () => {
    const text = [
      '# Primary site outage',
      '',
      '## Preventing the issue from happening again / What we have learnt',
      '',
      '1. Improve our response time to acknowledge ongoing outages.',
      '2. Add monitoring and alerting of switch PSU states.',
      '3. The OpenStreetMap Ops have decided to replace the switches with Juniper switches.',
      '4. During the June site visit out-of-band access equipment was installed.',
      '5. Make site failover easier and less manual.',
      '',
      '## What we have learnt',
      '',
      '- Add alerts for the power system.',
      '- The power system had a standby state nobody knew of.',
      '- Check the standby state on each visit.',
      '',
    ].join('\n');
    const items = parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems;
    assert.deepEqual(
      items.map((item) => [item.range.start.line, item.owners]),
      [
        [4, []],
        [5, []],
        [6, ['OpenStreetMap Ops']],
        [7, []],
        [8, []],
        [12, []],
        [14, []],
      ],
    );
  });

  it("reads a story's bullets that commit as its paragraphs do, where no section holds action items", () => {
    const text = [
      '# Spec repo rate limiting',
      '',
      '### Too many fetches',
      '',
      'That led to us changing the following:',
      '',
      '- [We will no longer](https://example.com/pull/5017) automatically update spec-repos on `pod install`.',
      '- We will still automatically update the spec-repos on `pod update`.',
      '- Before any fetching, [we’ll be making use](https://example.com/pull/313) of a cheaper API.',
      '- The fetches ran on every install.',
      '',
    ].join('\n');
    assert.deepEqual(
      parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems.map((item) => item.range.start.line),
      [6, 8],
    );
  });

  it('reads work to come or under way in prose, not what would befall in the future', () => {
    const text = [
      '## Next Steps',
      '',
      "More generally, the lack of timeouts caused it. We'll be doing a more extensive review of capacity.",
      '',
      'We are also in the middle of an ongoing effort to remove database queries from the request path.',
      '',
      'In the future a failure like this would only lead to API downtime.',
      '',
    ].join('\n');
    assert.deepEqual(
      parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems.map((item) => item.range.start.line),
      [2, 4],
    );
  });

  it("takes an item's own words over its heading's status: work reported done, work committed to", () => {
    const statuses = (heading: string, ...bullets: string[]) =>
      parsePostmortem([`## ${heading}`, '', ...bullets.map((bullet) => `- ${bullet}`), ''].join('\n'), {
        config: DEFAULT_CONFIG,
      }).actionItems.map((item) => item.status);
    assert.deepEqual(
      statuses('Next steps', "We've updated our health checks to include the pool.", 'Add timeouts to pool queries.'),
      ['done', 'open'],
    );
    assert.deepEqual(
      statuses(
        'Action items (completed)',
        'We are also replacing our WASM engine.',
        'Lastly, we will also re-evaluate gas pricing.',
      ),
      ['open', 'open'],
    );
    assert.deepEqual(statuses('Action items (completed)', 'Add timeouts to pool queries.'), ['done']);
  });

  it('reads a status leading an item, and a resolution section of such items as action items', () => {
    const document = parsePostmortem(
      [
        '# Bad deploy',
        '',
        '## Mitigations',
        '',
        '- Implemented: Alternative cluster ready.',
        '- Suggested: Increase helm knowledge in the team.',
        '- Proposed - add a guard on the kube context',
        '',
      ].join('\n'),
      { config: DEFAULT_CONFIG },
    );
    assert.equal(document.sections.find((found) => found.title === 'Mitigations')?.kind, 'action-items');
    assert.deepEqual(
      document.actionItems.map((item) => [item.status, item.text]),
      [
        ['done', 'Alternative cluster ready.'],
        ['open', 'Increase helm knowledge in the team.'],
        ['open', 'add a guard on the kube context'],
      ],
    );
  });

  it('reads a paragraph or a bullet opening with a status in capitals as an item anywhere; not a short note', () => {
    const document = parsePostmortem(
      [
        '# Disk full',
        '',
        '## Summary',
        '',
        'TODO: fill in',
        '',
        'Done right, the check would have caught the snapshot before the pool filled up.',
        '',
        '## Lessons learned',
        '',
        '**DONE**: Alex added the blog and the wiki to the monitored sites.',
        '',
        '**TODO** a ZFS exporter should alert us on Slack about disk space usage.',
        '',
        '- DOING - the import on staging checks the space left before it starts',
        '',
      ].join('\n'),
      { config: DEFAULT_CONFIG },
    );
    assert.deepEqual(
      document.actionItems.map((item) => [item.range.start.line, item.status, item.text]),
      [
        [10, 'done', 'Alex added the blog and the wiki to the monitored sites.'],
        [12, 'open', 'a ZFS exporter should alert us on Slack about disk space usage.'],
        [14, 'open', 'the import on staging checks the space left before it starts'],
      ],
    );
  });

  it('reads a bracketed status followed by why, and not a word that only begins like one', () => {
    const found = section(
      '- ~~Add a manual approval step~~ (dropped: it would block the nightly job)',
      '- Cap retries (done - see #412)',
      '- Shard the queue (cancelled; the queue is going away)',
      '- Cap retries (open: waiting on the vendor)',
      '- Replace the proxy with an (open-source) alternative (@ana, by 2026-12-20)',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      ['done', 'done', 'done', 'open', 'open'],
    );
    assert.equal(found[0]!.text, 'Add a manual approval step');
    const closing = section('1. We add an alert on the token error rate per region. Done.', '2. Complete the runbook.');
    assert.deepEqual(
      closing.map((item) => [item.status, item.text]),
      [
        ['done', 'We add an alert on the token error rate per region.'],
        ['open', 'Complete the runbook.'],
      ],
    );
    assert.match(found[4]!.text, /\(open-source\) alternative/);
  });

  it('reads open markers, and plans worded like past participles as open', () => {
    const found = section(
      '- TODO: add an alert',
      '- Cap retries (in progress)',
      '- Improved runbooks for engine limits',
      '- Add an alert',
      '- **Fix:** `handleFetch` buffers the body',
      '- Made a plan to implement load shedding',
      '- We made a plan to shed load',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      Array(7).fill('open'),
    );
    assert.equal(found[0]!.text, 'add an alert');
  });

  it('takes the status of a subsection heading', () => {
    const found = items(
      '## Remediation\n\n### Immediate actions (completed)\n\n- Timeouts moved to runtime ' +
        'config\n\n### Planned actions (planned or in-progress)\n\n- Reverted runbooks for the ' +
        'pool\n',
    );
    assert.deepEqual(
      found.map((item) => item.status),
      ['done', 'open'],
    );
    assert.deepEqual(
      items('## What could be done to avoid this in future?\n\n- Cap retries\n').map((item) => item.status),
      ['open'],
    );
    assert.deepEqual(
      items('## What is being done to prevent future incidents?\n\n- Cap retries\n').map((item) => item.status),
      ['open'],
    );
  });

  it('takes the status of a bold label over a nested list, and reads the label as no item', () => {
    const found = items(
      '## Corrective and Preventive Measures\n\n- **Immediate Actions Taken**:\n  * Documented the incident ' +
        'patterns\n- **Short-term Corrective Actions**:\n  * Add alerts for block time spikes\n',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.status]),
      [
        ['Documented the incident patterns', 'done'],
        ['Add alerts for block time spikes', 'open'],
      ],
    );
  });

  it('reads due dates written with a keyword, in a parenthesis, in a Due column or in a heading', () => {
    const found = section(
      '- Add an alert, due: 2025-03-01',
      '- Cap retries. Due 2025-03-02',
      '- Shard the queue by 2025-03-03',
      '- Rotate keys (Q2 2024)',
      '- Move logs, deadline March 5, 2025',
      '- Drop the cache',
    );
    assert.deepEqual(
      found.map((item) => item.due),
      ['2025-03-01', '2025-03-02', '2025-03-03', '2024-06-30', '2025-03-05', undefined],
    );
    assert.equal(found[0]!.text, 'Add an alert');
    const table = section('| Action | Due date |', '| --- | --- |', '| Add an alert | 2025-04-01 |');
    assert.equal(table[0]!.due, '2025-04-01');
    const headed = items('## Remediation\n\n### Long-term (Target: Q4 2025 - Q1 2026)\n\n- Shard the queue\n');
    assert.equal(headed[0]!.due, '2026-03-31');
  });

  it('reads due dates in digits as the timeline reads dates: month first with / and -, day first with .', () => {
    const found = section(
      '- Rotate credentials, due 03/01/2025',
      '- Fix retries by 3/15/2025',
      '- Patch the proxy \u2014 @bob \u2014 01-10-2025',
      '- Renew the certificate (19.04.2025)',
      '- Upgrade TLS by Friday, March 7, 2025',
      '- Drop the cache by 02/30/2025',
      '- Ship v2 by 3/15',
    );
    assert.deepEqual(
      found.map((item) => item.due),
      ['2025-03-01', '2025-03-15', '2025-01-10', '2025-04-19', '2025-03-07', undefined, undefined],
    );
    assert.deepEqual(
      [0, 1, 3, 4].map((i) => found[i]!.text),
      ['Rotate credentials', 'Fix retries', 'Renew the certificate', 'Upgrade TLS'],
    );
  });

  it("reads a due date without a year as the first such day on or after the postmortem's date", () => {
    // 2026-10-20 is a Tuesday.
    const dated = (...lines: string[]) =>
      items(['---', 'date: 2026-10-20', '---', '# Outage', '', '## Action items', '', ...lines, ''].join('\n'));
    const found = dated(
      '- Add an alert by Nov 15',
      '- Cap the pool, due 15 November',
      '- Write the runbook (Dec 3)',
      '- Add a canary stage \u2014 Marco, Nov 15',
      '- Review the retry budget by end of October',
      '- Rotate the keys by Friday',
      '- Shard the queue by Oct 1st',
      '- Move logs by end of Q1',
      '- Drop the cache by the end of the quarter',
      '- Renew the certificate (target: January)',
      '- Patch the proxy by Feb 29',
      '- Run a game day in Q1',
      '- Compare the logs in March',
      '',
      '| Action | Due |\n| --- | --- |\n| Upgrade TLS | End of November |',
    );
    assert.deepEqual(
      found.map((item) => [item.due, item.yearlessDue]),
      [
        ['2026-11-15', undefined],
        ['2026-11-15', undefined],
        ['2026-12-03', undefined],
        ['2026-11-15', undefined],
        ['2026-10-31', undefined],
        ['2026-10-23', undefined],
        ['2027-10-01', undefined],
        ['2027-03-31', undefined],
        ['2026-12-31', undefined],
        ['2027-01-31', undefined],
        ['2028-02-29', undefined],
        ['2027-03-31', undefined],
        [undefined, undefined],
        ['2026-11-30', undefined],
      ],
    );
    assert.deepEqual(
      [0, 3, 5].map((i) => [found[i]!.text, found[i]!.owners]),
      [
        ['Add an alert', []],
        ['Add a canary stage', ['Marco']],
        ['Rotate the keys', []],
      ],
    );
  });

  it("reads next week, this quarter and the end of next month from the postmortem's date", () => {
    // 2026-10-20 is a Tuesday.
    const found = items(
      [
        '---',
        'date: 2026-10-20',
        '---',
        '# Outage',
        '',
        '## Action items',
        '',
        '- Add an alert (owner: Ana, due next week)',
        '- Cap retries (owner: Ana) by next month',
        '- Rotate keys (owner: Ana, due end of next quarter)',
        '- Fix the runbook (owner: Ana, due this week)',
        '- Shard the queue (owner: Ana, by the coming year)',
        '- Plan the next quarter of work (owner: Ana)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((item) => item.due),
      ['2026-10-30', '2026-11-30', '2027-03-31', '2026-10-23', '2027-12-31', undefined],
    );
  });

  it("takes the incident's year from the timeline's first dated entry when nothing else gives the date", () => {
    const found = items(
      [
        '# Elevated API error rates',
        '',
        '## Timeline',
        '',
        '- Dec 4, 2026 10:12 UTC - Investigating',
        '- Dec 4, 2026 11:42 UTC - Resolved',
        '',
        '## Action items',
        '',
        '- Reject unknown keys (owner: Edge team, Q1)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((item) => item.due),
      ['2027-03-31'],
    );
  });

  it('keeps a due date without a year as written when the postmortem gives no date', () => {
    const found = section(
      '- Add an alert by Nov 15',
      '- Rotate the keys by Friday',
      '- Add a canary \u2014 Marco, Nov 15',
    );
    assert.deepEqual(
      found.map((item) => [item.due, item.yearlessDue, item.text]),
      [
        [undefined, 'Nov 15', 'Add an alert'],
        [undefined, 'Friday', 'Rotate the keys'],
        [undefined, 'Nov 15', 'Add a canary'],
      ],
    );
  });

  it("takes the postmortem's date from its title, a date label or its summary when the front matter gives none", () => {
    const dueOf = (...head: string[]) =>
      items([...head, '', '## Action items', '', '- Add an alert by Nov 15', ''].join('\n'))[0]?.due;
    assert.equal(dueOf('# Incident 2026-10-20: login failures'), '2026-11-15');
    assert.equal(dueOf('# Login failures', '', 'Date: October 20, 2026'), '2026-11-15');
    assert.equal(dueOf('# Login failures', '', '## Summary', '', 'On 2026-12-01 logins failed.'), '2027-11-15');
    assert.equal(dueOf('# Login failures', '', '## Summary', '', 'Logins failed.'), undefined);
  });

  it('reads a name alone as a date only after a keyword and capitalised, and no digits without a year', () => {
    const dated = (...lines: string[]) =>
      items(['---', 'date: 2026-10-20', '---', '# Outage', '', '## Action items', '', ...lines, ''].join('\n'));
    const found = dated(
      '- Review the design \u2014 May',
      '- Add an alert (May)',
      '- Make the pool size configurable so that it may grow',
      '- Cut retries so the queue drains by march of the workers',
      "- Merge the fix for Monday's deploy",
      '- Add tracing to the Sun cluster',
      '- Rotate the keys by Marco',
      '- Ship v2 by 3/15',
      '- Patch the proxy by Feb 30',
      '- Review the alert by the end of the incident',
    );
    assert.deepEqual(
      found.map((item) => [item.due, item.yearlessDue]),
      found.map(() => [undefined, undefined]),
    );
  });

  it('reads priorities and types', () => {
    const found = section(
      '- **HIGH** Add an alert',
      '- P1 Cap retries',
      '- [P2] Shard the queue',
      '- Rotate keys, priority: low',
      '- Add a runbook. Type: mitigate',
      '- [prevent] Pin the image',
    );
    assert.deepEqual(
      found.map((item) => item.priority),
      ['high', 'P1', 'P2', 'low', undefined, undefined],
    );
    assert.deepEqual(
      found.map((item) => item.type),
      [undefined, undefined, undefined, undefined, 'mitigate', 'prevent'],
    );
    assert.equal(found[0]!.text, 'Add an alert');
  });

  it('reads the Priority, Type, Status and Tracking columns of a table', () => {
    const item = only(
      section(
        '| Action | Owner | Priority | Type | Status | Ticket |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Add an alert | @alice | P1 | Detect | Done | [OPS-12](https://jira.example.com/OPS-12) |',
      ),
    );
    assert.deepEqual(
      [item.priority, item.type, item.status, item.links],
      ['P1', 'detect', 'done', ['https://jira.example.com/OPS-12', 'OPS-12']],
    );
  });

  it("reads Google's template: a type column, and status markers in another cell", () => {
    const found = section(
      '| Action Item | Type | Owner | Bug |',
      '|---|---|---|---|',
      '| Update playbook for cascading failure | mitigate | jennifer | n/a **DONE** |',
      '| Use flux capacitor to balance load | prevent | martym | Bug 5554823 **TODO** |',
      '| Add load shedding | prevent | TBD | |',
    );
    assert.deepEqual(
      found.map((item) => [item.text, item.type, item.owners, item.ownerPlaceholder, item.status]),
      [
        ['Update playbook for cascading failure', 'mitigate', ['jennifer'], false, 'done'],
        ['Use flux capacitor to balance load', 'prevent', ['martym'], false, 'open'],
        ['Add load shedding', 'prevent', [], true, 'open'],
      ],
    );
  });

  it('reads a date beside the owner in a parenthesis, or at the end after a dash', () => {
    const found = section('- [ ] Add an alert (@alice, 2025-03-01)', '- Add a dashboard \u2014 @bob \u2014 2025-04-01');
    assert.deepEqual(
      found.map((item) => [item.text, item.owners, item.due]),
      [
        ['Add an alert', ['@alice'], '2025-03-01'],
        ['Add a dashboard', ['@bob'], '2025-04-01'],
      ],
    );
  });

  it('leaves out of the text a bracket or trailing dash part whose every piece was read into a field', () => {
    const found = section(
      '- [ ] Rotate certificates automatically (@bob, by 2026-12-01)',
      '- [x] Add a cert expiry alert (@alice, done 2026-11-10)',
      '- [ ] Add rate limiting to the API (owner: @carol; due 2026-01-15)',
      '- [ ] Review alert thresholds (@bob and @carol, due Q1 2027) [P1]',
      '- Renew the staging certificate \u2014 @erin, 2026-12-05',
      '- [ ] Tune the timeouts (#43) (@erin)',
      '- [x] Shard the queue, shipped on March 3, 2025',
    );
    assert.deepEqual(
      found.map((item) => item.text),
      [
        'Rotate certificates automatically',
        'Add a cert expiry alert',
        'Add rate limiting to the API',
        'Review alert thresholds',
        'Renew the staging certificate',
        'Tune the timeouts',
        'Shard the queue',
      ],
    );
    assert.deepEqual(found[1]!.owners, ['@alice']);
    assert.deepEqual(found[5]!.links, ['#43']);
  });

  it('keeps a bracket holding anything not read into a field or before more words, and an open done date', () => {
    const found = section(
      '- [ ] Audit the PCI hosts (@carol, by 2026-12-15) (PCI scope)',
      '- [ ] Document the runbook (see INC-12) (@dan)',
      '- [ ] Move logs to S3 (cheaper storage, @bob)',
      "- [ ] Split the queue (@bob's idea) \u2014 @carol",
      '- [ ] Add a canary stage - for the payments service (@bob)',
      '- [ ] Add alert (@alice) (done 2026-11-10)',
      '- [ ] Add alerts for CPU, memory, disk (@bob, due 2026-12-20)',
      '- [x] Fix the retry loop, closed 2026-11-02, see #44',
      '- [ ] Ask the vendor (@erin) for the new certificate',
      '- [ ] Close the ticket (#52) once the canary passes (by 2026-12-18)',
    );
    assert.deepEqual(
      found.map((item) => item.text),
      [
        'Audit the PCI hosts (PCI scope)',
        'Document the runbook (see INC-12)',
        'Move logs to S3 (cheaper storage)',
        "Split the queue (@bob's idea)",
        'Add a canary stage - for the payments service',
        'Add alert (done 2026-11-10)',
        'Add alerts for CPU, memory, disk',
        'Fix the retry loop, closed 2026-11-02, see #44',
        // A bracket that more of the item's words follow is where the writer put it.
        'Ask the vendor (@erin) for the new certificate',
        'Close the ticket (#52) once the canary passes',
      ],
    );
  });

  it('collects tracking links: issue references, tickets, URLs, reference links and links of the heading', () => {
    const text = [
      '## Remediation',
      '',
      '### Short-term ([follow along](https://github.com/acme/shop/issues/9))',
      '',
      '- Cap retries (#123, acme/shop#45, OPS-77, see [issue][cap])',
      '- Shard the queue https://example.com/shard',
      '- Keep UTC-7 and SEV-2 out of the links',
      '',
      '[cap]: https://github.com/acme/shop/issues/123',
    ].join('\n');
    const [cap, shard, zone] = items(text);
    assert.deepEqual(cap!.links, [
      'https://github.com/acme/shop/issues/123',
      '#123',
      'acme/shop#45',
      'OPS-77',
      'https://github.com/acme/shop/issues/9',
    ]);
    assert.deepEqual(shard!.links, ['https://example.com/shard', 'https://github.com/acme/shop/issues/9']);
    assert.deepEqual(zone!.links, ['https://github.com/acme/shop/issues/9']);
  });

  it('fills every field of an item', () => {
    const item = only(section('- [ ] Add an alert on queue depth. Owner: @alice, due 2025-03-01 (#12)'));
    assert.deepEqual(
      {
        ...item,
        range: [item.range.start.line, item.range.end.line],
        ownerRange: item.ownerRange && [item.ownerRange.start.character, item.ownerRange.end.character],
        statusRange: item.statusRange && [item.statusRange.start.character, item.statusRange.end.character],
      },
      {
        range: [4, 4],
        style: 'task',
        text: 'Add an alert on queue depth.',
        owners: ['@alice'],
        ownerSource: 'label',
        ownerRange: [42, 48],
        ownerInsertOffset: item.range.end.offset,
        ownerPlaceholder: false,
        statusRange: [2, 5],
        textEndOffset: item.range.end.offset,
        due: '2025-03-01',
        yearlessDue: undefined,
        priority: undefined,
        type: undefined,
        status: 'open',
        links: ['#12'],
      },
    );
  });
});

describe('action items: untrusted input', () => {
  it('never throws on odd shapes, and keeps every range inside the document', () => {
    const shapes = [
      `## Action items\n\n${'- '.repeat(5000)}`,
      `## Action items\n\n${'|a|'.repeat(3000)}\n|-|\n${'| Owner: | @ |\n'.repeat(2000)}`,
      `## Action items\n\n${'.'.repeat(15000)} will ${'('.repeat(15000)}`,
      `## Action items\n\n${'Owner: '.repeat(2500)}\n\n${'@a '.repeat(5000)}`,
      '## Action items\n\n' +
        '  '.repeat(30) +
        '- x\n' +
        Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- **Alice**`).join('\n'),
      '## Action items\n\n- [ ]\n- \n1.\n|  |\n|--|\n||\n**\n****\n~~~~\n',
      `## Action items\n\nWe will add ${'a '.repeat(9000)}due by Q9 2025 - - - - ${'- '.repeat(3000)}`,
      '## Action items\r\n\r\n- Add an alert\u200b \u202eOwner: @a\r\n- \uFEFF[x] done\r\n',
    ];
    for (const text of shapes) {
      const found = items(text);
      for (const item of found) {
        assert.ok(item.range.start.offset >= 0 && item.range.end.offset <= text.length);
        assert.ok(item.ownerInsertOffset >= 0 && item.ownerInsertOffset <= text.length);
      }
    }
  });
});
