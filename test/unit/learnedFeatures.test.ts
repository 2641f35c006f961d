import * as assert from 'node:assert/strict';
import { mentionsPerson, sentenceFeatures } from '../../src/core/blame/learnedFeatures';
import { readWords } from '../../src/core/language/english';

const features = (text: string, rootCause = false) => sentenceFeatures(readWords(text), rootCause);

describe('learned blame features', () => {
  it('tell who should have done something: a person, or a thing', () => {
    assert.ok(features('The engineer should have checked the replica.').includes('modal-perfect:person'));
    assert.ok(features('Dave could have caught the typo.').includes('modal-perfect:maybe'));
    const thing = features('The cache should have expired after an hour.');
    assert.ok(thing.includes('modal-perfect'));
    assert.ok(!thing.includes('modal-perfect:person'));
  });

  it('hold pairs of parts of speech and the section, each once', () => {
    const found = features('The engineer deleted the table.', true);
    assert.ok(found.includes('pos:NOUN_VERB'));
    assert.ok(found.includes('section:root-cause'));
    assert.equal(new Set(found).size, found.length);
    assert.ok(features('The engineer deleted the table.').includes('section:narrative'));
  });

  it('are read only where a person is mentioned', () => {
    assert.ok(mentionsPerson(readWords('The on-call engineer restarted the job.')));
    assert.ok(!mentionsPerson(readWords('The job restarted after the cache filled.')));
  });
});
