import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../kit/filters/filter-bar';
import { usePeople } from '../../../kit/organisation/use-people';
import { useDocumentTypes } from '../api/get-document-types';
import { flagValues, statusValues } from '../lib/enums';
import { FILTER_KEYS, type DocumentListSearch } from '../lib/list-search';

interface DocumentFiltersProps {
  search: DocumentListSearch;
  onChange: (patch: Partial<DocumentListSearch>) => void;
}

export function DocumentFilters({ search, onChange }: DocumentFiltersProps) {
  const { t } = useTranslation();
  const types = useDocumentTypes().data?.items ?? [];
  const people = usePeople().data ?? [];
  const f = (key: string) => t(`documents.filters.${key}`);
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
      columns={5}
      selects={[
        { key: 'type', label: t('documents.fields.typeId'), options: types.map((type) => ({ value: type.key, label: type.name })) },
        { key: 'status', label: t('documents.fields.status'), options: statusValues.map((v) => ({ value: v, label: t(`documents.status.${v}`) })) },
        { key: 'flag', label: f('flag'), options: flagValues.map((v) => ({ value: v, label: t(`documents.flags.${v}`) })) },
        { key: 'owner', label: t('documents.fields.ownerId'), options: people.map((p) => ({ value: p.id, label: p.name })) },
      ]}
    />
  );
}
