// The readings the blame rules make of a whole sentence before they look for blame in it: what happens in general
// rather than in this incident, and the other shapes of blame that real writing uses.
import * as assert from 'node:assert/strict';
import { detectBlame } from '../../src/core/blame/detect';
import { compilePhrases } from '../../src/core/blame/phrases';
import { makeSentence, PLAIN_PROSE } from '../../src/core/blame/sentence';
import { readSentences } from '../../src/core/language/english';
import { NO_KNOWN_NAMES } from '../../src/core/language/tokens';

/** The phrases flagged in a sentence standing in a root-cause section. */
function inRootCause(text: string): string[] {
  return detectBlame(text, text, compilePhrases(undefined), { rootCause: true, names: NO_KNOWN_NAMES }).map(
    (detection) => detection.phrase,
  );
}

function inNarrative(text: string): string[] {
  return detectBlame(text).map((detection) => detection.phrase);
}

/** Each sentence of `flagged` is flagged in a root cause with its phrase alone, and none of `clean` is. */
function expectInRootCause(flagged: readonly (readonly [string, string])[], clean: readonly string[]): void {
  for (const [sentence, phrase] of flagged) assert.deepEqual(inRootCause(sentence), [phrase], sentence);
  for (const sentence of clean) assert.deepEqual(inRootCause(sentence), [], sentence);
}

/** The same, for sentences standing outside a root cause. */
function expectInNarrative(flagged: readonly (readonly [string, string])[], clean: readonly string[]): void {
  for (const [sentence, phrase] of flagged) assert.deepEqual(inNarrative(sentence), [phrase], sentence);
  for (const sentence of clean) assert.deepEqual(inNarrative(sentence), [], sentence);
}

/** Whether the sentence reads as telling what happens, any time (see `Sentence.timeless`). */
function timeless(text: string): boolean {
  const [tokens] = readSentences(text, text, NO_KNOWN_NAMES, 0, text.length);
  assert.ok(tokens, text);
  return makeSentence(tokens, text, text, PLAIN_PROSE).timeless;
}

/** Each sentence reads as telling what happens, any time, and nothing in it is flagged in a root cause. */
function expectGeneral(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    assert.equal(timeless(sentence), true, sentence);
    assert.deepEqual(inRootCause(sentence), [], sentence);
  }
}

describe('blame readings', () => {
  describe('what happens in general', () => {
    it('a plural with no determiner, or anyone of a kind, as the subject of a verb in the present', () => {
      expectGeneral([
        'Accidents are blamed on operator error, mechanical failure, or some other single cause.',
        'Internet outages can occur due to power outages or even human error.',
        'Every day, construction crews unintentionally damage fiber while performing unrelated work.',
        'An administrator unintentionally modifies policies, leading to unintended consequences.',
        'Every so often someone fat-fingers a command and the cluster goes down.',
      ]);
    });

    it('a clause opened by `when` or `if` with its verbs in the present', () => {
      expectGeneral([
        'When a service goes dark, we blame human error, bad luck, or a flaky vendor.',
        'Blame happens when we stop our investigation with operator error.',
      ]);
    });

    it('a saying reported in the past, the perfect of many and of the best of a kind speak in general', () => {
      expectGeneral([
        '"Humans make mistakes," he said, according to the newspaper.',
        '"People make mistakes," the spokesman told reporters.',
        'Engineers have made mistakes.',
        'The greatest pilots with the best records have made mistakes.',
      ]);
      for (const sentence of [
        '"The operator made a mistake," he said.',
        'Someone has deleted the production database.',
        'The engineers have made mistakes.',
        'The best engineer on the team forgot to renew the certificate.',
      ])
        assert.equal(timeless(sentence), false, sentence);
    });

    it('a verb in the past, or an auxiliary in the past, tells of this incident', () => {
      assert.equal(timeless('A technician made a mistake, and the data center went down.'), false);
      assert.deepEqual(inRootCause('Why did the developer forget to check if the endpoint is affected?'), [
        'the developer forget to',
      ]);
      assert.deepEqual(inNarrative('When the service went dark, the operator error took the site down.'), [
        'the operator error',
      ]);
    });

    it('a verb that does not agree with a singular subject is the past: `A Telecity engineer shut down`', () => {
      assert.equal(
        timeless('A Telecity engineer shut down a number of ISPs after accidentally knocking out ports.'),
        false,
      );
      assert.equal(timeless('A technician makes a mistake.'), true);
    });

    it('the best of a kind with its verb in the plain form, and a participle before its noun, speak in general', () => {
      expectGeneral([
        'Those of you that are developers know that even the greatest programmer make mistakes.',
        'Even the most careful engineer forget a step now and then.',
        'Even experienced operators make mistakes from time to time.',
        'Trained operators misread dashboards when the alerts are noisy.',
      ]);
      for (const sentence of [
        'The most senior engineer shut down the wrong router.',
        'Experienced operators skipped the canary during the rollout.',
        'Someone typoed the IP address of the primary.',
        'The engineer deleted files from the primary.',
      ])
        assert.equal(timeless(sentence), false, sentence);
    });

    it('particular people and things are no generalisation: `the`, `our`, a name', () => {
      assert.equal(timeless('The operators are to blame.'), false);
      assert.equal(timeless('Our engineers forget to check the logs.'), false);
      assert.equal(timeless('The logs that engineers read are stored elsewhere.'), false);
    });

    it('reads the third person of a verb ending in `y`: `modifies`, not a verb in the past', () => {
      assert.equal(timeless('An operator modifies the policy.'), true);
    });
  });

  describe('insults and rules broken', () => {
    it('calls a person names in news prose: `this fool`, `hamfisted`, `clumsy`', () => {
      assert.deepEqual(inNarrative('As a result, this fool lost his job.'), ['fool']);
      assert.deepEqual(inNarrative('A hamfisted worker shut down several ISPs.'), ['hamfisted worker']);
      assert.deepEqual(inNarrative('A fiber got cut by a clumsy contractor with a backhoe.'), ['clumsy contractor']);
      assert.deepEqual(inNarrative('You are a malicious jerk and a serious loser.'), ['jerk', 'loser']);
    });

    it('a name that is also a verb is read as the verb: `to fool the health check`', () => {
      assert.deepEqual(inNarrative('The probe was changed to fool the health check.'), []);
    });

    it('a person who was not supposed to act on the system, not a program nor access', () => {
      assert.deepEqual(inRootCause("The intern did something he wasn't supposed to do."), ["he wasn't supposed to do"]);
      assert.deepEqual(inNarrative('The contractor was not meant to touch the primary.'), [
        'The contractor was not meant to touch',
      ]);
      assert.deepEqual(inRootCause('The job was not supposed to run on weekends.'), []);
      assert.deepEqual(inRootCause('The contractor was not supposed to have production access.'), []);
    });
  });

  describe('headlines and possessives in a root cause', () => {
    it("a headline's person `to blame for` something, with `is` left out", () => {
      assert.deepEqual(inRootCause('Power Returns to Southwest, One Electrical Worker to Blame for Massive Outage'), [
        'One Electrical Worker to Blame',
      ]);
      assert.deepEqual(inRootCause('Worker to Blame for Outage'), ['Worker to Blame']);
      assert.deepEqual(inRootCause('They were looking for someone to blame for the outage.'), []);
    });

    it("`my`, `his`, `her` before the thing whose act caused it, as `Kevin's change` is", () => {
      assert.deepEqual(inRootCause('Sorry, my previous commit apparently broke many tests.'), [
        'my previous commit apparently broke',
      ]);
      assert.deepEqual(inRootCause('His change broke the login page.'), ['His change broke']);
      assert.deepEqual(inRootCause('My team rolled back the change.'), []);
    });

    it('an act on a part already in a faulty state answers the fault; making a fault does not', () => {
      assert.deepEqual(inRootCause('The contractor replaced the failed disk, and the array began rebuilding.'), []);
      assert.deepEqual(inRootCause('The on-call engineer restarted the unresponsive node at 03:10.'), []);
      assert.deepEqual(inRootCause('Workers made faulty connections to the signalling system.'), ['Workers made']);
      assert.deepEqual(inRootCause('The technician replaced the healthy disk instead of the failed one.').length, 1);
    });

    it('a command written in capitals after the verb is what a person acted on, whatever the model tags it', () => {
      assert.deepEqual(inRootCause('The DBA ran DELETE without a WHERE clause.'), ['The DBA ran']);
      assert.deepEqual(inRootCause('The engineer issued FLUSHALL on the primary.'), ['The engineer issued']);
      assert.deepEqual(inRootCause('The cron job ran DELETE on the table every night.'), []);
    });

    it('capitalised words agreeing with more than one are a product, not a person; two joined names are people', () => {
      assert.deepEqual(
        inRootCause('We realised that Page Rules configured in Cloudflare were setting a long cache TTL.'),
        [],
      );
      assert.deepEqual(inRootCause('Cloud Functions were retrying every request.'), []);
      assert.deepEqual(inRootCause('Edge Workers have rewritten every header.'), []);
      assert.deepEqual(inRootCause('Bob was deleting the old indexes.'), ['Bob was deleting']);
      assert.deepEqual(inRootCause('Bob and Ann were deleting the old indexes.'), ['Ann were deleting']);
    });

    it('an act that restored service is no cause, whoever did it; the phrasal `backed up` is another verb', () => {
      assert.deepEqual(inRootCause('Her quick fix restored service.'), []);
      assert.deepEqual(inRootCause('Kevin restored the service.'), []);
      assert.deepEqual(inRootCause('Kevin backed up the database and deleted the production copy.'), [
        'Kevin backed up the database and deleted',
      ]);
    });
  });

  describe('acts and duties in a root cause', () => {
    it('a duty of switching things off and on left undone: `did not shut down`, `did not complete`', () => {
      assert.deepEqual(inRootCause('On Monday, the employee did not shut down a disaster recovery system overnight.'), [
        'the employee did not shut',
      ]);
      assert.deepEqual(inRootCause('The server did not shut down cleanly.'), []);
    });

    it('the object before the pronoun of its clause: `a small update I pushed`; not a passive', () => {
      assert.deepEqual(inRootCause('The first mistake was a small update I pushed yesterday.'), ['I pushed']);
      assert.deepEqual(inRootCause('Why were the redirect URLs broken?'), []);
    });

    it('`who` stands for the person before it; telling is no cause, as a participle too', () => {
      assert.deepEqual(inRootCause("Let's not forget the intern who brought down three floors of the network."), [
        'the intern who brought',
      ]);
      assert.deepEqual(
        inRootCause('I chatted with Sakeeb who informed me of the glitch with the renewal function.'),
        [],
      );
    });
  });

  describe('decisions and remedies', () => {
    it('a decision to act is told as the act; deciding that something is so is reasoning', () => {
      assert.deepEqual(inRootCause('What had happened was that someone had decided to move the UPS ahead of time.'), [
        'someone had decided',
      ]);
      assert.deepEqual(inRootCause('The engineer decided that the risk was low.'), []);
      assert.deepEqual(
        inRootCause('The on-call engineer decided to roll back the change, which restored service.'),
        [],
      );
    });

    it('removing human error is a remedy, not a cause', () => {
      assert.deepEqual(inRootCause('You write something, validate it and then remove the human error element.'), []);
    });
  });

  it('a question whether asks and says nothing; a negated one, or the same words told, still blames', () => {
    for (const question of [
      'Was it operator error?',
      'Did I do something wrong, or you mean some internal production branch?',
      'Was the outage the result of a failure by the operator?',
      'Did the intern delete the production table by mistake?',
      'Should the engineer have checked the replica first?',
      'Perhaps you forgot to renew your domain name?',
      'Maybe the engineer deleted the production table by mistake?',
      "What if the on-call engineer wasn't capable of catching the mix-up?",
    ]) {
      assert.deepEqual(inNarrative(question), [], question);
      assert.deepEqual(inRootCause(question), [], question);
    }
    assert.notDeepEqual(inRootCause('The intern deleted the production table by mistake.'), []);
    assert.notDeepEqual(inRootCause('You forgot to renew your domain name.'), []);
    assert.notDeepEqual(inNarrative('The engineer should have checked the replica first.'), []);
    assert.notDeepEqual(inNarrative("Shouldn't the engineer have checked the replica first?"), []);
  });

  it("a person's work, done, called poor judges them; a program's, the writers' or good work does not", () => {
    assert.notDeepEqual(inRootCause('It was clear that the tanker driver had done a poor washing job.'), []);
    assert.notDeepEqual(inNarrative('The contractor did a sloppy job of the cabling.'), []);
    for (const lookAlike of [
      'The health check does a poor job of detecting slow disks.',
      'We did a poor job of communicating during the outage.',
      'The engineer did a good job of containing the damage.',
    ])
      assert.deepEqual(inRootCause(lookAlike), [], lookAlike);
  });

  it('a slip adverb before its pronoun subject is a slip: `and accidentally I marked it as approved`', () => {
    const found = inRootCause('I had been testing the release and accidentally I marked it as approved.');
    assert.ok(
      found.some((phrase) => phrase.includes('accidentally')),
      JSON.stringify(found),
    );
    assert.deepEqual(inRootCause('Accidentally, nothing was marked as approved.'), []);
  });

  it('a person denying a hand in the harm blames nobody; a duty undone or a harm done still blames', () => {
    for (const denial of [
      'I know for sure I did not touch the eslint-migration branch.',
      'Checking my bash history shows I did not delete any branch at all.',
      'The engineer did not drop the production database.',
    ])
      assert.deepEqual(inRootCause(denial), [], denial);
    assert.notDeepEqual(inRootCause('The engineer dropped the production database.'), []);
    assert.notDeepEqual(inRootCause('The engineer did not check the branch.'), []);
  });

  it('a question whether after a preamble or an opening clause asks too; one why, or negated, still blames', () => {
    for (const question of [
      'Quick question — when your infrastructure team bypassed staging, was that a process failure?',
      'One thing: when the engineer bypassed staging, was that approved?',
      'If the engineer bypassed staging, was that a process failure?',
      'Quick question — did the intern really delete prod?',
    ])
      assert.deepEqual(inRootCause(question), [], question);
    assert.deepEqual(inRootCause('When the engineer bypassed staging, why did nobody stop him?'), [
      'the engineer bypassed',
    ]);
    assert.deepEqual(inRootCause("When Bob skipped the review, didn't anyone notice?"), ['Bob skipped']);
    assert.deepEqual(inRootCause('The engineer bypassed staging - was that a process failure?'), [
      'The engineer bypassed',
    ]);
  });

  it('recovering or repairing a broken thing is the response, not a mistake', () => {
    assert.deepEqual(inNarrative('Helena recovers the broken table and manually applies the database migration.'), []);
    assert.deepEqual(inNarrative('Helena pushed the broken table migration.'), ['Helena pushed the broken table']);
  });

  it('blaming someone, or taking care of something, is no act that caused the incident', () => {
    assert.deepEqual(inRootCause('The utility immediately blamed the blackout on a worker at another company.'), []);
    assert.deepEqual(inRootCause('I just took care of it, looks like the certificate did not get updated.'), []);
  });

  it('a duty left undone or a thing destroyed, told as what happens, is no one act; a remedy asked still is', () => {
    assert.deepEqual(inRootCause('Sometimes an operator deletes the wrong volume.'), []);
    assert.deepEqual(inRootCause('Operators must take more care with the CLI.'), ['take more care']);
    assert.deepEqual(inRootCause('An operator deleted the wrong volume.'), ['An operator deleted the wrong']);
  });

  describe('long subjects', () => {
    it('a role with an adjective and its phrase after it: `the nurse responsible for ...`', () => {
      assert.deepEqual(
        inRootCause('The nurse supervisor responsible for entering the orders failed to transcribe them.'),
        ['The nurse supervisor responsible for entering the orders failed to'],
      );
      assert.deepEqual(inRootCause('The script responsible for entering the orders failed to transcribe them.'), []);
    });

    it('a role with a passive participle and its phrase after it: `Registration Agent assigned to ...`', () => {
      assert.deepEqual(
        inRootCause(
          'Registration Agent assigned to process the request erroneously approved the renewal before completion of ' +
            'domain revalidation.',
        ),
        ['Registration Agent assigned to process the request erroneously approved'],
      );
      assert.deepEqual(inRootCause('The engineer assigned to the migration forgot to take a backup.'), [
        'The engineer assigned to the migration forgot to',
      ]);
      assert.deepEqual(inRootCause('The service account assigned to the job mistakenly deleted the bucket.'), []);
      assert.deepEqual(inRootCause('The engineer assigned to the incident restored the service within an hour.'), []);
      assert.deepEqual(inRootCause('The engineer talked to the vendor about the outage.'), []);
    });

    it('an aside in brackets inside the subject, when the subject is a person', () => {
      assert.deepEqual(inRootCause('The engineer responsible for the record (EMR) failed to transcribe the orders.'), [
        'The engineer responsible for the record (EMR) failed to',
      ]);
      assert.deepEqual(inRootCause('The operator (our Kubernetes controller) deleted the stale pods.'), []);
      assert.deepEqual(inRootCause('Work on making this limit configurable (#5626) also introduced the bug.'), []);
    });
  });

  describe('what did not happen or is only asked', () => {
    it('a mistake verb denied: `so I do not forget to`, `never ignored`', () => {
      assert.deepEqual(inNarrative("This is a follow up ticket so I don't forget to document the outage."), []);
      assert.deepEqual(inNarrative('The engineer did not ignore the alert.'), []);
      assert.deepEqual(inNarrative('The engineer ignored the alert.'), ['The engineer ignored']);
      assert.deepEqual(inNarrative('He did not bother to check.'), ['He did not bother to']);
    });

    it('a judging adjective in a clause a word asks about; not in a supposition opening the sentence', () => {
      assert.deepEqual(inNarrative('I sat there for a few minutes checking if I was dumb.'), []);
      assert.deepEqual(inNarrative('He asked whether the engineer was careless.'), []);
      assert.deepEqual(inNarrative("If you're going to be incompetent, make sure your boss knows less than you."), [
        'incompetent',
      ]);
    });

    it('a negative subject denies what its verb says, its manner and motive; not a clause of its own after it', () => {
      expectInRootCause(
        [
          ['Nobody noticed the engineer was careless.', 'careless'],
          ['Nobody checked, because the engineer was lazy.', 'lazy'],
          ['No tests ran and the engineer was careless.', 'careless'],
          ['She acted recklessly.', 'recklessly'],
        ],
        [
          'Nobody broke anything out of hubris.',
          'Nobody here is stupid.',
          'No one was negligent.',
          'No engineer acted recklessly.',
          'No one on the team was sloppy.',
          'The engineer did not act recklessly.',
        ],
      );
    });

    it('a denied belief denies the clause it holds ("neg-raising"); one asserted or a later clause does not', () => {
      expectInNarrative(
        [
          ['We believe the engineer acted carelessly.', 'carelessly'],
          ["We don't think it matters, but the engineer was careless.", 'careless'],
        ],
        [
          'We do not believe any individual acted carelessly; the process made this mistake easy.',
          'We do not think anyone was careless.',
          "I don't believe that the operator acted recklessly.",
        ],
      );
    });

    it('a capitalised part of the service opening a root cause is a thing; a name that is also a verb, a name', () => {
      expectInRootCause(
        [
          ['Grant forgot to renew the certificate.', 'Grant forgot to'],
          ['Will deployed the change without running the tests.', 'Will deployed the change without running'],
          ['Mark did not check the replica before promoting it.', 'Mark did not check'],
        ],
        [
          'Backup did not run on the night of the incident.',
          'Review did not catch the change because the diff was 4,000 lines long.',
          'Scheduler forgot to release the lock after the timeout.',
          'Check failed on the node.',
          'Add alerts for the power system.',
        ],
      );
    });

    it('a person acting despite a warning or a failing check; not a program, nor a result despite errors', () => {
      expectInNarrative(
        [
          [
            'The on-call engineer restarted the database in spite of the alerts.',
            'The on-call engineer restarted the database in spite of the alerts',
          ],
          ['Despite the warnings, the engineer pushed the change.', 'Despite the warnings, the engineer pushed'],
        ],
        ['The system kept serving traffic despite the alerts.', 'We restored service despite the errors.'],
      );
    });

    it("what a person would have caught had a thing done otherwise is the thing's help, not hindsight", () => {
      assert.deepEqual(inNarrative('If the operator had read the runbook, he would have seen the warning.'), [
        'If the operator had read',
        'he would have seen',
      ]);
      expectInNarrative(
        [],
        [
          'If the script had asked for confirmation, the DBA would have seen the row count.',
          'Had the script asked for confirmation, the DBA would have seen the row count.',
        ],
      );
    });

    it("a slip in the passive after a thing stated as the cause in its own clause is the thing's effect", () => {
      expectInRootCause(
        [
          ['A discount was mistakenly applied to your account.', 'mistakenly applied'],
          ['All API keys have been revoked due to them accidentally being published publicly.', 'accidentally'],
        ],
        [
          'Due to a system issue, a previously expired discount was mistakenly applied to your account.',
          'Because of a bug in the billing job, the invoice was mistakenly sent twice.',
          "well, the scripts updating the mirrors wasn't running, that's why it was included erroneously",
        ],
      );
    });

    it('an omission named as a cause after "caused by" is nobody\'s; a person\'s named beside it is theirs', () => {
      expectInNarrative(
        [['Bob broke the build by never checking the logs.', 'Bob broke the build by never checking']],
        ['Report from user that Dashboard is unavailable, caused by not restarting Celery service.'],
      );
    });

    it("the one to blame named, the writer too; a past written for an act's plain word", () => {
      expectInRootCause(
        [
          ['Bob is the one to blame.', 'Bob is the one to blame'],
          ["I know that I'm the one to blame.", "I'm the one to blame"],
          ['I forced pushed an old version into master.', 'I forced pushed'],
        ],
        ['The vendor is to blame.', 'Who is to blame is less important than what we change.'],
      );
    });

    it('a resolving act that nobody did resolves nothing: the act before it stays the cause', () => {
      expectInRootCause([['Someone disabled the alert and nobody turned it back on.', 'Someone disabled']], []);
    });

    it('an act a verb of avoiding governs is not done: no duty left undone in it', () => {
      expectInNarrative(
        [
          [
            'Bob restarted the service without noticing the config was stale.',
            'Bob restarted the service without noticing',
          ],
        ],
        [
          'Alex thinks we really need a close monitoring of systemd to avoid having services down without noticing.',
          'A deploy lock prevents changes going out without review.',
        ],
      );
    });

    it("what the writer does not see, think or remember as they write is no duty left undone; another's is", () => {
      expectInRootCause(
        [
          ["I didn't see the alert.", "I didn't see"],
          ["He doesn't see the alerts.", "He doesn't see"],
          ["I don't check the logs before deploying.", "I don't check"],
        ],
        [
          "Honestly, I don't see how the tests hadn't failed on the merge that introduced the problem.",
          "I don't think the tests ran.",
          "I don't remember who deployed it.",
          'I do not see how this could happen.',
        ],
      );
    });

    it('an act with nothing as its object did not happen; `nothing but` says what was done', () => {
      expectInRootCause(
        [
          ['I forgot the backups.', 'I forgot'],
          ['He forgot nothing but the backups.', 'He forgot'],
          ['I deleted the production database.', 'I deleted'],
          ['Bob changed nothing except the firewall rule.', 'Bob changed'],
        ],
        ['I forgot nothing.', 'I overlooked nothing.', 'I deleted nothing.', 'Bob changed nothing.'],
      );
    });

    it('guessing what happened is reasoning, not an act that caused it', () => {
      assert.deepEqual(
        inRootCause('So I guessed it would have been some GitHub glitch that also removed the tag.'),
        [],
      );
    });
  });

  it('a sentence that opens with a past verb, its writer left out, and an act done by mistake after the object', () => {
    assert.deepEqual(inRootCause('Applied the staging DNS change to production by mistake'), ['by mistake']);
    assert.deepEqual(inRootCause('The job applied the staging DNS change to production by mistake.'), []);
  });

  describe('shapes of blame in writing the rules were not tuned to', () => {
    it('`did a re-install` instead of something else: `do` with an object is the act a person chose', () => {
      expectInRootCause(
        [
          ['Instead of rolling back, the engineer did a force push to main.', 'Instead of rolling back, the engineer'],
          ['Instead of a canary, the on-call did a full rollout.', 'Instead of a canary, the on-call'],
          ['Instead of a drain, Bob did a hard reboot of the node.', 'Instead of a drain, Bob'],
          [
            'Instead of troubleshooting properly, the admin simply did a re-install of the stack.',
            'Instead of troubleshooting properly, the admin',
          ],
        ],
        [
          'Instead of troubleshooting, the installer did a re-install of the stack.',
          'Instead of a rollback, the pipeline did a full redeploy.',
          'Instead of a rollback, we did a full redeploy.',
          'Instead of a rollback, did the engineer do a redeploy?',
        ],
      );
    });

    it("a person's conduct or attitude judged: `unprofessional` of a person, `a lax attitude to`", () => {
      expectInNarrative(
        [
          ['The support agent was unprofessional on the call.', 'unprofessional'],
          ['An unprofessional contractor unplugged the rack.', 'unprofessional'],
          ['The team had a lax attitude towards code review.', 'lax attitude towards'],
          ['The crew were over-confident.', 'over-confident'],
        ],
        [
          'The old error page looked unprofessional.',
          'Nobody was unprofessional; the runbook was wrong.',
          'There was no casual attitude to risk here.',
          'Was the engineer unprofessional?',
          'The runbook takes a relaxed approach to naming.',
        ],
      );
    });

    it('a lapse of attention on duty, by a person or a name titled by a role: `engineer Ana Ruiz lost track`', () => {
      expectInRootCause(
        [
          [
            'Investigators found that engineer Maria Lopez lost track of the signal aspect.',
            'engineer Maria Lopez lost track of',
          ],
          ['The relief pilot fell asleep during the cruise.', 'pilot fell asleep'],
          ['Developer Alice Smith forgot to renew the certificate.', 'Developer Alice Smith forgot to'],
          ['The night operator dozed off during the batch run.', 'The night operator dozed off'],
        ],
        [
          'The consumer lost track of its offset after the rebalance.',
          'The on-call engineer had not fallen asleep; the page never reached her phone.',
          'Did the controller fall asleep?',
          'Tired engineers fall asleep on night shifts.',
          'The engineer Ana restored service at 10:20.',
          'Kubernetes operator Flux failed to reconcile the release.',
        ],
      );
    });

    it('a person doing something told as the cause: after the cause and `was`, or before `led to`', () => {
      expectInRootCause(
        [
          ['The probable cause was a technician rebooting the primary during peak traffic.', 'a technician rebooting'],
          ['Root cause: an engineer running the cleanup script against production.', 'an engineer running'],
          ['A contractor cutting through the fibre bundle led to the outage.', 'A contractor cutting'],
          ['London-based trader typing wrong figures led to a mistaken sale.', 'London-based trader typing'],
        ],
        [
          'The cause was found by an engineer reviewing the logs.',
          'An engineer investigating the alert found the cause.',
          'The probable cause was a disk filling up.',
          'The cause was not an engineer rebooting the primary.',
          'Was the cause an engineer rebooting the primary?',
          'Engineers rebooting nodes by hand cause outages.',
          'The controller reconciling the deployment caused the restart.',
        ],
      );
    });

    it("a role's possessive owns the act as a name's does; not people in general", () => {
      expectInRootCause(
        [
          ["The engineer's change broke the login page.", "engineer's change broke"],
          ["The on-call engineer's script deleted the volumes.", "engineer's script deleted"],
          ["The registered nurse's actions breached the hospital's protocol.", "nurse's actions breached"],
          ["The contractor's cleanup job dropped the orders table.", "contractor's cleanup job dropped"],
        ],
        [
          "The deploy tool's change broke the login page.",
          "The engineer's change did not break the login page.",
          "Did the engineer's change break the login page?",
          "Engineers' changes often break the build.",
          "Our engineer's review caught the bug before the release.",
          "The controller's reconcile loop deleted the pods.",
        ],
      );
    });

    it('a controller is a person at a post, on duty, or with a personal pronoun after it; else a program', () => {
      expectInRootCause(
        [
          [
            'Operational error by the approach controller at the airport.',
            'Operational error by the approach controller',
          ],
          [
            'The ground controller made the mistake of clearing the jet across an active runway.',
            'controller made the mistake',
          ],
          ['The controller on duty forgot to scan the runway.', 'The controller on duty forgot to'],
          ['The controller forgot to hand off the flight before she went on break.', 'The controller forgot to'],
        ],
        [
          'The controller reconciled the deployment.',
          'The controller deleted the old pods after the rollout.',
          'The ingress controller forgot to reload its routes.',
          'The tower controller did not make a mistake; the radar showed the wrong altitude.',
          'Did the air traffic controller make the mistake of clearing the jet?',
          'Air traffic controllers make mistakes when the radar is unreliable.',
        ],
      );
    });

    it('what a person would have seen is a thing shown; names before a possessive noun are no person', () => {
      expectInRootCause(
        [
          ['A careful operator would have seen the warning.', 'A careful operator would have seen'],
          [
            'The Acme trader entered the wrong price, allowing the trade to go through.',
            'The Acme trader entered the wrong price',
          ],
          ['Bob Smith deleted the wrong table.', 'Bob Smith deleted the wrong'],
        ],
        [
          'A screenshot of what the employee would have seen shows how easy it was to click the wrong link.',
          'The dialog shows whatever the operator would have noticed on the old console.',
          "The Wall Street giant's systems were poorly designed, allowing the errant trade to go through.",
          "The Acme Bank platform's limits were too loose, letting the wrong order through.",
        ],
      );
    });

    it("a person's or a named crew's failure to do what people do, or a failure said to be theirs by `by`", () => {
      expectInRootCause(
        [
          ["The outage was caused by the crew's failure to respond to the alarm.", "the crew's failure"],
          ['The breach was the result of a failure by a single engineer.', 'a failure by a single engineer'],
          [
            'The probable cause was failure to follow the checklist by the night shift operator.',
            'failure to follow the checklist by the night shift operator',
          ],
          ["The data loss came from the support team's failure to verify the backup.", "team's failure"],
        ],
        [
          "The outage was caused by the scheduler's failure to respond to health checks.",
          'The outage was not the result of a failure by the on-call engineer.',
          'Was the outage the result of a failure by the operator?',
          'A failure by an operator is an error of omission that can cause an outage.',
          'The failure to deploy by the pipeline left the old version running.',
        ],
      );
    });

    it('`than` before a number compares amounts and denies nothing; before a noun phrase it still denies', () => {
      expectInRootCause(
        [
          [
            'An outage that hit more than 3,000 customers was the result of a mistake by the operator.',
            'a mistake by the operator',
          ],
          ["The loss of more than 40 GB of data was the engineer's fault.", "the engineer's fault"],
          ['Less than 5 minutes later, an error by the operator took the site down.', 'an error by the operator'],
          [
            'A breach that exposed the records of more than 145 million people was the result of a failure by ' +
              'a single individual.',
            'a failure by a single individual',
          ],
        ],
        [
          'The cause was the config rather than a mistake by the operator.',
          "It was more the tooling than the engineer's mistake.",
          "Was the loss of more than 40 GB of data the engineer's fault?",
          "The loss of more than 40 GB of data was not the engineer's fault.",
        ],
      );
    });

    it('`had` and a person after a word that cannot be its subject: the inverted conditional of hindsight', () => {
      expectInRootCause(
        [
          ['The outage would have been avoided had the operator followed the runbook.', 'had the operator followed'],
          ['It could have been fixed for $10000 had they listened.', 'had they listened'],
          ['We lost a day that we would have saved had the engineer read the runbook.', 'had the engineer read'],
          ['It could have been fixed in minutes had they have listened.', 'had they have listened'],
        ],
        [
          'The outage could have been avoided had the scheduler retried the job.',
          'Bob had the engineer check the logs.',
          'Had the alert fired, the on-call engineer would have been paged.',
          'Would the outage have been avoided had the runbook been clearer?',
        ],
      );
      assert.deepEqual(inNarrative('The operator had checked the trim twice before takeoff.'), []);
    });

    it('a pilot or a dev who did not detect or try; not a program, nor a capitalised common noun opening it', () => {
      expectInRootCause(
        [
          ['The pilot did not detect that the rudder trim was set wrong.', 'The pilot did not detect'],
          ["The dev didn't try the fix even once before merging.", "The dev didn't try"],
          ['The on-call engineer did not detect the disk filling up.', 'The on-call engineer did not detect'],
          ['The reviewer did not try the migration against a copy of production.', 'The reviewer did not try'],
        ],
        [
          'Testing did not detect the fault because cached data was still served.',
          'The health check did not detect the stuck worker.',
          'The pilot program did not detect any regressions.',
          'The replication controller did not try to reschedule the pods.',
          'Monitoring did not detect the outage for ten minutes.',
          'Automation consumed the wrong checksum, leading to a stale image being deployed.',
        ],
      );
    });

    it('plural acronyms and the region after a place are things, not names', () => {
      expectInRootCause(
        [
          ['In March, Alice deleted the production volume.', 'Alice deleted'],
          ['After talking with Bob, Alice deleted the production volume.', 'Alice deleted'],
          ['One of the SREs pushed the change to production.', 'the SREs pushed'],
          ['The DBAs dropped the production table.', 'The DBAs dropped'],
        ],
        [
          'One of the recent PRs has caused the build to break.',
          'A software coding error in a call-routing facility in Englewood, Colorado caused the outage.',
          'Two of the VMs restarted the job twice.',
          'A power failure at a data center in Ashburn, Virginia took the region down.',
        ],
      );
    });

    it('a term defined, and what human error does in the present, tell of no incident', () => {
      expectInRootCause(
        [
          ['Human error caused the outage.', 'Human error'],
          ['Human error took the site down on Tuesday.', 'Human error'],
          ['An operator error is what brought the site down.', 'An operator error'],
          ['A typo in the config caused the outage.', 'typo'],
          ['Human error did take the site down.', 'Human error'],
          ['A typo in the DNS record, entered by hand by the admin, took the site offline.', 'typo'],
          ['This caused us to accidentally push broken code.', 'accidentally push'],
        ],
        [
          'A typo in the docs, spotted by a user, was fixed.',
          'Despite advances in technology, human error remains a significant contributor to outages.',
          'A fat finger error is a computer error or human error that can cause trades to become larger than needed.',
          'A typo is a human error that can cause an outage.',
          'User error plays a part in many support tickets.',
          'Human error does take place, but we can put checks in our process.',
          'We ran into an example of how, no matter how much is planned, human error still creeps into the work.',
        ],
      );
    });

    it('a mistake made with `the`, `that` or `this`: `i made that huge mistake`, `made the same mistake`', () => {
      expectInRootCause(
        [
          ['cant believe i made that huge mistake yesterday', 'i made that huge mistake'],
          ['I made the same mistake twice and the cluster went down.', 'I made the same mistake'],
          ['The engineer made this mistake on the command line.', 'The engineer made this mistake'],
          ['Bob made the mistake of deploying on a Friday.', 'Bob made the mistake'],
        ],
        ['The compiler made the same mistake in the inlining pass.', 'The operator did not make that mistake.'],
      );
      assert.deepEqual(inNarrative('I made the error message say which pool ran out.'), []);
      assert.deepEqual(inNarrative('Bob made the error go away by restarting the pod.'), []);
    });

    it('a slip in slang, `typoed`, as `fat-fingered` is: a person, not a program nor nobody', () => {
      expectInRootCause(
        [
          [
            'Chatspike staff member Brain typoed a hostmask and the entire network was banned.',
            'Chatspike staff member Brain typoed',
          ],
          ['The admin typoed the hostname in the config.', 'The admin typoed'],
          ["I typo'd the bucket name.", "I typo'd"],
          ['Someone typoed the IP address of the primary.', 'Someone typoed'],
        ],
        [
          'The script typoed the hostname.',
          'The autocomplete plugin typoed the hostname.',
          'Nobody typoed anything; the template was wrong.',
          'A typoed hostname is an error that can cause an outage.',
        ],
      );
    });

    it('people of a role failing to do a duty again, or to activate: `operators failed to reactivate`', () => {
      expectInRootCause(
        [
          [
            'Then, control room operators failed to reactivate protective devices before powering the substation.',
            'operators failed to',
          ],
          [
            'The night shift operators failed to re-enable the alarms after maintenance.',
            'The night shift operators failed to',
          ],
          ['The technicians failed to activate the backup generator.', 'The technicians failed to'],
          ['Plant operators failed to reactivate the breakers.', 'Plant operators failed to'],
        ],
        [
          'The controller failed to reactivate the webhook.',
          'The Kubernetes operator failed to reactivate the webhook.',
          'The failover script failed to re-enable the alarms.',
          'Nobody failed to reactivate the devices; the relay stuck.',
        ],
      );
    });

    it("a headline's or a label's bare mistake noun with its modifiers, then `by` and a person", () => {
      expectInRootCause(
        [
          [
            'Root cause: configuration mistake by the on-call engineer.',
            'configuration mistake by the on-call engineer',
          ],
          [
            'Operational error by the night shift engineer at the tower.',
            'Operational error by the night shift engineer',
          ],
          ['Cause: procedural error by the technician during the swap.', 'procedural error by the technician'],
          ['Trigger: manual error by an SRE during the failover.', 'manual error by an SRE'],
        ],
        [
          'Root cause: configuration error by the deploy tool.',
          'Operational error by the load balancer at the edge.',
          'Root cause: not an error by the engineer but a missing guard.',
        ],
      );
      assert.deepEqual(
        inNarrative('Operational error by an operator is a term the FAA uses for a loss of separation.'),
        [],
      );
    });
  });

  describe('a writer blaming themself, as forums and one-person projects do', () => {
    it('a diary leaves its writer out: `Did a release, but totally forgot to`, an adverb before the mistake', () => {
      expectInRootCause(
        [
          ['Did a release, but totally forgot to change the version number.', 'forgot to'],
          ['Deployed the fix, but completely forgot to bump the version.', 'forgot to'],
          ['Pushed the tag, and then simply forgot to publish the release.', 'forgot to'],
          ['Pushed the tag, forgot to publish the release.', 'forgot to'],
        ],
        [
          'The job ran, but forgot to release the lock.',
          'Did a release, and the script forgot to bump the version.',
          'Did a release, but never forgot to bump the version.',
          'Had a look at the logs, but nothing stood out.',
          'Did the engineer forget to run the tests?',
        ],
      );
    });

    it("a root cause's note with no subject names its writer's slip: an interjection, `must have`, a bare slip", () => {
      expectInRootCause(
        [
          ['Missed a closing brace in the Terraform module.', 'Missed'],
          ['Oops, must have skipped the migration step.', 'skipped'],
          ['Deployed to wrong environment.', 'Deployed to wrong'],
          ['Typo in the env file.', 'Typo'],
          ['Sorry, forgot to run the tests.', 'forgot to'],
          ['Mistyped the bucket name in the deploy script.', 'Mistyped'],
          ['Site is down again, forgot to renew the certificate.', 'forgot to'],
          ['Small oversight in the migration script.', 'oversight'],
          ['Sent to the wrong channel.', 'Sent to the wrong channel'],
          ['Probably missed the null check in the parser.', 'missed the null check'],
          ['Ignored the disk warnings over the weekend.', 'Ignored'],
          ['Oops, forgot the changelog entry.', 'forgot'],
        ],
        [
          'Missed heartbeats caused the failover.',
          'Skipped jobs were retried.',
          'Typo detection in the linter is off by default.',
          'Forgotten sessions are purged after a day.',
          'Error in the config parser.',
          'The sync job uploaded to the wrong bucket.',
          'Must have been a network partition.',
          'Typo checks run in CI.',
          'Missed 3 heartbeats from node-2.',
          'Oops, the scheduler skipped the backup.',
          'Failed to connect to the database.',
          'The disk was full, skipped the compaction.',
          'The cache was cold, missed the first requests.',
        ],
      );
    });

    it("the writer's own mistake: made by me, on my part, side or end, mine, with me, and an act of two words", () => {
      expectInRootCause(
        [
          ['Oversight and rushed review on my part in the 4.2 release.', 'Oversight and rushed review on my part'],
          ['The errors were introduced by me in the last refactor.', 'errors were introduced by me'],
          ['A wrong call on my side during the failover.', 'A wrong call on my side'],
          ['Was a bad rebase on my end.', 'a bad rebase on my end'],
          ['The blame for this is entirely mine.', 'The blame for this is entirely mine'],
          ['The fault lies with me for skipping the canary.', 'The fault lies with me'],
          ['I force pushed the branch.', 'I force pushed'],
          ['I copy pasted the staging credentials into prod.', 'I copy pasted'],
          ['The mistakes that were made by me went unnoticed in review.', 'mistakes that were made by me'],
          ['Honestly, the fault was mine.', 'the fault was mine'],
        ],
        [
          'Sorry for the delay in publishing this report.',
          'My habit of writing tests first helped here.',
          'The errors were introduced by the upgrade to v2.',
          'A bad sector on the primary disk corrupted the index.',
          "A wrong value on the vendor's side broke the feed.",
          'The blame is not on anyone.',
          'No mistake on my part was involved.',
          'The config file changed the timeout.',
          "The fault lies with the load balancer's health check.",
          'The job force pushed the branch.',
          'A bad deploy on their side took the API down.',
          'The blame for this outage lies with the missing alert.',
          'The fault is not mine.',
          'Errors that were reported by users went to the wrong queue.',
        ],
      );
      assert.deepEqual(inNarrative('The blame for this is entirely mine.'), ['The blame for this is entirely mine']);
      assert.deepEqual(inNarrative('The mine was flooded.'), []);
    });

    it("a failure or an error declared to be a person's, after be or belongs to; not a task that is theirs", () => {
      expectInRootCause(
        [
          ['There were many failures, but the biggest failure belongs to me.', 'failure belongs to me'],
          ['The biggest mistake belongs to the release manager.', 'mistake belongs to the release manager'],
          ['The error was his.', 'The error was his'],
          ['The blame is mine to carry.', 'The blame is mine'],
        ],
        [
          'The failure belongs to the storage layer.',
          "The error was the parser's.",
          'The failure was mine to fix.',
          'The error was his to investigate, and he found the bad config within the hour.',
          'The responsibility for the fix belongs to me.',
        ],
      );
    });

    it('hindsight about others: an aside after the subject, avoided by an act, advice, a past for `had`', () => {
      expectInRootCause(
        [
          [
            'The reviewers (myself included) should have caught this.',
            'The reviewers (myself included) should have caught',
          ],
          [
            'The approvers (two of us) should have spotted the missing index.',
            'The approvers (two of us) should have spotted',
          ],
          [
            'The outage could have been avoided by not deploying on a Friday.',
            'could have been avoided by not deploying',
          ],
          ['This could have been avoided by reading the release notes.', 'could have been avoided by reading'],
          ['If the on-call checked the dashboard, we would have caught it in minutes.', 'If the on-call checked'],
          [
            'The data loss would have been prevented by not skipping the backup step.',
            'would have been prevented by not skipping',
          ],
          ['If the DBA followed the runbook, the table would have survived.', 'If the DBA followed'],
        ],
        [
          'The outage could have been avoided by adding a second replica.',
          'This could have been prevented by a lock on the table.',
          'The outage could have been avoided with automated canary analysis.',
          'If the alert had fired, the on-call would have been paged in time.',
          'If the job checked the lock, it would have waited.',
          'If they followed the runbook, the step was missing anyway.',
          'The outage could have been avoided by not having a single point of failure.',
          'The reviewers should have been given more time.',
          'If Bob deployed it, it would have shown up in the log.',
          "Clear the cache and this won't happen again.",
          'The operator (our Kubernetes controller) deleted the stale pods.',
        ],
      );
      expectInNarrative(
        [
          ["Never deploy on a Friday and this won't happen again.", "Never deploy on a Friday and this won't happen"],
          [
            'Just run the tests before merging and none of this happens.',
            'Just run the tests before merging and none of this happens',
          ],
          [
            "Don't hotfix production by hand and none of this would happen.",
            "Don't hotfix production by hand and none of this would happen",
          ],
        ],
        [
          'Never deploy without a canary: the pipeline enforces it.',
          'Run the tests before merging and CI will go green.',
          "Restart the pod and this won't happen again.",
        ],
      );
    });

    it('an apology for an act that did harm, as a gerund after `for`: the writer did it', () => {
      expectInRootCause(
        [
          ['Sorry for deleting the release branch, it is restored now.', 'Sorry for deleting'],
          ['Really sorry for breaking the nightly build again.', 'sorry for breaking'],
          ['Sorry for dropping the users table, that was me.', 'Sorry for dropping'],
        ],
        ['Sorry for the outage this morning.', 'We apologize for the disruption to your deployments.'],
      );
      expectInNarrative(
        [
          ['Sorry for taking down the staging cluster yesterday.', 'Sorry for taking down'],
          ['Apologies for accidentally wiping the shared bucket.', 'Apologies for accidentally wiping'],
          ['My apologies for knocking out the VPN during the upgrade.', 'My apologies for knocking out'],
          ['Sorry for breaking main, reverting now.', 'Sorry for breaking'],
        ],
        [
          'Sorry for taking so long to answer.',
          'Apologies for any inconvenience caused.',
          'Sorry for the noise in the alerts channel.',
          'Sorry for asking, but is the fix deployed?',
          'Apologies for the delay in publishing this report.',
        ],
      );
    });

    it("a root cause's note denies a duty with its writer left out, or starts after a label's colon", () => {
      expectInRootCause(
        [
          ['Did not run the tests before merging.', 'Did not run'],
          ["Didn't check the replica lag before the switchover.", "Didn't check"],
          ["Sorry, didn't test the migration on staging.", "didn't test"],
          ['Root cause: forgot to renew the certificate.', 'forgot to'],
          ['Had not checked the disk space before the import.', 'Had not checked'],
          ['Oops, did not verify the checksum of the backup.', 'did not verify'],
          ["Didn't review the diff closely enough.", "Didn't review"],
          ['Cause: did not follow the rollback runbook.', 'did not follow'],
        ],
        [
          'Did not see any errors in the logs.',
          'Did not receive the alert until 09:40.',
          "Didn't fire because the threshold was too high.",
          'Root cause: skipped jobs were retried.',
          'Status: failed to connect to the database.',
          "Didn't realize the change would recreate the node.",
          'Did not know the flag was still on.',
          'The script did not run the tests before merging.',
          'Had not been tested in staging.',
        ],
      );
    });

    it('a person before an aside set off by commas is the subject after it, not a clause of its own', () => {
      expectInRootCause(
        [
          [
            'The reviewers, myself included, should have caught this.',
            'The reviewers, myself included, should have caught',
          ],
          ['The admins, me included, forgot to rotate the key.', 'The admins, me included, forgot to'],
        ],
        [
          'The reviewers, as far as we know, were never asked to look at the config.',
          'The scheduler, as configured, skipped the backup.',
          'The engineer, not the script, was paged first.',
          'The canary, as designed, caught the bad build.',
          'The pipeline, with its new gate, should have caught this.',
          'The bots, two of them, ignored the webhook.',
          'The replicas, all three, missed the heartbeat.',
          'The alert, as it turned out, should have fired.',
        ],
      );
    });

    it('a mistake said to be on a person, at the end of its clause: `this is 100% on me`', () => {
      expectInRootCause(
        [
          ["@donaldsharp you're totally right, this is 100% on me.", 'this is 100% on me'],
          ['That was totally on me, sorry.', 'That was totally on me'],
          ['The outage was on him.', 'outage was on him'],
        ],
        [
          'It was on me to check the logs.',
          'The next round is on me.',
          'This is not on me.',
          'How is this on me?',
          'The pager was on me that week.',
          'The blame was put on me.',
        ],
      );
    });

    it("a diary's wrong choice, `instead of`, in a root cause: its writer left out", () => {
      expectInRootCause(
        [
          ['Pushed to master instead of creating a new branch.', 'Pushed to master instead of'],
          [
            'Ran the migration against production instead of staging.',
            'Ran the migration against production instead of',
          ],
          ['Restarted the primary instead of the replica, and the site went down.', 'Restarted the primary instead of'],
        ],
        [
          'The script ran against production instead of staging.',
          'We ran the migration against production instead of staging.',
          'The job wrote to production instead of staging.',
        ],
      );
      assert.deepEqual(inNarrative('Ran the migration against production instead of staging.'), []);
    });

    it('an omission told by its auxiliary alone, at the end, stands for the duty named before it', () => {
      expectInRootCause(
        [
          ["Oops, I thought I had tested enough, obviously I didn't.", "I didn't"],
          ["I only need to click one button to manually back it up and I didn't.", "I didn't"],
          ["The engineer was supposed to verify the backup, but he didn't.", "he didn't"],
          ["I thought I had reviewed the diff, but I hadn't.", "I hadn't"],
        ],
        [
          "We expected the failover script to restart the pods, but it didn't.",
          "Nobody told me to check the backups, so I didn't.",
          "I was asked to restart the pods, and I didn't, because the runbook said to wait.",
          "Did anyone touch the config? I didn't.",
          "I thought the deploy had finished, but it hadn't.",
        ],
      );
    });
  });

  describe("a person's failure or choice as a finding", () => {
    it('a failure or a choice owned by a person, judged or named as the cause', () => {
      expectInRootCause(
        [
          ["The probable cause was the mechanic's failure to properly torque the fitting.", "the mechanic's failure"],
          ["The cause was the captain's unwise decision to continue the approach.", "the captain's unwise decision"],
          ["The outage was due to the engineer's decision to skip the canary.", "the engineer's decision"],
          ['Probable cause: action of the operator in bypassing the interlock.', 'action of the operator'],
          [
            'It was, frankly, poor look-out on the part of the watch officer.',
            'poor look-out on the part of the watch officer',
          ],
          ['There was a failure on the part of the crew to monitor the airspeed.', 'a failure on the part of the crew'],
        ],
        [
          "The probable cause was the mechanism's failure to latch.",
          "The root cause was the vendor's decision to retire the API.",
          "The outage was not caused by the pilot's decision to divert.",
          "Was the outage caused by the pilot's decision to continue?",
          'There was no failure on the part of the crew.',
          'There was great effort on the part of the on-call engineer.',
        ],
      );
      assert.deepEqual(inNarrative("The captain's decision to divert saved the flight."), []);
      expectInNarrative(
        [
          ["The report was critical of the pilot's decision to continue the approach.", "the pilot's decision"],
          ["Investigators faulted the captain's decision to take off.", "the captain's decision"],
          ["The crash was blamed on the driver's decision to cross the junction.", "the driver's decision"],
        ],
        [
          "The report praised the pilot's decision to divert.",
          "The report was not critical of the pilot's decision to continue.",
          "Was the report critical of the pilot's decision?",
          "The report was critical of the vendor's decision to retire the API.",
        ],
      );
      assert.deepEqual(inNarrative('The actions of the on-call engineer in restoring service were quick.'), []);
    });
  });

  describe('a role or a team as the one who erred', () => {
    it('a driver or a controller where the sentence says it is a person, a nurse by initials, a team', () => {
      expectInRootCause(
        [
          ['The driver failed to stop at the level crossing.', 'The driver failed to'],
          [
            'The driver mistakenly took the train onto the wrong line.',
            'The driver mistakenly took the train onto the wrong line',
          ],
          ['After that, controllers mistakenly cleared two planes onto one runway.', 'controllers mistakenly cleared'],
          ['The air-traffic controller forgot to hand off the flight.', 'controller forgot to'],
          ['The platform team accidentally deleted the bucket.', 'The platform team accidentally deleted'],
          [
            'Support staff then inappropriately applied the refund policy.',
            'Support staff then inappropriately applied',
          ],
        ],
        [
          'The driver failed to load after the kernel upgrade.',
          'The driver failed to handle the signal.',
          'The GPU driver mistakenly dropped the signal.',
          'The database driver forgot to close the connection.',
          'The flight controller forgot to arm the motors.',
          'The ingress controller failed to reconcile the routes.',
          'Our staff accidentally discovered the bug.',
          'The parser improperly escaped the input.',
        ],
      );
      assert.deepEqual(inNarrative('Did the train driver stop at the red signal?'), []);
      assert.deepEqual(inNarrative('The train driver stopped at the red signal.'), []);
      assert.deepEqual(inNarrative('The platform team was accidentally paged.'), []);
      assert.deepEqual(inNarrative('The technician did not accidentally delete the file.'), []);
      assert.deepEqual(inNarrative('The RN mistakenly administered the wrong cup to the resident.'), [
        'The RN mistakenly administered the wrong cup',
      ]);
    });
  });

  describe('a person of a role that the model tags oddly', () => {
    it('an adjective before the role that the model may tag as a preposition: `outside engineers`', () => {
      expectInNarrative(
        [
          ['The probe was lost through a mistake by outside engineers.', 'a mistake by outside engineers'],
          [
            'The outage was caused by a mistake by the outsourced contractors.',
            'a mistake by the outsourced contractors',
          ],
        ],
        [
          'The probe was lost through a mistake by outside vendors.',
          'It was not a mistake by outside engineers.',
          'Was it a mistake by outside engineers?',
          'Outside engineers reviewed the design at 10:05.',
        ],
      );
    });
  });

  describe('a duty left undone, in the passive, by a person', () => {
    it('a negated passive of a duty with a person as its agent', () => {
      expectInNarrative(
        [
          ['The alert was not acknowledged by the on-call engineer.', 'was not acknowledged by the on-call engineer'],
          ["The warning wasn't noticed by the operator until the disk was full.", "wasn't noticed by the operator"],
          [
            'The change was not reviewed by the release manager before it shipped.',
            'was not reviewed by the release manager',
          ],
          [
            'The incident was not reported to the regulator by the shift supervisor.',
            'was not reported to the regulator by the shift supervisor',
          ],
        ],
        [
          'The alert was not acknowledged by the pager system.',
          'The change was not reviewed by a second engineer, as the policy allowed.',
          'Was the alert not acknowledged by the on-call engineer?',
          'The page was not received by the on-call engineer.',
          'The alert was acknowledged by the on-call engineer within two minutes.',
        ],
      );
    });
  });

  describe('an opening `Instead of` clause that lists what was not done', () => {
    it('the person after the comma that ends the list', () => {
      expectInRootCause(
        [
          [
            'Instead of taking a step back, consulting the team and planning again, I forged ahead.',
            'Instead of taking a step back, consulting the team and planning again, I',
          ],
        ],
        [
          'Instead of waiting, retrying, or failing over, the client gave up.',
          'Instead of a rollback, a canary and a pause, we did a full redeploy.',
          'Instead of a rollback, a canary and a pause, the pipeline did a full redeploy.',
          'Instead of rolling back, checking the logs, or paging the DBA, did the engineer restart the primary?',
        ],
      );
      assert.deepEqual(inNarrative('Instead of draining the node, cordoning it and waiting, Bob rebooted it.'), [
        'Instead of draining the node, cordoning it and waiting, Bob',
      ]);
      assert.deepEqual(
        inRootCause(
          'Instead of rolling back, checking the logs, or paging the DBA, the engineer restarted the primary.',
        ),
        ['Instead of rolling back, checking the logs, or paging the DBA, the engineer', 'the engineer restarted'],
      );
    });
  });

  describe("a person's state, not a choice", () => {
    it('what a person felt, sensed or feared is no act; an act beside it, or one the feeling allowed, still is', () => {
      expectInRootCause(
        [
          ['The operator felt rushed and deleted the wrong volume.', 'The operator felt rushed and deleted the wrong'],
          [
            'The engineer felt the change was safe and pushed it straight to production.',
            'The engineer felt the change was safe and pushed',
          ],
          ['Priya felt sure and skipped the canary.', 'Priya felt sure and skipped'],
          ['Dave rebooted the router because he felt it was stuck.', 'Dave rebooted'],
          [
            'The on-call engineer felt tired and ran the cleanup job in production.',
            'The on-call engineer felt tired and ran',
          ],
          ['The contractor felt the cable and then unplugged it.', 'The contractor felt the cable and then unplugged'],
          ['The operator feared a timeout and killed the primary.', 'The operator feared a timeout and killed'],
          ['On the morning of the outage he felt free to skip the canary.', 'he felt'],
        ],
        [
          'The operator felt the alert thresholds were too noisy to act on.',
          'The on-call engineer felt he should have been given a runbook for the failover.',
          'After the reorg, Priya felt that nobody had told her the cron job was hers.',
          'Dave felt the rollback was safe because staging had passed.',
          'The SRE feared the replica was already corrupt.',
          'The administrator sensed the disk was about to fill.',
        ],
      );
    });
  });

  describe("a failing that is nobody's, in a norm or a question", () => {
    it('as the subject of a norm or of what it is now, or asked about; owned, acting or the cause, it judges', () => {
      expectInNarrative(
        [
          ['Negligence caused the outage.', 'Negligence'],
          ['His negligence must be addressed in the review.', 'His negligence'],
          ['Negligence by the on-call engineer is the root cause.', 'Negligence'],
          ['The outage was caused by gross negligence.', 'negligence'],
          ['Sheer incompetence must have brought the site down.', 'incompetence'],
          ["The operator's carelessness will be raised in his review.", "The operator's carelessness"],
          ['What about his negligence?', 'negligence'],
          ['Carelessness in the release team is why the site went down.', 'Carelessness'],
          ['Complacency is what broke the deploy.', 'Complacency'],
        ],
        [
          'Negligence must not be confused with an honest slip.',
          'Carelessness can happen to anyone after a long shift.',
          'What about incompetence? The review found a missing guard, not a weak engineer.',
          'Gross negligence should be handled by HR, not by a postmortem.',
          'Incompetence in a new hire is usually a gap in onboarding.',
          'Recklessness is rare; most incidents come from gaps in the process.',
        ],
      );
    });
  });

  describe('a term defined, or naming it talked about', () => {
    it('a term that opens a sentence, then what it refers to, means or can be, defines it', () => {
      const definitions = [
        'Operator error can be a slip, a lapse, or a mistake made under time pressure.',
        'Human error refers to an act that had an outcome nobody intended.',
        'Human error means an action that did not have the intended result.',
        'Pilot error is defined as a decision or action that contributed to an accident.',
        'Pilot error can be a mistake, oversight, lapse in judgment, or failure to exercise due diligence.',
      ];
      expectInNarrative(
        [
          ['Operator error can be blamed for this outage.', 'Operator error'],
          ['Human error may have caused the outage.', 'Human error'],
          ['Human error refers us back to the operator who ran the script.', 'Human error'],
          ['An operator error is what brought the site down.', 'An operator error'],
        ],
        definitions,
      );
      expectInRootCause([], definitions);
    });

    it('a naming verb in `-ing` that opens the sentence or follows a word of topic; told as done, it blames', () => {
      const topics = [
        'Regarding citing human error as the root cause, I would keep asking why.',
        'We should stop calling it operator error and ask what made the slip easy.',
        'The habit of blaming pilot error hides the design flaw.',
        'Citing human error as the root cause ends the inquiry too early.',
      ];
      expectInNarrative(
        [
          ['The report closed the case, citing human error.', 'human error'],
          ['We are citing human error as the root cause.', 'human error'],
          ['After citing operator error, the team closed the ticket.', 'operator error'],
          ['The outage was human error.', 'human error'],
        ],
        topics,
      );
      expectInRootCause([], topics);
    });
  });

  describe('advice to nobody in particular', () => {
    it('what anyone, people or a plural with no determiner is told to do; told to a person, it blames', () => {
      expectInNarrative(
        [
          ['We told Bob to be more careful.', 'be more careful'],
          ['Dave was told to be more careful.', 'be more careful'],
          ['We asked the contractor to stop being so careless.', 'careless'],
          ['Telling Priya to pay more attention did not help.', 'pay more attention'],
          ['The team lead told the new hire to be more careful next time.', 'be more careful'],
          ['The on-call engineer needs to be more careful.', 'be more careful'],
          ['We reminded our engineers to pay more attention to the warnings.', 'pay more attention'],
        ],
        [
          'Telling people to be more careful will not stop the next outage.',
          'Asking engineers to pay more attention does not fix a noisy pager.',
          'Reminding everyone to be more careful is not an action item.',
          'We will not tell operators to be more careful; the console will ask for confirmation.',
          'Reminding anyone to pay more attention cannot replace a confirmation prompt.',
          'Urging developers to pay more attention to warnings only adds to the noise.',
        ],
      );
    });
  });

  describe('contempt for what anyone should have known', () => {
    it('no expert needed to see it, one job, rank amateurs; no expert needed to use a tool, a job of a program', () => {
      expectInNarrative(
        [
          ["It doesn't take a genius to see that the backup was never tested.", "doesn't take a genius to see"],
          [
            'It did not take a rocket scientist to know the cable would be pulled.',
            'did not take a rocket scientist to know',
          ],
          [
            'Furthermore it does not take a brain surgeon to work out that the trailer would roll down the hill.',
            'does not take a brain surgeon to work',
          ],
          ["It doesn't take an expert to notice a disk-full alert.", "doesn't take an expert to notice"],
          ['You had one job: rotate the certificate.', 'You had one job'],
          ['You had one job, and the certificate still expired.', 'You had one job'],
          ['Their IT organization was run by rank amateurs.', 'by rank amateurs'],
        ],
        [
          "It doesn't take a genius to use the new deploy tool.",
          'It does not take an expert to run the migration now; it is one command.',
          'It did not take a long time to see that the disk was full.',
          'The cron job had one job: rotate the logs, and it stopped when the disk filled.',
          'The restore does not take an expert any more, since the script checks the target first.',
          "It didn't take a scientist to restore the service, only the runbook.",
          'We rank beginners below experts in the on-call rota.',
        ],
      );
    });
  });

  describe('what anyone is like', () => {
    it('a judging adjective said in the present of anyone or of `we all`; of someone particular, it judges', () => {
      expectInNarrative(
        [
          ['Someone was careless with the production keys.', 'careless'],
          ['Somebody here is careless with the keys, and we know who.', 'careless'],
          ['Bob is careless with the production keys.', 'careless'],
          ['We were sloppy and skipped the canary.', 'sloppy'],
          ['The on-call engineer is lazy about acknowledging pages.', 'lazy'],
          ['Somebody on the team is careless with the keys.', 'careless'],
          ['We are careless with the production keys.', 'careless'],
        ],
        [
          'Anyone is careless at three in the morning after a twelve-hour shift.',
          'Unless somebody is reckless, a blameless review keeps them in the room.',
          'We are all careless when the pager goes off at night.',
          'Everyone is sloppy with a console that asks no confirmation.',
          'People are lazy about passwords when the policy makes them change every month.',
          'Somebody is always careless eventually, so the delete needs a guard.',
        ],
      );
    });
  });

  describe('an insult to a thing', () => {
    it('an insult before a thing that neither thinks nor is an act vents at it; of a person or an act, judges', () => {
      expectInNarrative(
        [
          ['The stupid intern deleted the logs.', 'stupid intern'],
          ['Our dumb contractor unplugged the pager server.', 'dumb contractor'],
          ['A clueless developer wrote the retry loop.', 'clueless developer'],
          ['The idiotic operator ran the cron job twice.', 'idiotic operator'],
          ['It was a stupid mistake to change the timeout.', 'stupid mistake'],
          ['That was a bonehead move by the on-call engineer.', 'bonehead move'],
          ['Whose dumb idea was it to deploy on a Friday?', 'dumb idea'],
          ['The admins keep doing dumb things in production.', 'dumb things'],
          ['The hapless wire-scrapper then made it worse by fixing the mess himself.', 'hapless wire-scrapper'],
        ],
        [
          'The stupid script deleted the logs.',
          'Our stupid pager app went silent during the outage.',
          'I spent an hour fighting the dumb linter before the deploy.',
          'The idiotic retry loop hammered the database for ten minutes.',
          'That stupid cron job ran twice at midnight.',
          'Another dumb DNS outage took the status page down.',
          'The moronic default timeout of zero meant the client waited forever.',
          'This stupid thing would not boot after the update.',
        ],
      );
    });
  });

  describe('a person doing the job in a root cause', () => {
    it('an act that freed or ended something stuck or harmful, or done well, is the response; other acts cause', () => {
      expectInRootCause(
        [
          ['The on-call restarted the node, which wiped the stuck jobs.', 'The on-call restarted'],
          ['Maria restarted the pods during peak traffic.', 'Maria restarted'],
          ['The SRE failed the traffic over to the standby, which dropped every session.', 'The SRE failed'],
          ['Bob restarted the consumer and the backlog was lost.', 'Bob restarted'],
          ['The operator skipped the second step of the runbook.', 'The operator skipped'],
          ['Priya killed the migration halfway, which corrupted the table.', 'Priya killed'],
          ['The DBA restarted the replica, which cleared the cache.', 'The DBA restarted'],
          ['Bob deleted the alerts table as well.', 'Bob deleted'],
        ],
        [
          'The on-call restarted the node, which cleared the stuck jobs.',
          'Maria restarted the pods, after which the alerts cleared.',
          'The SRE failed the traffic over to the standby, which stopped the errors.',
          'Bob restarted the consumer and the backlog drained within minutes.',
          'The engineer on call handled it well.',
          'The operator followed the runbook correctly.',
          'Priya killed the hung migration, which unblocked the deploy queue.',
          'The DBA restarted the replica, which cleared the replication errors.',
        ],
      );
    });
  });

  describe("the writer's own question or state of knowing", () => {
    it('what the writer asks they did not know, or news just told they had not noticed; of others, it blames', () => {
      expectInNarrative(
        [
          ["Why didn't the on-call engineer know about the alert?", "Why didn't the on-call engineer know"],
          ["Why didn't Bob check the logs before deploying?", "Why didn't Bob check"],
          ["Why didn't I check the logs before deploying?", "Why didn't I check"],
          ["The intern didn't realise that was the production database.", "The intern didn't realise"],
          ["I didn't notice the warning in the deploy log.", "I didn't notice"],
          ["Bob didn't realise that was the case and pushed anyway.", "Bob didn't realise"],
          ["Why didn't the reviewer notice the missing test?", "Why didn't the reviewer notice"],
          ["I didn't realise the flag was global, so I enabled it everywhere.", "I didn't realise"],
        ],
        [
          "Why didn't I know about this sooner?",
          "Why didn't I know the backup had stopped?",
          "Why didn't we understand the alert at the time?",
          "Ok, I didn't realise that was the case.",
          "Oh, I didn't notice that.",
          "Thanks, I didn't realise that was possible.",
          "Ah, I didn't realise this was a thing.",
          "Good point, I didn't notice this.",
        ],
      );
    });
  });

  describe('a participle read as an adjective', () => {
    it('after its subject and an adverb is the act: `The developer manually edited the migration`', () => {
      expectInRootCause(
        [['The developer manually edited the migration.', 'The developer manually edited']],
        [
          'My carefully prepared checklist did not cover the second region.',
          'His recently rotated credentials had not reached the deploy job.',
        ],
      );
    });
  });

  describe('a modal before the subject', () => {
    it('asks or supposes what may be done: `How can an employee solely authorise ...?`', () => {
      expectInRootCause(
        [['Why did the engineer delete the production cluster?', 'the engineer delete']],
        [
          'How can an employee, even one with 30 years of experience, solely authorise the disbursement of $10m?',
          'Should an engineer ever be able to drop a table without a second approval?',
        ],
      );
    });
  });

  describe('the response as a stretch of time', () => {
    it('reads an act in progress while the incident was worked as the scene, one in the simple past as an act', () => {
      expectInRootCause(
        [
          ['While debugging, the engineer ran the cleanup script against production.', 'the engineer ran'],
          ['During the maintenance window the operator was editing the config by hand.', 'the operator was editing'],
        ],
        [
          'During the investigation the on-call engineer was running read-only queries against the replica.',
          'While troubleshooting the login errors, the developer was tailing the auth service logs.',
        ],
      );
    });
  });

  describe('a log line', () => {
    it('a capitalised mishap opening a log line is no name; a name before the same words still blames', () => {
      expectInNarrative(
        [
          ['Tom skipped the canary.', 'Tom skipped'],
          ['Priya ignored the warning.', 'Priya ignored'],
          ['Tom syncing the pod, skipping the checks, broke it.', 'Tom syncing the pod, skipping'],
          ['Alex skipped the review.', 'Alex skipped'],
          ['Errol skipped the canary.', 'Errol skipped'],
        ],
        [
          'Error syncing pod, skipping: failed to start',
          'Failure reading config, skipping',
          'Warning: Failure loading plugin, skipping',
          'Error opening socket, bypassing the cache',
          'Failure contacting the registry, skipping the image pull',
          'Error validating webhook, skipping the admission check',
        ],
      );
      expectInRootCause(
        [
          ['Mark bypassed the cache.', 'Mark bypassed'],
          ['Dana ignored the alert, skipping the runbook.', 'Dana ignored the alert, skipping'],
          ['Kim bypassing the checks caused the outage.', 'Kim bypassing the checks caused'],
        ],
        ['Timeout waiting for lock, skipping', 'Crash reading the journal, skipping'],
      );
    });
  });

  describe('what a program does instead of something else', () => {
    it('"they" doing only what programs do, instead of something else, is no person who chose wrong', () => {
      expectInNarrative(
        [
          ['Instead of testing the fix, they pushed it to production.', 'Instead of testing the fix, they'],
          [
            'Instead of falling back to the old config, they pushed the new one to every host.',
            'Instead of falling back to the old config, they',
          ],
          [
            'Instead of serving the cached copy, Bob restarted the cache in production.',
            'Instead of serving the cached copy, Bob',
          ],
          ['Instead of checking the logs, they restarted the database.', 'Instead of checking the logs, they'],
          [
            'Instead of redirecting the traffic, they deleted the load balancer.',
            'Instead of redirecting the traffic, they',
          ],
          ['Instead of retrying the job, they dropped the queue.', 'Instead of retrying the job, they'],
          ['Instead of returning the laptop, he wiped the disk.', 'Instead of returning the laptop, he'],
          ['Instead of escalating, they muted the pager.', 'Instead of escalating, they'],
        ],
        [
          'Instead of falling back to the English version of the pages, they were returning a 404.',
          'Instead of serving the cached copy, they were returning a 500 for every request.',
          'Instead of failing over to the replica, they crashed on startup.',
          'Instead of redirecting to the login page, they responded with a blank screen.',
          'Instead of retrying once, they retried every request a hundred times.',
          'Instead of throwing a clear error, they returned an empty list.',
          'Instead of serving static files, they were redirecting to the old domain.',
          'Instead of emitting one event per order, they emitted one per item.',
        ],
      );
    });
  });

  describe('what happens to those who erred, in general', () => {
    it('a past act qualifying a noun, in a claim of what usually happens, tells it; told as done, it blames', () => {
      expectInNarrative(
        [
          ['The engineer who made the error caused the outage.', 'The engineer who made the error caused'],
          ['Engineers who made a mistake took the site down.', 'Engineers who made a mistake'],
          ['The operator skipped a step, and the volume was deleted.', 'The operator skipped'],
          ['A mistake made by the on-call engineer took the site down.', 'A mistake made by the on-call engineer'],
          ['The outage was a mistake made by an engineer.', 'a mistake made by an engineer'],
          ['Bob, who skipped the canary, broke production.', 'Bob, who skipped the canary, broke'],
          ['The intern who deleted the table was careless.', 'careless'],
          ['The reviewer who approved the change missed the bug.', 'The reviewer who approved the change missed'],
        ],
        [
          'The engineer who made the error often needs support more than anyone.',
          'Engineers who made a mistake often feel shame for weeks.',
          'An operator who skipped a step usually faces discipline in a blameful culture.',
          'People who caused an outage often leave the company within a year.',
          'A responder who deleted the wrong volume typically blames themselves first.',
          'Anyone who broke production sometimes hides it from the team.',
          'A change approved by a tired reviewer often ships a bug.',
          'Mistakes made by a new hire are usually gaps in onboarding.',
        ],
      );
    });
  });

  describe("a slip that is a thing's doing or state", () => {
    it('a passive slip a thing caused is its effect; a person who caused it, or no cause named, still slips', () => {
      assert.ok(
        inRootCause('The engineer caused the certificates to be erroneously revoked.').includes('erroneously revoked'),
      );
      expectInRootCause(
        [
          ['The backup table was accidentally dropped.', 'accidentally dropped'],
          ['The certificates were erroneously revoked by an operator.', 'erroneously revoked by an operator'],
        ],
        [
          'Due to system logic issues, this action inadvertently caused all subordinate CA certificates to be ' +
            'erroneously revoked.',
          'A race in the sync job caused several user accounts to be accidentally deleted.',
          'The retry logic caused the same payment to be wrongly charged twice.',
          'The faulty migration led to the billing records being erroneously archived.',
        ],
      );
    });

    it("a result's adverb before a participle and its noun tells a state, unless its `mis-` word is a slip", () => {
      expectInRootCause(
        [
          ['An incorrectly typed command during routine debugging caused the outage.', 'incorrectly typed'],
          ['A wrongly spelled hostname in the deploy script took the site down.', 'wrongly spelled'],
          ['An incorrectly placed decimal point sent the dose ten times too high.', 'incorrectly placed'],
          ['An accidentally deleted route table caused the outage.', 'accidentally deleted'],
          ['The renewal was erroneously approved before the domain was revalidated.', 'erroneously approved'],
        ],
        [
          'These delays are due to an incorrectly configured mailing list that was replied to many times.',
          'The root cause was a wrongly sized connection pool.',
          'The login failures were caused by an incorrectly configured load balancer.',
          'An erroneously issued certificate was revoked within an hour.',
        ],
      );
    });

    it('human error set off from a verb in the present by a dash is said of errors in general', () => {
      expectInNarrative(
        [
          ['Human error - was the cause of the outage.', 'Human error'],
          ['Human error - the root cause of the outage.', 'Human error'],
        ],
        [
          'Human Error - is a good percentage of the reason for outages.',
          'Human error \u2013 is predictable, and systems should expect it.',
          'Human error - is never the whole story.',
        ],
      );
    });

    it('a job inherited is what the person was handed, not an act that caused the incident', () => {
      expectInRootCause(
        [
          [
            'Tom inherited the config and then deleted the production database.',
            'Tom inherited the config and then deleted',
          ],
        ],
        [
          'The development team was understaffed, so I inherited the job of deploying the website to production.',
          'Our new SRE inherited a cluster with no runbooks.',
          'When Dana left, Sam inherited the on-call rotation for the payments service.',
        ],
      );
    });
  });

  describe('a duty let slide', () => {
    it("a person who fell or got behind on a duty is blamed; a program's lag, the writers' plans are not", () => {
      expectInRootCause(
        [
          ['I got behind on my backups.', 'I got behind on'],
          ['Our DBA had fallen behind on the certificate renewals.', 'Our DBA had fallen behind on'],
        ],
        [
          'The replica fell behind on replication during the traffic spike.',
          'We fell behind on the roadmap after the outage.',
          'The project fell behind schedule.',
        ],
      );
    });
  });

  describe('a record not kept', () => {
    it('a person who did not note, record or write down what was needed later is blamed; a program is not', () => {
      expectInRootCause(
        [
          [
            "And obviously I didn't write down in my diary the date of expiry, nor did my webhost remind me.",
            "I didn't write",
          ],
          ['The operator did not record the change in the log.', 'The operator did not record'],
        ],
        [
          'The monitoring system did not record the metric.',
          'The engineer did not write the migration; the vendor did.',
          'I wrote down the expiry date, but the reminder went to an old address.',
        ],
      );
    });
  });

  describe("a person's ignorance, or complacency told as a change", () => {
    it("ignorance owned by a person judges them; nobody's or a program's does not", () => {
      expectInRootCause(
        [
          ['His ignorance further shone through when he recommended a system restore to fix email.', 'His ignorance'],
          ["The contractor's ignorance of the lockout procedure caused the shock.", "The contractor's ignorance"],
        ],
        [
          'Ignorance of the connection limit was widespread across the teams.',
          "The scheduler's ignorance of node pressure delayed the eviction.",
        ],
      );
    });

    it('grown or got too comfortable is a verdict of complacency; comfortable alone is not', () => {
      expectInRootCause(
        [
          ['The team had grown too comfortable with manual failovers.', 'grown too comfortable'],
          ['After years without an incident, the admins got a bit too relaxed about backups.', 'got a bit too relaxed'],
        ],
        [
          'The engineer got comfortable with the new tooling after a week of training.',
          'The on-call engineer was comfortable running the failover alone.',
        ],
      );
    });
  });

  describe("a slip's headline after an interjection", () => {
    it("an interjection or an apology before a slip headline leaves it the writer's note", () => {
      expectInRootCause(
        [
          ['Oops, typo in my config here.', 'typo'],
          ['Sorry, mistake from previous push.', 'mistake'],
        ],
        ['Oops, the scheduler skipped the backup.', 'Sorry, typo detection in the linter is off by default.'],
      );
    });
  });

  describe('a verdict that an act cannot be excused', () => {
    it('unforgivable, inexcusable and unpardonable judge whoever did it; an unforgiving system is not judged', () => {
      expectInNarrative(
        [
          ['This is absolutely unforgivable.', 'unforgivable'],
          ["The on-call engineer's inexcusable delay left the site down for an hour.", 'inexcusable delay'],
        ],
        [
          'The method of deployment was unforgiving; templates had to be copied into the CMS by hand.',
          'Nothing anyone did that night was unforgivable.',
        ],
      );
    });
  });

  describe('what happened by mistake', () => {
    it('an event or a passive act by mistake is a slip with nobody named; a denial or a program agent is not', () => {
      expectInRootCause(
        [
          ['This data privacy breach of a single data happened by mistake.', 'by mistake'],
          ['The outage occurred by mistake during routine maintenance.', 'by mistake'],
          ['The deletion was done by mistake.', 'by mistake'],
          ['The migration was run by mistake against the live database.', 'by mistake'],
        ],
        [
          'The alert fired by mistake.',
          'Nothing happened by mistake; the deletion was planned.',
          'Nothing was deleted by mistake during the drill.',
          'By mistake, nothing else was changed.',
          'The wrong certificate was installed by mistake by the provisioning script.',
          'It can happen by mistake when the flag is unset.',
        ],
      );
    });
  });

  describe('an act whose verb stands in scare quotes', () => {
    /** What is flagged in a root cause when the quotations are blanked, as the document's prose masks them. */
    function quotedInRootCause(text: string): string[] {
      const masked = text.replace(/"[^"]*"/g, (quotation) => ' '.repeat(quotation.length));
      const context = { rootCause: true, names: NO_KNOWN_NAMES };
      return detectBlame(masked, text, compilePhrases(undefined), context).map((found) =>
        text.slice(found.start, found.end),
      );
    }

    it("a person's act told with its verb in quotes is held at a distance as no such act; a thing's is not", () => {
      const flagged = [
        ['I had "restored" the two-month-old backup on production.', 'I had "restored"'],
        ['And on my local machine, I had "backed up" instead of restoring my database.', 'I had "backed up"'],
        ['Bob had "fixed" the bug by restarting the pod.', 'Bob had "fixed"'],
        ['I "tested" the migration on my laptop only.', 'I "tested"'],
      ];
      for (const [sentence, phrase] of flagged) assert.deepEqual(quotedInRootCause(sentence), [phrase], sentence);
      for (const sentence of [
        'I clicked "Restore" and the backup came back.',
        'The script had "restored" the backup from the wrong bucket.',
        'I had "admin" access to the production cluster.',
        'We had "restored" the backup from the wrong bucket.',
        'If I had "restored" the backup, the data would be back.',
      ])
        assert.deepEqual(quotedInRootCause(sentence), [], sentence);
    });
  });

  describe("investigators' findings and admissions in the shapes fresh-38 showed", () => {
    it('a gerund after a past `kept`, `started`: the subject of the verb before it; not a present habit', () => {
      expectInNarrative([['I apologize, I kept forgetting to close them.', 'I kept forgetting']], []);
      expectInRootCause(
        [
          [
            'The crew reversed the train into the siding, forgetting that the coupling was off.',
            'The crew reversed the train into the siding, forgetting',
          ],
        ],
        ['The job kept restarting all night.', 'Forgetting a step is easy when the runbook is long.'],
      );
      // After an opening phrase and a long object, the participle's subject is the verb's before its comma.
      expectInRootCause(
        [
          [
            'To let the locomotives pass, the crew decided to reverse the train into a track, forgetting the coupling.',
            'the crew decided to reverse the train into a track, forgetting',
          ],
          ['So I let it deplete, forgetting about the invoices.', 'I let it deplete, forgetting'],
        ],
        ['The script restarted the pods, ignoring the drain flag.'],
      );
    });

    it('offers no rephrasing of a gerund after `kept`, which would read "kept do not act on"', () => {
      const text = 'The release engineer kept ignoring the failing canary.';
      const [found, ...rest] = detectBlame(text, text, compilePhrases(undefined), {
        rootCause: true,
        names: NO_KNOWN_NAMES,
      });
      assert.equal(rest.length, 0);
      assert.equal(found?.phrase, 'The release engineer kept ignoring');
      assert.deepEqual(found?.suggestions, []);
    });

    it("a failure to do anything, by a person; a stressed subject at fault; a choice after its owner's owner", () => {
      expectInRootCause(
        [
          [
            'The probable cause was a failure to maintain a proper lookout by the mate on the vessel.',
            'a failure to maintain a proper lookout by the mate',
          ],
          ['It seems to me that the Claimant was himself at fault.', 'the Claimant was himself at fault'],
          [
            'The probable cause of the sinking was its captain\u2019s decision to continue.',
            'its captain\u2019s decision',
          ],
          ["The outage traces back to Omar's decision to skip the canary.", "Omar's decision"],
        ],
        [
          'The outage came from a failure to renew the certificate by the cert-manager controller.',
          "We traced the requests back to the engineer's laptop, which had the old config.",
          'The system was itself at fault.',
        ],
      );
    });

    it('a lapse denied, a slip a thing caused, a question asked, and a name before a thing blame nobody', () => {
      expectInRootCause(
        [],
        [
          'The claimant denied any lack of attention at the junction.',
          'Owing to a problem with the software, a number of letters were sent out in error.',
          'Subapp lockfiles seem to be in a broken state after the merge.',
        ],
      );
      expectInNarrative(
        [['A number of letters were sent out in error.', 'in error']],
        ['Nobody reported the outage, which makes me wonder if I should have written it at all.'],
      );
    });

    it('a person alone named as the cause, after `was`, a label or `because of`; not their act or a crowd', () => {
      expectInRootCause(
        [
          ['The root cause was the intern.', 'cause was the intern'],
          ['Root cause: the intern.', 'cause: the intern'],
          ['The outage happened because of the intern.', 'because of the intern'],
          ['The outage happened because of me.', 'because of me'],
        ],
        [
          "The root cause was the engineer's change.",
          'The cause was the on-call rota.',
          'Because of the few players who were abusing bots, the server slowed.',
          'The delay was due to the vendor.',
        ],
      );
    });

    it('a plural common noun opening a sentence is no name; a name the lexicon lacks still is one', () => {
      expectInRootCause(
        [['Priyanka deleted the table.', 'Priyanka deleted']],
        [
          'Interviews with facility staff revealed a lack of verification processes for transfer paperwork.',
          'Farmers creating blocks added this transaction into the block, and these blocks validated successfully.',
          'Refunds issued to everyone that missed slots were sent on Friday.',
        ],
      );
    });

    it('what anyone met each time, told with `would`, is how a bug behaved; one act after `when` still blames', () => {
      expectInRootCause(
        [['When someone deleted the table, the alert fired.', 'someone deleted']],
        [
          'When someone in certain zones completed a Mission and hit accept, they would receive the rewards twice.',
          'Whenever anybody clicked retry, the job would start again.',
        ],
      );
    });

    it('a lookout is a person at a post or by trains and ships, and the watching elsewhere', () => {
      expectInRootCause(
        [
          [
            'The site lookout was distracted and missed the approaching train.',
            'The site lookout was distracted and missed',
          ],
        ],
        ['We are on the lookout for expiring certificates.', 'The lookout job failed to run overnight.'],
      );
    });
  });
});
