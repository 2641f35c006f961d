// "human error", "user error", "operator mistake": a kind of person named as the cause.
import { indefiniteArticle, matchCase } from './rephrase';
import type { DetectionDraft, Detector, EditProposal, Sentence } from './sentence';
import { tellsThePast, tokenSpan } from './sentence';
import { type Token, cue, hasCue, isPresentVerb, isWord, isWordIn } from '../language/tokens';
import type { TextSpan } from './rephrase';
import { HUMAN_ROLE_WORDS } from '../language/people';
import { reaches } from '../language/denial';
import {
  CAUSED_VERBS,
  DETERMINERS,
  MAY_MODALS,
  OCCURRING_VERBS,
  PRESENT_BE,
  PRESENT_DO,
  words,
} from '../language/vocabulary/grammar';
import { wordsOf } from '../language/vocabulary/entry';
import {
  AFFIRMING_TURNS,
  DENIALS,
  GENERAL_CLAIMS,
  MEASURE_NOUNS,
  NAMING_TOPICS,
  TOPIC_NOUNS,
  RISK_WORDS,
  TERM_NAMING,
} from './words/framing';
import {
  CAUSAL_ERROR_AGENTS,
  ERROR_AGENTS,
  ERROR_COMPOUNDS,
  ERROR_MAKERS,
  ERROR_NOUNS,
  FAILING_AGENTS,
  GOOD_FAITH_ERRORS,
  FAILURE_NOUNS,
  PERSONAL_ERROR_NOUNS,
  QUALIFIED_ERROR_AGENTS,
  STAFF_ERROR_AGENTS,
} from './words/humanErrors';

/** Agents whose "failure" is a person failing. */
const FAILING = wordsOf(FAILING_AGENTS);
/** Agents whose error is a person's only as a stated cause, bare and singular (see `CAUSAL_ERROR_AGENTS`). */
const CAUSAL_AGENTS = wordsOf(CAUSAL_ERROR_AGENTS);
/** Agents whose errors are made, never seen, in the plural too (see `STAFF_ERROR_AGENTS`). */
const STAFF = wordsOf(STAFF_ERROR_AGENTS);
/** Mistakes made in good faith, a person's only as the stated cause (see `GOOD_FAITH_ERRORS`). */
const GOOD_FAITH = wordsOf(GOOD_FAITH_ERRORS);
const AGENTS = new Set([...wordsOf(ERROR_AGENTS), ...STAFF, ...FAILING, ...CAUSAL_AGENTS, ...GOOD_FAITH]);
/** Nouns that still read well once the person is taken out: `user misunderstanding` -> `a misunderstanding`. */
const NEUTRAL_NOUNS = wordsOf(ERROR_NOUNS);
const MISTAKES = new Set([...NEUTRAL_NOUNS, ...wordsOf(PERSONAL_ERROR_NOUNS)]);
const FAILURES = wordsOf(FAILURE_NOUNS);
const QUALIFIED = wordsOf(QUALIFIED_ERROR_AGENTS);
const MAKERS = wordsOf(ERROR_MAKERS);
const COMPOUNDS = wordsOf(ERROR_COMPOUNDS);
const MEASURES = wordsOf(MEASURE_NOUNS);
const RISKS = wordsOf(RISK_WORDS);
const NEGATORS = wordsOf(DENIALS);
const TURNS = wordsOf(AFFIRMING_TURNS);
const GENERAL = wordsOf(GENERAL_CLAIMS);
const IS_WORDS = words(`is was are were`);
/** Modals of what can happen at any time: `human error can occur`, `cannot be eliminated`. */
const ABLE = words(`can cannot`);
/** What joins a second noun to the term: `human error and lapses`. */
const JOINING = words(`and or`);
/** What a cause is said to be after `can be`: `Operator error can be blamed for this outage`. */
const BLAMED = words(`blamed attributed traced pinned`);

/** The words a detection starts at. */
const MADE_BY = [...AGENTS, ...HUMAN_ROLE_WORDS].flatMap((agent) => [...MAKERS].map((maker) => `${agent}-${maker}`));
/** The first words of agents written with a hyphen, which may be written as two words: `data` of `data entry`. */
const FIRST_OF_PAIRS = [...AGENTS].filter((agent) => agent.includes('-')).map((agent) => agent.split('-')[0]!);
const CUE = cue([...AGENTS, ...COMPOUNDS, ...MADE_BY, ...FIRST_OF_PAIRS]);
/** Words, and tokens of any kind, looked at before "human error". */
const LOOKBEHIND = 6;
const LOOKBEHIND_TOKENS = 8;

const MADE_BY_WORDS = new Set(MADE_BY);

/** `engineer-driven`, `operator-induced`. */
function madeBy(lower: string): boolean {
  return MADE_BY_WORDS.has(lower);
}

/** What may stand in a preposition's object before the word it frames: `against accidental operator error`. */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'VERB']);

/**
 * Whether the preposition at `preposition` (`guards against`) takes the words up to `first` as its object: not
 * `was run against staging by mistake`, whose adverbial tells how the act was done, outside the object.
 */
function governs(tokens: readonly Token[], preposition: number, first: number): boolean {
  if (tokens[first]?.pos === 'ADP') return false;
  for (let i = preposition + 1; i < first; i++) if (!OBJECT_TAGS.has(tokens[i]!.pos)) return false;
  return true;
}

/** `reduce the chance of human error`, `not human error`: a risk or a denial, not a cause. */
export function framedAsRiskOrDenial(tokens: readonly Token[], first: number): boolean {
  // `the outage across the lower North Island was caused by human error`: a risk word before a verb of its clause's
  // own frames nothing after the verb; a denial does (`was not caused by human error`).
  let pastAuxiliary = false;
  for (let i = first - 1, seen = 0; i >= 0 && seen < LOOKBEHIND && first - i <= LOOKBEHIND_TOKENS; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === ',') continue;
      return false;
    }
    if (token.kind !== 'word') continue;
    if (TURNS.has(token.lower)) return false;
    if (RISKS.has(token.lower) && !pastAuxiliary && (token.pos !== 'ADP' || governs(tokens, i, first))) return true;
    if (NEGATORS.has(token.lower) && reaches(tokens, i, first) && !explainsWhatDidNotHappen(tokens, i, first))
      return true;
    pastAuxiliary ||= token.pos === 'AUX';
    seen++;
  }
  return false;
}

/**
 * `the failure was not detected due to human error`: the cause of what did not happen, after a verb the denial at
 * `denial` denies; not `was not caused by human error`, `was not due to human error` nor `did not happen because of`.
 */
function explainsWhatDidNotHappen(tokens: readonly Token[], denial: number, first: number): boolean {
  const between = tokens.slice(denial + 1, first);
  const deniedAct = between.some(
    (token) => token.pos === 'VERB' && !CAUSED_VERBS.has(token.lemma) && !OCCURRING_VERBS.has(token.lemma),
  );
  const because = between.some(
    (token, k) =>
      (token.lower === 'due' && between[k + 1]?.lower === 'to') ||
      (token.lower === 'because' && between[k + 1]?.lower === 'of'),
  );
  return deniedAct && because;
}

/**
 * `human error was not the cause`, `... isn't the problem`; `human mistakes are inevitable`, `... is a label`, `...
 * remains a significant contributor`, `... does take place`.
 */
function deniedOrGeneralAfter(tokens: readonly Token[], after: number): boolean {
  // `human error and lapses occur from time to time`: past another noun joined to the term, its verb.
  const joined = isWordIn(tokens[after], JOINING) && tokens[after + 1]?.pos === 'NOUN';
  let next = joined ? after + 2 : after;
  // `human error still creeps into the work`: past adverbs, to its verb.
  while (tokens[next]?.pos === 'ADV' && isWord(tokens[next + 1])) next++;
  // `human error remains a contributor to outages`, `... plays a part`, `... does take place`: what human error does,
  // of no incident told.
  const emphatic = isWordIn(tokens[next], PRESENT_DO) && isPresentVerb(tokens[next + 1]);
  if (emphatic || (isPresentVerb(tokens[next]) && !tellsThePast(tokens))) return true;
  // `human error and lapses occur from time to time`: what happens, whatever else the sentence tells.
  if (isPresentVerb(tokens[next]) && OCCURRING_VERBS.has(tokens[next]!.lemma)) return true;
  if (isWordIn(tokens[next], ABLE)) return whatMayHappen(tokens, next);
  if (!isWordIn(tokens[next], IS_WORDS)) return false;
  if (isWordIn(tokens[next + 1], NEGATORS)) return true;
  // `pilot error is to blame for the crash`: the cause of one incident named, in the present of news.
  if (tokens[next + 1]?.lower === 'to' && tokens[next + 2]?.lower === 'blame') return false;
  // `Human error is predictable`, `... is seen as the effect of`: what human error is, said in the present of no
  // incident told in the past.
  if (isWordIn(tokens[next], PRESENT_BE) && !tellsThePast(tokens)) return true;
  for (let i = next + 1; i <= next + 4 && isWord(tokens[i]); i++) if (GENERAL.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * `human error can occur`, `... cannot be eliminated`: what it may do anywhere, after the modal at `modal`; not `can
 * have caused` (a guess at this incident) nor `can be blamed for this outage` (a cause named).
 */
function whatMayHappen(tokens: readonly Token[], modal: number): boolean {
  const verb = isWordIn(tokens[modal + 1], NEGATORS) ? modal + 2 : modal + 1;
  if (tokens[verb]?.lower === 'have') return false;
  return !(tokens[verb]?.lower === 'be' && isWordIn(tokens[verb + 1], BLAMED));
}

/** How far before its `by` a passive that may happen is looked for: `could be brought down so badly by`. */
const POSSIBLE_REACH = 12;

/**
 * `a system that could be brought down so catastrophically by a data entry error`: the agent, at `first`, of a passive
 * that may happen (a modal and `be`), not of one that did.
 */
function possibleAgent(tokens: readonly Token[], first: number): boolean {
  let by = first - 1;
  while (tokens[by]?.pos === 'DET' || tokens[by]?.pos === 'ADJ') by--;
  if (tokens[by]?.lower !== 'by') return false;
  for (let i = by - 1; i >= 0 && by - i <= POSSIBLE_REACH && tokens[i]!.text !== ','; i--)
    if (MAY_MODALS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'be') return true;
  return false;
}

/** Dashes that may set a term off from its verb: `Human Error - is a good percentage of the reason for outages`. */
const DASHES = new Set(['-', '\u2013', '\u2014']);

/** Where the verb after the term ending at `last` stands: the next word, past a dash. */
function verbAfter(tokens: readonly Token[], last: number): number {
  return DASHES.has(tokens[last + 1]?.text ?? '') ? last + 2 : last + 1;
}

const NAMING = wordsOf(TERM_NAMING);
const TOPICS = wordsOf(NAMING_TOPICS);
const TOPIC_WORDS = wordsOf(TOPIC_NOUNS);

/**
 * `Regarding citing human error as the root cause`, `stop calling it operator error`, `the habit of blaming pilot
 * error`: the term named by a verb in `-ing` that opens the sentence or follows a word of topic (see `NAMING_TOPICS`),
 * or after a noun of topic (`on the topic of human error`); the naming is talked about, not done. Not `We are citing
 * human error`, `..., citing human error`.
 */
function namedAsTopic(sentence: Sentence, first: number): boolean {
  const { tokens } = sentence;
  const before = isWordIn(tokens[first - 1], DETERMINERS) ? first - 1 : first;
  const verb = tokens[before - 1]?.lower === 'it' ? before - 2 : before - 1;
  const naming = tokens[verb];
  // `on the topic of human error`: a noun of topic and `of` right before the term.
  if (tokens[before - 1]?.lower === 'of' && isWordIn(tokens[before - 2], TOPIC_WORDS)) return true;
  if (!isWord(naming) || !naming.lower.endsWith('ing') || !NAMING.has(naming.lemma)) return false;
  return verb === sentence.firstWord || isWordIn(tokens[verb - 1], TOPICS);
}

function isPlural(noun: string): boolean {
  return noun.endsWith('s') && !noun.endsWith('ness');
}

function rephrasings(sentence: Sentence, span: TextSpan, determiner: Token | undefined, noun: string): EditProposal[] {
  const original = sentence.source.slice(span.start, span.end);
  const plural = isPlural(noun);
  const article = determiner?.lower === 'the' ? 'the' : plural ? '' : 'a';
  const proposals: EditProposal[] = [
    {
      ...span,
      newText: matchCase(original, `${article} ${plural ? 'process gaps' : 'process gap'}`.trim()),
      safe: false,
    },
  ];
  if (NEUTRAL_NOUNS.has(noun)) {
    const ownArticle = determiner?.lower === 'the' ? 'the' : plural ? '' : indefiniteArticle(noun);
    proposals.push({ ...span, newText: matchCase(original, `${ownArticle} ${noun}`.trim()), safe: false });
  }
  return proposals;
}

/** How many tokens a parenthesis between an agent and its error may hold, its brackets included: `(mine)`. */
const ASIDE_TOKENS = 5;

/** Past a short parenthesis at `index`, right after an agent: `a human (mine) error`. */
function pastAside(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let i = index + 1; i < index + ASIDE_TOKENS && tokens[i]; i++) if (tokens[i]!.text === ')') return i + 1;
  return index;
}

/** `human error`, `user errors`, `operator mistake`, `human-error`, outside risk and metric wording. */
function detectHumanError(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  const drafts: DetectionDraft[] = [];
  // A question asks whether it was human error; it does not say so.
  if (sentence.asks || sentence.general) return drafts;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!hasCue(token, CUE)) continue;
    // `a data entry error`: an agent written with a hyphen (`data-entry`) may be written as two words.
    const pair = tokens[i + 1]?.kind === 'word' ? `${token.lower}-${tokens[i + 1]!.lower}` : '';
    const agent = AGENTS.has(pair) ? { lower: pair } : token;
    // The agent's noun, past a short parenthesis: `a human (mine) error`.
    const next = pastAside(tokens, agent === token ? i + 1 : i + 2);
    let last: number;
    let noun: string;
    if (COMPOUNDS.has(agent.lower)) {
      last = i;
      noun = 'error';
    } else if (madeBy(agent.lower)) {
      const found = [i + 1, i + 2].find((at) => isWordIn(tokens[at], MISTAKES));
      if (found === undefined) continue;
      last = found;
      noun = tokens[found]!.lower;
    } else if (AGENTS.has(agent.lower) && tokens[next]?.kind === 'word') {
      // `a human process error`: one noun between, after an agent that names a person all the same.
      const qualified =
        QUALIFIED.has(agent.lower) && tokens[next]!.pos === 'NOUN' && isWordIn(tokens[next + 1], MISTAKES) ? 1 : 0;
      noun = tokens[next + qualified]!.lower;
      const failing = FAILURES.has(noun) && FAILING.has(agent.lower);
      if (!MISTAKES.has(noun) && !failing) continue;
      last = next + qualified;
    } else {
      continue;
    }
    if (isWordIn(tokens[last + 1], MEASURES) || deniedOrGeneralAfter(tokens, verbAfter(tokens, last))) continue;
    if (framedAsRiskOrDenial(tokens, i) || namedAsTopic(sentence, i) || possibleAgent(tokens, i)) continue;
    // "user errors" are as often the errors users see as errors users made: only a stated cause
    // counts. Nobody sees "human errors" or "staff errors": those are made.
    if (isPlural(noun) && !sentence.causal && !FAILING.has(agent.lower) && !STAFF.has(agent.lower)) continue;
    const determiner = isWordIn(tokens[i - 1], DETERMINERS) ? tokens[i - 1] : undefined;
    // `Due To Worker Error`, not `a worker error` in a job queue.
    if (CAUSAL_AGENTS.has(agent.lower) && (!sentence.causal || determiner || isPlural(noun))) continue;
    if (GOOD_FAITH.has(agent.lower) && !sentence.causal) continue;
    const span = tokenSpan(tokens, determiner ? i - 1 : i, last);
    drafts.push({
      ...span,
      kind: 'human-error',
      namesPerson: false,
      edits: rephrasings(sentence, span, determiner, noun),
    });
    i = last;
  }
  return drafts;
}

/**
 * The agent and its error as written (`human error`, `operator failures`); "error" alone is everywhere in postmortems.
 */
const AGENT_ERRORS = [...AGENTS].flatMap((agent) =>
  [...MISTAKES, ...(FAILING.has(agent) ? FAILURES : [])].flatMap((noun) =>
    agent.includes('-') ? [`${agent} ${noun}`, `${agent.replace('-', ' ')} ${noun}`] : [`${agent} ${noun}`],
  ),
);

/** Every detection holds an agent and its error, an `engineer-driven` kind of word, or a compound. */
export const humanErrorDetector: Detector = {
  find: detectHumanError,
  needs: [...AGENT_ERRORS, ...MADE_BY, ...COMPOUNDS],
};
