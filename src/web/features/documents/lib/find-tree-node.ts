import type { TreeNode } from '../../../../shared/documents';

/** The node of a document in the hierarchy, to list the documents that derive from it. */
export function findTreeNode(nodes: readonly TreeNode[], id: string): TreeNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findTreeNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

export function hasGoals(items: readonly { kind: string; children: readonly unknown[] }[]): boolean {
  return items.some((item) => item.kind !== 'principle' || hasGoals(item.children as typeof items));
}
