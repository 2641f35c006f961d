// Every registered rule is complete: its id in the ids list, its page, its README row, its tests;
// and the severity and fixability its page and row state are the rule's own.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/core/vocabulary/terms';
import { RULES } from '../../src/core/rules/index';

const projectRoot = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const pagePath = (id: string) => `docs/rules/${id}.md`;
const testPath = (id: string) => `test/unit/rules/${id}.test.ts`;

interface ReadmeRow {
  readonly id: string;
  readonly link: string;
  readonly severity: string;
  readonly fix: string;
}

/** The rows of the README's rule table: | [`id`](link) | default | flags | fix |. */
function readmeRows(): ReadmeRow[] {
  return read('README.md')
    .split('\n')
    .filter((line) => line.startsWith('| [`'))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      const [, id, link] = /^\[`([^`]+)`\]\(([^)]+)\)$/.exec(cells[0]!) ?? [];
      return { id: id ?? cells[0]!, link: link ?? '', severity: cells[1]!, fix: cells.at(-1)! };
    });
}

/** What a rule's page states in its opening list: `- Default severity: **warning** ...` and `- Quick fix: ...`. */
function pageStatements(id: string): { severity: string | undefined; fix: string | undefined } {
  const page = read(pagePath(id));
  return {
    severity: /^- Default severity: \*\*(\w+)\*\*/m.exec(page)?.[1],
    fix: /^- Quick fix: (.*)$/m.exec(page)?.[1],
  };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the rule registry', () => {
  it('holds each rule once, with the ids the configuration accepts', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(sorted(ids), sorted(RULE_IDS));
  });

  it('gives every rule a description and a default severity', () => {
    for (const rule of RULES) {
      assert.ok(rule.description.length > 10, rule.id);
      assert.ok(['error', 'warning', 'info'].includes(rule.defaultSeverity), rule.id);
    }
  });

  it('has a page, a README row and a test file for every rule, and none for a rule it does not hold', () => {
    const ids = sorted(RULES.map((rule) => rule.id));
    assert.deepEqual(
      sorted(readdirSync(join(projectRoot, 'docs', 'rules')).map((name) => name.replace(/\.md$/, ''))),
      ids,
      'docs/rules/',
    );
    assert.deepEqual(sorted(readmeRows().map((row) => row.id)), ids, "the README's rule table");
    assert.deepEqual(
      sorted(
        readdirSync(join(projectRoot, 'test', 'unit', 'rules'))
          .filter((name) => name.endsWith('.test.ts'))
          .map((name) => name.replace(/\.test\.ts$/, '')),
      ),
      ids,
      'test/unit/rules/',
    );
    const configurationDocs = read('docs/configuration.md');
    for (const id of ids)
      assert.ok(configurationDocs.includes(`\`${id}\``), `docs/configuration.md does not list ${id}`);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it(
        `has its page, stating its default severity (${rule.defaultSeverity}) ` +
          `and that it has ${rule.fixable ? 'a quick fix' : 'no quick fix'}`,
        () => {
          assert.match(read(pagePath(rule.id)), new RegExp(`^# ${rule.id}\n`));
          const stated = pageStatements(rule.id);
          assert.equal(
            stated.severity,
            rule.defaultSeverity,
            `${pagePath(rule.id)}: "- Default severity: **${rule.defaultSeverity}**"`,
          );
          assert.ok(stated.fix !== undefined, `${pagePath(rule.id)}: no "- Quick fix:" line`);
          assert.equal(
            !stated.fix.startsWith('none'),
            rule.fixable,
            `${pagePath(rule.id)}: "- Quick fix: ${stated.fix}"`,
          );
        },
      );

      it(
        'has its README row, linking its page, with its default severity and, when it has a quick ' +
          'fix, what the fix does',
        () => {
          const row = readmeRows().find((candidate) => candidate.id === rule.id);
          assert.ok(row, `no README row for ${rule.id}`);
          assert.equal(row.link, pagePath(rule.id));
          assert.equal(row.severity, rule.defaultSeverity);
          assert.equal(row.fix !== '', rule.fixable, `the fix column: "${row.fix}"`);
        },
      );

      it('has its tests on the rule-test harness', () => {
        assert.ok(existsSync(join(projectRoot, testPath(rule.id))), `no ${testPath(rule.id)}`);
        assert.ok(
          read(testPath(rule.id)).includes(`testRule('${rule.id}'`),
          `${testPath(rule.id)} does not call testRule('${rule.id}', ...)`,
        );
      });
    });
  }
});
