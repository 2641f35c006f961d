// Random and mutated postmortems for the generated-input tests (`npm test`) and `npm run fuzz`.
import * as fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { lintDocument } from '../../src/core/analysis/lint';
import { parsePostmortem } from '../../src/core/analysis/parse';
import type { Range } from '../../src/core/model/types';
import { INTERNAL_ERROR_RULE_ID } from '../../src/core/vocabulary/terms';
import type { Finding } from '../../src/core/model/findings';

const headings = [
  'Summary',
  'Impact',
  'Timeline (all times PST)',
  'Root Cause',
  'Action Items',
  'Lessons learnt',
  'Remediation',
  'Trigger',
  'Appendix',
  'What went wrong',
  '**Bold** title',
  '',
];
const times = [
  '14:32',
  '14:32 UTC',
  '2:05 PM',
  '13:06 PM',
  '25:99',
  '2025-01-05 14:32',
  '2025-01-05T14:32:00Z',
  'Sep 27 2017 13:06',
  '~13:30-13:45',
  '[03-26 23:04]',
  '[???]',
  '08.48',
  '26th August',
  '7/5/2023',
  '00:10 CEST',
  '23:59 GMT+2',
  '12:00 Europe/Berlin',
  '99:99 XYZ',
];
const owners = [
  '@alice',
  'Owner: @bob',
  'Owner: TBD',
  '?',
  'n/a',
  '',
  'we',
  'the team',
  '[#12](https://x.test/12)',
  '**Team Identity**',
  'Alice Smith',
];
const phrases = [
  'The root cause was human error.',
  'Dave should have checked the cluster.',
  'The alert should have fired.',
  'a manual step, which increases the room for error',
  'This was obviously careless.',
  'nobody owned this procedure',
  'The `error_rate` metric rose.',
  '"human error" is what the log said',
  'The engineer forgot to drain the node.',
  'We simply restarted it.',
];
const oddCharacters = [
  '\u200b',
  '\u202e',
  '\u200f',
  '\t',
  '\u00a0',
  '\ufeff',
  '\r',
  '\\',
  '|',
  '`',
  '*',
  '_',
  '<',
  '>',
  '[',
  ']',
  '#',
  '-',
  '\u{1F525}',
];

const line = fc.oneof(
  fc
    .constantFrom(...headings)
    .chain((title) => fc.integer({ min: 1, max: 6 }).map((level) => `${'#'.repeat(level)} ${title}`)),
  fc
    .tuple(
      fc.constantFrom('- ', '* ', '1. ', '- [ ] ', '- [x] ', '### ', '| ', ''),
      fc.constantFrom(...times),
      fc.constantFrom(' — ', ' ', ' - ', ' | '),
      fc.constantFrom(...phrases),
      fc.constantFrom('', ' [detected]', ' **OUTAGE BEGINS**', ' [resolved]'),
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('- ', '- [ ] ', '| '),
      fc.constantFrom(...phrases),
      fc.constantFrom(...owners),
      fc.constantFrom('', ' due: 2025-03-01', ' (done)', ' | 2025-02-30 |'),
    )
    .map((parts) => parts.join(' ')),
  fc.constantFrom(...phrases),
  // Block HTML, as exports from blogs and wikis keep it, well-formed or not.
  fc
    .tuple(
      fc.constantFrom(
        '<ul><li>',
        '<li>',
        '<p>',
        '<h2>',
        '<div><p><strong>',
        '<table><tr><td>',
        '<ol start="x"><li>',
        '',
      ),
      fc.constantFrom(...times, ''),
      fc.constantFrom(...phrases),
      fc.constantFrom(
        '</li></ul>',
        '</li>',
        '<br>',
        '<br /><br />',
        '</p>',
        '</h2>',
        '&nbsp;&amp;&#8217;',
        '</td><td>',
        '',
      ),
    )
    .map((parts) => parts.join(' ')),
  fc.constantFrom(
    '```',
    '~~~',
    '```js',
    '> ',
    '> [14:02] alice: restarted',
    '<!-- postmortem-disable-next-line blameful-language -->',
    '<!-- postmortem-disable -->',
    '<!--',
    '-->',
    '---',
    '===',
    '| a | b |',
    '|---|---|',
    '| | |',
    '',
    '',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...oddCharacters), { maxLength: 12 }).map((chars) => chars.join('')),
);

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntype: postmortem\ntitle: X\nstatus: draft\nseverity: SEV2\ndate: 2025-01-05\ntimezone: UTC\n---\n'),
  fc.constant('---\ntype: postmortem\nstatus: [unclosed\nseverity: : :\n---\n'),
  fc.constant('---\ndate: 2025-02-30\nseverity: sev9\nstatus: done\nauthors: 7\n---\n'),
  fc.constant('---\n- a list\n- not a map\n---\n'),
  fc.constant('---\ntype: postmortem\n'),
  fc.string({ maxLength: 60 }).map((body) => `---\n${body}\n---\n`),
);

/** Lines of a large or deep shape: a big table, deep nesting, a long line; `scale` 1 is the full size. */
function largeShape(scale: number): fc.Arbitrary<string> {
  const upTo = (max: number): number => Math.max(2, Math.round(max * scale));
  return fc.oneof(
    fc
      .integer({ min: 20, max: upTo(400) })
      .map((rows) => `| Time | Event | Owner |\n|---|---|---|\n${'| 14:02 | x | |\n'.repeat(rows)}`),
    fc
      .integer({ min: 10, max: upTo(120) })
      .map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
    fc.integer({ min: 10, max: upTo(200) }).map((depth) => `${'> '.repeat(depth)}deep quote`),
    fc
      .oneof(fc.integer({ min: 100, max: upTo(4_000) }), fc.integer({ min: 25_000, max: 60_000 }))
      .map((length) => '*a* _b_ '.repeat(length / 8)),
  );
}

const structured = (scale: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      frontMatter,
      fc.array(line, { maxLength: Math.max(10, Math.round(60 * scale)) }),
      fc.option(largeShape(scale), { freq: Math.round(8 / scale) }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([front, lines, large, crlf, bom]) => {
      const body = [...lines, ...(large ? [large] : [])].join('\n');
      const text = `${front}${body}\n`;
      return `${bom ? '\ufeff' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`;
    });

/**
 * A generated document, or one of the given documents with random characters inserted and deleted.
 * `scale` below 1 keeps documents and their large shapes smaller, for a quick run.
 */
export function generatedPostmortem(seeds: readonly string[], scale = 1): fc.Arbitrary<string> {
  if (seeds.length === 0) return structured(scale);
  const mutated = fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat({ max: 20 }),
          fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...oddCharacters, '\n', '\n\n', '```\n', '| ', '# ')),
        ),
        { maxLength: 8 },
      ),
    )
    .map(([seed, mutations]) => {
      let text = seed;
      for (const [at, remove, insert] of mutations) {
        const position = text.length === 0 ? 0 : at % text.length;
        text = text.slice(0, position) + insert + text.slice(position + remove);
      }
      return text;
    });
  return fc.oneof({ arbitrary: structured(scale), weight: Math.round(3 / scale) }, { arbitrary: mutated, weight: 2 });
}

/** A 2 MB line in a postmortem: parsing must skip it and still finish quickly. */
export const hugeLine = fc
  .constantFrom('word ', '*a* ', '| ', '[', '`x` ')
  .map((unit) => `# Summary\n\n${unit.repeat(Math.ceil(2_000_000 / unit.length))}\n\n## Impact\n\nSome.\n`);

function checkRange(range: Range, text: string, what: string): void {
  const { start, end } = range;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
    throw new Error(
      `${what}: range ${start.offset}-${end.offset} lies outside the document of ${text.length} characters`,
    );
  }
}

function describeFindings(findings: readonly Finding[]): string {
  return JSON.stringify(
    findings.map((finding) => [finding.ruleId, finding.range.start.offset, finding.range.end.offset, finding.message]),
  );
}

/**
 * The properties every document must have: parsing and linting do not throw and no rule fails,
 * every range lies inside the document, every fix applies and changes nothing outside its edits,
 * and the same text gives the same findings.
 */
export function checkDocumentProperties(text: string): void {
  const document = parsePostmortem(text, { config: DEFAULT_CONFIG });
  const findings = lintDocument(document, DEFAULT_CONFIG);
  const failed = findings.find((finding) => finding.ruleId === INTERNAL_ERROR_RULE_ID);
  if (failed) throw new Error(failed.message);
  for (const section of document.sections) checkRange(section.range, text, `section "${section.title}"`);
  for (const entry of document.timeline) {
    checkRange(entry.range, text, 'timeline entry');
    checkRange(entry.timeRange, text, 'timeline time');
  }
  for (const item of document.actionItems) checkRange(item.range, text, 'action item');
  // Re-linting a fixed text is the costly part: one fix per document, a different one each time.
  const fixes = findings.flatMap((finding) => [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]);
  const relintIndex = fixes.length === 0 ? -1 : text.length % fixes.length;
  let fixIndex = 0;
  for (const finding of findings) {
    checkRange(finding.range, text, `finding ${finding.ruleId}`);
    for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
      const index = fixIndex++;
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (const [i, edit] of edits.entries()) {
        if (edit.start < 0 || edit.start > edit.end || edit.end > text.length)
          throw new Error(`fix "${fix.title}" edits ${edit.start}-${edit.end} outside the document`);
        if (i > 0 && edit.start < edits[i - 1]!.end) throw new Error(`fix "${fix.title}" has overlapping edits`);
      }
      if (edits.length === 0) continue;
      const fixed = applyEdits(text, edits);
      const first = edits[0]!;
      const last = edits[edits.length - 1]!;
      const grown = fixed.length - text.length;
      if (
        fixed.slice(0, first.start) !== text.slice(0, first.start) ||
        fixed.slice(last.end + grown) !== text.slice(last.end)
      ) {
        throw new Error(`fix "${fix.title}" changed text outside its edits`);
      }
      if (index === relintIndex) lintDocument(parsePostmortem(fixed, { config: DEFAULT_CONFIG }), DEFAULT_CONFIG);
    }
  }
  const again = lintDocument(parsePostmortem(text, { config: DEFAULT_CONFIG }), DEFAULT_CONFIG);
  if (describeFindings(again) !== describeFindings(findings)) throw new Error('the same text gave different findings');
}

export interface FuzzRun {
  readonly seed?: number;
  readonly scale?: number;
  readonly numRuns: number;
  readonly seeds: readonly string[];
}

/** Runs the properties over generated documents; throws with the counterexample and its seed on failure. */
export function fuzzPostmortems(run: FuzzRun): void {
  fc.assert(
    fc.property(generatedPostmortem(run.seeds, run.scale), (text) => checkDocumentProperties(text)),
    { numRuns: run.numRuns, ...(run.seed === undefined ? {} : { seed: run.seed }), endOnFailure: true },
  );
}
