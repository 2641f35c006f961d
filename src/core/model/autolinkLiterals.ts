import type { Nodes, Root } from 'mdast';
import type { Data, Processor } from 'unified';

type FromMarkdownExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;

/** Every literal autolink remark-gfm finds in a text holds one of these (a character reference is decoded by then). */
const AUTOLINK_CANDIDATE = /@|:\/\/|www\./i;

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
 * A remark plugin, used after remark-gfm: its transform for literal autolinks (`www.example.com`,
 * `https://…`, `a@b.co`) runs four regular expressions over every text node of the tree, a tenth of
 * the whole parse. This runs it only on the top-level nodes holding a text it could change, giving
 * the same tree.
 */
export function autolinkLiteralsWhereNeeded(this: Processor): undefined {
  const data = this.data();
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map((entry) => (Array.isArray(entry) ? entry.map(narrowed) : narrowed(entry)));
}
