import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { notifySuccess } from '../../../kit/notify';
import { usePlan } from '../api/get-rounds';
import { useUpdateNeed } from '../api/save-plan';
import { fromNeed, periodYears } from '../lib/form-values';
import { NeedForm } from './need-form';
import { NeedPage } from './need-page';

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
  const back = () => void navigate({ to: '/it-planer/planer/$planId', params: { planId } });
  return (
    <NeedPage
      planId={planId}
      plan={plan}
      pending={query.isPending}
      error={query.error}
      title={need ? t('itplans.needForm.editTitle', { title: need.title }) : undefined}
      notFoundTitle={t('itplans.needForm.notFound')}
    >
      {(frozen) =>
        need && (
          <NeedForm
            key={need.rowVersion}
            linked={{ project: need.project, acquisition: need.acquisition }}
            initialValues={fromNeed(need, periodYears(frozen.round.firstYear, frozen.round.lastYear))}
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
        )
      }
    </NeedPage>
  );
}
