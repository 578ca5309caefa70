import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime } from '../../../kit/format';
import { notifySuccess } from '../../../kit/notify';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAcquisition } from '../api/get-acquisition';
import { useReopenAcquisition } from '../api/withdraw-acquisition';
import { AcquisitionFacts } from './acquisition-facts';
import { AnswerHistory } from './answer-history';
import { CouncilSection } from './council-section';
import { InstallDialog } from './install-dialog';
import { RouteSummary } from './route-summary';
import { RouteTimeline } from './route-timeline';
import { WithdrawDialog } from './withdraw-dialog';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/anskaffning/$id');

/** One need on the collaboration-first route: where it stands, the need, each step, the IT council and the history. */
export function AcquisitionDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useAcquisition(id);
  const acquisition = query.data;
  const [installing, setInstalling] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const reopen = useReopenAcquisition();
  useDocumentTitle(acquisition?.title);

  if (query.isPending) return <PageLoader />;
  if (!acquisition) {
    return (
      <Stack>
        <Title order={1}>{t('acquisitions.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const reload = () => void query.refetch();
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/anskaffning" size="sm">
          {t('acquisitions.detail.back')}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Title order={1}>{acquisition.title}</Title>
          <Group gap="sm">
            {acquisition.allowed.edit && (
              <ButtonLink to="/anskaffning/$id/redigera" params={{ id }} variant="default">
                {t('acquisitions.detail.edit')}
              </ButtonLink>
            )}
            {acquisition.allowed.withdraw && (
              <Button variant="default" onClick={() => setWithdrawing(true)}>
                {t('acquisitions.withdraw.open')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {acquisition.withdrawn && (
        <Alert color="gray" variant="light" title={t('acquisitions.withdraw.withdrawnTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t('acquisitions.withdraw.withdrawnBy', { at: formatDateTime(acquisition.withdrawn.at), name: acquisition.withdrawn.byName ?? '–' })}
            </Text>
            <Text size="sm">{acquisition.withdrawn.reason}</Text>
            {reopen.error ? <ErrorAlert error={reopen.error} /> : null}
            {acquisition.allowed.reopen && (
              <Group>
                <Button
                  variant="default"
                  loading={reopen.isPending}
                  onClick={() =>
                    reopen.mutate({ id, rowVersion: acquisition.rowVersion }, { onSuccess: () => notifySuccess(t('acquisitions.withdraw.reopened')) })
                  }
                >
                  {t('acquisitions.withdraw.reopen')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      <RouteSummary acquisition={acquisition} onInstall={() => setInstalling(true)} />
      <AcquisitionFacts acquisition={acquisition} />
      <RouteTimeline acquisition={acquisition} onReload={reload} reloading={query.isFetching} />
      <CouncilSection acquisition={acquisition} onReload={reload} reloading={query.isFetching} />
      <AnswerHistory answers={acquisition.answers} />
      {acquisition.allowed.withdraw && (
        <WithdrawDialog
          key={`withdraw-${String(withdrawing)}`}
          acquisition={acquisition}
          opened={withdrawing}
          onClose={() => setWithdrawing(false)}
          onReload={reload}
          reloading={query.isFetching}
        />
      )}
      {acquisition.allowed.install && (
        <InstallDialog
          key={String(installing)}
          acquisition={acquisition}
          opened={installing}
          onClose={() => setInstalling(false)}
          onReload={reload}
          reloading={query.isFetching}
        />
      )}
      <HistorySection type="acquisition" id={acquisition.id} />
      <ArchiveRecordButton type="acquisition" id={acquisition.id} name={acquisition.title} rowVersion={acquisition.rowVersion} listPath="/anskaffning" />
    </Stack>
  );
}
