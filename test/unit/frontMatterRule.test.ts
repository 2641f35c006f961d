import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import type { PostmortemConfig } from '../../src/core/config/types';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/model/parse';
import { rule } from '../../src/core/rules/front-matter';

function check(frontMatter: string, config: PostmortemConfig = DEFAULT_CONFIG) {
  const text = `---\n${frontMatter}\n---\n# Title\n`;
  const findings = rule.check(parsePostmortem(text, { config }), config);
  return findings.map((finding) => ({
    message: finding.message,
    line: finding.range.start.line,
    column: finding.range.start.character,
    slice: text.slice(finding.range.start.offset, finding.range.end.offset),
    severity: finding.severity,
    fixed: finding.fix && applyEdits(text, finding.fix.edits).split('\n').slice(1, -3).join('\n'),
  }));
}

describe('front-matter', () => {
  it('does not flag the recommended front matter', () => {
    const text = [
      'type: postmortem',
      'title: Checkout API returned 503s',
      'id: INC-2025-014',
      'status: draft',
      'severity: SEV2',
      'date: 2025-01-05',
      'timezone: UTC',
      'authors: [alice, bob]',
      'owner: alice',
      'services: [checkout-api]',
      'tags: [database, config-change]',
      'related: [INC-2024-101]',
      'custom-field: {anything: goes}',
    ].join('\n');
    assert.deepEqual(check(text), []);
  });

  it('accepts values in another case, a single value for a list field, empty values and post-mortem', () => {
    assert.deepEqual(check('status: Draft\nseverity: sev1\nauthors: alice\ntags:\ntype: Post-Mortem\nid: 14'), []);
  });

  it('does nothing without front matter', () => {
    assert.deepEqual(rule.check(parsePostmortem('# Title\n'), DEFAULT_CONFIG), []);
  });

  it('reports invalid YAML at its position', () => {
    const findings = check('title: a\ntitle: b');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /^Invalid front matter: Map keys must be unique/);
    assert.equal(findings[0]!.line, 2);
  });

  it('flags an unknown status with the allowed values, and fixes an obvious one', () => {
    assert.deepEqual(check('status: in review'), [
      {
        message: 'Unknown status "in review"; expected one of: draft, in-review, reviewed, published, closed',
        line: 1,
        column: 8,
        slice: 'in review',
        severity: undefined,
        fixed: 'status: in-review',
      },
    ]);
    const [unclear] = check('status: wip');
    assert.equal(unclear!.fixed, undefined);
  });

  it('flags an unknown severity and keeps the quotes of the fixed value', () => {
    assert.equal(check('severity: "sev 2"')[0]!.fixed, 'severity: "SEV2"');
    assert.equal(check('severity: 3')[0]!.fixed, 'severity: SEV3');
    assert.equal(check('severity: critical')[0]!.message, 'Unknown severity "critical"; expected one of: SEV1, SEV2, SEV3, SEV4');
  });

  it('uses the configured scale and status values', () => {
    const config = { ...DEFAULT_CONFIG, severityScale: ['P0', 'P1'], statusValues: ['open', 'done'] };
    assert.deepEqual(check('severity: P1\nstatus: done', config), []);
    assert.deepEqual(
      check('severity: SEV1\nstatus: draft', config).map((finding) => finding.slice),
      ['SEV1', 'draft'],
    );
  });

  it('flags malformed and impossible dates, fixing the obvious ones', () => {
    assert.deepEqual(
      check('date: 2025/1/5').map((finding) => [finding.message, finding.fixed]),
      [['Malformed date "2025/1/5": expected a real date as YYYY-MM-DD', 'date: 2025-01-05']],
    );
    assert.equal(check('date: 2025-01-05T14:00Z')[0]!.fixed, 'date: 2025-01-05');
    for (const date of ['2025-02-30', '2023-02-29', '2025-13-01', 'January 5', '20250105', '2025-1-5x']) {
      const findings = check(`date: ${date}`);
      assert.equal(findings.length, 1, date);
      assert.equal(findings[0]!.fixed, undefined, date);
    }
    assert.deepEqual(check('date: 2024-02-29'), []);
  });

  it('flags a type other than postmortem as a warning', () => {
    assert.deepEqual(
      check('type: incident').map((finding) => [finding.message, finding.severity, finding.fixed]),
      [['"type" is "incident"; a postmortem\'s type is "postmortem"', 'warning', undefined]],
    );
    assert.equal(check('type: postmortum')[0]!.fixed, 'type: postmortem');
  });

  it('flags values of the wrong type at the value', () => {
    assert.deepEqual(
      check('authors: {lead: alice}\ntags: [[a]]\ntitle: [a, b]\nstatus: {x: 1}').map((finding) => [finding.message, finding.line]),
      [
        ['"authors" must be a list of values or a single value', 1],
        ['"tags" must be a list of values or a single value', 2],
        ['"title" must be a single value, not a list', 3],
        ['"status" must be a single value, not a mapping', 4],
      ],
    );
  });
});
