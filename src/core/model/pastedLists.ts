import type { Code, ListItem, Nodes, Paragraph, Root } from 'mdast';

/**
 * A list pasted from a word processor puts a tab's worth of blanks after each marker ("1.            Arrange the
 * rewrite of TRS"): CommonMark reads five or more as an indented code block, where the author wrote the item's text.
 * A list item whose first block is such code, one line begun on the marker's own line, is read with that line as its
 * paragraph; code the author fenced, or indented on lines of its own, stays code.
 */
export function withPastedListText(tree: Root): Root {
  return rewritten(tree) as Root;
}

function rewritten(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  let changed = false;
  const children = (node.children as Nodes[]).map((child) => {
    const next = child.type === 'listItem' ? pastedItem(rewritten(child) as ListItem) : rewritten(child);
    changed ||= next !== child;
    return next;
  });
  return changed ? ({ ...node, children } as Nodes) : node;
}

function pastedItem(item: ListItem): ListItem {
  const [first, ...rest] = item.children;
  if (first?.type !== 'code' || !pastedLine(first, item)) return item;
  const text = first.value.trimStart();
  const end = first.position!.end;
  const start = { line: end.line, column: end.column - text.length, offset: (end.offset ?? 0) - text.length };
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: text, position: { start, end } }],
    position: { start, end },
  };
  return { ...item, children: [paragraph, ...rest] };
}

/** Whether the code is one line of indented code begun on the item's marker line. */
function pastedLine(code: Code, item: ListItem): boolean {
  const line = code.position?.start.line;
  return (
    code.lang == null &&
    code.meta == null &&
    line !== undefined &&
    line === item.position?.start.line &&
    line === code.position?.end.line &&
    !code.value.includes('\n') &&
    code.value.trim() !== ''
  );
}
