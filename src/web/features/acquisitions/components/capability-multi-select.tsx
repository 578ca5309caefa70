import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capabilityName } from '../../../app/organisation/capability-name';
import { useCapabilities } from '../../../app/organisation/use-capabilities';

interface CapabilityMultiSelectProps {
  id: string;
  label: string;
  description?: string;
  required?: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  error?: React.ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * Capabilities grouped under their parent, each with its code, searchable by name or code. Only
 * leaf capabilities can be chosen: systems and agreements are matched on them (DECISIONS.md 6).
 */
export function CapabilityMultiSelect({ id, label, description, required, value, onChange, error, onFocus, onBlur }: CapabilityMultiSelectProps) {
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
    <MultiSelect
      id={id}
      label={label}
      description={description}
      required={required}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('acquisitions.form.nothingFound')}
      clearButtonProps={{ 'aria-label': t('acquisitions.form.clearCapabilities') }}
      data={[...groups.entries()].map(([group, items]) => ({ group, items }))}
      value={value}
      onChange={onChange}
      error={error}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}
