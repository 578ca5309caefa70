import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../kit/filters/filter-bar';
import { ESERVICE_FILTER_KEYS, type EserviceListSearch } from '../lib/list-search';

export function EserviceFilters({ search, onChange }: { search: EserviceListSearch; onChange: (patch: Partial<EserviceListSearch>) => void }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`eservices.filters.${key}`);
  return (
    <FilterBar
      search={search}
      filterKeys={ESERVICE_FILTER_KEYS}
      onChange={onChange}
      label={f('label')}
      query={{ id: 'eservices-q', label: f('q') }}
      searchLabel={f('search')}
      clearLabel={f('clear')}
      allLabel={f('all')}
      columns={3}
      selects={[
        { key: 'step', id: 'eservices-step', label: f('step'), options: ['1', '2', '3', '4'].map((s) => ({ value: s, label: t(`eservices.steps.${s}`) })) },
        { key: 'candidate', id: 'eservices-candidate', label: f('candidate'), options: ['false', 'true'].map((c) => ({ value: c, label: t(`eservices.filters.candidates.${c}`) })) },
      ]}
    />
  );
}
