import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../kit/filters/filter-bar';
import { useCapabilityGroups } from '../../../kit/organisation/use-capability-groups';
import { AGREEMENT_FILTER_KEYS, type AgreementListSearch } from '../lib/agreement-search';
import { agreementKinds, agreementStatuses } from '../lib/enums';

interface AgreementFiltersProps {
  search: AgreementListSearch;
  onChange: (patch: Partial<AgreementListSearch>) => void;
}

export function AgreementFilters({ search, onChange }: AgreementFiltersProps) {
  const { t } = useTranslation();
  const capabilities = useCapabilityGroups(t('acquisitions.form.otherCapabilities'), { withCodes: true });
  const f = (key: string) => t(`agreements.filters.${key}`);
  return (
    <FilterBar
      search={search}
      filterKeys={AGREEMENT_FILTER_KEYS}
      onChange={onChange}
      label={f('label')}
      query={{ id: 'agreements-q', label: f('q') }}
      searchLabel={f('search')}
      clearLabel={f('clear')}
      allLabel={f('all')}
      columns={4}
      selects={[
        { key: 'kind', id: 'agreements-kind', label: f('kind'), options: agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) })) },
        { key: 'status', id: 'agreements-status', label: f('status'), options: agreementStatuses.map((s) => ({ value: s, label: t(`agreements.status.${s}`) })) },
        { key: 'capabilityId', id: 'agreements-capability', label: f('capability'), options: capabilities },
      ]}
    />
  );
}
