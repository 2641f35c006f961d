// A person's act named as the cause by what came of it, in a root cause: `Junior dev deployed JS
// without a null check, breaking the site`, `the minion pulled the UPS out, resulting in a huge
// imbalance`. Outside a root cause, telling what someone did and what followed is a timeline.
import { wordsOf } from '../language/vocabulary/entry';
import { CLAUSE_INNER_MARKS, mainVerbsBefore, subjectBefore, type Subject } from '../language/subject';
import { isWord, isWordIn, type Token } from '../language/tokens';
import { HYPOTHETICAL, words } from '../language/vocabulary/grammar';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { AFFECTED_PEOPLE, tokenSpan } from './sentence';
import { CONSEQUENCE_VERBS, CONSEQUENCES, HARM_ENDINGS, HARMS } from './words/consequences';
import { DESTRUCTIVE_ACTIONS, OFFLINE, REMEDY_ACTIONS } from './words/omissions';

const CONSEQUENCE = wordsOf(CONSEQUENCES);
const CONSEQUENCE_VERB = wordsOf(CONSEQUENCE_VERBS);
const HARM = wordsOf(HARMS);
const ENDINGS = wordsOf(HARM_ENDINGS);
const DESTRUCTIVE = wordsOf(DESTRUCTIVE_ACTIONS);
const HARMFUL = new Set([...DESTRUCTIVE].filter((form) => form.endsWith('ing')));
const DOWN = wordsOf(OFFLINE);
const REMEDIES = wordsOf(REMEDY_ACTIONS);
const CLAUSE_JOINS = words('which and that');
/** How far after the consequence word its harm may stand: `resulting in the deletion of`. */
const HARM_REACH = 8;
/** How far back the act may stand: `pulled the UPS out on rails at the top of the cabinet, resulting`. */
const ACT_REACH = 30;
const ACT_WALK = { crossing: CLAUSE_INNER_MARKS, auxiliaries: true };

/**
 * Where a consequence starts at `index`, and whether it is harm by itself (`, breaking the site`,
 * `that broke the build`); undefined when none.
 */
function consequenceAt(tokens: readonly Token[], index: number): { readonly harmful: boolean } | undefined {
  const token = tokens[index]!;
  if (HARMFUL.has(token.lower) && tokens[index - 1]?.text === ',') return { harmful: true };
  if (CONSEQUENCE.has(token.lower) && tokens[index - 1]?.text === ',') return { harmful: false };
  if (!isWordIn(tokens[index - 1], CLAUSE_JOINS)) return undefined;
  if (CONSEQUENCE_VERB.has(token.lower)) return { harmful: false };
  // `merged an article that broke the build`: a destructive verb in the past is harm by itself.
  if (DESTRUCTIVE.has(token.lower) && token.lower !== token.lemma && !HARMFUL.has(token.lower))
    return { harmful: true };
  return undefined;
}

function harmAfter(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i <= index + HARM_REACH && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '-') return false;
    if (!isWord(token) || !(HARM.has(token.lower) || DOWN.has(token.lower) || HARMFUL.has(token.lower))) continue;
    // `caused the errors to stop`: harm that ended.
    return !(tokens[i + 1]?.lower === 'to' && isWord(tokens[i + 2]) && ENDINGS.has(tokens[i + 2]!.lemma));
  }
  return false;
}

/** The person whose act comes before `index` in its sentence, and the act, nearest first. */
function actor(
  tokens: readonly Token[],
  index: number,
): { readonly subject: Subject; readonly verb: number } | undefined {
  for (const verb of mainVerbsBefore(tokens, index, ACT_REACH, ACT_WALK)) {
    const token = tokens[verb]!;
    if (tokens[verb - 1]?.lower === 'to' || REMEDIES.has(token.lemma)) continue;
    const subject = subjectBefore(tokens, verb);
    // `before getting the crane into position`: a verb in -ing has no subject of its own.
    if (subject.kind === 'none' || (subject.kind === 'thing' && token.lower.endsWith('ing'))) continue;
    if (
      subject.kind !== 'person' ||
      AFFECTED_PEOPLE.has(tokens[subject.head]!.lower) ||
      isWordIn(tokens[subject.first - 1], HYPOTHETICAL)
    )
      return undefined;
    return { subject, verb };
  }
  return undefined;
}

/** Whether harm is told as what came of an act at `index` or after it: `, causing a surge`. */
export function harmFollows(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length; i++) if (harmToldAt(tokens, i)) return true;
  return false;
}

function harmToldAt(tokens: readonly Token[], index: number): boolean {
  const consequence = consequenceAt(tokens, index);
  return consequence !== undefined && (consequence.harmful || harmAfter(tokens, index));
}

function detectHarmfulActs(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  if (!sentence.rootCause || sentence.keepsToProcedure) return [];
  for (let i = 1; i < tokens.length; i++) {
    if (!harmToldAt(tokens, i)) continue;
    const act = actor(tokens, i);
    if (act) return [{ ...tokenSpan(tokens, act.subject.first, act.verb), kind: 'person-mistake', namesPerson: true }];
  }
  return [];
}

export const harmfulActDetector: Detector = {
  find: detectHarmfulActs,
  needs: [],
  needsInRootCause: [...CONSEQUENCE, ...CONSEQUENCE_VERB, ...DESTRUCTIVE],
};
