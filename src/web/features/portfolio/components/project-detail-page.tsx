import { Group, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useProject } from '../api/get-project';
import { FollowUpSection } from './follow-up-section';
import { ProjectFacts } from './project-facts';
import { ProjectStatusActions } from './project-status-actions';
import { ValuationSection } from './valuation-section';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/portfolj/$id');

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useProject(id);
  const project = query.data;
  useDocumentTitle(project?.name);

  if (query.isPending) return <PageLoader />;
  if (!project) {
    return (
      <Stack>
        <Title order={1}>{t('portfolio.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/portfolj" size="sm">
          {t('portfolio.detail.back')}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Title order={1}>{project.name}</Title>
          {project.allowed.update && (
            <ButtonLink to="/portfolj/$id/redigera" params={{ id }} variant="default">
              {t('portfolio.detail.edit')}
            </ButtonLink>
          )}
        </Group>
      </Stack>
      <ProjectStatusActions project={project} onReload={() => void query.refetch()} reloading={query.isFetching} />
      <ProjectFacts project={project} />
      <ValuationSection project={project} />
      <FollowUpSection project={project} />
      <HistorySection type="project" id={project.id} />
      <ArchiveRecordButton type="project" id={project.id} name={project.name} rowVersion={project.rowVersion} listPath="/portfolj" />
    </Stack>
  );
}
