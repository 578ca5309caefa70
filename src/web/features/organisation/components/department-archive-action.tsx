import { Button, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/organisation';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useArchiveDepartment } from '../api/archive-department';

interface DepartmentArchiveActionProps {
  department: Department;
  onReload: () => Promise<unknown>;
  /** The department is archived: its row (and this button) leaves the list. */
  onArchived: (id: string) => void;
}

/** Archived, never deleted. While people or systems belong to it, the server says how many (409). */
export function DepartmentArchiveAction({ department, onReload, onArchived }: DepartmentArchiveActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [archived, setArchived] = useState(false);
  const archive = useArchiveDepartment();
  const conflict = isApiError(archive.error) && archive.error.status === 412;
  // 409: still in use. Trying again changes nothing until the reason is dealt with elsewhere.
  const refused = isApiError(archive.error) && archive.error.status === 409;
  const close = () => {
    setOpened(false);
    archive.reset();
  };
  const confirm = () =>
    archive.mutate(
      { id: department.id, rowVersion: department.rowVersion },
      {
        onSuccess: () => {
          setArchived(true);
          setOpened(false);
          notifySuccess(t('organisation.departments.archiveDone', { name: department.name }));
          onArchived(department.id);
        },
      },
    );

  return (
    <>
      <Button size="compact-sm" variant="outline" color="#b02525" onClick={() => setOpened(true)}>
        {t('organisation.departments.archive')}
        <VisuallyHidden> {department.name}</VisuallyHidden>
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={archive.isPending}
        returnFocus={!archived}
        confirmDisabled={refused}
        danger
        title={t('organisation.departments.archiveTitle', { name: department.name })}
        body={t('organisation.departments.archiveBody')}
        confirmLabel={t('organisation.departments.archive')}
      >
        {conflict && (
          <ConflictAlert
            message={isApiError(archive.error) ? archive.error.detail : undefined}
            onReload={() => void onReload().then(close)}
          />
        )}
        {archive.isError && !conflict && (
          <ErrorAlert error={archive.error} title={t('organisation.departments.archiveFailed')} />
        )}
        {refused && (
          <AnchorLink to="/system" search={{ department: department.id }}>
            {t('organisation.departments.showSystems', { name: department.name })}
          </AnchorLink>
        )}
      </ConfirmDialog>
    </>
  );
}
