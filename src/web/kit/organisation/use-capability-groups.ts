import { capabilityName } from './capability-name';
import { useCapabilities } from './use-capabilities';

export interface CapabilityGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The leaf capabilities as a select's grouped options, each under its parent's name (one without a
 * parent under `otherLabel`), so a long catalogue stays scannable. Only leaves can be chosen:
 * systems and agreements are matched on them (DECISIONS.md 6). `withCodes` puts the code before
 * the name, so the options can be searched by code too.
 */
export function useCapabilityGroups(otherLabel: string, { withCodes = false } = {}): CapabilityGroup[] {
  const capabilities = useCapabilities().data ?? [];
  const parents = new Map(capabilities.map((c) => [c.code, c]));
  const groups = new Map<string, CapabilityGroup['items']>();
  for (const capability of capabilities.filter((c) => c.leaf)) {
    const parent = capability.parentCode ? parents.get(capability.parentCode) : undefined;
    const group = parent ? capabilityName(parent) : otherLabel;
    const items = groups.get(group) ?? [];
    items.push({ value: capability.id, label: withCodes ? `${capability.code} ${capabilityName(capability)}` : capabilityName(capability) });
    groups.set(group, items);
  }
  return [...groups.entries()].map(([group, items]) => ({ group, items }));
}
