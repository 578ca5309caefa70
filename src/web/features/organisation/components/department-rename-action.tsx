import { Button, Modal, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/organisation';
import { notifySuccess } from '../../../kit/notify';
import { useUpdateDepartment } from '../api/update-department';
import { DepartmentRenameForm } from './department-rename-form';

interface DepartmentRenameActionProps {
  department: Department;
  onReload: () => Promise<unknown>;
}

/** Renames in a dialog: focus is trapped inside, Escape closes it, and focus returns to the button. */
export function DepartmentRenameAction({ department, onReload }: DepartmentRenameActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reloading, setReloading] = useState(false);
  const update = useUpdateDepartment();
  const close = () => {
    setOpened(false);
    update.reset();
  };
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      <Button size="compact-sm" variant="outline" onClick={() => setOpened(true)}>
        {t('organisation.departments.rename')}
        <VisuallyHidden> {department.name}</VisuallyHidden>
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('organisation.departments.renameTitle', { name: department.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
        centered
      >
        <DepartmentRenameForm
          // After reloading, the form starts again from the saved name.
          key={department.rowVersion}
          department={department}
          submitting={update.isPending}
          error={update.error}
          reloading={reloading}
          onReloadLatest={() => void reload()}
          onCancel={close}
          onSubmit={(input) =>
            update.mutate(
              { id: department.id, rowVersion: department.rowVersion, input },
              {
                onSuccess: (saved) => {
                  setOpened(false);
                  notifySuccess(t('organisation.departments.renameDone', { name: saved.name }));
                },
              },
            )
          }
        />
      </Modal>
    </>
  );
}
