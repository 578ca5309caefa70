import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../../kit/organisation/use-departments';
import type { ProjectListSearch } from '../api/types';
import { healths, projectStatuses } from '../lib/enums';

interface PortfolioFiltersProps {
  search: ProjectListSearch;
  onChange: (search: ProjectListSearch) => void;
}

export function PortfolioFilters({ search, onChange }: PortfolioFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const all = { value: '', label: t('portfolio.filters.all') };
  const set = (key: keyof ProjectListSearch, value: string) => onChange({ ...search, [key]: value || undefined, page: undefined });
  return (
    <Group component="form" role="search" aria-label={t('portfolio.filters.label')} align="flex-end" gap="md" onSubmit={(e) => e.preventDefault()}>
      <TextInput id="portfolio-q" label={t('portfolio.filters.q')} type="search" value={search.q ?? ''} onChange={(e) => set('q', e.currentTarget.value)} />
      <NativeSelect
        id="portfolio-status"
        label={t('portfolio.filters.status')}
        value={search.status ?? ''}
        onChange={(e) => set('status', e.currentTarget.value)}
        data={[all, ...projectStatuses.map((s) => ({ value: s, label: t(`portfolio.status.${s}`) }))]}
      />
      <NativeSelect
        id="portfolio-department"
        label={t('portfolio.filters.department')}
        value={search.department ?? ''}
        onChange={(e) => set('department', e.currentTarget.value)}
        data={[all, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <NativeSelect
        id="portfolio-health"
        label={t('portfolio.filters.health')}
        value={search.health ?? ''}
        onChange={(e) => set('health', e.currentTarget.value)}
        data={[all, ...healths.map((h) => ({ value: h, label: t(`portfolio.health.${h}`) }))]}
      />
    </Group>
  );
}
