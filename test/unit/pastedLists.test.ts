import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';

describe('lists pasted from a word processor (pastedLists.ts)', () => {
  it("reads an item whose text stands five or more blanks after its marker as the item's text, not code", () => {
    const text = [
      '# Outage',
      '',
      '## Action items',
      '',
      '1.            Arrange the rewrite of TRS; lessons from this incident should be incorporated.',
      '2.            Test the failover of the LTMs again to capture more information.',
      '',
    ].join('\n');
    const items = parsePostmortem(text).actionItems;
    assert.deepEqual(
      items.map((item) => [item.text, item.range.start.line]),
      [
        ['Arrange the rewrite of TRS; lessons from this incident should be incorporated.', 4],
        ['Test the failover of the LTMs again to capture more information.', 5],
      ],
    );
    const first = text.indexOf('Arrange');
    assert.equal(text.slice(first, first + 7), 'Arrange');
  });

  it('keeps code the author fenced or indented on lines of its own as code', () => {
    const fenced = ['# Outage', '', '## Action items', '', '- ```', '  kubectl get pods', '  ```', ''].join('\n');
    assert.deepEqual(parsePostmortem(fenced).actionItems, []);
    const indented = ['# Outage', '', '## Timeline', '', '- 10:02 the query', '', '        SELECT 1;', ''].join('\n');
    const document = parsePostmortem(indented);
    assert.equal(document.timeline.length, 1);
    assert.match(JSON.stringify(document.tree), /"type":"code","lang":null,"meta":null,"value":" *SELECT 1;"/);
  });
});
