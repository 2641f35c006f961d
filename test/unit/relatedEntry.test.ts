// Add to Related: the id lands in the front matter's `related:` list as the smallest edit, in the list's own style.
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { relatedEntryInsertion, relatedEntryReplacement } from '../../src/core/edits/relatedEntry';
import { parsePostmortem } from '../../src/core/analysis/parse';

function added(text: string, value: string): string | undefined | { refused: string } {
  const edit = relatedEntryInsertion(parsePostmortem(text, { config: DEFAULT_CONFIG }), value);
  return edit && 'refused' in edit ? edit : edit && applyEdits(text, [edit]);
}

const BODY = '# Outage\n\nText.\n';

describe('Add to Related: the edit of related: in the front matter', () => {
  const cases: [string, string, string][] = [
    ['a [...] list', '---\ntitle: X\nrelated: [INC-1]\n---\n', '---\ntitle: X\nrelated: [INC-1, INC-2]\n---\n'],
    ['an empty [] list', '---\nrelated: []\nstatus: draft\n---\n', '---\nrelated: [INC-2]\nstatus: draft\n---\n'],
    ['a [...] list with spaces', '---\nrelated: [ INC-1 ]\n---\n', '---\nrelated: [ INC-1, INC-2 ]\n---\n'],
    [
      'a block list',
      '---\nrelated:\n  - INC-1\n  - INC-3\nstatus: draft\n---\n',
      '---\nrelated:\n  - INC-1\n  - INC-3\n  - INC-2\nstatus: draft\n---\n',
    ],
    ['one value', '---\nrelated: INC-1 # the first\n---\n', '---\nrelated: [INC-1, INC-2] # the first\n---\n'],
    ['an empty value', '---\nrelated:\nstatus: draft\n---\n', '---\nrelated: [INC-2]\nstatus: draft\n---\n'],
    ['no related: line', '---\ntitle: X\n---\n', '---\ntitle: X\nrelated: [INC-2]\n---\n'],
    ['no front matter', '', '---\nrelated: [INC-2]\n---\n\n'],
    ['CRLF line ends', '---\r\ntitle: X\r\n---\r\n', '---\r\ntitle: X\r\nrelated: [INC-2]\r\n---\r\n'],
  ];
  for (const [name, before, after] of cases)
    it(`adds the id to ${name}, changing nothing else`, () => {
      assert.equal(added(`${before}${BODY}`, 'INC-2'), `${after}${BODY}`);
    });

  it('quotes a path that a [...] list would read otherwise', () => {
    assert.equal(
      added(`---\nrelated: [INC-1]\n---\n${BODY}`, 'postmortems/a, b.md'),
      `---\nrelated: [INC-1, "postmortems/a, b.md"]\n---\n${BODY}`,
    );
  });

  it('leaves a list that holds the id already as it is', () => {
    assert.equal(added(`---\nrelated: [INC-1, INC-2]\n---\n${BODY}`, 'INC-2'), undefined);
  });

  it('refuses front matter whose YAML has errors, saying why', () => {
    assert.deepEqual(added(`---\nrelated: [INC-1\n---\n${BODY}`, 'INC-2'), {
      refused: 'The front matter has errors; fix them before adding a related postmortem.',
    });
  });
});

describe('keeping related: in step: the edit after a postmortem id or path changed', () => {
  const parse = (text: string) => parsePostmortem(text, { config: DEFAULT_CONFIG });
  const replacedAll = (text: string, replacements: readonly { from: string; to: string }[]) => {
    const result = relatedEntryReplacement(parse(text), replacements);
    return 'edits' in result ? applyEdits(text, result.edits) : result;
  };
  const replaced = (text: string, from: string, to: string) => replacedAll(text, [{ from, to }]);

  it('writes the new id in place of the old one in a [...] list, a block list and one value, and nothing else', () => {
    assert.equal(
      replaced(`---\nrelated: [INC-1, INC-2]\n---\n${BODY}`, 'INC-1', 'INC-9'),
      `---\nrelated: [INC-9, INC-2]\n---\n${BODY}`,
    );
    assert.equal(
      replaced(`---\nrelated:\n  - INC-2\n  - INC-1\n---\n${BODY}`, 'INC-1', 'INC-9'),
      `---\nrelated:\n  - INC-2\n  - INC-9\n---\n${BODY}`,
    );
    assert.equal(replaced(`---\nrelated: INC-1\n---\n${BODY}`, 'INC-1', 'INC-9'), `---\nrelated: INC-9\n---\n${BODY}`);
    assert.equal(
      replaced(`---\nrelated: [INC-2]\n---\n${BODY}`, 'INC-1', 'INC-9'),
      `---\nrelated: [INC-2]\n---\n${BODY}`,
    );
  });

  it('keeps each entry’s quotes, the comments, the spacing and the other fields byte for byte', () => {
    const before =
      '---\r\ntitle:   "Cache outage"  # shown in the views\r\nrelated:\r\n  - \'../2024/db.md\'   # the first\r\n' +
      '  - "../2024/queue.md"\r\n  - INC-7\r\n  -   ../2024/db.md\r\nseverity: SEV2\r\n---\r\n';
    assert.equal(
      replacedAll(`${before}${BODY}`, [
        { from: '../2024/db.md', to: '../../2024/db.md' },
        { from: '../2024/queue.md', to: '../../2024/queue.md' },
      ]),
      '---\r\ntitle:   "Cache outage"  # shown in the views\r\nrelated:\r\n  - \'../../2024/db.md\'   # the first\r\n' +
        '  - "../../2024/queue.md"\r\n  - INC-7\r\n  -   ../../2024/db.md\r\nseverity: SEV2\r\n---\r\n' +
        BODY,
    );
    assert.equal(
      replaced(`---\nrelated: [ 'INC-1' ,"INC-2",INC-3 ]\n---\n${BODY}`, 'INC-1', "it's.md"),
      `---\nrelated: [ 'it''s.md' ,"INC-2",INC-3 ]\n---\n${BODY}`,
    );
    assert.equal(
      replaced(`---\nrelated: [ 'INC-1' ,"INC-2",INC-3 ]\n---\n${BODY}`, 'INC-2', 'a, "b".md'),
      `---\nrelated: [ 'INC-1' ,"a, \\"b\\".md",INC-3 ]\n---\n${BODY}`,
    );
    // A plain value that a list would read otherwise is quoted.
    assert.equal(
      replaced(`---\nrelated: [INC-1]\n---\n${BODY}`, 'INC-1', 'a, b.md'),
      `---\nrelated: ["a, b.md"]\n---\n${BODY}`,
    );
  });

  it('never rewrites front matter whose YAML has errors or warnings, saying why', () => {
    for (const broken of [
      '---\nrelated: [INC-1\n---\n',
      '---\nrelated: [INC-1]\nrelated: [INC-1]\n---\n',
      '---\n- INC-1\n---\n',
      '---\nrelated: [INC-1]\n\tstatus: draft\n---\n',
    ])
      assert.deepEqual(replaced(`${broken}${BODY}`, 'INC-1', 'INC-9'), {
        refused: 'The front matter has errors; fix them, then write the related postmortems again.',
      });
  });

  it('refuses an edit that would not read back as the same front matter with the new entries', () => {
    // The entry is an anchor that another field repeats: writing it would change that field too.
    assert.deepEqual(replaced(`---\nrelated: [&first INC-1]\nparent: *first\n---\n${BODY}`, 'INC-1', 'INC-9'), {
      refused: 'The front matter would not read back with the new related: entries; nothing was changed.',
    });
  });
});
