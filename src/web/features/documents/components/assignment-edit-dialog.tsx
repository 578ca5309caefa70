import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../../shared/assignments';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { useUpdateAssignment } from '../api/assignments';
import { AssignmentFields, type AssignmentValues, requiredRules } from './assignment-fields';

const fieldId = (path: string) => `assignment-edit-${path}`;
const valuesOf = (a: Assignment): AssignmentValues => ({ itemId: a.itemId, title: a.title, description: a.description, ownerId: a.ownerId, dueOn: a.dueOn });

/**
 * "Ändra": an assignment's text, owner and deadline, under the version the card was read at. When
 * someone else saved first (412), the conflict is said and what the person typed stays in the form:
 * after reloading they may save it over the newer version.
 */
export function AssignmentEditDialog({ assignment, onReload }: { assignment: Assignment; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reloading, setReloading] = useState(false);
  const update = useUpdateAssignment();
  const form = useForm<AssignmentValues>({ initialValues: valuesOf(assignment), validate: requiredRules(t('documents.assignments.required')) });
  const open = () => {
    form.setValues(valuesOf(assignment));
    form.clearErrors();
    update.reset();
    setOpened(true);
  };
  const reload = () => {
    setReloading(true);
    return onReload().finally(() => setReloading(false));
  };
  const title = t('documents.assignments.editFor', { title: assignment.title });
  return (
    <>
      <Button size="xs" variant="default" onClick={open} aria-label={title}>
        {t('documents.assignments.edit')}
      </Button>
      <FormDialog
        opened={opened}
        centered
        title={title}
        form={form}
        mutation={update}
        // The version read at the time of saving: after a reload, the newer one.
        toVariables={(values) => ({
          id: assignment.id,
          rowVersion: assignment.rowVersion,
          input: { itemId: assignment.itemId, title: values.title, description: values.description, ownerId: values.ownerId!, dueOn: values.dueOn },
        })}
        submitLabel={t('documents.assignments.save')}
        doneMessage={(updated) => t('documents.assignments.saved', { title: updated.title })}
        onClose={() => setOpened(false)}
        onReload={reload}
        reloading={reloading}
        conflictMessage={t('documents.assignments.editConflict')}
        blockOnConflict
        keepOpenOnReload
        errorSummary={{ label: (path) => t(`documents.assignments.fields.${path}`), fieldId }}
      >
        <AssignmentFields form={form} fieldId={fieldId} />
      </FormDialog>
    </>
  );
}
