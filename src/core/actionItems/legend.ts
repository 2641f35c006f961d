// A legend under an action-items heading: a list that says what the types and priorities of the
// items mean ("- **Mitigate**: reduces impact", "- P0: must be fixed this week", or after "Types:" any
// definition, "- Prevent - Prevent similar issues from occurring"), not items.
import type { List, Paragraph, RootContent } from 'mdast';
import type { Extraction } from './build';
import { collapse, itemSource } from './source';
import { isTagValue } from './tags';
import { alternation, CLASS_NOUNS } from './words';

/** A term, then a colon, a dash or an equals sign, then what it means. */
const DEFINITION = /^([\w-]{1,20}(?: [\w-]{1,20})?)\s*(?::|=|\s[-\u2013\u2014])\s*(.+)$/;

/** How a definition starts, unlike an item, which starts with what to do. */
const DEFINITION_STARTS: readonly RegExp[] = [
  // A modal or a verb in the third person: "must be fixed", "reduces impact", "catches it sooner".
  /^(?:must|should|can|could|may|might|will|would|needs? to|has to|have to|is|are|means?)\b/i,
  /^[a-z]+[^su\W]s\b/i,
  /^[a-z]+ing\b/i,
  // A time frame: "within a month", "fix this week", "nice to have".
  new RegExp(
    '^(?:[a-z]+ )?(?:within|asap|immediately|urgently|eventually|now|someday|later' +
      '|when possible|as soon|(?:this|next|the same) (?:day|week|month|quarter|sprint' +
      String.raw`|cycle|release|year))\b`,
    'i',
  ),
  /^nice to have\b/i,
  // A kind of work: "changes that ...", "actions to ...".
  new RegExp(
    '^(?:an? |the |any )?(?:items?|actions?|work|changes?|things?|fixes|tasks?' +
      String.raw`|anything|something|problems?|issues?|measures?) (?:that|which|to)\b`,
    'i',
  ),
];

/** "Types:", "To reflect this action items should have assigned priority:": a lead that announces a legend. */
const CLASSIFICATION_LEAD = new RegExp(`\\b(?:${alternation([CLASS_NOUNS])})\\s*:$`, 'i');

function paragraphWords(paragraph: Paragraph, extraction: Extraction): string {
  return collapse(itemSource(extraction.text, [paragraph], extraction.definitions).prose);
}

/**
 * The type or priority a legend entry defines, in lower case. After a lead that announces a legend any definition
 * will do ("Prevent - Prevent similar issues from occurring"); without one it must start unlike an item.
 */
function definedTerm(paragraph: Paragraph, extraction: Extraction, announced: boolean): string | undefined {
  const definition = DEFINITION.exec(paragraphWords(paragraph, extraction));
  return definition &&
    isTagValue(definition[1]!) &&
    (announced || DEFINITION_STARTS.some((start) => start.test(definition[2]!)))
    ? definition[1]!.toLowerCase()
    : undefined;
}

/** Whether every item of a list defines a different type or priority; `lead` is the block before the list. */
export function isLegend(list: List, extraction: Extraction, lead?: RootContent): boolean {
  if (list.children.length === 0) return false;
  const announced = lead?.type === 'paragraph' && CLASSIFICATION_LEAD.test(paragraphWords(lead, extraction));
  const terms = new Set<string>();
  for (const item of list.children) {
    const first = item.children[0];
    const term = first?.type === 'paragraph' ? definedTerm(first, extraction, announced) : undefined;
    if (term === undefined || terms.has(term)) return false;
    terms.add(term);
  }
  return true;
}
