import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function ListPager({ page, pageSize, total, onPage }: ListPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  return (
    <nav aria-label={t('acquisitions.list.pagination')}>
      <Group justify="space-between" mt="md">
        <Text size="sm">
          {t('acquisitions.list.showing', {
            from: formatNumber((page - 1) * pageSize + 1),
            to: formatNumber(Math.min(page * pageSize, total)),
            total: formatNumber(total),
          })}
        </Text>
        {pages > 1 && (
          <Group gap="xs">
            <Button variant="default" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
              {t('acquisitions.list.previousPage')}
            </Button>
            <Text size="sm">{t('acquisitions.list.pageOf', { page, pages })}</Text>
            <Button variant="default" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
              {t('acquisitions.list.nextPage')}
            </Button>
          </Group>
        )}
      </Group>
    </nav>
  );
}
