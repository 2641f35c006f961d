import * as assert from 'node:assert/strict';
import { relatedEntries } from '../../src/core/related/relatedEntries';
import { KnownPostmortems, listsRelated, RelatedMove } from '../../src/core/related/workspaceNames';

const FOLDER = 'file:///work/space/';
const EARLIER = `${FOLDER}postmortems/2024/lb%20certificate.md`;
const LATER = `${FOLDER}postmortems/2025/checkout.md`;

describe('related: what an entry names in the workspace', () => {
  const known = () =>
    new KnownPostmortems([
      { uri: EARLIER, id: 'INC-2024-101' },
      { uri: LATER, id: undefined },
    ]);

  it('names a postmortem by id, or by path from the document’s folder or the workspace folder', () => {
    const workspace = known().forDocument(LATER, FOLDER);
    for (const entry of [
      'INC-2024-101',
      '../2024/lb certificate.md',
      './../2024/lb certificate.md',
      'postmortems/2024/lb certificate.md',
      'checkout.md',
    ])
      assert.ok(workspace.names(entry), entry);
    for (const entry of ['INC-2024-110', '../2024/gone.md', '2024/lb certificate.md', 'http://['])
      assert.ok(!workspace.names(entry), entry);
    assert.deepEqual(workspace.ids, ['INC-2024-101']);
  });

  it('says which postmortem an entry names: by id first, else by path, from either folder', () => {
    const postmortems = known();
    postmortems.set(`${FOLDER}postmortems/2024/copy.md`, 'INC-2024-101');
    const named = (entry: string) => postmortems.named(entry, LATER, FOLDER);
    assert.equal(named('INC-2024-101'), EARLIER, 'the first postmortem that has the id');
    assert.equal(named('../2024/lb certificate.md'), EARLIER);
    assert.equal(named('postmortems/2024/copy.md'), `${FOLDER}postmortems/2024/copy.md`);
    assert.equal(named('checkout.md'), LATER);
    assert.equal(named('INC-2024-110'), undefined);
    assert.equal(postmortems.named('postmortems/2024/copy.md', LATER), undefined, 'no workspace folder');
  });

  it('without a workspace folder, names paths from the document’s folder only', () => {
    const workspace = known().forDocument(LATER);
    assert.ok(workspace.names('../2024/lb certificate.md'));
    assert.ok(!workspace.names('postmortems/2024/lb certificate.md'));
  });

  it('follows postmortems added, removed and given another id, saying whether anything changed', () => {
    const postmortems = known();
    const workspace = postmortems.forDocument(LATER, FOLDER);
    assert.ok(workspace.names('INC-2024-101'));
    assert.equal(postmortems.set(EARLIER, 'INC-2024-101'), false, 'the same id again changes nothing');
    assert.equal(postmortems.set(EARLIER, 'INC-2024-201'), true);
    assert.ok(!workspace.names('INC-2024-101'));
    assert.ok(workspace.names('INC-2024-201'));
    assert.equal(postmortems.delete(EARLIER), true);
    assert.equal(postmortems.delete(EARLIER), false);
    assert.ok(!workspace.names('../2024/lb certificate.md'));
    assert.ok(!workspace.names('INC-2024-201'));
  });

  it('reads whether the front matter has related: without parsing the Markdown', () => {
    assert.ok(listsRelated('---\ntitle: A\nrelated: [INC-1]\n---\n# A\n'));
    assert.ok(listsRelated('\uFEFF---\r\nrelated:\r\n  - INC-1\r\n---\r\n'));
    assert.ok(!listsRelated('---\ntitle: A\n---\nrelated: [INC-1]\n'));
    assert.ok(!listsRelated('# A\n\nrelated: [INC-1]\n'));
  });

  it('reads the entries of related: from the front matter alone, and none from YAML with errors', () => {
    assert.deepEqual(relatedEntries('---\nrelated: [INC-1, "../a b.md", 7]\n---\n# A\n'), ['INC-1', '../a b.md', '7']);
    assert.deepEqual(relatedEntries('---\r\nrelated:\r\n  - INC-1 # first\r\n---\r\n'), ['INC-1']);
    assert.deepEqual(relatedEntries('---\nrelated: INC-1\n---\n'), ['INC-1']);
    assert.deepEqual(relatedEntries('---\nrelated: [INC-1\n---\n'), []);
    assert.deepEqual(relatedEntries('# A\n\nrelated: [INC-1]\n'), []);
  });
});

describe('related: entries after a postmortem moved', () => {
  const moved = (entries: readonly string[], from: string, to: string, document = LATER) =>
    new RelatedMove([{ from, to }], [EARLIER, LATER]).entries(entries, document, FOLDER);

  it('writes the new path in the style of the old one: from the document’s folder or the workspace folder', () => {
    const renamed = `${FOLDER}postmortems/2024/load-balancer.md`;
    assert.deepEqual(
      moved(
        [
          'INC-2024-101',
          '../2024/lb certificate.md',
          './../2024/lb certificate.md',
          'postmortems/2024/lb certificate.md',
          '../2024/other.md',
        ],
        EARLIER,
        renamed,
      ),
      [
        { from: '../2024/lb certificate.md', to: '../2024/load-balancer.md' },
        { from: './../2024/lb certificate.md', to: '../2024/load-balancer.md' },
        { from: 'postmortems/2024/lb certificate.md', to: 'postmortems/2024/load-balancer.md' },
      ],
    );
  });

  it('keeps a leading ./ and finds the shortest relative path to another folder', () => {
    const sibling = `${FOLDER}postmortems/2025/db.md`;
    assert.deepEqual(moved(['./db.md'], sibling, `${FOLDER}postmortems/2025/db-lock.md`), [
      { from: './db.md', to: './db-lock.md' },
    ]);
    assert.deepEqual(moved(['./db.md'], sibling, `${FOLDER}archive/db.md`), [
      { from: './db.md', to: '../../archive/db.md' },
    ]);
  });

  it('follows a folder moved with the files under it, and leaves entries naming a folder of the same prefix', () => {
    assert.deepEqual(
      moved(
        ['../2024/lb certificate.md', '../2024-old/x.md', 'postmortems/2024/a/b.md'],
        `${FOLDER}postmortems/2024`,
        `${FOLDER}archive/2024`,
      ),
      [
        { from: '../2024/lb certificate.md', to: '../../archive/2024/lb certificate.md' },
        { from: 'postmortems/2024/a/b.md', to: 'archive/2024/a/b.md' },
      ],
    );
  });

  it('writes a moved postmortem’s own paths from its new folder; leaves ids, workspace paths, unknown names', () => {
    const archived = `${FOLDER}archive/2025/checkout.md`;
    const own = [
      '../2024/lb certificate.md',
      './../2024/lb certificate.md',
      'INC-2024-101',
      'postmortems/2024/lb certificate.md',
      '../2024/gone.md',
      '/work/space/postmortems/2024/lb certificate.md',
    ];
    const expected = [
      { from: '../2024/lb certificate.md', to: '../../postmortems/2024/lb certificate.md' },
      { from: './../2024/lb certificate.md', to: '../../postmortems/2024/lb certificate.md' },
    ];
    assert.deepEqual(moved(own, LATER, archived), expected);
    // The face's index may hold it where it is already, and the other postmortem at its new place too.
    const move = new RelatedMove([{ from: LATER, to: archived }], [EARLIER, archived]);
    assert.deepEqual(move.entries(own, archived, FOLDER), expected);
    assert.equal(move.after(LATER), archived);
    assert.equal(move.after(archived), archived);
    assert.equal(move.before(archived), LATER);
    assert.equal(move.after(EARLIER), EARLIER);
  });

  it('leaves the paths between postmortems moved together, and follows each of several files moved at once', () => {
    assert.deepEqual(moved(['../2024/lb certificate.md'], `${FOLDER}postmortems`, `${FOLDER}archive`), []);
    assert.deepEqual(moved(['../2024/lb certificate.md'], `${FOLDER}postmortems/2025`, `${FOLDER}old/2025`), [
      { from: '../2024/lb certificate.md', to: '../../postmortems/2024/lb certificate.md' },
    ]);
    const both = new RelatedMove(
      [
        { from: EARLIER, to: `${FOLDER}archive/lb.md` },
        { from: LATER, to: `${FOLDER}archive/checkout.md` },
      ],
      [EARLIER, LATER],
    );
    assert.deepEqual(both.entries(['../2024/lb certificate.md', './checkout.md'], LATER, FOLDER), [
      { from: '../2024/lb certificate.md', to: 'lb.md' },
    ]);
  });
});
