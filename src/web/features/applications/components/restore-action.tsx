import { Button, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useApplication } from '../api/get-application';
import { useRestoreApplication } from '../api/restore-application';

interface RestoreActionProps {
  id: string;
  name: string;
  /**
   * The row version read with the system. The archived list does not carry one, so without it
   * the system is read when the dialog opens and restored against that version.
   */
  rowVersion?: number;
  /** Names the system in the button's accessible name (in a table of many). */
  nameInLabel?: boolean;
  /** Restored; in the archived list its row (and this button) leaves. */
  onRestored?: (id: string) => void;
}

/** Admin only: brings an archived system back into the register, after a confirmation. */
export function RestoreAction({ id, name, rowVersion, nameInLabel, onRestored }: RestoreActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [restored, setRestored] = useState(false);
  const restore = useRestoreApplication();
  const detail = useApplication(id, { enabled: opened && rowVersion === undefined });
  const version = rowVersion ?? detail.data?.rowVersion;
  const conflict = isApiError(restore.error) && restore.error.status === 412;
  const close = () => {
    setOpened(false);
    restore.reset();
  };
  const confirm = () => {
    if (version === undefined) return;
    restore.mutate(
      { id, rowVersion: version },
      {
        onSuccess: () => {
          setRestored(true);
          setOpened(false);
          notifySuccess(t('applications.restore.done', { name }));
          onRestored?.(id);
        },
      },
    );
  };
  const reload = async () => {
    await detail.refetch();
    restore.reset();
  };

  return (
    <>
      <Button size={nameInLabel ? 'compact-sm' : 'sm'} onClick={() => setOpened(true)}>
        {t('applications.restore.action')}
        {nameInLabel && <VisuallyHidden> {name}</VisuallyHidden>}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={restore.isPending || (version === undefined && detail.isFetching)}
        returnFocus={!restored}
        title={t('applications.restore.title', { name })}
        body={t('applications.restore.body')}
        confirmLabel={t('applications.restore.action')}
      >
        {version === undefined && detail.isPending && <PageLoader />}
        {detail.isError && <ErrorAlert error={detail.error} />}
        {conflict && (
          <ConflictAlert
            message={isApiError(restore.error) ? restore.error.detail : undefined}
            reloading={detail.isFetching}
            onReload={() => void reload()}
          />
        )}
        {restore.isError && !conflict && <ErrorAlert error={restore.error} />}
      </ConfirmDialog>
    </>
  );
}
