// Blame across a postmortem's prose, and which of it the root-cause rule reports.
import type { PostmortemConfig } from '../vocabulary/terms';
import type { PostmortemDocument, ProseBlock } from '../model/types';
import { knownNames } from '../language/knownNames';
import { detectBlame, mayHoldBlame } from './detect';
import { compilePhrases, overlapTest, type CompiledPhrases } from './phrases';
import type { BlameDetection } from './types';
import { remembered } from '../util/remembered';
import { errorMessage } from '../util/errors';

export interface DocumentBlame extends BlameDetection {
  /** The detection lies in a root-cause or trigger section, or in a root-cause statement. */
  readonly inRootCause: boolean;
}

/** A block whose blame could not be read, from a fault in the detectors: the other blocks' blame is kept. */
export interface BlameFailure {
  readonly start: number;
  readonly end: number;
  readonly inRootCause: boolean;
  /** What failed, as the error says it. */
  readonly message: string;
}

interface Scan {
  readonly blame: readonly DocumentBlame[];
  readonly failures: readonly BlameFailure[];
}

const ROOT_CAUSE_KINDS = new Set(['root-cause', 'trigger']);

/** Whether a block lies in a root-cause or trigger section, or starts inside a root-cause statement. */
export function rootCauseTest(document: PostmortemDocument): (block: ProseBlock) => boolean {
  const inStatement = overlapTest(
    document.rootCauses.map((statement) => ({ start: statement.range.start.offset, end: statement.range.end.offset })),
  );
  return (block) => {
    const section = block.section === undefined ? undefined : document.sections[block.section];
    if (section && ROOT_CAUSE_KINDS.has(section.kind)) return true;
    return inStatement({ start: block.start, end: block.start + 1 });
  };
}

/** The configured phrases compiled once per configuration, not once per document. */
const compiled = new WeakMap<PostmortemConfig['phrases'], CompiledPhrases>();

function compiledPhrases(phrases: PostmortemConfig['phrases']): CompiledPhrases {
  let found = compiled.get(phrases);
  if (!found) {
    found = compilePhrases(phrases);
    compiled.set(phrases, found);
  }
  return found;
}

let contextsNumbered = 0;
/** A number for each set of names and phrases known, new for each set (one forgotten and met again gets another). */
const contextNumber = remembered(() => `${contextsNumbered++}\u0000`);

function scan(document: PostmortemDocument, config: PostmortemConfig): Scan {
  const phrases = compiledPhrases(config.phrases);
  const isRootCauseBlock = rootCauseTest(document);
  const names = knownNames(document, config);
  const { cache } = document;
  // A block's detections depend on its text as parsed, where it stands and the names and phrases known; masking its
  // words and looking its detections up again cost more than keeping them by all that. The names and phrases are
  // keyed by a short number of their own, so that each block's key is not its text joined to every name.
  const kept = cache?.kept<readonly BlameDetection[]>('blame');
  const context = kept && contextNumber(`${JSON.stringify(config.phrases)}\u0000${names.key}`);
  const found: DocumentBlame[] = [];
  const failures: BlameFailure[] = [];
  for (const block of document.prose) {
    const base = block.start;
    const source = document.text.slice(base, block.end);
    const inRootCause = isRootCauseBlock(block);
    const key = cache && `${context}${inRootCause ? 'r' : 'p'}${cache.blockKey(source)}`;
    let detections = key === undefined ? undefined : kept?.get(key);
    if (!detections) {
      try {
        // The masked words are the source's, so a source without the words blame needs has no blame.
        detections =
          phrases.flag.length === 0 && !mayHoldBlame(source, inRootCause)
            ? []
            : detectBlame(block.masked, source, phrases, { rootCause: inRootCause, names });
      } catch (error) {
        failures.push({ start: base, end: block.end, inRootCause, message: errorMessage(error) });
        continue;
      }
      if (key !== undefined) kept?.set(key, detections);
    }
    for (const detection of detections)
      found.push({ ...detection, start: base + detection.start, end: base + detection.end, inRootCause });
  }
  return { blame: found, failures };
}

/** Both blame rules read the same scan; it is kept per document and phrase configuration. */
const cache = new WeakMap<PostmortemDocument, { readonly phrases: PostmortemConfig['phrases']; readonly scan: Scan }>();

function scanned(document: PostmortemDocument, config: PostmortemConfig): Scan {
  const cached = cache.get(document);
  if (cached && cached.phrases === config.phrases) return cached.scan;
  const found = scan(document, config);
  cache.set(document, { phrases: config.phrases, scan: found });
  return found;
}

export function documentBlame(document: PostmortemDocument, config: PostmortemConfig): readonly DocumentBlame[] {
  return scanned(document, config).blame;
}

/** The blocks whose blame could not be read (see `BlameFailure`). */
export function blameFailures(document: PostmortemDocument, config: PostmortemConfig): readonly BlameFailure[] {
  return scanned(document, config).failures;
}

/**
 * What `human-error-root-cause` reports: human error or a person as the cause in a root-cause or
 * trigger section, and human error stated as the cause anywhere ("the root cause was human error").
 */
export function isRootCauseBlame(blame: DocumentBlame): boolean {
  if (blame.kind === 'human-error') return blame.inRootCause || blame.causal;
  return blame.inRootCause && blame.namesPerson;
}
