import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /**
   * Where the list keeps the pager's words: `<keyPrefix>.pagination` (the landmark's name),
   * `.previousPage`, `.nextPage`, `.pageOf` and, with `showRange`, `.showing`.
   */
  keyPrefix: string;
  /**
   * Also say which rows are shown ("Showing 26–50 of 190"). The pager then stands below every list
   * that has rows; without it, only below a list of more than one page.
   */
  showRange?: boolean;
}

/** Previous and next page of a paged list, as a navigation landmark of its own. */
export function ListPager({ page, pageSize, total, onPage, keyPrefix, showRange = false }: ListPagerProps) {
  const { t } = useTranslation();
  const k = (key: string) => `${keyPrefix}.${key}`;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (showRange ? total === 0 : pages <= 1) return null;
  const steps = (
    <>
      <Button variant="default" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t(k('previousPage'))}
      </Button>
      <Text size="sm">{t(k('pageOf'), { page, pages })}</Text>
      <Button variant="default" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t(k('nextPage'))}
      </Button>
    </>
  );
  return (
    <nav aria-label={t(k('pagination'))}>
      {showRange ? (
        <Group justify="space-between" mt="md">
          <Text size="sm">
            {t(k('showing'), {
              from: formatNumber((page - 1) * pageSize + 1),
              to: formatNumber(Math.min(page * pageSize, total)),
              total: formatNumber(total),
            })}
          </Text>
          {pages > 1 && <Group gap="xs">{steps}</Group>}
        </Group>
      ) : (
        <Group gap="xs" mt="md">
          {steps}
        </Group>
      )}
    </nav>
  );
}
