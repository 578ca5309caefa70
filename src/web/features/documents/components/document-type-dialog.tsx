import { Button, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../shared/documents';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
import { useCreateDocumentType } from '../api/create-document-type';
import { useUpdateDocumentType } from '../api/update-document-type';
import { validateDocumentType } from '../lib/document-type.validation';
import { toDocumentTypeInput, toDocumentTypeValues, type DocumentTypeValues } from '../lib/document-type-values';

const fieldId = (path: string) => `document-type-${path}`;

interface DocumentTypeDialogProps {
  /** The type to change; absent for a new one. */
  type?: DocumentType;
  onReload: () => Promise<unknown>;
}

/** An admin's change of a type's default rules, or a new type, in a dialog opened from its row. */
export function DocumentTypeDialog({ type, onReload }: DocumentTypeDialogProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const create = useCreateDocumentType();
  const update = useUpdateDocumentType();
  const form = useForm<DocumentTypeValues>({
    initialValues: toDocumentTypeValues(type),
    validate: (values) => validateDocumentType(values, currentLanguage()),
  });
  const label = (path: string) => t(`documents.types.fields.${path}`, { defaultValue: path });

  const open = () => {
    form.setValues(toDocumentTypeValues(type));
    form.clearErrors();
    (type ? update : create).reset();
    setOpened(true);
  };
  // Both ways save the same fields; a change names the type and the version it was read at.
  const dialog = {
    opened,
    centered: true,
    size: 'lg',
    title: type ? t('documents.types.editTitle', { name: type.name }) : t('documents.types.createTitle'),
    form,
    submitLabel: t('documents.types.save'),
    doneMessage: (saved: DocumentType) => t('documents.types.saved', { name: saved.name }),
    onClose: () => setOpened(false),
    onReload,
    blockOnConflict: true,
    errorSummary: { label, fieldId },
    children: (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput id={fieldId('nameSv')} label={label('nameSv')} required maxLength={100} {...form.getInputProps('nameSv')} />
        <TextInput id={fieldId('nameEn')} label={label('nameEn')} required maxLength={100} {...form.getInputProps('nameEn')} />
        <TextInput
          id={fieldId('key')}
          label={label('key')}
          description={t('documents.types.keyHint')}
          required
          disabled={Boolean(type)}
          maxLength={40}
          {...form.getInputProps('key')}
        />
        <NumberInput id={fieldId('level')} label={label('level')} description={t('documents.types.levelHint')} min={1} max={9} allowDecimal={false} required {...form.getInputProps('level')} />
        <NumberInput id={fieldId('validityYears')} label={label('validityYears')} description={t('documents.types.emptyMeans')} min={1} max={50} allowDecimal={false} {...form.getInputProps('validityYears')} />
        <NumberInput
          id={fieldId('revisionIntervalMonths')}
          label={label('revisionIntervalMonths')}
          description={t('documents.types.emptyMeansRevision')}
          min={1}
          max={240}
          allowDecimal={false}
          {...form.getInputProps('revisionIntervalMonths')}
        />
        <TextInput id={fieldId('defaultOwner')} label={label('defaultOwner')} required maxLength={200} {...form.getInputProps('defaultOwner')} />
        <TextInput id={fieldId('defaultDecidingBody')} label={label('defaultDecidingBody')} required maxLength={200} {...form.getInputProps('defaultDecidingBody')} />
      </SimpleGrid>
    ),
  } as const;

  return (
    <>
      <Button variant={type ? 'default' : 'filled'} size={type ? 'compact-sm' : 'sm'} onClick={open} aria-label={type ? t('documents.types.editLabel', { name: type.name }) : undefined}>
        {type ? t('documents.types.edit') : t('documents.types.create')}
      </Button>
      {type ? (
        <FormDialog {...dialog} mutation={update} toVariables={(values) => ({ id: type.id, rowVersion: type.rowVersion, input: toDocumentTypeInput(values) })} />
      ) : (
        <FormDialog {...dialog} mutation={create} toVariables={toDocumentTypeInput} />
      )}
    </>
  );
}
