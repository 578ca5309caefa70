import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capabilityName } from '../../../app/organisation/capability-name';
import { useCapabilities } from '../../../app/organisation/use-capabilities';

interface CapabilityFilterProps {
  id: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One capability to filter by, grouped under its parent so a long catalogue stays scannable. */
export function CapabilityFilter({ id, value, onChange }: CapabilityFilterProps) {
  const { t } = useTranslation();
  const capabilities = useCapabilities().data ?? [];
  const parents = new Map(capabilities.map((c) => [c.code, c]));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const capability of capabilities.filter((c) => c.leaf)) {
    const parent = capability.parentCode ? parents.get(capability.parentCode) : undefined;
    const group = parent ? capabilityName(parent) : t('acquisitions.form.otherCapabilities');
    const items = groups.get(group) ?? [];
    items.push({ value: capability.id, label: `${capability.code} ${capabilityName(capability)}` });
    groups.set(group, items);
  }
  return (
    <NativeSelect
      id={id}
      label={t('agreements.filters.capability')}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data={[{ value: '', label: t('agreements.filters.all') }, ...[...groups.entries()].map(([group, items]) => ({ group, items }))]}
    />
  );
}
