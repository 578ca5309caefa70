import { Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePublicDocuments } from '../api/get-public-documents';

const route = getRouteApi('/offentlig/$organisationId');

/** Offentlighetsprincipen: a municipality's decided steering documents, readable by anyone, no login. */
export function PublicDocumentListPage() {
  const { t } = useTranslation();
  const { organisationId } = route.useParams();
  const list = usePublicDocuments(organisationId);
  const municipality = list.data?.municipality;
  const title = municipality ? t('documents.public.listTitle', { municipality }) : t('documents.public.listTitleShort');
  useDocumentTitle(title);

  if (list.isPending) return <PageLoader />;
  if (list.isError) {
    const notFound = isApiError(list.error) && list.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t('documents.public.listTitleShort')}</Title>
        {notFound ? <Text>{t('documents.public.noMunicipality')}</Text> : <ErrorAlert error={list.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{title}</Title>
      <Text>{t('documents.public.listIntro')}</Text>
      {list.data.items.length === 0 ? (
        <Text>{t('documents.public.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('documents.public.caption', { count: list.data.items.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('documents.fields.typeId')}</Table.Th>
                <Table.Th scope="col">{t('documents.fields.diarienummer')}</Table.Th>
                <Table.Th scope="col">{t('documents.fields.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('documents.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((doc) => (
                <Table.Tr key={doc.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/offentlig/$organisationId/styrdokument/$id" params={{ organisationId, id: doc.id }}>
                      {doc.title}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{doc.typeName}</Table.Td>
                  <Table.Td>{doc.diarienummer ?? '–'}</Table.Td>
                  <Table.Td>{formatDate(doc.decidedOn)}</Table.Td>
                  <Table.Td>{t(`documents.public.status.${doc.status}`, { version: doc.version })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
