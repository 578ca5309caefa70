import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../../shared/itplans';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime, formatKronor } from '../../../kit/format';
import { useFrozenRecord } from '../../../kit/forms/use-frozen-record';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListTable } from '../../../kit/list-table';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useRound } from '../api/get-rounds';
import { useUpdateRound } from '../api/save-round';
import { fromRound, toRoundInput } from '../lib/form-values';
import { RoundForm } from './round-form';
import { StatusBadge } from './status-badge';

const route = getRouteApi('/_authed/it-planer/$roundId');

/** A planning round: its facts, each department's progress with a link to its plan, and (for the strategist) its edit. */
export function RoundPage() {
  const { t } = useTranslation();
  const { roundId } = route.useParams();
  const query = useRound(roundId);
  const [editing, setEditing] = useState(false);
  const round = query.data;
  useDocumentTitle(round?.title);
  if (query.isPending) return <PageLoader />;
  if (!round) {
    return (
      <Stack>
        <Title order={1}>{t('itplans.round.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const r = (key: string) => t(`itplans.round.${key}`);
  const mine = round.progress.find((p) => p.mine);
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/it-planer" size="sm">
          {r('back')}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={1}>{round.title}</Title>
            <StatusBadge kind="round" status={round.status} />
          </Group>
          <Group gap="sm">
            {mine && (
              <ButtonLink to="/it-planer/planer/$planId" params={{ planId: mine.planId }}>
                {r('myPlan')}
              </ButtonLink>
            )}
            <ButtonLink to="/it-planer/$roundId/kommunplan" params={{ roundId: round.id }} variant="default">
              {r('municipalPlan')}
            </ButtonLink>
            <ButtonLink to="/it-planer/$roundId/kandidater" params={{ roundId: round.id }} variant="default">
              {r('candidates')}
            </ButtonLink>
            {round.allowedManage && round.status === 'open' && !editing && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {r('edit')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {editing ? <RoundEdit round={round} onDone={() => setEditing(false)} /> : <RoundFacts round={round} />}
      <section aria-labelledby="round-progress">
        <Title order={2} size="h3" id="round-progress" mb="sm">
          {r('progress')}
        </Title>
        <Text mb="sm">{t('itplans.list.submittedOf', { submitted: round.submitted, departments: round.departments })}</Text>
        <ListTable
          minWidth={700}
          caption={r('progressCaption')}
          columns={[t('itplans.fields.department'), t('itplans.fields.status'), <Table.Th key="n" scope="col" ta="right">{t('itplans.fields.needs')}</Table.Th>, t('itplans.fields.submittedAt')]}
        >
          {round.progress.map((p) => (
            <Table.Tr key={p.planId} data-mine={p.mine || undefined} style={p.mine ? { outline: '2px solid #1c4f8a', outlineOffset: -2 } : undefined}>
              <Table.Th scope="row" fw={p.mine ? 700 : 500}>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink to="/it-planer/planer/$planId" params={{ planId: p.planId }}>
                    {p.department.name}
                  </AnchorLink>
                  {p.mine && (
                    <Badge variant="filled" color="#1c4f8a" tt="none">
                      {r('mine')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                <StatusBadge kind="plan" status={p.status} />
              </Table.Td>
              <Table.Td ta="right">{p.needs}</Table.Td>
              <Table.Td>{p.submittedAt ? formatDateTime(p.submittedAt) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      </section>
    </Stack>
  );
}

function RoundFacts({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`itplans.fields.${key}`);
  return (
    <section aria-labelledby="round-facts">
      <Title order={2} size="h3" id="round-facts" mb="sm">
        {t('itplans.round.facts')}
      </Title>
      <DetailList
        cols={3}
        items={[
          { label: f('period'), value: `${round.firstYear}–${round.lastYear}` },
          { label: f('budgetYear'), value: String(round.budgetYear) },
          { label: f('deadline'), value: formatDate(round.deadline) },
          {
            label: f('budgetFrames'),
            value: round.budgetFrames.length === 0 ? '–' : round.budgetFrames.map((b) => `${b.year}: ${formatKronor(b.amount)}`).join('; '),
          },
          {
            label: f('weights'),
            value: t('itplans.round.weightsValue', { goals: round.weights.goals, benefit: round.weights.benefit, cost: round.weights.cost }),
          },
          { label: f('previousRoundId'), value: round.previousRound ? <AnchorLink to="/it-planer/$roundId" params={{ roundId: round.previousRound.id }}>{round.previousRound.name}</AnchorLink> : '–' },
          { label: f('openedBy'), value: `${round.openedBy ?? '–'}, ${formatDateTime(round.openedAt)}` },
        ]}
      />
    </section>
  );
}

function RoundEdit({ round: current, onDone }: { round: RoundDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const query = useRound(current.id);
  const update = useUpdateRound();
  const { record, reloadLatest } = useFrozenRecord(query, update.reset);
  const round = record ?? current;
  return (
    <section aria-labelledby="round-edit">
      <Title order={2} size="h3" id="round-edit" mb="sm">
        {t('itplans.round.edit')}
      </Title>
      <RoundForm
        key={round.rowVersion}
        initialValues={fromRound(round)}
        submitLabel={t('itplans.round.save')}
        submitting={update.isPending}
        error={update.error}
        reloading={query.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={onDone}
        onSubmit={(values) =>
          update.mutate(
            { id: round.id, rowVersion: round.rowVersion, input: toRoundInput(values) },
            {
              onSuccess: (saved) => {
                notifySuccess(t('itplans.round.saved', { title: saved.title }));
                onDone();
              },
            },
          )
        }
      />
    </section>
  );
}
