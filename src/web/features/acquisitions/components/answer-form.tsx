import { Button, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useAnswerStep } from '../api/answer-step';
import type { AcquisitionDetail, AnswerView } from '../api/types';
import { validateAnswer } from '../lib/answer.validation';
import { initialAnswerValues, onFormFields, toAnswer, type AnswerValues } from '../lib/answer-form-values';
import { prestudyResults, type AnswerStep } from '../lib/enums';

interface AnswerFormProps {
  acquisition: AcquisitionDetail;
  step: AnswerStep;
  /** The systems or agreements to choose from: Roder's proposals (best match first), then the others. */
  targets: AnswerTargets;
  /** Answering again: the answer in force, to start from. */
  previous?: AnswerView | null;
  onDone: () => void;
  onCancel?: () => void;
  onReload: () => void;
  reloading: boolean;
}

interface AnswerOption {
  value: string;
  label: string;
}

export interface AnswerTargets {
  suggested: AnswerOption[];
  others: AnswerOption[];
}

/** One answer on the route, with who gave it recorded by the server. */
export function AnswerForm({ acquisition, step, targets, previous, onDone, onCancel, onReload, reloading }: AnswerFormProps) {
  const { t } = useTranslation();
  const answer = useAnswerStep();
  const a = (key: string) => t(`acquisitions.answer.${key}`);
  // A "no" beside Roder's proposals, and a "no" that ends in a direct procurement above the documentation limit, need their reasons.
  const context = step === 'agreement' ? { directReasonsRequired: acquisition.directReasonsRequired } : { proposed: step !== 'prestudy' && targets.suggested.length > 0 };
  const form = useForm<AnswerValues>({ initialValues: initialAnswerValues(step, previous), validate: (values) => validateAnswer(step, values, currentLanguage(), context) });
  const setErrors = form.setErrors;
  const setServerErrors = useCallback((errors: FormErrors) => setErrors(onFormFields(errors)), [setErrors]);
  useServerFieldErrors(answer.error, setServerErrors, () => undefined);
  const id = (field: string) => `answer-${step}-${field}`;
  const choice = form.getValues().choice;
  const options =
    step === 'prestudy'
      ? prestudyResults.map((r) => ({ value: r, label: t(`acquisitions.prestudyResults.${r}`) }))
      : [
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ];
  const reasonLabel = choice !== 'no' ? null : context.directReasonsRequired ? 'directReasons' : context.proposed ? 'notProposedReason' : null;
  const targetId = form.getValues().targetId;
  const known = [...targets.suggested, ...targets.others].some((o) => o.value === targetId);
  // A previous choice that is no longer on offer stays choosable.
  const others =
    previous && targetId && !known ? [...targets.others, { value: targetId, label: previous.system?.name ?? previous.agreement?.name ?? '' }] : targets.others;
  const targetData = [
    { value: '', label: a('noTarget') },
    ...(targets.suggested.length > 0 ? [{ group: a('suggested'), items: targets.suggested }] : []),
    ...(others.length > 0 ? [{ group: a(step === 'agreement' ? 'otherAgreements' : 'otherSystems'), items: others }] : []),
  ];

  return (
    <form
      noValidate
      aria-label={a(`formLabel.${step}`)}
      onSubmit={form.onSubmit((values) =>
        answer.mutate(
          { id: acquisition.id, rowVersion: acquisition.rowVersion, input: toAnswer(step, values) },
          {
            onSuccess: () => {
              notifySuccess(a('done'));
              onDone();
            },
          },
        ),
      )}
    >
      <Stack gap="sm">
        {isConflict(answer.error) && (
          <ConflictAlert
            reloading={reloading}
            onReload={() => {
              answer.reset();
              onReload();
            }}
          />
        )}
        {isOtherError(answer.error) && <ErrorAlert error={answer.error} />}
        <Radio.Group id={id('choice')} label={a(`question.${step}`)} required {...form.getInputProps('choice')}>
          <Group mt={6} gap="lg">
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} id={`${id('choice')}-${o.value}`} />
            ))}
          </Group>
        </Radio.Group>
        {step !== 'prestudy' && choice === 'yes' && (
          <NativeSelect
            id={id('targetId')}
            label={a(`target.${step}`)}
            description={targets.suggested.length === 0 ? a('noTargets') : a('targetHint')}
            required
            data={targetData}
            {...form.getInputProps('targetId')}
          />
        )}
        <Textarea
          id={id('comment')}
          label={reasonLabel ? a(reasonLabel) : a('comment')}
          required={reasonLabel !== null}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Group>
          <Button type="submit" loading={answer.isPending}>
            {a('submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
