// `npm run eval`: compares what the tool finds with a careful reviewer's labels: the shared corpus
// (documents and sentences), then the project's own collected writing in eval/ (a tuning part and a
// held-out part kept untouched while tuning), each set reported on its own.
// Usage: node out/scripts/eval.js [--verbose] [--no-heldout] [--only NAME]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/defaults';
import { lintDocument } from '../src/core/analysis/lint';
import { parsePostmortem } from '../src/core/analysis/parse';
import type { PostmortemDocument } from '../src/core/model/types';
import type { Finding } from '../src/core/model/findings';
import { containsLine, hasLabelledSection, readsTrap } from './labelledDocuments';
import { BLAME_RULES, flagsSentence, readLabelled } from './labelledSentences';

interface Labels {
  file: string;
  has_sections: Record<string, boolean>;
  action_items: { line: number; text: string; has_owner: boolean; status?: string }[];
  blameful_phrases: { line: number; phrase: string; confidence: 'clear' | 'medium' | 'borderline' }[];
  false_positive_traps: { line: number; phrase: string }[];
  /** Lines that look like follow-ups but are not (an author line, "None.", a lesson a listed item restates). */
  not_action_items?: { line: number; text: string }[];
  timeline_entries: number;
  timeline_issues: { line: number; category: string; issue: string }[];
}

class Measure {
  hits = 0;
  total = 0;
  readonly misses: string[] = [];
  add(hit: boolean, miss: string): void {
    this.total++;
    if (hit) this.hits++;
    else this.misses.push(miss);
  }
  get ratio(): number {
    return this.total === 0 ? 1 : this.hits / this.total;
  }
}

function findingsOnLine(findings: readonly Finding[], line: number, rules: ReadonlySet<string>): Finding[] {
  return findings.filter((finding) => rules.has(finding.ruleId) && containsLine(finding.range, line));
}

/** The finding overlaps the phrase when the phrase's text on that line lies inside the finding's span. */
function overlapsPhrase(document: PostmortemDocument, finding: Finding, line: number, phrase: string): boolean {
  const lineStart = offsetOfLine(document.text, line - 1);
  const column = document.text.slice(lineStart).indexOf(phrase.slice(0, 40));
  if (column < 0) return true;
  const start = lineStart + column;
  const end = start + phrase.length;
  return finding.range.start.offset < end && start < finding.range.end.offset;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

type Row = readonly [name: string, value: string, target: string, met: boolean, misses: readonly string[]];

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function printRows(title: string, rows: readonly Row[], verbose: boolean): boolean {
  let allMet = true;
  process.stdout.write(`\n${title}\n`);
  for (const [name, value, target, met, misses] of rows) {
    allMet &&= met;
    process.stdout.write(
      `${met ? 'ok  ' : 'MISS'} ${name.padEnd(38)} ${value.padEnd(22)} ${target ? `target ${target}` : ''}\n`,
    );
    if (verbose) for (const miss of misses) process.stdout.write(`       - ${miss}\n`);
  }
  return allMet;
}

/** A folder with `labels.json` and `docs/`, labelled as `shared/corpus/README.md` says. */
function evaluateDocuments(title: string, corpus: string, verbose: boolean): boolean {
  const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Labels[];
  const sections = new Measure();
  const itemsFound = new Measure();
  const unlabelledItems: string[] = [];
  const unlabelledBlame: string[] = [];
  const itemTraps = new Measure();
  const owners = new Measure();
  const ownerRule = { truePositive: 0, falsePositive: 0, falseNegative: 0, misses: [] as string[] };
  const blameRecall = new Measure();
  const traps = new Measure();
  const timelineCounts = new Measure();
  const timelineProblems = new Measure();

  for (const label of labels) {
    const text = readFileSync(join(corpus, 'docs', label.file), 'utf8');
    const document = parsePostmortem(text, { config: DEFAULT_CONFIG });
    const findings = lintDocument(document, DEFAULT_CONFIG);
    const where = (line: number, what: string): string => `${label.file}:${line} ${what}`;

    for (const [name, expected] of Object.entries(label.has_sections)) {
      const found = hasLabelledSection(document, name);
      sections.add(found === expected, `${label.file} ${name}: expected ${expected}, found ${found}`);
    }

    for (const item of label.action_items) {
      const extracted = document.actionItems.find((candidate) => containsLine(candidate.range, item.line));
      itemsFound.add(extracted !== undefined, where(item.line, `item not found: ${item.text}`));
      const hasOwner = extracted !== undefined && extracted.owners.length > 0;
      owners.add(
        hasOwner === item.has_owner,
        where(
          item.line,
          `owner expected ${item.has_owner}, found ${extracted?.owners.join(', ') || 'none'}: ${item.text}`,
        ),
      );
      const flagged = findingsOnLine(findings, item.line, new Set(['action-item-owner'])).length > 0;
      // The rule leaves out items that are no longer open: done, already in place, or rejected.
      const open = !/^(done|pre-existing|considered)/.test(item.status ?? '');
      if (!open && !flagged) continue;
      if (flagged && !item.has_owner) ownerRule.truePositive++;
      else if (flagged && item.has_owner) {
        ownerRule.falsePositive++;
        ownerRule.misses.push(where(item.line, `flagged but owned: ${item.text}`));
      } else if (!flagged && !item.has_owner) {
        ownerRule.falseNegative++;
        ownerRule.misses.push(where(item.line, `unowned but not flagged: ${item.text}`));
      }
    }

    for (const extracted of document.actionItems) {
      if (!label.action_items.some((item) => containsLine(extracted.range, item.line)))
        unlabelledItems.push(
          where(extracted.range.start.line + 1, `found but not labelled: ${extracted.text.slice(0, 100)}`),
        );
    }

    for (const trap of label.not_action_items ?? []) {
      const read = document.actionItems.some((extracted) => containsLine(extracted.range, trap.line));
      itemTraps.add(!read, where(trap.line, `not an item, but read as one: ${trap.text}`));
    }

    for (const phrase of label.blameful_phrases) {
      if (phrase.confidence === 'borderline') continue;
      const hit = findingsOnLine(findings, phrase.line, BLAME_RULES).some((finding) =>
        overlapsPhrase(document, finding, phrase.line, phrase.phrase),
      );
      blameRecall.add(hit, where(phrase.line, `blame not flagged (${phrase.confidence}): ${phrase.phrase}`));
    }
    // Labels name every blameful phrase, of any confidence: a blame finding on none of them is a false alarm the
    // traps, which name only the look-alikes the labeller thought of, may not show.
    for (const finding of findings) {
      if (!BLAME_RULES.has(finding.ruleId)) continue;
      const labelled = label.blameful_phrases.some(
        (phrase) =>
          containsLine(finding.range, phrase.line) && overlapsPhrase(document, finding, phrase.line, phrase.phrase),
      );
      if (!labelled)
        unlabelledBlame.push(where(finding.range.start.line + 1, `not labelled blame: ${finding.message}`));
    }
    for (const trap of label.false_positive_traps) {
      const flagged = findingsOnLine(findings, trap.line, BLAME_RULES).some((finding) =>
        overlapsPhrase(document, finding, trap.line, trap.phrase),
      );
      traps.add(!flagged, where(trap.line, `trap flagged: ${trap.phrase}`));
    }

    const found = document.timeline.length;
    const tolerance = Math.max(label.timeline_entries * 0.1, 0);
    timelineCounts.add(
      Math.abs(found - label.timeline_entries) <= tolerance,
      `${label.file}: ${found} timeline entries, labelled ${label.timeline_entries}`,
    );
    for (const issue of label.timeline_issues) {
      if (issue.category === 'out_of_order' || issue.category === 'invalid_time') {
        const rule = issue.category === 'out_of_order' ? 'timeline-order' : 'timeline-timestamp';
        const hit = findingsOnLine(findings, issue.line, new Set([rule])).length > 0;
        timelineProblems.add(hit, where(issue.line, `${issue.category} not flagged: ${issue.issue}`));
      } else if (issue.category === 'not_an_entry_trap') {
        const hit = !document.timeline.some((entry) => readsTrap(entry, issue));
        timelineProblems.add(hit, where(issue.line, `not an entry, but read as one: ${issue.issue}`));
      }
    }
  }

  // With no finding at all, no finding is a false alarm.
  const ownerFlags = ownerRule.truePositive + ownerRule.falsePositive;
  const ownerPrecision = ownerFlags === 0 ? 1 : ownerRule.truePositive / ownerFlags;
  const ownerRecall = ownerRule.truePositive / Math.max(1, ownerRule.truePositive + ownerRule.falseNegative);
  const trapsFlagged = traps.total - traps.hits;
  return printRows(
    `${title}: ${labels.length} documents`,
    [
      [
        'section recognition agreement',
        `${sections.hits}/${sections.total} = ${percent(sections.ratio)}`,
        '>= 98%',
        sections.ratio >= 0.98,
        sections.misses,
      ],
      [
        'action items found',
        `${itemsFound.hits}/${itemsFound.total} = ${percent(itemsFound.ratio)}`,
        '>= 95%',
        itemsFound.ratio >= 0.95,
        itemsFound.misses,
      ],
      ['items found but not labelled', `${unlabelledItems.length}`, '', true, unlabelledItems],
      ['not-items read as items', `${itemTraps.total - itemTraps.hits}/${itemTraps.total}`, '', true, itemTraps.misses],
      [
        'owner detection accuracy',
        `${owners.hits}/${owners.total} = ${percent(owners.ratio)}`,
        '>= 95%',
        owners.ratio >= 0.95,
        owners.misses,
      ],
      [
        'action-item-owner false alarms',
        `${ownerRule.falsePositive} = ${percent(1 - ownerPrecision)}`,
        '<= 5%',
        1 - ownerPrecision <= 0.05,
        [],
      ],
      ['action-item-owner recall (open items)', percent(ownerRecall), '>= 95%', ownerRecall >= 0.95, ownerRule.misses],
      [
        'blame recall (clear + medium)',
        `${blameRecall.hits}/${blameRecall.total} = ${percent(blameRecall.ratio)}`,
        '>= 90%',
        blameRecall.ratio >= 0.9,
        blameRecall.misses,
      ],
      ['traps flagged', `${trapsFlagged}/${traps.total}`, '<= 2%', trapsFlagged <= traps.total * 0.02, traps.misses],
      ['blame findings on no labelled phrase', `${unlabelledBlame.length}`, '', true, unlabelledBlame],
      [
        'timeline entry counts within 10%',
        `${timelineCounts.hits}/${timelineCounts.total} documents`,
        '>= 90%',
        timelineCounts.ratio >= 0.9,
        timelineCounts.misses,
      ],
      [
        'timeline problems found',
        `${timelineProblems.hits}/${timelineProblems.total} = ${percent(timelineProblems.ratio)}`,
        '',
        true,
        timelineProblems.misses,
      ],
    ],
    verbose,
  );
}

/** A JSON Lines file of sentences labelled blame or look-alike, as `shared/corpus/sentences.jsonl`. */
function evaluateSentences(title: string, file: string, verbose: boolean): boolean {
  const sentences = readLabelled(file);
  const caught = new Measure();
  const lookAlikes = new Measure();
  const byKind = new Map<string, Measure>();
  for (const sentence of sentences) {
    if (sentence.confidence !== 'clear') continue;
    const flagged = flagsSentence(sentence);
    const line = `${sentence.id} [${sentence.kind}, ${sentence.section}] ${sentence.text}`;
    if (sentence.blame) {
      caught.add(flagged, `missed ${line}`);
      const kind = byKind.get(sentence.kind) ?? new Measure();
      kind.add(flagged, line);
      byKind.set(sentence.kind, kind);
    } else {
      lookAlikes.add(!flagged, `flagged ${line}`);
    }
  }
  const flaggedLookAlikes = lookAlikes.total - lookAlikes.hits;
  const kinds = [...byKind].map(([kind, measure]) => `${kind} ${measure.hits}/${measure.total}`).join(', ');
  return printRows(
    `${title}: ${sentences.length} sentences (${kinds})`,
    [
      [
        'clear blame caught',
        `${caught.hits}/${caught.total} = ${percent(caught.ratio)}`,
        '>= 90%',
        caught.ratio >= 0.9,
        caught.misses,
      ],
      [
        'clear look-alikes flagged',
        `${flaggedLookAlikes}/${lookAlikes.total} = ${percent(flaggedLookAlikes / Math.max(1, lookAlikes.total))}`,
        '<= 2%',
        flaggedLookAlikes <= lookAlikes.total * 0.02,
        lookAlikes.misses,
      ],
    ],
    verbose,
  );
}

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const withHeldOut = !args.includes('--no-heldout');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const root = join(__dirname, '..', '..');
  const shared = join(root, '..', 'shared', 'corpus');
  const sets: { name: string; kind: 'documents' | 'sentences'; path: string; heldOut: boolean }[] = [
    { name: 'shared corpus documents', kind: 'documents', path: shared, heldOut: false },
    { name: 'shared corpus sentences', kind: 'sentences', path: join(shared, 'sentences.jsonl'), heldOut: false },
    { name: 'own documents, tuning', kind: 'documents', path: join(root, 'eval', 'docs', 'tuning'), heldOut: false },
    {
      name: 'own sentences, tuning',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'tuning.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, made up',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'made-up.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen (held out until 2026-12-03)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 1 (held out until 2026-12-03)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-1.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 2 (held out until 2026-12-03)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-2.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 3 (held out until the second 2026-12-03 session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-3'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 3 (held out until the second 2026-12-03 session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-3.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 4 (held out until its one measurement on 2026-12-03)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-4'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 4 (held out until its one measurement on 2026-12-03)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-4.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 5 (held out until its one measurement on 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-5.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 6 (held out until its one measurement on 2026-12-04)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-6'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 6 (held out until its one measurement on 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-6.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 7 (held out until its one measurement on 2026-12-04)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-7'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 7 (held out until its one measurement on 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-7.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh items (tuning, collected 2026-12-04)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-items'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 8 (held out until its one measurement on 2026-12-04)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-8'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 8 (held out until its one measurement on 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-8.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 8 (tuning, collected 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-8.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 9 (held out until its one measurement on 2026-12-04)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-9'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 9 (held out until its one measurement on 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-9.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 9 (tuning, collected 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-9.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 10 (held out until its one measurement on 2026-12-05)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-10'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 10 (held out until its one measurement on 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-10.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 10 (tuning, collected 2026-12-04)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-10.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 12 (tuning, collected 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-12.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 13 (tuning, collected 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-13.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 14 (tuning, collected 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-14.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 15 (tuning, collected 2026-12-05 (second session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-15.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 16 (tuning, collected 2026-12-05 (third session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-16.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 17 (tuning, collected 2026-12-05 (fourth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-17.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, root-cause people (tuning, collected 2026-12-05 (fifth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'rootcause-18.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 18 (tuning, collected 2026-12-05 (fifth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-18.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 11 (held out until its one measurement on 2026-12-05)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-11'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 11 (held out until its one measurement on 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-11.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 12 (held out until its one measurement on 2026-12-05)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-12'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 12 (held out until its one measurement on 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-12.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 13 (held out until its one measurement on 2026-12-05)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-13'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 13 (held out until its one measurement on 2026-12-05)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-13.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 14 (held out until its one measurement on 2026-12-05, second session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-14'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 14 (held out until its one measurement on 2026-12-05, second session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-14.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 15 (held out until its one measurement on 2026-12-05, third session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-15'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 15 (held out until its one measurement on 2026-12-05, third session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-15.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 16 (held out until its one measurement on 2026-12-05, fourth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-16'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 16 (held out until its one measurement on 2026-12-05, fourth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-16.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 17 (held out until its one measurement on 2026-12-05, fourth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-17'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 17 (held out until its one measurement on 2026-12-05, fourth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-17.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 18 (held out until its one measurement on 2026-12-05, fifth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-18'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 18 (held out until its one measurement on 2026-12-05, fifth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-18.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 19 (held out until its one measurement on 2026-12-05, sixth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-19.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 20 (held out until its one measurement on 2026-12-06, sixth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-20'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 20 (held out until its one measurement on 2026-12-06, sixth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-20.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 21 (held out until its one measurement on 2026-12-06, seventh session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-21'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 21 (held out until its one measurement on 2026-12-06, seventh session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-21.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 22 (held out until its one measurement on 2026-12-06, eighth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-22'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 22 (held out until its one measurement on 2026-12-06, eighth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-22.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 23 (held out until its one measurement on 2026-12-06, ninth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-23'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 23 (held out until its one measurement on 2026-12-06, ninth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-23.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 24 (held out until its one measurement on 2026-12-06, tenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-24'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 25 (tuning, collected 2026-12-06 (eleventh session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-25'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 26 (tuning, collected 2026-12-06 (twelfth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-26'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 27 (tuning, collected 2026-12-06 (thirteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-27'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 28 (tuning, collected 2026-12-06 (fourteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-28'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 29 (tuning, collected 2026-12-07 (fifteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-29'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 30 (tuning, collected 2026-12-07 (sixteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-30'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 30b documents (tuning, collected 2026-12-07 (sixteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-30b'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 30 (tuning, collected 2026-12-07 (sixteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-30s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 30b (tuning, collected 2026-12-07 (sixteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-30t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 29 (tuning, collected 2026-12-07 (fifteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-29s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 24 (held out until its one measurement on 2026-12-06, tenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-24.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 25 (held out until its one measurement on 2026-12-06, eleventh session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-25'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 25 (held out until its one measurement on 2026-12-06, eleventh session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-25.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 26 (held out until its one measurement on 2026-12-06, twelfth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-26'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 26 (held out until its one measurement on 2026-12-06, twelfth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-26.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 27 (held out until its one measurement on 2026-12-06, thirteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-27'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 27 (held out until its one measurement on 2026-12-06, thirteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-27.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 28 (held out until its one measurement on 2026-12-06, fourteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-28'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 28 (held out until its one measurement on 2026-12-06, fourteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-28.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 29 (held out until its one measurement on 2026-12-07, fifteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-29'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 29 (held out until its one measurement on 2026-12-07, fifteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-29.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 30 (held out until its one measurement on 2026-12-07, sixteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-30'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 30 (held out until its one measurement on 2026-12-07, sixteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-30.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 31 (held out until its one measurement on 2026-12-07, seventeenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-31'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 31 (held out until its one measurement on 2026-12-07, seventeenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-31.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 31 (tuning, collected 2026-12-07 (seventeenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-31'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 31 (tuning, collected 2026-12-07 (seventeenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-31s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 31b (tuning, collected 2026-12-07 (seventeenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-31b'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 31t (tuning, collected 2026-12-07 (seventeenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-31t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 31u (tuning, collected 2026-12-07 (seventeenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-31u.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 32 (held out until its one measurement on 2026-12-07, eighteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-32'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 32 (held out until its one measurement on 2026-12-07, eighteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-32.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 32 (tuning, collected 2026-12-07 (eighteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-32'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 32s (tuning, collected 2026-12-07 (eighteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-32s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 32t (tuning, collected 2026-12-07 (eighteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-32t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 33 (held out until its one measurement on 2026-12-07, nineteenth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-33'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 33 (held out until its one measurement on 2026-12-07, nineteenth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-33.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 33 (tuning, collected 2026-12-07 (nineteenth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-33'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 33s (tuning, collected 2026-12-07 (nineteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-33s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 33t (tuning, collected 2026-12-07 (nineteenth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-33t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 34 (held out until its one measurement on 2026-12-07, twentieth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-34'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 34 (held out until its one measurement on 2026-12-07, twentieth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-34.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 34 (tuning, collected 2026-12-07 (twentieth session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-34'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 34s (tuning, collected 2026-12-07 (twentieth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-34s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 34t (tuning, collected 2026-12-07 (twentieth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-34t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 35 (held out until its one measurement on 2026-12-07, twenty-first session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-35'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 35 (held out until its one measurement on 2026-12-07, twenty-first session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-35.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, fresh 35 (tuning, collected 2026-12-07 (twenty-first session))',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'fresh-35'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 35s (tuning, collected 2026-12-07 (twenty-first session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-35s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 35t (tuning, collected 2026-12-07 (twenty-first session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-35t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 36 (held out until its one measurement on 2026-12-07, twenty-second session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-36'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 36 (held out until its one measurement on 2026-12-07, twenty-second session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-36.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 36s (tuning, collected 2026-12-07 (twenty-second session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-36s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 36t (tuning, collected 2026-12-07 (twenty-second session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-36t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 37 (held out until its one measurement on 2026-12-07, twenty-third session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-37'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 37 (held out until its one measurement on 2026-12-07, twenty-third session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-37.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 37s (tuning, collected 2026-12-07 (twenty-third session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-37s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 37t (tuning, collected 2026-12-07 (twenty-third session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-37t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 38 (held out until its one measurement on 2026-12-08, twenty-fourth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-38'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 38 (held out until its one measurement on 2026-12-08, twenty-fourth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-38.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 38s (tuning, collected 2026-12-08 (twenty-fourth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-38s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 38t (tuning, collected 2026-12-08 (twenty-fourth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-38t.jsonl'),
      heldOut: false,
    },
    {
      name: 'own documents, seen 39 (held out until its one measurement on 2026-12-08, twenty-fifth session)',
      kind: 'documents',
      path: join(root, 'eval', 'docs', 'seen-39'),
      heldOut: false,
    },
    {
      name: 'own sentences, seen 39 (held out until its one measurement on 2026-12-08, twenty-fifth session)',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'seen-39.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 39s (tuning, collected 2026-12-08 (twenty-fifth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-39s.jsonl'),
      heldOut: false,
    },
    {
      name: 'own sentences, fresh 39t (tuning, collected 2026-12-08 (twenty-fifth session))',
      kind: 'sentences',
      path: join(root, 'eval', 'sentences', 'fresh-39t.jsonl'),
      heldOut: false,
    },
  ];
  let allMet = true;
  for (const set of sets) {
    if ((set.heldOut && !withHeldOut) || (only !== undefined && !set.name.includes(only))) continue;
    const present = set.kind === 'documents' ? existsSync(join(set.path, 'labels.json')) : existsSync(set.path);
    if (!present) {
      process.stdout.write(`\n${set.name}: not found at ${set.path}\n`);
      continue;
    }
    const met =
      set.kind === 'documents'
        ? evaluateDocuments(set.name, set.path, verbose)
        : evaluateSentences(set.name, set.path, verbose);
    allMet &&= met;
  }
  process.stdout.write(`\n${allMet ? 'every target met' : 'some targets missed'}\n`);
  return allMet ? 0 : 1;
}

process.exitCode = main();
