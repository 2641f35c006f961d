import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import type { PostmortemConfig, Severity } from '../../src/core/vocabulary/terms';
import { lintDocument, lintText } from '../../src/core/analysis/lint';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { PostmortemDocument } from '../../src/core/model/types';
import type { RuleFinding } from '../../src/core/model/findings';
import type { Rule } from '../../src/core/rules/types';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { suppressionCheck, suppressionEdit } from '../../src/core/analysis/suppression';
import { DETECTORS, forgetBlame } from '../../src/core/blame/detect';
import type { Detector } from '../../src/core/blame/sentence';

/** A rule that reports every line containing `word`. */
function wordRule(id: string, word: string, options: { severity?: Severity; findingSeverity?: Severity } = {}): Rule {
  return {
    id,
    defaultSeverity: options.severity ?? 'warning',
    description: `flags "${word}"`,
    fixable: false,
    check(document) {
      const findings: RuleFinding[] = [];
      for (let at = document.text.indexOf(word); at !== -1; at = document.text.indexOf(word, at + 1)) {
        findings.push({
          message: `found ${word}`,
          range: document.rangeOf(at, at + word.length),
          ...(options.findingSeverity && { severity: options.findingSeverity }),
        });
      }
      return findings;
    },
  };
}

const withRules = (rules: PostmortemConfig['rules']): PostmortemConfig => ({ ...DEFAULT_CONFIG, rules });
const lines = (document: PostmortemDocument, ruleId: string) =>
  lintDocument(document, DEFAULT_CONFIG, [wordRule(ruleId, 'blame')])
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.range.start.line + 1);

describe('lintDocument', () => {
  const document = parsePostmortem('# T\n\nblame one\n\ntypo two\n');
  const rules = [wordRule('b-rule', 'blame'), wordRule('t-rule', 'typo', { severity: 'error' })];

  it('runs every rule and sorts the findings by position', () => {
    const findings = lintDocument(document, DEFAULT_CONFIG, [...rules].reverse());
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity, finding.range.start.line]),
      [
        ['b-rule', 'warning', 2],
        ['t-rule', 'error', 4],
      ],
    );
  });

  it('skips a rule turned off and applies a configured severity', () => {
    const findings = lintDocument(document, withRules({ 'b-rule': 'off', 't-rule': 'info' }), rules);
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity]),
      [['t-rule', 'info']],
    );
  });

  it("keeps a finding's own severity unless the rule is configured", () => {
    const rule = wordRule('due', 'blame', { severity: 'warning', findingSeverity: 'info' });
    assert.equal(lintDocument(document, DEFAULT_CONFIG, [rule])[0]!.severity, 'info');
    assert.equal(lintDocument(document, withRules({ due: 'error' }), [rule])[0]!.severity, 'error');
  });

  it('turns a rule that throws into one internal-error finding and runs the others', () => {
    const broken: Rule = {
      ...wordRule('broken', 'x'),
      check() {
        throw new Error('boom');
      },
    };
    const careless: Rule = { ...wordRule('careless', 'x'), check: () => undefined as never };
    assert.deepEqual(
      lintDocument(document, DEFAULT_CONFIG, [careless]).map((finding) => finding.ruleId),
      ['internal-error'],
    );
    const findings = lintDocument(document, DEFAULT_CONFIG, [broken, ...rules]);
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity, finding.message]),
      [
        ['internal-error', 'error', 'Rule "broken" failed: boom'],
        ['b-rule', 'warning', 'found blame'],
        ['t-rule', 'error', 'found typo'],
      ],
    );
  });

  it("keeps a blame rule's findings in the other paragraphs when it fails on one, and says where it failed", () => {
    const failing: Detector = {
      find(sentence) {
        if (sentence.tokens.some((token) => token.lower === 'kaboom')) throw new Error('kaboom');
        return [];
      },
      needs: [],
    };
    const text = [
      '# Outage',
      '',
      '## Root cause',
      '',
      'The engineer forgot to renew the certificate.',
      '',
      'Bob forgot the flag, kaboom.',
      '',
    ].join('\n');
    (DETECTORS as Detector[]).push(failing);
    forgetBlame();
    try {
      const findings = lintText(text, DEFAULT_CONFIG).filter((finding) => finding.ruleId !== 'required-sections');
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.range.start.line, finding.message]),
        [
          [
            'human-error-root-cause',
            4,
            'Root cause names a person ("The engineer forgot to"); ' +
              'name the conditions that allowed the mistake instead',
          ],
          [
            'internal-error',
            6,
            'Rule "human-error-root-cause" failed here: blame could not be read in this paragraph (kaboom)',
          ],
        ],
      );
    } finally {
      (DETECTORS as Detector[]).pop();
      forgetBlame();
    }
  });

  it('reports the analysis problems of the document as `parse` warnings', () => {
    const problem = { message: 'Too large to analyze: 20,000 table rows', range: document.rangeOf(0, 3) };
    const findings = lintDocument({ ...document, problems: [problem] }, DEFAULT_CONFIG, []);
    assert.deepEqual(findings, [{ ruleId: 'parse', severity: 'warning', ...problem }]);
  });
});

describe('lintText', () => {
  it('parses and lints with the registry', () => {
    const findings = lintText('# T\n\n## Summary\n\nx\n', DEFAULT_CONFIG);
    assert.ok(findings.some((finding) => finding.ruleId === 'required-sections'));
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\uFEFF',
      '---\n: : :\n---\n',
      '```\nunclosed',
      '<!-- postmortem-disable',
      '\r\n\r\n#',
      '- '.repeat(200),
    ]) {
      assert.doesNotThrow(() => lintText(text, DEFAULT_CONFIG), JSON.stringify(text));
    }
  });
});

describe('suppression comments', () => {
  it('disable-next-line silences the named rules on the next line only', () => {
    const document = parsePostmortem('<!-- postmortem-disable-next-line b-rule -->\nblame\n\nblame\n');
    assert.deepEqual(lines(document, 'b-rule'), [4]);
    assert.deepEqual(lines(document, 'other-rule'), [2, 4]);
  });

  it('a comment without rules silences every rule; lists take commas and a reason after --', () => {
    assert.deepEqual(lines(parsePostmortem('<!-- postmortem-disable-next-line -->\nblame\n'), 'b-rule'), []);
    const listed = parsePostmortem('<!-- postmortem-disable-next-line x-rule, b-rule -- quoted from chat -->\nblame\n');
    assert.deepEqual(lines(listed, 'b-rule'), []);
    assert.deepEqual(lines(listed, 'quoted'), [2]);
  });

  it('disable and enable bound a block, per rule or for all', () => {
    const text = [
      'blame',
      '<!-- postmortem-disable b-rule -->',
      'blame',
      '',
      'blame',
      '<!-- postmortem-enable b-rule -->',
      'blame',
      '',
    ].join('\n');
    assert.deepEqual(lines(parsePostmortem(text), 'b-rule'), [1, 7]);
    assert.deepEqual(lines(parsePostmortem(text), 'c-rule'), [1, 3, 5, 7]);
    const all = [
      '<!-- postmortem-disable -->',
      'blame',
      '<!-- postmortem-enable c-rule -->',
      'blame',
      '<!-- postmortem-enable -->',
      'blame',
      '',
    ].join('\n');
    assert.deepEqual(lines(parsePostmortem(all), 'b-rule'), [6]);
    assert.deepEqual(lines(parsePostmortem(all), 'c-rule'), [4, 6]);
  });

  it('a disable at the top of the document covers it all, front matter included', () => {
    const text = '---\nnote: blame\n---\n<!-- postmortem-disable b-rule -->\n\n# blame\n';
    assert.deepEqual(lines(parsePostmortem(text), 'b-rule'), []);
    const later = '---\nnote: blame\n---\n# Title\n\n<!-- postmortem-disable b-rule -->\n\nblame\n';
    assert.deepEqual(lines(parsePostmortem(later), 'b-rule'), [2]);
  });

  it('a disable with no enable lasts to the end', () => {
    assert.deepEqual(lines(parsePostmortem('blame\n\n<!-- postmortem-disable -->\n\nblame\n\nblame\n'), 'b-rule'), [1]);
  });

  it('disable-line silences its own line, for comments inside a paragraph too', () => {
    assert.deepEqual(
      lines(parsePostmortem('blame here <!-- postmortem-disable-line b-rule -->\nblame there\n'), 'b-rule'),
      [2],
    );
  });

  it('ignores comments inside code blocks and look-alikes', () => {
    const text = '```\n<!-- postmortem-disable-next-line -->\n```\nblame\n\n<!-- postmortem-disabled -->\nblame\n';
    assert.deepEqual(lines(parsePostmortem(text), 'b-rule'), [4, 7]);
  });

  it('answers per rule and line', () => {
    const check = suppressionCheck(parsePostmortem('<!-- postmortem-disable-next-line a -->\ntext\n'));
    assert.equal(check('a', 1), true);
    assert.equal(check('a', 2), false);
    assert.equal(check('b', 1), false);
  });

  it('never writes the comment into a code span, an HTML tag or a code block', () => {
    const text = [
      '# T',
      '',
      'Some blame, see `the',
      'runbook` here.',
      '',
      '<p>Some blame in <span',
      'class="x">a tag</span></p>',
      '',
      '```',
      'blame',
      '```',
      '',
    ].join('\n');
    const silenced = (line: number) => applyEdits(text, [suppressionEdit(parsePostmortem(text), 'b-rule', line).edit]);
    assert.match(silenced(2), /^Some blame, see <!-- postmortem-disable-line b-rule --> `the$/m);
    assert.match(silenced(5), /^<p>Some blame in <!-- postmortem-disable-line b-rule --> <span$/m);
    // A code block holds no comment: the rule is disabled for the document, at its top.
    assert.match(silenced(9), /^<!-- postmortem-disable b-rule -->\n# T\n/);
    assert.equal(suppressionEdit(parsePostmortem(text), 'b-rule', 9).title, 'Disable b-rule for this document');
    for (const line of [2, 5]) {
      const after = silenced(line);
      assert.equal(after.replace(/<!-- postmortem-disable-line b-rule --> /, ''), text);
      assert.equal(lines(parsePostmortem(after), 'b-rule').includes(line + 1), false, `line ${line + 1}`);
    }
  });

  it('builds the edit that silences a rule on a line, and the edit works', () => {
    const text = '---\ntitle: blame\n---\n# T\n\nSome blame here.\n\n| who | what |\n| --- | --- |\n| x | blame |\n';
    const silenced = (line: number) => {
      const { edit } = suppressionEdit(parsePostmortem(text), 'b-rule', line);
      return applyEdits(text, [edit]);
    };
    assert.match(silenced(5), /^Some blame here\. <!-- postmortem-disable-line b-rule -->$/m);
    assert.match(silenced(9), /^\| x \| blame <!-- postmortem-disable-line b-rule --> \|$/m);
    assert.match(silenced(1), /^---\n<!-- postmortem-disable b-rule -->\n# T/m);
    assert.equal(suppressionEdit(parsePostmortem(text), 'b-rule', 1).title, 'Disable b-rule for this document');
    for (const line of [1, 5, 9])
      assert.deepEqual(lines(parsePostmortem(silenced(line)), 'b-rule').includes(line + 1), false, `line ${line + 1}`);
  });
});
