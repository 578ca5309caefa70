import type { FollowUpNode } from '../../../../shared/goals';

export interface GoalGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** The goals of a document for a select, grouped under the focus area (or vision) they sit in. */
export function goalOptions(nodes: readonly FollowUpNode[], ungrouped: string): GoalGroup[] {
  const groups = new Map<string, GoalGroup>();
  const label = (n: FollowUpNode) => `${n.number ? `${n.number} ` : ''}${n.title}`;
  const walk = (list: readonly FollowUpNode[], area: string) => {
    for (const node of list) {
      if (node.kind === 'goal') {
        if (!groups.has(area)) groups.set(area, { group: area, items: [] });
        groups.get(area)!.items.push({ value: node.itemId, label: label(node) });
        walk(node.children, area);
      } else walk(node.children, label(node));
    }
  };
  walk(nodes, ungrouped);
  return [...groups.values()];
}
