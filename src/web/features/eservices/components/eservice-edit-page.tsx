import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useEservice } from '../api/get-eservice';
import { useUpdateEservice } from '../api/save-eservice';
import { fromEservice } from '../lib/form-values';
import { EserviceForm } from './eservice-form';

const route = getRouteApi('/_authed/e-tjanster/$id/redigera');

export function EserviceEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useEservice(id);
  const update = useUpdateEservice();
  const { record: service, reloadLatest } = useFrozenRecord(query, update.reset);
  const title = service ? t('eservices.edit.title', { name: service.name }) : undefined;
  useDocumentTitle(title);
  if (query.isPending) return <PageLoader />;
  if (!service) {
    return (
      <Stack>
        <Title order={1}>{t('eservices.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!service.allowedEdit) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('eservices.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/e-tjanster/$id" params={{ id }} size="sm">
        {t('eservices.edit.back', { name: service.name })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <EserviceForm
        key={service.rowVersion}
        initialValues={fromEservice(service, new Date().getFullYear())}
        submitLabel={t('eservices.form.submitEdit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/e-tjanster/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: service.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('eservices.edit.done', { name: saved.name }));
                await navigate({ to: '/e-tjanster/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
