import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_FILTER_KEYS, type AgreementListSearch } from '../lib/agreement-search';
import { agreementKinds, agreementStatuses } from '../lib/enums';
import { CapabilityFilter } from './capability-filter';

interface AgreementFiltersProps {
  search: AgreementListSearch;
  onChange: (patch: Partial<AgreementListSearch>) => void;
}

export function AgreementFilters({ search, onChange }: AgreementFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const f = (key: string) => t(`agreements.filters.${key}`);
  const all = { value: '', label: f('all') };
  const active = AGREEMENT_FILTER_KEYS.some((key) => search[key] !== undefined);
  const clear = () => onChange(Object.fromEntries(AGREEMENT_FILTER_KEYS.map((key) => [key, undefined])));
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
        <TextInput id="agreements-q" type="search" label={f('q')} value={q} onChange={(event) => setQ(event.currentTarget.value)} style={{ flex: '1 1 18rem' }} />
        <Button type="submit">{f('search')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
        <NativeSelect
          id="agreements-kind"
          label={f('kind')}
          value={search.kind ?? ''}
          onChange={(event) => onChange({ kind: (event.currentTarget.value || undefined) as AgreementListSearch['kind'] })}
          data={[all, ...agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))]}
        />
        <NativeSelect
          id="agreements-status"
          label={f('status')}
          value={search.status ?? ''}
          onChange={(event) => onChange({ status: (event.currentTarget.value || undefined) as AgreementListSearch['status'] })}
          data={[all, ...agreementStatuses.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))]}
        />
        <CapabilityFilter id="agreements-capability" value={search.capabilityId} onChange={(capabilityId) => onChange({ capabilityId })} />
        <Group align="flex-end">
          <Button variant="default" onClick={clear} disabled={!active}>
            {f('clear')}
          </Button>
        </Group>
      </SimpleGrid>
    </section>
  );
}
