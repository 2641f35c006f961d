// Blame in one block of prose, sentence by sentence.
import { counterfactualDetector } from './counterfactual';
import { humanErrorDetector } from './humanError';
import { judgementDetector } from './judgement';
import { omissionDetector } from './omission';
import { ownedMistakeDetector } from './ownedMistake';
import { personMistakeDetector } from './personMistake';
import { slipDetector } from './slip';
import { nonComplianceDetector } from './nonCompliance';
import { harmfulActDetector } from './harmfulAct';
import { rootCauseActorDetector } from './rootCauseActor';
import { blamingDetector } from './blaming';
import { exposedSecretDetector } from './exposedSecret';
import { onlyMentioned } from './mention';
import { patternTest, type NeededWord, type TokenPattern } from './patterns';
import { compilePhrases, findPhrases, overlapTest, type CompiledPhrases } from './phrases';
import {
  makeSentence,
  messageFor,
  phraseOf,
  PLAIN_PROSE,
  toDetection,
  type Detector,
  type ReadingContext,
} from './sentence';
import { readSentences } from '../language/english';
import { mayNamePerson } from '../language/people';
import type { BlameDetection, BlameKind, Rephrasing } from './types';
import { anyWordSearch, anyWordTests, searchOf, type WordSearch } from '../language/wordTest';

export const DETECTORS: readonly Detector[] = [
  humanErrorDetector,
  ownedMistakeDetector,
  personMistakeDetector,
  omissionDetector,
  counterfactualDetector,
  judgementDetector,
  slipDetector,
  nonComplianceDetector,
  harmfulActDetector,
  rootCauseActorDetector,
  blamingDetector,
  exposedSecretDetector,
];

/** Most prose holds none of the words the detectors need, and is not read word by word. */
const NEEDED_ALONE = DETECTORS.flatMap((detector) => [...detector.needs]);
const NEEDED_WITH_PERSON = DETECTORS.flatMap((detector) => [...(detector.needsWithPerson ?? [])]);
const NEEDED_IN_ROOT_CAUSE = DETECTORS.flatMap((detector) => [...(detector.needsInRootCause ?? [])]);
const NEEDED_ALONE_IN_ROOT_CAUSE = DETECTORS.flatMap((detector) => [...(detector.needsAloneInRootCause ?? [])]);

/**
 * A value made on first use and kept: the tests of needed words take a tenth of a second to build and compile,
 * which a program that starts and reads no prose (`postmortem rules`, an editor opening) need not pay.
 */
function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** Outside a root cause, the words needed in one (`had`, and more) are read for nothing: they are left out there. */
const neededWordAnywhere = madeOnFirstUse(() =>
  anyWordTests([...NEEDED_ALONE, ...NEEDED_WITH_PERSON].map(wordOf), '', false),
);
const neededWordAnywhereInRootCause = madeOnFirstUse(() =>
  anyWordTests(
    [...NEEDED_ALONE, ...NEEDED_WITH_PERSON, ...NEEDED_IN_ROOT_CAUSE, ...NEEDED_ALONE_IN_ROOT_CAUSE].map(wordOf),
    '',
    false,
  ),
);

/** A root cause's sentences are all read when a detector asks for it: one test that matches each sentence once. */
const READS_PEOPLE_IN_ROOT_CAUSE = DETECTORS.some((detector) => detector.readsPeopleInRootCause);

function wordOf(need: NeededWord): string {
  return typeof need === 'string' ? need : need.word;
}

/** Needed words as one test, and the patterns of the words needed only in a pattern (see `NeededWord`). */
interface NeededWords {
  /** Finds in a text where one of the words stands, whole. */
  readonly search: (text: string) => WordSearch;
  /** For a word needed only in patterns: their tests, one of which its text passes (see `patternTest`). */
  readonly inPatterns: ReadonlyMap<string, readonly TokenPattern[]>;
}

const patternTests = new Map<TokenPattern, RegExp>();

/** A pattern's test, built when first asked for: most patterns' words stand in no document. */
function patternTestOf(pattern: TokenPattern): RegExp {
  let test = patternTests.get(pattern);
  if (!test) {
    test = patternTest(pattern);
    patternTests.set(pattern, test);
  }
  return test;
}

function neededWords(needs: readonly NeededWord[]): NeededWords {
  const alone = new Set<string>();
  const inPatterns = new Map<string, TokenPattern[]>();
  for (const need of needs) {
    if (typeof need === 'string') alone.add(need);
    else inPatterns.set(need.word, [...(inPatterns.get(need.word) ?? []), need.pattern]);
  }
  for (const word of alone) inPatterns.delete(word);
  return { search: anyWordSearch([...alone, ...inPatterns.keys()]), inPatterns };
}

/** The same words, whole: those needed alone, those needed with a person, and those in a root cause too. */
const neededWord = madeOnFirstUse(() => neededWords(NEEDED_ALONE));
const neededInRootCauseWord = madeOnFirstUse(() => neededWords([...NEEDED_ALONE, ...NEEDED_ALONE_IN_ROOT_CAUSE]));
/** Any word at all, needed outright: one match in each sentence. */
const ANY_WORD: NeededWords = { search: searchOf([/[\p{L}@]/gu]), inPatterns: new Map() };
const neededWithPersonWord = madeOnFirstUse(() => neededWords(NEEDED_WITH_PERSON));
const neededWithPersonInRootCauseWord = madeOnFirstUse(() =>
  neededWords([...NEEDED_WITH_PERSON, ...NEEDED_IN_ROOT_CAUSE]),
);

/**
 * Whether text may hold blame as far as the words go, read even inside longer words: true for the
 * source of any prose block whose masked words hold blame, as those are the source's characters.
 */
export function mayHoldBlame(text: string, rootCause: boolean): boolean {
  if (!rootCause) return neededWordAnywhere().some((test) => test.test(text));
  return READS_PEOPLE_IN_ROOT_CAUSE || neededWordAnywhereInRootCause().some((test) => test.test(text));
}

interface Window {
  start: number;
  end: number;
}

/** A window with why it is read: a word needed outright, or words needed in patterns (see `NeededWords`). */
interface Candidate extends Window {
  outright: boolean;
  readonly patterns: TokenPattern[];
}

/**
 * Whether a sentence surely ends at `index`: a period, `!` or `?` before a blank. Not the dots of an ellipsis (`and..
 * forgot about it`), after which the model may read the same sentence on.
 */
function endsSentence(text: string, index: number): boolean {
  const character = text[index];
  if (character === '.' && text[index - 1] === '.') return false;
  return (character === '.' || character === '!' || character === '?') && /\s/.test(text[index + 1] ?? '');
}

/** The sentence around `[start, end)`, from the sentence end before it to the one after it. */
function sentenceAround(masked: string, start: number, end: number): Window {
  let from = start;
  while (from > 0 && !endsSentence(masked, from - 1)) from--;
  let to = end;
  while (to < masked.length && !endsSentence(masked, to)) to++;
  return { start: from, end: Math.min(to + 1, masked.length) };
}

/**
 * The sentences around the matches of needed words that `keep` keeps, each with why: a sentence with a
 * word needed outright is not read further; one with words needed in patterns is, for more.
 */
function sentencesWith(masked: string, needed: NeededWords, keep: (window: Window) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  const next = needed.search(masked);
  let window: Candidate | undefined;
  let from = 0;
  for (let found = next(from); found; found = next(from)) {
    from = found.index + found[0].length;
    // A match inside the sentence of the one before is in the same sentence: needed words hold no sentence end.
    if (!window || found.index >= window.end) {
      // Built whole, not spread from the sentence: a spread object is slow to build and to change.
      const { start, end } = sentenceAround(masked, found.index, from);
      window = { start, end, outright: false, patterns: [] };
      if (!keep(window)) {
        from = Math.max(from, window.end);
        continue;
      }
      candidates.push(window);
    }
    const patterns = needed.inPatterns.size === 0 ? undefined : needed.inPatterns.get(found[0].toLowerCase());
    if (patterns) window.patterns.push(...patterns);
    else {
      window.outright = true;
      from = Math.max(from, window.end);
    }
  }
  return candidates;
}

/**
 * The stretches of text the model reads: the sentences that hold a word a detector needs, and those
 * that hold a word needed with a person and may name one (merged where they meet), less the stretches
 * whose only needed words are needed in patterns that match nowhere in them. Most prose holds none, and tagging it
 * would cost more than the rules themselves.
 */
export function windowsWithNeededWords(masked: string, context: ReadingContext): Window[] {
  const withPerson =
    context.rootCause && READS_PEOPLE_IN_ROOT_CAUSE
      ? ANY_WORD
      : context.rootCause
        ? neededWithPersonInRootCauseWord()
        : neededWithPersonWord();
  const found = [
    ...sentencesWith(masked, context.rootCause ? neededInRootCauseWord() : neededWord(), () => true),
    ...sentencesWith(masked, withPerson, (window) =>
      mayNamePerson(masked.slice(window.start, window.end), context.names),
    ),
  ].sort((a, b) => a.start - b.start);
  const windows: Candidate[] = [];
  for (const window of found) {
    const last = windows[windows.length - 1];
    if (last && window.start <= last.end) {
      last.end = Math.max(last.end, window.end);
      last.outright ||= window.outright;
      last.patterns.push(...window.patterns);
    } else
      windows.push({ start: window.start, end: window.end, outright: window.outright, patterns: [...window.patterns] });
  }
  // Only the merged stretch is read, so the patterns are looked for there.
  return windows.filter((window) => {
    if (window.outright) return true;
    const text = masked.slice(window.start, window.end);
    return window.patterns.some((pattern) => patternTestOf(pattern).test(text));
  });
}

/** When two detections cover the same words, the first kind here is the one reported. */
const PRIORITY: readonly BlameKind[] = [
  'human-error',
  'person-mistake',
  'counterfactual',
  'judgement',
  'dismissive',
  'configured',
];

function configuredDetections(masked: string, phrases: CompiledPhrases): BlameDetection[] {
  return findPhrases(masked, phrases.flag).map((span) => {
    const phrase = phraseOf(masked, span);
    return {
      ...span,
      kind: 'configured',
      phrase,
      message: messageFor('configured', phrase),
      suggestions: [],
      namesPerson: false,
      causal: false,
    };
  });
}

/** Drops detections inside a wider one, keeping the higher-priority kind for equal spans. */
function withoutNested(detections: readonly BlameDetection[]): BlameDetection[] {
  const ordered = [...detections].sort(
    (a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  const kept: BlameDetection[] = [];
  let widestEnd = -1;
  for (const detection of ordered) {
    if (detection.end <= widestEnd) continue;
    kept.push(detection);
    widestEnd = detection.end;
  }
  return kept;
}

/**
 * Blame in a block of prose. `masked` is the author's words with everything else blanked (see
 * `ProseBlock.masked`); `source` is the same text unmasked, for rephrasings that keep markup;
 * `context` says where the prose stands and whom the document names.
 * Offsets are indices into `masked`.
 */
export function detectBlame(
  masked: string,
  source: string = masked,
  phrases: CompiledPhrases = compilePhrases(undefined),
  context: ReadingContext = PLAIN_PROSE,
): BlameDetection[] {
  // Documents are linted again on every edit, and most of their prose is as it was.
  let cache = cached.get(phrases);
  if (!cache) {
    cache = new Map();
    cached.set(phrases, cache);
  }
  // Keyed by the masked words as they are, not joined with the rest into a new string to hash: a block's source and
  // reading context are compared only when its words were read before.
  const sourceKey = source === masked ? '' : source;
  const readings = cache.get(masked);
  const found = readings?.find(
    (reading) =>
      reading.rootCause === context.rootCause && reading.names === context.names.key && reading.source === sourceKey,
  );
  if (found) return found.detections;
  const detections = detectUncached(masked, source, phrases, context);
  if (!readings && cache.size >= CACHED_BLOCKS) cache.delete(cache.keys().next().value!);
  const reading = { rootCause: context.rootCause, names: context.names.key, source: sourceKey, detections };
  if (readings) readings.push(reading);
  else cache.set(masked, [reading]);
  return detections;
}

/** A block's detections in one reading context. */
interface CachedDetections {
  readonly rootCause: boolean;
  /** `KnownNames.key`. */
  readonly names: string;
  /** The source, or nothing when it is the masked text. */
  readonly source: string;
  readonly detections: BlameDetection[];
}

/** Blocks' masked words whose detections are kept, per phrase configuration: the oldest goes first. */
const CACHED_BLOCKS = 20_000;
let cached = new WeakMap<CompiledPhrases, Map<string, CachedDetections[]>>();

/** Forgets every block's detections, so that the next lint reads all prose anew (for benchmarks). */
export function forgetBlame(): void {
  cached = new WeakMap();
}

function detectUncached(
  masked: string,
  source: string,
  phrases: CompiledPhrases,
  context: ReadingContext,
  checkRephrasings = true,
): BlameDetection[] {
  const text = source.length === masked.length ? source : masked;
  const detections: BlameDetection[] = [];
  const sentences = windowsWithNeededWords(masked, context).flatMap((window) =>
    readSentences(masked, text, context.names, window.start, window.end),
  );
  for (const tokens of sentences) {
    const sentence = makeSentence(tokens, masked, text, context);
    if (sentence.asksWhether || sentence.counts) continue;
    for (const detector of DETECTORS)
      for (const draft of detector.find(sentence))
        if (!onlyMentioned(sentence, draft)) detections.push(toDetection(sentence, draft));
  }
  if (phrases.flag.length > 0)
    for (const detection of configuredDetections(masked, phrases)) detections.push(detection);
  if (detections.length === 0) return detections;
  const allowed = overlapTest(findPhrases(masked, phrases.allow));
  const kept = withoutNested(detections.filter((detection) => !allowed(detection)));
  if (!checkRephrasings) return kept;
  return kept.map((detection) => {
    if (!detection.suggestions.some((suggestion) => suggestion.safe)) return detection;
    const leavesBlame = (suggestion: Rephrasing): boolean => {
      const fixed = (text: string) => text.slice(0, detection.start) + suggestion.newText + text.slice(detection.end);
      const end = Math.max(detection.start + suggestion.newText.length, detection.start + 1);
      return detectUncached(fixed(masked), fixed(source), phrases, context, false).some(
        (left) => left.start < end && detection.start < left.end,
      );
    };
    // `a lazy person rerouted the cable` -> `a person rerouted the cable`: still blame, so offered, never applied.
    const suggestions = detection.suggestions.map((suggestion) =>
      suggestion.safe && leavesBlame(suggestion) ? { ...suggestion, safe: false } : suggestion,
    );
    return { ...detection, suggestions };
  });
}
