import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';

const unread = (frontMatter: string): boolean =>
  analyze(`${frontMatter}# Outage\n\n## Root cause\n\nA disk filled up.\n`, {
    config: DEFAULT_CONFIG,
    path: 'x.postmortem.md',
  }).frontMatterUnread;

describe('front matter that cannot be read', () => {
  it('is told apart from front matter that reads, is empty, or is absent', () => {
    assert.equal(unread('---\ntitle: Outage\nrelated: [a.postmortem.md\n---\n'), true, 'a list never closed');
    assert.equal(unread('---\ntitle: Outage\ntitle: Again\n---\n'), true, 'a key written twice');
    assert.equal(unread('---\n- a\n- b\n---\n'), true, 'a list, not a mapping');
    assert.equal(unread('---\ntitle: !draft Outage\nrelated: [a.postmortem.md]\n---\n'), false, 'a warning only');
    assert.equal(unread('---\ntitle: Outage\nrelated: [a.postmortem.md]\n---\n'), false);
    assert.equal(unread('---\n---\n'), false, 'empty');
    assert.equal(unread(''), false, 'absent');
  });
});
