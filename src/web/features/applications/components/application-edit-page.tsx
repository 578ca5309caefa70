import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useApplication } from '../api/get-application';
import { useUpdateApplication } from '../api/update-application';
import { validateEditSearch } from '../lib/edit-search';
import { fromApplication } from '../lib/form-values';
import { ApplicationForm } from './application-form';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';

const route = getRouteApi('/_authed/system/$id/redigera');

export function ApplicationEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  // Validated here rather than by the route, so the first page's bundle carries none of it.
  const { tillbaka } = validateEditSearch(route.useSearch());
  const navigate = useNavigate();
  // A correction made from an attestation task returns to the task, where the owner confirms it.
  const leave = () => (tillbaka ? navigate({ to: tillbaka as '/' }) : navigate({ to: '/system/$id', params: { id } }));
  // The version read here is the one the save is checked against: no refetch behind the form's back.
  const query = useApplication(id);
  const update = useUpdateApplication();
  const { record: application, reloadLatest } = useFrozenRecord(query, update.reset);
  useDocumentTitle(application ? t('applications.edit.title', { name: application.name }) : undefined);

  if (query.isPending) return <PageLoader />;
  if (!application) {
    return (
      <Stack>
        <Title order={1}>{t('applications.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }

  if (!application.allowed.update) {
    return (
      <Stack>
        <Title order={1}>{t('applications.edit.title', { name: application.name })}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('applications.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }


  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/system/$id" params={{ id }} size="sm">
        {t('applications.edit.back', { name: application.name })}
      </AnchorLink>
      <Title order={1}>{t('applications.edit.title', { name: application.name })}</Title>
      <ApplicationForm
        // A new row version (after reloading) starts the form again from the saved data.
        key={application.rowVersion}
        initialValues={fromApplication(application)}
        currentId={application.id}
        submitLabel={t('applications.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void leave()}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: application.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('applications.edit.done', { name: saved.name }));
                await leave();
              },
            },
          )
        }
      />
    </Stack>
  );
}
