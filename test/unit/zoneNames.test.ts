// Every zone word and POSIX TZ string the tool knows reads its example as the instant it names.
import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { POSIX_ZONES, ZONE_WORDS } from '../../src/core/model/zoneNames';

function instantOf(time: string): string | undefined {
  const [entry] = parsePostmortem(['## Timeline', '', `- ${time} deploy`].join('\n')).timeline;
  return entry?.instant === undefined ? undefined : new Date(entry.instant).toISOString().replace('.000', '');
}

describe('zone words and POSIX TZ strings', () => {
  for (const { word, example, note } of ZONE_WORDS) {
    it(`reads ${example.text} (${note})`, () => {
      assert.equal(instantOf(example.text), example.instant);
      assert.equal(instantOf(`${example.text.replace(word, `${word} time`)}`), example.instant, `${word} time`);
    });
  }

  for (const { example, note } of POSIX_ZONES) {
    it(`reads ${example.text} (${note})`, () => {
      assert.equal(instantOf(example.text), example.instant);
    });
  }
});
