// What the block-by-block parse (`markdown.ts`) needs of a Markdown parser. `remarkParser.ts` is
// the implementation: it alone knows remark, its plugins and the inner shape of their extensions.
import type { Root } from 'mdast';

export interface MarkdownParser<Variant> {
  /**
   * The variant of the parser a piece of Markdown needs: some syntax costs much and is left out
   * where it cannot occur. Pieces that need different variants are parsed apart.
   */
  variantFor(markdown: string): Variant;
  /**
   * The variant that parses two adjoining pieces needing `a` and `b` as it would parse each alone, or undefined when
   * none does: each parser call has a cost of its own, so pieces are parsed together where they can be.
   */
  joined(a: Variant, b: Variant): Variant | undefined;
  /** The tree of `markdown`, its YAML front matter read when `frontMatter`. */
  parse(markdown: string, variant: Variant, frontMatter: boolean): Root;
}
