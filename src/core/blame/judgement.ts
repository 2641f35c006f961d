// Words that judge a person (`careless`, `negligence`, `not paying attention`) and words that
// dismiss what they faced (`obviously`, `simply had to`).
import { compilePattern, firstMatch, listOpeningWords, listRequiredWords, patternList } from './patterns';
import { removalEdit } from './rephrase';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { tokenSpan } from './sentence';
import { namesPerson, subjectBefore } from '../language/subject';
import { type Token, cue, hasCue, isWord, isWordIn } from '../language/tokens';
import { words } from '../language/vocabulary/grammar';

const JUDGING_ADJECTIVES = words(`careless negligent sloppy lazy incompetent reckless stupid dumb idiotic foolish irresponsible thoughtless inattentive boneheaded bone-headed clueless moronic`);
const JUDGING_ADVERBS = words(`carelessly negligently sloppily incompetently recklessly stupidly foolishly irresponsibly thoughtlessly`);
const JUDGING_NOUNS = words(`carelessness negligence sloppiness laziness incompetence recklessness stupidity foolishness idiot idiots inattention`);
/** Technical senses: `lazy loading`, `dumb terminal`, `sloppy quorum`. */
const TECHNICAL_NOUNS = words(`
  loading load loaded loader loaders evaluation evaluated initialization initialisation init import imports
  instantiation deletion migration replication iterator iterators sequence sequences val var property
  properties quorum terminal terminals pipe pipes client clients proxy switch mode locking lock consensus
  copy matching match regex quantifier quantifiers
`);
/** Words after an adjective that are not the noun it qualifies: `careless and`, `careless enough`. */
const NOT_NOUNS = words(`and or but to of in with about when as than enough at for by on`);

const PHRASES = patternList([
  'lack|lacked|lacking of? attention|care|diligence|attentiveness|focus',
  'not paying attention',
  'was|were not paying attention',
  'did|does|do not bother',
    'did|do not pay attention',
  'rookie|silly|obvious|basic|elementary|avoidable|amateur|amateurish|inexcusable|unforgivable mistake|mistakes|error|errors|oversight|oversights|blunder|blunders|typo|typos',
  'lapse|lapses|error|errors in judgement|judgment',
  'poor|bad judgement|judgment',
].map((text) => ({ pattern: compilePattern(text) })));

const DISMISSIVE_ALWAYS = words(`obviously`);
/** `not obviously related` says the opposite of dismissing. */
const NEGATIONS = words(`not never`);
const MINIMISERS = words(`simply just merely`);
/** What a minimiser dismisses: `simply had to run`, `just forgot`. */
const DISMISSED = patternList([
  'had|has|have|needed|need|needs to',
  'forgot|forget|forgets|ignored|neglected|missed|overlooked|failed|should',
  'did not',
  'could have',
].map((text) => ({ pattern: compilePattern(text) })));
/** The words a judgement or a dismissal starts at. */
const CUE = cue([
  ...JUDGING_ADJECTIVES,
  ...JUDGING_ADVERBS,
  ...JUDGING_NOUNS,
  ...listOpeningWords(PHRASES),
  ...DISMISSIVE_ALWAYS,
  ...MINIMISERS,
]);

function adjectiveDraft(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const noun = tokens[index + 1];
  if (isWord(noun) && TECHNICAL_NOUNS.has(noun.lower)) return undefined;
  if (!isWord(noun) || NOT_NOUNS.has(noun.lower)) return { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  const span = tokenSpan(tokens, index, index + 1);
  return { ...span, kind: 'judgement', namesPerson: false, edits: [{ ...span, newText: noun.text, safe: true }] };
}

function removable(sentence: Sentence, index: number, kind: 'judgement' | 'dismissive'): DetectionDraft {
  const token = sentence.tokens[index]!;
  const edit = removalEdit(sentence.source, token.start, token.end, index === sentence.firstWord);
  return { start: Math.min(edit.start, token.start), end: Math.max(edit.end, token.end), kind, namesPerson: false, edits: [{ ...edit, safe: true }] };
}

function judgement(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const lower = tokens[index]!.lower;
  if (JUDGING_ADJECTIVES.has(lower)) return adjectiveDraft(tokens, index);
  if (JUDGING_ADVERBS.has(lower)) return isWord(tokens[index + 1]) ? removable(sentence, index, 'judgement') : { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  if (JUDGING_NOUNS.has(lower)) return { ...tokenSpan(tokens, index, index), kind: 'judgement', namesPerson: false };
  const phrase = firstMatch(tokens, index, PHRASES);
  return phrase ? { ...tokenSpan(tokens, index, phrase.end - 1), kind: 'judgement', namesPerson: false } : undefined;
}

function dismissive(sentence: Sentence, index: number): DetectionDraft | undefined {
  const { tokens } = sentence;
  const lower = tokens[index]!.lower;
  if (DISMISSIVE_ALWAYS.has(lower)) return isWordIn(tokens[index - 1], NEGATIONS) ? undefined : removable(sentence, index, 'dismissive');
  if (!MINIMISERS.has(lower) || !firstMatch(tokens, index + 1, DISMISSED)) return undefined;
  // "we just had to wait" is a team describing its own work; "she simply had to" dismisses a person.
  return namesPerson(subjectBefore(tokens, index), true) ? removable(sentence, index, 'dismissive') : undefined;
}

function detectJudgements(sentence: Sentence): DetectionDraft[] {
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    if (!hasCue(sentence.tokens[i], CUE)) continue;
    const draft = judgement(sentence, i) ?? dismissive(sentence, i);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

export const judgementDetector: Detector = {
  find: detectJudgements,
  needs: [...JUDGING_ADJECTIVES, ...JUDGING_ADVERBS, ...JUDGING_NOUNS, ...listRequiredWords(PHRASES), ...DISMISSIVE_ALWAYS, ...MINIMISERS],
};
