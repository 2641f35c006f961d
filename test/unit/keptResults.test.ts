import * as assert from 'node:assert/strict';
import { lintDocument } from '../../src/core/analysis/lint';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { MarkdownCache } from '../../src/core/model/markdown';
import type { PostmortemConfig } from '../../src/core/vocabulary/terms';

const TABLES = 'action-item tables';

function postmortem(options: { heading?: string; frontMatter?: string[]; above?: string[]; rows?: string[] } = {}) {
  return [
    '---',
    'type: postmortem',
    ...(options.frontMatter ?? ['date: 2024-03-04', 'authors: [carol]']),
    '---',
    '# Checkout outage',
    '',
    '## Summary',
    '',
    'Checkout failed for an hour.',
    '',
    ...(options.above ?? []),
    `## ${options.heading ?? 'Action items'}`,
    '',
    '| Action | Owner | Due |',
    '| --- | --- | --- |',
    ...(options.rows ?? [
      '| Add an alert on [queue depth][runbook] | @bob | Nov 3 |',
      '| Cap retries in the client | TBD | by Friday |',
      '| Review the pool size | Dana | 2024-05-01 |',
    ]),
    '',
    '[runbook]: https://example.com/runbook',
    '',
  ].join('\n');
}

/** The findings and action items of a version, read with the cache and afresh: they must be the same. */
function readBoth(text: string, cache: MarkdownCache, config: PostmortemConfig = DEFAULT_CONFIG) {
  const kept = parsePostmortem(text, { config, cache });
  const fresh = parsePostmortem(text, { config });
  return {
    kept: { findings: lintDocument(kept, config), items: kept.actionItems },
    fresh: { findings: lintDocument(fresh, config), items: fresh.actionItems },
  };
}

describe("kept results: what later steps read from a document's blocks, kept between its versions", () => {
  it('gives the findings and action items of a fresh lint after edits that change a table or its context', () => {
    const aliased: PostmortemConfig = { ...DEFAULT_CONFIG, ownerAliases: { bob: '@robert' } };
    const versions: [string, PostmortemConfig?][] = [
      [postmortem()],
      // The table moves down, by lines and by characters.
      [postmortem({ above: ['A paragraph added above the table.', ''] })],
      // The section no longer lists action items: the table is read as one anywhere else is.
      [postmortem({ heading: 'Root cause' })],
      [postmortem({ heading: 'Completed action items' })],
      [postmortem()],
      // Due dates without a year are read by the postmortem's date.
      [postmortem({ frontMatter: ['date: 2019-10-01', 'authors: [carol]'] })],
      [postmortem({ frontMatter: ['authors: [carol]'] })],
      // A new owner in the front matter, then a configured alias.
      [postmortem({ frontMatter: ['date: 2024-03-04', 'authors: [carol, Dana Smith]', 'owner: "@bob"'] })],
      [postmortem(), aliased],
      [postmortem()],
      // The reference the first row's link needs is gone: a paragraph line defines nothing.
      [postmortem().replace('\n\n[runbook]:', '\n\nSee\n[runbook]:')],
      [postmortem({ above: ['Owner: @erin', ''] })],
      [postmortem({ rows: ['| Add an alert | @bob | Nov 3 |', '| Cap retries | | |'] })],
    ];
    const cache = new MarkdownCache();
    for (const [index, [text, config]] of versions.entries()) {
      const { kept, fresh } = readBoth(text, cache, config);
      assert.deepEqual(kept, fresh, `version ${index}`);
    }
  });

  it("gives a fresh lint's blame findings when a block's section, the people named or the phrases change", () => {
    const blame = (heading: string, authors: string) =>
      [
        '---',
        'type: postmortem',
        `authors: [${authors}]`,
        '---',
        '# Certificate expiry',
        '',
        `## ${heading}`,
        '',
        'Sam forgot to renew the certificate, and the on-call engineer missed the alert.',
        '',
        '- Sam failed to check the [expiry][cal] date.',
        '',
        // Read as blame in a root cause only, and with `carol` one of the document's people only.
        'I was editing production directly. Then carol forgot to rotate the key.',
        '',
        '[cal]: https://example.com/calendar',
        '',
      ].join('\n');
    const flagging: PostmortemConfig = { ...DEFAULT_CONFIG, phrases: { flag: ['renew the certificate'], allow: [] } };
    const versions: [string, PostmortemConfig?][] = [
      [blame('Timeline', 'carol')],
      [blame('Root cause', 'carol')],
      [blame('Root cause', 'dana, Sam Lee')],
      [blame('Root cause', 'carol, Sam Lee')],
      [blame('Timeline', 'carol, Sam Lee')],
      [blame('Timeline', 'carol'), flagging],
      [blame('Timeline', 'carol').replace('\n\n[cal]:', '\n\nSee\n[cal]:')],
      [blame('Root cause', 'carol')],
    ];
    const cache = new MarkdownCache();
    const ruleIds = new Set<string>();
    for (const [index, [text, config]] of versions.entries()) {
      const { kept, fresh } = readBoth(text, cache, config);
      assert.deepEqual(kept.findings, fresh.findings, `version ${index}`);
      for (const finding of kept.findings) ruleIds.add(finding.ruleId);
    }
    assert.ok(ruleIds.has('human-error-root-cause') && ruleIds.has('blameful-language'), [...ruleIds].join(', '));
  });

  it('reads the owner, due date and link of a kept table anew from its context', () => {
    const cache = new MarkdownCache();
    readBoth(postmortem(), cache);
    const { kept } = readBoth(postmortem({ frontMatter: ['date: 2019-10-01'] }), cache);
    assert.deepEqual(
      kept.items.map((item) => item.due),
      ['2019-11-03', undefined, '2024-05-01'],
    );
    const aliased = readBoth(postmortem(), cache, { ...DEFAULT_CONFIG, ownerAliases: { bob: '@robert' } });
    assert.deepEqual(aliased.kept.items[0]?.owners, ['@robert']);
  });

  it('keeps only what the last version used, so that memory stays flat over many edits', () => {
    const cache = new MarkdownCache();
    const tables = cache.kept(TABLES);
    for (let edit = 0; edit < 30; edit++) {
      const rows = [`| Add alert number ${edit} | @bob | 2024-05-01 |`, '| Cap retries | @carol | 2024-05-02 |'];
      parsePostmortem(postmortem({ rows }), { config: DEFAULT_CONFIG, cache });
      // The table of this version, and that of the one before until the next begins.
      assert.ok(tables.size <= 2, `${tables.size} tables kept after edit ${edit}`);
    }
    parsePostmortem(postmortem({ rows: ['| Cap retries | @carol | 2024-05-02 |'] }), { config: DEFAULT_CONFIG, cache });
    parsePostmortem(postmortem({ rows: ['| Cap retries | @carol | 2024-05-02 |'] }), { config: DEFAULT_CONFIG, cache });
    assert.equal(tables.size, 1);
  });

  it('moves a kept item to where its table now stands', () => {
    const cache = new MarkdownCache();
    const first = parsePostmortem(postmortem(), { config: DEFAULT_CONFIG, cache });
    const moved = postmortem({ above: ['Two lines', 'added.', ''] });
    const second = parsePostmortem(moved, { config: DEFAULT_CONFIG, cache });
    const [before, after] = [first.actionItems[0]!, second.actionItems[0]!];
    assert.equal(after.range.start.line, before.range.start.line + 3);
    assert.equal(after.range.start.offset, moved.indexOf('| Add an alert'));
    assert.equal(after.ownerRange?.start.offset, moved.indexOf('@bob'));
    assert.equal(after.ownerInsertOffset, before.ownerInsertOffset + 'Two lines\nadded.\n\n'.length);
  });
});
