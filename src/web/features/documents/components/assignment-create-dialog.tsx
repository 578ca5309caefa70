import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { useCreateAssignment } from '../api/assignments';
import { AssignmentFields, type AssignmentValues, requiredRules } from './assignment-fields';

const fieldId = (path: string) => `assignment-${path}`;

/** "Nytt uppdrag": gives an assignment on an item of the document; its owner is notified. */
export function AssignmentCreateDialog({ documentId, items }: { documentId: string; items: Item[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const create = useCreateAssignment(documentId);
  const form = useForm<AssignmentValues>({
    initialValues: { itemId: null, title: '', description: '', ownerId: null, dueOn: '' },
    validate: requiredRules(t('documents.assignments.required')),
  });
  const open = () => {
    form.reset();
    create.reset();
    setOpened(true);
  };
  return (
    <>
      <Button onClick={open}>{t('documents.assignments.add')}</Button>
      <FormDialog
        opened={opened}
        centered
        title={t('documents.assignments.add')}
        form={form}
        mutation={create}
        toVariables={(values) => ({ itemId: values.itemId!, title: values.title, description: values.description, ownerId: values.ownerId!, dueOn: values.dueOn })}
        submitLabel={t('documents.assignments.create')}
        doneMessage={(created) => t('documents.assignments.created', { title: created.title, owner: created.ownerName })}
        onClose={() => setOpened(false)}
        errorSummary={{ label: (path) => t(`documents.assignments.fields.${path}`), fieldId }}
      >
        <AssignmentFields form={form} fieldId={fieldId} items={items} />
      </FormDialog>
    </>
  );
}
