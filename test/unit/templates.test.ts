import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtInTemplatesFolder, readTemplates } from '../../src/cli/templateFiles';
import { analyze } from '../../src/core/analysis/analyze';
import { setClock } from '../../src/core/util/clock';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { describeTemplate, fillTemplate, templateMatches, templateName } from '../../src/core/templates/fill';
import { documentId, nextId } from '../../src/core/templates/ids';
import { postmortemFileName, slugify, uniqueFileName } from '../../src/core/templates/naming';

const VARIABLES = {
  title: 'Checkout API returned 503s',
  date: '2025-01-05',
  severity: 'SEV2',
  id: 'INC-2025-014',
  author: 'Alice Smith',
  timezone: 'UTC',
  year: '2025',
};

const frontMatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

/** Two action items as an incident review would write them, as table cells by column name. */
const ACTION_ITEMS: readonly Readonly<Record<string, string>>[] = [
  {
    'action item': 'Show the rendered config of every affected service in config reviews',
    type: 'prevent',
    owner: '@alice',
    priority: 'P1',
    due: '2025-02-15',
    bug: '[#4211](https://tracker.example.com/4211)',
  },
  {
    'action item': 'Alert when the checkout connection pool is more than 90% used for five minutes',
    type: 'detect',
    owner: '@bob',
    priority: 'P2',
    due: '2025-02-01',
    bug: '[#4212](https://tracker.example.com/4212)',
  },
];

const TIMELINE = [
  '- 2025-01-05 14:02 Deploy of config version 2025.01.05-3 starts [started]',
  '- 14:11 Checkout availability alert pages the on-call engineer [detected]',
  '- 14:25 Checkout API connection pool found at its limit of 20',
  '- 14:41 Rollback to config version 2025.01.05-2 completes, errors back to normal [mitigated]',
  '- 15:11 Queued orders replayed [resolved]',
].join('\n');

/** What a filled-in section says, by its heading, else by its kind. */
const SECTION_TEXT: Readonly<Record<string, string>> = {
  summary:
    'From 14:02 to 14:41 UTC the checkout API returned HTTP 503 for 38% of requests after a config change cut its ' +
    'database connection pool from 200 to 20 connections. Rolling the change back ended the errors.',
  'what happened':
    'A change to the shared config template, meant for the batch workers, lowered the default connection pool size. ' +
    'The next config deploy carried it to the checkout API, whose requests then queued for a connection and timed out.',
  impact:
    'About 12,400 checkout attempts failed over 39 minutes, 38% of the traffic at the peak. 1,130 orders were queued ' +
    'and completed later; no payment was charged twice and no data was lost.',
  responders: 'Alice Smith (incident commander), Bob Jones (checkout API), Carol White (scribe).',
  'root-cause':
    'The pool size is set in a shared template that renders the config of every service. The review of the template ' +
    'change showed the template diff only, not the rendered config of each service it changed, so its effect on ' +
    'the checkout API was not visible to the reviewers.',
  trigger: 'The deploy of config version 2025.01.05-3 at 14:02 UTC, which carried the new default to the checkout API.',
  resolution:
    'The rollback to config version 2025.01.05-2 at 14:41 UTC restored the pool of 200 connections; ' +
    'the queued orders were replayed by 15:11 UTC.',
  detection:
    'The checkout availability alert fired at 14:11 UTC, nine minutes after the deploy, and paged the on-call ' +
    'engineer.',
  'what went well': 'The availability alert fired within nine minutes, and the rollback runbook worked as written.',
  'what went wrong':
    'The config review showed the template change but not the rendered config of the services it changed.',
  'where we got lucky': 'The incident started after the lunch peak, when traffic was at a third of its daily high.',
  timeline: TIMELINE,
  'action-items': ACTION_ITEMS.map((item) => {
    const { 'action item': text, owner, due } = item;
    return `- [ ] ${text}. Owner: ${owner}, due ${due}`;
  }).join('\n'),
  supporting: [
    '- [Checkout availability dashboard](https://grafana.example.com/d/checkout)',
    '- The incident channel: #inc-2025-014',
  ].join('\n'),
};

/** A table of action items filled with `ACTION_ITEMS`, one cell per column the template's header names. */
function fillActionTable(header: string, separator: string): string[] {
  const columns = header
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim().toLowerCase());
  const row = (item: Readonly<Record<string, string>>) => {
    const cells = columns.map((column) => {
      const value = item[column];
      if (value === undefined) throw new Error(`no value for the action-item column "${column}"`);
      return value;
    });
    return `| ${cells.join(' | ')} |`;
  };
  return [header, separator, ...ACTION_ITEMS.map(row)];
}

/**
 * A built-in template filled in as a person would: the placeholders, and in every section the
 * guidance comment replaced with what that section says (an action-item table gets rows).
 */
function fillInTemplate(template: string): string {
  const filled = fillTemplate(template, VARIABLES);
  const { sections } = analyze(filled, { config: DEFAULT_CONFIG, path: 'x.postmortem.md' });
  const kinds = new Map(sections.map((section) => [section.title, section.kind]));
  const [frontMatter, body] = [FRONT_MATTER.exec(filled)![0], filled.replace(FRONT_MATTER, '')];
  const parts = body.split(/^(?=#{1,6} )/m);
  return (
    frontMatter +
    parts
      .map((part) => {
        const [heading = '', ...rest] = part.split('\n');
        const title = heading.replace(/^#+ /, '');
        const content = rest
          .join('\n')
          .replace(/<!--[\s\S]*?-->\n?/g, '')
          .trim();
        if (!heading.startsWith('#') || title === VARIABLES.title) return part;
        const table = /^(\|.*\|)\n(\|[ :|-]+\|)$/m.exec(content);
        if (table) return `${heading}\n\n${fillActionTable(table[1]!, table[2]!).join('\n')}\n\n`;
        if (content !== '') throw new Error(`unexpected text under "${title}": ${content}`);
        const text = SECTION_TEXT[title.toLowerCase()] ?? SECTION_TEXT[kinds.get(title) ?? 'other'];
        const isParent = rest.join('\n').trim() === '';
        if (text === undefined && isParent) return part;
        if (text === undefined) throw new Error(`no text for the section "${title}"`);
        return `${heading}\n\n${text}\n\n`;
      })
      .join('')
  );
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

describe('templates', () => {
  describe('fillTemplate', () => {
    it('replaces the variables it is given and leaves other placeholders as written', () => {
      const filled = fillTemplate(
        '# {{title}} ({{ id }})\n\n{{unknown}} on {{date}}, {{year}}; {{title}}\n',
        VARIABLES,
      );
      assert.equal(
        filled,
        '# Checkout API returned 503s (INC-2025-014)\n\n{{unknown}} on 2025-01-05, 2025; Checkout API returned 503s\n',
      );
    });

    it('removes the declaration line, so the postmortem starts with its front matter', () => {
      const filled = fillTemplate(
        '<!-- template: Mine — short -->\n---\ntitle: {{title}}\n---\n# {{title}}\n',
        VARIABLES,
      );
      assert.equal(filled, '---\ntitle: Checkout API returned 503s\n---\n# Checkout API returned 503s\n');
    });

    it('writes whole front-matter values as YAML scalars, quoted where needed, and an empty value as no value', () => {
      const title = 'Checkout: "503s" #2 — Café';
      const template =
        '---\ntitle: {{title}}\nid: {{id}}\nseverity: {{severity}}\nauthors:\n  - {{author}}\nkey: ' +
        'INC-{{year}}\n---\n# {{title}}\n';
      const filled = fillTemplate(template, { ...VARIABLES, title, severity: '', author: 'yes' });
      const data = frontMatterOf(filled);
      assert.equal(data['title'], title);
      assert.equal(data['id'], 'INC-2025-014');
      assert.equal(data['severity'], null);
      assert.deepEqual(data['authors'], ['yes']);
      assert.equal(data['key'], 'INC-2025', 'a placeholder inside a value is replaced as written');
      assert.match(filled, /\nseverity:\n/);
      assert.ok(filled.endsWith(`# ${title}\n`), 'the body takes the value as written');
    });

    it('leaves out a list item whose value is empty, rather than writing a null into the list', () => {
      const filled = fillTemplate('---\nauthors:\n  - {{author}}\nstatus: draft\n---\n', { author: '' });
      assert.equal(filled, '---\nauthors:\nstatus: draft\n---\n');
      assert.equal(frontMatterOf(filled)['authors'], null);
    });
  });

  describe('names', () => {
    const declared = "<!-- template: Google SRE style — the format of  Google's SRE book -->\n---\n";

    it('takes the declared name and description, or the file name', () => {
      assert.deepEqual(describeTemplate('google-sre.md', declared), {
        id: 'google-sre',
        name: 'Google SRE style',
        description: "the format of Google's SRE book",
      });
      assert.deepEqual(describeTemplate('team/Ours.md', '<!-- template: Ours -->\n'), {
        id: 'Ours',
        name: 'Ours',
        description: undefined,
      });
      assert.equal(templateName('dir/quick.md', '---\ntype: postmortem\n---\n'), 'quick');
      assert.equal(templateName('x.md', '# Title\n<!-- template: Late -->\n'), 'x', 'only on the first line');
    });

    it('matches a query against the file name or the declared name, ignoring case', () => {
      const info = describeTemplate('google-sre.md', declared);
      for (const query of ['google-sre', 'GOOGLE-SRE', 'google sre style', ' Google SRE style '])
        assert.ok(templateMatches(info, query), query);
      assert.ok(!templateMatches(info, 'google'));
    });
  });

  describe('slugify and file names', () => {
    it('makes lower-case ASCII slugs', () => {
      const cases: [string, string][] = [
        ['Checkout API returned 503s', 'checkout-api-returned-503s'],
        ['  DB   failover -- took 3h!  ', 'db-failover-took-3h'],
        ['Café crème brûlée', 'cafe-creme-brulee'],
        ['Straße, Ærø and Łódź', 'strasse-aero-and-lodz'],
        ['ﬁle ①', 'file-1'],
        ['🔥 Database down 🔥', 'database-down'],
        ['数据库 outage', 'outage'],
        ['Сбой базы данных', 'postmortem'],
        ['', 'postmortem'],
        ['!!!', 'postmortem'],
      ];
      for (const [title, slug] of cases) assert.equal(slugify(title), slug, title);
    });

    it('keeps slugs to 60 characters, cut at a word where one is near', () => {
      const slug = slugify('The primary database cluster in the eu-west-1 region ran out of disk space overnight');
      assert.equal(slug, 'the-primary-database-cluster-in-the-eu-west-1-region-ran-out');
      assert.ok(slug.length <= 60);
      const word = slugify('a'.repeat(100));
      assert.equal(word, 'a'.repeat(60));
    });

    it('names a postmortem by its date and slug', () => {
      assert.equal(
        postmortemFileName('2025-01-05', 'Checkout API returned 503s'),
        '2025-01-05-checkout-api-returned-503s.postmortem.md',
      );
      assert.equal(postmortemFileName('2025-01-05', '🔥'), '2025-01-05-postmortem.postmortem.md');
    });

    it('never reuses a taken name: -2, -3 before the extension', () => {
      const taken = new Set(['p/2025-01-05-x.postmortem.md', 'p/2025-01-05-x-2.postmortem.md', 'a.b/notes.md']);
      const exists = (name: string) => taken.has(name);
      assert.equal(uniqueFileName('p/2025-01-06-x.postmortem.md', exists), 'p/2025-01-06-x.postmortem.md');
      assert.equal(uniqueFileName('p/2025-01-05-x.postmortem.md', exists), 'p/2025-01-05-x-3.postmortem.md');
      assert.equal(uniqueFileName('a.b/notes.md', exists), 'a.b/notes-2.md');
      assert.equal(
        uniqueFileName('README', (name) => name === 'README'),
        'README-2',
      );
    });
  });

  describe('ids', () => {
    it('starts at INC-<year>-001', () => {
      assert.equal(nextId([], 2025), 'INC-2025-001');
      assert.equal(nextId(['not an id', ''], 2025), 'INC-2025-001');
    });

    it('follows the workspace pattern, keeping zero padding', () => {
      assert.equal(nextId(['INC-2025-007', 'INC-2025-012', 'INC-2025-003'], 2025), 'INC-2025-013');
      assert.equal(nextId(['PM-9', 'PM-12', 'PM-3'], 2025), 'PM-13');
      assert.equal(nextId(['2025-003', '2025-001'], 2025), '2025-004');
      assert.equal(nextId(['INC-0099'], 2025), 'INC-0100');
      assert.equal(nextId(['INC-999'], 2025), 'INC-1000');
      assert.equal(nextId(['incident-2025-01'], 2025), 'incident-2025-02');
    });

    it('restarts the numbering in a new year when the pattern has a year', () => {
      assert.equal(nextId(['INC-2024-031', 'INC-2024-032'], 2025), 'INC-2025-001');
      assert.equal(nextId(['INC-2024-031', 'INC-2025-002'], 2025), 'INC-2025-003');
      assert.equal(nextId(['2024-017'], 2025), '2025-001');
    });

    it('takes the most common pattern; on a tie, one with a year, the latest year, then the highest number', () => {
      assert.equal(nextId(['PM-1', 'PM-2', 'INC-2025-005'], 2025), 'PM-3');
      assert.equal(nextId(['PM-40', 'INC-2025-005'], 2025), 'INC-2025-006');
      assert.equal(nextId(['INC-2024-009', 'OUT-2025-001'], 2025), 'OUT-2025-002');
      assert.equal(nextId(['PM-40', 'OPS-7'], 2025), 'PM-41');
    });

    it('reads a document front matter id', () => {
      assert.equal(documentId('---\ntype: postmortem\nid: INC-2025-014\n---\n# x\n'), 'INC-2025-014');
      assert.equal(documentId('---\nid: "PM-7"  # ours\n---\n'), 'PM-7');
      assert.equal(documentId('# x\n\nid: PM-7\n'), undefined);
      assert.equal(documentId('---\nid:\n---\n'), undefined);
    });
  });

  describe('built-in templates', () => {
    const folder = builtInTemplatesFolder()!;
    const expected: Record<string, string[]> = {
      'google-sre': [
        'other',
        'summary',
        'impact',
        'root-cause',
        'trigger',
        'resolution',
        'detection',
        'action-items',
        'lessons',
        'lessons',
        'lessons',
        'lessons',
        'timeline',
        'supporting',
      ],
      pagerduty: [
        'other',
        'summary',
        'summary',
        'impact',
        'other',
        'timeline',
        'root-cause',
        'resolution',
        'lessons',
        'lessons',
        'action-items',
      ],
      lightweight: ['other', 'summary', 'impact', 'timeline', 'root-cause', 'action-items'],
    };

    it('are found beside package.json, each with a declared name and description', () => {
      const templates = readTemplates(join(folder, 'no-team-folder'), folder);
      assert.deepEqual(
        templates.map((template) => [template.info.id, template.info.name, template.source]),
        [
          ['google-sre', 'Google SRE style', 'built-in'],
          ['lightweight', 'Lightweight', 'built-in'],
          ['pagerduty', 'PagerDuty style', 'built-in'],
        ],
      );
      for (const template of templates) assert.ok((template.info.description ?? '').length > 20, template.info.id);
    });

    for (const [id, kinds] of Object.entries(expected)) {
      it(`${id}: fills every placeholder, lints with no errors, and its sections are recognised`, () => {
        const filled = fillTemplate(readFileSync(join(folder, `${id}.md`), 'utf8'), VARIABLES);
        assert.ok(!filled.includes('{{'), 'no placeholder left');
        assert.ok(filled.startsWith('---\ntype: postmortem\n'));
        assert.deepEqual(frontMatterOf(filled), {
          type: 'postmortem',
          id: VARIABLES.id,
          title: VARIABLES.title,
          status: 'draft',
          severity: 'SEV2',
          date: '2025-01-05',
          timezone: 'UTC',
          authors: ['Alice Smith'],
          ...(id === 'lightweight' ? {} : { owner: 'Alice Smith', services: [], tags: [] }),
        });
        const analysis = analyze(filled, { config: DEFAULT_CONFIG, path: 'postmortems/2025-01-05-x.postmortem.md' });
        assert.ok(analysis.isPostmortem);
        assert.deepEqual(
          analysis.findings
            .filter((finding) => finding.severity === 'error')
            .map((finding) => `${finding.ruleId}: ${finding.message}`),
          [],
        );
        assert.ok(
          analysis.findings.every(
            (finding) => finding.ruleId === 'required-sections' && /is empty/.test(finding.message),
          ),
          'only empty-section warnings',
        );
        assert.deepEqual(analysis.missingSections, []);
        assert.deepEqual(
          analysis.sections.map((section) => section.kind),
          kinds,
        );
        assert.equal(analysis.title, VARIABLES.title);
      });
    }

    describe('filled in properly', () => {
      before(() => setClock(() => Date.UTC(2025, 0, 12, 9)));
      after(() => setClock());

      for (const id of Object.keys(expected)) {
        it(`${id}: lints clean, every action item with its owner and due date`, () => {
          const text = fillInTemplate(readFileSync(join(folder, `${id}.md`), 'utf8'));
          const analysis = analyze(text, { config: DEFAULT_CONFIG, path: 'postmortems/2025-01-05-x.postmortem.md' });
          const line = (finding: (typeof analysis.findings)[number]) => finding.range.start.line + 1;
          const findings = analysis.findings.map((finding) => `${line(finding)} ${finding.ruleId}: ${finding.message}`);
          assert.deepEqual(findings, []);
          assert.deepEqual(
            analysis.actionItems.map((item) => [item.owners, item.due]),
            ACTION_ITEMS.map((item) => [[item['owner']], item['due']]),
          );
          assert.equal(analysis.timeline.length, 5);
          assert.ok(
            analysis.sections.every((section) => !section.empty),
            'every section is filled',
          );
        });
      }
    });

    it('fill without a severity into a front matter that still lints', () => {
      const filled = fillTemplate(readFileSync(join(folder, 'lightweight.md'), 'utf8'), { ...VARIABLES, severity: '' });
      const analysis = analyze(filled, { config: DEFAULT_CONFIG, path: 'x.postmortem.md' });
      assert.deepEqual(
        analysis.findings.filter((finding) => finding.severity === 'error'),
        [],
      );
    });
  });
});
