import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentPlan, Need } from '../../../../shared/itplans';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime, formatKronor } from '../../../kit/format';
import { isConflict } from '../../../kit/forms/use-server-field-errors';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListTable } from '../../../kit/list-table';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFocusAfterRemoval } from '../../../kit/use-focus-after-removal';
import { usePlan } from '../api/get-rounds';
import { usePlanAction, useRemoveNeed } from '../api/save-plan';
import { periodYears } from '../lib/form-values';
import { StatusBadge } from './status-badge';

const route = getRouteApi('/_authed/it-planer/planer/$planId');

/** A department's plan: its needs with costs per year, totals, what changed since last round, and submit or reopen. */
export function PlanPage() {
  const { t } = useTranslation();
  const { planId } = route.useParams();
  const query = usePlan(planId);
  const plan = query.data;
  // A removed need takes its buttons with it: focus goes to the needs' heading.
  const { ref: needsHeading, onRemoved } = useFocusAfterRemoval<HTMLHeadingElement>(plan?.needs.map((n) => n.id) ?? []);
  const title = plan ? t('itplans.plan.title', { department: plan.department.name }) : undefined;
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
  const p = (key: string) => t(`itplans.plan.${key}`);
  const f = (key: string) => t(`itplans.fields.${key}`);
  const years = periodYears(plan.round.firstYear, plan.round.lastYear);
  return (
    <Stack gap="xl" maw={1300}>
      <Stack gap="xs">
        <AnchorLink to="/it-planer/$roundId" params={{ roundId: plan.round.id }} size="sm">
          {t('itplans.plan.back', { title: plan.round.title })}
        </AnchorLink>
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={1}>{title}</Title>
            <StatusBadge kind="plan" status={plan.status} />
          </Group>
          <Group gap="sm">
            {plan.allowedEdit && <ButtonLink to="/it-planer/planer/$planId/behov/ny" params={{ planId }}>{p('addNeed')}</ButtonLink>}
            {plan.allowedEdit && <PlanActionButton plan={plan} action="submit" />}
            {plan.allowedReopen && <PlanActionButton plan={plan} action="reopen" />}
          </Group>
        </Group>
      </Stack>
      <DetailList
        cols={4}
        items={[
          {
            label: f('round'),
            value: (
              <AnchorLink to="/it-planer/$roundId" params={{ roundId: plan.round.id }}>
                {plan.round.title}
              </AnchorLink>
            ),
          },
          { label: f('period'), value: `${plan.round.firstYear}–${plan.round.lastYear}` },
          { label: f('deadline'), value: formatDate(plan.round.deadline) },
          { label: f('submittedAt'), value: plan.submittedAt ? `${formatDateTime(plan.submittedAt)}${plan.submittedBy ? `, ${plan.submittedBy}` : ''}` : '–' },
        ]}
      />
      {plan.status === 'submitted' && !plan.allowedReopen && (
        <Alert color="#2b6a30" variant="outline">
          {p('submittedNote')}
        </Alert>
      )}
      <section aria-labelledby="plan-needs">
        <Title order={2} size="h3" id="plan-needs" mb="sm" ref={needsHeading} tabIndex={-1}>
          {p('needs')}
        </Title>
        {plan.needs.length === 0 ? <Text>{p('noNeeds')}</Text> : <NeedTable plan={plan} years={years} onRemoved={onRemoved} />}
      </section>
      <section aria-labelledby="plan-totals">
        <Title order={2} size="h3" id="plan-totals" mb="sm">
          {p('totals')}
        </Title>
        <ListTable
          minWidth={500}
          caption={p('totalsCaption')}
          columns={[
            f('year'),
            <Table.Th key="i" scope="col" ta="right">{p('investmentTotal')}</Table.Th>,
            <Table.Th key="r" scope="col" ta="right">{p('runningTotal')}</Table.Th>,
          ]}
        >
          {years.map((year) => {
            const total = plan.totals.find((c) => c.year === year);
            return (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(total?.investment ?? 0)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(total?.running ?? 0)}</Table.Td>
              </Table.Tr>
            );
          })}
        </ListTable>
      </section>
      {plan.changes.length > 0 && (
        <section aria-labelledby="plan-changes">
          <Title order={2} size="h3" id="plan-changes" mb="sm">
            {p('changes')}
          </Title>
          <List>
            {plan.changes.map((c, i) => (
              <List.Item key={c.needId ?? `removed-${i}`}>
                {t(`itplans.changeKind.${c.kind}`, { title: c.title })}
                {c.fields.length > 0 && ` (${c.fields.map((field) => t(`itplans.changeField.${field}`, { defaultValue: field })).join(', ')})`}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}

function NeedTable({ plan, years, onRemoved }: { plan: DepartmentPlan; years: number[]; onRemoved: (id: string) => void }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`itplans.fields.${key}`);
  return (
    <ListTable
      minWidth={1000}
      caption={t('itplans.plan.needsCaption', { count: plan.needs.length })}
      columns={[
        f('title'),
        f('priority'),
        f('goals'),
        ...years.map((year) => (
          <Table.Th key={year} scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('itplans.plan.costYear', { year })}
          </Table.Th>
        )),
        <Table.Th key="npv" scope="col" ta="right">{f('netPresentValue')}</Table.Th>,
        f('link'),
        plan.allowedEdit && t('itplans.plan.actions'),
      ]}
    >
      {plan.needs.map((need) => (
        <NeedRow key={need.id} need={need} years={years} plan={plan} onRemoved={onRemoved} />
      ))}
    </ListTable>
  );
}

function NeedRow({ need, years, plan, onRemoved }: { need: Need; years: number[]; plan: DepartmentPlan; onRemoved: (id: string) => void }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const remove = useRemoveNeed(plan.id);
  const byYear = new Map(need.costs.map((c) => [c.year, c]));
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {need.title}
      </Table.Th>
      <Table.Td>{t(`itplans.priority.${need.priority}`)}</Table.Td>
      <Table.Td>{need.goals.map((g) => g.name).join('; ') || '–'}</Table.Td>
      {years.map((year) => {
        const c = byYear.get(year);
        return (
          <Table.Td key={year} ta="right" style={{ whiteSpace: 'nowrap' }}>
            {c ? (
              <>
                <div>{t('itplans.plan.investmentShort', { amount: formatKronor(c.investment) })}</div>
                <div>{t('itplans.plan.runningShort', { amount: formatKronor(c.running) })}</div>
              </>
            ) : (
              '–'
            )}
          </Table.Td>
        );
      })}
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {need.valuation ? formatKronor(need.valuation.netPresentValue) : '–'}
      </Table.Td>
      <Table.Td>
        {need.project && (
          <AnchorLink to="/portfolj/$id" params={{ id: need.project.id }}>
            {need.project.name}
          </AnchorLink>
        )}
        {need.project && need.acquisition && <br />}
        {need.acquisition && (
          <AnchorLink to="/anskaffning/$id" params={{ id: need.acquisition.id }}>
            {need.acquisition.name}
          </AnchorLink>
        )}
        {!need.project && !need.acquisition && '–'}
      </Table.Td>
      {plan.allowedEdit && (
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <ButtonLink size="xs" variant="default" to="/it-planer/planer/$planId/behov/$needId" params={{ planId: plan.id, needId: need.id }} aria-label={t('itplans.plan.editNeed', { title: need.title })}>
              {t('itplans.plan.edit')}
            </ButtonLink>
            <Button size="xs" variant="default" color="#b02525" onClick={() => setRemoving(true)} aria-label={t('itplans.plan.removeNeed', { title: need.title })}>
              {t('itplans.plan.remove')}
            </Button>
          </Group>
          <ConfirmDialog
            opened={removing}
            title={t('itplans.plan.removeTitle')}
            body={t('itplans.plan.removeBody', { title: need.title })}
            confirmLabel={t('itplans.plan.remove')}
            danger
            returnFocus={false}
            loading={remove.isPending}
            onClose={() => {
              setRemoving(false);
              remove.reset();
            }}
            onConfirm={() =>
              remove.mutate(
                { id: need.id, rowVersion: need.rowVersion },
                {
                  onSuccess: () => {
                    setRemoving(false);
                    onRemoved(need.id);
                    notifySuccess(t('itplans.plan.removed', { title: need.title }));
                  },
                },
              )
            }
          >
            {remove.error !== null && <ErrorAlert error={remove.error} />}
          </ConfirmDialog>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function PlanActionButton({ plan, action }: { plan: DepartmentPlan; action: 'submit' | 'reopen' }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const mutation = usePlanAction(action);
  const query = usePlan(plan.id);
  const a = (key: string) => t(`itplans.plan.${action}.${key}`);
  const close = () => {
    setOpened(false);
    mutation.reset();
  };
  return (
    <>
      <Button variant={action === 'submit' ? 'filled' : 'default'} onClick={() => setOpened(true)}>
        {a('button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={a('title')}
        body={t(`itplans.plan.${action}.body`, { count: plan.needs.length, department: plan.department.name })}
        confirmLabel={a('confirm')}
        loading={mutation.isPending}
        returnFocus={false}
        onClose={close}
        onConfirm={() =>
          mutation.mutate(
            { id: plan.id, rowVersion: plan.rowVersion },
            {
              onSuccess: () => {
                setOpened(false);
                notifySuccess(a('done'));
              },
            },
          )
        }
      >
        {isConflict(mutation.error) ? (
          <ConflictAlert
            reloading={query.isFetching}
            onReload={() => {
              void query.refetch().then(close);
            }}
          />
        ) : (
          mutation.error !== null && <ErrorAlert error={mutation.error} />
        )}
      </ConfirmDialog>
    </>
  );
}
