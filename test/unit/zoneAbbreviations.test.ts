// Every entry of the zone abbreviation table reads its example as the instant it names, with the
// document's zone it gives; the words listed as no zones stay words.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { NOT_ZONES, ZONE_ABBREVIATIONS } from '../../src/core/model/zoneAbbreviations';

function instantOf(time: string, documentZone: string | undefined): string | undefined {
  const front = documentZone === undefined ? [] : ['---', `timezone: ${documentZone}`, '---'];
  const [entry] = parsePostmortem([...front, '## Timeline', '', `- ${time} deploy`].join('\n')).timeline;
  return entry?.instant === undefined ? undefined : new Date(entry.instant).toISOString().replace('.000', '');
}

describe('zone abbreviations', () => {
  for (const { abbreviation, example, note } of ZONE_ABBREVIATIONS) {
    it(`reads ${example.text}${example.documentZone ? ` with timezone ${example.documentZone}` : ''} (${note})`, () => {
      assert.equal(instantOf(example.text, example.documentZone), example.instant);
      if (ZONE_ABBREVIATIONS.filter((entry) => entry.abbreviation === abbreviation).length > 1) {
        assert.equal(
          instantOf(example.text, undefined),
          undefined,
          `${abbreviation} is ambiguous without the document's zone`,
        );
      }
    });
  }

  for (const { words, example } of NOT_ZONES) {
    it(`does not read ${words} as zones: ${example}`, () => {
      assert.equal(instantOf(`2024-07-15 ${example}`, 'UTC'), '2024-07-15T14:02:00Z');
    });
  }
});
