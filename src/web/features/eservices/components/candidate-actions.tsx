import { Button, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EserviceDetail } from '../../../../shared/eservices';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useCandidateAction, useOpenPlans } from '../api/candidate-actions';

/**
 * A candidate into action (issue 14, item 8): a project of the portfolio, or a need in an open
 * department plan, in one step, pre-filled from the service and its digitisation valuation; once
 * done, the link to what it became.
 */
export function CandidateActions({ service }: { service: EserviceDetail }) {
  const { t } = useTranslation();
  const a = (key: string, options?: Record<string, unknown>) => t(`eservices.actions.${key}`, options ?? {});
  const [dialog, setDialog] = useState<'project' | 'need' | null>(null);
  const [planId, setPlanId] = useState('');
  const action = useCandidateAction();
  const plans = useOpenPlans(dialog === 'need');
  const writable = (plans.data?.items ?? []).filter((p) => p.allowedWrite);
  if (!service.candidate && !service.project && !service.planNeed) return null;
  const close = () => {
    action.reset();
    setDialog(null);
  };
  const chosen = planId || writable[0]?.planId || '';
  return (
    <section aria-labelledby="eservice-action">
      <Title order={2} size="h3" id="eservice-action" mb="sm">
        {a('title')}
      </Title>
      {service.project ? (
        <Text>
          {a('becameProject')}{' '}
          <AnchorLink to="/portfolj/$id" params={{ id: service.project.id }}>
            {service.project.name}
          </AnchorLink>
        </Text>
      ) : service.planNeed ? (
        <Text>{a('becameNeed', { title: service.planNeed.title, department: service.planNeed.department.name })}</Text>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text maw={800}>{a('intro')}</Text>
          {service.allowedEdit ? (
            <Group gap="sm">
              <Button onClick={() => setDialog('project')}>{a('startProject')}</Button>
              <Button variant="default" onClick={() => setDialog('need')}>
                {a('addToPlan')}
              </Button>
            </Group>
          ) : (
            <Text size="sm">{a('notAllowed')}</Text>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={dialog === 'project'}
        title={a('projectTitle')}
        body={a('projectBody', { name: service.name })}
        confirmLabel={a('startProject')}
        loading={action.isPending}
        onClose={close}
        onConfirm={() =>
          action.mutate(
            { id: service.id, kind: 'project' },
            {
              onSuccess: () => {
                notifySuccess(a('projectDone', { name: service.name }));
                setDialog(null);
              },
            },
          )
        }
      >
        {action.error && <ErrorAlert error={action.error} />}
      </ConfirmDialog>
      <Modal opened={dialog === 'need'} onClose={close} title={a('needTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) return;
            action.mutate(
              { id: service.id, kind: 'need', departmentPlanId: chosen },
              {
                onSuccess: () => {
                  notifySuccess(a('needDone', { name: service.name }));
                  setDialog(null);
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{a('needIntro')}</Text>
            {plans.isError && <ErrorAlert error={plans.error} />}
            {plans.data && writable.length === 0 && <Text>{a('noPlans')}</Text>}
            {writable.length > 0 && (
              <NativeSelect
                id="candidate-plan"
                label={a('plan')}
                value={chosen}
                onChange={(event) => setPlanId(event.currentTarget.value)}
                data={writable.map((p) => ({ value: p.planId, label: `${p.department.name} – ${p.round.title}` }))}
              />
            )}
            {action.error && <ErrorAlert error={action.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={action.isPending} disabled={!chosen}>
                {a('addToPlan')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </section>
  );
}
