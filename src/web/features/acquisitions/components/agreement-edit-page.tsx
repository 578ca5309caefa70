import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useAgreement } from '../api/get-agreement';
import { useUpdateAgreement } from '../api/update-agreement';
import { fromAgreement } from '../lib/agreement-form-values';
import { AgreementForm } from './agreement-form';

const route = getRouteApi('/_authed/avtal/$id/redigera');

export function AgreementEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useAgreement(id);
  const update = useUpdateAgreement();
  const { record: agreement, reloadLatest } = useFrozenRecord(query, update.reset);
  const title = agreement ? t('agreements.edit.title', { name: agreement.name }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!agreement) {
    return (
      <Stack>
        <Title order={1}>{t('agreements.detail.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!agreement.allowedEdit) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('agreements.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/avtal/$id" params={{ id }} size="sm">
        {t('agreements.edit.back', { name: agreement.name })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <AgreementForm
        key={agreement.rowVersion}
        initialValues={fromAgreement(agreement)}
        submitLabel={t('agreements.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/avtal/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: agreement.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('agreements.edit.done', { name: saved.name }));
                await navigate({ to: '/avtal/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
