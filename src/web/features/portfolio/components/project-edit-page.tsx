import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useProject } from '../api/get-project';
import { useUpdateProject } from '../api/update-project';
import { fromProject } from '../lib/form-values';
import { ProjectForm } from './project-form';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';

const route = getRouteApi('/_authed/portfolj/$id/redigera');

export function ProjectEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useProject(id);
  const update = useUpdateProject();
  const { record: project, reloadLatest } = useFrozenRecord(query, update.reset);
  const title = project ? t('portfolio.edit.title', { name: project.name }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!project) {
    return (
      <Stack>
        <Title order={1}>{t('portfolio.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!project.allowed.update) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('portfolio.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <AnchorLink to="/portfolj/$id" params={{ id }} size="sm">
        {t('portfolio.edit.back', { name: project.name })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <ProjectForm
        key={project.rowVersion}
        initialValues={fromProject(project)}
        submitLabel={t('portfolio.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/portfolj/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: project.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('portfolio.edit.done', { name: saved.name }));
                await navigate({ to: '/portfolj/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
