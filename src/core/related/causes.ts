// What a postmortem says caused it: the sentences of its root-cause, contributing-factor and trigger
// sections, each with its terms, the language layer's lemmas of its content words less the stop words.
import { participleLemma, readSentences, readWords } from '../language/english';
import type { Token } from '../language/tokens';
import type { PostmortemDocument } from '../model/types';
import { STOP_WORD_SET } from './stopWords';
import { TERM_ALIAS_MAP } from './termAliases';
import { documentTitle } from '../model/titleLine';

export interface CauseSentence {
  readonly text: string;
  /** 0-based line of the sentence's start. */
  readonly line: number;
  /** Lemmas of its content words, lower case, in order, repeats kept. */
  readonly terms: readonly string[];
  /**
   * For each term but the last, the words from it to the next term as written (`number of hosts` for `number host`),
   * or undefined where they lie too far apart: read with the sentence, so that showing them needs no model.
   */
  readonly phrases: readonly (string | undefined)[];
}

/** Parts of speech that say what happened to what; the rest are grammar. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'X']);
/** Statements beyond this length are read up to it: a cause is said in its first paragraphs. */
const MAX_CAUSE_CHARACTERS = 20_000;

/**
 * A token's term: its lemma in lower case (a participle read as an adjective, its verb's: `expired` is `expire`; a
 * short form's long form: `config` is `configuration`), if it is a content word that is not a stop word. A
 * sentence's first word in capitals is read again in lower case ("Certificates expired": the
 * tagger takes the capital for a name and keeps `certificates`).
 */
function termOf(token: Token, first: boolean): string | undefined {
  if (token.kind !== 'word' || !CONTENT.has(token.pos)) return undefined;
  const read =
    first && token.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(token.text)
      ? (readWords(token.lower)[0] ?? token)
      : token;
  const lemma = participleLemma(read);
  const lower = lemma.toLowerCase();
  const term = TERM_ALIAS_MAP.get(lower) ?? lower;
  if (term.length < 2 || STOP_WORD_SET.has(term) || !/\p{L}/u.test(term)) return undefined;
  return term;
}

/** The terms of a text, as `causeSentences` reads them. */
export function termsOf(text: string): string[] {
  return readSentences(text, text).flatMap(sentenceTerms);
}

/** How many words a pair of terms may span as written, `number of hosts`; a longer span is shown as the terms. */
const PHRASE_WORDS = 4;

/** A term and the index of the token it is read from. */
interface ReadTerm {
  readonly term: string;
  readonly index: number;
}

function readTerms(tokens: readonly Token[]): ReadTerm[] {
  const first = tokens.findIndex((token) => token.kind === 'word');
  const terms: ReadTerm[] = [];
  tokens.forEach((token, index) => {
    const term = termOf(token, index === first);
    if (term !== undefined) terms.push({ term, index });
  });
  return terms;
}

/** The terms of a sentence's tokens, in order. */
function sentenceTerms(tokens: readonly Token[]): string[] {
  return readTerms(tokens).map(({ term }) => term);
}

/** A sentence as a person reads it: without a list marker, emphasis markers or line breaks. */
function plainSentence(source: string): string {
  return source
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cause sentences of a postmortem, in document order. */
export function causeSentences(
  document: Pick<PostmortemDocument, 'rootCauses' | 'text' | 'positionAt'>,
): CauseSentence[] {
  const sentences: CauseSentence[] = [];
  let budget = MAX_CAUSE_CHARACTERS;
  for (const statement of document.rootCauses) {
    if (budget <= 0) break;
    const start = statement.range.start.offset;
    const source = document.text.slice(start, Math.min(statement.range.end.offset, start + budget));
    budget -= source.length;
    for (const tokens of readSentences(source, source)) {
      const terms = readTerms(tokens);
      if (terms.length === 0) continue;
      const from = tokens[0]!.start;
      const to = tokens[tokens.length - 1]!.end;
      sentences.push({
        text: plainSentence(source.slice(from, to)),
        line: document.positionAt(start + from).line,
        terms: terms.map(({ term }) => term),
        phrases: terms.slice(1).map((next, i) => {
          const previous = terms[i]!;
          if (next.index - previous.index >= PHRASE_WORDS) return undefined;
          return plainSentence(source.slice(tokens[previous.index]!.start, tokens[next.index]!.end));
        }),
      });
    }
  }
  return sentences;
}

/** A postmortem's causes as the related-postmortems index takes them. */
export function causeProfile(
  key: string,
  document: Pick<PostmortemDocument, 'rootCauses' | 'text' | 'positionAt' | 'frontMatter' | 'sections' | 'tree'>,
) {
  const data = document.frontMatter?.data;
  const title = documentTitle(document);
  const id = typeof data?.['id'] === 'string' ? data['id'] : undefined;
  return { key, title, id, sentences: causeSentences(document) };
}
