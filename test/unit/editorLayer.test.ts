// The core's editor layer, which the VS Code face and the language server both show: what it
// offers where, without either editor.
import * as assert from 'node:assert/strict';
import { analyze, completionsAt, DEFAULT_CONFIG, fixAllEdits, hoverAt, type Analysis } from '../../src/core';

const TEXT = [
  '---',
  'type: postmortem',
  'status: dr',
  'date: 2025-01-05',
  'timezone: Europe/Paris',
  '---',
  '# Outage',
  '',
  '## Timeline',
  '',
  '- 14:00 Deploy [started]',
  '- 14:10 Alerts fired [detected]',
  '',
  'pm',
  '',
].join('\n');
const analysis: Analysis = analyze(TEXT, { config: DEFAULT_CONFIG, path: 'outage.md' });
const lines = TEXT.split('\n');
const at = (line: number, character = lines[line]!.length) =>
  completionsAt({
    lines: { lineCount: lines.length, lineText: (index) => lines[index]! },
    line,
    character,
    analysis,
    config: DEFAULT_CONFIG,
    owners: () => ['@alice'],
    now: Date.UTC(2025, 0, 5, 13, 7),
  });

describe('the core’s editor layer', () => {
  it('completes front-matter values in the front matter, replacing what is typed', async () => {
    const completions = await at(2);
    assert.equal(completions?.replaceFrom, 'status: '.length);
    assert.deepEqual(
      completions?.items.map((item) => item.label),
      [...DEFAULT_CONFIG.statusValues],
    );
  });

  it('offers pmtime at the start of a line: an entry stamped now in the document’s zone, as a snippet', async () => {
    const completions = await at(13);
    assert.equal(completions?.replaceFrom, 0);
    assert.equal(completions?.items[0]?.label, 'pmtime');
    assert.equal(completions?.items[0]?.snippet, '- 14:07 $0', '13:07 UTC is 14:07 in Paris in January');
  });

  it('hovers a timeline entry with its instant and the time since the start', () => {
    const hover = hoverAt(analysis, TEXT.indexOf('14:10'));
    assert.deepEqual(hover?.parts, [
      '**2025-01-05T13:10:00Z** (UTC), read in Europe/Paris\n\n+10m from the start of the ' +
        'incident\n\nMilestone: **detected**',
    ]);
    assert.equal(hover?.range?.start.offset, TEXT.indexOf('14:10'));
  });

  it('names the zone as the document writes it, with the offset it stands for', () => {
    const pacific = ['# Outage', '', '## Timeline', '', 'All times PST.', '', '- 2026-11-14 09:05 Export stalls'].join(
      '\n',
    );
    const hover = hoverAt(
      analyze(pacific, { config: DEFAULT_CONFIG, path: 'outage.postmortem.md' }),
      pacific.indexOf('09:05'),
    );
    // Markdown: the parentheses and the minus are escaped, and show as written.
    assert.match(hover?.parts[0] ?? '', /^\*\*2026-11-14T17:05:00Z\*\* \(UTC\), read in PST \\\(\\-08:00\\\)\n/);
  });

  it('counts from the first entry, and says so, when no entry marks the start', () => {
    const unmarked = TEXT.replace(' [started]', '');
    const hover = hoverAt(analyze(unmarked, { config: DEFAULT_CONFIG, path: 'outage.md' }), unmarked.indexOf('14:10'));
    assert.match(hover?.parts[0] ?? '', /\+10m from the first entry\n/);
  });

  it('fix-all takes each preferred fix once, leaving out one that overlaps an earlier one', () => {
    const finding = (start: number, end: number) => ({
      ...analysis.findings[0]!,
      fix: { title: 'fix', edits: [{ start, end, newText: 'x' }] },
    });
    assert.deepEqual(
      fixAllEdits([finding(0, 4), finding(2, 6), finding(6, 8)]).map((edit) => edit.start),
      [0, 6],
    );
  });
});
