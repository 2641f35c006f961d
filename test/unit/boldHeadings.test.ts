import * as assert from 'node:assert/strict';
import { parsePostmortem } from '../../src/core/analysis/parse';

function kinds(text: string): string[] {
  return parsePostmortem(text).sections.map((section) => `${section.title}=${section.kind}`);
}

const PASTED = [
  '**Summary**',
  '',
  'Checkout slowed for 47 minutes.',
  '',
  '**Timeline (UTC)**',
  '',
  '\u25cf\t14:02 - The change was deployed.',
  '\u25cf\t14:49 - The change was rolled back.',
  '',
  '**Action Items**',
  '',
  '\u2022 Alert on connection queue depth',
  '',
].join('\n');

describe('documents pasted from Google Docs or a word processor', () => {
  it('reads bold lines as headings where no heading below the title is written and two of them name sections', () => {
    assert.deepEqual(kinds(PASTED), ['Summary=summary', 'Timeline (UTC)=timeline', 'Action Items=action-items']);
    assert.deepEqual(kinds(`# Checkout latency\n\n${PASTED}`), [
      'Checkout latency=other',
      'Summary=summary',
      'Timeline (UTC)=timeline',
      'Action Items=action-items',
    ]);
  });

  it('reads a bullet sign and a tab or space opening a line as a list item, every position kept', () => {
    const document = parsePostmortem(PASTED);
    assert.deepEqual(
      document.timeline.map((entry) => [entry.timeText, entry.style, entry.range.start.line]),
      [
        ['14:02', 'list', 6],
        ['14:49', 'list', 7],
      ],
    );
    const [item] = document.actionItems;
    assert.equal(item?.text, 'Alert on connection queue depth');
    assert.equal(item?.range.start.line, 11);
  });

  it('leaves bold lines as emphasis beside written headings, alone, or when they name no sections', () => {
    assert.deepEqual(kinds(`## Summary\n\nIt broke.\n\n${PASTED}`), ['Summary=summary']);
    assert.deepEqual(kinds('**Summary**\n\nIt broke.\n\n**Important**\n\nSee the ticket.\n'), []);
    assert.deepEqual(kinds('**Update one**\n\nIt broke.\n\n**Update two**\n\nIt works.\n'), []);
    assert.deepEqual(kinds('**Summary** and **Impact**\n\nIt broke.\n\n**Timeline** of it all, in short.\n'), []);
  });
});
