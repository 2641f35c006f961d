import type { ActionItem, PostmortemDocument, Range } from '../model/types';

/** The first line of an action item, where its findings are shown (not the whole multi-line item). */
export function itemHeadRange(document: PostmortemDocument, item: ActionItem): Range {
  const start = item.range.start.offset;
  let end = item.range.end.offset;
  const lineBreak = document.text.slice(start, end).search(/[\r\n]/);
  if (lineBreak >= 0) end = start + lineBreak;
  return document.rangeOf(start, end);
}
