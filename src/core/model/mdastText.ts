import type { Nodes } from 'mdast';

/** The visible text of a node: text, inline code and the text of links, emphasis and the like. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' || node.type === 'yaml' ? '' : node.value;
  }
  if ('children' in node) {
    const separator = node.type === 'tableRow' ? ' | ' : node.type === 'list' || node.type === 'root' ? '\n' : '';
    return (node.children as Nodes[]).map(plainText).join(separator);
  }
  return node.type === 'break' ? '\n' : '';
}

export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? startOffset(node);
}
