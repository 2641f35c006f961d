import { type InvalidCase, testRule } from '../../support/ruleTester';
import { actionItems } from './texts';

/** Why a wording is vague, as the message says it after `Vague action item: "<wording>" `. */
const WHY = {
  noDeliverable: 'names no deliverable: say what it will produce (the fix, a decision, a write-up) and what changes',
  noCommitment: 'is not a commitment: decide, or make the decision the action ("Decide whether to ... by <date>")',
  noFault: 'does not say which fault or how: name the component and the change',
  carefulness:
    'relies on people doing better next time: name a safeguard in the system instead (a check, an automation, a guard)',
  training:
    'makes training people the fix: pair it with a change to the system (a check, an ' +
    'automation, a guard) so the same slip cannot cause an outage',
  noMechanism: 'names no mechanism: say what will change so that it cannot happen again',
  noChange:
    'does not say what will change or how success is measured: name the change (an alert, a test, a limit) or a target',
};

/** One action item, flagged on `wording`. */
function vague(item: string, wording: string, why: keyof typeof WHY): InvalidCase {
  return {
    name: item,
    text: actionItems(item),
    errors: [{ message: `Vague action item: "${wording}" ${WHY[why]}`, line: 5, flagged: wording }],
  };
}

testRule('action-item-vague', {
  valid: [
    '- Investigate and fix the memory leak in kubespawner',
    '- Investigate the timeouts by adding tracing to the pool',
    '- Add an alert on p99 latency > 2s',
    '- Improve alerting with an alert on queue depth',
    '- Improve checkout p99 to under 200 ms',
    '- Enhance the daily pipeline run with synthetic monitoring',
    '- Quarterly incident response drills to ensure operational readiness',
    '- Fix bugs in image-culler preventing it from running',
    '- [x] Investigate the timeouts',
    '- Teach the config linter the database connection limit',
    "- Retrain the anomaly model on last week's traffic",
    '- Teach Kubernetes to spread the pods across zones',
  ].map((item) => ({ name: item, text: actionItems(item) })),
  invalid: [
    vague('- Investigate the database timeouts', 'Investigate', 'noDeliverable'),
    vague('- Look into the flaky deploys', 'Look into', 'noDeliverable'),
    vague('- Someone should look at whether we can circuit-break slow merchants', 'look at whether', 'noDeliverable'),
    vague('- See if the retry budget can be lowered', 'See if', 'noDeliverable'),
    vague('- Consider allowing the cluster to refuse traffic', 'Consider', 'noCommitment'),
    vague('- If possible observe the next daily run', 'If possible', 'noCommitment'),
    vague('- Fix the issue', 'Fix the issue', 'noFault'),
    vague('- Be more careful when editing the config', 'Be more careful', 'carefulness'),
    vague('- Retrain the on-call engineers on the failover runbook', 'Retrain', 'training'),
    vague('- Retrain the on-call engineers', 'Retrain', 'training'),
    vague('- Remind the team to check dashboards', 'Remind', 'training'),
    vague('- Train new hires on the deploy tool', 'Train', 'training'),
    vague('- Train on the failover runbook', 'Train', 'training'),
    vague('- Educate Priya about the change freeze', 'Educate', 'training'),
    vague('- Remind everyone to rotate keys', 'Remind', 'training'),
    vague('- Make sure this does not happen again', 'Make sure this does not happen', 'noMechanism'),
    vague('- Improve monitoring', 'Improve', 'noChange'),
    vague('- Monitor better', 'Monitor better', 'noChange'),
    vague('- The IPS team is continuing to improve the response process.', 'improve', 'noChange'),
    vague('- Our team will investigate the database timeouts', 'investigate', 'noDeliverable'),
    vague('- Improve monitoring of the outdoor sensors', 'Improve', 'noChange'),
    vague('More training will be conducted in the future.', 'More training', 'training'),
  ],
});
