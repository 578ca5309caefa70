import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { dateInSweden } from '../../../../shared/dates';
import type { MunicipalPlan } from '../../../../shared/municipal-plan';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
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
  useServerFieldErrors(decide.error, form.setErrors, () => undefined);
  const d = (key: string) => t(`municipalPlan.decide.${key}`);
  const error = decide.error;
  const conflict = isApiError(error) && error.status === 412;
  return (
    <Modal opened onClose={onClose} title={d('title')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          decide.mutate(
            { roundId: plan.round.id, rowVersion: plan.rowVersion, input: toPlanDecisionInput(values) },
            {
              onSuccess: () => {
                notifySuccess(d('done'));
                onClose();
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Text size="sm">{d('intro')}</Text>
          {conflict && (
            <ConflictAlert
              onReload={() => {
                decide.reset();
                onReload();
                onClose();
              }}
            />
          )}
          {error && !conflict && !(isApiError(error) && error.errors.length > 0) && <ErrorAlert error={error} />}
          <TextInput id="decision-decidingBody" label={d('decidingBody')} required {...form.getInputProps('decidingBody')} />
          <Group grow>
            <TextInput id="decision-decidedOn" label={d('decidedOn')} type="date" required {...form.getInputProps('decidedOn')} />
            <TextInput id="decision-diarienummer" label={d('diarienummer')} {...form.getInputProps('diarienummer')} />
            <TextInput id="decision-paragraph" label={d('paragraph')} {...form.getInputProps('paragraph')} />
          </Group>
          <Textarea id="decision-note" label={d('note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Group>
            <Button type="submit" loading={decide.isPending}>
              {d('submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
