import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { MetricsReport } from '../../src/cli/metrics';
import { main } from '../../src/cli/main';
import { setClock } from '../../src/core/util/clock';
import { withGlobalGitConfig } from './gitConfig';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let workspace = '';

async function runCli(...args: string[]): Promise<Run> {
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

function write(path: string, text: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
}

const read = (path: string) => readFileSync(join(workspace, path), 'utf8');
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

/**
 * A postmortem with front matter, a timeline from 10:00 UTC with the milestones at the minutes given, and action items.
 */
function postmortem(front: string, milestones: Record<string, number>, items: readonly string[] = []): string {
  const at = (minutes: number) => `1${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} UTC`;
  return [
    '---',
    'type: postmortem',
    front,
    '---',
    '# Incident',
    '',
    '## Timeline',
    '',
    `- ${at(0)} errors start [started]`,
    ...Object.entries(milestones).map(([milestone, minutes]) => `- ${at(minutes)} ${milestone} [${milestone}]`),
    '',
    '## Action items',
    '',
    ...items,
    '',
  ].join('\n');
}

describe('postmortem new and metrics', () => {
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'postmortem-new-'));
    setClock(() => Date.UTC(2025, 0, 5, 12));
  });

  afterEach(() => {
    setClock();
    rmSync(workspace, { recursive: true, force: true });
  });

  describe('new', () => {
    it('lists the templates on stdout and exits 0 without --template, writing nothing', async () => {
      write(
        '.postmortem/templates/quick.md',
        '<!-- template: Quick one — for small incidents -->\n---\ntype: postmortem\n---\n',
      );
      const result = await runCli('new');
      assert.equal(result.code, 0);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^Templates \(postmortem new --template NAME --title TITLE\):\n/);
      const lines = [
        /^ {2}quick +team +Quick one +for small incidents$/m,
        /^ {2}google-sre +built-in +Google SRE style /m,
        /^ {2}lightweight +built-in/m,
        /^ {2}pagerduty +built-in/m,
      ];
      for (const line of lines) assert.match(result.stdout, line);
      assert.ok(!existsSync(join(workspace, 'postmortems')));
    });

    it('writes a filled built-in template into the postmortems folder, and it lints without errors', async () => {
      const result = await runCli(
        'new',
        '--template',
        'google-sre',
        '--title',
        'Checkout: API 503s',
        '--severity',
        'sev2',
        '--author',
        'Alice Smith',
      );
      assert.deepEqual(result, {
        code: 0,
        stdout: 'postmortems/2025-01-05-checkout-api-503s.postmortem.md\n',
        stderr: '',
      });
      const text = read('postmortems/2025-01-05-checkout-api-503s.postmortem.md');
      assert.deepEqual(frontMatter(text), {
        type: 'postmortem',
        id: 'INC-2025-001',
        title: 'Checkout: API 503s',
        status: 'draft',
        severity: 'SEV2',
        date: '2025-01-05',
        timezone: 'UTC',
        authors: ['Alice Smith'],
        owner: 'Alice Smith',
        services: [],
        tags: [],
      });
      assert.match(text, /\n# Checkout: API 503s\n/);
      assert.equal((await runCli('lint', 'postmortems')).code, 0);
    });

    it('numbers after the existing postmortems, and never overwrites a file', async () => {
      write('postmortems/old.md', '---\ntype: postmortem\nid: INC-2025-007\n---\n# Old\n');
      write('incidents/older.md', '---\nid: INC-2024-030\n---\n# Older\n');
      write('notes/not-a-postmortem.md', '---\nid: INC-2025-099\n---\n# Notes\n');
      const first = await runCli('new', '-t', 'LIGHTWEIGHT', '--title', 'Disk full', '--author', 'a');
      const second = await runCli('new', '-t', 'Lightweight', '--title', 'Disk full', '--author', 'a');
      assert.equal(first.stdout, 'postmortems/2025-01-05-disk-full.postmortem.md\n');
      assert.equal(second.stdout, 'postmortems/2025-01-05-disk-full-2.postmortem.md\n');
      assert.equal(frontMatter(read('postmortems/2025-01-05-disk-full.postmortem.md'))['id'], 'INC-2025-008');
      assert.equal(frontMatter(read('postmortems/2025-01-05-disk-full-2.postmortem.md'))['id'], 'INC-2025-009');
    });

    it('takes the team templates and folders from the configuration, and --dir and --date over them', async () => {
      write(
        '.postmortem.yaml',
        'templates-folder: docs/templates\npostmortems-folder: docs/rca\ntimezone: ' +
          'Europe/Berlin\nseverity-scale: [P1, P2]\n',
      );
      write(
        'docs/templates/google-sre.md',
        '<!-- template: Our RCA -->\n---\ntype: postmortem\nid: {{id}}\nseverity: ' +
          '{{severity}}\ntimezone: {{timezone}}\n---\n# {{title}} by {{author}} {{custom}}\n',
      );
      const team = await runCli(
        'new',
        '--template',
        'our rca',
        '--title',
        'Löschung',
        '--severity',
        'p1',
        '--author',
        'Bob',
      );
      assert.deepEqual(team, { code: 0, stdout: 'docs/rca/2025-01-05-loschung.postmortem.md\n', stderr: '' });
      assert.equal(
        read('docs/rca/2025-01-05-loschung.postmortem.md'),
        '---\ntype: postmortem\nid: INC-2025-001\nseverity: P1\ntimezone: Europe/Berlin\n---\n# ' +
          'Löschung by Bob {{custom}}\n',
      );
      const shadowed = await runCli(
        'new',
        '--template',
        'google-sre',
        '--title',
        'x',
        '--author',
        'Bob',
        '--dir',
        'elsewhere/deep',
        '--date',
        '2024-02-29',
      );
      assert.equal(shadowed.stdout, 'elsewhere/deep/2024-02-29-x.postmortem.md\n');
      assert.match(
        read('elsewhere/deep/2024-02-29-x.postmortem.md'),
        /^---\ntype: postmortem\nid: INC-2024-001\nseverity:\n/,
        'the team template wins its name',
      );
    });

    it("fills the author from Git's global user.name when --author is not given", async () => {
      await withGlobalGitConfig('[user]\n\tname = Grace Global\n', workspace, async () => {
        await runCli('new', '-t', 'google-sre', '--title', 'x');
      });
      const front = frontMatter(read('postmortems/2025-01-05-x.postmortem.md'));
      assert.deepEqual([front['authors'], front['owner']], [['Grace Global'], 'Grace Global']);
    });

    it(
      'exits 2 for an unknown template, a bad date, an unknown severity or a missing title, ' + 'writing nothing',
      async () => {
        const cases: [string[], RegExp][] = [
          [['-t', 'nope', '--title', 'x'], /no template named 'nope'; the templates are:\n {2}google-sre/],
          [
            ['-t', 'lightweight', '--title', 'x', '--date', '2025-02-30'],
            /--date needs a real date as YYYY-MM-DD, got '2025-02-30': there is no February 30/,
          ],
          [['-t', 'lightweight', '--title', 'x', '--date', '5 Jan'], /--date needs a real date/],
          [
            ['-t', 'lightweight', '--title', 'x', '--severity', 'SEV9'],
            /unknown severity 'SEV9'; the scale is SEV1, SEV2, SEV3, SEV4/,
          ],
          [['-t', 'lightweight'], /'new' needs --title/],
          [['--title', 'x'], /'new' needs --template; 'postmortem new' alone lists the templates/],
          [['-t', 'lightweight', '--title', 'x', 'extra'], /'new' takes no arguments/],
        ];
        for (const [args, message] of cases) {
          const result = await runCli('new', ...args);
          assert.equal(result.code, 2, args.join(' '));
          assert.match(result.stderr, message);
        }
        assert.ok(!existsSync(join(workspace, 'postmortems')));
      },
    );
  });

  describe('metrics', () => {
    beforeEach(() => {
      write(
        'postmortems/a.md',
        postmortem(
          'severity: SEV2\nstatus: draft\ndate: 2025-01-02\ntags: [database]\nservices: [checkout-api]',
          { detected: 5, mitigated: 65 },
          ['- [ ] Alert on pool use. Owner: @alice, due 2025-01-01', '- [ ] Add a canary check, due 2099-01-01'],
        ),
      );
      write(
        'postmortems/b.md',
        postmortem(
          'severity: SEV1\nstatus: published\ndate: 2025-01-03\ntags: [database, dns]\nservices: [checkout-api]',
          { detected: 12 },
          ['- [x] Roll back. Owner: @bob (done 2025-01-04)'],
        ),
      );
      write('postmortems/README.md', '# Our postmortems\n');
      write('notes/meeting.md', '# Weekly sync\n');
    });

    it('prints the documented JSON shape with ISO 8601 durations', async () => {
      const result = await runCli('metrics', '--format', 'json');
      assert.equal(result.code, 0);
      const report = JSON.parse(result.stdout) as MetricsReport;
      assert.deepEqual(report, {
        today: '2025-01-05',
        count: 2,
        bySeverity: { SEV1: 1, SEV2: 1 },
        byStatus: { draft: 1, published: 1 },
        durations: {
          timeToDetect: { n: 2, median: 'PT8M30S', p90: 'PT12M' },
          timeToMitigate: { n: 1, median: 'PT1H5M', p90: 'PT1H5M' },
          timeToResolve: { n: 0, median: null, p90: null },
        },
        actionItems: { total: 3, open: 2, done: 1, unowned: 1, overdue: 1 },
        recurringTags: [{ name: 'database', count: 2 }],
        recurringServices: [{ name: 'checkout-api', count: 2 }],
        recurringCauses: [],
        followThrough: {
          all: { open: 2, done: 1, overdue: 1, daysToDone: { n: 1, median: 1, p90: 1 } },
          byOwner: [
            { name: '@alice', open: 1, done: 0, overdue: 1, daysToDone: { n: 0, median: null, p90: null } },
            { name: '@bob', open: 0, done: 1, overdue: 0, daysToDone: { n: 1, median: 1, p90: 1 } },
          ],
          byTeam: [],
        },
        postmortems: [
          {
            path: 'postmortems/b.md',
            title: 'Incident',
            id: null,
            date: '2025-01-03',
            severity: 'SEV1',
            status: 'published',
            timeToDetect: 'PT12M',
            timeToMitigate: null,
            timeToResolve: null,
            actionItems: { total: 1, open: 0, done: 1, unowned: 0, overdue: 0 },
            allClosed: true,
          },
          {
            path: 'postmortems/a.md',
            title: 'Incident',
            id: null,
            date: '2025-01-02',
            severity: 'SEV2',
            status: 'draft',
            timeToDetect: 'PT5M',
            timeToMitigate: 'PT1H5M',
            timeToResolve: null,
            actionItems: { total: 2, open: 2, done: 0, unowned: 1, overdue: 1 },
            allClosed: false,
          },
        ],
      });
    });

    it('prints an aligned table by default', async () => {
      const result = await runCli('metrics', 'postmortems');
      assert.equal(result.code, 0);
      const expected = [
        'Postmortems: 2',
        '  by severity: SEV1 1, SEV2 1',
        '  by status:   draft 1, published 1',
        '',
        '                  n  median    p90',
        'Time to detect    2  8m 30s    12m',
        'Time to mitigate  1   1h 5m  1h 5m',
        'Time to resolve   0       -      -',
        '',
        'Action items: 3; open 2, done 1, unowned 1, overdue 1',
        '',
        'Owner   Open  Done  Overdue  Days to done  p90  n',
        '@alice     1     0        1             -    -  0',
        '@bob       0     1        0            1d   1d  1',
        '',
        'Recurring tags:     database (2)',
        'Recurring services: checkout-api (2)',
        'Recurring causes:   none',
        '',
        'Date        Severity  Status     Detect  Mitigate  Resolve  Open  Done  Unowned  Overdue  ' +
          'Closed  Path              Title',
        '2025-01-03  SEV1      published     12m         -        -     0     1        0        0  ' +
          'yes     postmortems/b.md  Incident',
        '2025-01-02  SEV2      draft          5m     1h 5m        -     2     0        1        1  ' +
          'no      postmortems/a.md  Incident',
        '',
      ].join('\n');
      assert.equal(result.stdout, expected);
    });

    it('takes files and globs like lint, and exits 2 for a path that names nothing', async () => {
      const json = async (...args: string[]) =>
        JSON.parse((await runCli('metrics', '-f', 'json', ...args)).stdout) as MetricsReport;
      assert.deepEqual(
        (await json('postmortems/a.md', 'notes/meeting.md')).postmortems.map((row) => row.path),
        ['postmortems/a.md', 'notes/meeting.md'],
      );
      assert.equal((await json('postmortems/b*.md')).count, 1);
      const missing = await runCli('metrics', 'nowhere');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file, folder or matching glob: nowhere/);
      const badFormat = await runCli('metrics', '--format', 'sarif');
      assert.equal(badFormat.code, 2);
      assert.match(badFormat.stderr, /unknown format 'sarif'; choose one of table, json/);
    });

    it('exits 2 saying so when the paths hold no postmortem, unless --pass-with-no-postmortems', async () => {
      const none = await runCli('metrics', 'notes');
      assert.equal(none.code, 2);
      assert.ok(none.stderr.startsWith('postmortem: no postmortem found in notes\n'), none.stderr);
      const allowed = await runCli('metrics', 'notes', '--pass-with-no-postmortems', '--format', 'json');
      assert.equal(allowed.code, 0);
      assert.equal((JSON.parse(allowed.stdout) as MetricsReport).count, 0);
    });
  });
});
