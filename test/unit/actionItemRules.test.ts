import * as assert from 'node:assert/strict';
import { setClock } from '../../src/core/clock';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/model/parse';
import { rule as dueRule } from '../../src/core/rules/action-item-due';
import { rule as ownerRule } from '../../src/core/rules/action-item-owner';
import { rule as vagueRule } from '../../src/core/rules/action-item-vague';
import type { Rule, RuleFinding } from '../../src/core/rules/types';

function check(rule: Rule, text: string): RuleFinding[] {
  return [...rule.check(parsePostmortem(text, { config: DEFAULT_CONFIG }), DEFAULT_CONFIG)];
}

function actionItems(...lines: string[]): string {
  return ['# Outage', '', '## Action items', '', ...lines, ''].join('\n');
}

/** The words of the document a finding points at. */
function flagged(text: string, finding: RuleFinding): string {
  return text.slice(finding.range.start.offset, finding.range.end.offset);
}

/** Applies every finding's fix, as fix-all does. */
function fixAll(rule: Rule, text: string): string {
  return applyEdits(text, check(rule, text).flatMap((finding) => finding.fix?.edits ?? []));
}

describe('action-item-owner', () => {
  it('flags open items without an owner, on their first line', () => {
    const text = actionItems('- Add an alert on queue depth', '  ([#12](https://github.com/acme/shop/issues/12))', '- Cap retries. Owner: @alice', '- [x] Revert the config', '- Shard the queue (done)');
    const findings = check(ownerRule, text);
    assert.deepEqual(
      findings.map((finding) => [finding.message, flagged(text, finding)]),
      [['Action item has no owner', '- Add an alert on queue depth']],
    );
  });

  it('flags a placeholder owner on the placeholder, without a fix', () => {
    const text = actionItems('- Add an alert. Owner: TBD', '- Cap retries (owner: ?)');
    const findings = check(ownerRule, text);
    assert.deepEqual(
      findings.map((finding) => [finding.message, flagged(text, finding), finding.fix]),
      [
        ['Owner "TBD" is not an owner: name the person or team responsible', 'TBD', undefined],
        ['Owner "?" is not an owner: name the person or team responsible', '?', undefined],
      ],
    );
  });

  it('fixes a list item by adding "\u2014 Owner: @owner" at the end of its first paragraph', () => {
    const text = actionItems('- Add an alert', '  on queue depth', '', '  Details follow.', '- [ ] Cap retries');
    assert.equal(fixAll(ownerRule, text), actionItems('- Add an alert', '  on queue depth \u2014 Owner: @owner', '', '  Details follow.', '- [ ] Cap retries \u2014 Owner: @owner'));
  });

  it('fixes a table by filling the empty Owner cell, or the text cell of a table without one', () => {
    const withOwner = actionItems('| Action | Owner |', '| --- | --- |', '| Cap retries |   |', '| Shard |', '');
    assert.equal(fixAll(ownerRule, withOwner), actionItems('| Action | Owner |', '| --- | --- |', '| Cap retries | @owner  |', '| Shard \u2014 Owner: @owner |', ''));
    const findings = check(ownerRule, withOwner);
    assert.equal(flagged(withOwner, findings[0]!), '   ');
    const withoutOwner = actionItems('| Action | Due |', '| --- | --- |', '| Cap retries | 2025-03-01 |');
    assert.equal(fixAll(ownerRule, withoutOwner), actionItems('| Action | Due |', '| --- | --- |', '| Cap retries \u2014 Owner: @owner | 2025-03-01 |'));
  });

  it('fixes a commitment paragraph after its last sentence', () => {
    const text = actionItems('We will add a canary stage. It runs first.');
    assert.equal(fixAll(ownerRule, text), actionItems('We will add a canary stage. It runs first. Owner: @owner'));
  });

  it('keeps flagging the inserted placeholder, with no second fix, so fix-all settles', () => {
    const once = fixAll(ownerRule, actionItems('- Add an alert'));
    const findings = check(ownerRule, once);
    assert.deepEqual(
      findings.map((finding) => [finding.message, flagged(once, finding), finding.fix]),
      [['Owner "@owner" is not an owner: name the person or team responsible', '@owner', undefined]],
    );
    assert.equal(fixAll(ownerRule, once), once);
  });

  it('does not flag owned items in any form', () => {
    const text = actionItems('- Add an alert \u2014 @carol', '- The SRE team will cap retries', '', '**Alice**', '', '- Shard the queue', '', '| Action | Owner |', '| --- | --- |', '| Rotate keys | Team Identity |');
    assert.deepEqual(check(ownerRule, text), []);
  });
});

describe('action-item-due', () => {
  afterEach(() => setClock());

  it('flags an open item without a due date, as a warning', () => {
    setClock(() => Date.UTC(2025, 1, 1));
    const text = actionItems('- Add an alert. Owner: @alice', '- Cap retries, due 2025-03-01', '- [x] Revert the config');
    const findings = check(dueRule, text);
    assert.deepEqual(
      findings.map((finding) => [finding.message, finding.severity, flagged(text, finding)]),
      [['Action item has no due date', undefined, '- Add an alert. Owner: @alice']],
    );
  });

  it('flags an open item whose due date has passed, as info, by the injected clock', () => {
    const text = actionItems('- Cap retries, due 2025-03-01', '- Shard the queue (done), due 2024-01-01');
    setClock(() => Date.UTC(2025, 2, 1, 23, 59));
    assert.deepEqual(check(dueRule, text), []);
    setClock(() => Date.UTC(2025, 2, 2));
    assert.deepEqual(
      check(dueRule, text).map((finding) => [finding.message, finding.severity]),
      [['Action item is past due (2025-03-01)', 'info']],
    );
  });

  it('reads the due date of a Due column', () => {
    setClock(() => Date.UTC(2025, 0, 1));
    assert.deepEqual(check(dueRule, actionItems('| Action | Due |', '| --- | --- |', '| Cap retries | Mar 1, 2025 |')), []);
  });
});

describe('action-item-vague', () => {
  const vague = (line: string): string[] => {
    const text = actionItems(line);
    return check(vagueRule, text).map((finding) => flagged(text, finding));
  };

  it('flags investigations, hedges, generic fixes, carefulness, training and "never again" with no deliverable', () => {
    assert.deepEqual(vague('- Investigate the database timeouts'), ['Investigate']);
    assert.deepEqual(vague('- Look into the flaky deploys'), ['Look into']);
    assert.deepEqual(vague('- Consider allowing the cluster to refuse traffic'), ['Consider']);
    assert.deepEqual(vague('- If possible observe the next daily run'), ['If possible']);
    assert.deepEqual(vague('- Fix the issue'), ['Fix the issue']);
    assert.deepEqual(vague('- Be more careful when editing the config'), ['Be more careful']);
    assert.deepEqual(vague('- Retrain the on-call engineers on the failover runbook'), ['Retrain']);
    assert.deepEqual(vague('- Remind the team to check dashboards'), ['Remind']);
    assert.deepEqual(vague('- Train new hires on the deploy tool'), ['Train']);
    assert.deepEqual(vague('- Make sure this does not happen again'), ['Make sure this does not happen']);
    assert.deepEqual(vague('- Improve monitoring'), ['Improve']);
    assert.deepEqual(vague('- Monitor better'), ['Monitor better']);
    assert.deepEqual(vague('- The IPS team is continuing to improve the response process.'), ['improve']);
    assert.deepEqual(vague('More training will be conducted in the future.'), ['More training']);
  });

  it('says what would make the item concrete', () => {
    const [finding] = check(vagueRule, actionItems('- Investigate the database timeouts'));
    assert.equal(finding!.message, 'Vague action item: "Investigate" names no deliverable: say what it will produce (the fix, a decision, a write-up) and what changes');
    const [training] = check(vagueRule, actionItems('- Retrain the on-call engineers'));
    assert.match(training!.message, /pair it with a change to the system/);
  });

  it('does not flag items that name a deliverable, an artefact or a target', () => {
    for (const line of [
      '- Investigate and fix the memory leak in kubespawner',
      '- Investigate the timeouts by adding tracing to the pool',
      '- Add an alert on p99 latency > 2s',
      '- Improve alerting with an alert on queue depth',
      '- Improve checkout p99 to under 200 ms',
      '- Enhance the daily pipeline run with synthetic monitoring',
      '- Quarterly incident response drills to ensure operational readiness',
      '- Fix bugs in image-culler preventing it from running',
      '- [x] Investigate the timeouts',
    ]) {
      assert.deepEqual(vague(line), [], line);
    }
  });
});
