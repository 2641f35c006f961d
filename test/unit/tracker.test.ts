import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { parseConfig } from '../../src/core/config/parseConfig';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { actionItemRows, csvCell, rowsAsCsv } from '../../src/core/exportRows';
import { issueBody, newIssueUrl, type IssueDraft } from '../../src/core/tracker/newIssue';
import { fileUrl, forgeOf, remoteUrlFromGitConfig } from '../../src/core/tracker/remote';
import { readTrackingLink, trackingLinkEdit } from '../../src/core/tracker/trackingLink';

const DRAFT: IssueDraft = {
  text: 'Alert on connection-pool saturation',
  owners: ['@bob'],
  due: '2025-02-01',
  priority: 'P1',
  postmortemTitle: 'Checkout API returned 503s',
  link: 'https://github.com/acme/shop/blob/HEAD/postmortems/checkout.md#L14',
};

describe('tracker: the repository of the Git remote', () => {
  it("reads origin's URL from .git/config, else upstream's, else the first remote's", () => {
    const config = [
      '[core]',
      '\tbare = false',
      '[remote "fork"]',
      '\turl = git@github.com:me/shop.git',
      '[remote "origin"]',
      '\turl = https://github.com/acme/shop.git',
      '\tfetch = +refs/heads/*:refs/remotes/origin/*',
      '[branch "main"]',
      '\tremote = origin',
    ].join('\n');
    assert.equal(remoteUrlFromGitConfig(config), 'https://github.com/acme/shop.git');
    assert.equal(
      remoteUrlFromGitConfig('[remote "fork"]\n url = git@github.com:me/shop.git\n'),
      'git@github.com:me/shop.git',
    );
    assert.equal(remoteUrlFromGitConfig('[core]\n bare = false\n'), undefined);
  });

  it('knows GitHub and GitLab remotes in every form, self-hosted ones too, and nothing else', () => {
    const cases: [string, string | undefined][] = [
      ['git@github.com:acme/shop.git', 'github https://github.com/acme/shop'],
      ['https://github.com/acme/shop', 'github https://github.com/acme/shop'],
      ['ssh://git@github.acme.com:22/acme/shop.git', 'github https://github.acme.com/acme/shop'],
      ['https://token@gitlab.com/group/sub/shop.git', 'gitlab https://gitlab.com/group/sub/shop'],
      ['git@gitlab.example.com:group/shop.git', 'gitlab https://gitlab.example.com/group/shop'],
      ['https://bitbucket.org/acme/shop.git', undefined],
      ['https://github.com/acme', undefined],
      ['https://github.com/acme/../shop', undefined],
      ['file:///srv/git/shop.git', undefined],
      ['not a url', undefined],
    ];
    for (const [remote, expected] of cases) {
      const forge = forgeOf(remote);
      assert.equal(forge && `${forge.kind} ${forge.webUrl}`, expected, remote);
    }
  });

  it("links a file's line on the default branch", () => {
    assert.equal(
      fileUrl(forgeOf('git@github.com:acme/shop.git')!, 'post mortems/x.md', 14),
      'https://github.com/acme/shop/blob/HEAD/post%20mortems/x.md#L14',
    );
    assert.equal(
      fileUrl(forgeOf('git@gitlab.com:g/shop.git')!, 'x.md', 3),
      'https://gitlab.com/g/shop/-/blob/HEAD/x.md#L3',
    );
  });
});

describe('tracker: the new-issue page', () => {
  const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

  it(
    "opens GitHub's and GitLab's new-issue pages with the title and a body naming the owner, " +
      'the due date and the postmortem',
    () => {
      const github = newIssueUrl(DRAFT, { forge: forgeOf('git@github.com:acme/shop.git') })!;
      assert.ok(github.startsWith('https://github.com/acme/shop/issues/new?'));
      assert.deepEqual(query(github), { title: DRAFT.text, body: issueBody(DRAFT) });
      assert.match(
        issueBody(DRAFT),
        new RegExp(
          String.raw`^Alert on connection-pool saturation\n\n- Owner: @bob\n- Due: 2025-02-01\n-` +
            String.raw` Priority: P1\n- Postmortem: Checkout API returned 503s \(https:\/\/github\.com` +
            String.raw`\/acme\/shop\/blob\/HEAD\/postmortems\/checkout\.md#L14\)\n`,
        ),
      );
      const gitlab = newIssueUrl(DRAFT, { forge: forgeOf('git@gitlab.com:g/shop.git') })!;
      assert.ok(gitlab.startsWith('https://gitlab.com/g/shop/-/issues/new?'));
      assert.deepEqual(query(gitlab), { 'issue[title]': DRAFT.text, 'issue[description]': issueBody(DRAFT) });
    },
  );

  it(
    'fills a configured template (Jira), which wins over the remote, and says when an item has ' + 'no owner or date',
    () => {
      const template =
        'https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&summary={title}&' +
        'description={body}&assignee={owner}&duedate={due}';
      const draft = { ...DRAFT, owners: [], due: undefined };
      const url = newIssueUrl(draft, { template, forge: forgeOf('git@github.com:acme/shop.git') })!;
      assert.deepEqual(query(url), {
        pid: '10000',
        summary: DRAFT.text,
        description: issueBody(draft),
        assignee: '',
        duedate: '',
      });
      assert.match(issueBody(draft), /- Owner: not assigned yet\n- Due: not set\n/);
      assert.equal(newIssueUrl(DRAFT, {}), undefined, 'no template and no known forge');
    },
  );

  it('cuts a very long item so that the address stays openable, saying so', () => {
    const url = newIssueUrl(
      { ...DRAFT, text: 'word '.repeat(5000) },
      { forge: forgeOf('git@github.com:acme/shop.git') },
    )!;
    assert.ok(url.length <= 7000, String(url.length));
    assert.match(query(url)['body']!, /\(cut; the whole item is in the postmortem\)/);
  });

  it('checks a configured template: http(s), known placeholders, a title or body', () => {
    const problems = (value: string) =>
      parseConfig(`new-issue-url: "${value}"`).problems.map((problem) => problem.message);
    assert.deepEqual(problems('https://tracker.example.com/new?summary={title}'), []);
    assert.deepEqual(problems('javascript:alert(1)//{title}'), ['"new-issue-url" must be an http or https address']);
    assert.deepEqual(problems('https://tracker.example.com/new?s={summary}'), [
      '"new-issue-url" has unknown placeholders {summary}; use {title}, {body}, {owner}, {due}, {link}, {postmortem}',
    ]);
    assert.deepEqual(problems('https://tracker.example.com/new?o={owner}'), [
      '"new-issue-url" must hold {title} or {body}, so that the issue says what to do',
    ]);
  });
});

describe('tracker: the tracking link pasted back', () => {
  const text = [
    '# Outage',
    '',
    '## Action items',
    '',
    '- [ ] Cap retries per client. Owner: @bob',
    '- [ ] Add an alert — @carol',
    '',
    '| Action | Owner |',
    '| --- | --- |',
    '| Shard the queue | @dave |',
    '',
  ].join('\n');
  const items = parsePostmortem(text, { config: DEFAULT_CONFIG }).actionItems;

  it('reads an http(s) address, refusing anything else', () => {
    assert.deepEqual(readTrackingLink('  <https://github.com/acme/shop/issues/7> '), {
      link: 'https://github.com/acme/shop/issues/7',
    });
    assert.ok('problem' in readTrackingLink(''));
    assert.ok('problem' in readTrackingLink('javascript:alert(1)'));
    assert.ok('problem' in readTrackingLink('https://x.example.com/a b'));
    assert.ok('problem' in readTrackingLink('https://x.example.com/a|b'));
  });

  it(
    "writes the link after the item's words so that the item's links name it, in a list, " +
      'before a trailing owner, and in a table cell',
    () => {
      const link = 'https://github.com/acme/shop/issues/7';
      const after = applyEdits(text, items.map((item) => trackingLinkEdit(text, item, link)!).reverse());
      assert.equal(
        after,
        text
          .replace('Owner: @bob', `Owner: @bob. (tracked in ${link})`)
          .replace('Add an alert — @carol', `Add an alert (tracked in ${link}) — @carol`)
          .replace('| Shard the queue |', `| Shard the queue (tracked in ${link}) |`),
      );
      const reread = parsePostmortem(after, { config: DEFAULT_CONFIG }).actionItems;
      assert.deepEqual(
        reread.map((item) => [item.owners, item.links]),
        [
          [['@bob'], [link]],
          [['@carol'], [link]],
          [['@dave'], [link]],
        ],
      );
      assert.equal(trackingLinkEdit(after, reread[0]!, link), undefined, 'a link the item names already');
    },
  );
});

describe('tracker: postmortem export-actions', () => {
  let workspace = '';
  beforeEach(() => (workspace = mkdtempSync(join(tmpdir(), 'postmortem-export-'))));
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  };
  async function runCli(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(
      args,
      (text) => (stdout += text),
      (text) => (stderr += text),
      { cwd: workspace, color: false },
    );
    return { code, stdout, stderr };
  }

  const POSTMORTEM = [
    '---',
    'id: INC-7',
    'title: Pool exhausted',
    'date: 2025-01-05',
    '---',
    '# Pool exhausted',
    '',
    '## Action items',
    '',
    '- [x] Revert the pool size, "fast". Owner: @alice (done 2025-01-09)',
    '- [ ] =HYPERLINK("http://evil") Cap retries. Owner: @bob, due 2025-02-01, P1',
    '',
  ].join('\n');

  it('prints one CSV row per item, quoted as RFC 4180 says and safe to open in a spreadsheet', async () => {
    write('.postmortem.yaml', 'teams:\n  storage: ["@alice"]\n');
    write('postmortems/pool.md', POSTMORTEM);
    const result = await runCli('export-actions', '--format', 'csv');
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\r\n');
    assert.equal(
      lines[0],
      'summary,owners,teams,due,priority,type,status,completedOn,links,postmortemPath,' +
        'postmortemId,postmortemTitle,line',
    );
    assert.equal(
      lines[1],
      '"Revert the pool size, ""fast"".",@alice,storage,,,,done,2025-01-09,,postmortems/pool.md,INC-7,Pool ' +
        'exhausted,10',
    );
    assert.match(lines[2]!, /^"'=HYPERLINK\(""http:\/\/evil""\) Cap retries\.",@bob,,2025-02-01,/);
    assert.equal(lines.length, 4, 'a header, two rows and the final line break');
  });

  it('prints the same rows as JSON, and exits 2 for paths with no postmortem', async () => {
    write('postmortems/pool.md', POSTMORTEM);
    const rows = JSON.parse((await runCli('export-actions', '-f', 'json', 'postmortems')).stdout) as ReturnType<
      typeof actionItemRows
    >;
    assert.deepEqual(
      rows,
      actionItemRows(
        'postmortems/pool.md',
        analyze(POSTMORTEM, { config: DEFAULT_CONFIG, path: 'postmortems/pool.md' }),
      ),
    );
    assert.deepEqual(
      rows.map((row) => [row.owners, row.status, row.due, row.line]),
      [
        ['@alice', 'done', '', 10],
        ['@bob', 'open', '2025-02-01', 11],
      ],
    );
    write('notes/a.md', '# Notes\n');
    assert.equal((await runCli('export-actions', 'notes')).code, 2);
    assert.equal((await runCli('export-actions', '--format', 'xml')).code, 2);
  });

  it('neutralises formulas but keeps handles, numbers and dates as they are', () => {
    assert.equal(csvCell('@alice, @bob'), '"@alice, @bob"');
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('-12'), '-12');
    assert.equal(csvCell('+1 555'), "'+1 555");
    assert.equal(csvCell('2025-02-01'), '2025-02-01');
    assert.equal(
      rowsAsCsv([]),
      'summary,owners,teams,due,priority,type,status,completedOn,links,postmortemPath,' +
        'postmortemId,postmortemTitle,line\r\n',
    );
  });
});
