// Thirteen postmortems written for trying the product as a new user (test/fixtures/trial21), in the styles real teams
// use: Google SRE, PagerDuty, Atlassian, GitLab, a Jira/Confluence and a Notion export, a blog post, a status-page
// series, a terse note, a multi-day report, a security report, one in British English and one by a non-native
// speaker. expected.json holds what a careful reviewer reads in each, written down before the tool was run; a field
// the tool still reads wrongly is left out of an item and the fault is listed under the document's knownFaults.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';

interface Expected {
  readonly file: string;
  readonly sections: Readonly<Record<string, string>>;
  /** Null where the tool's count is still wrong (see knownFaults). */
  readonly timeline: number | null;
  readonly items: readonly {
    readonly line: number;
    readonly owners?: readonly string[];
    readonly due?: string | null;
    readonly status?: string;
  }[];
}

const FOLDER = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'trial21');
const documents = JSON.parse(readFileSync(join(FOLDER, 'expected.json'), 'utf8')) as Expected[];

describe('new-user postmortems (test/fixtures/trial21)', () => {
  for (const expected of documents) {
    it(`${expected.file}: section kinds, timeline entries, items' owners, due dates and status`, () => {
      const document = parsePostmortem(readFileSync(join(FOLDER, expected.file), 'utf8'), { config: DEFAULT_CONFIG });
      const kinds = Object.fromEntries(document.sections.map((section) => [section.title, section.kind]));
      for (const [title, kind] of Object.entries(expected.sections)) assert.equal(kinds[title], kind, title);
      if (expected.timeline !== null) assert.equal(document.timeline.length, expected.timeline, 'timeline entries');
      assert.deepEqual(
        document.actionItems.map((item) => item.range.start.line + 1),
        expected.items.map((item) => item.line),
        'items',
      );
      for (const [index, item] of expected.items.entries()) {
        const found = document.actionItems[index]!;
        const where = `${expected.file}:${item.line}`;
        if (item.owners) assert.deepEqual([...found.owners], item.owners, `owners at ${where}`);
        if (item.due !== undefined) assert.equal(found.due ?? null, item.due, `due at ${where}`);
        if (item.status) assert.equal(found.status, item.status, `status at ${where}`);
      }
    });
  }
});
