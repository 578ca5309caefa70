import { Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePublicPlans } from '../api/public-it-plans';

const route = getRouteApi('/offentlig/$organisationId/it-planer');

/** Offentlighetsprincipen: a municipality's decided IT plans, every version, readable by anyone without signing in. */
export function PublicPlanListPage() {
  const { t } = useTranslation();
  const { organisationId } = route.useParams();
  const list = usePublicPlans(organisationId);
  const p = (key: string, options?: Record<string, unknown>) => t(`municipalPlan.public.${key}`, options);
  const municipality = list.data?.municipality;
  const title = municipality ? p('listTitle', { municipality }) : p('listTitleShort');
  useDocumentTitle(title);
  const back = (
    <AnchorLink to="/offentlig/$organisationId" params={{ organisationId }} size="sm">
      {p('toDocuments')}
    </AnchorLink>
  );

  if (list.isPending) return <PageLoader />;
  if (list.isError) {
    const notFound = isApiError(list.error) && (list.error.status === 404 || list.error.status === 400);
    return (
      <Stack>
        <Title order={1}>{p('listTitleShort')}</Title>
        {notFound ? <Text>{p('noMunicipality')}</Text> : <ErrorAlert error={list.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      {back}
      <Title order={1}>{title}</Title>
      <Text>{p('listIntro')}</Text>
      {list.data.items.length === 0 ? (
        <Text>{p('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{p('caption', { count: list.data.items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{p('plan')}</Table.Th>
                <Table.Th scope="col">{p('periodColumn')}</Table.Th>
                <Table.Th scope="col">{t('municipalPlan.version.decidingBody')}</Table.Th>
                <Table.Th scope="col">{t('municipalPlan.version.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('municipalPlan.version.diarienummer')}</Table.Th>
                <Table.Th scope="col">{t('municipalPlan.version.paragraph')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={`${item.roundId}-${item.version}`}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/offentlig/$organisationId/it-planer/$roundId/version/$version" params={{ organisationId, roundId: item.roundId, version: String(item.version) }}>
                      {t('municipalPlan.version.title', { title: item.title, version: item.version })}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{p('period', { first: item.firstYear, last: item.lastYear })}</Table.Td>
                  <Table.Td>{item.decision.decidingBody}</Table.Td>
                  <Table.Td>{formatDate(item.decision.decidedOn)}</Table.Td>
                  <Table.Td>{item.decision.diarienummer || '–'}</Table.Td>
                  <Table.Td>{item.decision.paragraph || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
