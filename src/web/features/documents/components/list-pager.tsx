import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function ListPager({ page, pageSize, total, onPage }: ListPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('documents.list.pagination')}>
      <Group gap="xs" mt="md">
        <Button variant="default" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('documents.list.previousPage')}
        </Button>
        <Text size="sm">{t('documents.list.pageOf', { page, pages })}</Text>
        <Button variant="default" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('documents.list.nextPage')}
        </Button>
      </Group>
    </nav>
  );
}
