import { Alert, Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePlan } from '../api/get-rounds';
import { useAddNeed } from '../api/save-plan';
import { emptyNeed, periodYears } from '../lib/form-values';
import { NeedForm } from './need-form';

const route = getRouteApi('/_authed/it-planer/planer/$planId/behov/ny');

/** Nytt behov: a need added to the department's plan. */
export function NeedCreatePage() {
  const { t } = useTranslation();
  const { planId } = route.useParams();
  const navigate = useNavigate();
  const query = usePlan(planId);
  const add = useAddNeed(planId);
  const plan = query.data;
  const title = t('itplans.needForm.createTitle');
  useDocumentTitle(title);
  if (query.isPending) return <PageLoader />;
  if (!plan) {
    return (
      <Stack>
        <Title order={1}>{t('itplans.plan.notFound')}</Title>
        <ErrorAlert error={query.error} />
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
          initialValues={emptyNeed(periodYears(plan.round.firstYear, plan.round.lastYear))}
          submitLabel={t('itplans.needForm.submitCreate')}
          submitting={add.isPending}
          error={add.error}
          onCancel={back}
          onSubmit={(input) =>
            add.mutate(input, {
              onSuccess: (need) => {
                notifySuccess(t('itplans.needForm.created', { title: need.title }));
                back();
              },
            })
          }
        />
      )}
    </Stack>
  );
}
