import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAgreement } from '../api/get-agreement';
import { AgreementStatusBadge } from './agreement-status-badge';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/avtal/$id');

/** One agreement: its terms, its scope as capabilities, the systems under it and the acquisitions that used it. */
export function AgreementDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useAgreement(id);
  const agreement = query.data;
  useDocumentTitle(agreement?.name);
  if (query.isPending) return <PageLoader />;
  if (!agreement) {
    return (
      <Stack>
        <Title order={1}>{t('agreements.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const f = (key: string) => t(`agreements.fields.${key}`);
  const d = (key: string) => t(`agreements.detail.${key}`);
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/avtal" size="sm">
          {d('back')}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={1}>{agreement.name}</Title>
            <AgreementStatusBadge status={agreement.status} />
            {agreement.archived && (
              <Badge variant="outline" color="#495057" tt="none">
                {d('archived')}
              </Badge>
            )}
          </Group>
          {agreement.allowedEdit && (
            <ButtonLink to="/avtal/$id/redigera" params={{ id }} variant="default">
              {d('edit')}
            </ButtonLink>
          )}
        </Group>
      </Stack>
      <section aria-labelledby="agreement-facts">
        <Title order={2} size="h3" id="agreement-facts" mb="sm">
          {d('facts')}
        </Title>
        {agreement.description && (
          <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }} maw={800}>
            {agreement.description}
          </Text>
        )}
        <DetailList
          cols={3}
          items={[
            { label: f('kind'), value: t(`agreements.kinds.${agreement.kind}`) },
            { label: f('supplier'), value: agreement.supplier ?? '–' },
            { label: f('reference'), value: agreement.reference || '–' },
            { label: f('startDate'), value: formatDate(agreement.startDate) },
            { label: f('endDate'), value: formatDate(agreement.endDate) },
            { label: f('noticeMonths'), value: agreement.noticeMonths === null ? '–' : t('common.months', { count: agreement.noticeMonths }) },
            { label: f('noticeDate'), value: formatDate(agreement.noticeDate) },
            { label: f('extensionOptions'), value: agreement.extensionOptions || '–' },
          ]}
        />
      </section>
      <section aria-labelledby="agreement-scope">
        <Title order={2} size="h3" id="agreement-scope" mb="sm">
          {d('scope')}
        </Title>
        {agreement.capabilityNames.length === 0 ? (
          <Text>{d('noScope')}</Text>
        ) : (
          <List>
            {agreement.capabilityNames.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="agreement-systems">
        <Title order={2} size="h3" id="agreement-systems" mb="sm">
          {d('systems')}
        </Title>
        {agreement.systems.length === 0 ? (
          <Text>{d('noSystems')}</Text>
        ) : (
          <List>
            {agreement.systems.map((s) => (
              <List.Item key={s.id}>
                <AnchorLink to="/system/$id" params={{ id: s.id }}>
                  {s.name}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="agreement-acquisitions">
        <Title order={2} size="h3" id="agreement-acquisitions" mb="sm">
          {d('acquisitions')}
        </Title>
        {agreement.acquisitions.length === 0 ? (
          <Text>{d('noAcquisitions')}</Text>
        ) : (
          <List>
            {agreement.acquisitions.map((a) => (
              <List.Item key={a.id}>
                <AnchorLink to="/anskaffning/$id" params={{ id: a.id }}>
                  {a.title}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <HistorySection type="agreement" id={agreement.id} />
      <ArchiveRecordButton type="agreement" id={agreement.id} name={agreement.name} rowVersion={agreement.rowVersion} listPath="/avtal" archived={agreement.archived} />
    </Stack>
  );
}
