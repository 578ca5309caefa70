import { Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
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
  const transition = useTransitionDocument();
  const form = useForm<DecisionValues>({
    initialValues: { decidedOn: today(), decidingBody: doc.decidingBody ?? '', diarienummer: doc.diarienummer ?? '' },
    validate: (values) => validateDecision(values, currentLanguage()),
  });

  const open = () => {
    form.setValues({ decidedOn: today(), decidingBody: doc.decidingBody ?? '', diarienummer: doc.diarienummer ?? '' });
    form.clearErrors();
    transition.reset();
    setOpened(true);
  };

  return (
    <>
      <Button onClick={open}>{t('documents.actions.decide')}</Button>
      <FormDialog
        opened={opened}
        centered
        title={t('documents.actions.decideTitle', { title: doc.title })}
        intro={t('documents.actions.decideBody', { version: doc.version })}
        form={form}
        mutation={transition}
        toVariables={(values) => ({ id: doc.id, rowVersion: doc.rowVersion, input: toDecisionInput(values) })}
        submitLabel={t('documents.actions.decideConfirm')}
        doneMessage={(updated) => t('documents.actions.decideDone', { title: updated.title, version: updated.adoptedVersion })}
        onDone={() => onDone?.()}
        onClose={() => setOpened(false)}
        onReload={onReload}
        conflictMessage={t('documents.conflict')}
        blockOnConflict
        errorSummary={{ label: (path) => documentFieldLabel(t, path), fieldId }}
      >
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
      </FormDialog>
    </>
  );
}
