import { Button } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../shared/applications';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useArchiveApplication } from '../api/archive-application';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';

interface ArchiveActionProps {
  application: Application;
  onReload: () => Promise<unknown>;
}

/** Admin only: archives (soft delete, restorable). Not the way to phase a system out. */
export function ArchiveAction({ application, onReload }: ArchiveActionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const archive = useArchiveApplication();
  const conflict = isApiError(archive.error) && archive.error.status === 412;
  const close = () => {
    setOpened(false);
    archive.reset();
  };
  const confirm = () =>
    archive.mutate(
      { id: application.id, rowVersion: application.rowVersion },
      {
        onSuccess: async () => {
          notifySuccess(t('applications.actions.archiveDone', { name: application.name }));
          await navigate({ to: '/system' });
        },
      },
    );

  return (
    <>
      <Button variant="outline" color="#b02525" onClick={() => setOpened(true)}>
        {t('applications.actions.archive')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={archive.isPending}
        danger
        title={t('applications.actions.archiveTitle', { name: application.name })}
        body={t('applications.actions.archiveBody')}
        confirmLabel={t('applications.actions.archive')}
      >
        {conflict && (
          <ConflictAlert
            onReload={() => {
              void onReload().then(close);
            }}
          />
        )}
        {archive.isError && !conflict && <ErrorAlert error={archive.error} />}
      </ConfirmDialog>
    </>
  );
}
