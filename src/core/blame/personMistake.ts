// A person as the subject of a mistake: `the engineer forgot to`, `Bob failed to`, `I made an
// incorrect assumption`. A system as the subject (`the deploy tool failed to roll back`) is not blame.
import { compilePattern, firstMatch, listOpeningWords, listRequiredWords, patternList, type TokenPattern } from './patterns';
import { negationFor } from './rephrase';
import type { DetectionDraft, Detector, EditProposal, Sentence } from './sentence';
import { isPlain, tokenSpan } from './sentence';
import { clauseSubject, namesPerson, subjectBefore, type Subject } from '../language/subject';
import { type Token, cue, hasCue, isLemmaIn, isWord, isWordIn } from '../language/tokens';
import { DUTY_LEMMAS } from './omission';
import { DETERMINERS, words } from '../language/vocabulary/grammar';

/**
 * How the verb phrase can be rephrased: `negate` (`forgot to` -> `did not`), `notice`
 * (`overlooked` -> `did not notice`), `mistype`, or only unsafe suggestions.
 */
type Rephrase = 'negate' | 'notice' | 'mistype' | 'suggest-notice' | 'suggest-act-on' | 'none';

interface MistakeVerb {
  readonly pattern: TokenPattern;
  /** Only people do this, so `they` or an unknown capitalised word as the subject is enough. */
  readonly humanOnly: boolean;
  readonly rephrase: Rephrase;
  /** For verbs programs share: what follows must be a human act (`failed to notice`). */
  readonly complement?: 'action' | 'signal';
}

const SETS = {
  BAD: words(`incorrect wrong bad false faulty mistaken erroneous poor invalid flawed hasty rash careless`),
  JUDGED: words(`assumption assumptions judgement judgment call decision choice`),
  WRONG: words(`wrong bad incorrect faulty broken buggy`),
  WRONG_ACTIONS: words(`ran run deployed pushed applied merged used typed entered selected chose picked executed committed shipped released restarted deleted dropped removed edited changed modified configured set copied pasted rebooted targeted`),
};

/** Human acts after `failed to`: a program fails to deploy, a person fails to notice; the duties, and answering. */
const HUMAN_ACTIONS = new Set([...DUTY_LEMMAS, ...words('respond acknowledge ack')]);
/** What a person misses or ignores: `ignored the alert`. */
const HUMAN_SIGNALS = words(`alert alerts page pages warning warnings message messages email emails notification notifications step steps sign signs instruction instructions runbook checklist advice guidance memo ticket tickets`);
/** Things that happen to a person rather than things a person neglects: `failed to connect`. */
const ATTEMPTS = words(`
  receive connect log login access reach load get obtain authenticate sign open join hear download
  upload reproduce fetch retrieve pull push deploy start launch build compile install boot acquire see
  find restore recover
`);
/** People an incident happens to: `users failed to log in`, `customers missed the emails`. */
const AFFECTED = words(`user users customer customers visitor visitors`);
/** Words a rephrase takes out together with the verb: `simply forgot to` -> `did not`. */
const JUDGING_ADVERBS = words(`carelessly simply just merely obviously clearly completely totally`);
const PERFECT_AUXILIARIES = words(`had has have`);

const verb = (pattern: string, humanOnly: boolean, rephrase: Rephrase, complement?: MistakeVerb['complement']): MistakeVerb => ({
  pattern: compilePattern(pattern, SETS),
  humanOnly,
  rephrase,
  ...(complement ? { complement } : {}),
});

/** Longer phrases first: the first match wins. */
const MISTAKE_VERBS = patternList([
  verb('forgot|forgets|forget|forgotten to', true, 'negate'),
  verb('forgot|forgets|forgotten', true, 'none'),
  verb('neglected|neglects|neglect to', true, 'negate'),
  verb('neglected|neglects', true, 'none'),
  verb('overlooked|overlooks', true, 'notice'),
  verb('did|does not bother|think to', true, 'negate'),
  verb('did|does not bother', true, 'none'),
  verb('fat-fingered|fat-fingers|fat-finger', true, 'mistype'),
  verb('fat fingered|fingers', true, 'mistype'),
  verb('messed|screwed|mucked|fouled|mess|screw up', true, 'none'),
  verb('botched|bungled|blundered|goofed|botches', true, 'none'),
  verb('misread|mistyped|misunderstood|misjudged|misinterpreted|misremembered|misconfigured|mislabeled|mislabelled|misclicked|miscalculated|misspelled|misspelt|mistook', true, 'none'),
  verb('made|makes|make a|an? *? mistake|mistakes|error|errors|blunder|typo|slip|oversight', true, 'none'),
  verb('made|makes|make a|an? {BAD} {JUDGED}', true, 'none'),
  verb('skipped|skips|bypassed|bypasses|circumvented|circumvents', true, 'none'),
  verb('failed|fails|fail to', false, 'negate', 'action'),
  verb('missed|misses', false, 'suggest-notice', 'signal'),
  verb('ignored|ignores', false, 'suggest-act-on', 'signal'),
  verb('broke|breaks', false, 'none'),
  verb('caused|causes', false, 'none'),
  verb('{WRONG_ACTIONS} the|a|an {WRONG}', true, 'none'),
]);

const BE_FORMS = words(`be is are was were been being`);
/** Words that open a clause whose subject is the main clause's: `after accidentally deleting`. */
const SUBORDINATORS = words(`after while when before by since upon`);
/** `Bob accidentally deleted`, `deleted the nodes accidentally`: only with a person as the subject. */
const MISTAKE_ADVERBS = words(`accidentally mistakenly inadvertently unintentionally wrongly incorrectly erroneously`);
/** The same said in two words, after the object: `ran the script by mistake`. */
const MISTAKE_ADVERBIALS = patternList(['by mistake|accident', 'in error'].map((text) => ({ pattern: compilePattern(text) })));
/** The words a verb or an adverb starts with. */
const CUE = cue([...listOpeningWords(MISTAKE_VERBS), ...listOpeningWords(MISTAKE_ADVERBIALS), ...MISTAKE_ADVERBS]);

/** Whether what follows the verb is something only a person does or attends to. */
function humanComplement(tokens: readonly Token[], end: number, complement: MistakeVerb['complement']): boolean {
  if (complement === 'action') return isLemmaIn(tokens[end], HUMAN_ACTIONS) && !isWordIn(tokens[end], ATTEMPTS);
  let object = end;
  while (isWordIn(tokens[object], DETERMINERS) && object - end < 2) object++;
  return isWordIn(tokens[object], HUMAN_SIGNALS);
}

function subjectCounts(subject: Subject, entry: MistakeVerb, tokens: readonly Token[], end: number): boolean {
  if (entry.complement === 'action' && isWordIn(tokens[end], ATTEMPTS)) return false;
  if (entry.complement !== undefined && AFFECTED.has(tokens[subject.head]?.lower ?? '')) return entry.complement === 'action' && humanComplement(tokens, end, entry.complement);
  if (subject.kind === 'person') return true;
  if (subject.kind !== 'possible-person') return false;
  return entry.humanOnly || (entry.complement !== undefined && humanComplement(tokens, end, entry.complement));
}

/** Where a rephrase starts: the verb, or a judging adverb right before it (`simply forgot to`). */
function editStart(sentence: Sentence, verbIndex: number): number {
  const { tokens } = sentence;
  let start = verbIndex;
  while (isWordIn(tokens[start - 1], JUDGING_ADVERBS) && isPlain(sentence, tokens[start - 1]!.end, tokens[start]!.start)) start--;
  return start;
}

function edits(sentence: Sentence, verbIndex: number, end: number, rephrase: Rephrase): EditProposal[] {
  const { tokens } = sentence;
  const first = editStart(sentence, verbIndex);
  const span = tokenSpan(tokens, first, end - 1);
  const verbWord = tokens[verbIndex]!.lower;
  // "had forgotten to renew" cannot become "had did not renew".
  if (isWordIn(tokens[first - 1], PERFECT_AUXILIARIES)) return [];
  switch (rephrase) {
    case 'negate':
      return [{ ...span, newText: negationFor(verbWord), safe: true }];
    case 'notice':
      return [{ ...span, newText: `${negationFor(verbWord)} notice`, safe: true }];
    case 'mistype':
      return [{ ...span, newText: verbWord.endsWith('s') ? 'mistypes' : verbWord.endsWith('ed') ? 'mistyped' : 'mistype', safe: true }];
    case 'suggest-notice':
      return [{ ...span, newText: `${negationFor(verbWord)} notice`, safe: false }];
    case 'suggest-act-on':
      return [{ ...span, newText: `${negationFor(verbWord)} act on`, safe: false }];
    case 'none':
      return [];
  }
}

/** A mistake adverb before its verb (the subject precedes it) or after the object (the clause's subject). */
function mistakeAdverb(tokens: readonly Token[], index: number): DetectionDraft | undefined {
  const adverbial = firstMatch(tokens, index, MISTAKE_ADVERBIALS);
  if (!adverbial && !MISTAKE_ADVERBS.has(tokens[index]!.lower)) return undefined;
  const last = adverbial ? adverbial.end - 1 : index;
  const beforeVerb = !adverbial && isWord(tokens[index + 1]);
  // `shut down the ports after accidentally knocking out the power`: the clause's subject.
  const afterSubordinator = beforeVerb && isWordIn(tokens[index - 1], SUBORDINATORS) && tokens[index + 1]!.lower.endsWith('ing');
  const subject = beforeVerb && !afterSubordinator ? subjectBefore(tokens, index) : clauseSubject(tokens, index);
  // After the object the adverb may belong to a passive (`X had been set accidentally`): a name counts only in the active.
  const passive = tokens.slice(Math.max(0, subject.head), index).some((token) => BE_FORMS.has(token.lower));
  if (!namesPerson(subject, beforeVerb || !passive)) return undefined;
  return { ...tokenSpan(tokens, subject.first, beforeVerb ? index + 1 : last), kind: 'person-mistake', namesPerson: true };
}

function detectPersonMistakes(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  const drafts: DetectionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!hasCue(tokens[i], CUE)) continue;
    const match = firstMatch(tokens, i, MISTAKE_VERBS);
    if (!match) {
      const adverb = mistakeAdverb(tokens, i);
      if (adverb) drafts.push(adverb);
      continue;
    }
    const subject = subjectBefore(tokens, i);
    if (!subjectCounts(subject, match.entry, tokens, match.end)) continue;
    const span = tokenSpan(tokens, subject.first, match.end - 1);
    drafts.push({ ...span, kind: 'person-mistake', namesPerson: true, edits: edits(sentence, i, match.end, match.entry.rephrase) });
    i = match.end - 1;
  }
  return drafts;
}

/** A mistake verb, or a mistake adverb or adverbial. */
export const personMistakeDetector: Detector = {
  find: detectPersonMistakes,
  needs: [...listRequiredWords(MISTAKE_VERBS), ...listRequiredWords(MISTAKE_ADVERBIALS), ...MISTAKE_ADVERBS],
};
