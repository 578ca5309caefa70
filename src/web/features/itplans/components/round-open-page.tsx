import { Alert, Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useRounds } from '../api/get-rounds';
import { useOpenRound } from '../api/save-round';
import { emptyRound, toOpenRoundInput } from '../lib/form-values';
import { RoundForm } from './round-form';

/** Öppna planeringsomgång: the strategist asks the departments for their plans for a period. */
export function RoundOpenPage() {
  const { t } = useTranslation();
  const title = t('itplans.open.title');
  useDocumentTitle(title);
  const navigate = useNavigate();
  const departments = useDepartments();
  const rounds = useRounds();
  const open = useOpenRound();
  if (departments.isPending || rounds.isPending) return <PageLoader />;
  const all = departments.data ?? [];
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/it-planer" size="sm">
        {t('itplans.round.back')}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      {rounds.data && !rounds.data.allowedOpen ? (
        <Alert color="#1c4f8a" variant="outline">
          {t('itplans.open.notAllowed')}
        </Alert>
      ) : (
        <RoundForm
          initialValues={emptyRound(new Date().getFullYear(), all.map((d) => d.id))}
          opening={{ departments: all, rounds: (rounds.data?.items ?? []).map((r) => ({ id: r.id, title: r.title })) }}
          submitLabel={t('itplans.open.submit')}
          submitting={open.isPending}
          error={open.error}
          onCancel={() => void navigate({ to: '/it-planer' })}
          onSubmit={(values) =>
            open.mutate(toOpenRoundInput(values, all.length), {
              onSuccess: async (round) => {
                notifySuccess(t('itplans.open.done', { title: round.title }));
                await navigate({ to: '/it-planer/$roundId', params: { roundId: round.id } });
              },
            })
          }
        />
      )}
    </Stack>
  );
}
