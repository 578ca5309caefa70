import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMyConsultations } from '../api/use-consultations';

/** Mina remisser: the open rounds the person (or their department) is to answer, the nearest last date first. */
export function MyConsultationsPage() {
  const { t } = useTranslation();
  const query = useMyConsultations();
  useDocumentTitle(t('consultations.mine.title'));
  if (query.isPending) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('consultations.mine.title')}</Title>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Text>{t('consultations.mine.none')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <TableScroll minWidth={480} label={t('consultations.mine.title')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consultations.mine.document')}</Table.Th>
                <Table.Th>{t('consultations.fields.lastAnswerOn')}</Table.Th>
                <Table.Th>{t('consultations.mine.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AnchorLink to="/remisser/$id" params={{ id: c.id }}>
                      {c.documentTitle}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(c.lastAnswerOn)} {c.overdue && c.myStatus !== 'submitted' && <Badge color="red.9">{t('consultations.mine.overdue')}</Badge>}
                  </Table.Td>
                  <Table.Td>{t(`consultations.status.${c.myStatus ?? 'pending'}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
