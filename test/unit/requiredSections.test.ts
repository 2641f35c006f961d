import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import type { PostmortemConfig } from '../../src/core/config/types';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { parsePostmortem } from '../../src/core/model/parse';
import { rule } from '../../src/core/rules/required-sections';

const COMPLETE = ['# Checkout API returned 503s', '', '## Summary', '', 'Checkout failed.', '', '## Impact', '', '40% of requests.', '', '## Timeline', '', '- 14:32 UTC alert', '', '## Root cause', '', 'A pool limit.', '', '## Action items', '', '- [ ] Alert on pool use. Owner: @alice', ''];

function check(text: string, config: PostmortemConfig = DEFAULT_CONFIG) {
  return rule.check(parsePostmortem(text, { config }), config);
}

function without(title: string): string {
  const start = COMPLETE.indexOf(`## ${title}`);
  return [...COMPLETE.slice(0, start), ...COMPLETE.slice(start + 4)].join('\n');
}

/** The text after applying the fix of the finding with this message. */
function fixed(text: string, message: string): string {
  const finding = check(text).find((candidate) => candidate.message === message);
  assert.ok(finding?.fix, `no fix for ${message}`);
  return applyEdits(text, finding.fix.edits);
}

describe('required-sections', () => {
  it('does not flag a postmortem with every required section', () => {
    assert.deepEqual(check(COMPLETE.join('\n')), []);
  });

  it('recognises sections under other names and levels', () => {
    const text = ['Issue Summary', '=============', 'x', '', '### Impact on users', 'y', '', '# Timeline of events (all times PST)', '- 10:00 a', '', '## Contributing Factors', 'z', '', '## Remediation', '### Immediate', '- w'].join('\n');
    assert.deepEqual(check(text), []);
  });

  it('flags a missing section where it would go', () => {
    const text = without('Impact');
    const findings = check(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.message, 'Required section "Impact" is missing');
    assert.equal(findings[0]!.range.start.line, 4, 'at the end of the Summary section');
    assert.equal(findings[0]!.severity, undefined);
  });

  it('inserts the missing section at its place in the template order', () => {
    assert.equal(fixed(without('Impact'), 'Required section "Impact" is missing'), COMPLETE.join('\n').replace('40% of requests.', '<!-- What users and systems saw, how many, for how long -->'));
    const noSummary = fixed(without('Summary'), 'Required section "Summary" is missing');
    assert.match(noSummary, /^# Checkout API returned 503s\n\n## Summary\n\n<!-- [^\n]+ -->\n\n## Impact\n/);
    const noActions = fixed(without('Action items'), 'Required section "Action Items" is missing');
    assert.match(noActions, /A pool limit\.\n\n## Action Items\n\n<!-- [^\n]+ -->\n$/);
  });

  it('keeps the heading level and the line endings of the document', () => {
    const text = without('Timeline').replace(/^## /gm, '### ').replace(/\n/g, '\r\n');
    const result = fixed(text, 'Required section "Timeline" is missing');
    assert.match(result, /40% of requests\.\r\n\r\n### Timeline\r\n\r\n<!-- [^\r\n]+ -->\r\n\r\n### Root cause/);
    assert.ok(!/[^\r]\n/.test(result));
  });

  it('inserts after the front matter and title when no section exists, also without a final newline', () => {
    const config = { ...DEFAULT_CONFIG, requiredSections: ['summary' as const] };
    const text = '---\ntitle: x\n---\n# Title\n\nLead paragraph.';
    const findings = check(text, config);
    assert.equal(findings.length, 1);
    assert.equal(applyEdits(text, findings[0]!.fix!.edits), '---\ntitle: x\n---\n# Title\n\nLead paragraph.\n\n## Summary\n\n<!-- What happened, in two or three sentences -->\n');
    const bare = check('', config)[0]!;
    assert.equal(applyEdits('', bare.fix!.edits), '## Summary\n\n<!-- What happened, in two or three sentences -->\n');
  });

  it('flags an empty section, or one holding only a template comment, on its heading', () => {
    const text = COMPLETE.join('\n').replace('40% of requests.', '<!-- What users saw -->');
    const findings = check(text);
    assert.deepEqual(
      findings.map((finding) => [finding.message, finding.severity, finding.range.start.line]),
      [['Section "Impact" is empty', 'warning', 6]],
    );
    assert.equal(findings[0]!.fix, undefined);
  });

  it('accepts a section whose content is only in its subsections', () => {
    const text = COMPLETE.join('\n').replace('## Action items\n\n', '## Action items\n\n### Short term\n\n');
    assert.deepEqual(check(text), []);
  });

  it('follows the configured list', () => {
    const config = { ...DEFAULT_CONFIG, requiredSections: ['detection' as const] };
    assert.deepEqual(
      check(COMPLETE.join('\n'), config).map((finding) => finding.message),
      ['Required section "Detection" is missing'],
    );
    assert.deepEqual(check('# Nothing\n', { ...DEFAULT_CONFIG, requiredSections: [] }), []);
  });

  it('gives each missing section its own finding, every range inside the document', () => {
    const text = '# Only a title\n';
    const findings = check(text);
    assert.deepEqual(
      findings.map((finding) => finding.message),
      ['Summary', 'Impact', 'Timeline', 'Root Cause', 'Action Items'].map((title) => `Required section "${title}" is missing`),
    );
    for (const finding of findings) assert.ok(finding.range.end.offset <= text.length);
  });

  it('fixes any missing section by inserting it, and only inserting', () => {
    const section = fc.record({
      kind: fc.constantFrom('Summary', 'Impact', 'Timeline', 'Root cause', 'Trigger', 'Lessons learned', 'Action items', 'Notes'),
      level: fc.integer({ min: 2, max: 3 }),
      body: fc.constantFrom('', 'Some text.', '- a list\n- of items', '```\ncode\n```', '<!-- prompt -->'),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.array(section, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (frontMatter, title, sections, eol) => {
        const parts = [frontMatter ? '---\ntitle: x\n---' : '', title ? '# Title\n\nLead.' : '', ...sections.map((s) => `${'#'.repeat(s.level)} ${s.kind}${s.body === '' ? '' : `\n\n${s.body}`}`)];
        const text = parts.filter((part) => part !== '').join('\n\n').replace(/\n/g, eol);
        for (const finding of check(text).filter((candidate) => candidate.fix)) {
          const [edit] = finding.fix!.edits;
          assert.equal(edit!.start, edit!.end, 'an insertion');
          assert.ok(finding.range.start.offset <= text.length);
          const result = applyEdits(text, finding.fix!.edits);
          assert.ok(!check(result).some((after) => after.message === finding.message), `${finding.message} after the fix:\n${result}`);
          assert.ok(!/(\r?\n){3}/.test(result.slice(edit!.start - 2, edit!.start + edit!.newText.length + 2)), `no double blank lines:\n${JSON.stringify(result)}`);
        }
      }),
      { numRuns: 100 },
    );
  });
});
