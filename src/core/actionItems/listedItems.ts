// Action items a sentence names in a series of gerund phrases: "For this specific incident, our action items
// included tasks such as rotating keys, deleting continuous integration logs after 48 hours, and updating our
// incident management process." holds three items, one per phrase, where no list or section holds them.
import type { Nodes, Paragraph } from 'mdast';
import { isWord, type Token } from '../language/tokens';
import { endOffset, startOffset } from '../model/mdastText';
import { spanDrafts } from './blocks';
import type { Extraction, ItemDraft, Scope } from './build';
import { readItemSentences, type Sentence } from './sentences';
import { itemSource } from './source';
import { alternation, hintOf, LISTED_ITEM_NOUNS, LISTED_ITEM_VERBS } from './words';

/** "action items included tasks such as ", "follow-ups are: ": what comes before the first phrase. */
const LEAD = new RegExp(
  String.raw`\b(?:${alternation([LISTED_ITEM_NOUNS])})\s+(?:${alternation([LISTED_ITEM_VERBS])})` +
    String.raw`(?:\s+(?:[\p{L}-]+\s+)?(?:such\s+as|like))?\s*:?\s+(?=\p{L}+ing\b)`,
  'iu',
);
const HINT = hintOf([LISTED_ITEM_NOUNS]);

/**
 * A gerund that opens a phrase of work: "rotating", "deleting"; not "thing", "something" or "during". After the first,
 * which the tagger must read as a verb, one it reads as a noun ("scanning") continues the series.
 */
function isGerund(token: Token | undefined, first: boolean): boolean {
  return (
    isWord(token) &&
    token.lower.length > 4 &&
    token.lower.endsWith('ing') &&
    !token.lower.endsWith('thing') &&
    (token.pos === 'VERB' || (!first && token.pos === 'NOUN'))
  );
}

/** What joins the phrases of a series: a comma, a semicolon, "and", "or". */
function joins(token: Token): boolean {
  return token.text === ',' || token.text === ';' || token.lower === 'and' || token.lower === 'or';
}

/** The gerund phrases of a sentence's series from `from` (relative offsets), or none unless each opens with one. */
function gerundPhrases(tokens: readonly Token[], from: number): Sentence[] {
  const rest = tokens.filter((token) => token.start >= from);
  if (!isGerund(rest[0], true)) return [];
  const phrases: Sentence[] = [];
  let start = rest[0]!.start;
  let end = start;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (!joins(token)) {
      if (token.kind !== 'punct' || i < rest.length - 1) end = token.end;
      continue;
    }
    let next = i + 1;
    while (rest[next] && joins(rest[next]!)) next++;
    if (!isGerund(rest[next], false)) continue;
    phrases.push({ start, end });
    start = rest[next]!.start;
    end = rest[next]!.end;
    i = next;
  }
  phrases.push({ start, end });
  return phrases;
}

/** The items the sentences of paragraphs name in a series of gerund phrases after "our action items included". */
export function listedItemDrafts(paragraphs: readonly Paragraph[], scope: Scope, extraction: Extraction): ItemDraft[] {
  return paragraphs.flatMap((paragraph) => {
    // A cheap look at the raw text first: most paragraphs name no action items.
    if (!HINT.test(extraction.text.slice(startOffset(paragraph), endOffset(paragraph)))) return [];
    const source = itemSource(extraction.text, [paragraph as Nodes], extraction.definitions);
    return readItemSentences(source.prose, source.visible).flatMap((sentence) => {
      const lead = LEAD.exec(source.prose.slice(sentence.start, sentence.end));
      if (!lead) return [];
      const phrases = gerundPhrases(sentence.tokens, sentence.start + lead.index + lead[0].length);
      return spanDrafts(source, phrases, scope);
    });
  });
}
