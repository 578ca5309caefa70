import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAcquisition } from '../api/get-acquisition';
import { useUpdateAcquisition } from '../api/update-acquisition';
import { fromAcquisition } from '../lib/form-values';
import { AcquisitionForm } from './acquisition-form';

const route = getRouteApi('/_authed/anskaffning/$id/redigera');

export function AcquisitionEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useAcquisition(id);
  const update = useUpdateAcquisition();
  const { record: acquisition, reloadLatest } = useFrozenRecord(query, update.reset);
  const title = acquisition ? t('acquisitions.edit.title', { title: acquisition.title }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!acquisition) {
    return (
      <Stack>
        <Title order={1}>{t('acquisitions.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!acquisition.allowed.edit) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('acquisitions.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/anskaffning/$id" params={{ id }} size="sm">
        {t('acquisitions.edit.back', { title: acquisition.title })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <AcquisitionForm
        key={acquisition.rowVersion}
        initialValues={fromAcquisition(acquisition)}
        submitLabel={t('acquisitions.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/anskaffning/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: acquisition.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('acquisitions.edit.done', { title: saved.title }));
                await navigate({ to: '/anskaffning/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
