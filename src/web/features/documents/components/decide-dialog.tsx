import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useTransitionDocument } from '../api/transition-document';
import { validateDecision } from '../lib/decision.validation';
import { toDecisionInput, type DecisionValues } from '../lib/decision-values';
import { documentFieldLabel } from '../lib/field-label';

const fieldId = (path: string) => `decide-${path}`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** "Besluta": records the decision (date, body, registration number) and puts the version in force. */
export function DecideDialog({ doc, onReload, onDone }: { doc: SteeringDocument; onReload: () => Promise<unknown>; onDone?: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const transition = useTransitionDocument();
  const form = useForm<DecisionValues>({
    initialValues: { decidedOn: today(), decidingBody: doc.decidingBody ?? '', diarienummer: doc.diarienummer ?? '' },
    validate: (values) => validateDecision(values, currentLanguage()),
  });
  useServerFieldErrors(transition.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isApiError(transition.error) && transition.error.status === 412;

  const open = () => {
    form.setValues({ decidedOn: today(), decidingBody: doc.decidingBody ?? '', diarienummer: doc.diarienummer ?? '' });
    form.clearErrors();
    setAttempt(0);
    transition.reset();
    setOpened(true);
  };
  const submit = form.onSubmit(
    (values) =>
      transition.mutate(
        { id: doc.id, rowVersion: doc.rowVersion, input: toDecisionInput(values) },
        {
          onSuccess: (updated) => {
            setOpened(false);
            onDone?.();
            notifySuccess(t('documents.actions.decideDone', { title: updated.title, version: updated.adoptedVersion }));
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <Button onClick={open}>{t('documents.actions.decide')}</Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('documents.actions.decideTitle', { title: doc.title })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('documents.actions.decideBody', { version: doc.version })}</Text>
            {conflict && <ConflictAlert onReload={() => void onReload().then(() => setOpened(false))} message={t('documents.conflict')} />}
            {attempt > 0 && (
              <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => documentFieldLabel(t, path)} fieldId={fieldId} />
            )}
            {isOtherError(transition.error) && !conflict && <ErrorAlert error={transition.error} />}
            <TextInput id={fieldId('decidedOn')} type="date" label={t('documents.fields.decidedOn')} required {...form.getInputProps('decidedOn')} />
            <TextInput
              id={fieldId('decidingBody')}
              label={t('documents.fields.decidingBody')}
              description={t('documents.form.decidingBodyHint')}
              maxLength={200}
              {...form.getInputProps('decidingBody')}
            />
            <TextInput
              id={fieldId('diarienummer')}
              label={t('documents.fields.diarienummer')}
              description={t('documents.form.diarienummerHint')}
              required
              maxLength={50}
              {...form.getInputProps('diarienummer')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={transition.isPending} disabled={conflict}>
                {t('documents.actions.decideConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
