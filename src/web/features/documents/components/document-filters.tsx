import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../../app/organisation/use-people';
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
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);

  const all = { value: '', label: t('documents.filters.all') };
  const set = (key: keyof DocumentListSearch) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ [key]: event.currentTarget.value || undefined });
  const active = FILTER_KEYS.some((key) => search[key] !== undefined);
  const clear = () => onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));

  return (
    <section aria-label={t('documents.filters.label')}>
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
          label={t('documents.filters.q')}
          description={t('documents.filters.qHint')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit">{t('documents.filters.search')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="xs">
        <NativeSelect
          label={t('documents.fields.typeId')}
          value={search.type ?? ''}
          onChange={set('type')}
          data={[all, ...types.map((type) => ({ value: type.key, label: type.name }))]}
        />
        <NativeSelect
          label={t('documents.fields.status')}
          value={search.status ?? ''}
          onChange={set('status')}
          data={[all, ...statusValues.map((v) => ({ value: v, label: t(`documents.status.${v}`) }))]}
        />
        <NativeSelect
          label={t('documents.filters.flag')}
          value={search.flag ?? ''}
          onChange={set('flag')}
          data={[all, ...flagValues.map((v) => ({ value: v, label: t(`documents.flags.${v}`) }))]}
        />
        <NativeSelect
          label={t('documents.fields.ownerId')}
          value={search.owner ?? ''}
          onChange={set('owner')}
          data={[all, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <Group align="flex-end">
          <Button variant="default" onClick={clear} disabled={!active}>
            {t('documents.filters.clear')}
          </Button>
        </Group>
      </SimpleGrid>
    </section>
  );
}
