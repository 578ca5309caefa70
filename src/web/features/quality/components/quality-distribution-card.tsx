import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { TableScroll } from '../../../kit/table-scroll';
import { useQualityDistribution } from '../api/quality';

const bands = ['low', 'medium', 'high'] as const;

/**
 * The start page's data quality per department: a table (its own text alternative), loaded after
 * the first page so that page's bundle does not grow. Says nothing while it loads or fails: the
 * start page's own numbers do not wait for it.
 */
export function QualityDistributionCard() {
  const { t } = useTranslation();
  const query = useQualityDistribution();
  if (!query.data) return null;
  const rows = query.data.departments;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-quality">
      <Title order={2} size="h3" id="home-quality" mb="xs">
        {t('quality.home.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('quality.home.intro')}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('quality.home.empty')}</Text>
      ) : (
        <TableScroll minWidth={480} label={t('quality.home.caption')}>
          <Table striped data-testid="quality-distribution">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('quality.home.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quality.home.department')}</Table.Th>
                {bands.map((band) => (
                  <Table.Th scope="col" key={band} style={{ textAlign: 'right' }}>
                    {t(`quality.bandNames.${band}`)} ({t(`quality.bands.${band}`)})
                  </Table.Th>
                ))}
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('quality.home.average')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.departmentId ?? 'none'}>
                  <Table.Th scope="row" fw={500}>
                    {row.name ?? t('quality.home.noDepartment')}
                  </Table.Th>
                  {bands.map((band) => (
                    <Table.Td key={band} style={{ textAlign: 'right' }}>
                      {formatNumber(row[band])}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ textAlign: 'right' }}>{formatNumber(row.average)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <AnchorLink to="/system" search={{ quality: 'low' }} size="sm" mt="sm" display="inline-block">
        {t('quality.home.listLink')}
      </AnchorLink>
    </Paper>
  );
}
