import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../kit/filters/filter-bar';
import { useCapabilityGroups } from '../../../kit/organisation/use-capability-groups';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { contractFilterValues, flagValues, lifecycleValues, qualityBandValues } from '../lib/enums';
import { FILTER_KEYS, type ListSearch } from '../lib/list-search';

interface ApplicationFiltersProps {
  search: ListSearch;
  onChange: (patch: Partial<ListSearch>) => void;
  /** On a phone, beside the filter toggle (FilterBar's `beside`). */
  beside?: ReactNode;
}

export function ApplicationFilters({ search, onChange, beside }: ApplicationFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const people = usePeople().data ?? [];
  const capabilities = useCapabilityGroups(t('applications.filters.otherCapabilities'));
  const f = (key: string) => t(`applications.filters.${key}`);
  return (
    <FilterBar
      search={search}
      filterKeys={FILTER_KEYS}
      onChange={onChange}
      label={f('label')}
      query={{ label: f('q'), description: f('qHint') }}
      searchLabel={f('search')}
      clearLabel={f('clear')}
      allLabel={f('all')}
      columns={4}
      beside={beside}
      selects={[
        { key: 'department', label: t('fields.departmentIds'), options: departments.map((d) => ({ value: d.id, label: d.name })) },
        { key: 'capability', label: t('fields.capabilityIds'), options: capabilities },
        { key: 'lifecycle', label: t('fields.lifecycle'), options: lifecycleValues.map((v) => ({ value: v, label: t(`enums.lifecycle.${v}`) })) },
        {
          key: 'owner',
          label: t('fields.ownerId'),
          options: [{ value: 'none', label: f('noOwner') }, ...people.map((p) => ({ value: p.id, label: p.name }))],
        },
        {
          key: 'personalData',
          label: t('fields.personalData'),
          options: [
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ],
        },
        { key: 'contract', label: f('contract'), options: contractFilterValues.map((v) => ({ value: v, label: t(`enums.contractFilter.${v}`) })) },
        { key: 'flag', label: f('flag'), options: flagValues.map((v) => ({ value: v, label: t(`enums.flag.${v}`) })) },
        { key: 'quality', label: t('quality.filter'), options: qualityBandValues.map((v) => ({ value: v, label: t(`quality.bands.${v}`) })) },
      ]}
    />
  );
}
