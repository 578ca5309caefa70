import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/error-alert';
import { formatDate, formatKronor } from '../../../app/format';
import { AnchorLink } from '../../../app/links/anchor-link';
import { PageLoader } from '../../../app/page-loader';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useRules } from '../api/get-rules';
import { RuleForm } from './rule-form';

/** Regler: the portfolio threshold and discount rate, each value with the date it takes effect. */
export function RulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.rules.title'));
  const query = useRules();
  const r = (key: string) => t(`portfolio.rules.${key}`);
  const items = [...(query.data?.items ?? [])].sort((a, b) => a.key.localeCompare(b.key) || b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Stack gap="md" maw={1000}>
      <AnchorLink to="/portfolj" size="sm">
        {t('portfolio.detail.back')}
      </AnchorLink>
      <Title order={1}>{r('title')}</Title>
      <Text>{r('intro')}</Text>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && (
        <Table striped verticalSpacing="sm">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{r('caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{r('key')}</Table.Th>
              <Table.Th scope="col" ta="right">{r('value')}</Table.Th>
              <Table.Th scope="col">{r('effectiveFrom')}</Table.Th>
              <Table.Th scope="col">{r('description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>{t(`portfolio.rules.keys.${item.key}`)}</Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {item.key === 'portfolio_threshold' ? formatKronor(item.value) : `${item.value} %`}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.effectiveFrom)}</Table.Td>
                <Table.Td>{item.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {query.data?.allowedManage && <RuleForm />}
    </Stack>
  );
}
