import { Button, NativeSelect } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { useDocumentChoices } from '../api/get-documents';
import { useTransitionDocument } from '../api/transition-document';

/** "Ersätt med…": the decided document gives way to another one, which is named. */
export function ReplaceDialog({ doc, onReload, onDone }: { doc: SteeringDocument; onReload: () => Promise<unknown>; onDone?: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const choices = useDocumentChoices(opened);
  const transition = useTransitionDocument();
  const form = useForm({
    initialValues: { replacedById: '' },
    validate: { replacedById: (value) => (value ? null : t('documents.validation.required')) },
  });
  const options = (choices.data ?? []).filter((d) => d.id !== doc.id && d.status !== 'repealed' && d.status !== 'replaced');

  const open = () => {
    form.reset();
    transition.reset();
    setOpened(true);
  };

  return (
    <>
      <Button variant="outline" onClick={open}>
        {t('documents.actions.replace')}
      </Button>
      <FormDialog
        opened={opened}
        centered
        title={t('documents.actions.replaceTitle', { title: doc.title })}
        intro={t('documents.actions.replaceBody')}
        form={form}
        mutation={transition}
        toVariables={({ replacedById }) => ({ id: doc.id, rowVersion: doc.rowVersion, input: { to: 'replaced' as const, replacedById } })}
        submitLabel={t('documents.actions.replaceConfirm')}
        doneMessage={(updated) => t('documents.actions.replaceDone', { title: updated.title, by: updated.replacedByTitle ?? '' })}
        onDone={() => onDone?.()}
        onClose={() => setOpened(false)}
        onReload={onReload}
        conflictMessage={t('documents.conflict')}
        blockOnConflict
        onInvalid={() => document.getElementById('replace-with')?.focus()}
      >
        <NativeSelect
          id="replace-with"
          label={t('documents.fields.replacedById')}
          required
          data={[{ value: '', label: t('documents.form.choose') }, ...options.map((d) => ({ value: d.id, label: `${d.title} (${d.typeName})` }))]}
          {...form.getInputProps('replacedById')}
        />
      </FormDialog>
    </>
  );
}
