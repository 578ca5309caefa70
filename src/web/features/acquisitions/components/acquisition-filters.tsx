import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../kit/filters/filter-bar';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { acquisitionOutcomes, acquisitionStates, acquisitionSteps } from '../lib/enums';
import { FILTER_KEYS, type AcquisitionListSearch } from '../lib/list-search';

interface AcquisitionFiltersProps {
  search: AcquisitionListSearch;
  onChange: (patch: Partial<AcquisitionListSearch>) => void;
}

export function AcquisitionFilters({ search, onChange }: AcquisitionFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const f = (key: string) => t(`acquisitions.filters.${key}`);
  return (
    <FilterBar
      search={search}
      filterKeys={FILTER_KEYS}
      onChange={onChange}
      label={f('label')}
      query={{ id: 'acquisitions-q', label: f('q') }}
      searchLabel={f('search')}
      clearLabel={f('clear')}
      allLabel={f('all')}
      columns={5}
      selects={[
        { key: 'state', id: 'acquisitions-state', label: f('state'), options: acquisitionStates.map((s) => ({ value: s, label: t(`acquisitions.states.${s}`) })) },
        { key: 'step', id: 'acquisitions-step', label: f('step'), options: acquisitionSteps.map((s) => ({ value: s, label: t(`acquisitions.steps.${s}.short`) })) },
        { key: 'outcome', id: 'acquisitions-outcome', label: f('outcome'), options: acquisitionOutcomes.map((o) => ({ value: o, label: t(`acquisitions.outcomes.${o}`) })) },
        { key: 'departmentId', id: 'acquisitions-department', label: f('department'), options: departments.map((d) => ({ value: d.id, label: d.name })) },
      ]}
    />
  );
}
