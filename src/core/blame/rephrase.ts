// Rephrasings: replacement texts that keep the sentence grammatical.
import { CONSONANT_SOUND_OPENINGS, SILENT_H_OPENINGS, VOWEL_SOUND_LETTERS } from '../language/vocabulary/grammar';
import type { Rephrasing } from './types';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The unmasked text and the masked one (same length), with the span a detection covers. */
export interface RephraseContext {
  readonly source: string;
  readonly span: TextSpan;
}

/** The detection's span with `[edit.start, edit.end)` replaced, markup around it kept. */
export function rephrase(context: RephraseContext, edit: TextSpan, newText: string, safe: boolean): Rephrasing {
  const { source, span } = context;
  const start = Math.max(span.start, edit.start);
  const end = Math.min(span.end, Math.max(start, edit.end));
  return { newText: source.slice(span.start, start) + newText + source.slice(end, span.end), safe };
}

/** `a` or `an`, by how `word` sounds: `an engineer`, `a user`, `an hour`, `an SRE`, `a DBA`. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const lower = word.toLowerCase();
  if (/^[A-Z]{2,}/.test(word)) return VOWEL_SOUND_LETTERS.has(lower[0]!) ? 'an' : 'a';
  const opens = (openings: ReadonlySet<string>) => [...openings].some((opening) => lower.startsWith(opening));
  if (opens(SILENT_H_OPENINGS)) return 'an';
  if (!/^[aeiou]/.test(lower) || opens(CONSONANT_SOUND_OPENINGS)) return 'a';
  return 'an';
}

/** `replacement` with its first letter upper-cased when `original`'s is. */
export function matchCase(original: string, replacement: string): string {
  const first = original.trimStart()[0];
  if (first === undefined || first === first.toLowerCase() || replacement === '') return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

const IRREGULAR_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    caught: 'catch',
    seen: 'see',
    known: 'know',
    done: 'do',
    taken: 'take',
    told: 'tell',
    thought: 'think',
    made: 'make',
    read: 'read',
    written: 'write',
    gone: 'go',
    given: 'give',
    found: 'find',
    sent: 'send',
    spent: 'spend',
    built: 'build',
    kept: 'keep',
    left: 'leave',
    put: 'put',
    set: 'set',
    got: 'get',
    gotten: 'get',
    understood: 'understand',
    brought: 'bring',
    held: 'hold',
    heard: 'hear',
    paid: 'pay',
    begun: 'begin',
    chosen: 'choose',
    spoken: 'speak',
    run: 'run',
    shut: 'shut',
    rerun: 'rerun',
    forgotten: 'forget',
    noticed: 'notice',
    asked: 'ask',
    waited: 'wait',
    tested: 'test',
    escalated: 'escalate',
    rolled: 'roll',
    reverted: 'revert',
    paged: 'page',
    added: 'add',
    needed: 'need',
    used: 'use',
    been: 'be',
  }),
);

/** The base form of a regular participle when its spelling leaves no doubt. */
const REGULAR_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([^aeiou])ied$/, '$1y'],
  [/([bgmnprt])\1ed$/, '$1'],
  [/(ck|sh|ch|ss|x|ll|rm|rn|lt|nd|rt|st|pt|ct|ft|mp|nk|rk|sk|wn|ow|ew|ay|ey|oy|lp|lk)ed$/, '$1'],
  [/([^e]at|iz|is|ic|uc|g|v|bl|pl|tl|dl)ed$/, '$1e'],
];

/** `checked` -> `check`, `caught` -> `catch`; undefined when unsure. */
export function baseForm(participle: string): string | undefined {
  const irregular = IRREGULAR_PARTICIPLES.get(participle);
  if (irregular !== undefined) return irregular;
  for (const [ending, replacement] of REGULAR_ENDINGS) {
    if (ending.test(participle)) return participle.replace(ending, replacement);
  }
  return undefined;
}

/** Words that look like participles but are not: `should have speed limits`. */
const NOT_PARTICIPLES = new Set([
  'need',
  'speed',
  'feed',
  'seed',
  'red',
  'bed',
  'shed',
  'token',
  'often',
  'even',
  'open',
  'seven',
  'eleven',
  'garden',
  'kitchen',
  'hundred',
  'kindred',
  'sacred',
]);
const PARTICIPLE_SHAPE = /^[a-z][a-z-]*(ed|en|wn)$/;

export function isParticiple(lower: string): boolean {
  if (NOT_PARTICIPLES.has(lower)) return false;
  return PARTICIPLE_SHAPE.test(lower) || IRREGULAR_PARTICIPLES.has(lower);
}

/** The negating auxiliary in the tense of a verb: `forgot` -> `did not`, `forgets` -> `does not`. */
export function negationFor(verb: string): string {
  if (verb === 'did' || verb === "didn't") return 'did not';
  if (verb === 'does' || verb === "doesn't") return 'does not';
  if (/ed$/.test(verb) || verb === 'forgot' || verb === 'forgotten' || verb === 'broke' || verb === 'made')
    return 'did not';
  return verb.endsWith('s') ? 'does not' : 'do not';
}

function isSpaceOrComma(character: string | undefined): boolean {
  return character === ' ' || character === ',' || character === '\t';
}

/**
 * The edit that removes a word and the space or commas around it, so that no double space or
 * stray comma is left: `was, obviously, a bug` -> `was a bug`; at a sentence's start the next
 * word gets the capital (`Obviously, the fix` -> `The fix`).
 */
export function removalEdit(
  text: string,
  start: number,
  end: number,
  sentenceStart: boolean,
): TextSpan & { readonly newText: string } {
  let after = end;
  while (after < text.length && isSpaceOrComma(text[after])) after++;
  if (sentenceStart) {
    const next = text[after];
    if (next === undefined || next === next.toUpperCase()) return { start, end: after, newText: '' };
    return { start, end: after + 1, newText: next.toUpperCase() };
  }
  let before = start;
  while (before > 0 && isSpaceOrComma(text[before - 1])) before--;
  const commaBefore = text.slice(before, start).includes(',');
  const commaAfter = text.slice(end, after).includes(',');
  if (commaBefore && commaAfter) return { start: before, end: text.indexOf(',', end) + 1, newText: '' };
  if (after === text.length || text[after] === '.') return { start: before, end, newText: '' };
  return { start, end: after, newText: '' };
}
