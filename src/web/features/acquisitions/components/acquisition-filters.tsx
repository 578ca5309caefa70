import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../../app/organisation/use-departments';
import { acquisitionOutcomes, acquisitionStates, acquisitionSteps } from '../lib/enums';
import { FILTER_KEYS, type AcquisitionListSearch } from '../lib/list-search';

interface AcquisitionFiltersProps {
  search: AcquisitionListSearch;
  onChange: (patch: Partial<AcquisitionListSearch>) => void;
}

export function AcquisitionFilters({ search, onChange }: AcquisitionFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const f = (key: string) => t(`acquisitions.filters.${key}`);
  const all = { value: '', label: f('all') };
  const set = (key: keyof AcquisitionListSearch) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ [key]: event.currentTarget.value || undefined });
  const active = FILTER_KEYS.some((key) => search[key] !== undefined);
  const clear = () => onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));

  return (
    <section aria-label={f('label')}>
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
        <TextInput id="acquisitions-q" type="search" label={f('q')} value={q} onChange={(event) => setQ(event.currentTarget.value)} style={{ flex: '1 1 18rem' }} />
        <Button type="submit">{f('search')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="xs">
        <NativeSelect
          id="acquisitions-state"
          label={f('state')}
          value={search.state ?? ''}
          onChange={set('state')}
          data={[all, ...acquisitionStates.map((s) => ({ value: s, label: t(`acquisitions.states.${s}`) }))]}
        />
        <NativeSelect
          id="acquisitions-step"
          label={f('step')}
          value={search.step ?? ''}
          onChange={set('step')}
          data={[all, ...acquisitionSteps.map((s) => ({ value: s, label: t(`acquisitions.steps.${s}.short`) }))]}
        />
        <NativeSelect
          id="acquisitions-outcome"
          label={f('outcome')}
          value={search.outcome ?? ''}
          onChange={set('outcome')}
          data={[all, ...acquisitionOutcomes.map((o) => ({ value: o, label: t(`acquisitions.outcomes.${o}`) }))]}
        />
        <NativeSelect
          id="acquisitions-department"
          label={f('department')}
          value={search.departmentId ?? ''}
          onChange={set('departmentId')}
          data={[all, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <Group align="flex-end">
          <Button variant="default" onClick={clear} disabled={!active}>
            {f('clear')}
          </Button>
        </Group>
      </SimpleGrid>
    </section>
  );
}
