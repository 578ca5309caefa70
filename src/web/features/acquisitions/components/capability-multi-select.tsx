import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCapabilityGroups } from '../../../kit/organisation/use-capability-groups';

/**
 * Capabilities grouped under their parent, each with its code, searchable by name or code. Only
 * leaf capabilities can be chosen: systems and agreements are matched on them (DECISIONS.md 6).
 * Takes a form field's input props as they are.
 */
export function CapabilityMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { t } = useTranslation();
  const groups = useCapabilityGroups(t('acquisitions.form.otherCapabilities'), { withCodes: true });
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('acquisitions.form.nothingFound')}
      clearButtonProps={{ 'aria-label': t('acquisitions.form.clearCapabilities') }}
      {...props}
      data={groups}
    />
  );
}
