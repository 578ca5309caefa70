import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePlan } from '../api/get-rounds';
import { useUpdateNeed } from '../api/save-plan';
import { fromNeed, periodYears } from '../lib/form-values';
import { NeedForm } from './need-form';

const route = getRouteApi('/_authed/it-planer/planer/$planId/behov/$needId');

/** Ändra behov: a need of the department's plan, saved whole with its row version. */
export function NeedEditPage() {
  const { t } = useTranslation();
  const { planId, needId } = route.useParams();
  const navigate = useNavigate();
  const query = usePlan(planId);
  const update = useUpdateNeed(planId);
  const { record: plan, reloadLatest } = useFrozenRecord(query, update.reset);
  const need = plan?.needs.find((n) => n.id === needId);
  const title = need ? t('itplans.needForm.editTitle', { title: need.title }) : undefined;
  useDocumentTitle(title);
  if (query.isPending) return <PageLoader />;
  if (!plan || !need) {
    return (
      <Stack>
        <Title order={1}>{t('itplans.needForm.notFound')}</Title>
        {query.error && <ErrorAlert error={query.error} />}
      </Stack>
    );
  }
  const back = () => void navigate({ to: '/it-planer/planer/$planId', params: { planId } });
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/it-planer/planer/$planId" params={{ planId }} size="sm">
        {t('itplans.needForm.back', { department: plan.department.name })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      {!plan.allowedEdit ? (
        <Alert color="#1c4f8a" variant="outline">
          {t('itplans.needForm.notAllowed')}
        </Alert>
      ) : (
        <NeedForm
          key={need.rowVersion}
          initialValues={fromNeed(need, periodYears(plan.round.firstYear, plan.round.lastYear))}
          submitLabel={t('itplans.needForm.submitEdit')}
          submitting={update.isPending}
          error={update.error}
          reloading={query.isFetching}
          onReloadLatest={() => void reloadLatest()}
          onCancel={back}
          onSubmit={(input) =>
            update.mutate(
              { id: need.id, rowVersion: need.rowVersion, input },
              {
                onSuccess: (saved) => {
                  notifySuccess(t('itplans.needForm.saved', { title: saved.title }));
                  back();
                },
              },
            )
          }
        />
      )}
    </Stack>
  );
}
