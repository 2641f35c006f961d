import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import type { PostmortemConfig } from '../../src/core/config/types';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { lintDocument } from '../../src/core/lint';
import { parsePostmortem } from '../../src/core/model/parse';
import { rule as blamefulLanguage } from '../../src/core/rules/blameful-language';
import { rule as humanErrorRootCause } from '../../src/core/rules/human-error-root-cause';
import type { Rule, RuleFinding } from '../../src/core/rules/types';
import { corpusDocuments } from './documents';

function postmortem(sections: Readonly<Record<string, string>>): string {
  return ['# Checkout API returned 503s', '', ...Object.entries(sections).flatMap(([title, body]) => [`## ${title}`, '', body, ''])].join('\n');
}

function check(rule: Rule, text: string, config: PostmortemConfig = DEFAULT_CONFIG): readonly RuleFinding[] {
  return rule.check(parsePostmortem(text, { config }), config);
}

/** The flagged text of each finding. */
function flaggedText(rule: Rule, text: string, config: PostmortemConfig = DEFAULT_CONFIG): string[] {
  return check(rule, text, config).map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
}

function withConfig(changes: Partial<PostmortemConfig>): PostmortemConfig {
  return { ...DEFAULT_CONFIG, ...changes };
}

describe('human-error-root-cause', () => {
  it('flags human error and a person named in the root cause', () => {
    const text = postmortem({ 'Root cause': 'The root cause was human error: the on-call engineer forgot to drain the node.' });
    const findings = check(humanErrorRootCause, text);
    assert.deepEqual(findings.map((finding) => finding.message), [
      'Root cause names human error ("human error"); name the conditions that allowed the mistake instead',
      'Root cause names a person ("the on-call engineer forgot to"); name the conditions that allowed the mistake instead',
    ]);
    assert.equal(humanErrorRootCause.defaultSeverity, 'error');
  });

  it('reads root-cause sections under their other names, and trigger sections', () => {
    assert.deepEqual(flaggedText(humanErrorRootCause, postmortem({ 'Contributing Factors': '- Operator error during the failover.' })), ['Operator error']);
    assert.deepEqual(flaggedText(humanErrorRootCause, postmortem({ Trigger: 'Bob accidentally deleted the table.' })), ['Bob accidentally deleted']);
    assert.deepEqual(flaggedText(humanErrorRootCause, postmortem({ 'Root Cause Analysis': '### Why it happened\n\nThe deployer pushed a bad config.' })), ['The deployer pushed a bad config']);
  });

  it('flags human error stated as the cause anywhere, and nothing else outside the root cause', () => {
    const text = postmortem({ Summary: 'The outage was caused by user error. User error was made again later. Bob forgot to renew it.' });
    assert.deepEqual(flaggedText(humanErrorRootCause, text), ['user error']);
  });

  it('does not flag a root cause about systems, risks and ownership', () => {
    const text = postmortem({
      'Root cause': [
        'The deploy tool failed to roll back, and the alert should have fired but did not.',
        'Renewal was a manual step, which increases the room for error; nobody owned this procedure.',
        'We will automate it to reduce the chance of human error. The `human_error` flag is unrelated.',
      ].join(' '),
    });
    assert.deepEqual(check(humanErrorRootCause, text), []);
  });

  it('offers "did not" for "forgot to" only as a suggestion, since the person stays the one who failed, and only suggestions for human error', () => {
    const text = postmortem({ 'Root cause': 'The engineer forgot to drain the node. It was human error.' });
    const [person, humanError] = check(humanErrorRootCause, text);
    assert.ok(person && humanError);
    assert.equal(person.fix, undefined);
    assert.deepEqual(person.suggestions?.map((fix) => applyEdits(text, fix.edits)), [text.replace('The engineer forgot to drain', 'The engineer did not drain')]);
    assert.equal(humanError.fix, undefined);
    assert.deepEqual(humanError.suggestions?.map((fix) => applyEdits(text, fix.edits).match(/It was [^.]+\./)?.[0]), ['It was a process gap.', 'It was an error.']);
  });
});

describe('blameful-language', () => {
  it('flags blame anywhere in the prose', () => {
    const text = postmortem({
      Summary: 'The on-call engineer should have checked the replication lag.',
      Timeline: '- 14:02 Bob forgot to drain the node, obviously a careless mistake.',
      'Lessons learned': '| What went wrong |\n| --- |\n| This should have been caught in review. |',
    });
    assert.deepEqual(flaggedText(blamefulLanguage, text), ['The on-call engineer should have checked', 'Bob forgot to', 'obviously ', 'careless mistake', 'should have been caught']);
    assert.equal(blamefulLanguage.defaultSeverity, 'warning');
  });

  it('does not flag blameless writing', () => {
    const text = postmortem({
      Summary: 'The deploy tool failed to roll back. We forgot to renew the certificate; nobody owned the renewal.',
      Impact: 'The error rate reached 30% and users saw 500 errors.',
      'Root cause': 'Renewal was a manual step, which increases the room for error.',
      'Action items': '- [ ] Automate renewal to reduce the chance of human error. Owner: @alice',
    });
    assert.deepEqual(check(blamefulLanguage, text), []);
  });

  it('does not report what human-error-root-cause reports, unless that rule is off', () => {
    const text = postmortem({ 'Root cause': 'Human error: the engineer forgot to drain the node. It was obviously avoidable.' });
    assert.deepEqual(flaggedText(blamefulLanguage, text), ['obviously ']);
    const rootCauseOff = withConfig({ rules: { 'human-error-root-cause': 'off' } });
    assert.deepEqual(flaggedText(blamefulLanguage, text, rootCauseOff), ['Human error', 'the engineer forgot to', 'obviously ']);
  });

  it('reports human error that is not stated as a cause', () => {
    assert.deepEqual(flaggedText(blamefulLanguage, postmortem({ Timeline: '- 08:03 Deploy failed. User error was made here.' })), ['User error']);
  });

  it('fixes with the first safe rephrasing and offers the others as suggestions', () => {
    const text = postmortem({ Summary: 'It was a careless mistake.' });
    const [finding] = check(blamefulLanguage, text);
    assert.ok(finding?.fix);
    assert.equal(finding.fix.title, 'Rephrase as "mistake"');
    assert.equal(applyEdits(text, finding.fix.edits), text.replace('careless mistake', 'mistake'));
  });

  it('never fixes hindsight about a person by fix-all: "did not check" still names who failed', () => {
    const text = postmortem({ Summary: 'The engineer should have checked the logs.' });
    const [finding] = check(blamefulLanguage, text);
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
    assert.deepEqual(finding.suggestions?.map((fix) => fix.title), ['Rephrase as "The engineer did not check"', 'Rephrase as "The engineer had not checked"']);
  });

  it('keeps every edit inside the finding and the rest of the document unchanged', () => {
    const text = postmortem({ Summary: 'Obviously, the fix was trivial. It was, obviously, a **careless** mistake. The engineer *simply* forgot to renew it.' });
    const findings = check(blamefulLanguage, text);
    assert.ok(findings.length >= 3);
    for (const finding of findings) {
      for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) {
        for (const edit of fix?.edits ?? []) {
          assert.ok(edit.start >= finding.range.start.offset && edit.end <= finding.range.end.offset, finding.message);
        }
      }
    }
    const fixedAll = applyEdits(text, findings.flatMap((finding) => finding.fix?.edits ?? []));
    assert.match(fixedAll, /The fix was trivial\. It was a \*\*careless\*\* mistake\. The engineer \*simply\* forgot to renew it\./);
  });

  it('flags the team\'s phrases and never the allowed ones', () => {
    const config = withConfig({ phrases: { flag: ['went rogue'], allow: ['Dave forgot'] } });
    const text = postmortem({ Summary: 'Ops went rogue. Dave forgot to renew it. Bob forgot to renew it.' });
    const findings = check(blamefulLanguage, text, config);
    assert.deepEqual(findings.map((finding) => finding.message), [
      '"went rogue" is on the team\'s list of phrases to avoid',
      '"Bob forgot to" names a person as the one who erred; describe what happened and what made it possible',
    ]);
    assert.deepEqual(check(humanErrorRootCause, postmortem({ 'Root cause': 'Dave forgot to renew it.' }), config), []);
  });

  it('is silenced by a suppression comment', () => {
    const text = postmortem({ Summary: '<!-- postmortem-disable-next-line blameful-language -->\nBob forgot to renew it.\n\nAlice forgot to renew it.' });
    const findings = lintDocument(parsePostmortem(text), DEFAULT_CONFIG, [blamefulLanguage]);
    assert.deepEqual(findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset)), ['Alice forgot to']);
  });
});

describe('blame rules on the corpus', () => {
  interface Labels {
    readonly file: string;
    readonly blameful_phrases?: readonly { readonly line: number; readonly phrase: string; readonly confidence: string }[];
    readonly false_positive_traps?: readonly { readonly line: number; readonly phrase: string }[];
  }
  const labelsPath = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'labels.json');
  const labels: readonly Labels[] = existsSync(labelsPath) ? (JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels[]) : [];

  /** 1-based lines covered by each finding of both rules. */
  function findingLines(text: string): { start: number; end: number }[] {
    const document = parsePostmortem(text);
    return [humanErrorRootCause, blamefulLanguage]
      .flatMap((rule) => rule.check(document, DEFAULT_CONFIG))
      .map((finding) => ({ start: finding.range.start.line + 1, end: finding.range.end.line + 1 }));
  }

  for (const { name, text } of corpusDocuments()) {
    const label = labels.find((candidate) => candidate.file === name);
    if (!label) continue;
    it(`flags every clear and medium phrase of ${name}, and no trap line`, () => {
      const lines = findingLines(text);
      const onLine = (line: number) => lines.some((finding) => finding.start <= line && line <= finding.end);
      for (const phrase of label.blameful_phrases ?? []) {
        if (phrase.confidence === 'clear' || phrase.confidence === 'medium') assert.ok(onLine(phrase.line), `missed line ${phrase.line}: ${phrase.phrase}`);
      }
      for (const trap of label.false_positive_traps ?? []) assert.ok(!onLine(trap.line), `trap on line ${trap.line}: ${trap.phrase}`);
    });
  }
});
