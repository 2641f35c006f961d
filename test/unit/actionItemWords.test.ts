// The action-item vocabularies (src/core/actionItems/words.ts): every entry has a note and an
// example whose one item its words make what the note says.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import * as vocabularies from '../../src/core/actionItems/words';
import type { ItemWords, StatusWords } from '../../src/core/actionItems/words';

const PRIORITY_ENTRIES: readonly ItemWords[] = [
  vocabularies.PRIORITY_LABELS,
  vocabularies.PRIORITY_NUMBERS,
  vocabularies.SHOUTED_LEVELS,
  vocabularies.LABELLED_LEVELS,
];

function entries(): [string, ItemWords][] {
  return Object.entries(vocabularies).filter(
    (entry): entry is [string, ItemWords] =>
      typeof entry[1] === 'object' && !Array.isArray(entry[1]) && 'words' in entry[1],
  );
}

describe('action-item vocabularies (actionItems/words.ts)', () => {
  for (const [name, entry] of entries()) {
    it(`${name}: a note, and an example with one item that its words make what the note says`, () => {
      assert.ok(entry.note.trim() !== '' && entry.words.length > 0, 'a note and words');
      assert.ok(
        entry.words.every((word) => word === word.toLowerCase()),
        'words in lower case',
      );
      const found = parsePostmortem(entry.example).actionItems;
      assert.equal(found.length, 1, `one item in: ${entry.example}`);
      const item = found[0]!;
      if ('status' in entry) assert.equal(item.status, (entry as StatusWords).status, entry.example);
      if (PRIORITY_ENTRIES.includes(entry)) assert.ok(item.priority, `a priority in: ${entry.example}`);
      if (entry === vocabularies.SCHEDULE_FIELDS || entry === vocabularies.PERIOD_FIELDS)
        assert.deepEqual(item.owners, ['Sam'], entry.example);
    });
  }

  it('builds one alternation of the words, longest first, blanks and apostrophes as written in prose', () => {
    const pattern = new RegExp(
      `^(?:${vocabularies.alternation([{ words: ["won't fix", 'won', 'in progress'], note: '', example: '' }])})$`,
    );
    for (const text of ["won't fix", 'won\u2019t  fix', 'won', 'in\tprogress']) assert.ok(pattern.test(text), text);
    assert.equal(pattern.test('wont fix'), false);
  });

  it('looks cheaply for the words anywhere, and finds none in text without them', () => {
    const hint = vocabularies.hintOf([vocabularies.FUTURE_MODALS, vocabularies.NEGATED_MODALS]);
    for (const text of ['We\u2019ll add it', 'the team WILL add it', "we won't", 'willingly'])
      assert.ok(hint.test(text));
    assert.equal(hint.test('We added an alert on queue depth.'), false);
  });
});
