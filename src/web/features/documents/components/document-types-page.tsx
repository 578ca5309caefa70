import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocumentTypes } from '../api/get-document-types';
import { DocumentTypeDialog } from './document-type-dialog';

/** The municipality's document types and their default rules (Östhammar's table), for admins to adjust. */
export function DocumentTypesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.types.title'));
  const types = useDocumentTypes();
  const data = types.data;
  return (
    <Stack gap="md">
      <AnchorLink to="/styrdokument" size="sm">
        {t('documents.detail.backToList')}
      </AnchorLink>
      <Group justify="space-between">
        <Title order={1}>{t('documents.types.title')}</Title>
        {data?.allowedManage && <DocumentTypeDialog onReload={() => types.refetch()} />}
      </Group>
      <Text>{t('documents.types.intro')}</Text>
      {types.isPending && <PageLoader />}
      {types.isError && <ErrorAlert error={types.error} />}
      {data && !data.allowedManage && (
        <Alert color="#1c4f8a" variant="outline">
          {t('documents.types.readOnly')}
        </Alert>
      )}
      {data && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.types.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('documents.types.fields.level')}</Table.Th>
                <Table.Th scope="col">{t('documents.types.fields.validityYears')}</Table.Th>
                <Table.Th scope="col">{t('documents.types.fields.revisionIntervalMonths')}</Table.Th>
                <Table.Th scope="col">{t('documents.types.fields.defaultOwner')}</Table.Th>
                <Table.Th scope="col">{t('documents.types.fields.defaultDecidingBody')}</Table.Th>
                {data.allowedManage && <Table.Th scope="col">{t('documents.types.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((type) => (
                <Table.Tr key={type.id}>
                  <Table.Th scope="row">{type.name}</Table.Th>
                  <Table.Td>{type.level}</Table.Td>
                  <Table.Td>{type.validityYears ? t('documents.form.years', { count: type.validityYears }) : t('documents.form.untilRevised')}</Table.Td>
                  <Table.Td>{type.revisionIntervalMonths ? t('common.months', { count: type.revisionIntervalMonths }) : t('documents.form.whenNeeded')}</Table.Td>
                  <Table.Td>{type.defaultOwner}</Table.Td>
                  <Table.Td>{type.defaultDecidingBody}</Table.Td>
                  {data.allowedManage && (
                    <Table.Td>
                      <DocumentTypeDialog type={type} onReload={() => types.refetch()} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
