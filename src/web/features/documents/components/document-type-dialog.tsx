import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../shared/documents';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
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
  const [attempt, setAttempt] = useState(0);
  const create = useCreateDocumentType();
  const update = useUpdateDocumentType();
  const save = type ? update : create;
  const form = useForm<DocumentTypeValues>({
    initialValues: toDocumentTypeValues(type),
    validate: (values) => validateDocumentType(values, currentLanguage()),
  });
  useServerFieldErrors(save.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isApiError(save.error) && save.error.status === 412;
  const label = (path: string) => t(`documents.types.fields.${path}`, { defaultValue: path });

  const open = () => {
    form.setValues(toDocumentTypeValues(type));
    form.clearErrors();
    setAttempt(0);
    save.reset();
    setOpened(true);
  };
  const submit = form.onSubmit((values) => {
    const input = toDocumentTypeInput(values);
    const onSuccess = (saved: DocumentType) => {
      setOpened(false);
      notifySuccess(t('documents.types.saved', { name: saved.name }));
    };
    if (type) update.mutate({ id: type.id, rowVersion: type.rowVersion, input }, { onSuccess });
    else create.mutate(input, { onSuccess });
  }, () => setAttempt((n) => n + 1));
  const title = type ? t('documents.types.editTitle', { name: type.name }) : t('documents.types.createTitle');

  return (
    <>
      <Button variant={type ? 'default' : 'filled'} size={type ? 'compact-sm' : 'sm'} onClick={open} aria-label={type ? t('documents.types.editLabel', { name: type.name }) : undefined}>
        {type ? t('documents.types.edit') : t('documents.types.create')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg" centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {conflict && <ConflictAlert onReload={() => void onReload().then(() => setOpened(false))} />}
            {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={label} fieldId={fieldId} />}
            {isOtherError(save.error) && <ErrorAlert error={save.error} />}
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
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={conflict}>
                {t('documents.types.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
