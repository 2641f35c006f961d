// The features the learned blame scorer reads from one sentence: lemmas and lemma pairs with people
// folded into one word, who does each verb, hindsight modals, passives done by a person, and the section.
import { classifyWord, type DoerKind } from '../language/people';
import { passiveAgent, subjectBefore } from '../language/subject';
import type { Token } from '../language/tokens';

/** What a word stands for in the features: people and names folded, numbers and code as one word each. */
function wordFeature(tokens: readonly Token[], index: number, kinds: readonly DoerKind[]): string {
  const token = tokens[index]!;
  if (token.kind === 'opaque') return '<code>';
  if (token.kind === 'punct') return token.text === ',' ? ',' : '<stop>';
  if (/^\d/.test(token.text)) return '<num>';
  const kind = kinds[index];
  // Pronouns keep their word (`I`, `he`: who speaks matters); roles and names become one person.
  if (kind === 'person' && token.pos !== 'PRON') return '<person>';
  if (kind === 'possible-person' && token.pos === 'PROPN') return '<name>';
  return token.lemma || token.lower;
}

const MODALS = new Set(['should', 'could', 'would', 'must', 'might', 'shall']);
const HAVE = new Set(['have', 've', "'ve"]);

/** The kind of doer, as one word: a person for sure and a maybe-person are told apart. */
function doer(kind: DoerKind): string {
  return kind === 'possible-person' ? 'maybe' : kind;
}

/** The features of one sentence's tokens, in a fixed order, each once. */
export function sentenceFeatures(tokens: readonly Token[], rootCause: boolean): string[] {
  const features = new Set<string>();
  const kinds = tokens.map((_, i) => classifyWord(tokens, i));
  const words = tokens.map((_, i) => wordFeature(tokens, i, kinds));
  features.add(rootCause ? 'section:root-cause' : 'section:narrative');
  if (kinds.some((kind) => kind === 'person')) features.add('has:person');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    features.add(`w:${words[i]}`);
    features.add(`b:${i === 0 ? '<start>' : words[i - 1]}_${words[i]}`);
    if (token.kind !== 'word') continue;
    if (i > 0 && tokens[i - 1]!.kind === 'word') features.add(`pos:${tokens[i - 1]!.pos}_${token.pos}`);
    if (MODALS.has(token.lower) && HAVE.has(tokens[i + 1]?.lower ?? '')) {
      features.add('modal-perfect');
      features.add(`modal-perfect:${doer(subjectBefore(tokens, i).kind)}`);
    }
    if (token.pos !== 'VERB') continue;
    const subject = subjectBefore(tokens, i);
    const negated = tokens[i - 1]?.lower === 'not' || tokens[i - 2]?.lower === 'not';
    features.add(`sv:${doer(subject.kind)}_${token.lemma}`);
    if (negated) features.add(`sv:${doer(subject.kind)}_not`);
    if (subject.kind === 'person' || subject.kind === 'possible-person') features.add(`sv:${doer(subject.kind)}_verb`);
    const agent = passiveAgent(tokens, i, 3);
    if (agent && (agent.kind === 'person' || agent.kind === 'possible-person'))
      features.add(`by-person:${token.lemma}`);
  }
  return [...features];
}

/** Whether a sentence is worth scoring at all: it mentions a person, a role, a handle or a name. */
export function mentionsPerson(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => {
    const kind = classifyWord(tokens, i);
    return kind === 'person' || kind === 'possible-person';
  });
}
