import { Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { decisions } from '../../../../shared/council';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
import { useDecideItem } from '../api/decide-item';
import type { CouncilItem } from '../api/types';
import { validateDecision } from '../lib/council.validation';
import { toDecisionInput, type DecisionValues } from '../lib/form-values';

interface DecideDialogProps {
  item: CouncilItem;
  meetingDate: string;
  onClose: () => void;
  onReload: () => void;
}

/** Records the decision on one matter: the outcome, its wording, the date and the diarienummer. */
export function DecideDialog({ item, meetingDate, onClose, onReload }: DecideDialogProps) {
  const { t } = useTranslation();
  const decide = useDecideItem();
  const form = useForm<DecisionValues>({
    initialValues: { decision: 'approved', decisionText: '', decidedOn: meetingDate, diarienummer: '' },
    validate: (values) => validateDecision(meetingDate)(values, currentLanguage()),
  });
  const d = (key: string) => t(`council.decide.${key}`);
  return (
    <FormDialog
      title={t('council.decide.title', { number: item.number, title: item.title })}
      size="lg"
      form={form}
      mutation={decide}
      toVariables={(values) => ({ itemId: item.id, rowVersion: item.rowVersion, input: toDecisionInput(values) })}
      submitLabel={d('submit')}
      doneMessage={d('done')}
      onClose={onClose}
      onReload={onReload}
    >
      <NativeSelect id="decision-decision" label={d('decision')} data={decisions.map((v) => ({ value: v, label: t(`council.decisions.${v}`) }))} {...form.getInputProps('decision')} />
      <Textarea id="decision-decisionText" label={d('decisionText')} required autosize minRows={3} {...form.getInputProps('decisionText')} />
      <Group grow>
        <TextInput id="decision-decidedOn" label={d('decidedOn')} type="date" required {...form.getInputProps('decidedOn')} />
        <TextInput id="decision-diarienummer" label={d('diarienummer')} {...form.getInputProps('diarienummer')} />
      </Group>
    </FormDialog>
  );
}
