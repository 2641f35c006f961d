// Work a lesson asks for in so many words, where no action-items section speaks for the same incident: a
// bullet of a lessons section that opens with an imperative ("- Test changes on all device types.", "- When
// pushing infrastructure changes, always run a preview", "- Don't push changes alone"), and a sentence that asks
// for work whoever does it ("Features for teachers must be tested by a teacher"). Beside an action-items section
// of the same incident, lessons restate its work or give advice, and are read for commitments only (blocks.ts),
// unless their title names further work of their own ("Further Mitigations and Learnings").
// A bullet under a bold title ("- **Have additional providers.** Having ...") is a lesson titled as advice, and a
// list completing the sentence before it ("the only safe way would be:") is a procedure. The same holds of a
// resolution section whose list is all imperatives ("### Action taken:" over "- Decrease the CPU level at which
// scaling is triggered", "- Enhance system logs"): what was done is told in the past; orders are work to do.
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { isWord, isWordIn, type Token } from '../language/tokens';
import { endOffset, startOffset } from '../model/mdastText';
import { advisesReaders } from '../model/sections';
import type { Section } from '../model/types';
import { spanDrafts } from './blocks';
import type { Extraction, ItemDraft, Scope } from './build';
import { asksForWork, asksInImperative, mayAskForWork, reportsOwnChange, statesRequirement } from './commitments';
import { listDrafts } from './lists';
import { readItemSentences } from './sentences';
import { hasBracketedStatus } from './status';
import { itemSource } from './source';
import { alternation, FURTHER_WORK_NOUNS, FURTHER_WORK_QUALIFIERS, RULE_ADVERBS, RULE_CONDITIONS } from './words';

const CONDITIONS: ReadonlySet<string> = new Set(RULE_CONDITIONS.words);
const ADVERBS: ReadonlySet<string> = new Set(RULE_ADVERBS.words);
/** "Further Mitigations and Learnings": a lessons title that names work beyond the action items as well. */
const FURTHER_WORK_TITLE = new RegExp(
  String.raw`\b(?:${alternation([FURTHER_WORK_QUALIFIERS])})\s+(?:${alternation([FURTHER_WORK_NOUNS])})\b`,
  'i',
);
/** A case longer than this ("When ..., ") is a sentence of its own. */
const MAX_CASE = 16;

/** The index of the token after "When pushing changes," at the start of `tokens`, or 0. */
function caseEnd(tokens: readonly Token[]): number {
  if (!isWordIn(tokens[0], CONDITIONS)) return 0;
  for (let i = 1; i < tokens.length && i <= MAX_CASE; i++) {
    const token = tokens[i]!;
    if (token.text === ',') return i + 1;
    if (token.kind === 'punct' && token.text !== '(' && token.text !== ')' && token.text !== '-') return 0;
  }
  return 0;
}

/**
 * Whether a sentence (its words and tokens) asks for work as an imperative, past a case and an adverb. A bullet
 * opens an imperative with a capital: a first word in lower case is a name ("federation-redirect logs showed it").
 */
function directs(sentence: string, tokens: readonly Token[]): boolean {
  let verb = caseEnd(tokens);
  while (isWordIn(tokens[verb], ADVERBS) && verb < tokens.length - 1) verb++;
  const first = tokens[verb];
  if (!isWord(first) || (verb === 0 && first.text[0] === first.text[0]!.toLowerCase())) return false;
  return asksInImperative(sentence, tokens, verb);
}

/** A bullet's first sentence (its words and tokens), unless the bullet opens with a bold title. */
function firstSentence(
  item: ListItem,
  extraction: Extraction,
): { words: string; tokens: readonly Token[] } | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || first.children[0]?.type === 'strong') return undefined;
  const source = itemSource(extraction.text, [first as Nodes], extraction.definitions);
  const sentence = readItemSentences(source.prose, source.visible)[0];
  return sentence && { words: source.prose.slice(sentence.start, sentence.end), tokens: sentence.tokens };
}

/**
 * Whether a lessons bullet's first sentence directs or asks for work, states a practice as required, reports a
 * change the writers made after the incident ("We improved our CICD to avoid ...", a done item), or carries the
 * status of work ("More monitor nodes (currently being worked on)").
 */
function bulletAsks(item: ListItem, extraction: Extraction): boolean {
  const sentence = firstSentence(item, extraction);
  if (!sentence) return false;
  const { words, tokens } = sentence;
  return (
    directs(words, tokens) ||
    asksForWork(words) ||
    statesRequirement(words) ||
    reportsOwnChange(words) ||
    hasBracketedStatus(words)
  );
}

/** Whether a bullet's first sentence is an imperative. */
function bulletDirects(item: ListItem, extraction: Extraction): boolean {
  const sentence = firstSentence(item, extraction);
  return sentence !== undefined && directs(sentence.words, sentence.tokens);
}

/** The sentences of a lessons paragraph that ask for work whoever does it, one item each. */
function paragraphDrafts(paragraph: Paragraph, scope: Scope, extraction: Extraction): ItemDraft[] {
  if (!mayAskForWork(extraction.text.slice(startOffset(paragraph), endOffset(paragraph)))) return [];
  const source = itemSource(extraction.text, [paragraph as Nodes], extraction.definitions);
  const asking = readItemSentences(source.prose, source.visible).filter((sentence) =>
    asksForWork(source.prose.slice(sentence.start, sentence.end)),
  );
  return spanDrafts(source, asking, scope);
}

/**
 * The items that the top-level blocks of a lessons section ask for in so many words. Under a title that names further
 * work too (`namesWork`: "Preventing the issue from happening again / What we have learnt"), a list most of whose
 * bullets ask for work is a list of work: every bullet is an item ("The Ops have decided to replace the switches",
 * "The out-of-band equipment was installed").
 */
function lessonSectionDrafts(
  nodes: readonly RootContent[],
  scope: Scope,
  extraction: Extraction,
  namesWork = false,
): ItemDraft[] {
  return nodes.flatMap((node, i) => {
    if (node.type === 'paragraph') return paragraphDrafts(node, scope, extraction);
    const before = nodes[i - 1];
    if (node.type !== 'list' || (before?.type === 'paragraph' && endsSentenceWithColon(before, extraction))) return [];
    const asking = node.children.filter((item) => bulletAsks(item, extraction));
    const items = namesWork && asking.length * 2 > node.children.length ? node.children : asking;
    return items.flatMap((item) => listDrafts({ type: 'list', children: [item] }, scope, extraction));
  });
}

/** A resolution's list gives orders, not an account, when it has this many bullets at least, all imperatives. */
const MIN_ORDERS = 2;

/** The bullets of a resolution section's lists that are all imperatives, as items. */
function resolutionSectionDrafts(nodes: readonly RootContent[], scope: Scope, extraction: Extraction): ItemDraft[] {
  const lists = nodes.filter((node): node is List => node.type === 'list');
  const bullets = lists.flatMap((list) => list.children);
  const orders = bullets.length >= MIN_ORDERS && bullets.every((item) => bulletDirects(item, extraction));
  return orders ? lists.flatMap((list) => listDrafts(list, scope, extraction)) : [];
}

function endsSentenceWithColon(paragraph: Paragraph, extraction: Extraction): boolean {
  return extraction.text.slice(startOffset(paragraph), endOffset(paragraph)).trimEnd().endsWith(':');
}

/**
 * The section that stands for one incident around section `index`: the section enclosing the outermost section of
 * its kind around it, or the whole document (undefined).
 */
function incidentOf(sections: readonly Section[], index: number): number | undefined {
  const { kind } = sections[index]!;
  let parent = sections[index]!.parent;
  while (parent !== undefined && sections[parent]!.kind === kind) parent = sections[parent]!.parent;
  return parent;
}

function within(sections: readonly Section[], index: number, ancestor: number | undefined): boolean {
  if (ancestor === undefined) return true;
  for (let at: number | undefined = index; at !== undefined; at = sections[at]!.parent)
    if (at === ancestor) return true;
  return false;
}

const READERS: Partial<Record<Section['kind'], typeof lessonSectionDrafts>> = {
  lessons: lessonSectionDrafts,
  resolution: resolutionSectionDrafts,
};

/**
 * The items lessons and resolution sections ask for where no action-items section speaks for the same incident, or
 * where a lessons section's title names further work of its own ("Further Mitigations and Learnings").
 */
export function lessonDrafts(sections: readonly Section[], scope: Scope, extraction: Extraction): ItemDraft[] {
  return sections.flatMap((section, index) => {
    const read = READERS[section.kind];
    // Recommendations to readers ("Package maintainers should ...") are what the incident taught them, not work.
    if (!read || advisesReaders(section.title, section.nodes)) return [];
    const incident = incidentOf(sections, index);
    const answered = sections.some((other, at) => other.kind === 'action-items' && within(sections, at, incident));
    const furtherWork = section.kind === 'lessons' && FURTHER_WORK_TITLE.test(section.title);
    const namesWork = furtherWork || section.alsoKinds?.includes('action-items') === true;
    return answered && !furtherWork ? [] : read(section.nodes, scope, extraction, namesWork);
  });
}
