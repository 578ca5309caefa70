import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../kit/notify';
import { usePlan } from '../api/get-rounds';
import { useAddNeed } from '../api/save-plan';
import { emptyNeed, periodYears } from '../lib/form-values';
import { NeedForm } from './need-form';
import { NeedPage } from './need-page';

const route = getRouteApi('/_authed/it-planer/planer/$planId/behov/ny');

/** Nytt behov: a need added to the department's plan. */
export function NeedCreatePage() {
  const { t } = useTranslation();
  const { planId } = route.useParams();
  const navigate = useNavigate();
  const query = usePlan(planId);
  const add = useAddNeed(planId);
  const back = () => void navigate({ to: '/it-planer/planer/$planId', params: { planId } });
  return (
    <NeedPage
      planId={planId}
      plan={query.data}
      pending={query.isPending}
      error={query.error}
      title={t('itplans.needForm.createTitle')}
      notFoundTitle={t('itplans.plan.notFound')}
    >
      {(plan) => (
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
    </NeedPage>
  );
}
