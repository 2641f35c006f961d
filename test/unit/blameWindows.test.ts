// The blame rules tag only the sentences that hold the words a detector needs (see `windowsWithNeededWords`):
// on every labelled sentence, whatever a detector finds when every sentence is tagged lies in a window read.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DETECTORS, mayHoldBlame, windowsWithNeededWords } from '../../src/core/blame/detect';
import { makeSentence, type ReadingContext } from '../../src/core/blame/sentence';
import { readSentences } from '../../src/core/language/english';
import { NO_KNOWN_NAMES } from '../../src/core/language/tokens';
import { readLabelled } from '../../scripts/labelledSentences';

const root = join(__dirname, '..', '..', '..');
const evalSentences = join(root, 'eval', 'sentences');
/** The held-out sets are never read outside the evaluation's own run. */
const labelledFiles = [
  ...readdirSync(evalSentences)
    .filter((name) => name.endsWith('.jsonl') && !name.startsWith('heldout'))
    .map((name) => join(evalSentences, name)),
  join(root, '..', 'shared', 'corpus', 'sentences.jsonl'),
].filter((file) => existsSync(file));

/** What the detectors find in the text with every sentence tagged, each with the detector's name. */
function foundInEverySentence(text: string, context: ReadingContext): { start: number; end: number; by: string }[] {
  return readSentences(text, text).flatMap((tokens) => {
    const sentence = makeSentence(tokens, text, text, context);
    return DETECTORS.flatMap((detector, index) =>
      detector.find(sentence).map((draft) => ({ start: draft.start, end: draft.end, by: `detector ${index}` })),
    );
  });
}

/** Where the text holds a word otherwise than as its token reads: digits, contractions, prefixes written apart. */
const WRITTEN_OTHERWISE = [
  'Bob was 2careless.',
  'The command was mis-typed by Bob.',
  "I've not checked the config.",
  'I\u2019ve not checked the config.',
  "She'd deleted the table by mistake.",
  "Bob did n't check.",
  "Bob could n't be bothered to check.",
  'Bob shouldve checked the logs.',
  "We'd have caught it if Bob had checked.",
  'The on call forgot to escalate the page.',
  'How embarrassing for whoever mixed up the numbers like that!',
];

/** Asserts that every detection in the text, with every sentence tagged, lies in a window read; returns their count. */
function assertAllRead(id: string, text: string, rootCause: boolean): number {
  const context: ReadingContext = { rootCause, names: NO_KNOWN_NAMES };
  const found = foundInEverySentence(text, context);
  if (found.length === 0) return 0;
  assert.ok(mayHoldBlame(text, rootCause), `${id} (root cause: ${rootCause}) is skipped whole: ${text}`);
  const windows = windowsWithNeededWords(text, context);
  for (const detection of found) {
    const read = windows.some((window) => window.start <= detection.start && detection.end <= window.end);
    const words = text.slice(detection.start, detection.end);
    assert.ok(read, `${id} (root cause: ${rootCause}): "${words}" (${detection.by}) is not read: ${text}`);
  }
  return found.length;
}

describe('blame: the sentences tagged', () => {
  it('finds labelled sentences to check', () => {
    assert.ok(labelledFiles.length >= 2);
    assert.ok(labelledFiles.flatMap(readLabelled).length > 1000);
  });

  it('refuses a labelled file that gives one id to two sentences', () => {
    const folder = mkdtempSync(join(tmpdir(), 'postmortem-labelled-'));
    const file = join(folder, 'twice.jsonl');
    const line = (text: string) => JSON.stringify({ id: 'x-001', text, blame: false });
    writeFileSync(file, `${line('One.')}\n${line('Two.')}\n`);
    try {
      assert.throws(() => readLabelled(file), /the id x-001 is given to two sentences/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the sentences whose words are written otherwise than the model reads them', () => {
    for (const text of WRITTEN_OTHERWISE) assert.ok(assertAllRead(text, text, true) > 0, text);
  });

  for (const file of labelledFiles) {
    it(`leaves out no sentence a detector flags, in ${relative(root, file)}, in and out of a root cause`, () => {
      let flagged = 0;
      for (const { id, text } of readLabelled(file))
        for (const rootCause of [false, true]) flagged += assertAllRead(id, text, rootCause);
      assert.ok(flagged > 0);
    });
  }
});
