import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFollowUp } from '../api/get-follow-up';
import { useKpi } from '../api/get-kpi';
import { useUpdateKpi } from '../api/update-kpi';
import { goalOptions } from '../lib/goal-options';
import { fromKpi } from '../lib/kpi-form-values';
import { KpiForm } from './kpi-form';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';

const route = getRouteApi('/_authed/nyckeltal/$id/redigera');

export function KpiEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useKpi(id);
  const update = useUpdateKpi();
  const { record: kpi, reloadLatest } = useFrozenRecord(query, update.reset);
  const followUp = useFollowUp(kpi?.documentId ?? '', { enabled: Boolean(kpi) });
  useDocumentTitle(kpi ? t('goals.edit.title', { name: kpi.name }) : undefined);

  if (query.isPending || (kpi && followUp.isPending)) return <PageLoader />;
  if (!kpi) {
    return (
      <Stack>
        <Title order={1}>{t('goals.kpi.title')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  if (!kpi.allowed.update) {
    return (
      <Stack>
        <Title order={1}>{t('goals.edit.title', { name: kpi.name })}</Title>
        <Alert color="#1c4f8a" variant="outline">
          {t('goals.edit.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  const goals = goalOptions(followUp.data?.goals ?? [], t('goals.form.noArea'));
  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/nyckeltal/$id" params={{ id }} size="sm">
        {t('goals.edit.back', { name: kpi.name })}
      </AnchorLink>
      <Title order={1}>{t('goals.edit.title', { name: kpi.name })}</Title>
      {followUp.isError && <ErrorAlert error={followUp.error} />}
      <KpiForm
        key={kpi.rowVersion}
        initialValues={fromKpi(kpi)}
        goals={goals}
        submitLabel={t('goals.edit.submit')}
        submitting={update.isPending}
        error={update.error}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/nyckeltal/$id', params: { id } })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: kpi.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('goals.edit.done', { name: saved.name }));
                await navigate({ to: '/nyckeltal/$id', params: { id } });
              },
            },
          )
        }
      />
    </Stack>
  );
}
