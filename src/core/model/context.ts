import type { Root } from 'mdast';
import type { PostmortemConfig } from '../vocabulary/terms';
import type { MarkdownCache } from './markdown';
import type { LineIndex } from './text';
import type { FrontMatter, Section } from './types';

/** What the extractors of timeline entries and action items work from. */
export interface ModelContext {
  /** The document as readers read it: the markup of block HTML blanked, every offset kept (`readableText`). */
  readonly text: string;
  readonly index: LineIndex;
  /** The Markdown tree, positions absolute in `text`. */
  readonly tree: Root;
  readonly frontMatter: FrontMatter | undefined;
  readonly sections: readonly Section[];
  readonly config: PostmortemConfig;
  /** The cache kept from the document's previous version, if any: steps keep in it what they read from blocks. */
  readonly cache?: MarkdownCache;
}
