import { Group, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dateInSweden } from '../../../../shared/dates';
import type { MunicipalPlan } from '../../../../shared/municipal-plan';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
import { useDecidePlan } from '../api/municipal-plan';
import { type PlanDecisionValues, toPlanDecisionInput } from '../lib/form-values';
import { validatePlanDecision } from '../lib/municipal-plan.validation';

interface DecidePlanDialogProps {
  plan: MunicipalPlan;
  onClose: () => void;
  onReload: () => void;
}

/** Records the decision on the municipal plan (by KS or the body configured): the plan is frozen as a version. */
export function DecidePlanDialog({ plan, onClose, onReload }: DecidePlanDialogProps) {
  const { t } = useTranslation();
  const decide = useDecidePlan();
  const form = useForm<PlanDecisionValues>({
    initialValues: { decidingBody: t('municipalPlan.decide.defaultBody'), decidedOn: dateInSweden(new Date()), diarienummer: '', paragraph: '', note: '' },
    validate: (values) => validatePlanDecision(values, currentLanguage()),
  });
  const d = (key: string) => t(`municipalPlan.decide.${key}`);
  return (
    <FormDialog
      title={d('title')}
      size="lg"
      intro={d('intro')}
      form={form}
      mutation={decide}
      toVariables={(values) => ({ roundId: plan.round.id, rowVersion: plan.rowVersion, input: toPlanDecisionInput(values) })}
      submitLabel={d('submit')}
      doneMessage={d('done')}
      onClose={onClose}
      onReload={onReload}
    >
      <TextInput id="decision-decidingBody" label={d('decidingBody')} required {...form.getInputProps('decidingBody')} />
      <Group grow>
        <TextInput id="decision-decidedOn" label={d('decidedOn')} type="date" required {...form.getInputProps('decidedOn')} />
        <TextInput id="decision-diarienummer" label={d('diarienummer')} {...form.getInputProps('diarienummer')} />
        <TextInput id="decision-paragraph" label={d('paragraph')} {...form.getInputProps('paragraph')} />
      </Group>
      <Textarea id="decision-note" label={d('note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
