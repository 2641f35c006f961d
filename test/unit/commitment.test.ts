import * as assert from 'node:assert/strict';
import { leadingClause, openerEnd, opensWithVerb } from '../../src/core/language/commitment';
import { readWords } from '../../src/core/language/english';

/** The subject and committing words at the start of `text`, and whether the subject is an imperative's object. */
function frame(text: string): { subject: string; verb: string; passive: boolean; imperative: boolean } | undefined {
  const tokens = readWords(text);
  const clause = leadingClause(tokens);
  if (!clause) return undefined;
  const subject = text.slice(tokens[clause.subjectFirst]!.start, tokens[clause.subjectLast]!.end);
  return {
    subject,
    verb: clause.verb,
    passive: clause.passive,
    imperative: opensWithVerb(tokens, clause.subjectFirst, clause.subjectLast),
  };
}

describe('the language layer: commitments', () => {
  it('reads who commits with many verbs', () => {
    const active = (subject: string, verb: string) => ({ subject, verb, passive: false, imperative: false });
    assert.deepEqual(frame('The SRE team will add an alert'), active('The SRE team', 'will'));
    assert.deepEqual(frame('Storage team to migrate the queue'), active('Storage team', 'to'));
    assert.deepEqual(frame('Search team to reindex the catalogue'), active('Search team', 'to'));
    assert.deepEqual(frame('The payments squad needs to add retries'), active('The payments squad', 'needs to'));
    assert.deepEqual(
      frame('Data Platform team is going to shard the queue'),
      active('Data Platform team', 'is going to'),
    );
    assert.deepEqual(
      frame('Security team is responsible for rotating keys'),
      active('Security team', 'is responsible for'),
    );
    assert.deepEqual(frame('Ops team owns the rollback runbook'), active('Ops team', 'owns'));
    assert.deepEqual(frame('Build team will cache the dependencies'), active('Build team', 'will'));
    assert.deepEqual(
      frame('The OpenStreetMap Ops have decided to replace the switches'),
      active('The OpenStreetMap Ops', 'have decided to'),
    );
    assert.deepEqual(frame('The DBA team has agreed to add an index'), active('The DBA team', 'has agreed to'));
  });

  it('reads a verb before a pronoun as an imperative, and a word before a group noun as the group', () => {
    const opens = (text: string) => opensWithVerb(readWords(text), 0);
    assert.equal(opens('Improve our monitoring, especially around mainnet.'), true);
    assert.equal(opens('Tell everyone about the change.'), true);
    assert.equal(opens('Build team to add tests.'), false);
    assert.equal(opens('Release people to tag the build.'), false);
  });

  it('skips an opener before the subject', () => {
    assert.equal(frame('Going forward, Team Identity will rotate the keys')?.subject, 'Team Identity');
    assert.equal(frame('Hence, the Comdex team will audit the reward module')?.subject, 'the Comdex team');
    assert.equal(frame('As a result, the storage team will add a disk alert')?.subject, 'the storage team');
    assert.equal(frame('Therefore the on-call rotation will page two people')?.subject, 'the on-call rotation');
    assert.equal(
      frame('As a long-term fix (Q2 2025), the Storage team will move sessions')?.subject,
      'the Storage team',
    );
    assert.equal(frame('Secondly the SDK team will stop retrying')?.subject, 'the SDK team');
    assert.equal(openerEnd(readWords('After the restart, the cache will warm up')), 0);
  });

  it("reads a named person's work under way as their commitment, and no system's", () => {
    assert.deepEqual(frame('Theo is adding a smoke test'), {
      subject: 'Theo',
      verb: 'is adding',
      passive: false,
      imperative: false,
    });
    assert.equal(frame('@kwame is reviewing the broker disks')?.subject, '@kwame');
    assert.equal(frame('The cache is returning stale keys'), undefined);
  });

  it('skips an opener of the time ahead, with or without a comma, and no other time', () => {
    assert.equal(frame('Over the next quarter the platform team will move the builds')?.subject, 'the platform team');
    assert.equal(frame('Next week the platform team will move the builds')?.subject, 'the platform team');
    assert.equal(frame('In the coming weeks, @ana will rotate the keys')?.subject, '@ana');
    assert.equal(frame('Within the next two sprints Priya will add a canary')?.subject, 'Priya');
    assert.equal(openerEnd(readWords('After a few days, the cache will warm up')), 0);
    assert.equal(openerEnd(readWords('In the logs, the errors will show')), 0);
  });

  it('reads a passive subject as what is acted on', () => {
    assert.equal(frame('Monitoring will be added by the on-call engineers')?.passive, true);
    assert.equal(frame('Dashboards to be added by Q3')?.passive, true);
    assert.equal(frame('The Payments team will be responsible for the runbook')?.passive, false);
  });

  it('reads "to" as a preposition where no verb follows it', () => {
    assert.equal(frame('Migration to a new table'), undefined);
    assert.equal(frame('Add more engineers to the on-call rotation'), undefined);
    assert.equal(frame('Upgrade Postgres to 16'), undefined);
  });

  it('reads an imperative whose first word is a verb, the model tagging it as a verb or as a name', () => {
    for (const text of [
      'Remind engineers to test in staging',
      'Ask the platform team to review the policy',
      'Train SRE engineers to use the runbook',
      'Document the procedure for the Storage team to follow',
      'Get Storage team to sign off',
      'Encourage support engineers to escalate',
    ]) {
      assert.equal(frame(text)?.imperative, true, text);
    }
    for (const text of [
      'Payments engineers to pair with SRE',
      'SRE engineers to add a soak test',
      'Release team will tag the build',
      'Checkout squad will add retries',
    ]) {
      assert.equal(frame(text)?.imperative, false, text);
    }
  });
});
