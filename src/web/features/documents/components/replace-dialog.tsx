import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentChoices } from '../api/get-documents';
import { useTransitionDocument } from '../api/transition-document';

/** "Ersätt med…": the decided document gives way to another one, which is named. */
export function ReplaceDialog({ doc, onReload, onDone }: { doc: SteeringDocument; onReload: () => Promise<unknown>; onDone?: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [replacedById, setReplacedById] = useState('');
  const choices = useDocumentChoices(opened);
  const transition = useTransitionDocument();
  const conflict = isApiError(transition.error) && transition.error.status === 412;
  const fieldError = isApiError(transition.error) ? transition.error.errors.find((e) => e.field === 'replacedById')?.message : undefined;
  const [missing, setMissing] = useState(false);
  const options = (choices.data ?? []).filter((d) => d.id !== doc.id && d.status !== 'repealed' && d.status !== 'replaced');

  const open = () => {
    setReplacedById('');
    setMissing(false);
    transition.reset();
    setOpened(true);
  };
  const confirm = () => {
    if (!replacedById) {
      setMissing(true);
      document.getElementById('replace-with')?.focus();
      return;
    }
    transition.mutate(
      { id: doc.id, rowVersion: doc.rowVersion, input: { to: 'replaced', replacedById } },
      {
        onSuccess: (updated) => {
          setOpened(false);
          onDone?.();
          notifySuccess(t('documents.actions.replaceDone', { title: updated.title, by: updated.replacedByTitle ?? '' }));
        },
      },
    );
  };

  return (
    <>
      <Button variant="outline" onClick={open}>
        {t('documents.actions.replace')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('documents.actions.replaceTitle', { title: doc.title })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('documents.actions.replaceBody')}</Text>
          {conflict && <ConflictAlert onReload={() => void onReload().then(() => setOpened(false))} message={t('documents.conflict')} />}
          {transition.isError && !conflict && !fieldError && <ErrorAlert error={transition.error} />}
          <NativeSelect
            id="replace-with"
            label={t('documents.fields.replacedById')}
            required
            value={replacedById}
            onChange={(event) => {
              setReplacedById(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('documents.validation.required') : fieldError}
            data={[{ value: '', label: t('documents.form.choose') }, ...options.map((d) => ({ value: d.id, label: `${d.title} (${d.typeName})` }))]}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={transition.isPending} disabled={conflict}>
              {t('documents.actions.replaceConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
