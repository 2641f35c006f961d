import * as assert from 'node:assert/strict';
import {
  DEFAULT_DOCUMENT_TYPE_OPTIONS,
  frontMatterSaysPostmortem,
  isPostmortem,
  pathSaysPostmortem,
} from '../../src/core/model/documentType';

describe('isPostmortem', () => {
  it('accepts a file whose name ends in .postmortem.md, anywhere', () => {
    assert.equal(isPostmortem('docs/2025-01-05-db.postmortem.md', '# x'), true);
    assert.equal(isPostmortem('/abs/path/Outage.Postmortem.md', ''), true);
  });

  it('accepts Markdown under the default postmortem folders', () => {
    for (const path of [
      'postmortems/a.md',
      'team/incidents/2024/b.md',
      'incident-reports/c.md',
      'x/post-mortems/d.markdown',
    ]) {
      assert.equal(pathSaysPostmortem(path), true, path);
    }
  });

  it('rejects README and index files in postmortem folders', () => {
    for (const path of ['postmortems/README.md', 'incidents/index.md', 'incidents/2024/readme.md']) {
      assert.equal(isPostmortem(path, '# Incidents'), false, path);
    }
  });

  it('rejects other Markdown and non-Markdown files', () => {
    assert.equal(isPostmortem('notes/meeting.md', '# Weekly sync'), false);
    assert.equal(isPostmortem('incidents/data.json', '{}'), false);
  });

  it('accepts front matter that says type: postmortem, in its spellings', () => {
    for (const text of [
      '---\ntype: postmortem\n---\n# x',
      '\uFEFF---\r\ntitle: A\r\ntype: "postmortem"\r\n---\r\n',
      "---\ntype: 'post-mortem' # the kind\n...\n",
      '---\nTYPE: Postmortem\n---',
    ]) {
      assert.equal(frontMatterSaysPostmortem(text), true, JSON.stringify(text));
    }
  });

  it('ignores type: postmortem outside the front matter or under another key', () => {
    for (const text of [
      '# x\n\n---\ntype: postmortem\n---\n',
      '---\nkind: postmortem\n---\n',
      '---\ntype: postmortem-template\n---\n',
      'type: postmortem\n',
      '---\ntype: postmortem\n',
    ]) {
      assert.equal(frontMatterSaysPostmortem(text), false, JSON.stringify(text));
    }
  });

  it('rejects a template, whose first line declares it, wherever it lies and whatever its front matter says', () => {
    const template = '<!-- template: Lightweight — a short review -->\n---\ntype: postmortem\n---\n# {{title}}\n';
    assert.equal(isPostmortem('incidents/lightweight.postmortem.md', template), false);
    assert.equal(
      isPostmortem(
        'incidents/lightweight.postmortem.md',
        `\uFEFF${template.replace('<!-- template:', '<!--template:')}`,
      ),
      false,
    );
    assert.equal(isPostmortem('incidents/review.postmortem.md', `# Review\n\n${template}`), true);
  });

  it('uses configured globs instead of the defaults', () => {
    const options = { include: ['rca/**/*.md'], exclude: [] };
    assert.equal(isPostmortem('rca/2025/x.md', '', options), true);
    assert.equal(isPostmortem('incidents/x.md', '', options), false);
    assert.equal(isPostmortem('incidents/x.md', '', DEFAULT_DOCUMENT_TYPE_OPTIONS), true);
  });

  it('matches Windows-style paths', () => {
    assert.equal(pathSaysPostmortem('C:\\repo\\postmortems\\a.md'), true);
  });
});
