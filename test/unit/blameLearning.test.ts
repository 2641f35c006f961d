import * as assert from 'node:assert/strict';
import { blameScore, type Example, PEOPLE_AT_WORK, TRAINING, train } from '../../scripts/blameLearning';

const example = (group: string, blame: boolean, features: string[]): Example => ({
  group,
  id: `${group}:${features.join(' ')}`,
  text: features.join(' '),
  blame,
  confidence: 'clear',
  kind: blame ? 'person-as-cause' : 'trap',
  features,
  person: true,
  needed: true,
  rules: false,
});

// A person acting in a root cause: blame in a labelled set, a person at work in rootcause-18.
const examples = [
  example('seen-3', true, ['section:root-cause', 'sv:person_verb', 'w:forget']),
  example('seen-3', false, ['section:narrative', 'w:server']),
  example(PEOPLE_AT_WORK, false, ['section:root-cause', 'sv:person_verb', 'w:deploy']),
];
const personActing = ['section:root-cause', 'sv:person_verb'];
// Every feature counts, however rare: these examples are few.
const options = { ...TRAINING, minCount: 1 };

describe('learned blame scorer training', () => {
  it('learns from the people at work of rootcause-18 that a person acting in a root cause is not blame alone', () => {
    const withoutThem = train(examples.slice(0, 2), options);
    const withThem = train(examples, options);
    assert.ok(blameScore(withThem, personActing) < blameScore(withoutThem, personActing));
  });

  it('weighs those people at work more when told to, and no other look-alike', () => {
    const once = train(examples, options);
    const twice = train(examples, { ...options, peopleAtWorkWeight: 2 });
    assert.ok(blameScore(twice, personActing) < blameScore(once, personActing));
    const elsewhere = examples.map((e) => ({ ...e, group: 'seen-4' }));
    assert.deepEqual(train(elsewhere, { ...options, peopleAtWorkWeight: 2 }), train(elsewhere, options));
  });

  it('gives the same weights for the same data', () => {
    assert.deepEqual(train(examples, options), train(examples, options));
  });
});
