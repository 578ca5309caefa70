import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateKpi } from '../api/create-kpi';
import { useFollowUp } from '../api/get-follow-up';
import { goalOptions } from '../lib/goal-options';
import { emptyKpiValues } from '../lib/kpi-form-values';
import { KpiForm } from './kpi-form';

const route = getRouteApi('/_authed/nyckeltal/ny');

/** "Lägg till nyckeltal": a KPI for a goal of a document, reached from the goal follow-up. */
export function KpiCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('goals.create.title'));
  const { document: documentId, goal } = route.useSearch();
  const navigate = useNavigate();
  const session = useSession();
  const followUp = useFollowUp(documentId ?? '', { enabled: Boolean(documentId) });
  const create = useCreateKpi();

  const heading = (
    <>
      {documentId && (
        <AnchorLink to="/styrdokument/$id/uppfoljning" params={{ id: documentId }} size="sm">
          {t('goals.kpi.back', { title: followUp.data?.documentTitle ?? '' })}
        </AnchorLink>
      )}
      <Title order={1}>{t('goals.create.title')}</Title>
    </>
  );
  if (!documentId) {
    return (
      <Stack gap="md">
        {heading}
        <Text>{t('goals.create.pickGoal')}</Text>
        <AnchorLink to="/styrdokument">{t('goals.create.toDocuments')}</AnchorLink>
      </Stack>
    );
  }
  if (followUp.isPending) return <PageLoader />;
  if (followUp.isError) {
    return (
      <Stack gap="md">
        {heading}
        <ErrorAlert error={followUp.error} />
      </Stack>
    );
  }
  const goals = goalOptions(followUp.data.goals, t('goals.form.noArea'));
  return (
    <Stack gap="md" maw={960}>
      {heading}
      <Text>{t('goals.create.intro', { title: followUp.data.documentTitle })}</Text>
      <KpiForm
        initialValues={emptyKpiValues(goal ?? '', session?.person.id ?? '')}
        goals={goals}
        submitLabel={t('goals.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/styrdokument/$id/uppfoljning', params: { id: documentId } })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('goals.create.done', { name: created.name }));
              await navigate({ to: '/nyckeltal/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
