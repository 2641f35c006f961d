import type { PostmortemConfig } from '../vocabulary/terms';
import { DEFAULT_CONFIG } from '../config/defaults';
import { extractActionItems } from '../actionItems/extract';
import type { ModelContext } from '../model/context';
import { withBoldLineHeadings } from '../model/boldHeadings';
import { withPastedListText } from '../model/pastedLists';
import { readFrontMatter } from '../model/frontMatter';
import { htmlBlockSpans, readableText, writesInsideHtml } from '../model/htmlBlocks';
import { type MarkdownCache, parseMarkdown } from '../model/markdown';
import { collectProse, collectRootCauses } from '../model/prose';
import { buildSections, withItemTables } from '../model/sections';
import { LineIndex } from '../model/text';
import { computeMetrics, extractTimeline } from '../timeline/extract';
import type { NamedPeople, PostmortemDocument } from '../model/types';
import { namesInApposition } from '../language/apposition';
import { chatSpeakers } from '../language/chatSpeakers';

export interface ParseOptions {
  readonly config?: PostmortemConfig;
  /** The blocks of this document's previous version, so that only what an edit touched is re-parsed. */
  readonly cache?: MarkdownCache;
}

/** Reads a postmortem's Markdown into the model: front matter, sections, timeline, action items. */
export function parsePostmortem(text: string, options: ParseOptions = {}): PostmortemDocument {
  const config = options.config ?? DEFAULT_CONFIG;
  const parsed = parseMarkdown(text, options.cache);
  // What the readers read: the text, with the markup of block HTML blanked (same offsets and lines).
  const readable = readableText(text, parsed.tree);
  const index = new LineIndex(readable);
  const tree = withBoldLineHeadings(withPastedListText(parsed.tree), config.sectionNames);
  const frontMatter = readFrontMatter(tree, index);
  const sections = buildSections(tree, index, config.sectionNames);
  const context: ModelContext = {
    text: readable,
    index,
    tree,
    frontMatter,
    sections,
    config,
    cache: options.cache,
  };
  const html = htmlBlockSpans(parsed.tree);
  const timeline = extractTimeline(context).map((entry) =>
    writesInsideHtml(html, entry.range.start.offset, entry.range.end.offset)
      ? { ...entry, writtenInHtml: true as const }
      : entry,
  );
  const namedPeople: NamedPeople = {
    besideRoles: namesInApposition(readable),
    speakers: chatSpeakers(timeline.map((entry) => entry.description)),
  };
  const actionItems = extractActionItems(context, timeline, namedPeople);
  return {
    text,
    frontMatter,
    sections: withItemTables(sections, actionItems),
    timeline,
    actionItems,
    rootCauses: collectRootCauses(sections, index),
    prose: collectProse(tree, readable, sections),
    metrics: computeMetrics(timeline),
    namedPeople,
    problems: parsed.skipped.map((block) => ({
      message: `Too large to analyze: ${block.reason}. This part of the document is skipped.`,
      range: index.rangeOf(block.start, index.lineEnd(index.positionAt(block.start).line)),
    })),
    tree,
    cache: options.cache,
    positionAt: (offset) => index.positionAt(offset),
    rangeOf: (start, end) => index.rangeOf(start, end),
    lineStart: (line) => index.lineStart(line),
  };
}
