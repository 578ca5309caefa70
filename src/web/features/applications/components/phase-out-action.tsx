import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Lifecycle } from '../../../../shared/applications';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useUpdateApplication } from '../api/update-application';
import { applicationToInput } from '../lib/form-values';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';

// Phasing out is a lifecycle transition, never a delete (DECISIONS.md 11).
const NEXT: Partial<Record<Lifecycle, Lifecycle>> = {
  planned: 'phasing_out',
  in_use: 'phasing_out',
  phasing_out: 'phased_out',
};

interface PhaseOutActionProps {
  application: Application;
  onReload: () => Promise<unknown>;
}

export function PhaseOutAction({ application, onReload }: PhaseOutActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const update = useUpdateApplication();
  const next = NEXT[application.lifecycle];
  if (!next) return null;
  const key = next === 'phasing_out' ? 'phaseOut' : 'markPhasedOut';
  const conflict = isApiError(update.error) && update.error.status === 412;

  const close = () => {
    setOpened(false);
    update.reset();
  };
  const confirm = () =>
    update.mutate(
      { id: application.id, rowVersion: application.rowVersion, input: applicationToInput(application, { lifecycle: next }) },
      {
        onSuccess: () => {
          setOpened(false);
          notifySuccess(t(`applications.actions.${key}Done`, { name: application.name }));
        },
      },
    );
  const reload = async () => {
    await onReload();
    close();
  };

  return (
    <>
      <Button variant="outline" onClick={() => setOpened(true)}>
        {t(`applications.actions.${key}`)}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={update.isPending}
        title={t(`applications.actions.${key}Title`, { name: application.name })}
        body={t(`applications.actions.${key}Body`)}
        confirmLabel={t(`applications.actions.${key}`)}
      >
        {conflict && <ConflictAlert onReload={() => void reload()} />}
        {update.isError && !conflict && <ErrorAlert error={update.error} />}
      </ConfirmDialog>
    </>
  );
}
