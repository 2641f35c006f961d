// The Markdown parser: remark with GFM and front matter, made faster where costly syntax cannot be.
//
// GFM's literal autolinks (`www.example.com`, `https://…`, `a@b.co`) cost more to find than the
// rest of GFM together: micromark tries their syntax at every letter, and remark-gfm's transform
// runs four regular expressions over every text node. Both are spared where no autolink can be,
// giving the same tree. Tables come next: micromark tries their syntax at every line; it too is
// spared where no table can be.
import type { Nodes, Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';
import type { MarkdownParser } from './markdownParser';

type FromMarkdownExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;

/**
 * Every literal autolink holds one of these, in the source and in the text it reads as: an `@` between
 * characters of an address (`ops@example.com`; not a handle such as `@erin`), `http://` or `https://`
 * (the only schemes GFM links besides `mailto:` and `xmpp:`, which hold an address), or `www.`.
 */
const AUTOLINK_CANDIDATE = /[\w+.-]@[\w.-]|https?:\/\/|www\./i;

/**
 * Whether a literal autolink may start in this Markdown. Where none can, the text is parsed
 * without their syntax (see `gfmWithoutLiteralAutolinkSyntax`); a character reference (`&#64;`)
 * is not read by that syntax, so it need not be looked for here.
 */
export function mayHoldLiteralAutolink(markdown: string): boolean {
  return AUTOLINK_CANDIDATE.test(markdown);
}

function holdsAutolinkCandidate(node: Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_CANDIDATE.test(node.value);
  if (node.type === 'link' || node.type === 'linkReference') return false;
  return 'children' in node && (node.children as Nodes[]).some(holdsAutolinkCandidate);
}

function isAutolinkLiteralExtension(extension: FromMarkdownExtension): boolean {
  return extension.enter !== undefined && extension.enter !== null && 'literalAutolink' in extension.enter;
}

function narrowed(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (!isAutolinkLiteralExtension(extension) || !extension.transforms) return extension;
  const transforms = extension.transforms.map((transform) => (tree: Root): undefined => {
    // The transform finds and replaces within the node it is given; a top-level node is never a link.
    for (const child of tree.children) if (holdsAutolinkCandidate(child)) transform(child as unknown as Root);
  });
  return { ...extension, transforms };
}

/**
 * A remark plugin, used after remark-gfm or `gfmWithoutLiteralAutolinkSyntax`: runs remark-gfm's
 * transform for literal autolinks only on the top-level nodes holding a text it could change.
 */
export function autolinkLiteralsWhereNeeded(this: Processor): undefined {
  const data = this.data();
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map((entry) =>
    Array.isArray(entry) ? entry.map(narrowed) : narrowed(entry),
  );
}

/**
 * Whether a GFM table may be in this Markdown. A table's delimiter row holds a `|`, or a `:` right
 * before or after its dashes (`:-`, `-:`); without either, the row reads as a thematic break or a
 * setext underline, never as a table.
 */
export function mayHoldTable(markdown: string): boolean {
  return markdown.includes('|') || markdown.includes(':-') || markdown.includes('-:');
}

/**
 * remark-gfm without the micromark syntax for literal autolinks, built from the same parts, for
 * Markdown in which none can start (`mayHoldLiteralAutolink`), and without the table syntax too
 * unless `tables`. Its mdast transform stays: text can still spell an address with a character
 * reference, as remark-gfm reads it too.
 */
export function gfmWithoutLiteralAutolinkSyntax(tables: boolean) {
  return function (this: Processor): undefined {
    const data = this.data();
    data.micromarkExtensions ??= [];
    data.micromarkExtensions.push(
      gfmFootnote(),
      gfmStrikethrough(),
      ...(tables ? [gfmTable()] : []),
      gfmTaskListItem(),
    );
    data.fromMarkdownExtensions ??= [];
    data.fromMarkdownExtensions.push(gfmFromMarkdown());
  };
}

const processors = new Map<string, (text: string) => Root>();

/** The costly GFM syntax a chunk may need (above): a chunk that may hold a literal autolink gets all of GFM. */
type GfmSyntax = 'all' | 'tables' | 'neither';

function gfmSyntaxFor(markdown: string): GfmSyntax {
  if (mayHoldLiteralAutolink(markdown)) return 'all';
  return mayHoldTable(markdown) ? 'tables' : 'neither';
}

/**
 * The remark parser with GFM (tables, task lists, literal autolinks), built on first use. Only
 * a text whose first block is a closed front-matter block gets YAML front matter: after a `---`
 * that is never closed, remark-frontmatter reads every later list as a paragraph, where CommonMark
 * reads a thematic break and the lists as lists. A text in which no literal autolink or no table
 * can start is read without their syntax (above).
 */
function remarkProcessor(frontMatter: boolean, syntax: GfmSyntax): (text: string) => Root {
  const key = `${frontMatter}/${syntax}`;
  let parser = processors.get(key);
  if (!parser) {
    const gfm = unified()
      .use(remarkParse)
      .use(syntax === 'all' ? remarkGfm : gfmWithoutLiteralAutolinkSyntax(syntax === 'tables'))
      .use(autolinkLiteralsWhereNeeded);
    const processor = frontMatter ? gfm.use(remarkFrontmatter, ['yaml']) : gfm;
    parser = (text) => processor.parse(text) as Root;
    processors.set(key, parser);
  }
  return parser;
}

export const REMARK_PARSER: MarkdownParser<GfmSyntax> = {
  variantFor: gfmSyntaxFor,
  parse: (markdown, syntax, frontMatter) => remarkProcessor(frontMatter, syntax)(markdown),
};
