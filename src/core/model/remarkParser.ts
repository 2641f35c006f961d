// The Markdown parser: remark with GFM and front matter, made faster where costly syntax cannot be.
//
// GFM's literal autolinks (`www.example.com`, `https://…`, `a@b.co`) cost more to find than the
// rest of GFM together: micromark tries their syntax at every letter, and remark-gfm's transform
// runs four regular expressions over every text node. Both are spared where no autolink can be,
// giving the same tree; the syntax is also spared where every address stands in a link's destination
// or markup (`[PR](https://...)`), which the tree parsed without it shows (parsed again with it if
// not). Tables come next: micromark tries their syntax at every line; it too is spared where no table
// can be.
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
const AUTOLINK_CANDIDATES = new RegExp(AUTOLINK_CANDIDATE.source, 'gi');
/** What stands before an address that is a link's destination or markup: `](https://`, `<https://`, `src="www.`. */
const BEFORE_DESTINATION = /(?:\]\(<?|<|\]:[ \t]*|=["'])$/;

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

/**
 * The costly GFM syntax a chunk may need (above): a chunk that may hold a literal autolink gets all of GFM,
 * unless each address in it stands where a link's destination or markup does (`checked`).
 */
type GfmSyntax = 'all' | 'tables' | 'neither' | 'checked';

/** Whether every possible autolink in the Markdown is a web address right after a link's or an HTML tag's markup. */
function addressesOnlyInMarkup(markdown: string): boolean {
  for (const found of markdown.matchAll(AUTOLINK_CANDIDATES)) {
    if (found[0].includes('@')) return false;
    if (!BEFORE_DESTINATION.test(markdown.slice(Math.max(0, found.index - 8), found.index))) return false;
  }
  return true;
}

function gfmSyntaxFor(markdown: string): GfmSyntax {
  if (mayHoldLiteralAutolink(markdown)) return addressesOnlyInMarkup(markdown) ? 'checked' : 'all';
  return mayHoldTable(markdown) ? 'tables' : 'neither';
}

/**
 * The spans of the text nodes outside links, and whether the tree holds a link the autolink transform made (it
 * has no position): there the syntax of literal autolinks may have read something.
 */
function textOutsideLinks(tree: Root): { spans: [number, number][]; transformed: boolean } {
  const spans: [number, number][] = [];
  let transformed = false;
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'linkReference') {
      transformed ||= node.position === undefined;
      return;
    }
    if (node.type === 'text' && node.position)
      spans.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { spans, transformed };
}

/**
 * Whether Markdown parsed without the syntax of literal autolinks gives the tree it would with it: no possible
 * autolink (`AUTOLINK_CANDIDATE`) stands in a text outside a link. The syntax starts an autolink only in text,
 * never in a link's destination, in the label of a link being read, in code or in HTML; and where it starts one,
 * the parse without it reads the same characters as text (no other inline syntax starts at an address's letters
 * but `_`, whose emphasis holds text).
 */
function autolinkSyntaxUnneeded(tree: Root, markdown: string): boolean {
  const { spans, transformed } = textOutsideLinks(tree);
  if (transformed) return false;
  for (const found of markdown.matchAll(AUTOLINK_CANDIDATES)) {
    const start = found.index;
    const end = start + found[0].length;
    if (spans.some(([from, to]) => from < end && start < to)) return false;
  }
  return true;
}

/** `checked` Markdown: parsed without the syntax of literal autolinks, and again with all of GFM if it was needed. */
function parseChecked(markdown: string, frontMatter: boolean): Root {
  const tree = remarkProcessor(frontMatter, mayHoldTable(markdown) ? 'tables' : 'neither')(markdown);
  return autolinkSyntaxUnneeded(tree, markdown) ? tree : remarkProcessor(frontMatter, 'all')(markdown);
}

/**
 * The remark parser with GFM (tables, task lists, literal autolinks), built on first use. Only
 * a text whose first block is a closed front-matter block gets YAML front matter: after a `---`
 * that is never closed, remark-frontmatter reads every later list as a paragraph, where CommonMark
 * reads a thematic break and the lists as lists. A text in which no literal autolink or no table
 * can start is read without their syntax (above).
 */
function remarkProcessor(frontMatter: boolean, syntax: Exclude<GfmSyntax, 'checked'>): (text: string) => Root {
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

/**
 * The syntax that reads adjoining chunks needing `a` and `b` as it reads each alone. Table syntax finds no table in a
 * chunk without a delimiter row's characters, and no table runs on into the next chunk (it starts after a blank line,
 * or at a heading or a bullet, which end a table); a checked parse reads a chunk in which no literal autolink can start
 * as a parse without their syntax does. All of GFM costs more at every letter: it is kept to the chunks that need it.
 */
function joinedSyntax(a: GfmSyntax, b: GfmSyntax): GfmSyntax | undefined {
  if (a === b) return a;
  if (a === 'all' || b === 'all') return undefined;
  return a === 'checked' || b === 'checked' ? 'checked' : 'tables';
}

export const REMARK_PARSER: MarkdownParser<GfmSyntax> = {
  variantFor: gfmSyntaxFor,
  joined: joinedSyntax,
  parse: (markdown, syntax, frontMatter) =>
    syntax === 'checked' ? parseChecked(markdown, frontMatter) : remarkProcessor(frontMatter, syntax)(markdown),
};
