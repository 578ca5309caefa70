import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { decisions } from '../../../../shared/council';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
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
  useServerFieldErrors(decide.error, form.setErrors, () => undefined);
  const d = (key: string) => t(`council.decide.${key}`);
  const error = decide.error;
  const conflict = isApiError(error) && error.status === 412;
  return (
    <Modal opened onClose={onClose} title={t('council.decide.title', { number: item.number, title: item.title })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          decide.mutate(
            { itemId: item.id, rowVersion: item.rowVersion, input: toDecisionInput(values) },
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
          {conflict && <ConflictAlert onReload={() => { decide.reset(); onReload(); onClose(); }} />}
          {error && !conflict && !(isApiError(error) && error.errors.length > 0) && <ErrorAlert error={error} />}
          <NativeSelect id="decision-decision" label={d('decision')} data={decisions.map((v) => ({ value: v, label: t(`council.decisions.${v}`) }))} {...form.getInputProps('decision')} />
          <Textarea id="decision-decisionText" label={d('decisionText')} required autosize minRows={3} {...form.getInputProps('decisionText')} />
          <Group grow>
            <TextInput id="decision-decidedOn" label={d('decidedOn')} type="date" required {...form.getInputProps('decidedOn')} />
            <TextInput id="decision-diarienummer" label={d('diarienummer')} {...form.getInputProps('diarienummer')} />
          </Group>
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
