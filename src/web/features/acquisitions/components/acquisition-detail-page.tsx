import { Group, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/error-alert';
import { AnchorLink } from '../../../app/links/anchor-link';
import { ButtonLink } from '../../../app/links/button-link';
import { PageLoader } from '../../../app/page-loader';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useAcquisition } from '../api/get-acquisition';
import { AcquisitionFacts } from './acquisition-facts';
import { AnswerHistory } from './answer-history';
import { CouncilSection } from './council-section';
import { InstallDialog } from './install-dialog';
import { RouteSummary } from './route-summary';
import { RouteTimeline } from './route-timeline';

const route = getRouteApi('/_authed/anskaffning/$id');

/** One need on the collaboration-first route: where it stands, the need, each step, the IT council and the history. */
export function AcquisitionDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useAcquisition(id);
  const acquisition = query.data;
  const [installing, setInstalling] = useState(false);
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
          {acquisition.allowed.edit && (
            <ButtonLink to="/anskaffning/$id/redigera" params={{ id }} variant="default">
              {t('acquisitions.detail.edit')}
            </ButtonLink>
          )}
        </Group>
      </Stack>
      <RouteSummary acquisition={acquisition} onInstall={() => setInstalling(true)} />
      <AcquisitionFacts acquisition={acquisition} />
      <RouteTimeline acquisition={acquisition} onReload={reload} reloading={query.isFetching} />
      <CouncilSection acquisition={acquisition} onReload={reload} reloading={query.isFetching} />
      <AnswerHistory answers={acquisition.answers} />
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
    </Stack>
  );
}
