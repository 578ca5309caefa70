import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentVersions } from '../api/get-document-versions';

/** Every decided version, newest first, each to be opened on its own and (but the first) compared with the one before it. */
export function DocumentVersions({ id, headingId }: { id: string; headingId: string }) {
  const { t } = useTranslation();
  const versions = useDocumentVersions(id);
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const items = versions.data.items;
  if (items.length === 0) return <Text>{t('documents.versions.none')}</Text>;
  return (
    <TableScroll minWidth={640} label={t('documents.detail.versions')}>
      <Table verticalSpacing="xs" aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.fields.version')}</Table.Th>
            <Table.Th scope="col">{t('documents.fields.decidedOn')}</Table.Th>
            <Table.Th scope="col">{t('documents.fields.decidingBody')}</Table.Th>
            <Table.Th scope="col">{t('documents.fields.diarienummer')}</Table.Th>
            <Table.Th scope="col">{t('documents.versions.compare')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((version) => (
            <Table.Tr key={version.version}>
              <Table.Th scope="row">
                <AnchorLink to="/styrdokument/$id/version/$version" params={{ id, version: String(version.version) }}>
                  {t('documents.versions.name', { version: version.version })}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{formatDate(version.decidedOn)}</Table.Td>
              <Table.Td>{version.decidingBody ?? '–'}</Table.Td>
              <Table.Td>{version.diarienummer ?? '–'}</Table.Td>
              <Table.Td>
                {items.some((v) => v.version < version.version) ? (
                  <AnchorLink to="/styrdokument/$id/jamfor/$version" params={{ id, version: String(version.version) }}>
                    {t('documents.versions.compareWithPrevious', { version: version.version })}
                  </AnchorLink>
                ) : (
                  <Text span size="sm">
                    {t('documents.versions.first')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
