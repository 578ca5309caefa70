import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../../app/organisation/use-departments';
import { usePeople } from '../../../app/organisation/use-people';
import { contractFilterValues, flagValues, lifecycleValues } from '../lib/enums';
import { FILTER_KEYS, type ListSearch } from '../lib/list-search';
import { CapabilityFilter } from './capability-filter';

interface ApplicationFiltersProps {
  search: ListSearch;
  onChange: (patch: Partial<ListSearch>) => void;
}

export function ApplicationFilters({ search, onChange }: ApplicationFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const people = usePeople().data ?? [];
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);

  const all = { value: '', label: t('applications.filters.all') };
  const set = (key: keyof ListSearch) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ [key]: event.currentTarget.value || undefined });
  const active = FILTER_KEYS.some((key) => search[key] !== undefined);
  const clear = () => onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));

  return (
    <section aria-label={t('applications.filters.label')}>
      <Group
        component="form"
        role="search"
        align="flex-end"
        gap="xs"
        mb="sm"
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          onChange({ q: q.trim() || undefined });
        }}
      >
        <TextInput
          type="search"
          label={t('applications.filters.q')}
          description={t('applications.filters.qHint')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit">{t('applications.filters.search')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
        <NativeSelect
          label={t('fields.departmentIds')}
          value={search.department ?? ''}
          onChange={set('department')}
          data={[all, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <CapabilityFilter value={search.capability} onChange={(capability) => onChange({ capability })} />
        <NativeSelect
          label={t('fields.lifecycle')}
          value={search.lifecycle ?? ''}
          onChange={set('lifecycle')}
          data={[all, ...lifecycleValues.map((v) => ({ value: v, label: t(`enums.lifecycle.${v}`) }))]}
        />
        <NativeSelect
          label={t('fields.ownerId')}
          value={search.owner ?? ''}
          onChange={set('owner')}
          data={[
            all,
            { value: 'none', label: t('applications.filters.noOwner') },
            ...people.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <NativeSelect
          label={t('fields.personalData')}
          value={search.personalData ?? ''}
          onChange={set('personalData')}
          data={[all, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]}
        />
        <NativeSelect
          label={t('applications.filters.contract')}
          value={search.contract ?? ''}
          onChange={set('contract')}
          data={[all, ...contractFilterValues.map((v) => ({ value: v, label: t(`enums.contractFilter.${v}`) }))]}
        />
        <NativeSelect
          label={t('applications.filters.flag')}
          value={search.flag ?? ''}
          onChange={set('flag')}
          data={[all, ...flagValues.map((v) => ({ value: v, label: t(`enums.flag.${v}`) }))]}
        />
        <Group align="flex-end">
          <Button variant="default" onClick={clear} disabled={!active}>
            {t('applications.filters.clear')}
          </Button>
        </Group>
      </SimpleGrid>
    </section>
  );
}
