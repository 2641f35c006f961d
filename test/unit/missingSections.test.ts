import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { sectionKindTitle, type PostmortemConfig, type SectionKind } from '../../src/core/vocabulary/terms';
import { missingSections, requiredSectionStates } from '../../src/core/model/requiredSections';
import { sectionOutline } from '../../src/extension/views/sectionOutline';

/** What each face says is missing: the Sections view's outline and the required-sections rule's findings. */
function faces(text: string, config: PostmortemConfig = DEFAULT_CONFIG): { view: SectionKind[]; rule: string[] } {
  const analysis = analyze(text, { config, path: 'x.postmortem.md' });
  const view = sectionOutline(analysis).flatMap((node) => (node.type === 'missing' ? [node.kind] : []));
  const rule = analysis.findings
    .filter((finding) => finding.ruleId === 'required-sections' && finding.message.endsWith('is missing'))
    .map((finding) => finding.message);
  return { view, rule };
}

const missingMessages = (kinds: readonly SectionKind[]): string[] =>
  kinds.map((kind) => `Required section "${sectionKindTitle(kind)}" is missing`);

describe('missing required sections: one answer for the rule and the Sections view', () => {
  const withTrigger = [
    '# Outage',
    '',
    '## Summary',
    'x',
    '## Impact',
    'y',
    '## Timeline',
    '- 10:00 UTC a',
    '## Trigger',
    'A config push.',
    '## Action items',
    '- z @alice',
  ].join('\n');

  it('a Trigger section meets a required root cause, for the rule and the view alike', () => {
    assert.deepEqual(faces(withTrigger), { view: [], rule: [] });
    assert.deepEqual(
      missingSections(
        analyze(withTrigger, { config: DEFAULT_CONFIG, path: 'x.postmortem.md' }).sections,
        DEFAULT_CONFIG.requiredSections,
      ),
      [],
    );
  });

  it('a required trigger is not met by a root cause', () => {
    const text = withTrigger.replace('## Trigger', '## Root cause');
    const config = { ...DEFAULT_CONFIG, requiredSections: [...DEFAULT_CONFIG.requiredSections, 'trigger' as const] };
    assert.deepEqual(faces(text, config), { view: ['trigger'], rule: missingMessages(['trigger']) });
  });

  it('the faces agree on what is missing, whatever the document holds', () => {
    const headings = [
      '## Summary\nx',
      '## Impact\ny',
      '## Timeline\n- 10:00 UTC a',
      '## Root cause\nA bug.',
      '## Trigger\nA push.',
      '## Trigger',
      '## Lessons learned\nz',
      '## Action items\n- z @alice',
    ];
    for (let mask = 0; mask < 1 << headings.length; mask += 7) {
      const text = ['# Outage', ...headings.filter((_, index) => mask & (1 << index))].join('\n\n');
      const { view, rule } = faces(text);
      assert.deepEqual(rule, missingMessages(view), text);
    }
  });

  it('says empty when every section meeting the requirement is empty, and lists each required kind once', () => {
    const sections = [
      { kind: 'root-cause' as const, empty: true },
      { kind: 'trigger' as const, empty: true },
      { kind: 'summary' as const, empty: false },
    ];
    assert.deepEqual(
      requiredSectionStates(sections, ['summary', 'root-cause', 'summary', 'other', 'impact']).map((state) => [
        state.kind,
        state.state,
      ]),
      [
        ['summary', 'present'],
        ['root-cause', 'empty'],
        ['impact', 'missing'],
      ],
    );
    assert.equal(
      requiredSectionStates(
        [
          { kind: 'root-cause', empty: true },
          { kind: 'trigger', empty: false },
        ],
        ['root-cause'],
      )[0]!.state,
      'present',
    );
  });
});
