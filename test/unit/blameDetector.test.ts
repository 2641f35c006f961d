import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectBlame } from '../../src/core/blame/detect';
import { compilePhrases, overlapTest } from '../../src/core/blame/phrases';
import { baseForm, indefiniteArticle } from '../../src/core/blame/rephrase';
import { PLAIN_PROSE } from '../../src/core/blame/sentence';
import type { BlameDetection, BlameKind } from '../../src/core/blame/types';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { NO_KNOWN_NAMES } from '../../src/core/language/tokens';

/** The flagged words of a plain sentence, as `kind: words`. */
function flagged(text: string): string[] {
  return detectBlame(text).map((detection) => `${detection.kind}: ${text.slice(detection.start, detection.end)}`);
}

function kinds(text: string): BlameKind[] {
  return detectBlame(text).map((detection) => detection.kind);
}

/** The flagged words of a sentence standing in a root-cause section. */
function inRootCause(text: string): string[] {
  return detectBlame(text, text, compilePhrases(undefined), { rootCause: true, names: NO_KNOWN_NAMES }).map(
    (detection) => detection.phrase,
  );
}

/** In a root cause, none of `clean` is flagged, and each of `flagged` is with its phrases. */
function expectInRootCause(clean: readonly string[], flagged: readonly (readonly [string, ...string[]])[]): void {
  for (const sentence of clean) assert.deepEqual(inRootCause(sentence), [], sentence);
  for (const [sentence, ...phrases] of flagged) assert.deepEqual(inRootCause(sentence), phrases, sentence);
}

/** Each sentence is flagged once with this kind. */
function expectFlagged(kind: BlameKind, sentences: readonly string[]): void {
  for (const sentence of sentences) assert.deepEqual(kinds(sentence), [kind], sentence);
}

function expectClean(sentences: readonly string[]): void {
  for (const sentence of sentences) assert.deepEqual(flagged(sentence), [], sentence);
}

/** The sentence with a detection's rephrasing applied. */
function rephrased(text: string, which = 0, suggestion = 0): string {
  const detection: BlameDetection | undefined = detectBlame(text)[which];
  assert.ok(detection, `nothing flagged in ${text}`);
  const rephrasing = detection.suggestions[suggestion];
  assert.ok(rephrasing, `no rephrasing for ${detection.phrase}`);
  return text.slice(0, detection.start) + rephrasing.newText + text.slice(detection.end);
}

/** What the detector finds in a document's prose, after masking. */
function inDocument(markdown: string): string[] {
  const document = parsePostmortem(markdown, { config: DEFAULT_CONFIG });
  return document.prose.flatMap((block) => detectBlame(block.masked).map((detection) => detection.phrase));
}

describe('blame detector', () => {
  describe('human error as a cause', () => {
    it('flags human, user, operator and manual error', () => {
      expectFlagged('human-error', [
        'The root cause was human error.',
        'The outage was due to user error.',
        'Operator error caused the outage.',
        'This was a manual error during the maintenance.',
        'We attribute the incident to user error.',
        'Root cause: operator error.',
        'Human error.',
        'A human-error root cause.',
        'User misunderstanding of the correct commit SHA was one part of the problem.',
        'User error was made here by assuming the SHA was the same.',
        'The failure was caused by human errors in the runbook.',
        'The root cause was operator fault.',
      ]);
    });

    it('flags human error with a short parenthesis or one more noun inside it, in a root cause', () => {
      const inRootCause = (text: string) =>
        detectBlame(text, text, compilePhrases(undefined), { ...PLAIN_PROSE, rootCause: true }).map((found) => [
          found.kind,
          found.phrase,
        ]);
      assert.deepEqual(inRootCause('The release got a wrong version number due to a human (mine) error.'), [
        ['human-error', 'a human (mine) error'],
      ]);
      assert.deepEqual(inRootCause('The root cause was a human process error.'), [
        ['human-error', 'a human process error'],
      ]);
      assert.deepEqual(inRootCause('The user interface error messages were unclear.'), []);
    });

    it('flags a worker named as the cause only bare and singular, as a queue has workers too', () => {
      expectFlagged('human-error', [
        'At&T Cable Cut At New Stadium Television, Internet Customers Lose Service Due To Worker Error',
        'The outage was caused by worker error during the cutover.',
        'Root cause: workman error at the splice.',
        'Customers lost power for an hour because of worker error at the substation.',
      ]);
      expectClean([
        'The job failed because of a worker error in the queue.',
        'Worker errors triggered the retry alert.',
        'The dashboard shows worker error counts per queue.',
        'The outage was not caused by worker error.',
        'Was the outage caused by worker error?',
      ]);
    });

    it('flags a trader or dealer error as a person named as the cause', () => {
      expectFlagged('human-error', [
        'UK regulators fine bank over 2022 trader blunder that prompted flash crash in European stocks',
        'The flash crash was caused by a dealer error.',
        'The index fell two per cent after a trader error on the desk.',
        'Trader error wiped millions off the exchange.',
      ]);
      expectClean([
        'The trader reported an error in the order book at 10:05.',
        'Was the flash crash caused by a trader error?',
        'The flash crash was not caused by trader error.',
        'The dealer noticed the error and cancelled the orders.',
      ]);
    });

    it('flags a procedure said not to have been followed as human error, naming nobody', () => {
      assert.deepEqual(flagged('The correct procedure was unfortunately not followed.'), [
        'human-error: procedure was unfortunately not followed',
      ]);
      assert.deepEqual(
        flagged(
          'Unfortunately the specific instructions provided were not followed which caused DNS nameservers to change.',
        ),
        ['human-error: were not followed'],
      );
      assert.deepEqual(kinds('The established processes were not adhered to during the upgrade.'), ['human-error']);
      expectClean([
        'The procedure was followed, but it was out of date.',
        'The migration was not followed by a reindex, so queries slowed down.',
        'In 58 percent of those cases, a procedure was not followed.',
        'The runbook was not observed to fail until the drill.',
        'Was the procedure not followed?',
      ]);
    });

    it('reads "without" as denying its noun phrase only, not a cause named after the verb', () => {
      assert.deepEqual(
        kinds(
          'E.On said that a European-wide blackout that left millions without power was the result of human error.',
        ),
        ['human-error'],
      );
      expectClean(['The outage happened without human error: a race in the scheduler caused it.']);
    });

    it('reads "than" before a number as comparing amounts, not as naming what the cause was not', () => {
      assert.deepEqual(kinds('The file was emailed to more than 1,000 students due to human error.'), ['human-error']);
      expectClean(['The cause was the config rather than human error.', 'It was the scheduler more than human error.']);
    });

    it('does not flag systemic wording, risks, denials and measurements', () => {
      expectClean([
        'This is a manual step, which increases the room for error.',
        'It is an error-prone manual process.',
        'Human-error-prone steps were automated.',
        'We will add a check to reduce the chance of human error.',
        'The new tool minimizes operator error.',
        'Automation guards against human error.',
        'This was not human error; the tool allowed it.',
        "There was no willful or reckless behavior on anyone's part.",
        'This is not a story about a bad intern or a careless mentor.',
        'Human error is not the root cause here.',
        'The error rate rose to 30% and we saw 500 errors.',
        'The user error rate doubled.',
        'The user error page was shown to customers.',
        'User errors (4xx) spiked during the incident.',
        'Simplify steps that require human lookup of information.',
        'Look into bumping without human entry of data (review by a human is fine).',
        'The incident duration was extended by operational failures.',
        'Users saw errors for ten minutes.',
      ]);
    });

    it('suggests naming a process gap, keeping the article and the capital', () => {
      assert.equal(rephrased('The root cause was human error.'), 'The root cause was a process gap.');
      assert.equal(rephrased('The root cause was a human error.'), 'The root cause was a process gap.');
      assert.equal(rephrased('User error was made here.', 0, 1), 'An error was made here.');
      assert.equal(
        rephrased('User misunderstanding of the SHA was part of it.', 0, 1),
        'A misunderstanding of the SHA was part of it.',
      );
      assert.ok(
        detectBlame('The root cause was human error.')[0]!.suggestions.every((suggestion) => !suggestion.safe),
        'never a fix-all edit',
      );
    });

    it('marks a sentence that states a cause', () => {
      assert.equal(detectBlame('The root cause was human error.')[0]!.causal, true);
      assert.equal(detectBlame('User error was made here.')[0]!.causal, false);
    });

    it("reads the errors of people at work in the plural too, not users' errors nor a text's", () => {
      expectFlagged('human-error', [
        'The leak followed several employee errors.',
        'Two technician errors left the feeder unearthed.',
        'The derailment came after a series of crew errors.',
      ]);
      expectClean([
        'Employee error counts are tracked per quarter.',
        'Staff errors are rarer with a second check.',
        'User errors rose during the outage.',
        'Developer errors appeared in the console.',
        'Typing errors were corrected by the editor.',
      ]);
    });
  });

  describe('a person as the one who erred', () => {
    it('reads an act joined by `and` to a response its subject made first as the response, in a root cause', () => {
      expectInRootCause(
        [
          'During the cutover, an engineer noticed the error rate climbing and paused the rollout.',
          'Maria spotted the spike and rolled back the deploy.',
          'The on-call engineer acknowledged the page and restarted the consumer.',
        ],
        [
          ['The operator feared a timeout and killed the primary.', 'The operator feared a timeout and killed'],
          ['The engineer rebooted the router and restarted the proxy.', 'The engineer rebooted'],
          ['Bob noticed the alert and restarted the wrong server.', 'Bob noticed the alert and restarted the wrong'],
        ],
      );
    });

    it('reads a root cause that names a person and nothing else, `it was the intern`', () => {
      expectInRootCause(
        ['It was the cache.', 'It was not the intern.', 'It was the intern who found the bug.'],
        [
          ['Yes, it was the intern.', 'it was the intern'],
          ['It was our DBA.', 'It was our DBA'],
        ],
      );
    });

    it("reads a person's act told in the passive with the person as agent as the active is, in a root cause", () => {
      expectInRootCause(
        [
          'The config was edited by the deploy bot.',
          'A bug was introduced in the library that was picked up by Flutter.',
          'The equipment, installed and operated by the National Grid, shut down.',
          'Nothing was logged except a summary by the vendor engineer I spoke to.',
          'It expired and probably got scooped up by a domain speculator.',
          'The alert was acknowledged by the on-call engineer.',
          'The config could be edited by any engineer.',
          'Lack of monitoring during the cutover meant the wrong VLAN went unnoticed.',
          'The flag was left on by the migration script.',
          'The port was left open by the installer.',
        ],
        [
          ['The config was edited by an engineer.', 'edited by an engineer'],
          ['The parameter was left blank by the operator.', 'left blank by the operator'],
          [
            'The firewall rule was changed manually by the on-call engineer.',
            'changed manually by the on-call engineer',
          ],
          ['Schema change pushed by a junior developer.', 'pushed by a junior developer'],
        ],
      );
    });

    it('reads an act by one person named as the cause by its link, and a slip a thing held, in a root cause', () => {
      expectInRootCause(
        [
          'The outage was caused by a change made by the deploy bot.',
          'The outage was not attributed to a change made by a developer.',
          "Errors made by the Post Office's Horizon system caused the losses.",
          'The linter had a check for typos.',
        ],
        [
          ['The outage was attributed to a change made by a developer.', 'a change made by a developer'],
          ['The WHERE clause had a typo.', 'typo'],
          ['The config contained a typo.', 'typo'],
          ["I'd fucked up my testing.", "I'd fucked up"],
        ],
      );
    });

    it('reads any act one person for sure did not do as left undone, in a root cause', () => {
      expectInRootCause(
        [
          'The logger did not write the request body to disk.',
          'The engineer did not write the migration; the vendor did.',
          "Optimism didn't give Alchemy enough notice.",
          'Did not allow ingress to the endpoint from Packer.',
          'The on-call engineer did not have access to the console.',
          'The engineer decided not to stay late that evening.',
          'The engineer did not act recklessly.',
          "The SRE who wrote the alert has since left, and the alert's threshold was never revisited.",
          'The script never fixed the records.',
        ],
        [
          ['The nurse did not administer the second dose.', 'The nurse did not administer'],
          ['It was an IP address update that I never fixed in the DNS records.', 'I never fixed'],
          ['The train driver did not control the speed of the train.', 'driver did not control'],
          [
            'The technician disabled the alarm in breach of the procedure.',
            'The technician disabled the alarm in breach of the procedure',
          ],
        ],
      );
    });

    it('reads a cause given before a scare-quoted verdict, a person restated by an appositive, not a relative', () => {
      expectInRootCause(
        [
          "When we find 'human error', we ask what made it possible.",
          'Without warning, the web hosting company I was using went belly-up and shut off their servers.',
          'The reviewers, as far as we know, were never asked.',
          'There is no evidence that the engineer was negligent.',
        ],
        [
          ["The incident was due to 'human error'.", 'human error'],
          [
            'There was no indication that care was compromised by the incident, which was due to human error.',
            'human error',
          ],
          [
            'A server administrator, the most experienced administrator we have, made a big mistake.',
            'administrator, the most experienced administrator we have, made a big mistake',
          ],
          ['On the morning of the outage he felt free to skip the canary.', 'he felt'],
        ],
      );
    });

    it("reads a mistake verb whose past has its base's form in a passive with a person as agent", () => {
      expectFlagged('person-mistake', [
        'The graph was misread by the engineer.',
        'The dashboard was misread by the on-call engineer during the failover.',
      ]);
      expectClean([
        'The graph was misread by the dashboard plugin.',
        'The password was reset by the operator.',
        'The fix was restart the pod.',
      ]);
    });

    it('reads a person named as the cause after `be` and `because of`, `due to`, `down to`', () => {
      expectFlagged('person-mistake', [
        'That was because of me.',
        'The outage was all down to me.',
        'The outage was due to the on-call engineer.',
        'It was entirely because of the new DBA.',
      ]);
      expectClean([
        'It was because of the cache.',
        "The outage was due to the engineer's change and the missing guard.",
        'It was not because of the on-call engineer.',
        'It was due to me being away.',
      ]);
    });

    it("reads a person's act named as the cause by its link, a failure of a person to act, and a state left", () => {
      expectInRootCause(
        [
          'The outage was due to the scheduler running the purge twice.',
          'The failure of the replica to sync caused the outage.',
          "The scheduler's decision to evict the pods caused the outage.",
          'The engineer left the company and joined a startup.',
          'The benchmark runs three reps of each query.',
          'The error was not due to the clerk typing the figures.',
          'The failure of the on-call engineer to be paged delayed the response.',
        ],
        [
          ['The incident was the result of the DBA dropping an index he thought was unused.', 'the DBA dropping'],
          ['The error was not due to the software but the clerk typing the figures.', 'the clerk typing'],
          ['The outage was due to an engineer running the purge script twice.', 'an engineer running'],
          ['Failure of the network engineer to follow change management.', 'Failure of the network engineer to follow'],
          ['The failure of the captain to keep a proper lookout caused it.', 'The failure of the captain to keep'],
          ["The engineer's decision to skip the canary caused the outage.", "The engineer's decision"],
          ["The on-call engineer's choice of the wrong region triggered the failover.", "engineer's choice"],
          ['The admin left the debug endpoint exposed to the internet.', 'The admin left'],
          ['The sales rep forgot to tell the customer.', 'The sales rep forgot to'],
        ],
      );
    });

    it("reads no person in a slip of a subject before it, a modal's never, or a mistake something was taken as", () => {
      expectInRootCause(
        [
          'A database migration caused the incident, which accidentally deleted data from production servers.',
          'The cleanup job accidentally deleted data from production.',
          'The boards were fried, so they would never turn on again.',
          'The job will never check the cache after a restart.',
          'A first-try failure at ten minutes is likely experienced as a failure by the user.',
          'It was logged as an error by the engineer on call.',
          'There was no failure of the operator to follow the runbook.',
          'There was no failure by the operator to follow the runbook.',
        ],
        [
          ['An incorrectly typed command deleted the volume.', 'incorrectly typed'],
          ['Someone accidentally deleted data from production.', 'Someone accidentally deleted'],
          ['Bob never checked the tests.', 'Bob never checked'],
          ['The root cause was an error by the engineer on call.', 'an error by the engineer'],
          ['The outage was a failure by the operator to follow the runbook.', 'a failure by the operator'],
        ],
      );
    });

    it('reads who skipped a check in a passive with its agent, with or without `was`', () => {
      expectFlagged('person-mistake', [
        'A change pushed by a junior developer without review.',
        'The config was edited by Maria without any testing.',
        'A hotfix deployed by the on-call engineer without a canary took down checkout.',
        'The schema was quietly altered by the DBA without review.',
      ]);
      expectClean([
        'A change pushed by the release bot without review.',
        'The config was edited by the deploy bot without any testing.',
        'Changes merged without review reach production.',
        'The config was edited by Maria after two reviews.',
      ]);
    });

    it("reads a page or a call left unanswered as a person's, not a program's silence or a policy", () => {
      expectFlagged('person-mistake', [
        'The on-call engineer did not acknowledge the alert.',
        "Kim didn't answer the page.",
        'The responder did not reply to the ping for an hour.',
        'Priya never acknowledged any of the pages.',
        'When the reviewer did not test the change, the bug shipped.',
      ]);
      expectClean([
        'Prow did not respond to any GitHub events, including our slash commands.',
        'The API did not reply within the timeout.',
        'Hermes never acknowledged the webhook deliveries.',
        'If the primary on-call does not acknowledge within five minutes, the page escalates.',
        'When the reviewer does not test the change, the bot blocks the merge.',
      ]);
    });

    it('flags roles, names, handles and first-person admissions', () => {
      expectFlagged('person-mistake', [
        'The engineer forgot to renew the certificate.',
        'The on-call engineer forgot to silence the alert.',
        'The operator forgot to drain the node.',
        'The developer failed to test the migration.',
        'The deployer ignored the warning in the output.',
        'An SRE accidentally ran the cleanup script against production.',
        'Someone forgot to update the DNS record.',
        'Somebody pushed a bad config to the load balancers.',
        'Bob forgot to update the config.',
        'Dave failed to follow the runbook.',
        'John missed the page because his phone was on silent.',
        'Xiomara forgot the flag.',
        '@alice accidentally deleted the table.',
        '@bob forgot to bump the version.',
        'I forgot to remove the debug flag.',
        'I made a mistake when I copied the connection string.',
        'User realizes that I also made an incorrect assumption about the hash.',
        "The documentation has this right, but the user didn't think to scroll down.",
        'The admin misconfigured the firewall.',
        'Bob fat-fingered the IP address.',
        'The engineer messed up the rollout order.',
        'Mike overlooked the failing test.',
        'The on-call neglected to escalate the incident.',
        "The SRE didn't bother to check the dashboards.",
        'The developer wrongly assumed the cache was empty.',
        'Tom ran the wrong migration.',
        'A user deleted the wrong database.',
        'I ran the migration against production by mistake.',
        'The engineer deleted the volume by accident.',
        'Engineer A forgot to renew the certificate.',
        'The SRE on shift forgot to hand over the incident.',
        'A team member forgot to update the status page.',
        'The mistake was made by the on-call engineer.',
        'A misunderstanding by the user led to the wrong region.',
        'The engineer caused the outage by running the script.',
        'Bob was responsible for the outage.',
        'The engineer was found responsible for the outage.',
        'It was later found out that a London-based trader was responsible.',
        'Investigators concluded the night operator was responsible.',
        'The engineer deleted the nodes accidentally.',
        'They forgot to tell anyone.',
        "The engineer's mistake caused the outage.",
        "It was Bob's fault.",
        'This was a careless error on the part of the operator.',
        'No, that was a total mistake on my part.',
        'I am trying to fix the mistake Mariam made by uploading at the wrong location.',
        'The typo that the on-call engineer introduced broke the config.',
        'It was an oversight on his part.',
        "That was a misjudgement on Priya's part.",
        'It was a lapse in judgement on her part.',
        'It was a mistake at the hands of the night-shift operators.',
        'The outage was caused by the new intern.',
        'The engineer was to blame for the outage.',
        'The bus driver was held partly to blame for the collision.',
        'It was decided in favour of the third parties, Mr. Squires being held solely to blame for the injury.',
        'The operator is at fault.',
        'The operator was mistaken.',
        'The engineer, who was new to the team, forgot to drain the node.',
        'Bob deployed the change and then forgot to update the flag.',
        'The engineer who was on call forgot to page the database team.',
        'The engineer whose shift ended at six forgot to hand over the incident.',
      ]);
    });

    it('reads blame found by a verdict only when it is not denied and falls on a person', () => {
      expectClean(['Nobody was held to blame.', 'The inquiry found the design was to blame.']);
      expectClean(['The driver was not found to blame for the collision.']);
    });

    it('reads "was responsible" alone as blame only at the end of a sentence, and of a person', () => {
      expectClean([
        'The DBA was responsible, and she handled the failover well.',
        'Who was responsible?',
        'Nobody was responsible.',
        'The contractor was not responsible.',
        'The script was responsible.',
        'The vendor was responsible for the rollout.',
        'Ankoubot was the first to notice something was wrong with the world.',
        'The config was wrong.',
      ]);
    });

    it('in a root cause, reads a mistake verb in the passive with a person as its agent, told of the incident', () => {
      assert.deepEqual(inRootCause('The warning was overlooked by the engineer on call.'), [
        'overlooked by the engineer',
      ]);
      assert.deepEqual(inRootCause('The alert was ignored by the operator.'), ['ignored by the operator']);
      assert.deepEqual(inRootCause('The flag was ignored by the old client.'), []);
      assert.deepEqual(inRootCause('The step was skipped by the deploy script.'), []);
      assert.deepEqual(inRootCause('The alert was acknowledged by the on-call engineer.'), []);
      assert.deepEqual(inRootCause('Over 70% of all outages are caused by human error.'), []);
    });

    it('in a root cause, reads an act that kept to a procedure as no mistake of the person who did it', () => {
      for (const sentence of [
        'The on-call engineer followed the runbook and restarted the primary, which wiped the replica.',
        'Following the runbook, the engineer failed over to the secondary region, which had stale data.',
        'Per the documented procedure, Maria drained the node before the upgrade, and the drain hung.',
        'As instructed by the playbook, the operator deleted the lock file, which let two writers in.',
        'According to the checklist, the SRE restarted every pod at once.',
        'I ran the script against prod at 14:02, as the runbook said, and it deleted the cache keys.',
      ])
        assert.deepEqual(inRootCause(sentence), [], sentence);
      // Kept to no procedure, or failed to: the act is read again.
      assert.deepEqual(inRootCause('The operator deleted the lock file, which let two writers in.'), [
        'The operator deleted',
      ]);
      assert.notDeepEqual(inRootCause('Instead of following the runbook, the operator deleted the lock file.'), []);
      assert.notDeepEqual(inRootCause('The engineer had not followed the runbook and deleted the lock file.'), []);
      assert.notDeepEqual(inRootCause('The engineer failed to follow the checklist and restarted every pod.'), []);
    });

    it('in a root cause, reads a person given or sent the wrong thing in the passive as the one acted on', () => {
      for (const sentence of [
        "The vendor's technician was sent to the wrong rack by an outdated floor plan.",
        'The engineer was given the wrong credentials by the provisioning system.',
        'The operator was shown the wrong dashboard because the links were swapped.',
      ])
        assert.deepEqual(inRootCause(sentence), [], sentence);
      assert.notDeepEqual(inRootCause('The technician unplugged the wrong cable.'), []);
      assert.notDeepEqual(inRootCause('The trader, whose name was not disclosed, entered it in the wrong field.'), []);
    });

    it('in a root cause, reads a slip in the passive made with get as with be', () => {
      assert.deepEqual(inRootCause('A very important file got deleted by mistake.'), ['by mistake']);
      assert.deepEqual(inRootCause('The config was deleted by mistake.'), ['by mistake']);
      assert.deepEqual(inRootCause('The cleanup job got the file deleted by the retention policy.'), []);
    });

    it('in a root cause, reads a person denied as the cause as named as none, and one granted as named', () => {
      expectInRootCause(
        [
          'The outage was not caused by the on-call engineer; the failover script had a race.',
          'The data loss was never caused by an operator, as the audit log shows.',
          'This was not caused by the contractor, whose change had been rolled back an hour earlier.',
          "The outage wasn't caused by a utility worker doing a repair job, officials said.",
        ],
        [
          ['The outage was caused by the on-call engineer.', 'caused by the on-call engineer'],
          ['The data loss was caused by an operator, not by the backup system.', 'caused by an operator'],
          [
            'The outage was not only caused by the contractor but also by the missing review.',
            'caused by the contractor',
          ],
          ["It wasn't the network: the outage was caused by the on-call engineer.", 'caused by the on-call engineer'],
        ],
      );
    });

    it('in a root cause, reads a headline with no closing stop as telling what happened', () => {
      assert.deepEqual(inRootCause('Employee information mistakenly published at the hospital'), [
        'mistakenly published',
      ]);
      assert.deepEqual(inRootCause("St Vincent's Hospital email gaffe reveals confidential employee details"), [
        'gaffe',
      ]);
      assert.deepEqual(inRootCause('Employee information is mistakenly published when the form is reused.'), []);
    });

    it('in a root cause, reads a past the same as its base in a "when" clause as told, not supposed', () => {
      expectInRootCause(
        ['When engineers shut down the switch, the site goes down.'],
        [['It happened when an engineer shut down the switch.', 'an engineer shut']],
      );
    });

    it('reads a person after "for" as the subject of the infinitive after them, not after an adjective', () => {
      assert.deepEqual(flagged('It only took moments for an employee to accidentally cripple the service.'), [
        'person-mistake: an employee to accidentally cripple',
      ]);
      expectClean(['The screenshot shows how easy it was for someone to click the wrong link.']);
    });

    it('in a root cause, reads an act whose object follows the one told (`disclosed to a father the identity`)', () => {
      expectInRootCause(
        ['The engineer spoke to the customer the next day.'],
        [['A council officer disclosed to a father the identity of a neighbour.', 'A council officer disclosed']],
      );
    });

    it("in a root cause, reads a diary's act with a wrong thing, its writer left out, as a slip", () => {
      expectInRootCause(
        ['The package was released from the wrong branch because the tag pointed there.', 'Found the wrong config.'],
        [['Released the package from the wrong branch.', 'Released the package from the wrong branch']],
      );
    });

    it("reads an organisation's name as the subject of a slip as human error, but not a product's", () => {
      assert.deepEqual(kinds('The PSNI mistakenly published a spreadsheet online.'), ['human-error']);
      assert.deepEqual(kinds('University of Canberra accidentally sent staff details to every employee.'), [
        'human-error',
      ]);
      expectClean([
        'Kubernetes accidentally evicted the pods.',
        'Changes to the Fortnite Client and Server inadvertently resulted in a surge of traffic.',
      ]);
    });

    it('reads a cause traced to, attributed to or pinned on a person as naming them', () => {
      assert.deepEqual(flagged('Officials traced the computer debacle to a single employee.'), [
        'person-mistake: traced the computer debacle to a single employee',
      ]);
      assert.deepEqual(flagged('The board pinned the outage on the intern.'), [
        'person-mistake: pinned the outage on the intern',
      ]);
      assert.deepEqual(
        flagged('The error was traced to an elections software employee whose job was to lay out ballots.'),
        ['person-mistake: traced to an elections software employee'],
      );
      assert.deepEqual(
        flagged('The NTSB cited the probable cause as the failure of the pilot to follow his clearance.'),
        ['person-mistake: the failure of the pilot to follow'],
      );
      expectClean([
        'We traced the slowdown to a bad config push.',
        'The team attributed the outage to the new cache.',
        "The failure was traced to the engineer's laptop.",
        'The page was logged as a failure by the engineer on call.',
      ]);
    });

    it('in a root cause, reads a slip told of as what happens any time as no cause of this incident', () => {
      expectInRootCause(
        [
          'Outages can happen when a misplaced comma slips into a config file.',
          'Data loss may occur when a table is accidentally dropped during a migration.',
          'Sometimes a command is mistakenly typed into the wrong terminal and nobody notices.',
          'A deploy can fail when a variable is misspelled in the manifest.',
        ],
        [
          ['A misplaced decimal point in the dosage field caused the overdose.', 'misplaced'],
          ['The table was accidentally dropped during the migration.', 'accidentally dropped'],
          ['An incorrectly typed hostname pointed traffic at the wrong cluster.', 'incorrectly typed'],
          ['The command was mistakenly typed into the production terminal.', 'mistakenly typed'],
        ],
      );
    });

    it('in a root cause, reads a noun before a pronoun and a verb with a stranded preposition as no object', () => {
      expectInRootCause(
        [
          'Nothing was logged except a summary by the vendor engineer I spoke to.',
          'The only record is a note from the support agent I talked to.',
          'The cause lay in the staging host I logged into, which still had the old certificate.',
          'The outage traced back to the old bastion host I connected through.',
        ],
        [
          ['The migration script I ran deleted the users table.', 'I ran'],
          ['The config change I pushed yesterday broke the login page.', 'I pushed'],
          ['The database I connected to was production, and I dropped the users table.', 'I dropped'],
          ['Fixed a typo I made during made changes last night.', 'a typo I made'],
        ],
      );
    });

    it('in a root cause, reads what the writer has done, in the present perfect, as the report and response', () => {
      expectInRootCause(
        [
          "I've documented the manual failover steps in the runbook.",
          'I have added a check to the deploy script so this cannot recur.',
          "I've restarted the workers and the queue is draining again.",
          'I have rotated the leaked keys and revoked the old tokens.',
        ],
        [
          ['I deleted the production table while cleaning up old data.', 'I deleted'],
          ['I had pushed the config to production before the review finished.', 'I had pushed'],
          ['Tom has pushed an untested config to production.', 'Tom has pushed an untested config'],
          ['The intern has changed the retention setting on the bucket.', 'The intern has changed'],
        ],
      );
    });

    it("in a root cause, reads a sentence that opens with a past verb as the writer's own", () => {
      assert.deepEqual(inRootCause('Forgot test condition, sent mass emails.'), ['Forgot']);
      assert.deepEqual(inRootCause('Got the warning email last night but forgot about it.'), ['forgot']);
      assert.deepEqual(inRootCause('Forgetting the flag was easy: the form hid it.'), []);
      assert.deepEqual(inRootCause('Deployed the fix and the queue drained.'), []);
      assert.deepEqual(
        detectBlame('Forgot test condition, sent mass emails.'),
        [],
        'outside a root cause a note may drop its subject',
      );
    });

    it('reads a past with the form of its base as the past after a singular subject', () => {
      assert.deepEqual(inRootCause('Bob set the TTL to zero.'), ['Bob set']);
      assert.deepEqual(inRootCause('The contractor cut the fiber.'), ['The contractor cut']);
      assert.deepEqual(inRootCause('The admin reset the password.'), ['The admin reset']);
      assert.deepEqual(inRootCause('Someone hit the delete button.'), ['Someone hit']);
      // The present, and nouns of the same form: no act.
      assert.deepEqual(inRootCause('Bob sets the TTL to zero on every deploy.'), []);
      assert.deepEqual(inRootCause('A power cut took the site down.'), []);
      assert.deepEqual(inRootCause('The data set grew past the disk.'), []);
    });

    it('reads a person doing something as the cause, but not one answering the incident', () => {
      assert.deepEqual(inRootCause('The probable cause was an engineer seeking a shortcut through the firewall.'), [
        'an engineer seeking',
      ]);
      assert.deepEqual(inRootCause('The probable cause was an engineer investigating the alert.'), []);
    });

    it('reads a role with a phrase in -ing the model tags as a noun as the one who acted', () => {
      assert.deepEqual(inRootCause('The person publishing the package forgot to build it.'), [
        'The person publishing the package forgot to',
      ]);
      assert.deepEqual(inRootCause('The contractor configuring the firewall left port 22 open.'), [
        'The contractor configuring the firewall left',
      ]);
      assert.deepEqual(inRootCause('It looks like the person publishing this forgot to build it.'), [
        'the person publishing this forgot to',
      ]);
      assert.deepEqual(inRootCause('It seems like the engineer running the migration skipped the dry run.'), [
        'the engineer running the migration skipped',
      ]);
      assert.deepEqual(inRootCause('It looks like the deploy job running the migration skipped the dry run.'), []);
      assert.deepEqual(inRootCause('The user testing the feature found a bug in the export.'), []);
      assert.deepEqual(inRootCause('The maintainer releasing the package followed the release checklist.'), []);
    });

    it('reads a number of units of time after a verb as when it acted, not what it acted on', () => {
      assert.deepEqual(inRootCause('A background worker, deployed three weeks earlier, read the new column.'), []);
      assert.deepEqual(inRootCause('Bob deleted 3 days of logs.'), ['Bob deleted']);
    });

    it('reads a past the model tags as an adjective after `when` as told, not supposed', () => {
      assert.deepEqual(inRootCause('It was the time when someone mixed up the DLL files.'), ['someone mixed']);
      assert.deepEqual(inRootCause('When someone mixes up the DLL files, the loader fails.'), []);
    });

    it('reads a gerund clause with a person as its subject and a duty left undone, in any section', () => {
      assert.deepEqual(flagged('The issue stemmed from the engineer not properly testing the change.'), [
        'person-mistake: the engineer not properly testing',
      ]);
      assert.deepEqual(flagged('The outage was caused by Bob not running the migration.'), [
        'person-mistake: Bob not running',
      ]);
      expectClean(['The outage came from the cron job not running the cleanup.']);
      // The model may read the gerund as a noun: `testing/NOUN`.
      assert.deepEqual(flagged('It was due to the engineer not testing the change.'), [
        'person-mistake: the engineer not testing',
      ]);
      assert.deepEqual(flagged('The whole thing came down to Tom not testing his change before merging it.'), [
        'person-mistake: Tom not testing',
      ]);
      expectClean([
        'The outage came down to the deploy tool not testing the change.',
        'It came down to users not checking their email.',
        'The tests were skipped, not testing anything.',
      ]);
    });

    it('reads an act in progress in the past, and code or a quotation after a verb as its object', () => {
      assert.deepEqual(inRootCause('I was editing production directly.'), ['I was editing']);
      assert.deepEqual(inRootCause('The root cause was flooding in the basement.'), []);
      assert.deepEqual(inRootCause('Bob was on call and was monitoring the dashboards.'), []);
      const text = 'One day, a lead developer ran "make test" after lunch.';
      const [block] = parsePostmortem(text, { config: DEFAULT_CONFIG }).prose;
      const context = { rootCause: true, names: NO_KNOWN_NAMES };
      assert.deepEqual(
        detectBlame(block!.masked, text, compilePhrases(undefined), context).map((detection) => detection.phrase),
        ['a lead developer ran'],
      );
    });

    it('does not flag a system, the team, nobody in particular, or a person who did nothing wrong', () => {
      expectClean([
        'Travis failed to deploy the change.',
        'The deploy tool failed to roll back.',
        'PR #254 failed to deploy to staging.',
        'The Kubernetes operator failed to reconcile the resource.',
        'The database user failed to authenticate against the replica.',
        'The user interface failed to load.',
        'Renovate missed the update.',
        'Sentry missed the exception because of sampling.',
        'Monitoring missed the spike because the scrape interval was too long.',
        'The health check ignored the error response.',
        'The change broke the login flow.',
        "Chris's laptop failed to connect to the VPN.",
        'We forgot to renew the certificate.',
        'We missed the alert.',
        'This is again our bad as SDKs were missing timeout configurations.',
        'Nobody owned this procedure.',
        'Nobody was responsible for testing this procedure.',
        'No one noticed the alert for three hours.',
        'Anyone could have made this mistake.',
        'An accidental execution of a command deleted the nodes.',
        'containerd had been set as the default container runtime accidentally',
        'so these do not get forgotten.',
        "the deployer's local minikube had run out of space",
        'A user reported seeing 503 for all services.',
        'The IPS team called the admin employee and confirmed that he did not suspend the account.',
        'The Homebrew maintainer who resolved the above issues was on paternity leave.',
        'The on-call engineer rolled back the deploy.',
        'Alice restarted the service and the errors stopped.',
        'We became aware of it during a call with Peter Taylor.',
        'Write down the responsibilities of the people doing the deployment.',
        'Customers failed to receive order confirmation emails.',
        'Users failed to log in for 20 minutes.',
        'Users missed notifications during the outage.',
        'The pod is in error state.',
        'The etcd member failed to join the cluster.',
        'The team members who are normally responsible for customer communications were unavailable.',
        'The change caused the outage.',
        'The on-call failed to receive the page because of a PagerDuty outage.',
        'Alice failed to connect to the bastion host.',
        'The deploy was triggered by an engineer at 14:02.',
        'Jane, the on-call engineer, was paged at 14:02 and acknowledged within two minutes.',
        'The operator ran the documented command, which targeted all clusters by default.',
      ]);
    });

    it("flags another person's not knowing, not the writer's, the team's, a skill or the present", () => {
      expectFlagged('person-mistake', [
        "The new SRE didn't know the flag was global.",
        "the junior dev didn't understand how the cache works",
        'someone received a request from a lowly engineer, and they failed to understand and/or ignored it.',
      ]);
      expectClean([
        'At 10:02 we did not know which service was failing.',
        "What I didn't know was that another team had changed the last_login column to be nullable.",
        "the people with physical access to them didn't know how to fix them",
        "Users on PyPI do not necessarily already know one-another's email addresses.",
        "The parser didn't understand the new date format.",
      ]);
    });

    it('in a root cause, reads a terse "not" after a person, with no auxiliary, as a duty left undone', () => {
      assert.deepEqual(inRootCause('support engineer not follow the runbook steps'), ['support engineer not follow']);
      assert.deepEqual(inRootCause('junior dev not understood how cache invalidation work'), [
        'junior dev not understood',
      ]);
      assert.deepEqual(inRootCause('on-call engineer not paged until 10:05'), []);
      assert.deepEqual(inRootCause('Backup not tested before the migration'), []);
      assert.equal(inRootCause('Mehmet did the deploy on Friday and not checked the logs after.').length, 1);
      assert.deepEqual(inRootCause('The job retried the upload and not checked the checksum.'), []);
    });

    it('reads non-native forms of a duty undone and of hindsight: `without to inform`, `if ... would have`', () => {
      assert.equal(flagged('The colleague from support closed the ticket without to inform the customer.').length, 1);
      assert.equal(flagged('If the reviewer would have read the diff properly this would not happen.').length, 1);
      expectClean([
        'We cannot deploy without to run the tests.',
        "I'm not sure if I would have done things differently.",
        'If the alert would have fired, the on-call would have been paged.',
      ]);
    });

    it('reads telling or noticing denied before "any" and a noun as a report that there was none', () => {
      expectClean([
        'The pilot did not report any problems with the landing gear before departure.',
        "The on-call engineer didn't notice anything unusual in the dashboards that morning.",
        'The customer did not report any errors after the fix was deployed.',
        'The technician did not detect any leaks during the inspection.',
      ]);
      expectFlagged('person-mistake', [
        'The pilot did not report the landing gear problem before departure.',
        "The on-call engineer didn't notice the alert in the dashboard.",
        'The operator did not mention any of the alarms during the shift handover.',
        'The technician did not detect the leak during the inspection.',
      ]);
    });

    it("reads a question about a person's fault as asked, not said", () => {
      expectClean([
        "How in the world could a system that lets a two-week trainee destroy the equipment be the trainee's fault?",
        "Was it the operator's mistake?",
      ]);
      assert.deepEqual(kinds("It was the intern's fault."), ['person-mistake']);
    });

    it('reads a named team that broke or destroyed something live as a person would be read', () => {
      assert.deepEqual(kinds('Our out-sourced operations team broke the portal of a large customer.'), [
        'person-mistake',
      ]);
      expectClean(['The operations team broke the task into three tickets.', 'We deleted the stuck pods.']);
    });

    it('reads "wrong" with its article dropped after a verb, as chat writing has it', () => {
      assert.deepEqual(flagged('- oncall guy restart wrong pod, so db go down'), [
        'person-mistake: oncall guy restart wrong pod',
      ]);
      expectClean([
        '- deploy script restart wrong pod because label selector was wrong',
        'Affected proposers were refunded for missed slots where Titan relay served invalid headers.',
      ]);
    });

    it('reads a role before a past tense the tagger joins to it as the subject of a verb that judges', () => {
      expectFlagged('person-mistake', ['the night operator panicked and rebooted all nodes']);
      expectClean(['The kernel panicked and the node rebooted.', 'I spent 30 minutes communicating in a panic.']);
    });

    it('rephrases "forgot to" and its kin as "did not", in the verb\'s tense', () => {
      assert.equal(
        rephrased('The engineer forgot to renew the certificate.'),
        'The engineer did not renew the certificate.',
      );
      assert.equal(rephrased('Bob simply forgot to renew it.'), 'Bob did not renew it.');
      assert.equal(rephrased('The on-call fails to escalate.'), 'The on-call does not escalate.');
      assert.equal(
        rephrased("The SRE didn't bother to check the dashboards."),
        'The SRE did not check the dashboards.',
      );
      assert.equal(rephrased('Mike overlooked the failing test.'), 'Mike did not notice the failing test.');
      assert.equal(rephrased('Bob fat-fingered the IP address.'), 'Bob mistyped the IP address.');
      assert.equal(rephrased('Bob typoed the IP address.'), 'Bob mistyped the IP address.');
      assert.equal(rephrased("Bob typo'd the IP address."), 'Bob mistyped the IP address.');
      assert.deepEqual(detectBlame('Bob had forgotten to renew it.')[0]!.suggestions, [], 'no "had did not"');
    });

    it("reads no slip where the adverb is denied or only possible: `so we don't accidentally delete them`", () => {
      expectClean([
        "Enable deletion protection so we don't accidentally delete the tables.",
        'Add a confirmation prompt so that operators do not accidentally drop a table.',
        'An engineer could accidentally delete the bucket with this command.',
        'We never accidentally deleted anything during the drill.',
      ]);
      assert.deepEqual(flagged("We'd accidentally caused the outage."), ["human-error: We'd accidentally caused"]);
      assert.deepEqual(flagged('I managed to accidentally corrupt a production database.'), [
        'person-mistake: I managed to accidentally corrupt',
      ]);
      assert.deepEqual(flagged('Bob accidentally ran the script twice.'), ['person-mistake: Bob accidentally ran']);
    });

    it("reads a named team's slip as the writers' own is read, and nobody's find by chance as a slip", () => {
      assert.deepEqual(flagged('The crew inadvertently left the speedbrakes deployed.'), [
        'human-error: The crew inadvertently left',
      ]);
      assert.deepEqual(flagged('The ops team mistakenly restarted the primary.'), [
        'human-error: The ops team mistakenly restarted',
      ]);
      expectClean([
        'The team accidentally discovered the leak while testing.',
        'An engineer accidentally discovered the leak while testing.',
        'Bob inadvertently noticed the spike.',
        'Many teams inadvertently depend on the old API.',
        'The platform team was accidentally paged twice.',
        'The cleanup job accidentally deleted the route table.',
      ]);
    });

    it('reads the agent of a passive as the one who left a duty undone: `started by Maria without checking`', () => {
      assert.deepEqual(flagged('The reindex was started by Maria without checking the schedule.'), [
        'person-mistake: started by Maria without checking',
      ]);
      assert.deepEqual(flagged('The release was cut by Priya without running the smoke tests.'), [
        'person-mistake: cut by Priya without running',
      ]);
      assert.deepEqual(flagged('The hotfix was merged by an engineer without any review.'), [
        'person-mistake: merged by an engineer without any review',
      ]);
      expectClean([
        'The job was started by the scheduler without checking the lock.',
        'The release was cut by the bot without running the smoke tests.',
        'The alert was acknowledged by the on-call without delay.',
        'The backup was restored by the DBA without any data loss.',
      ]);
    });

    it('reads a role listed in the singular as a person in the plural too: `the nurses gave the wrong dose`', () => {
      assert.deepEqual(flagged('The clerks entered the wrong account number.'), [
        'person-mistake: The clerks entered the wrong account',
      ]);
      assert.deepEqual(flagged('The skippers ignored the storm warning.'), ['person-mistake: The skippers ignored']);
      assert.deepEqual(flagged('Two doctors prescribed the wrong antibiotic.'), [
        'person-mistake: Two doctors prescribed the wrong antibiotic',
      ]);
      expectClean([
        'The nurses gave the evening doses at 20:00.',
        'The clerks entered the account numbers twice a day.',
        'The nurses gave the right dose.',
      ]);
    });

    it('reads a duty undone in the perfect passive by a person: `had not been activated by the driver`', () => {
      assert.deepEqual(flagged('The smoke detectors had not been tested by the janitor.'), [
        'person-mistake: had not been tested by the janitor',
      ]);
      assert.deepEqual(flagged('The change had not been reviewed by Priya before the deploy.'), [
        'person-mistake: had not been reviewed by Priya',
      ]);
      assert.deepEqual(flagged('The handbrake on the trailer had not been applied by the driver.'), [
        'person-mistake: had not been applied by the driver',
      ]);
      assert.deepEqual(flagged('The night nurses did not action the pump alarm.'), [
        'person-mistake: The night nurses did not action',
      ]);
      expectClean([
        'The backup had not been verified by a second engineer.',
        'The backup had not been verified by the nightly job.',
        'The firmware had not been loaded by the driver.',
        'The pipeline did not action the queued jobs.',
        'The admin did not perform the suspension of the account.',
        'We did not action the alert because it was a known false positive.',
      ]);
    });

    it('reads a slip told in the passive of a thing anywhere as human error, not a state or what befell people', () => {
      expectFlagged('human-error', [
        'One of the nodes was accidentally deleted in the production environment.',
        'The issue was closed by mistake.',
        'By mistake, the production table was truncated.',
      ]);
      expectClean([
        'The platform team was accidentally paged twice.',
        'The certificate fields were issued incorrectly.',
        'A misdirected email is one of the most frequent breaches logged by our customers.',
        'The alert was accidentally silenced by the new rule.',
        'If a file is accidentally deleted, restore it from the trash.',
      ]);
    });

    it('reads a slip opening the sentence before a passive with nobody named, in a root cause, as human error', () => {
      expectInRootCause(
        [
          'By mistake, the alert was routed to the wrong team by the paging rules.',
          'By mistake or not, the change was rolled back.',
          'By the time the mistake was found, the branch was restored.',
          'Accidentally, the cron job deleted the bucket.',
        ],
        [
          ['By mistake, the production table was truncated.', 'By mistake'],
          ['Inadvertently, the staging keys were copied into the public bucket.', 'Inadvertently'],
          ['By mistake, the master branch was force updated.', 'By mistake'],
        ],
      );
    });

    it('reads one mistake made in the passive, nobody named, in a root cause or a stated cause, as human error', () => {
      expectInRootCause(
        [
          'No mistake was made during the failover.',
          'It is not a single mistake: a whole series of mistakes were made.',
          'The mistake was made worse by the retry storm.',
          'A manual change was made which was reverted by the operator.',
          'An error was made by the parser when it read the new field.',
          'If a mistake was made, the dry run would have shown it.',
        ],
        [
          [
            'A manual configuration error was made which was auto-corrected by our healing job.',
            'A manual configuration error was made',
          ],
          ['An error had been made in the firewall change.', 'An error had been made'],
        ],
      );
      assert.deepEqual(flagged('A typo was made in the hostname, which caused the outage.'), [
        'human-error: A typo was made',
      ]);
      expectClean(['An error was made during the migration, and it was caught in review.']);
    });

    it("reads the writers' forgetting in a root cause as human error, and outside one as owning a step", () => {
      expectInRootCause(
        [
          'We did not forget to renew it; the renewal job failed.',
          'If we forget to renew, the monitor pages the owner.',
          'Nobody forgot anything: the renewal job had been disabled in the last refactor.',
        ],
        [['We forgot to update the DNS record after the migration.', 'We forgot to']],
      );
      assert.deepEqual(kinds('We forgot to update the DNS record after the migration.'), []);
    });

    it('reads a fault owned as told, and one supposed in the present as no fault yet', () => {
      assert.deepEqual(kinds("If I'm honest, it was my fault."), ['person-mistake']);
      assert.deepEqual(kinds("It's my fault."), ['person-mistake']);
      assert.deepEqual(kinds("If it happens again, THEN it's my fault."), []);
      assert.deepEqual(kinds('If the backup fails again, it will be my fault.'), []);
    });

    it("reads the subject of a gerund after `for` as the main clause's: `apologised for accidentally sending`", () => {
      expectInRootCause(
        [
          'The tool is known for accidentally deleting files.',
          'Thanks for accidentally finding the bug.',
          'The script removed the change, inadvertently triggering a shutdown.',
        ],
        [
          [
            'We removed the change, inadvertently triggering a shutdown.',
            'We removed the change, inadvertently triggering',
          ],
          [
            'The council has apologised for accidentally sending the letters.',
            'The council has apologised for accidentally sending',
          ],
        ],
      );
    });

    it("reads the writers' own failing to act in a root cause as human error, not an organisation's", () => {
      expectInRootCause(
        [
          'The council failed to take appropriate organisational measures to prevent accidental disclosure.',
          'The audit tool encountered a bug and failed to stop the command.',
        ],
        [
          ['However, we then failed to fully test the change.', 'we then failed to'],
          ["In yesterday's case, we got it wrong, which blocked the release.", 'we got it wrong'],
        ],
      );
      assert.deepEqual(kinds('However, we then failed to fully test the change.'), []);
    });

    it("reads the writers' own mistake in a root cause as human error, and outside one as an account", () => {
      expectInRootCause(
        ['If we made a mistake, the deploy gate would stop it.', 'We made a decision to roll back the release.'],
        [
          ["We've realised that we've made a mistake here.", "we've made a mistake"],
          ['Our team made an error in the failover configuration.', 'Our team made an error'],
        ],
      );
      assert.deepEqual(kinds("We made a mistake in our capacity estimate, which assumed last year's traffic."), []);
    });

    it('reads a person acting on one thing as if it were another, in a root cause, as a mistake', () => {
      expectInRootCause(
        [
          'The team treated the drill as if it were a real incident.',
          'The dashboard showed the replica as if it was the primary.',
          'It looked as if it was the primary that failed, but the logs showed otherwise.',
          'The service behaved as if it was under load.',
        ],
        [
          [
            'The engineer then proceeded to work on access router 1 as if it was access router 2.',
            'The engineer then proceeded to work on access router 1 as if it was',
          ],
          ['The DBA ran the migration against prod as though it were staging.', 'The DBA ran'],
        ],
      );
      assert.deepEqual(flagged('The technician unplugged rack 12 as if it were rack 21, which caused the outage.'), [
        'person-mistake: The technician unplugged rack 12 as if it were',
      ]);
      expectClean(['The DBA ran the migration against prod as though it were staging.']);
    });

    it('reads a pronoun before a slip adverb and its gerund as its subject: `resulted in me accidentally`', () => {
      assert.deepEqual(flagged('The change resulted in me accidentally deleting the staging bucket.'), [
        'person-mistake: me accidentally deleting',
      ]);
      expectClean([
        'It resulted in it accidentally deleting the staging bucket.',
        'This kept me from accidentally deleting the bucket.',
      ]);
    });

    it('reads an act done without thought or care as a mistake of a person, not of a program', () => {
      assert.deepEqual(flagged('I blithely confirmed the deletion.'), ['person-mistake: I blithely confirmed']);
      assert.deepEqual(flagged('The admin heedlessly ran the cleanup script.'), [
        'person-mistake: The admin heedlessly ran',
      ]);
      expectClean([
        'The retry loop blithely ignored the error and kept going.',
        'The dashboard blithely reported green while the queue grew.',
        'The team hastily rolled back the release once the alerts fired.',
      ]);
    });

    it('reads going around a fault as a workaround, and going around a control, in any state, as a mistake', () => {
      expectClean([
        'Our engineers have bypassed the problem and routed new power lines to the rack.',
        'The on-call engineer bypassed the broken load balancer to restore service.',
        'Ops bypassed the bottleneck by adding a second queue consumer.',
      ]);
      expectInRootCause(
        [
          'The technician circumvented the outage by patching a spare cable into the core switch.',
          'The operator bypassed the failed power supply by moving the rack to the second feed.',
        ],
        [['The developer circumvented the review to ship the fix faster.', 'The developer circumvented']],
      );
      assert.deepEqual(flagged('The operator bypassed the failing safety check.'), [
        'person-mistake: The operator bypassed',
      ]);
      assert.deepEqual(flagged('The admin bypassed the approval step.'), ['person-mistake: The admin bypassed']);
    });

    it('reads a mistake owned through `whose` as the person it stands for: `the engineer whose fault it was`', () => {
      assert.deepEqual(flagged('The contractor whose mistake wiped the disks was not named.'), [
        'person-mistake: whose mistake',
      ]);
      assert.deepEqual(flagged('Bob, whose oversight let the cert expire, apologised.'), [
        'person-mistake: whose oversight',
      ]);
      assert.deepEqual(flagged('We spoke to the operator whose error took the line down.'), [
        'person-mistake: whose error',
      ]);
      expectClean([
        'The disk whose fault triggered the failover was replaced.',
        'Nobody knew whose fault it was.',
        'It was never clear whose mistake it was.',
        'The service whose error rate rose was rolled back.',
        'The team whose mistake it was wrote the review.',
      ]);
    });

    it('reads a slip adverb opening the sentence without its comma, and one after the object before a clause', () => {
      assert.deepEqual(flagged('Unintentionally one of the engineers pushed to main.'), [
        'person-mistake: Unintentionally one of the engineers',
      ]);
      assert.deepEqual(flagged('Inadvertently a technician unplugged the core switch.'), [
        'person-mistake: Inadvertently a technician',
      ]);
      assert.deepEqual(flagged('Accidentally Bob deleted the bucket.'), ['person-mistake: Accidentally Bob']);
      assert.deepEqual(flagged('The electrician cut the live feed inadvertently while tracing a fault.'), [
        'person-mistake: The electrician cut the live feed inadvertently',
      ]);
      assert.deepEqual(
        flagged('The analyst overwrote the quarterly figures unintentionally while merging two sheets.'),
        ['person-mistake: The analyst overwrote the quarterly figures unintentionally'],
      );
      expectClean([
        'Inadvertently the cron job deleted the bucket.',
        'Unintentionally the new limit throttled every customer.',
        'Accidentally it deleted the bucket.',
        'The job ran inadvertently while the backup was running.',
        'The replica was promoted inadvertently while the primary was healthy.',
        'Accidentally deleted buckets are kept for a week.',
        'Mistakenly flagged payments are released after review.',
      ]);
    });

    it('reads a slip adverb after a day word or adverb as opening the clause, and `got` after it as passive', () => {
      assert.deepEqual(flagged('Yesterday inadvertently a contractor cut the fibre trunk.'), [
        'person-mistake: inadvertently a contractor',
      ]);
      assert.deepEqual(flagged('Then mistakenly the clerk refunded every order twice.'), [
        'person-mistake: mistakenly the clerk',
      ]);
      expectInRootCause(
        [
          'Today accidentally the cron job deleted the bucket.',
          'Then inadvertently the failover promoted the stale replica.',
          'The archive accidentally got purged by the retention job.',
        ],
        [
          ['The archive mistakenly got purged during the cleanup.', 'mistakenly'],
          ['The ticket queue inadvertently got wiped before the handover.', 'inadvertently'],
        ],
      );
      expectClean([
        'The archive mistakenly got purged during the cleanup.',
        'Today inadvertently nothing was deleted.',
      ]);
    });

    it('reads an irregular participle after a slip adverb as a passive, as a regular one', () => {
      expectInRootCause(
        [
          'The cleanup script was accidentally run by the nightly scheduler.',
          'The invoices were sent by the billing job.',
        ],
        [
          ['The cleanup script was accidentally run against the production database.', 'accidentally run'],
          ["The customer's records had been mistakenly sent to another address.", 'mistakenly sent'],
        ],
      );
    });

    it('reads one picked from a group of people as a person: `One of our staff`', () => {
      expectInRootCause(
        ['Two of our staff were on leave that week.', 'One of our staff noticed the disk filling up.'],
        [
          ['One of our staff deleted the database.', 'One of our staff deleted'],
          ['One of the team deleted the database.', 'One of the team deleted'],
        ],
      );
    });

    it('reads members picked from a group as people: `Two members of staff`, `a member of the team`', () => {
      expectInRootCause(
        ['Two members of staff were on leave that week.', 'A member of the team noticed the disk filling up.'],
        [
          ['Two members of staff forwarded the email outside the organisation.', 'Two members of staff forwarded'],
          ['A member of the team deleted the database.', 'A member of the team deleted'],
        ],
      );
    });

    it('reads a group past the modifier that follows it: `Staff handling the migration forgot`', () => {
      expectInRootCause(
        ['Staff handling the migration stayed late to finish it.'],
        [['Staff handling the migration forgot to copy the archive tables.', 'Staff handling the migration forgot to']],
      );
    });

    it('reads a duty decided against as one left undone: `decided not to page`', () => {
      expectInRootCause(
        ['The engineer decided not to stay late that evening.', 'We decided that the alert was noise.'],
        [
          ['Joe decided not to page the database team.', 'Joe decided not to page'],
          ['The engineer opted not to run the tests.', 'The engineer opted not to run'],
        ],
      );
    });

    it('reads one mistake right after a word of cause as a slip: `due to a mistake`', () => {
      expectInRootCause(
        [
          'The outage was not due to a mistake.',
          'The delay happened because our monitoring focuses on common mistakes.',
          'A mistake in the WHERE clause of the migration deleted 3,000 rows.',
          'The applicants received the email because of a mistake in the university software.',
        ],
        [
          ['The release was meant to be a dry run, but due to a mistake, it was a real release.', 'due to a mistake'],
          ['The alerts did not get through because of a mistake in typing the address.', 'because of a mistake'],
        ],
      );
    });

    it('reads a share of incidents counted in digits as a statistic that blames no one, and a breach as one', () => {
      expectInRootCause(
        [
          'Operator errors caused 12% of the 245 outages last year.',
          'Human error accounted for 3 of the 10 breaches.',
          'Simple mistakes such as sending data to the wrong recipient accounted for 12% of the 245 data breaches.',
        ],
        [['Bob was responsible for the breach.', 'Bob was responsible for the breach']],
      );
    });

    it('reads a risky act in a mistaken belief as a slip outside a root cause too', () => {
      const flagged = (text: string) => detectBlame(text).length > 0;
      assert.equal(flagged('I ran the migration against prod thinking it was staging.'), true);
      assert.equal(flagged('The on-call restarted the pods thinking it was a DNS issue.'), false);
      assert.equal(flagged('I ran the fix against prod, thinking it would help.'), false);
    });

    it('reads `your` before an act in a root cause as the person answered: `@Ferroin your merge broke it`', () => {
      expectInRootCause(
        ['Your data was never at risk.', 'Also own up to your mistakes.'],
        [['cc: @Ferroin your merge broke it...', 'your merge broke']],
      );
    });

    it('reads human error given as the cause of what did not happen, not as denied', () => {
      expectInRootCause(
        ['The outage was not caused by human error.', 'It did not happen because of human error.'],
        [['The software failure was not detected due to human error.', 'human error']],
      );
    });

    it('in a root cause, reads the wrong thing handled by hand in the passive, its doer left out, as a slip', () => {
      expectInRootCause(
        [
          'The wrong file was uploaded by the sync job.',
          'The outage was caused by the wrong file being uploaded by the sync job.',
          'Traffic was sent to the wrong region by the load balancer.',
          'There were no guardrails to stop the process from being run on the wrong server.',
          'If the wrong file is uploaded, the check fails.',
          'They had at no time been overlooked or mislaid.',
          'Documents are packed by machine, resulting in the summons being issued in error.',
        ],
        [
          ['The wrong config file was copied to production.', 'The wrong config file was copied'],
          ['A bone marrow test was also performed on the wrong patient.', 'performed on the wrong'],
          ['The letter was sent to the wrong address.', 'sent to the wrong'],
          ['The message was sent via the wrong communications channel.', 'sent via the wrong'],
          [
            'The outage was caused by an incorrect setting being applied to a configuration file.',
            'an incorrect setting being applied',
          ],
        ],
      );
    });

    it('reads a risk word before a verb of its own as framing nothing after the verb', () => {
      expectInRootCause(
        ['The checklist lowers the chance of human error.'],
        [['The outage across the lower North Island was caused by human error.', 'human error']],
      );
    });

    it("reads the subject before an aside that opens with a participle, not the aside's agent", () => {
      expectInRootCause(
        ['The equipment, installed and operated by the grid operator, mistakenly shut down the supply.'],
        [
          [
            'The engineer, asked by the manager to hurry, mistakenly deleted the volume.',
            'The engineer, asked by the manager to hurry, mistakenly deleted',
          ],
        ],
      );
    });

    it("reads a reply that names whom it answers as the writer's note: `@isaackwan sorry, forgot to`", () => {
      expectInRootCause(
        ['@bob thanks, merged the fix.'],
        [['@isaackwan sorry, forgot to push the tags.', 'forgot to']],
      );
    });

    it('reads a person who acted anyway after a warning the sentence tells of', () => {
      expectInRootCause(
        ['The alert fired but we restarted the service anyway.', 'The engineer deployed anyway.'],
        [
          [
            'The developer had been warned about the risk but deployed anyway.',
            'The developer had been warned about the risk but deployed anyway',
          ],
        ],
      );
    });

    it('reads a record emailed as an act, people emailed as the response: `emailed the file`', () => {
      expectInRootCause(
        ['The on-call engineer emailed the customers at 10:40.'],
        [['A staff member emailed the file to an external address.', 'A staff member emailed']],
      );
    });

    it('reads a long capitalised name ending in a common noun as a thing, not a person', () => {
      expectInRootCause(
        [
          'It is unclear how the Cisco Redundant Power System entered the standby state.',
          'The Azure Front Door rejected the new certificate.',
        ],
        [['Developer Alice Smith forgot to renew the certificate.', 'Developer Alice Smith forgot to']],
      );
    });

    it('reads `in error` ending its phrase, and `by mistake` after a phrasal verb, as a passive slip', () => {
      expectInRootCause(
        [
          'A spike in error rates was seen after the deploy.',
          'Two pods were left in error state.',
          'The email was sent in error by the notification service.',
          'Nothing was deleted in error.',
        ],
        [
          ['The spreadsheet was sent in error to 200 parents.', 'in error'],
          ['The email was sent in error by a member of staff.', 'in error by a member'],
          ['The letter was sent out by mistake.', 'by mistake'],
        ],
      );
    });

    it("reads a passive slip's person as its agent anywhere: the one who slipped, not the thing acted on", () => {
      expectFlagged('person-mistake', [
        'The email was mistakenly sent by an employee.',
        'The school said the email was sent in error by an employee.',
        'The email was sent by mistake by a teacher.',
      ]);
      expectClean([
        'The files were mistakenly deleted by the cleanup job.',
        'The email was sent in error by the mailing system.',
        'The account was mistakenly flagged by our fraud model.',
      ]);
    });

    it("reads the writers' own step left out, in a root cause, and a thing left switched on", () => {
      expectInRootCause(
        [
          'We cannot deploy without running the tests.',
          'The pipeline lets us deploy without running the tests.',
          'The script left debug logging on.',
          'The load balancer unintentionally routed traffic to the drained pool',
        ],
        [
          ['We deployed without running the tests.', 'We deployed without running'],
          ['Without testing, we deployed the change.', 'Without testing, we'],
          ['We skipped the staging deploy.', 'We skipped'],
          ['The developer left debug logging enabled in production.', 'The developer left'],
          ['The developer left debug logging on in production.', 'The developer left'],
          ["We didn't run the CI job before merging.", "We didn't run"],
          ['We never tested the failover path.', 'We never tested'],
          ['the CI has been failing since yesterday night due to me.', 'due to me'],
          ['No, I just clicked on the wrong spot.', 'I just clicked on the wrong spot'],
        ],
      );
      expectInRootCause(
        [
          'We decided not to page the database team because the symptoms pointed at the network.',
          'We did not document the procedure because it had never been run.',
          'Unfortunately a step failed while replacing the original table which we had not planned for.',
          'We did not have monitoring on the queue.',
        ],
        [],
      );
    });

    it('reads the findings of accident reports: failures to act with an adverb, titled names, what came later', () => {
      expectInRootCause(
        [
          'Also, no engineered safety system intervened to apply the brakes before they were applied by the driver.',
          'The backup failed before the engineer deleted the table.',
          'He added that the ballot is two pages long, and the tracking system tracks pages instead of ballots.',
          'Mr Lawrence had not been adequately trained.',
          'The operator had not been adequately trained.',
        ],
        [
          [
            'The probable cause was the failure of the engineer to correctly interpret the signal.',
            'the failure of the engineer to correctly interpret',
          ],
        ],
      );
      for (const sentence of [
        'If Mr Williams had slowed down, the bus would not have overturned.',
        'If the driver had slowed down, the bus would not have overturned.',
      ])
        assert.equal(inRootCause(sentence).length, 1, sentence);
    });

    it('reads admissions and duties of seen-35 in a root cause: an oversight, sorry for causing it', () => {
      expectInRootCause(
        [
          'The data was not encrypted properly by the library.',
          'Sorry for causing confusion in the thread.',
          'A bug in Paytm’s systems appears to have sent a notification to many people.',
          'At first I thought I’d somehow caused it, but fortunately it was not my fault.',
        ],
        [
          ["Hi, I'm sorry about that, that was an oversight.", 'that was an oversight'],
          ['The alert was not configured, which was an oversight.', 'which was an oversight'],
          ['Thanks for letting me know and my apologies for causing it!', 'my apologies for causing it'],
          ['The right fuel cap was not secured properly and departed the aircraft.', 'was not secured properly'],
          ['The crew failed to secure the cargo hatch prior to take-off.', 'The crew failed to'],
        ],
      );
    });

    it('reads `you` as the one addressed past an adverb or a perfect, unless the sentence supposes or explains', () => {
      expectFlagged('person-mistake', [
        "I see that you've accidentally deleted the entire file in your last commit.",
        'The site went down for an hour because of me.',
      ]);
      expectClean([
        'Losing money because you have typed in the wrong number is an operational mistake.',
        'If you have accidentally deleted a file, restore it from the trash.',
      ]);
    });
  });

  describe('hindsight', () => {
    it('reads hindsight opening a sentence with its writer left out, for what only people do', () => {
      expectFlagged('counterfactual', [
        'Should have tested this before merging.',
        "Shouldn't have merged it on a Friday.",
        'Sorry about that. Should have check too...',
      ]);
      expectClean([
        'Should have fired an alert at 80%.',
        'Should have worked, but the cache was stale.',
        'Should have been caught by CI.',
        'Should we have rolled back sooner?',
        'Could have checked the replica, but the runbook said not to.',
      ]);
    });

    it("reads the writers' own hindsight as a counterfactual, in a root cause and outside one", () => {
      expectInRootCause(
        ['We should have alerts on certificate expiry.', 'We could have rolled back sooner, had the alert fired.'],
        [
          ['We should have first communicated to everyone about the maintenance.', 'We should have first communicated'],
          ['In retrospect we should have requested a longer window.', 'we should have requested'],
        ],
      );
      expectFlagged('counterfactual', [
        'We should have first communicated to everyone about the maintenance.',
        'In hindsight, we should have asked the other members for their status output.',
        'We should have caught this earlier.',
      ]);
      expectClean(['We should have alerts on certificate expiry.', 'We should have been paged sooner.']);
    });

    it('flags counterfactuals with a person as the subject, and the passive "should have been caught"', () => {
      expectFlagged('counterfactual', [
        'The on-call engineer should have checked the dashboard.',
        'Someone should have noticed the disk filling up.',
        'Sarah should have checked the replication lag.',
        "The reviewer should've noticed that the migration dropped a column.",
        "The engineer shouldn't have restarted the database.",
        'The engineer could have checked the logs.',
        'They should have tested it in staging first.',
        'A careful engineer would have noticed the warning.',
        'This should have been caught in review.',
        'The typo should have been spotted by the reviewer.',
        'If only the engineer had double-checked the region, none of this would have happened.',
        'If the on-call had followed the runbook, the outage would have been shorter.',
        'Had the developer read the documentation, the bug would have been avoided.',
        "Couldn't they have done a test run on internal servers first?",
        "Shouldn't the on-call have noticed the alert?",
        'It would have been better to roll it back to the working version.',
        'If only the engineer had read the runbook.',
      ]);
      expectClean([
        'Mr B was advised to contact the Clinic by the end of the week if he had not heard anything from Dr A.',
      ]);
    });

    it('does not read a capitalised common word inside a title as a person', () => {
      assert.deepEqual(flagged('Wins and Losses Calculated Incorrectly: your game statistics may be off.'), []);
      assert.deepEqual(flagged('Mark Forgot To Renew The Certificate'), ['person-mistake: Mark Forgot To']);
    });

    it('does not flag what is on the part of nobody or a company, nor a mistake a program made', () => {
      expectClean([
        "There was no mistake on anyone's part.",
        'An error on our part let the bad config through.',
        "An error on Stripe's part delayed the payouts.",
        'The mistake the script made was deleting the wrong volume.',
        'We fixed the mistake in the config that the migration introduced.',
        'No action is needed on your part.',
        'Was it a mistake on his part? We do not think so.',
      ]);
    });

    it("flags the writers' own mistake, which only people make, on their part or as theirs", () => {
      expectFlagged('person-mistake', [
        'A mistake on our part let the bad config through.',
        'Totally our fault!',
        'The major mistake on our side was that we thought the old hardware would hold out.',
      ]);
      expectClean(['We learn from our mistakes.', 'It was not our fault.']);
    });

    it('does not flag what anyone, or any attacker, could have done', () => {
      expectClean([
        'An engineer could have run it by hand.',
        'An external actor could have retrieved or modified data in the system.',
        'As a result, a malicious actor could have potentially altered data.',
        'A determined attacker could have read every customer record.',
      ]);
      expectFlagged('counterfactual', [
        'The on-call engineer could have rolled back sooner.',
        'Bob could have caught this in review.',
      ]);
    });

    it('does not flag a question about a system, nor a thing that would have been better', () => {
      expectClean([
        "Couldn't the deploy tool have caught this?",
        "Shouldn't the alert have fired?",
        'The dashboard would have been better with a latency panel.',
        'Could they have known? Nothing in the logs said so.',
      ]);
    });

    it('does not flag a system as the subject, possession, possibility or the team in a condition', () => {
      expectClean([
        'The alert should have fired.',
        'The canary should have caught the regression.',
        'The migration should have been reversible.',
        'The load balancer should not have routed traffic to unhealthy hosts.',
        'This should have been caught by CI.',
        'The alert should have been escalated automatically.',
        'Every action item should have a GitHub issue attached to it.',
        'Things that could have gone better.',
        'What could have gone better?',
        'The alert went to a subset of the team, so it could have been noticed earlier.',
        'Something could have gone wrong with the ssh access.',
        'It would have been useful to describe the node.',
        'More granular deployments would have allowed us to catch the bug.',
        'This could have been prevented by a pre-deploy check.',
        'The incident could have been avoided if the alert had fired.',
        'If the cache had been warm, the latency would have stayed low.',
        'If only one replica is healthy the service degrades.',
        'If we had known, we would have paused the rollout.',
        'Nobody could have known about the upstream change.',
        'Any engineer could have made this mistake.',
        'He should have been paged when the queue grew.',
        'An engineer could have run the script by hand.',
      ]);
    });

    it('rephrases "should have" as "did not" or "had not"', () => {
      assert.equal(rephrased('The engineer should have checked the logs.'), 'The engineer did not check the logs.');
      assert.equal(
        rephrased('The engineer should have checked the logs.', 0, 1),
        'The engineer had not checked the logs.',
      );
      assert.equal(rephrased('Someone should have caught it.'), 'Someone did not catch it.');
      assert.equal(
        rephrased('The engineer should have promoted the replica.'),
        'The engineer had not promoted the replica.',
        'no guess at the base form',
      );
      assert.equal(
        rephrased("The engineer shouldn't have restarted the database."),
        'The engineer restarted the database.',
      );
      assert.equal(rephrased('This should have been caught in review.'), 'This was not caught in review.');
      assert.equal(
        rephrased('These changes should have been caught in review.'),
        'These changes were not caught in review.',
      );
      assert.ok(
        detectBlame('This should have been caught in review.')[0]!.suggestions.every((suggestion) => !suggestion.safe),
        'was or were: not for fix-all',
      );
    });

    it('reads a base form after "should have", as non-native writing has it, and rephrases it with "did not"', () => {
      assert.deepEqual(flagged('the reviewer should have catch this in code review'), [
        'counterfactual: the reviewer should have catch',
      ]);
      assert.equal(
        rephrased('the reviewer should have catch this in code review'),
        'the reviewer did not catch this in code review',
      );
      expectClean([
        'The alert should have fire earlier.',
        'Engineers should have access to the runbook.',
        'The on-call should have write access.',
      ]);
    });

    it('finds the base form only when the spelling leaves no doubt', () => {
      assert.equal(baseForm('checked'), 'check');
      assert.equal(baseForm('verified'), 'verify');
      assert.equal(baseForm('stopped'), 'stop');
      assert.equal(baseForm('escalated'), 'escalate');
      assert.equal(baseForm('caught'), 'catch');
      assert.equal(baseForm('rolled'), 'roll');
      assert.equal(baseForm('promoted'), undefined);
      assert.equal(baseForm('constructor'), undefined);
    });

    it('chooses "a" or "an" by how the next word sounds', () => {
      for (const word of ['engineer', 'admin', 'hour', 'honest', 'SRE', 'API', 'unused', 'outage'])
        assert.equal(indefiniteArticle(word), 'an', word);
      for (const word of ['user', 'unit', 'one-off', 'European', 'DBA', 'careless', 'usual'])
        assert.equal(indefiniteArticle(word), 'a', word);
    });

    it('keeps the article right when it drops a judging word, and applies no rephrasing that still blames', () => {
      assert.equal(
        rephrased('The outage began when a fat-fingered admin typed the wrong host.'),
        'The outage began when an admin typed the wrong host.',
      );
      const stillBlames = detectBlame('Some lazy person rerouted both cables instead of following the contract.');
      assert.ok(stillBlames.length > 0);
      for (const detection of stillBlames)
        assert.deepEqual(
          detection.suggestions.filter((suggestion) => suggestion.safe),
          [],
          detection.phrase,
        );
    });

    it('reads care wished of a named person, and what the writer expected of others, as hindsight', () => {
      assert.deepEqual(flagged('Mary should have been more cautious.'), ['counterfactual: Mary should have been']);
      assert.deepEqual(flagged('Dev should have been a bit more careful with the flags.'), [
        'counterfactual: Dev should have been',
      ]);
      assert.deepEqual(flagged('If Anil had been more vigilant, the leak would have been found.'), [
        'counterfactual: If Anil had been',
      ]);
      expectFlagged('counterfactual', [
        'I would have hoped that migrations are actually reviewed before they are merged.',
        'I would have expected the reviewer to catch this.',
        'Honestly, I would have expected the on-call to check the dashboard.',
      ]);
      expectClean([
        'The retry logic should have been more cautious.',
        'The test suite should have been more thorough.',
        'Mary was more cautious after the incident.',
        'I would have hoped for a quieter on-call week.',
        'I would have expected the failover to finish in a minute.',
        'We would have expected the cache to be warm.',
        'I would have hoped that the outage was shorter.',
        'I would have thought that the alert fired.',
        'I would have expected that the change is tested by CI.',
        'I would have expected the on-call to be paged.',
      ]);
    });
  });

  describe('judgement and dismissive words', () => {
    it('reads attention not paid with how much or how close it was: `did not pay close enough attention`', () => {
      assert.deepEqual(flagged("I didn't pay super-close attention to the prompt."), [
        "judgement: didn't pay super-close attention",
      ]);
      assert.deepEqual(flagged('He did not pay close enough attention to the warning.'), [
        'judgement: did not pay close enough attention',
      ]);
      expectClean([
        'The engineer was paying close attention to the graphs.',
        'We did not pay for the extra support attention the vendor offered.',
      ]);
    });

    it('offers to drop a judging word only before its noun, never after be, where it would break the sentence', () => {
      assert.equal(rephrased('A careless deploy took the site down.'), 'A deploy took the site down.');
      for (const sentence of ['The crew were overconfident during the approach.', 'The operator was careless with it.'])
        assert.deepEqual(
          detectBlame(sentence).flatMap((detection) => detection.suggestions),
          [],
          sentence,
        );
    });

    it('reads a person or work judged in a clause that supposes, in a sentence about any time, as supposed', () => {
      expectClean([
        'If we hunt for the careless engineer after every outage, people will stop reporting mistakes.',
        'When a sloppy change reaches production, the canary should catch it.',
        'Unless a reckless operator is the whole story, the alarm design needs a look.',
        'Whenever an incompetent vendor is blamed, the real gap in our contracts goes unexamined.',
      ]);
      expectFlagged('judgement', [
        'We found the careless engineer who deleted the table.',
        'When the sloppy change reached production, the site went down.',
        "If you're going to be incompetent, make sure your boss knows less than you do.",
        'An incompetent vendor cut the fiber.',
      ]);
    });

    it('reads a judging adjective said after "is" of a thing or of "it" as what the thing is like now', () => {
      expectClean([
        'The old admin console is clumsy and hides the delete button under the save button.',
        'Honestly, the alerting setup is dumb: every page fires twice.',
        "It's clumsy, but the new runbook format is still better than the wiki.",
        'The retry logic in the client is lazy about backing off.',
      ]);
      expectFlagged('judgement', [
        'The new admin is clumsy and keeps hitting the delete button.',
        'Honestly, the on-call engineer is dumb.',
        'It was careless of him to skip the review.',
        "You're stupid for skipping the review.",
      ]);
    });

    it('flags words that judge a person', () => {
      expectFlagged('judgement', [
        'It was a careless mistake.',
        'The outage was the result of sloppy work.',
        'The negligence of the administrator led to the data loss.',
        'The engineer was negligent in applying the patch.',
        'The team lead was not paying attention during the rollout.',
        'There was a clear lack of attention from the operator.',
        'It was a rookie mistake.',
        'That was a stupid change.',
        'It was a lapse in judgement.',
      ]);
    });

    it('flags "obviously", and "simply" or "just" that dismiss what a person faced', () => {
      expectFlagged('dismissive', [
        'It was obviously avoidable.',
        'You obviously did not read the runbook.',
        'Obviously, the fix was trivial.',
        'The engineer simply had to run one command.',
        'She just had to restart it.',
      ]);
    });

    it(
      'does not flag technical senses, the team, "obviously" of what the evidence showed, or ' +
        '"just" and "simply" on their own',
      () => {
        expectClean([
          'Lazy loading was disabled.',
          'The lazy evaluation of the config delayed the failure.',
          'A dumb terminal was attached.',
          'The fix seemed obvious enough once it was clear what the issue was.',
          'It was not obvious from the dashboard that the queue was growing.',
          'Logs clearly showed it was the version mismatch.',
          'Of course, the cache was cold after the restart.',
          'We simply restarted the pod and it recovered.',
          'We just had to restart the pod.',
          'The request simply timed out.',
          'The fix was just a one-line change.',
          'Just in time compilation was disabled.',
          'We spent way too much time trying to figure out what was wrong, which is completely unacceptable.',
          "Remain calm and collected. It's better not to rush a fix.",
          'It was not obviously related to the deploy.',
          'It was obviously a misconfiguration.',
          'The configuration roll-out obviously had failed at some point.',
          'Obviously we learned that areas where the floor is removed need to be flagged.',
        ]);
      },
    );

    it('removes the word and its space or commas, keeping the capital', () => {
      assert.equal(rephrased('It was obviously avoidable.'), 'It was avoidable.');
      assert.deepEqual(
        detectBlame('Obviously, the fix was trivial.').map((detection) => detection.phrase),
        ['Obviously'],
      );
      assert.equal(rephrased('It was, obviously, avoidable.'), 'It was avoidable.');
      assert.equal(rephrased('Obviously, the fix was trivial.'), 'The fix was trivial.');
      assert.equal(rephrased('It was easy, obviously.'), 'It was easy.');
      assert.equal(rephrased('It was a careless mistake.'), 'It was a mistake.');
      assert.equal(rephrased('The engineer simply had to run one command.'), 'The engineer had to run one command.');
    });
  });

  describe('configured phrases', () => {
    const phrases = compilePhrases({ flag: ['yolo deploy', 'rookie move'], allow: ['Dave forgot', 'simply had to'] });

    it("flags the team's phrases as whole words in any case", () => {
      assert.deepEqual(
        detectBlame('Ops did a YOLO  deploy here.', undefined, phrases).map((detection) => [
          detection.kind,
          detection.phrase,
        ]),
        [['configured', 'YOLO deploy']],
      );
      assert.deepEqual(detectBlame('A rookie mover.', undefined, phrases), []);
    });

    it('never flags text that overlaps an allowed phrase', () => {
      assert.deepEqual(detectBlame('Dave forgot to renew it.', undefined, phrases), []);
      assert.deepEqual(detectBlame('The engineer simply had to run it.', undefined, phrases), []);
      assert.equal(detectBlame('Bob forgot to renew it.', undefined, phrases).length, 1);
    });

    it('finds overlaps among many nested allowed spans', () => {
      const overlapsAny = overlapTest([
        { start: 10, end: 50 },
        { start: 12, end: 14 },
        { start: 60, end: 61 },
      ]);
      assert.deepEqual(
        [
          { start: 0, end: 10 },
          { start: 0, end: 11 },
          { start: 40, end: 45 },
          { start: 50, end: 60 },
          { start: 55, end: 70 },
        ].map(overlapsAny),
        [false, true, true, false, true],
      );
    });

    it('ignores phrases that are empty, not text, or too long', () => {
      const odd = compilePhrases({ flag: ['', '   ', 'x'.repeat(500), 42 as unknown as string, '(a+)+$'], allow: [] });
      assert.equal(odd.flag.length, 1);
      assert.deepEqual(detectBlame('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', undefined, odd), []);
      assert.equal(detectBlame('It matched (a+)+$ literally.', undefined, odd).length, 1);
    });
  });

  describe("the author's words only", () => {
    it('skips code, quotes, block quotes and URLs', () => {
      assert.deepEqual(
        inDocument(
          '# T\n\nThe log said "user error: invalid token" and `human_error` was set.\n\n> The ' +
            'engineer forgot to renew it.\n\nSee https://example.com/human-error and ' +
            '<https://example.com/operator-error>.\n\n```\nBob forgot to renew\n```\n',
        ),
        [],
      );
    });

    it("skips a program's output quoted after the verb that gives it, however long; keeps a person's statement", () => {
      assert.deepEqual(
        inDocument(
          '# T\n\nRunning `nx run app:dev` reports "Daemon is not running. The watch command is not supported ' +
            'without the Nx Daemon." and exits non-zero. The job fails with "operator forgot to set the token".\n',
        ),
        [],
      );
      assert.deepEqual(inDocument('# T\n\nThe engineer wrote "I forgot to renew the certificate on Friday".\n'), [
        'I forgot to',
      ]);
    });

    it('reads a short quoted verdict as said, unless the sentence names it as a term', () => {
      assert.deepEqual(inDocument('# T\n\nThe change was deemed "good enough for now" by the developer.\n'), [
        'deemed "good enough for now" by the developer',
      ]);
      assert.deepEqual(inDocument('# T\n\n"Operator failed to follow procedure" is a finding, not a cause.\n'), []);
      assert.deepEqual(inDocument('# T\n\nSaying "the operator forgot" is not an explanation.\n'), []);
    });

    it('reads one or two quoted words as the verdict reported when a cause is attributed just before them', () => {
      assert.deepEqual(inDocument('# T\n\nThe crash was attributed to \u201cpilot error\u201d.\n'), ['pilot error']);
      assert.deepEqual(inDocument('# T\n\nThe outage was due to an employee "typo."\n'), ['an employee "typo']);
      assert.deepEqual(inDocument('# T\n\nWe call this "human error" in the runbook.\n'), []);
      assert.deepEqual(inDocument('# T\n\nIt was not an IT failure; it was a \u201cHuman Error\u201d.\n'), [
        'a \u201cHuman Error',
      ]);
      assert.deepEqual(inDocument('# T\n\nThe city is calling it a "human error."\n'), ['a "human error']);
    });

    it('reads one or two quoted words as the cause reported when a cause is named just after them', () => {
      assert.deepEqual(inDocument('# T\n\n"Human error" caused the 911 system to stop working.\n'), ['Human error']);
      assert.deepEqual(inDocument('# T\n\nOxfam said "human error" was the reason for the breach.\n'), ['human error']);
      assert.deepEqual(inDocument("# T\n\n'Human error' led to an email data breach.\n"), ['Human error']);
      assert.deepEqual(inDocument('# T\n\n"Human error" is never the cause.\n'), []);
      assert.deepEqual(inDocument('# T\n\n"Human error" was not the reason: the form had no check.\n'), []);
    });

    it('reads a punctuated quotation of a few words as the verdict when a cause is attributed before it', () => {
      // `was because of "one employee` names a person as the cause as well: a finding of its own.
      assert.deepEqual(
        inDocument('# T\n\nThe agency said the false alarm was because of \u201cone employee, human error.\u201d\n'),
        ['was because of \u201cone employee', 'human error'],
      );
      for (const [text, phrase] of [
        ['The controller said the outage was due to \u201ca simple human error, nothing more.\u201d', 'human error'],
        ['Officials attributed the crash to \u201cpilot error, plain and simple.\u201d', 'pilot error'],
        ["The bank put the loss down to \u201ca trader's error, sadly.\u201d", "a trader's error"],
      ])
        assert.deepEqual(inDocument(`# T\n\n${text}\n`), [phrase], text);
      for (const text of [
        'The restart was due to \u201cconnection reset by peer, retrying.\u201d',
        'The outage was not due to \u201chuman error, as first reported.\u201d',
        'Was the outage due to \u201chuman error, as the vendor claims\u201d?',
        'Outages are often blamed on \u201chuman error, the usual suspect.\u201d',
        'The team put the change to \u201ca vote, human error or not.\u201d',
      ])
        assert.deepEqual(inDocument(`# T\n\n${text}\n`), [], text);
    });

    it('reads a person nobody in particular, sought in "-ing" or after "to", as no one said to have done it', () => {
      expectClean([
        'A blameless review is not about hunting for the person who typed the wrong command.',
        'Our old process focused on finding the one who picked the wrong host.',
        'Nobody here is looking for the person who restarted the wrong pod.',
        'The goal is not to blame the person who deployed the wrong build but to fix the pipeline.',
      ]);
      expectFlagged('person-mistake', [
        'We found the person who typed the wrong command.',
        'The person who restarted the wrong pod was on their first shift.',
        'The engineer who pushed the wrong button was new to the team.',
        'Management blamed the person who deployed the wrong build.',
      ]);
    });

    it('reads a few words in single quotes as held at a distance, unless they qualify the noun after them', () => {
      expectClean([
        "When we find 'human error', we don't stop there.",
        "If a developer ran a destructive command, we don't ask why they were 'careless'; the system allowed it.",
        'When we find \u2018human error\u2019, we look further.',
      ]);
      assert.deepEqual(kinds("Weird Tech: 'Idiot' Telecity engineer pulls plug on ISPs across UK"), ['judgement']);
      assert.deepEqual(kinds("The worker's mistake took the site down."), ['person-mistake']);
    });

    it('reads a mistake conceded before a finding about the system as granted, not asserted', () => {
      expectClean([
        "Even with the worker's mistake, 911 calls should have been automatically rerouted to the back-up center.",
        "Even with the admin's mistake, the backup job should have refused to wipe a disk with no snapshot.",
      ]);
      // The concession's main clause names no remedy, or the blame stands in the main clause: still blame.
      assert.deepEqual(kinds("Even with the worker's mistake, the calls were lost."), ['person-mistake']);
      assert.deepEqual(kinds("Despite the runbook's warning, the engineer's mistake took the site down."), [
        'person-mistake',
      ]);
    });

    it("reads a quoted statement as the postmortem puts it forward, and a short message as somebody else's", () => {
      assert.deepEqual(
        inDocument('# T\n\nThe vendor wrote: "The outage was entirely a result of human error by our staff."\n'),
        ['human error'],
      );
      assert.deepEqual(inDocument('# T\n\nThe client showed "operator error: bad token" twice.\n'), []);
    });

    it('reads a short quotation as said when a verb of saying before or after it tells who said it', () => {
      assert.deepEqual(inDocument('# T\n\n"I screwed up," he admitted.\n'), ['I screwed up']);
      assert.deepEqual(inDocument('# T\n\n"I just ran it without thinking," said the engineer.\n'), [
        'I just ran it without thinking',
      ]);
      assert.deepEqual(inDocument('# T\n\nShe admitted: "I screwed up the order."\n'), ['I screwed up']);
      // Not dialogue: no punctuation of its own inside the marks, or no verb of saying after it.
      assert.deepEqual(inDocument('# T\n\nThe log said "user error: invalid token" at 02:14.\n'), []);
      assert.deepEqual(inDocument('# T\n\nThe banner read "I screwed up," then cleared.\n'), []);
    });

    it('skips metric names written as identifiers', () => {
      assert.deepEqual(flagged('The error_rate metric and user_error counter rose.'), []);
    });

    it('treats code as a thing, not as a person', () => {
      assert.deepEqual(inDocument('# T\n\nThe `deployer` failed to roll back.\n'), []);
    });

    it('reads emphasis and links as the words they hold', () => {
      assert.deepEqual(
        inDocument('# T\n\n**The engineer** forgot to renew [the certificate](https://example.com).\n'),
        ['The engineer forgot to'],
      );
    });

    it('keeps markup in a rephrasing', () => {
      const text = 'The *engineer* forgot to renew it.';
      const masked = 'The  engineer  forgot to renew it.';
      const detection = detectBlame(masked, text)[0]!;
      assert.equal(
        text.slice(0, detection.start) + detection.suggestions[0]!.newText + text.slice(detection.end),
        'The *engineer* did not renew it.',
      );
    });
  });

  describe('sentences', () => {
    it('does not join a subject in one sentence to a verb in the next', () => {
      assert.deepEqual(flagged('We paged the engineer. Failed to connect to the database.'), []);
    });
  });

  describe('bad input', () => {
    it('never throws and keeps every span inside the text', () => {
      const pieces = [
        'the ',
        'engineer ',
        'forgot ',
        'to ',
        'should ',
        'have ',
        'been ',
        'caught ',
        'human ',
        'error ',
        "Bob's ",
        '@x ',
        ', ',
        '. ',
        'if ',
        'only ',
        'had ',
        'obviously ',
        'simply ',
        '\u200b',
        '\u202e',
        '`',
        '"',
        '\n',
        'constructor ',
        '\ud800',
        'İ',
        'who ',
        'dont.',
        'theyre ',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (words, noise) => {
          const text = words.join('') + noise;
          for (const detection of detectBlame(text)) {
            assert.ok(detection.start >= 0 && detection.start <= detection.end && detection.end <= text.length);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('reads a 2 MB line without a sentence end', () => {
      const line = 'the engineer deployed \u200b\u202e the change and '.repeat(50_000);
      assert.deepEqual(detectBlame(line), []);
    });
  });
});
