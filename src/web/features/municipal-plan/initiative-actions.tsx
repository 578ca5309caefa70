import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planActionEndpoints as endpoints } from '../../../shared/endpoints/plan-actions';
import { callEndpoint } from '../../kit/api-client';
import { isApiError } from '../../kit/api-error';
import { ConfirmDialog } from '../../kit/confirm-dialog';
import { ErrorAlert } from '../../kit/error-alert';
import { AnchorLink } from '../../kit/links/anchor-link';
import { notifySuccess } from '../../kit/notify';
import { useCapabilities } from '../../kit/organisation/use-capabilities';
import { ITPLANS_PREFIX, municipalPlanKeys } from './api/query-keys';

const actionKey = (initiativeId: string) => ['itplans', 'initiative-action', initiativeId] as const;

/**
 * An initiative of the municipal plan into action (issue 14, item 5): "Starta projekt" makes a
 * portfolio project, "Starta anskaffning" a need on the acquisition route, each pre-filled from the
 * initiative with its needs linked back; once done, what it became, with its status. Its strings
 * are the 'plan-action' area (the page that renders it loads that area).
 */
export function InitiativeActions({ initiativeId }: { initiativeId: string }) {
  const { t, i18n } = useTranslation();
  const p = (key: string, options?: Record<string, unknown>) => t(`planAction.${key}`, options ?? {});
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: actionKey(initiativeId), queryFn: ({ signal }) => callEndpoint(endpoints.initiativeAction, { params: { id: initiativeId }, signal }) });
  const [dialog, setDialog] = useState<'project' | 'acquisition' | null>(null);
  const [capabilityIds, setCapabilityIds] = useState<string[]>([]);
  const capabilities = useCapabilities();
  const start = useMutation({
    mutationFn: (kind: 'project' | 'acquisition') =>
      kind === 'project'
        ? callEndpoint(endpoints.initiativeProject, { params: { id: initiativeId } })
        : callEndpoint(endpoints.initiativeAcquisition, { params: { id: initiativeId }, body: { capabilityIds } }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(actionKey(initiativeId), answer);
      // The plan's pages show each need's project or acquisition, the municipal plan its follow-up: read them again.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ITPLANS_PREFIX, refetchType: 'active' }),
        queryClient.invalidateQueries({ queryKey: municipalPlanKeys.all, refetchType: 'active' }),
      ]);
    },
  });
  const close = () => {
    start.reset();
    setDialog(null);
  };
  const action = query.data;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!action) return null;
  const capabilityError = isApiError(start.error) ? start.error.errors.find((e) => e.field.startsWith('capabilityIds'))?.message : undefined;
  const done = (message: string) => () => {
    notifySuccess(message);
    setDialog(null);
  };
  return (
    <Stack gap="xs">
      {action.project && (
        <Text size="sm">
          {p('becameProject')}{' '}
          <AnchorLink to="/portfolj/$id" params={{ id: action.project.id }} size="sm">
            {action.project.name}
          </AnchorLink>{' '}
          ({t(`planAction.projectStatus.${action.project.status}`)})
        </Text>
      )}
      {action.acquisition && (
        <Text size="sm">
          {p('becameAcquisition')}{' '}
          <AnchorLink to="/anskaffning/$id" params={{ id: action.acquisition.id }} size="sm">
            {action.acquisition.name}
          </AnchorLink>
        </Text>
      )}
      {!action.project && !action.acquisition && (action.allowedProject || action.allowedAcquisition) && (
        <Group gap="xs">
          {action.allowedProject && (
            <Button size="xs" onClick={() => setDialog('project')} aria-label={p('startProjectFor', { title: action.title })}>
              {p('startProject')}
            </Button>
          )}
          {action.allowedAcquisition && (
            <Button size="xs" variant="default" onClick={() => setDialog('acquisition')} aria-label={p('startAcquisitionFor', { title: action.title })}>
              {p('startAcquisition')}
            </Button>
          )}
        </Group>
      )}
      {!action.project && !action.acquisition && !action.allowedProject && !action.allowedAcquisition && <Text size="sm">{p('notInAction')}</Text>}
      <ConfirmDialog
        opened={dialog === 'project'}
        title={p('projectTitle')}
        body={p('projectBody', { title: action.title, count: action.needs.length })}
        confirmLabel={p('startProject')}
        loading={start.isPending}
        onClose={close}
        onConfirm={() => start.mutate('project', { onSuccess: done(p('projectDone', { title: action.title })) })}
      >
        {start.error && <ErrorAlert error={start.error} />}
      </ConfirmDialog>
      <Modal opened={dialog === 'acquisition'} onClose={close} title={p('acquisitionTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            start.mutate('acquisition', { onSuccess: done(p('acquisitionDone', { title: action.title })) });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{p('acquisitionBody', { title: action.title })}</Text>
            <MultiSelect
              id={`initiative-capabilities-${initiativeId}`}
              label={p('capabilities')}
              description={p('capabilitiesHint')}
              searchable
              value={capabilityIds}
              onChange={setCapabilityIds}
              error={capabilityError}
              data={(capabilities.data ?? []).filter((c) => c.leaf).map((c) => ({ value: c.id, label: `${i18n.language === 'en' ? c.nameEn : c.nameSv} (${c.code})` }))}
            />
            {start.error && !capabilityError && <ErrorAlert error={start.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={start.isPending}>
                {p('startAcquisition')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
